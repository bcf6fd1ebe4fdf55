"""Round 19: request prose families (one request, its applicant said in a clause of its own
before the way it came and its outcome); each family in wordings of our own, with traps."""
from __future__ import annotations

import pytest
from snippets import NEW
from snippets import triples as _triples


def triples(text: str, year: int = 2020) -> set[tuple[str, str, float]]:
    return _triples(text, year=year)


GRANTED = ("requests.outcome", "granted", 1)


def way(key: str, value: float) -> tuple[str, str, float]:
    return ("requests.channel", key, value)


# --- one request: 申请人为个人, then the way it came, then its outcome --------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年收到政府信息公开申请1件，申请人为个人，通过信函方式提出，内容为某道路的规划，已予以公开。",
     {(*NEW, 1), way("req_letter", 1), GRANTED}),
    ("本年度受理政府信息公开申请1件，申请人是公民，以网上申请方式提交，已予以公开。",
     {(*NEW, 1), way("req_online", 1), GRANTED}),
    ("今年接到政府信息公开申请1件，申请人为公民，通过当面方式提出，我局已予以公开。",
     {(*NEW, 1), way("req_in_person", 1), GRANTED}),
    # trap: several requests, one asker named without 均, says nothing of every request's way
    ("全年收到政府信息公开申请3件，申请人为个人，通过信函方式提出，已予以公开。",
     {(*NEW, 3)}),
])
def test_one_request_its_asker_then_its_way(text, expected):
    assert triples(text) == expected


# --- a reconsideration's result after its hearing: 经审理维持N件 --------------------------------

def review(key: str, value: float) -> tuple[str, str, float]:
    return ("review", key, value)


@pytest.mark.parametrize("text, expected", [
    ("本年度因政府信息公开被申请行政复议4件，经审理维持3件，纠正1件。",
     {review("total", 4), review("upheld", 3), review("corrected", 1)}),
    ("全年因政府信息公开被申请行政复议2件，经复议机关审理后维持原答复2件。",
     {review("total", 2), review("upheld", 2)}),
    ("本年度因政府信息公开引起行政复议5件，经审理，维持4件，1件尚在审理中。",
     {review("total", 5), review("upheld", 4), review("pending", 1)}),
    # trap: a hearing closed says no result
    ("本年度因政府信息公开被申请行政复议4件，3件经审理已审结，1件尚在审理中。",
     {review("total", 4), review("pending", 1)}),
])
def test_review_result_after_its_hearing(text, expected):
    assert triples(text, year=2018) == expected


# --- cases counted in 宗: a clause opening on its count after the reconsiderations --------------

@pytest.mark.parametrize("text, expected", [
    ("本年度因政府信息公开被申请行政复议3宗，复议机关维持原答复2宗，1宗尚在审理中。",
     {review("total", 3), review("upheld", 2), review("pending", 1)}),
    ("全年因政府信息公开引起行政复议4宗，维持3宗，1宗正在审理。",
     {review("total", 4), review("upheld", 3), review("pending", 1)}),
    ("本年度因政府信息公开被申请行政复议2宗，纠正1宗，另1宗尚在审理中。",
     {review("total", 2), review("corrected", 1), review("pending", 1)}),
])
def test_review_parts_counted_in_zong(text, expected):
    assert triples(text, year=2018) == expected
