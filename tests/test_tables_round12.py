"""Template tables as round-12 converters write them, snippets written for these tests (several
wordings per family, with neighbours that must not change): table 二 rows whose cells stand apart
by (ideographic) spaces and name their column, table 三 excerpts of 总计 cells whose 本年新收 row
names its applicant cells, or which leave out the 上年结转 row."""
from __future__ import annotations

import pytest
from snippets import report_facts, table_triples

TITLE = "某某街道办事处{year}年政府信息公开工作年度报告\n\n"
T4_NONE = "四、政府信息公开行政复议、行政诉讼情况\n本年度无。\n"
T3_NONE = "三、收到和处理政府信息公开申请情况\n本年度未收到申请。\n" + T4_NONE


def _facts(tmp_path, body: str, year: int = 2022, prefixes=("t2.", "requests.", "review", "litigation")):
    return table_triples(tmp_path, TITLE.format(year=year) + body, prefixes)


# --- table 二 rows naming their column, cells apart by spaces ------------------------------------

@pytest.mark.parametrize("rows,year,expected", [
    ("行政许可\u3000本年处理决定数量\u300012\n行政处罚\u3000本年处理决定数量\u30000\n", 2022,
     {("t2.licensing", "decisions", 12), ("t2.penalty", "decisions", 0)}),
    ("行政处罚  本年处理决定数量  7\n行政强制  本年处理决定数量  1\n", 2023,
     {("t2.penalty", "decisions", 7), ("t2.coercion", "decisions", 1)}),
    ("第二十条第（五）项\u3000行政许可\u3000本年处理决定数量\u3000305\n", 2021, {("t2.licensing", "decisions", 305)}),
    ("行政许可 上一年项目数量 6 本年增/减 0 处理决定数量 41\n", 2019,
     {("t2.licensing", "prev_items", 6), ("t2.licensing", "delta", 0), ("t2.licensing", "decisions", 41)}),
])
def test_table_two_rows_naming_their_column_apart_by_spaces(tmp_path, rows, year, expected):
    body = "二、主动公开政府信息情况\n" + rows + T3_NONE
    assert _facts(tmp_path, body, year=year, prefixes=("t2.",)) == expected


@pytest.mark.parametrize("rows", [
    "行政许可 全年办理审批事项236件，均按时办结。\n",
    "行政处罚 本年处理决定数量较上年增加3件。\n",
    "行政许可事项处理决定数量 52件\n",
])
def test_prose_opening_with_a_row_name_is_no_table_two_row(tmp_path, rows):
    assert _facts(tmp_path, "二、主动公开政府信息情况\n" + rows + T3_NONE, prefixes=("t2.",)) == set()


# --- table 三 excerpts of 总计 cells -------------------------------------------------------------

@pytest.mark.parametrize("body,expected", [
    # colon lines, the first naming every applicant cell
    ("一、本年新收政府信息公开申请数量：自然人3，商业企业1，科研机构0，社会公益组织0，法律服务机构0，其他0，总计4\n"
     "二、上年结转政府信息公开申请数量：0\n（一）予以公开：3\n（四）无法提供 1.本机关不掌握相关政府信息：1\n"
     "（七）总计：4\n四、结转下年度继续办理：0\n",
     {("requests.new", "natural_person", 3), ("requests.new", "org_business", 1), ("requests.new", "org_research", 0),
      ("requests.new", "org_public_interest", 0), ("requests.new", "org_legal_service", 0),
      ("requests.new", "org_other", 0), ("requests.new", "total", 4), ("requests.carried_in", "total", 0),
      ("requests.outcome", "granted", 3), ("requests.outcome", "unable.not_held", 1),
      ("requests.outcome", "total", 4), ("requests.carried_out", "total", 0)}),
    # pipe rows naming only the columns the year had (the others are no zeros)
    ("一、本年新收政府信息公开申请数量 | 自然人 5 | 总计 5\n二、上年结转政府信息公开申请数量 | 1\n"
     "（二）部分公开 | 2\n2.重复申请 | 3\n（七）总计 | 5\n四、结转下年度继续办理 | 1\n",
     {("requests.new", "natural_person", 5), ("requests.new", "total", 5), ("requests.carried_in", "total", 1),
      ("requests.outcome", "partial", 2), ("requests.outcome", "reject.duplicate", 3),
      ("requests.outcome", "total", 5), ("requests.carried_out", "total", 1)}),
    # tab cells with the names glued to their numbers
    ("本年新收政府信息公开申请数量\t自然人1\t商业企业1\t总计2\n上年结转政府信息公开申请数量\t0\n"
     "予以公开\t2\n总计\t2\n结转下年度继续办理\t0\n",
     {("requests.new", "natural_person", 1), ("requests.new", "org_business", 1), ("requests.new", "total", 2),
      ("requests.carried_in", "total", 0), ("requests.outcome", "granted", 2), ("requests.outcome", "total", 2),
      ("requests.carried_out", "total", 0)}),
    # an excerpt without the 上年结转 row: 本年新收 alone balances the flow
    ("一、本年新收政府信息公开申请数量\u30003\n（一）予以公开\u30002\n（五）不予处理\u30001.信访举报投诉类申请\u30001\n"
     "（七）总计\u30003\n四、结转下年度继续办理\u30000\n",
     {("requests.new", "total", 3), ("requests.outcome", "granted", 2), ("requests.outcome", "reject.petition", 1),
      ("requests.outcome", "total", 3), ("requests.carried_out", "total", 0)}),
])
def test_table_three_excerpt_of_total_cells(tmp_path, body, expected):
    got = _facts(tmp_path, "三、收到和处理政府信息公开申请情况（摘要）\n" + body + T4_NONE, year=2021)
    assert got == expected


@pytest.mark.parametrize("body", [
    # named parts adding up to more than the row's 总计
    "一、本年新收政府信息公开申请数量 | 自然人 5 | 商业企业 2 | 总计 5\n二、上年结转政府信息公开申请数量 | 0\n"
    "（一）予以公开 | 5\n（七）总计 | 5\n四、结转下年度继续办理 | 0\n",
    # without 上年结转 the flow does not balance (4 received, 3 handled, none carried over)
    "一、本年新收政府信息公开申请数量\u30004\n（一）予以公开\u30003\n（七）总计\u30003\n四、结转下年度继续办理\u30000\n",
    # a row of named cells without its 总计
    "一、本年新收政府信息公开申请数量：自然人2，商业企业1\n二、上年结转政府信息公开申请数量：0\n（一）予以公开：3\n"
    "（七）总计：3\n四、结转下年度继续办理：0\n",
])
def test_table_three_excerpts_that_do_not_add_up_give_no_totals(tmp_path, body):
    got = _facts(tmp_path, "三、收到和处理政府信息公开申请情况（摘要）\n" + body + T4_NONE, year=2021)
    assert {f for f in got if f[2] not in (None, 0) and f[0] != "requests.new"} == set()


# --- a local appendix whose cumulative column names its start before 累计 -------------------------

def _stats(tmp_path, body: str, year: int = 2010):
    facts = report_facts(tmp_path, f"某某县人民政府{year}年政府信息公开年度报告\n\n附表：统计表\n" + body)
    return {(f.measure, f.key, f.value, f.period) for f in facts if f.source_frame == "stats_table"}


ROWS = "主动公开信息数 条 120 480\n其中：网站公开 条 100 390\n依申请公开信息总数 件 4 9\n行政复议 件 0 0\n"
EXPECTED = {("proactive", "total", 120, "annual"), ("proactive", "total", 480, "cumulative"),
            ("proactive.channel", "ch_website", 100, "annual"), ("proactive.channel", "ch_website", 390, "cumulative"),
            ("requests.new", "total", 4, "annual"), ("requests.new", "total", 9, "cumulative"),
            ("review", "total", 0, "annual"), ("review", "total", 0, "cumulative")}


@pytest.mark.parametrize("header", [
    "指标名称 计量单位 2010年 2008年5月以来累计\n",
    "指标名称\t计量单位\t本年度\t自2008年以来累计\n",
    "指标名称 单位 2010年度 2008年至今累计\n",
    "统计指标 单位 本年 2008年5月1日起累计\n",
])
def test_a_cumulative_column_naming_its_start_year(tmp_path, header):
    rows = ROWS.replace(" ", "\t") if "\t" in header else ROWS
    assert _stats(tmp_path, header + rows) == EXPECTED


def test_a_column_for_another_year_stays_unreported(tmp_path):
    # 2009年 is last year's comparison column, no cumulative one: only 2010's figures are read
    got = _stats(tmp_path, "指标名称 计量单位 2010年 2009年\n" + ROWS)
    assert got == {f for f in EXPECTED if f[3] == "annual"}


# --- a statistics period stated by its first day alone --------------------------------------------

def _period(text: str):
    from ogi.extract.metadata import extract_metadata
    from ogi.model import Document
    from ogi.normalise import normalise
    meta = extract_metadata(Document("t.txt", "t", "txt", normalise(text), text))
    return meta.period_start, meta.period_end


@pytest.mark.parametrize("sentence,expected", [
    ("现将我局2008年5月1日《条例》施行以来的政府信息公开工作情况报告如下。", ("2008-05-01", "2008-12-31")),
    ("现就本中心2016年9月挂牌成立以来的政府信息公开工作报告如下。", ("2016-09-01", "2016-12-31")),
    ("本报告统计期限自2019年7月1日起。", ("2019-07-01", "2019-12-31")),
    ("现把我办自2012年三月组建以来政府信息公开工作开展情况报告如下：", ("2012-03-01", "2012-12-31")),
    # neighbours: a full range, no day at all, a running total in the body
    ("本报告统计期限为2019年1月1日起至2019年12月31日止。", ("2019-01-01", "2019-12-31")),
    ("现将我局2019年政府信息公开工作情况报告如下。", ("", "")),
    ("现将有关情况报告如下。自2008年5月以来累计公开信息812条。", ("", "")),
])
def test_a_period_stated_by_its_first_day(sentence, expected):
    year = expected[0][:4] or "2019"
    assert _period(f"某某局{year}年政府信息公开工作年度报告\n" + sentence + "\n一、概述\n") == expected


# --- table 三 told in one sentence that its named rows are all zero --------------------------------

def _zero_facts(tmp_path, sentence: str):
    facts = report_facts(tmp_path, TITLE.format(year=2022) + "二、主动公开政府信息情况\n行政许可\t本年处理决定数量\t3\n"
                         "行政处罚\t本年处理决定数量\t1\n三、收到和处理政府信息公开申请情况\n" + sentence + "\n"
                         + T4_NONE)
    return {(f.measure, f.key, f.value) for f in facts if f.extractor == "t3.zero_sentence"}


@pytest.mark.parametrize("sentence,measures", [
    ("本年新收、上年结转、办理结果及结转下年度各项均为0。",
     ("requests.new", "requests.carried_in", "requests.outcome", "requests.carried_out")),
    ("本年新收申请、上年结转申请和结转下年度继续办理数量均为零。",
     ("requests.new", "requests.carried_in", "requests.carried_out")),
    ("本年度办理结果与结转下年度继续办理都是0。", ("requests.outcome", "requests.carried_out")),
])
def test_table_three_told_as_named_rows_all_zero(tmp_path, sentence, measures):
    assert _zero_facts(tmp_path, sentence) == {(m, "total", 0) for m in measures}


@pytest.mark.parametrize("sentence", [
    "表中各项数据均为0。",
    "本年新收申请2件，上年结转均为0。",
    "本年新收、上年结转申请共计3件，均为自然人提出。",
])
def test_a_zero_sentence_naming_no_two_rows_gives_nothing(tmp_path, sentence):
    assert _zero_facts(tmp_path, sentence) == set()
