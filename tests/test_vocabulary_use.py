"""Extractors read the domain vocabulary from data (outcomes.yaml, taxonomy.yaml): a word listed
for a key is read as that key in prose and in statistics tables alike, and a word listed only
for tables stays out of prose. Snippets of our own, exact sets of facts."""
from __future__ import annotations

import pytest
from ogi.extract.prose import extract_prose
from ogi.extract.stats_table import extract_stats_table
from ogi.model import Document, Metadata
from ogi.normalise import normalise


def _doc(text: str) -> Document:
    return Document("t.txt", "t", "txt", normalise(text), text)


def prose(text: str, year: int = 2021) -> set[tuple[str, str, float]]:
    facts = extract_prose(_doc(text), Metadata(report_year=year), template="free_text")
    return {(f.measure, f.key, f.value) for f in facts}


def table(rows: str) -> set[tuple[str, str, float]]:
    text = "指标名称\t计量单位\t本年度\n" + rows
    return {(f.measure, f.key, f.value) for f in extract_stats_table(_doc(text), Metadata(report_year=2012)).facts}


NEW5 = ("requests.new", "total", 5)
GRANTED2 = ("requests.outcome", "granted", 2)


@pytest.mark.parametrize("text, reason", [
    # every word of a deny reason names it, whichever the report uses
    ("本年度受理政府信息公开申请5件，予以公开2件，不予公开（危及社会稳定）3件。", "deny.security_stability"),
    ("本年度受理政府信息公开申请5件，予以公开2件，不予公开（涉及“三安全一稳定”）3件。", "deny.security_stability"),
    ("本年度受理政府信息公开申请5件，予以公开2件，不予公开（不是《条例》所指政府信息）3件。", "deny.not_gov_info"),
    ("本年度受理政府信息公开申请5件，予以公开2件，不予公开（涉及商业秘密）3件。", "deny.trade_secret"),
])
def test_a_refusal_reason_is_read_by_any_of_its_words(text, reason):
    # (a 2016 report: from 2019 a trade secret is the template's row 保护第三方合法权益)
    assert prose(text, 2016) == {NEW5, GRANTED2, ("requests.outcome", reason, 3)}


def test_a_trade_secret_in_a_template_era_report_is_the_third_party_row():
    text = "本年度受理政府信息公开申请5件，予以公开2件，不予公开（涉及商业秘密）3件。"
    assert prose(text, 2021) == {NEW5, GRANTED2, ("requests.outcome", "deny.third_party", 3)}


@pytest.mark.parametrize("text, key", [
    ("本年度受理政府信息公开申请5件，予以公开2件，无法提供3件（非本机关掌握）。", "unable.not_held"),
    ("本年度受理政府信息公开申请5件，予以公开2件，无法提供3件（本单位不掌握相关信息）。", "unable.not_held"),
    ("本年度受理政府信息公开申请5件，予以公开2件，无法提供3件（申请内容不明确）。", "unable.unclear"),
    # 补充 names the unclear answer only in a table row (告知作出更改补充): here it stays the group
    ("本年度受理政府信息公开申请5件，予以公开2件，因需补充材料无法提供3件。", "unable.total"),
])
def test_an_unable_reason_is_read_by_its_words_in_prose(text, key):
    # (a reason after the count: the count is the group's total and, named, its sub-row's)
    assert prose(text) == {NEW5, GRANTED2, ("requests.outcome", "unable.total", 3), ("requests.outcome", key, 3)}


@pytest.mark.parametrize("text", [
    "今年收到政府信息公开申请5件，否决公开3件，其他2件。",
    "今年收到政府信息公开申请5件，其中不同意公开3件，其他2件。",
    "今年收到政府信息公开申请5件，不予公开3件，其他2件。",
])
def test_other_closes_a_list_named_by_any_outcome_word(text):
    assert prose(text) == {NEW5, ("requests.outcome", "deny.total", 3), ("requests.outcome", "other", 2)}


@pytest.mark.parametrize("text", [
    "全年共收到政府信息公开申请5件，涉及自然人3件、其他组织2件。",
    "本年度收到政府信息公开申请5件，其中个人3件，其他组织2件。",
])
def test_every_applicant_type_is_read_by_its_words(text):
    assert prose(text) == {NEW5, ("requests.new", "natural_person", 3), ("requests.new", "org_other", 2)}


@pytest.mark.parametrize("rows, expected", [
    ("准予公开数\t件\t7\n否决公开数\t件\t2\n", {("requests.outcome", "granted", 7),
                                          ("requests.outcome", "deny.total", 2)}),
    ("同意公开数\t件\t7\n其他处理数\t件\t1\n", {("requests.outcome", "granted", 7),
                                          ("requests.outcome", "other", 1)}),
    ("告知作出更改补充数\t件\t3\n非本机关掌握数\t件\t4\n", {("requests.outcome", "unable.unclear", 3),
                                                ("requests.outcome", "unable.not_held", 4)}),
    ("政府网站公开信息数\t条\t300\n微博公开信息数\t条\t40\n其它方式公开信息数\t条\t5\n",
     {("proactive.channel", "ch_website", 300), ("proactive.channel", "ch_weibo", 40),
      ("proactive.channel", "ch_other", 5)}),
    ("信函申请数\t件\t2\n电子邮件申请数\t件\t6\n", {("requests.channel", "req_letter", 2),
                                          ("requests.channel", "req_online", 6)}),
])
def test_statistics_table_rows_are_named_by_the_data(rows, expected):
    assert table(rows) == expected
