"""Template tables as crawled grids write them, round 8: table-二 block captions that name the
row labels in their headers (行政事业性收费：上一年项目数量 …), so the label's first mention is
no row. Snippets written for these tests, each in several layouts, with neighbours that must
not change."""
from __future__ import annotations

import pytest
from ogi.extract import extract
from ogi.read import read_document

TITLE = "某某市某某局{year}年政府信息公开工作年度报告\n\n一、总体情况\n本局依法公开政府信息。\n"
T3_NONE = "三、收到和处理政府信息公开申请情况\n本年度未收到申请。\n四、政府信息公开行政复议、行政诉讼情况\n本年度无。\n"
CLOSE = "五、存在的主要问题及改进情况\n无。\n\n某某市某某局\n2021年1月20日\n"


def _facts(tmp_path, source: str, prefixes=("t2.", "fees")) -> set:
    path = tmp_path / "report.txt"
    path.write_text(source, encoding="utf-8")
    _, facts = extract(read_document(path, "report.txt"))
    return {(f.measure, f.key, f.value) for f in facts if f.measure.startswith(prefixes)}


# --- family 1: 2019 table 二 whose (八)(九) caption names the fee and procurement rows -------------

def _t2_2019(sep: str, fee: str, procurement: str, pipes: bool = False) -> str:
    def line(*cells: str) -> str:
        return ("| " + " | ".join(cells) + " |") if pipes else sep.join(cells)
    head = [sep.join(["第二十条第（一）项", "信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"]),
            sep.join(["第二十条第（五）（六）项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量"]),
            sep.join(["第二十条第（八）（九）项", "行政事业性收费：上一年项目数量",
                      "本年增/减；政府集中采购：采购项目数量", "采购总金额"])]
    rows = [line("规章", "0", "0", "1"), line("规范性文件", "4", "4", "33"),
            line("行政许可", "12", "+1", "240"), line("行政处罚", "3", "0", "18"),
            line("行政事业性收费", *fee.split()), line("政府集中采购", *procurement.split())]
    return TITLE.format(year=2020) + "二、主动公开政府信息情况\n" + "\n".join(head + rows) + "\n" + T3_NONE + CLOSE


BASE_2019 = {("t2.rule", "made", 0), ("t2.rule", "published", 0), ("t2.rule", "total_published", 1),
             ("t2.normdoc", "made", 4), ("t2.normdoc", "published", 4), ("t2.normdoc", "total_published", 33),
             ("t2.licensing", "prev_items", 12), ("t2.licensing", "delta", 1), ("t2.licensing", "decisions", 240),
             ("t2.penalty", "prev_items", 3), ("t2.penalty", "delta", 0), ("t2.penalty", "decisions", 18)}


@pytest.mark.parametrize("sep,pipes", [("\t", False), ("  ", False), (" | ", True)])
@pytest.mark.parametrize("fee,procurement,want", [
    ("9 -1", "21 4518300元", {("t2.fee", "prev_items", 9), ("t2.fee", "delta", -1),
                              ("t2.procurement", "projects", 21), ("t2.procurement", "amount", 4518300)}),
    ("0 0", "5 86.25万元", {("t2.fee", "prev_items", 0), ("t2.fee", "delta", 0),
                           ("t2.procurement", "projects", 5), ("t2.procurement", "amount", 862500)}),
])
def test_table_two_2019_caption_naming_fee_and_procurement_rows_is_no_row(tmp_path, sep, pipes, fee,
                                                                           procurement, want):
    # (prose still reads the double-spaced amount as a 收费 after '行政事业性收费  0  0': not this module's)
    got = _facts(tmp_path, _t2_2019(sep, fee, procurement, pipes), prefixes=("t2.",))
    assert got == BASE_2019 | want


def test_table_two_2019_caption_naming_rows_without_rows_reads_nothing_for_them(tmp_path):
    source = _t2_2019("\t", "x", "x").replace("行政事业性收费\tx\n", "").replace("政府集中采购\tx\n", "")
    assert _facts(tmp_path, source) == BASE_2019


# --- family 2: 2021 table 二 without its column header, rows straight after the 第二十条 captions ----

E3_ROWS = [("第二十条第（一）项", [("规章", "0 1 3"), ("行政规范性文件", "5 2 47")]),
           ("第二十条第（五）项", [("行政许可", "1,204")]),
           ("第二十条第（六）项", [("行政处罚", "362"), ("行政强制", "9")]),
           ("第二十条第（八）项", [("行政事业性收费", "27.5")])]
E3_WANT = {("t2.rule", "issued", 0), ("t2.rule", "repealed", 1), ("t2.rule", "in_force", 3),
           ("t2.normdoc", "issued", 5), ("t2.normdoc", "repealed", 2), ("t2.normdoc", "in_force", 47),
           ("t2.licensing", "decisions", 1204), ("t2.penalty", "decisions", 362),
           ("t2.coercion", "decisions", 9), ("t2.fee", "amount", 275000)}   # 万元 in the 2021 layout


def _e3_headless(layout: str) -> str:
    if layout == "one_line":
        body = " ".join(c + " " + " ".join(f"{label} {cells}" for label, cells in rows) for c, rows in E3_ROWS)
    elif layout == "line_per_block":
        body = "\n".join(c + " " + " ".join(f"{label} {cells}" for label, cells in rows) for c, rows in E3_ROWS)
    elif layout == "tabs":
        body = "\n".join(c + " " + " ".join(label + "\t" + cells.replace(" ", "\t") for label, cells in rows)
                         for c, rows in E3_ROWS)
    elif layout == "pipes":
        body = "\n".join("| " + c + " | " + " | ".join(f"{label} | " + cells.replace(" ", " | ")
                                                       for label, cells in rows) + " |" for c, rows in E3_ROWS)
    else:   # one cell a line
        body = "\n".join(c + "\n" + "\n".join(label + "\n" + cells.replace(" ", "\n") for label, cells in rows)
                         for c, rows in E3_ROWS)
    return TITLE.format(year=2022) + "二、主动公开政府信息情况\n" + body + "\n" + T3_NONE + CLOSE


@pytest.mark.parametrize("layout", ["one_line", "line_per_block", "tabs", "pipes", "cell_per_line"])
def test_table_two_2021_rows_right_after_their_captions_are_read_without_a_header(tmp_path, layout):
    assert _facts(tmp_path, _e3_headless(layout), prefixes=("t2.",)) == E3_WANT


@pytest.mark.parametrize("sentence", [
    "按照《条例》第二十条第（一）项的规定，本年制发规章0件、行政规范性文件5件。",
    "依据第二十条第（一）项，规章和行政规范性文件均已公开，共计47件。",
    "第二十条第（一）项规定的规章 由市政府公开，本局无。",
])
def test_a_sentence_quoting_the_caption_is_no_headless_table_two(tmp_path, sentence):
    source = TITLE.format(year=2022) + "二、主动公开政府信息情况\n" + sentence + "\n" + T3_NONE + CLOSE
    got = _facts(tmp_path, source, prefixes=("t2.",))
    assert not {f for f in got if f[1] in ("repealed", "in_force")}


# --- family 3: table 三 header flattened with its note and 申请人情况 cells, rows two to a line -------

T3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
APPLICANTS = ("natural_person", "org_business", "org_research", "org_public_interest", "org_legal_service",
              "org_other", "total")


def _t3_flat(header: str, rows: list[list[str]]) -> str:
    body = "\n".join("\t".join(r) for r in rows)
    return (TITLE.format(year=2022) + "三、收到和处理政府信息公开申请情况\n" + header + "\n" + body + "\n"
            "四、政府信息公开行政复议、行政诉讼情况\n本年度无。\n" + CLOSE)


NEW = ["一、本年新收政府信息公开申请数量", "40", "3", "0", "1", "5", "2", "51"]
CARRIED = ["二、上年结转政府信息公开申请数量", "2", "0", "0", "0", "1", "0", "3"]
GRANTED = ["三、本年度办理结果", "（一）予以公开", "30", "2", "0", "1", "4", "2", "39"]
TOTAL = ["（七）总计", "38", "3", "0", "1", "5", "2", "49"]
CARRIED_OUT = ["四、结转下年度继续办理", "4", "0", "0", "0", "1", "0", "5"]


def _t3_want() -> set:
    """The applicant columns of 新收; the 总计 column of the other rows (the project's convention)."""
    return ({("requests.new", k, float(v)) for k, v in zip(APPLICANTS, NEW[1:])}
            | {("requests.carried_in", "total", 3.0), ("requests.outcome", "granted", 39.0),
               ("requests.outcome", "total", 49.0), ("requests.carried_out", "total", 5.0)})


def _t3_facts(tmp_path, source: str) -> set:
    path = tmp_path / "report.txt"
    path.write_text(source, encoding="utf-8")
    _, facts = extract(read_document(path, "report.txt"))
    return {(f.measure, f.key, f.value) for f in facts
            if f.source_frame == "template_table" and f.measure.startswith("requests.")}


@pytest.mark.parametrize("header", [
    T3_NOTE + "\t申请人情况\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计",
    T3_NOTE + "\t申请人情况\t自然人\t法人或其他组织\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计",
])
@pytest.mark.parametrize("rows", [
    "pairs",   # two rows to a line, as a converter flattened them
    "one",     # a row a line
])
def test_table_three_rows_after_a_flattened_header_are_read_in_order(tmp_path, header, rows):
    lines = ([NEW + CARRIED, GRANTED, TOTAL + CARRIED_OUT] if rows == "pairs"
             else [NEW, CARRIED, GRANTED, TOTAL, CARRIED_OUT])
    assert _t3_facts(tmp_path, _t3_flat(header, lines)) == _t3_want()


def test_table_three_grid_rows_with_a_blank_colspan_cell_keep_the_header_columns(tmp_path):
    # a structured reader expands the label's colspan into a blank cell: the header's grid holds
    header = T3_NOTE + "\t\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计"
    lines = [NEW[:1] + [""] + NEW[1:], CARRIED[:1] + [""] + CARRIED[1:], GRANTED,
             TOTAL[:1] + [""] + TOTAL[1:], CARRIED_OUT[:1] + [""] + CARRIED_OUT[1:]]
    assert _t3_facts(tmp_path, _t3_flat(header, lines)) == _t3_want()


# --- family 4: table 三 in space-separated cells, sub-rows filling only their 总计 column ------------

def _spaced(sep: str, lead: str = "") -> str:
    """Rows of cells separated by `sep`; a blank cell is an empty cell between two separators,
    so a sub-row with only its 总计 reads 'label' + 7 separators + number. Two rows to a line."""
    def row(label: str, cells: list[str]) -> str:
        return label + "".join(sep + c for c in cells)

    def total_only(label: str, v: str) -> str:
        return row(label, [""] * 6 + [v])
    lines = [
        row("一、本年新收政府信息公开申请数量", NEW[1:]) + sep + row("二、上年结转政府信息公开申请数量", CARRIED[1:]),
        "三、本年度办理结果" + sep + row("（一）予以公开", GRANTED[2:]),
        "（三）不予公开" + sep + total_only("1.属于国家秘密", "0") + sep + total_only("4.保护第三方合法权益", "3"),
        "（四）无法提供" + sep + total_only(lead + "1.本机关不掌握相关政府信息", "6")
        + sep + total_only("3.补正后申请内容仍不明确", "1"),
        row("（七）总计", TOTAL[1:]) + sep + row("四、结转下年度继续办理", CARRIED_OUT[1:]),
    ]
    header = sep.join([T3_NOTE, "申请人情况", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"])
    return _t3_flat(header, []).replace(header + "\n\n", header + "\n" + "\n".join(lines) + "\n")


SPACED_SUBROWS = {("requests.outcome", "deny.state_secret", 0.0), ("requests.outcome", "deny.third_party", 3.0),
                  ("requests.outcome", "unable.not_held", 6.0), ("requests.outcome", "unable.unclear", 1.0)}


@pytest.mark.parametrize("sep", ["  ", "   ", "    "])
def test_table_three_spaced_sub_rows_with_only_a_total_are_read_as_the_total(tmp_path, sep):
    assert _t3_facts(tmp_path, _spaced(sep)) == _t3_want() | SPACED_SUBROWS


def test_table_three_spaced_sub_row_whose_gap_is_no_whole_number_of_cells_stays_unread(tmp_path):
    # one space more before the number: which column holds it is unknown
    source = _spaced("  ").replace("1.属于国家秘密" + "  " * 7 + "0", "1.属于国家秘密" + "  " * 7 + " 0")
    got = _t3_facts(tmp_path, source)
    assert ("requests.outcome", "deny.state_secret", 0.0) not in got
    assert got >= _t3_want()


def test_table_three_spaced_sub_row_filling_a_first_column_is_no_total(tmp_path):
    # the number sits one separator after the label: the 自然人 column, not 总计
    source = _spaced("  ").replace("1.属于国家秘密" + "  " * 7 + "0", "1.属于国家秘密" + "  " + "2" + "  " * 6)
    got = _t3_facts(tmp_path, source)
    assert not {f for f in got if f[1] == "deny.state_secret" and f[2] is not None}


# --- family 5: a pre-2014 local statistics table's 其中 row naming a category of its disclosures ------

def _local_table(sub_row: str) -> str:
    return ("某某市某某局2012年政府信息公开工作年度报告\n\n一、主动公开情况\n本局依法主动公开政府信息。\n"
            "附表：某某市某某局政府信息公开情况统计表\n"
            "指标 单位 本年度 累计\n"
            "主动公开信息数 条 520 3,140\n"
            f"{sub_row}\n"
            "政府网站公开数 条 520 3,140\n"
            "依申请公开申请数 件 12 57\n"
            "行政复议数 件 0 1\n"
            "某某市某某局\n2013年2月1日\n")


LOCAL_BASE = {("proactive", "total", 520.0, "annual"), ("proactive", "total", 3140.0, "cumulative"),
              ("proactive.channel", "ch_website", 520.0, "annual"),
              ("proactive.channel", "ch_website", 3140.0, "cumulative"),
              ("requests.new", "total", 12.0, "annual"), ("requests.new", "total", 57.0, "cumulative"),
              ("review", "total", 0.0, "annual"), ("review", "total", 1.0, "cumulative")}


def _stats(tmp_path, source: str) -> set:
    path = tmp_path / "report.txt"
    path.write_text(source, encoding="utf-8")
    _, facts = extract(read_document(path, "report.txt"))
    return {(f.measure, f.key, f.value, f.period) for f in facts if f.source_frame == "stats_table"}


@pytest.mark.parametrize("sub_row,key", [
    ("其中：政府文件 条 85 640", "cat_policy"),
    ("其中:政策文件 条 85 640", "cat_policy"),
    ("其中：人事任免信息 条 85 640", "cat_personnel"),
    ("其中：公示公告类 条 85 640", "cat_notice"),
])
def test_a_local_table_qizhong_row_naming_a_category_is_that_category(tmp_path, sub_row, key):
    want = {("proactive.category", key, 85.0, "annual"), ("proactive.category", key, 640.0, "cumulative")}
    assert _stats(tmp_path, _local_table(sub_row)) == LOCAL_BASE | want


@pytest.mark.parametrize("sub_row", [
    "其中：全文电子化信息数 条 85 640",   # a subset with no category
    "政府文件 条 85 640",                 # no 其中: not told to be a part of the disclosures
    "其中：政府文件解读 条 85 640",       # more than the category's name
])
def test_a_local_table_row_not_naming_a_category_under_qizhong_is_no_category(tmp_path, sub_row):
    got = _stats(tmp_path, _local_table(sub_row))
    assert not {f for f in got if f[0] == "proactive.category"}
