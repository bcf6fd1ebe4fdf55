"""Round 11: a single request's outcome told without a count, carry-over denied in other words,
suits of one kind told with the court, ...; each family in wordings of our own, with traps."""
from __future__ import annotations

import pytest
from snippets import outcome
from snippets import triples as _triples


def triples(text: str, year: int = 2022) -> set[tuple[str, str, float]]:
    return _triples(text, year=year)


NEW = ("requests.new", "total")


# --- one request, its outcome without a count (已于8个工作日内全部公开 / 予以部分公开) -----------------

@pytest.mark.parametrize("text, expected", [
    ("全年受理依申请公开1件，系某企业查询施工许可信息，经审查，予以部分公开。",
     {(*NEW, 1), outcome("partial", 1)}),
    ("本年度受理政府信息公开申请1件，系某合作社查询补贴名单，已于8个工作日内全部公开。",
     {(*NEW, 1), outcome("granted", 1)}),
    ("全年收到信息公开申请1件，已于五个工作日内予以公开。",
     {(*NEW, 1), outcome("granted", 1)}),
])
def test_one_request_outcome_without_count(text, expected):
    assert triples(text, year=2015) == expected


@pytest.mark.parametrize("text, expected", [
    # two requests and no 均: which outcome is whose is not said
    ("全年收到信息公开申请2件，已于5个工作日内予以公开。", {(*NEW, 2)}),
    # the days are no count of anything
    ("全年收到信息公开申请1件，于3个工作日内答复，涉及3户。", {(*NEW, 1)}),
])
def test_one_request_outcome_traps(text, expected):
    assert triples(text, year=2015) == expected


# --- carry-over denied in other words -------------------------------------------------------

IN0, OUT0 = ("requests.carried_in", "total", 0), ("requests.carried_out", "total", 0)
ASKED = "全年收到政府信息公开申请3件，均已办结。"


@pytest.mark.parametrize("tail, expected", [
    ("上年度没有遗留申请，无转入下年度的件数。", {IN0, OUT0}),
    ("无上年结转及年末未办结申请。", {IN0, OUT0}),
    ("上年未结转，本年未产生结转。", {IN0, OUT0}),
    ("上年无结转，年底无待办申请。", {IN0, OUT0}),
    ("本年度未产生跨年度结转申请。", {OUT0}),
    ("上年度没有遗留的申请，年末也没有未办结的申请。", {IN0, OUT0}),
])
def test_carry_over_denied(tail, expected):
    assert triples(ASKED + tail, year=2020) == {(*NEW, 3), *expected}


@pytest.mark.parametrize("text, expected", [
    # other matters pending or left over are no requests
    (ASKED + "年底无待办事项。", {(*NEW, 3)}),
    (ASKED + "上年度没有遗留问题。", {(*NEW, 3)}),
    ("全年办理建议提案12件，年底无待办件。", set()),
])
def test_carry_over_traps(text, expected):
    assert triples(text, year=2020) == expected


# --- a suit of one kind, the court named (直接向人民法院提起行政诉讼1件) -------------------------------

@pytest.mark.parametrize("text, expected", [
    ("被申请行政复议1件，结果维持；申请人直接向人民法院提起行政诉讼1件，尚未审结。",
     {("review", "total", 1), ("review", "upheld", 1), ("litigation", "total", 1),
      ("litigation.direct", "total", 1), ("litigation.direct", "pending", 1)}),
    ("申请人经复议后提起行政诉讼1件，法院判决驳回诉讼请求。",
     {("litigation", "total", 1), ("litigation.after_review", "total", 1),
      ("litigation.after_review", "upheld", 1)}),
    ("本年度行政复议1件，申请人复议后向区法院起诉1件，尚在审理中。",
     {("review", "total", 1), ("litigation", "total", 1), ("litigation.after_review", "total", 1),
      ("litigation.after_review", "pending", 1)}),
])
def test_suit_of_one_kind_with_court(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # both kinds counted: no total of all suits is said
    ("本年度被直接起诉1件，复议后起诉2件。",
     {("litigation.direct", "total", 1), ("litigation.after_review", "total", 2)}),
    # a part after the total of suits
    ("行政诉讼3件，其中复议后起诉1件。",
     {("litigation", "total", 3), ("litigation.after_review", "total", 1)}),
])
def test_suit_kinds_traps(text, expected):
    assert triples(text) == expected
