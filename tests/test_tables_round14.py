"""Tables as round-14 reports tell them, snippets written for these tests (several wordings per
family, with neighbours that must not change): table 四 as labelled lines mixing named cells and
a group's five bare cells; table 三 rows naming their applicant cells beside group heads with
their sub-rows in brackets; the 2014 statistics table flattened after its title or printed as
a headless grid; category rows of a pipe table; table 二's decision rows denied together."""
from __future__ import annotations

import pytest
from snippets import report_facts, table_triples

TITLE = "某某镇人民政府{year}年政府信息公开工作年度报告\n\n"
# table 四 alone tells no template: a table 三 above it does
T4_HEAD = ("三、收到和处理政府信息公开申请情况\n本年新收 0\n上年结转 0\n（七）总计 0\n结转下年度继续办理 0\n"
           "四、政府信息公开行政复议、行政诉讼情况\n")
T5 = "五、存在的主要问题及改进情况\n继续加强。\n"


def _t4(tmp_path, body: str) -> set:
    return table_triples(tmp_path, TITLE.format(year=2021) + T4_HEAD + body + "\n" + T5, ("review", "litigation"))


def _group(measure: str, values) -> set:
    keys = ("upheld", "corrected", "other", "pending", "total")
    return {(measure, k, v) for k, v in zip(keys, values)}


# ------------------------------------------------------------------ table 四, family 1
@pytest.mark.parametrize("body", [
    "行政复议：结果维持 2，结果纠正 1，其他结果 0，尚未审结 0，总计 3；行政诉讼（未经复议直接起诉）：0 1 0 0 1；"
    "行政诉讼（复议后起诉）：0 0 0 0 0",
    "行政复议：结果维持2，结果纠正1，其他结果0，尚未审结0，总计3\n行政诉讼（未经复议直接起诉）：0 1 0 0 1\n"
    "行政诉讼（复议后起诉）：0 0 0 0 0",
    "行政复议 结果维持2、结果纠正1、其他结果0、尚未审结0、总计3。\n未经复议直接起诉 0 1 0 0 1；\n复议后起诉：0 0 0 0 0。",
])
def test_table_four_groups_as_named_cells_or_five_bare_cells(tmp_path, body):
    assert _t4(tmp_path, body) == (_group("review", (2, 1, 0, 0, 3)) | _group("litigation.direct", (0, 1, 0, 0, 1))
                                   | _group("litigation.after_review", (0, 0, 0, 0, 0)))


def test_a_group_line_with_other_than_five_cells_adds_nothing(tmp_path):
    body = "行政复议：结果维持 2，结果纠正 1，其他结果 0，尚未审结 0，总计 3；行政诉讼（未经复议直接起诉）：0 1 0 1"
    assert _t4(tmp_path, body) == _group("review", (2, 1, 0, 0, 3))


# ------------------------------------------------------------------ table 三, family 2
T3_HEAD = "三、收到和处理政府信息公开申请情况\n"
T4_NONE = "四、政府信息公开行政复议、行政诉讼情况\n本年度无。\n"


def _t3(tmp_path, lines: list[str]) -> set:
    return table_triples(tmp_path, TITLE.format(year=2022) + T3_HEAD + "\n".join(lines) + "\n" + T4_NONE,
                         ("requests.",))


OUTCOMES = {("requests.outcome", "granted", 6), ("requests.outcome", "partial", 1),
            ("requests.outcome", "deny.total", 3), ("requests.outcome", "deny.process_info", 2),
            ("requests.outcome", "deny.admin_query", 1), ("requests.outcome", "unable.total", 1),
            ("requests.outcome", "reject.total", 0), ("requests.outcome", "other", 0),
            ("requests.outcome", "total", 11), ("requests.carried_out", "total", 1)}


@pytest.mark.parametrize("lines", [
    ["本年新收：自然人8，商业企业2，科研机构1，总计11", "上年结转：总计1",
     "予以公开6；部分公开1；不予公开3（其中属于四类过程性信息2、属于行政查询事项1）；无法提供1；不予处理0；其他处理0；总计11",
     "结转下年度继续办理：1"],
    ["本年新收 自然人 8，商业企业 2，科研机构 1，总计 11", "上年结转 总计 1",
     "予以公开 6；部分公开 1；不予公开 3（属于四类过程性信息 2，属于行政查询事项 1）；无法提供 1；不予处理 0；其他处理 0；"
     "总计 11", "结转下年度继续办理 1"],
    ["本年新收：自然人8；商业企业2；科研机构1；总计11。", "上年结转：总计1。",
     "予以公开6，部分公开1，不予公开3(其中属于四类过程性信息2、属于行政查询事项1)，无法提供1，不予处理0，其他处理0，总计11。",
     "结转下年度继续办理：1。"],
])
def test_table_three_rows_naming_their_cells_and_sub_rows(tmp_path, lines):
    assert _t3(tmp_path, lines) == OUTCOMES | {
        ("requests.new", "natural_person", 8), ("requests.new", "org_business", 2),
        ("requests.new", "org_research", 1), ("requests.new", "total", 11), ("requests.carried_in", "total", 1)}


def test_sub_rows_that_do_not_add_up_to_their_head_leave_the_rows_unread(tmp_path):
    lines = ["本年新收：自然人8，商业企业2，科研机构1，总计11", "上年结转：总计1",
             "予以公开6；部分公开1；不予公开3（其中属于四类过程性信息2、属于行政查询事项2）；无法提供1；不予处理0；其他处理0；"
             "总计11", "结转下年度继续办理：1"]
    assert not {f for f in _t3(tmp_path, lines) if f[1].startswith("deny.") and f[2] is not None}


# ------------------------------------------------------------------ 2014 statistics table, family 3/4
def _stats(tmp_path, body: str, year: int = 2015) -> set:
    return {(f.measure, f.key, f.value) for f in report_facts(tmp_path, TITLE.format(year=year) + body)
            if f.extractor == "stats_table.row"}


FLAT_2014 = {("proactive", "total", 40), ("proactive.channel", "ch_gazette", 0),
             ("proactive.channel", "ch_website", 40), ("proactive.channel", "ch_weibo", 0),
             ("requests.new", "total", 2), ("review", "total", 0), ("litigation", "total", 0),
             ("complaints", "total", 0), ("fees", "charged", 0)}


@pytest.mark.parametrize("lead", [
    "附件 政府信息公开情况统计表 一、主动公开情况 （一）",
    "附表：政府信息公开情况统计表 ",
    "政府信息公开情况统计表（2015年度） 一、主动公开情况 ",
])
def test_2014_table_flattened_onto_its_title_line(tmp_path, lead):
    body = ("一、概述\n全年主动公开信息四十条。\n" + lead + "主动公开政府信息数 条 40 1.政府公报公开政府信息数 条 0 "
            "2.政府网站公开政府信息数 条 40 3.政务微博公开政府信息数 条 0 二、回应解读情况 1.回应公众关注热点数 次 "
            "三、依申请公开情况 （一）收到申请数 件 2 四、行政复议数量 件 0 五、行政诉讼数量 件 0 六、举报投诉数量 件 0 "
            "七、依申请公开信息收取的费用 万元 0\n某某镇人民政府\n2016年1月5日\n")
    assert _stats(tmp_path, body) == FLAT_2014


@pytest.mark.parametrize("s", [" | ", "\t", "|"])
def test_headless_grid_of_five_rows(tmp_path, s):
    rows = [("主动公开信息数", "条", 21), ("依申请公开申请总数", "件", 4), ("其中：同意公开", "件", 3),
            ("行政复议数", "件", 0), ("行政诉讼数", "件", 1)]
    body = "附：指标统计附表\n" + "\n".join(s.join([label, unit, str(v)]) for label, unit, v in rows) + "\n"
    assert _stats(tmp_path, body, 2011) == {
        ("proactive", "total", 21), ("requests.new", "total", 4), ("requests.outcome", "granted", 3),
        ("review", "total", 0), ("litigation", "total", 1)}


def test_five_headless_lines_without_cells_are_no_table(tmp_path):
    body = ("附：指标统计\n主动公开信息数 条 21\n依申请公开申请总数 件 4\n其中：同意公开 件 3\n行政复议数 件 0\n"
            "行政诉讼数 件 1\n")
    assert _stats(tmp_path, body, 2011) == set()


@pytest.mark.parametrize("rows,categories", [
    ([("其中：政策法规类", 5), ("工作动态类", 9), ("财政资金类", 2)], {"cat_policy": 5, "cat_news": 9, "cat_fiscal": 2}),
    ([("其中：工作动态", 9), ("政策法规", 5)], {"cat_news": 9, "cat_policy": 5}),
    ([("其中：财政资金类", 2), ("工作动态类", 9), ("网站访问量", 7)], {"cat_fiscal": 2, "cat_news": 9}),
])
def test_category_rows_after_the_first_of_a_pipe_table(tmp_path, rows, categories):
    body = ("项目 | 单位 | 数量\n主动公开信息数 | 条 | 16\n" + "".join(f"{label} | 条 | {v}\n" for label, v in rows)
            + "依申请公开信息数 | 件 | 0\n")
    assert _stats(tmp_path, body, 2012) == {("proactive", "total", 16), ("requests.new", "total", 0)} | {
        ("proactive.category", k, v) for k, v in categories.items()}


def test_a_category_name_without_a_category_row_above_is_no_category(tmp_path):
    body = "项目 | 单位 | 数量\n主动公开信息数 | 条 | 16\n依申请公开信息数 | 件 | 0\n工作动态类 | 条 | 9\n"
    assert ("proactive.category", "cat_news", 9) not in _stats(tmp_path, body, 2012)


# ------------------------------------------------------------------ table 二 in sentences, family 5
def _t2(tmp_path, sentence: str) -> set:
    body = "二、主动公开政府信息情况\n" + sentence + "\n三、收到和处理政府信息公开申请情况\n"
    return {(f.measure, f.key, f.value) for f in report_facts(tmp_path, TITLE.format(year=2022) + body)
            if f.extractor == "t2.sentence"}


@pytest.mark.parametrize("sentence,facts", [
    ("本年度未制发行政规范性文件，现行有效的行政规范性文件为4件；行政许可处理决定31件，未作出行政处罚和行政强制决定。",
     {("t2.normdoc", "issued", 0), ("t2.normdoc", "in_force", 4), ("t2.licensing", "decisions", 31),
      ("t2.penalty", "decisions", 0), ("t2.coercion", "decisions", 0)}),
    ("全年制发行政规范性文件1件，现行有效的规范性文件共7件，作出行政处罚决定3件，未作出行政许可和行政强制决定。",
     {("t2.normdoc", "issued", 1), ("t2.normdoc", "in_force", 7), ("t2.penalty", "decisions", 3),
      ("t2.licensing", "decisions", 0), ("t2.coercion", "decisions", 0)}),
    ("未制发规范性文件，现行有效的规范性文件2件；没有作出行政许可、行政处罚决定。",
     {("t2.normdoc", "issued", 0), ("t2.normdoc", "in_force", 2), ("t2.licensing", "decisions", 0),
      ("t2.penalty", "decisions", 0)}),
])
def test_table_two_told_in_sentences(tmp_path, sentence, facts):
    assert _t2(tmp_path, sentence) == facts


@pytest.mark.parametrize("deny,unable", [
    ("不予公开（保护第三方合法权益）1", "无法提供（本机关不掌握相关政府信息）2"),
    ("不予公开(保护第三方合法权益) 1", "无法提供(本机关不掌握相关政府信息) 2"),
    ("不予公开（保护第三方合法权益）：1", "无法提供（本机关不掌握相关政府信息）：2"),
])
def test_a_group_head_naming_its_one_sub_row_in_brackets(tmp_path, deny, unable):
    lines = ["本年新收 自然人7 商业企业2 总计9", "上年结转 总计0", "予以公开 6", deny, unable, "总计 9",
             "结转下年度继续办理 0"]
    assert _t3(tmp_path, lines) == {
        ("requests.new", "natural_person", 7), ("requests.new", "org_business", 2), ("requests.new", "total", 9),
        ("requests.carried_in", "total", 0), ("requests.outcome", "granted", 6),
        ("requests.outcome", "deny.third_party", 1), ("requests.outcome", "unable.not_held", 2),
        ("requests.outcome", "total", 9), ("requests.carried_out", "total", 0)}
