"""Periods (facts contract): the report's own statistics period, counts of part of a year,
counts over several years, and the year's own totals, on snippets written for these tests."""
from __future__ import annotations

import re
from datetime import date

import pytest
from ogi.extract import extract
from ogi.extract.metadata import report_period, stated_period, stats_period
from ogi.extract.prose_text import part_of_year, period_of
from ogi.model import Document, Metadata
from ogi.normalise import normalise


def _extract(text: str):
    return extract(Document("t.txt", "t", "txt", normalise(text), text))


def _facts(text: str) -> set[tuple[str, str, float, str]]:
    return {(f.measure, f.key, f.value, f.period) for f in _extract(text)[1]}


TITLE = "某某县某某局{year}年政府信息公开工作年度报告\n\n"


# --- the report's statistics period ----------------------------------------------------------

@pytest.mark.parametrize("sentence, start, end", [
    ("本报告所列数据的统计期限自2019年9月1日起至2019年12月31日止。", date(2019, 9, 1), date(2019, 12, 31)),
    ("报告中所列数据统计时限为2020年7月1日至12月31日。", date(2020, 7, 1), date(2020, 12, 31)),
    ("所列数据统计时间从2018年3月15日到2018年12月31日。", date(2018, 3, 15), date(2018, 12, 31)),
    ("本报告的统计数据时间段为2021年10月至12月。", date(2021, 10, 1), date(2021, 12, 31)),
    ("本年报内容涵盖2019年6月1日至12月31日期间的工作情况。", date(2019, 6, 1), date(2019, 12, 31)),
    ("报告期为二〇一九年九月一日至十二月三十一日。", date(2019, 9, 1), date(2019, 12, 31)),
    ("数据统计期限自 2022 年 1 月 1 日——2022 年 12 月 31 日止。", date(2022, 1, 1), date(2022, 12, 31)),
    # 统计时段, and what may stand between the first day and 至: a note in brackets, the event
    # that opened the period
    ("本报告数据统计时段为2020年4月1日至2020年12月31日。", date(2020, 4, 1), date(2020, 12, 31)),
    ("统计期限为2018年10月26日（新局组建）至2018年12月31日。", date(2018, 10, 26), date(2018, 12, 31)),
    ("统计期限自2019年2月1日(机构改革挂牌)起至12月31日止。", date(2019, 2, 1), date(2019, 12, 31)),
    ("本报告统计时段为2008年5月1日《条例》施行之日起至2008年12月31日止。",
     date(2008, 5, 1), date(2008, 12, 31)),
    ("报告期为2021年7月15日本中心挂牌成立之日至2021年12月31日。", date(2021, 7, 15), date(2021, 12, 31)),
    # the end said as the year's end
    ("本报告统计期限为2019年9月1日（我局挂牌之日）起至年底。", date(2019, 9, 1), date(2019, 12, 31)),
    ("统计时段为2020年7月1日至2020年底。", date(2020, 7, 1), date(2020, 12, 31)),
    ("本报告数据统计期限为2018年11月至本年末。", date(2018, 11, 1), date(2018, 12, 31)),
])
def test_statistics_period_in_several_wordings(sentence, start, end):
    assert stats_period("一、概述\n" + sentence + "本报告电子版可在门户网站下载。") == (start, end)


@pytest.mark.parametrize("sentence", [
    "所列数据的统计期限自2016月1日起至2016年12月31日。",     # year and month run together
    "本报告所列数据的统计期限自至。",                           # an empty template field
    "2019年9月1日至12月31日，本局共收到申请3件。",              # a sentence's range, not the report's
    "统计期限自2019年12月31日起至2019年9月1日止。",             # ends before it starts
    "统计期内主动公开政府信息241条，其中工作动态98条。",          # period words, no period
])
def test_no_statistics_period_without_a_valid_statement(sentence):
    assert stats_period(sentence) is None


@pytest.mark.parametrize("start, end, year, period", [
    ("2019-09-01", "2019-12-31", 2019, "partial_year"),
    ("2008-05-01", "2008-12-31", 2008, "partial_year"),
    ("2019-01-01", "2019-06-30", 2019, "partial_year"),
    ("2019-01-01", "2019-12-31", 2019, "annual"),
    ("2014-01-01", "2017-12-31", 2017, "cumulative"),
    ("2018-01-01", "2018-12-31", 2019, "annual"),      # another year's period: flagged, not applied
    ("", "", 2019, "annual"),
])
def test_report_period(start, end, year, period):
    assert report_period(Metadata(report_year=year, period_start=start, period_end=end)) == period


def test_metadata_carries_the_period_and_flags_one_outside_the_report_year():
    meta, _ = _extract(TITLE.format(year=2019) + "本报告统计期限为2019年9月1日至2019年12月31日。")
    assert (meta.period_start, meta.period_end, meta.flags) == ("2019-09-01", "2019-12-31", [])
    meta, _ = _extract(TITLE.format(year=2019) + "本报告统计期限为2018年1月1日至2018年12月31日。")
    assert meta.flags == ["stats_period_outside_report_year: 2018-01-01..2018-12-31"]


def test_a_period_over_several_years_makes_counts_cumulative_and_is_flagged():
    meta, facts = _extract(TITLE.format(year=2017) + "本报告统计期限为2014年1月1日至2017年12月31日。"
                           "共主动公开政府信息420条。")
    assert meta.flags == ["stats_period_spans_years: 2014-01-01..2017-12-31"]
    assert {(f.value, f.period) for f in facts} == {(420, "cumulative")}


@pytest.mark.parametrize("text, year, period", [
    ("2013年1月1日至12月31日期间未收到申请", 2013, "annual"),
    ("2019年5月15日至12月31日共收到申请3件", 2019, "partial_year"),
    ("2014年1月至2017年12月累计公开256条", 2017, "cumulative"),
    ("2016年1月1日至12月31日共公开30条", 2019, None),       # a range missing the report year
    ("全年共收到申请3件", 2019, None),
    ("2019年9月至年底共收到申请3件", 2019, "partial_year"),
    ("2019年1月至年末累计公开88条", 2019, "annual"),
])
def test_period_a_clause_states_for_itself(text, year, period):
    assert stated_period(text, year) == period


# --- a report covering part of its year ------------------------------------------------------

PARTIAL = (TITLE.format(year=2019) + "{statement}\n一、主动公开情况\n{body}\n"
           + "二、依申请公开情况\n本局收到政府信息公开申请2件，均已按时答复。未收取任何费用。\n")
SEPTEMBER = "本报告所列数据的统计期限自2019年9月1日起至2019年12月31日止。"


@pytest.mark.parametrize("statement", [
    "本报告所列数据的统计期限自2019年9月1日起至2019年12月31日止。",
    "报告中所列数据统计时限为2019年9月1日至12月31日。",
    "本年报内容涵盖2019年9月1日至12月31日期间的政府信息公开工作情况。",
    "本报告的统计数据时间段为2019年9月至12月。",
])
def test_every_count_of_a_partial_year_report_is_partial_year(statement):
    text = PARTIAL.format(statement=statement,
                          body="本局主动公开政府信息40条，其中工作动态类25条，通知公告类15条。")
    assert _facts(text) == {
        ("proactive", "total", 40, "partial_year"),
        ("proactive.category", "cat_news", 25, "partial_year"),
        ("proactive.category", "cat_notice", 15, "partial_year"),
        ("requests.new", "total", 2, "partial_year"),
        ("fees", "charged", 0, "partial_year"),
    }


def test_a_2008_report_counting_from_the_regulations_first_day_is_partial_year():
    """The 2008 Regulations took effect on 1 May 2008: a report counting from that day covers
    part of its year (facts contract), whichever way the period is stated."""
    for statement in ("本报告统计时段为2008年5月1日《条例》施行之日起至2008年12月31日止。",
                      "本报告所列数据统计时段为2008年5月1日至2008年12月31日。"):
        text = (TITLE.format(year=2008) + statement + "\n一、主动公开情况\n全乡共主动公开政府信息64条。\n"
                "二、依申请公开情况\n共收到政府信息公开申请3件，均已答复。\n")
        assert _facts(text) == {("proactive", "total", 64, "partial_year"),
                                ("requests.new", "total", 3, "partial_year")}


def test_period_words_in_a_sentence_of_a_partial_year_report_change_nothing():
    text = (TITLE.format(year=2019) + "本报告统计期限为2019年3月18日（我局挂牌成立）至2019年12月31日。\n"
            "一、总体情况\n统计期内未收到政府信息公开申请。\n")
    meta, facts = _extract(text)
    assert (meta.period_start, meta.period_end, meta.flags) == ("2019-03-18", "2019-12-31", [])
    assert {(f.measure, f.key, f.value, f.period) for f in facts} == {
        ("requests.new", "total", 0, "partial_year")}


def test_a_cumulative_sentence_stays_cumulative_in_a_partial_year_report():
    text = PARTIAL.format(statement=SEPTEMBER, body="本局主动公开政府信息40条，历年累计公开政府信息1250条。")
    assert _facts(text) == {
        ("proactive", "total", 40, "partial_year"),
        ("proactive", "total", 1250, "cumulative"),
        ("requests.new", "total", 2, "partial_year"),
        ("fees", "charged", 0, "partial_year"),
    }


def test_a_sentence_giving_the_whole_year_keeps_it_in_a_partial_year_report():
    text = PARTIAL.format(statement=SEPTEMBER, body="2019年1月1日至12月31日，全区共主动公开政府信息300条。")
    assert ("proactive", "total", 300, "annual") in _facts(text)


def test_partial_year_template_tables_keep_their_cumulative_column():
    text = (TITLE.format(year=2019) + "本报告统计期限为2019年9月1日至2019年12月31日。\n"
            "二、主动公开政府信息情况\n"
            "第二十条第（一）项\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n"
            "规章\t0\t0\t0\n规范性文件\t2\t2\t9\n")
    assert _facts(text) == {
        ("t2.rule", "made", 0, "partial_year"), ("t2.rule", "published", 0, "partial_year"),
        ("t2.rule", "total_published", 0, "cumulative"),
        ("t2.normdoc", "made", 2, "partial_year"), ("t2.normdoc", "published", 2, "partial_year"),
        ("t2.normdoc", "total_published", 9, "cumulative"),
    }


def test_a_full_year_statement_leaves_counts_annual():
    text = PARTIAL.format(statement=SEPTEMBER.replace("9月1日", "1月1日"), body="本局主动公开政府信息40条。")
    assert {p for *_, p in _facts(text)} == {"annual"}


# --- counts over several years and the year's own totals ---------------------------------------

def _periods(sentence: str, year: int = 2017) -> dict[float, str]:
    return {f.value: f.period for f in _extract(TITLE.format(year=year) + sentence)[1]
            if f.measure == "proactive"}


@pytest.mark.parametrize("sentence", [
    "目前为止，累计向社会公开政府信息356条。",
    "截至目前，我镇在门户网站累计主动公开政府信息356条。",
    "迄今累计主动公开政府信息356条。",
    "自2012年以来，我局累计主动公开政府信息356条。",
    "门户网站开通以来累计发布政府信息356条。",
    "2013年至2017年共主动公开政府信息356条。",
    "历年累计公开政府信息356条。",
    "《条例》实施以来，全镇累计主动公开政府信息356条。",
])
def test_counts_over_several_years_are_cumulative(sentence):
    assert _periods(sentence) == {356: "cumulative"}


@pytest.mark.parametrize("sentence", [
    "全年累计主动公开政府信息88条。",
    "年内累计公开政府信息88条。",
    "本年累计发布政府信息88条。",
    "今年以来累计主动公开政府信息88条。",
    "2017年以来，我局累计主动公开政府信息88条。",
    "2017年1月至今，累计主动公开政府信息88条。",
    "截至2017年12月31日，累计主动公开政府信息88条。",
    "截至目前，今年累计公开政府信息88条。",
])
def test_the_years_own_totals_are_annual(sentence):
    assert _periods(sentence) == {88: "annual"}


def test_a_running_total_and_the_years_share_in_one_sentence():
    assert _periods("目前为止，累计公开政府信息356条，今年新公开政府信息52条。") == {
        356: "cumulative", 52: "annual"}


# --- a count since a start inside the report year, for every prose reader ----------------------

@pytest.mark.parametrize("text, period", [
    # a dated founding of the same body, told anywhere in the report
    ("2019年3月，县退役军人事务局正式挂牌成立。\n二、依申请公开情况\n我局挂牌成立以来，累计受理政府信息公开申请12件，已全部办结。\n",
     "annual"),
    ("二、依申请公开情况\n今年4月以来，累计受理政府信息公开申请12件。\n", "annual"),
    ("二、依申请公开情况\n自2019年5月以来，累计受理政府信息公开申请12件。\n", "annual"),
    # traps: founded in an earlier year, or a group (not the body) founded this year
    ("二、依申请公开情况\n自2015年挂牌以来，累计受理政府信息公开申请12件。\n", "cumulative"),
    ("2019年3月，我局成立了政务公开领导小组。\n二、依申请公开情况\n我局成立以来，累计受理政府信息公开申请12件。\n",
     "cumulative"),
])
def test_a_request_count_since_a_start_inside_the_report_year(text, period):
    got = {f for f in _facts(TITLE.format(year=2019) + text) if f[0] == "requests.new"}
    assert got == {("requests.new", "total", 12, period)}


# --- a running count told up to the year's end, through the channel the year's count went ------

def _channel_periods(text: str, year: int = 2018) -> set[tuple[str, str, float, str]]:
    return {f for f in _facts(TITLE.format(year=year) + text) if f[0].startswith("proactive")}


@pytest.mark.parametrize("text, year_count, running", [
    ("2018年，我镇通过县政府信息公开平台发布政府信息150条，微信公众号推送信息80条。"
     "截至2018年底，我镇在县政府信息公开平台累计公开政府信息1,200条。", 150, 1200),
    ("全年在区政府网站发布信息90条，公开栏张贴信息40条。截至12月底，我街道在区政府网站累计公开信息610条。", 90, 610),
])
def test_a_running_count_above_the_years_count_through_its_channel_is_cumulative(text, year_count, running):
    got = _channel_periods(text)
    assert any(f[2] == year_count and f[3] == "annual" for f in got)
    assert {f[3] for f in got if f[2] == running} == {"cumulative"}


def test_a_count_told_up_to_the_years_end_alone_is_the_years():
    # (no count of the year's through that channel: the count to the year's end is the year's)
    got = _channel_periods("截至2018年12月31日，我镇在县政府网站累计公开政府信息86条，微信推送40条。")
    assert {f[3] for f in got} == {"annual"}


@pytest.mark.parametrize(("sentence", "value"), [
    ("本年度受理申请2件（历年累计受理9件）。", 2),
    ("全年主动公开政府信息86条（历年累计公开612条）。", 86),
    ("今年共收到申请4件(自2010年以来累计收到31件)。", 4),
])
def test_a_running_count_in_brackets_after_a_count_leaves_that_count_annual(sentence, value):
    pos = sentence.index(str(value))
    assert period_of(sentence, Metadata(report_year=2018), pos) == "annual"
    # the count inside the brackets keeps its own period
    inner = re.search(r"累计\D*(\d+)", sentence).start(1)
    assert period_of(sentence, Metadata(report_year=2018), inner) == "cumulative"


@pytest.mark.parametrize("text, part", [
    ("上半年收到申请3件", "上半年"), ("1-6月受理申请7件", "1-6月"), ("一至六月公开信息141条", "一至六月"),
    ("3月至5月共发布信息20条", "3月至5月"), ("第三季度公开12条", "第三季度"),
    ("1-12月共受理申请9件", None), ("一至十二月公开信息300条", None),   # the whole year
    ("截至1-6月30日公开信息88条", None),                               # a date, not months
])
def test_some_months_of_the_year(text, part):
    found = part_of_year(text)
    assert (found.group() if found else None) == part
