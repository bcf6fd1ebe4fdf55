"""Round-16 table families, snippets written for these tests (several wordings per family, with
neighbours that must not change): table 二's procurement amount in 万元 stated by a note under the
table; table 二 told in prose (one count for the columns a clause lists, a decisions pair 均为 N,
a row whose counts each name their column); the 2014 statistics table's indicator lines with the
bracketed unit glued to the value; a refusal row naming its one reason in brackets; prose whose
sentences start like table rows (本年新收申请 / 上年结转 / 行政复议) making no template table."""
from __future__ import annotations

import pytest
from ogi.extract import extract
from ogi.read import read_document
from snippets import report_facts, table_triples

TITLE = "某某县某某局{year}年政府信息公开工作年度报告\n\n"
T2 = "二、主动公开政府信息情况\n"
T3 = "三、收到和处理政府信息公开申请情况\n本年度未收到申请。\n"


# table 三 as a grid: the report has template tables even when table 二 is told in prose
T3_GRID = ("三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n"
           "二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n")


def _t2(tmp_path, body: str, year: int = 2019, t3: str = T3) -> set:
    return table_triples(tmp_path, TITLE.format(year=year) + T2 + body + t3, ("t2.",))


def _t2_all(tmp_path, body: str, year: int = 2019) -> set:
    """Table 二 facts of any reader (a row or a sentence)."""
    facts = report_facts(tmp_path, TITLE.format(year=year) + T2 + body + T3)
    return {(f.measure, f.key, f.value) for f in facts if f.measure.startswith("t2.")}


# ------------------------------------------------------------------ procurement amount in 万元
ROWS_2019 = ["规章{s}0{s}0{s}0", "规范性文件{s}4{s}4{s}30", "行政许可{s}12{s}1{s}200",
             "行政事业性收费{s}3{s}0"]


@pytest.mark.parametrize("s,row", [("\t", "政府集中采购\t9\t352.6"), (" ", "政府集中采购 9 352.6"),
                                   (" | ", "| 政府集中采购 | 9 | 352.6 |")])
@pytest.mark.parametrize("note", ["注：政府集中采购总金额单位为万元。", "（采购总金额单位：万元）",
                                  "说明：采购金额以万元为单位。"])
def test_a_note_under_table_two_gives_the_procurement_amount_in_wan(tmp_path, s, row, note):
    rows = [r.format(s=s) for r in ROWS_2019]
    if s == " | ":
        rows = [f"| {r} |" for r in rows]
    found = _t2(tmp_path, "\n".join(rows) + "\n" + row + "\n" + note + "\n")
    assert ("t2.procurement", "amount", 3_526_000) in found
    assert ("t2.procurement", "projects", 9) in found


@pytest.mark.parametrize("note", ["", "注：表中数据截至12月31日。", "注：收费单位为元。"])
def test_without_a_wan_note_the_amount_stays_as_written(tmp_path, note):
    body = "\n".join(r.format(s="\t") for r in ROWS_2019) + "\n政府集中采购\t9\t352.6\n" + note + "\n"
    assert ("t2.procurement", "amount", 352.6) in _t2(tmp_path, body)


# ------------------------------------------------------------------ table 二 in prose
@pytest.mark.parametrize("sentence", [
    "规章和规范性文件本年新制作、新公开均为0件，对外公开规范性文件总数5件。",
    "规章、规范性文件本年度新制作和新公开数量均为0件；对外公开规范性文件总数量5件。",
    "规章与规范性文件新制作、新公开都是0件，对外公开规范性文件总数为5件。",
])
def test_one_count_for_the_listed_columns_of_both_rows(tmp_path, sentence):
    found = _t2_all(tmp_path, sentence + "\n")
    assert {("t2.rule", "made", 0), ("t2.rule", "published", 0), ("t2.normdoc", "made", 0),
            ("t2.normdoc", "published", 0), ("t2.normdoc", "total_published", 5)} <= found


@pytest.mark.parametrize("sentence", [
    "规范性文件本年新制作、废止均为0件。",          # columns of two layouts: no reading
    "规章和规范性文件的制作情况均为0件。",           # no column named
])
def test_a_listing_not_of_one_layout_says_nothing(tmp_path, sentence):
    found = _t2_all(tmp_path, sentence + "\n")
    assert not {f for f in found if f[0] in ("t2.rule", "t2.normdoc")}


@pytest.mark.parametrize("sentence", [
    "本单位未制发规范性文件，现行有效规范性文件3件；行政许可处理决定8件；行政处罚、行政强制均为0。",
    "本单位未制发规范性文件，现行有效规范性文件3件；作出行政许可决定8件，行政处罚和行政强制决定均为0件。",
    "本单位未制发规范性文件，现行有效规范性文件3件，行政许可决定8件，行政处罚与行政强制处理决定数量都是0。",
])
def test_a_pair_of_decision_rows_both_zero(tmp_path, sentence):
    found = _t2_all(tmp_path, sentence + "\n", year=2021)
    assert {("t2.licensing", "decisions", 8), ("t2.penalty", "decisions", 0),
            ("t2.coercion", "decisions", 0)} <= found


# a second row in the column words (上一年项目数量): the section reads as table 二
PENALTY = "\n行政处罚上一年项目数量2项，本年增减+1项，处理决定数量3件。\n"


@pytest.mark.parametrize("sentence,cells", [
    # 本年无增减 is the delta cell 0 (round 20; labels h36 lm01, h43 lt13)
    ("行政许可方面，上一年项目数量6项，本年无增减，全年作出处理决定41件。", {"prev_items": 6, "delta": 0, "decisions": 41}),
    ("行政许可上一年项目共6项，处理决定数量41件。", {"prev_items": 6, "decisions": 41}),
    ("行政许可：全年作出处理决定41件。", {"decisions": 41}),
])
def test_prose_counts_each_naming_its_column(tmp_path, sentence, cells):
    found = _t2(tmp_path, sentence + PENALTY, t3=T3_GRID)
    assert {f for f in found if f[0] == "t2.licensing"} == {("t2.licensing", k, v) for k, v in cells.items()}


@pytest.mark.parametrize("sentence", [
    "行政许可方面，办理事项6项，全年作出处理决定41件。",    # 6 names no column
    "行政许可处理决定6件，另有处理决定41件。",              # the same column twice
])
def test_prose_counts_not_each_naming_a_column_are_left(tmp_path, sentence):
    found = _t2(tmp_path, sentence + PENALTY, t3=T3_GRID)
    assert ("t2.penalty", "decisions", 3) in found
    assert not {f for f in found if f[0] == "t2.licensing"}


# ------------------------------------------------------------------ the 2014 table's indicator lines
STATS_2014 = """附表：政府信息公开情况统计表
主动公开政府信息数(条){u}312
其中：主动公开规范性文件数(条){u}4
政府网站公开政府信息数(条){u}280
政府公报公开政府信息数(条){u}0
收到申请数(件){u}9
当面申请数(件){u}0
网络申请数(件){u}9
同意公开答复数(件){u}7
行政复议数量(件){u}0
举报投诉数量(件){u}0
"""


@pytest.mark.parametrize("u", ["", " ", "：", "\t"])
def test_bracketed_unit_glued_to_the_value(tmp_path, u):
    text = TITLE.format(year=2017) + "一、概述\n本年度工作正常开展。\n" + STATS_2014.format(u=u)
    facts = report_facts(tmp_path, text)
    found = {(f.measure, f.key, f.value) for f in facts if f.source_frame == "stats_table"}
    assert {("proactive.channel", "ch_gazette", 0), ("requests.channel", "req_in_person", 0),
            ("complaints", "total", 0), ("requests.new", "total", 9), ("review", "total", 0)} <= found


# ------------------------------------------------------------------ a refusal row's bracketed reason
LOCAL = """附表
指标名称\t计量单位\t本年度\t累计
对申请的答复总数\t件\t9\t40
其中：同意公开\t件\t5\t30
{row}\t件\t2\t6
"""


@pytest.mark.parametrize("row,key", [("其中：免予公开范围（个人隐私）", "deny.privacy"),
                                     ("不予公开（涉及商业秘密）", "deny.trade_secret"),
                                     ("不予公开(国家秘密)", "deny.state_secret")])
def test_a_refusal_row_naming_one_reason_in_brackets(tmp_path, row, key):
    facts = report_facts(tmp_path, TITLE.format(year=2012) + LOCAL.format(row=row))
    found = {(f.measure, f.key, f.value, f.period) for f in facts if f.source_frame == "stats_table"}
    assert {("requests.outcome", key, 2, "annual"), ("requests.outcome", key, 6, "cumulative")} <= found


@pytest.mark.parametrize("row", ["不予公开（含国家秘密、个人隐私）", "不同意公开（商业秘密及个人隐私等）"])
def test_a_bracket_listing_reasons_keeps_the_refusal_total(tmp_path, row):
    facts = report_facts(tmp_path, TITLE.format(year=2012) + LOCAL.format(row=row))
    found = {(f.measure, f.key, f.value) for f in facts if f.source_frame == "stats_table"}
    assert ("requests.outcome", "deny.total", 2) in found


# ------------------------------------------------------------------ prose like table rows
PROSE = [
    "二、依申请公开情况\n本年新收申请6件，上年结转1件，均已办结。其中予以公开4件，部分公开2件。\n"
    "三、行政复议情况\n全年行政复议1件，复议维持。\n",
    "二、依申请公开\n本年新收申请3件，上年结转0件。予以公开3件。\n四、复议诉讼\n行政复议0件，行政诉讼1件。\n",
    "（二）依申请公开。本年新收政府信息公开申请5件，上年结转2件。办理结果：予以公开4件，部分公开1件。\n"
    "四、政府信息公开行政复议、行政诉讼情况\n被申请行政复议1件，结果纠正；未被提起行政诉讼。\n",
]


@pytest.mark.parametrize("year", [2017, 2018, 2020])
@pytest.mark.parametrize("body", PROSE)
def test_prose_sentences_make_no_blank_table_rows(tmp_path, body, year):
    path = tmp_path / "r.txt"
    path.write_text(TITLE.format(year=year) + "一、总体情况\n全年公开信息120条。\n" + body, encoding="utf-8")
    meta, facts = extract(read_document(path, path.name))
    assert not [f for f in facts if f.source_frame == "template_table"]
    assert meta.template == ("free_text" if year < 2019 else "template_2019")
    assert ("requests.new", "total") in {(f.measure, f.key) for f in facts}


@pytest.mark.parametrize("body", PROSE)
def test_a_table_two_grid_keeps_its_rows_beside_prose_requests(tmp_path, body):
    grid = T2 + "\n".join(r.format(s="\t") for r in ROWS_2019) + "\n政府集中采购\t2\t8000\n"
    facts = report_facts(tmp_path, TITLE.format(year=2020) + grid + body)
    table = {(f.measure, f.key, f.value) for f in facts if f.source_frame == "template_table"}
    assert ("t2.licensing", "decisions", 200) in table
    assert not [f for f in facts if f.extractor.startswith(("t3.", "t4.")) and f.value is None]
