"""Round 10: outcomes told request by request, suits of one kind named after their count, and
complaints of another caseload; each family in wordings of our own, with traps."""
from __future__ import annotations

import pytest
from snippets import outcome
from snippets import triples as _triples


def triples(text: str, year: int = 2022) -> set[tuple[str, str, float]]:
    return _triples(text, year=year)


# --- outcomes told per request: 1件为X，已予公开；另1件…告知申请人到Y办理 -------------------------

@pytest.mark.parametrize("text, expected", [
    ("二、依申请公开情况。全年收到政府信息公开申请2件：1件涉及低保发放名单，已予公开；"
     "另1件为宅基地审批事项，告知申请人到县自然资源局办理。",
     {("requests.new", "total", 2), outcome("granted", 1), outcome("other.other_route", 1)}),
    ("本年度受理政府信息公开申请3件，其中2件为征地补偿标准，均予公开；1件系户籍迁移手续，"
     "已告知其到派出所户籍窗口办理。",
     {("requests.new", "total", 3), outcome("granted", 2), outcome("other.other_route", 1)}),
    ("全年收到信息公开申请1件，已予公开。",
     {("requests.new", "total", 1), outcome("granted", 1)}),
])
def test_outcomes_told_per_request(text, expected):
    assert triples(text, year=2010) == expected


@pytest.mark.parametrize("text, expected", [
    # asking for information at another office stays not held; refusals stay refusals
    ("收到政府信息公开申请2件：1件为低保名单，已告知申请人向县民政局咨询；1件不予公开。",
     {("requests.new", "total", 2), outcome("unable.not_held", 1), outcome("deny.total", 1)}),
])
def test_outcome_neighbours_keep_their_rows(text, expected):
    assert triples(text) == expected


# --- a suit of one kind named after its count (有1起复议后起诉的行政诉讼) --------------------------

@pytest.mark.parametrize("text, expected", [
    ("四、行政复议和行政诉讼情况。本年度未发生行政复议。有1起复议后起诉的行政诉讼案件。",
     {("review", "total", 0), ("litigation.after_review", "total", 1)}),
    ("本年度发生2件经行政复议后提起诉讼的政府信息公开案件，均维持原答复。",
     {("litigation.after_review", "total", 2), ("litigation.after_review", "upheld", 2)}),
    ("全年发生1件未经复议直接起诉的政府信息公开行政诉讼，目前尚在审理中。",
     {("litigation.direct", "total", 1), ("litigation.direct", "pending", 1)}),
])
def test_suit_kind_after_count(text, expected):
    assert triples(text) == expected


def test_review_count_stays_review():
    assert triples("因政府信息公开工作被申请行政复议2件，均维持。") == \
        {("review", "total", 2), ("review", "upheld", 2)}


# --- complaints of another caseload (12315 hotline, consumers) --------------------------------

@pytest.mark.parametrize("text", [
    "全年受理12315投诉举报3120件，政府信息公开申请8件。",
    "本局依托政府信息公开专栏发布信息，全年处理消费投诉560件。",
    "政府信息公开工作稳步推进，受理12345热线转办投诉举报77件。",
])
def test_other_complaints_are_no_disclosure_complaints(text):
    assert not {t for t in triples(text) if t[0] == "complaints"}


def test_disclosure_complaints_kept():
    assert triples("受理政府信息公开投诉2件。") == {("complaints", "total", 2)}
