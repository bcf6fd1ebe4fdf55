"""Round 17: request prose families (the askers counted among all, complaints listed after the
cases, no suit of one kind); each family in wordings of our own, with traps."""
from __future__ import annotations

import pytest
from snippets import triples as _triples


def triples(text: str, year: int = 2022) -> set[tuple[str, str, float]]:
    return _triples(text, year=year)


NEW = ("requests.new", "total")


# --- A. 申请人中自然人N件: the askers counted among all the requests, by kind ------------------

@pytest.mark.parametrize("text, expected", [
    ("全年新收政府信息公开申请40件。申请人中自然人35件、商业企业5件。",
     {(*NEW, 40), ("requests.new", "natural_person", 35), ("requests.new", "org_business", 5)}),
    ("本年度受理政府信息公开申请12件，申请人当中，自然人10件，商业企业2件。",
     {(*NEW, 12), ("requests.new", "natural_person", 10), ("requests.new", "org_business", 2)}),
    ("共收到公开申请9件。申请人里自然人9件。",
     {(*NEW, 9), ("requests.new", "natural_person", 9)}),
])
def test_askers_counted_among_all(text, expected):
    found = triples(text)
    assert {f for f in found if f[0] == "requests.new"} == expected


# --- B. complaints listed after the counts of reconsideration and suits -----------------------

@pytest.mark.parametrize("text, expected", [
    ("行政复议0件，行政诉讼0件，投诉举报0件。",
     {("review", "total", 0), ("litigation", "total", 0), ("complaints", "total", 0)}),
    ("全年发生行政复议1件、行政诉讼0件，收到举报投诉2件。",
     {("review", "total", 1), ("litigation", "total", 0), ("complaints", "total", 2)}),
    ("被申请行政复议2件；投诉0件。",
     {("review", "total", 2), ("complaints", "total", 0)}),
    # neighbour: another caseload's complaints stay out
    ("行政复议0件，行政诉讼0件，受理群众信访投诉126件。",
     {("review", "total", 0), ("litigation", "total", 0)}),
])
def test_complaints_listed_after_the_cases(text, expected):
    assert triples(text) == expected


# --- C. no suit of one kind: that kind's zero, no other total ----------------------------------

@pytest.mark.parametrize("text, expected", [
    ("本年度政府信息公开行政复议1件，维持1件；无复议后起诉案件。",
     {("review", "total", 1), ("review", "upheld", 1), ("litigation.after_review", "total", 0)}),
    ("全年政府信息公开行政复议1件，未发生直接起诉案件。",
     {("review", "total", 1), ("litigation.direct", "total", 0)}),
    ("本年度被申请政府信息公开行政复议3件；没有经复议后提起诉讼的情况。",
     {("review", "total", 3), ("litigation.after_review", "total", 0)}),
    # neighbour: no reconsideration and no suit at all
    ("本年度未发生政府信息公开行政复议、行政诉讼。",
     {("review", "total", 0), ("litigation", "total", 0)}),
])
def test_no_suit_of_one_kind(text, expected):
    assert triples(text) == expected
