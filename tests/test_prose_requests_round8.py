"""Requests, fees, reconsideration and suits in prose (families of the blind sets
provinces-holdout19 and -holdout20): each family in several wordings of our own, with the exact
set of facts expected, and neighbours that must give none."""
from __future__ import annotations

import pytest
from snippets import outcome, with_periods
from snippets import triples as _triples


def triples(text: str, year: int = 2012) -> set[tuple[str, str, float]]:
    return _triples(text, year=year)


NEW = "requests.new"
CH = "requests.channel"
IN = "requests.carried_in"
OUT = "requests.carried_out"


# --- a carry-over told as a story, the count in Chinese numerals -----------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("今年共收到政府信息公开申请十五件。办理结果：同意公开十二件，不予公开二件；"
     "另有一件于十二月下旬收到，结转至2010年办理。",
     {(NEW, "total", 15), outcome("granted", 12), outcome("deny.total", 2), (OUT, "total", 1)}),
    ("本年度受理政府信息公开申请十件，已答复八件，另有两件于十二月底受理，转入下一年度继续办理。",
     {(NEW, "total", 10), outcome("total", 8), (OUT, "total", 2)}),
    ("全年收到政府信息公开申请五件，四件已予以公开；其余一件于12月28日提交，结转至2010年答复。",
     {(NEW, "total", 5), outcome("granted", 4), (OUT, "total", 1)}),
    # a count received on a date, nothing carried: no fact of it
    ("全年收到政府信息公开申请五件，均已公开。一件于十二月收到的咨询已转交信访部门。",
     {(NEW, "total", 5)}),
])
def test_a_carry_over_told_as_a_story(text, expected):
    assert triples(text, 2009) == expected


# --- the closed requests in a sentence of their own, the breakdown next ---------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("全年新受理政府信息公开申请二十件。从申请方式看，网上申请十五件，当面申请五件。"
     "截至12月31日，已办结二十件。其中，同意公开十八件，同意部分公开二件。",
     {(NEW, "total", 20), (CH, "req_online", 15), (CH, "req_in_person", 5), outcome("total", 20),
      outcome("granted", 18), outcome("partial", 2)}),
    ("全年新受理政府信息公开申请43件。网上申请31件，当面申请12件。全年共办结43件。"
     "其中同意公开29件，同意部分公开14件。",
     {(NEW, "total", 43), (CH, "req_online", 31), (CH, "req_in_person", 12), outcome("total", 43),
      outcome("granted", 29), outcome("partial", 14)}),
    ("全年新受理政府信息公开申请9件。网上申请6件，信函申请3件。截至年底，已办结8件。",
     {(NEW, "total", 9), (CH, "req_online", 6), (CH, "req_letter", 3), outcome("total", 8)}),
    # another caseload's closed count
    ("全年受理群众来信来访50件。已办结45件。", set()),
])
def test_closed_requests_in_a_sentence_of_their_own(text, expected):
    assert triples(text) == expected


# --- requests handled (carried in too), their outcomes listed ---------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("全年收到政府信息公开申请13件，加上2010年结转的2件，共办理15件：同意公开10件，部分公开2件，"
     "告知通过其他途径办理3件。",
     {(NEW, "total", 13), (IN, "total", 2), outcome("total", 15), outcome("granted", 10),
      outcome("partial", 2), outcome("other.other_route", 3)}),
    ("本年度新收政府信息公开申请12件，上年结转1件，共计办理13件，其中同意公开10件，不予公开3件。",
     {(NEW, "total", 12), (IN, "total", 1), outcome("total", 13), outcome("granted", 10),
      outcome("deny.total", 3)}),
    ("本年度收到政府信息公开申请12件，共办理申请12件：同意公开10件，部分公开2件。",
     {(NEW, "total", 12), outcome("total", 12), outcome("granted", 10), outcome("partial", 2)}),
    # some carried on: the handled are more than the answers
    ("本年度收到政府信息公开申请12件，上年结转1件，共办理13件：同意公开10件，部分公开1件，"
     "另有2件结转至2012年办理。",
     {(NEW, "total", 12), (IN, "total", 1), outcome("granted", 10), outcome("partial", 1), (OUT, "total", 2)}),
    # no outcomes listed
    ("本年度收到政府信息公开申请12件，共办理13件，其中上年结转1件。",
     {(NEW, "total", 12), (IN, "total", 1)}),
])
def test_requests_handled_with_their_outcomes(text, expected):
    assert triples(text, 2011) == expected


# --- a withdrawal told a clause or two after the count ----------------------------------------

@pytest.mark.parametrize(("text", "year", "expected"), [
    ("本年度我镇收到政府信息公开申请4件。其中1件为咨询社保缴费办法，经电话告知后，申请人撤回了申请；"
     "其余3件均予以公开。", 2013,
     {(NEW, "total", 4), outcome("other", 1), outcome("granted", 3)}),
    ("本年度收到政府信息公开申请3件，其中1件系查询个人档案，经说明后申请人主动撤回，其余2件均予以公开。", 2013,
     {(NEW, "total", 3), outcome("other", 1), outcome("granted", 2)}),
    ("本年度收到政府信息公开申请3件，其中2件予以公开，1件要求公开会议纪要，经电话沟通，自行撤回。", 2015,
     {(NEW, "total", 3), outcome("other", 1), outcome("granted", 2)}),
    # the clause names its own outcome; the withdrawal is the next count's label
    ("其中，4件同意公开，1件为信息不存在，申请人主动撤回申请2件。", 2018,
     {outcome("granted", 4), outcome("unable.not_exist", 1), outcome("other", 2)}),
    ("本年度收到政府信息公开申请3件，其中2件予以公开，1件因不属于本机关掌握，申请人主动撤回。", 2015,
     {(NEW, "total", 3), outcome("granted", 2), outcome("unable.not_held", 1)}),
    # the 2021 template's 其他 sub-row
    ("本年度收到政府信息公开申请3件，其中1件为咨询类，经告知后申请人主动撤回，其余2件均予以公开。", 2022,
     {(NEW, "total", 3), outcome("other.other", 1), outcome("granted", 2)}),
    # a reconsideration withdrawn stays the case's
    ("全年发生政府信息公开行政复议2件，其中1件维持，1件申请人撤回复议申请。", 2015,
     {("review", "total", 2), ("review", "upheld", 1), ("review", "other", 1)}),
    ("全年发生政府信息公开行政复议2件，其中1件维持，1件申请人主动撤回。", 2015,
     {("review", "total", 2), ("review", "upheld", 1), ("review", "other", 1)}),
])
def test_a_withdrawal_told_after_the_count(text, year, expected):
    assert triples(text, year) == expected


# --- a reconsideration's result in brackets, the answer passive ------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("发生政府信息公开行政复议1件（市政府作出的答复被维持），没有行政诉讼。",
     {("review", "total", 1), ("review", "upheld", 1), ("litigation", "total", 0)}),
    ("全年发生政府信息公开行政复议1件（原答复被复议机关维持），无行政诉讼。",
     {("review", "total", 1), ("review", "upheld", 1), ("litigation", "total", 0)}),
    ("全年发生政府信息公开行政复议1件（我局作出的答复被撤销），无行政诉讼。",
     {("review", "total", 1), ("review", "corrected", 1), ("litigation", "total", 0)}),
    # what the case was about is no result
    ("全年发生政府信息公开行政复议1件（涉及市政府作出的答复），无行政诉讼。",
     {("review", "total", 1), ("litigation", "total", 0)}),
])
def test_a_review_result_in_brackets_passive(text, expected):
    assert triples(text, 2017) == expected


# --- reconsideration and suits denied under a heading on requests -----------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("（二）依申请公开情况。全年收到1件申请，已予以公开。无上年结转。本年度未收取任何费用，未发生行政复议和行政诉讼。",
     {(NEW, "total", 1), outcome("granted", 1), (IN, "total", 0), ("fees", "charged", 0),
      ("review", "total", 0), ("litigation", "total", 0)}),
    ("二、依申请公开情况\n全年收到申请2件，均予以公开。无上年结转。全年没有发生行政复议、行政诉讼。",
     {(NEW, "total", 2), outcome("granted", 2), (IN, "total", 0),
      ("review", "total", 0), ("litigation", "total", 0)}),
    ("三、依申请公开情况\n本年度收到申请1件，已答复。年末无结转。未发生行政复议及行政诉讼案件。",
     {(NEW, "total", 1), (OUT, "total", 0), ("review", "total", 0), ("litigation", "total", 0)}),
    # a case of another matter; and no heading on requests
    ("三、依申请公开情况\n本年度收到申请1件，已答复。年末无结转。未发生涉及征地补偿的行政复议。",
     {(NEW, "total", 1), (OUT, "total", 0)}),
    ("一、主动公开情况\n全年公开信息20条。未发生行政复议和行政诉讼。", {("proactive", "total", 20)}),
])
def test_cases_denied_under_a_heading_on_requests(text, expected):
    assert triples(text, 2023) == expected


# --- traps: table rows and headings run into prose ------------------------------------------

@pytest.mark.parametrize(("text", "year", "expected"), [
    # table 二's rows run together: fee items of the agency's powers, a procurement sum
    ("行政事业性收费 38 -5政府集中采购 27 1936.7万元", 2020, set()),
    ("行政事业性收费 / /政府集中采购 6 128.46万元", 2019, set()),
    ("本年度收取信息处理费120元。", 2020, {("fees", "charged", 120)}),
    # the table's filling note names rows by their numbers
    ("三、收到和处理政府信息公开申请情况（申请人情况各列仅填报第一、二、（一）、（二）、（七）、四项）", 2022, set()),
    ("三、收到和处理政府信息公开申请情况（仅填报第一、二、四项）", 2022, set()),
    ("本年度收到依申请公开事项3项，均已答复。", 2022, {(NEW, "total", 3)}),
])
def test_table_rows_and_notes_in_prose(text, year, expected):
    assert triples(text, year) == expected


# --- a count of some months of the year -------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("全年新收政府信息公开申请十八件，其中1-6月受理申请7件。",
     {(NEW, "total", 18, "annual"), (NEW, "total", 7, "partial_year")}),
    ("全年收到政府信息公开申请20件，其中1至6月受理申请8件。",
     {(NEW, "total", 20, "annual"), (NEW, "total", 8, "partial_year")}),
    ("2020年上半年收到政府信息公开申请9件。", {(NEW, "total", 9, "partial_year")}),
    # the whole year by its months
    ("2020年1月至12月收到政府信息公开申请20件。", {(NEW, "total", 20, "annual")}),
])
def test_a_count_of_some_months(text, expected):
    assert with_periods(text, year=2020) == expected
