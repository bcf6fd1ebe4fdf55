"""Round 19: request prose families (one request, its applicant said in a clause of its own
before the way it came and its outcome); each family in wordings of our own, with traps."""
from __future__ import annotations

import pytest
from snippets import triples as _triples


def triples(text: str, year: int = 2020) -> set[tuple[str, str, float]]:
    return _triples(text, year=year)


NEW = ("requests.new", "total")
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
