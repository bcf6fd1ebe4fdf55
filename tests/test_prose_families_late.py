"""Late phrasing families of issue 12, found by `ogi audit` on the unlabelled corpus: requests
counted in 项/份/条, a zero sum over reconsideration, suits and complaints, and outcomes named in
quotes (“部分公开”的件数为). Snippets of our own, exact fact sets, and neighbours giving none."""
from __future__ import annotations

import pytest
import snippets


# the shared helpers (tests/snippets.py), with this file's own default: reports of 2021
def facts_of(text: str, year: int = 2021):
    return snippets.facts_of(text, year=year)


def triples(text: str, year: int = 2021) -> set[tuple[str, str, float]]:
    return snippets.triples(text, year=year)


def requests(n: float) -> tuple[str, str, float]:
    return ("requests.new", "total", n)


# --- requests counted in 项 / 份 / 条 ----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("本年度我办收到依申请公开事项6项。", {requests(6)}),
    ("（二）依申请公开情况：全年收到依申请公开事项0项。", {requests(0)}),
    ("2021年本局共受理政府信息公开申请12项。", {requests(12)}),
    ("今年我镇收到3项有关政府信息公开的申请。", {requests(3)}),
    ("全年共收到4份政府信息公开申请。", {requests(4)}),
    ("本年度收到政府信息公开申请七份。", {requests(7)}),
    ("对于5条政府信息公开申请，我委均依法予以受理。", {requests(5)}),
    ("对9条依申请公开的申请我局及时受理。", {requests(9)}),
])
def test_requests_in_other_units(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a 份 of 行政复议申请 is a reconsideration, not a request
    ("全年未收到政府信息公开申请，收到2份有关政府信息公开的行政复议申请。",
     {requests(0), ("review", "total", 2)}),
    ("本年度共收到1份涉及信息公开行政复议申请。", {("review", "total", 1)}),
    ("全年接到3件关于政府信息公开的行政复议申请。", {("review", "total", 3)}),
    # 项 of powers, tasks or lists are no requests, even beside the word 申请
    ("梳理行政许可等依申请办理事项238项。", set()),
    ("明确权责清单事项4650项，公开申请材料目录。", set()),
    ("出台依申请公开工作制度3项。", set()),
    # 对于 with a verb other than receiving: answered, not received
    ("对于6条政府信息公开申请，均已按时答复。", set()),
])
def test_other_units_that_are_no_requests(text, expected):
    assert triples(text) == expected


# --- one zero sum for reconsideration, suits and complaints ------------------------------------

REVIEW0, SUIT0, COMPLAINTS0 = ("review", "total", 0), ("litigation", "total", 0), ("complaints", "total", 0)


@pytest.mark.parametrize("text, expected", [
    ("本年度收到申请行政复议、提起行政诉讼和举报共计0件。", {REVIEW0, SUIT0, COMPLAINTS0}),
    ("全年行政复议、行政诉讼及投诉合计0件。", {REVIEW0, SUIT0, COMPLAINTS0}),
    ("本年度发生行政复议、行政诉讼和申诉举报均为0件。", {REVIEW0, SUIT0, COMPLAINTS0}),
    ("全年因政府信息公开引发的行政复议和行政诉讼共0件。", {REVIEW0, SUIT0}),
])
def test_a_zero_sum_is_each_measures_zero(text, expected):
    assert triples(text) == expected


def test_a_cumulative_zero_sum_keeps_its_period():
    facts = facts_of("历年累计收到行政复议、行政诉讼和举报共计0件。")
    assert {(f.measure, f.value, f.period) for f in facts} == {
        ("review", 0, "cumulative"), ("litigation", 0, "cumulative"), ("complaints", 0, "cumulative")}


@pytest.mark.parametrize("text, expected", [
    # 举报 alone, outside disclosure, stays no complaint about disclosure
    ("全年受理环境污染举报共计0件。", set()),
])
def test_sums_that_state_no_zero_for_each(text, expected):
    assert triples(text) == expected


def test_a_sum_above_zero_is_not_given_to_each_measure():
    assert triples("本年度行政复议、行政诉讼共计3件。") == {("legal.combined", "review+litigation", 3)}


# --- outcomes named in quotes ------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("已答复的申请中“部分公开”的件数为3件。", {("requests.outcome", "partial", 3)}),
    ("答复申请中，“予以公开”的件数为8件，“不予公开”的件数为2件。",
     {("requests.outcome", "granted", 8), ("requests.outcome", "deny.total", 2)}),
    ("对申请的答复中予以公开的件数为5件。", {("requests.outcome", "granted", 5)}),
    ("已答复申请中「部分公开」件数为1件。", {("requests.outcome", "partial", 1)}),
])
def test_quoted_outcomes_with_their_counts(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text", [
    # several outcomes under one quote are no single outcome
    "已答复中“非政府信息、政府信息不存在”的件数为4件。",
    # 公开 of information, not an answer to requests
    "本年度“主动公开”的件数为40件。",
])
def test_quoted_names_that_are_no_single_outcome(text):
    assert triples(text) == set()


# --- one count over several kinds of case --------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("本年度因政府信息公开引起的行政复议、行政诉讼共计3件。",
     {("legal.combined", "review+litigation", 3)}),
    ("全年发生政府信息公开行政复议和行政诉讼案件共2件。",
     {("legal.combined", "review+litigation", 2)}),
    ("因政府信息公开被申请行政复议及提起行政诉讼合计5件。",
     {("legal.combined", "review+litigation", 5)}),
    # each kind with its own count, or one figure for each: no combined count
    ("因政府信息公开引起行政复议1件、行政诉讼2件。",
     {("review", "total", 1), ("litigation", "total", 2)}),
    ("因依申请公开引发行政复议1起、行政诉讼3起。",
     {("review", "total", 1), ("litigation", "total", 3)}),
    ("因政府信息公开申请提起行政复议、行政诉讼均为1件。",
     {("review", "total", 1), ("litigation", "total", 1)}),
    # a zero sum is a zero for each
    ("因政府信息公开申请行政复议、行政诉讼共计0件。",
     {("review", "total", 0), ("litigation", "total", 0)}),
])
def test_a_count_over_review_and_litigation_together_is_neither(text, expected):
    assert triples(text) == expected


# --- a plain total closed by 的, and a body's own field before 政府信息 ---------------------------

@pytest.mark.parametrize("text, expected", [
    ("2019年，我局主动公开的173条，其中公示公告类46条。",
     {("proactive", "total", 173), ("proactive.category", "cat_notice", 46)}),
    ("2020年我局主动公开的162条信息中，公示公告类97条。",
     {("proactive", "total", 162), ("proactive.category", "cat_notice", 97)}),
    ("本年度主动公开的政府信息58条。", {("proactive", "total", 58)}),
    ("全年累计主动公开公安政府信息179条。", {("proactive", "total", 179)}),
    # a heading and a year glued before the subject do not make a subunit
    ("（二）主动公开政府信息的类别2018年我局主动公开的68条。", {("proactive", "total", 68)}),
    # 的 before a topic is a noun phrase: the topic, not a total
    ("公开的通知公告12条。", {("proactive.category", "cat_notice", 12)}),
    # a field the body does not work in is a topic
    ("全年主动公开教育政府信息50条。", {("proactive.category", "cat_welfare", 50)}),
])
def test_plain_totals_closed_by_de_and_the_bodys_own_field(text, expected):
    facts = snippets.facts_of(text, year=2020, agency="平潭县公安局")
    assert {(f.measure, f.key, f.value) for f in facts} == expected
