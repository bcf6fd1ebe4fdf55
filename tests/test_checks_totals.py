"""Consistency checks on one report's facts: parts vs totals, shares, conflicts."""
from __future__ import annotations

from ogi.checks import totals
from ogi.extract.prose import extract_prose
from ogi.model import Document, Fact, Metadata
from ogi.normalise import normalise


def prose_checks(text: str, year: int = 2014):
    doc = Document("t.txt", "t", "txt", normalise(text), text)
    meta = Metadata(report_year=year)
    return totals.run(meta, extract_prose(doc, meta, template="free_text"))


def by_rule(checks, rule):
    return [c for c in checks if c.rule == rule]


def fact(measure, key, value, *, share=None, frame="free_text", label="", approx=False,
         period="annual"):
    return Fact(measure, key, value, "item", period=period, label_raw=label, share=share,
                source_frame=frame, is_approx=approx)


def test_categories_summing_above_the_stated_total_fail():
    checks = prose_checks("2014年1月至今累计公开政府信息547条，其中概况类2条，政策法规类2条，"
                          "工作动态类467条，财政类78条。")
    (check,) = by_rule(checks, "parts_vs_total")
    assert (check.status, check.expected, check.observed) == ("fail", 547, 549)


def test_categories_that_add_up_pass():
    checks = prose_checks("主动公开政府信息共20条，其中工作动态类信息15条，其他信息5条。")
    assert [c.status for c in by_rule(checks, "parts_vs_total")] == ["pass"]


def test_a_stated_share_off_by_more_than_rounding_fails():
    checks = prose_checks("累计向社会公开政府信息256条，其中政府网站发布111条，占比43%，微信发布54条，"
                          "占比21%，其他发布91条，占比34%。")
    shares = {c.subject: c for c in by_rule(checks, "share_vs_count")}
    assert shares["share of proactive.channel/ch_website"].status == "pass"
    assert shares["share of proactive.channel/ch_wechat"].status == "pass"
    bad = shares["share of proactive.channel/ch_other"]
    assert (bad.status, bad.expected, bad.observed) == ("fail", 35.5, 34)


def test_channels_above_the_total_are_not_a_failure():
    facts = [fact("proactive", "total", 100), fact("proactive.channel", "ch_website", 90),
             fact("proactive.channel", "ch_wechat", 40)]
    (check,) = totals.parts_vs_total(facts)
    assert check.status == "not_assessable"


def test_approximate_parts_are_not_assessable():
    facts = [fact("proactive", "total", 100), fact("proactive.category", "cat_news", 70, approx=True),
             fact("proactive.category", "cat_other", 20)]
    (check,) = totals.parts_vs_total(facts)
    assert check.status == "not_assessable"


def test_parts_are_compared_within_one_frame():
    facts = [fact("proactive", "total", 100),
             fact("proactive.category", "cat_news", 60), fact("proactive.category", "cat_other", 40),
             fact("proactive.category", "cat_policy", 7, frame="stats_table")]
    statuses = {c.subject: c.status for c in totals.parts_vs_total(facts)}
    assert statuses["proactive.category vs proactive (annual, free_text)"] == "pass"
    assert statuses["proactive.category vs proactive (annual, stats_table)"] == "fail"


def test_judged_against_the_closest_of_several_totals():
    facts = [fact("proactive", "total", 4, label="共清理出"), fact("proactive", "total", 3),
             fact("proactive.category", "cat_news", 3)]
    assert [c.status for c in totals.parts_vs_total(facts)] == ["pass"]
    (conflict,) = totals.conflicting_values(facts)
    assert (conflict.status, conflict.expected, conflict.observed) == ("fail", 3, 4)


def test_shares_above_100_percent_fail():
    facts = [fact("proactive.category", "cat_news", 3, share=30),
             fact("proactive.category", "cat_other", 8, share=75)]
    (check,) = totals.shares_sum(facts)
    assert (check.status, check.observed) == ("fail", 105)


def test_request_channels_against_the_new_requests():
    checks = prose_checks("共收到政府信息公开申请10件。其中，通过网络申请6件；通过信函申请3件。")
    (check,) = by_rule(checks, "parts_vs_total")
    assert (check.subject.split(" (")[0], check.status) == ("requests.channel vs requests.new", "fail")


def test_two_table_rows_with_one_key_are_not_a_conflict():
    facts = [fact("requests.channel", "req_online", 0, frame="stats_table", label="电子邮件申请数"),
             fact("requests.channel", "req_online", 3, frame="stats_table", label="网上申请数")]
    assert totals.conflicting_values(facts) == []


def test_prose_and_table_disagreeing_is_a_conflict():
    facts = [fact("proactive.channel", "ch_website", 425, label="网站主动公开"),
             fact("proactive.channel", "ch_website", 418, frame="stats_table", label="网站公开")]
    (check,) = totals.conflicting_values(facts)
    assert check.status == "fail" and "418" in check.message and "425" in check.message


def test_loose_department_counts_far_from_the_total_are_not_its_breakdown():
    list_part = [fact("proactive.category", "cat_news", 60), fact("proactive.category", "cat_other", 40)]
    for i, f in enumerate(list_part):
        f.char_start = 120 + 20 * i
    loose = fact("proactive.category", "cat_fiscal", 380)
    loose.char_start = 5000
    total = fact("proactive", "total", 100)
    total.char_start = 100
    (check,) = totals.parts_vs_total([total, *list_part, loose])
    assert (check.status, check.observed) == ("pass", 100)


def test_combined_outcome_is_not_a_conflict_with_the_granted_cell():
    combined = fact("requests.outcome", "granted", 208)
    combined.flag = "combined: granted and partial together (予以公开及部分公开)"
    cell = fact("requests.outcome", "granted", 206, frame="template_table")
    assert totals.conflicting_values([combined, cell]) == []
