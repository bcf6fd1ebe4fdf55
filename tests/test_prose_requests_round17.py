"""Round 17: request prose families (the askers counted among all, complaints listed after the
cases, no suit of one kind); each family in wordings of our own, with traps."""
from __future__ import annotations

import pytest
from snippets import NEW
from snippets import request_triples as triples

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


# --- D. the rest handled across the year's end: carried over ----------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年共收到政府信息公开申请50件。办结46件，其余4件跨年度办理。",
     {(*NEW, 50), ("requests.outcome", "total", 46), ("requests.carried_out", "total", 4)}),
    ("本年度收到政府信息公开申请30件，已答复28件，另有2件跨年答复。",
     {(*NEW, 30), ("requests.outcome", "total", 28), ("requests.carried_out", "total", 2)}),
    ("本年度收到政府信息公开申请30件，28件已办结，2件跨年度办理。",
     {(*NEW, 30), ("requests.carried_out", "total", 2)}),
])
def test_rest_handled_across_the_year_end(text, expected):
    assert triples(text, 2016) == expected


# --- E. 在已答复的N件中: the outcomes of the answered ones follow, N their total -----------------

@pytest.mark.parametrize("text, expected", [
    ("本年共受理申请15件。在已答复的15件中：“同意公开”9件；“信息不存在”2件。",
     {("requests.outcome", "total", 15), ("requests.outcome", "granted", 9),
      ("requests.outcome", "unable.not_exist", 2)}),
    ("全年受理申请12件，对已答复的11件中，同意公开9件，不予公开2件。",
     {("requests.outcome", "total", 11), ("requests.outcome", "granted", 9),
      ("requests.outcome", "deny.total", 2)}),
    ("全年受理申请8件，在已答复的8件申请中，予以公开6件，部分公开2件。",
     {("requests.outcome", "total", 8), ("requests.outcome", "granted", 6),
      ("requests.outcome", "partial", 2)}),
])
def test_outcomes_among_the_answered(text, expected):
    assert {f for f in triples(text, 2012) if f[0] == "requests.outcome"} == expected


# --- F. the kind of case named as the topic, then a bare verb and the count ---------------------

@pytest.mark.parametrize("text, expected", [
    ("全年收到政府信息公开申请5件。行政诉讼方面，被提起1件。",
     {(*NEW, 5), ("litigation", "total", 1)}),
    ("全年收到政府信息公开申请5件。行政复议情况：收到2件。",
     {(*NEW, 5), ("review", "total", 2)}),
    ("全年收到政府信息公开申请5件。行政诉讼方面，发生3件。",
     {(*NEW, 5), ("litigation", "total", 3)}),
    # neighbour: the count names what it counts itself
    ("全年收到政府信息公开申请5件。行政诉讼方面，公开判决书2份。",
     {(*NEW, 5)}),
])
def test_cases_named_as_the_topic_before(text, expected):
    assert triples(text, 2012) == expected


# --- G. the template's rows of requests not handled are no denial ------------------------------

@pytest.mark.parametrize("text", [
    "（六）其他处理\n1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\n",
    "4.无正当理由大量反复申请\n5.要求行政机关确认或重新出具已获取信息\n",
    "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请的情形\n",
])
def test_no_good_reason_rows_are_no_zero(text):
    assert not {f for f in triples(text, 2023) if f[0].startswith("requests")}
