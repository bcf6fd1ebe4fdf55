"""Statistics and template tables as the fourth and fifth provinces' converters damage them:
snippets written for these tests (never copied from a fixture), each family in several wordings
and with neighbours that must not change, asserting exact fact sets."""
from __future__ import annotations

import pytest
from ogi.extract import extract
from ogi.model import Document
from ogi.normalise import normalise
from ogi.read import read_document

TITLE = "某某县某某局{year}年政府信息公开工作年度报告\n\n"


def _run(text: str):
    return extract(Document("t.txt", "t", "txt", normalise(text), text))


def _read(tmp_path, source: str):
    path = tmp_path / "report.txt"
    path.write_text(source, encoding="utf-8")
    doc = read_document(path, "report.txt")
    return extract(doc)


def triples(facts, frame: str) -> set[tuple[str, str, float]]:
    return {(f.measure, f.key, f.value) for f in facts if f.source_frame == frame}


# --- a 2014 statistics table written as one indicator line per row -----------------------------
# (指标（单位）：值; the table's grid and header lost, rows in any order, some missing)

INDICATOR_LINES = [
    ("一、主动公开情况", None, None),
    ("主动公开政府信息数", "条", "415"),
    ("政府网站公开政府信息数", "条", "390"),
    ("政务微信公开政府信息数", "条", "61"),
    ("二、回应解读情况", None, None),
    ("政策解读稿件发布数", "篇", "7"),
    ("三、依申请公开情况", None, None),
    ("网络申请数", "件", "5"),
    ("收到申请数", "件", "8"),
    ("当面申请数", "件", "3"),
    ("申请答复数", "件", "8"),
    ("同意公开答复数", "件", "6"),
    ("申请信息不存在数", "件", "2"),
    ("四、行政复议数量", "件", "1"),
    ("七、依申请公开信息收取的费用", "万元", "0"),
    ("八、机构建设和保障经费情况", None, None),
    ("设置政府信息公开查阅点数", "个", "4"),
    ("网上咨询数", "人次", "12"),
    ("接受培训人员数", "人次", "36"),
]
INDICATOR_FACTS = {
    ("proactive", "total", 415), ("proactive.channel", "ch_website", 390),
    ("proactive.channel", "ch_wechat", 61), ("requests.channel", "req_online", 5),
    ("requests.new", "total", 8), ("requests.channel", "req_in_person", 3),
    ("requests.outcome", "total", 8), ("requests.outcome", "granted", 6),
    ("requests.outcome", "unable.not_exist", 2), ("review", "total", 1), ("fees", "charged", 0),
}


def _indicator_lines(line: str, drop_first: bool = False) -> str:
    rows = []
    for label, unit, value in INDICATOR_LINES:
        if drop_first and label == "主动公开政府信息数":
            continue
        rows.append(label if unit is None else line.format(label=label, unit=unit, value=value))
    return (TITLE.format(year=2015) + "2015年我局主动公开政府信息415条，全县新增就业2,310人。\n\n"
            "附件：政府信息公开情况统计表（2015年度）\n" + "\n".join(rows) + "\n\n某某县某某局\n2016年3月1日\n")


@pytest.mark.parametrize("line", [
    "{label}（{unit}）：{value}",        # full-width brackets and colon
    "{label}({unit}): {value}",          # half-width, a space after the colon
    "{label}（{unit}）\t{value}",         # a tab between the two cells
    "{label}：{value}{unit}",             # the unit after the value
])
def test_indicator_lines_of_a_statistics_table_are_read_by_their_row_names(line):
    meta, facts = _run(_indicator_lines(line))
    assert meta.template == "stats_table_2014"
    assert triples(facts, "stats_table") == INDICATOR_FACTS


def test_indicator_lines_without_the_tables_first_row_start_at_its_title():
    meta, facts = _run(_indicator_lines("{label}（{unit}）：{value}", drop_first=True))
    assert meta.template == "stats_table_2014"
    assert triples(facts, "stats_table") == INDICATOR_FACTS - {("proactive", "total", 415)}


def test_indicator_lines_without_units_take_the_rows_own():
    """申请答复数：8 — counts of a row that writes no unit; money without its unit is not read."""
    text = _indicator_lines("{label}（{unit}）：{value}").replace("（件）：", "：").replace("（条）：", "：")
    text = text.replace("（万元）：0", "：3")
    meta, facts = _run(text)
    assert meta.template == "stats_table_2014"
    assert triples(facts, "stats_table") == INDICATOR_FACTS - {("fees", "charged", 0)}


def test_enquiries_are_no_requests_whatever_their_unit():
    text = _indicator_lines("{label}：{value}").replace("网上咨询数：12", "网上咨询数：12件")
    meta, facts = _run(text)
    assert meta.template == "stats_table_2014"
    assert triples(facts, "stats_table") == INDICATOR_FACTS - {("fees", "charged", 0)}


def test_a_few_indicator_lines_in_prose_are_no_table():
    text = (TITLE.format(year=2016) + "一、主动公开情况\n主动公开政府信息数（条）：120\n"
            "二、依申请公开情况\n收到申请数（件）：2，均已答复。\n")
    meta, facts = _run(text)
    assert meta.template == "free_text"
    assert not [f for f in facts if f.source_frame == "stats_table"]


# --- table 二 whose captions and column header were lost: its rows, in the report year's layout ---

T2_ROWS_ONLY = {
    "tabs": "规章\t0\t0\t1\n行政规范性文件\t2\t0\t9\n行政许可\t48\t\t\n行政处罚\t6\t\t\n行政强制\t0\t\t\n行政事业性收费\t\t\t\n",
    "pipes": ("| 规章 | 0 | 0 | 1 |\n| 行政规范性文件 | 2 | 0 | 9 |\n| 行政许可 | 48 | | |\n| 行政处罚 | 6 | | |\n"
              "| 行政强制 | 0 | | |\n| 行政事业性收费 | | | |\n"),
    "spaces": "规章 0 0 1\n行政规范性文件 2 0 9\n行政许可 48\n行政处罚 6\n行政强制 0\n",
}
T2_ROWS_FACTS = {("t2.rule", "issued", 0), ("t2.rule", "repealed", 0), ("t2.rule", "in_force", 1),
                 ("t2.normdoc", "issued", 2), ("t2.normdoc", "repealed", 0), ("t2.normdoc", "in_force", 9),
                 ("t2.licensing", "decisions", 48), ("t2.penalty", "decisions", 6),
                 ("t2.coercion", "decisions", 0)}
T3_SHORT = ("三、收到和处理政府信息公开申请情况\n"
            "| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n"
            "| 一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"
            "| （一）予以公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"
            "| （七）总计 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n\n")


@pytest.mark.parametrize("shape", list(T2_ROWS_ONLY))
@pytest.mark.parametrize("year", [2022, 2025])
def test_table_two_rows_without_captions_or_header_take_the_report_years_layout(tmp_path, shape, year):
    source = (TITLE.format(year=year) + "一、总体情况\n全年主动公开政府信息120条。\n\n二、主动公开政府信息情况\n"
              + T2_ROWS_ONLY[shape] + "\n" + T3_SHORT + "四、政府信息公开行政复议、行政诉讼情况\n本年度无。\n")
    meta, facts = _read(tmp_path, source)
    assert meta.template == "template_2021"
    assert {t for t in triples(facts, "template_table") if t[0].startswith("t2.")} == T2_ROWS_FACTS


def test_a_lone_block_caption_with_a_header_the_layouts_share_is_read_in_the_years_layout(tmp_path):
    source = (TITLE.format(year=2023) + "二、主动公开政府信息情况\n| 第二十条第（六）项 | |\n"
              "| 信息内容 | 本年处理决定数量 |\n| 行政处罚 | 215 |\n\n四、政府信息公开行政复议、行政诉讼情况\n本年度无。\n")
    meta, facts = _read(tmp_path, source)
    assert meta.template == "template_2021"
    assert {t for t in triples(facts, "template_table") if t[0].startswith("t2.")} == {
        ("t2.penalty", "decisions", 215)}


@pytest.mark.parametrize("prose", [
    "二、主动公开政府信息情况\n本年度制发规章0件，行政规范性文件2件。\n行政许可 办理48件。\n",
    "二、主动公开政府信息情况\n全年作出行政处罚6起、行政强制0起，行政许可48件。\n",
    "二、主动公开政府信息情况\n行政许可\n本年度共办理行政许可事项48项。\n",
])
def test_table_two_words_in_prose_under_the_heading_are_no_table(prose):
    meta, facts = _run(TITLE.format(year=2022) + prose + "三、其他\n无。\n")
    assert not [f for f in facts if f.measure.startswith("t2.")]
    assert meta.template == "template_2021"     # no table: the report's era, as before


# --- table 三 whose (六) rows tell no layout: the report year's ------------------------------------

def _t3_with_six(six: str, year: int) -> str:
    return (TITLE.format(year=year) + "三、收到和处理政府信息公开申请情况\n"
            "一、本年新收政府信息公开申请数量\t\t\t\t\t\t\t5\n"
            "二、上年结转政府信息公开申请数量\t\t\t\t\t\t\t0\n"
            "（一）予以公开\t\t\t\t\t\t\t3\n" + six +
            "（七）总计\t\t\t\t\t\t\t5\n四、结转下年度继续办理\t\t\t\t\t\t\t0\n\n"
            "四、政府信息公开行政复议、行政诉讼情况\n本年度无。\n")


@pytest.mark.parametrize("six", [
    "（六）其他处理\t\t\t\t\t\t\t\n3.其他\t\t\t\t\t\t\t2\n",    # the (六) heading row, then its third sub-row
    "3.其他\t\t\t\t\t\t\t2\n",                             # the sub-row alone
    "3、其他\t\t\t\t\t\t\t2\n",
])
def test_the_third_other_row_of_a_2021_table_is_read_in_a_later_report(six):
    meta, facts = _run(_t3_with_six(six, 2023))
    assert meta.template == "template_2021"
    outcome = {(k, v) for m, k, v in triples(facts, "template_table") if m == "requests.outcome"}
    assert outcome == {("granted", 3), ("other.other", 2), ("total", 5)}


def test_a_2019_other_row_with_its_own_cells_keeps_the_2019_layout_in_a_later_report():
    meta, facts = _run(_t3_with_six("（六）其他处理\t\t\t\t\t\t\t2\n", 2022))
    assert meta.template == "template_2019"
    outcome = {(k, v) for m, k, v in triples(facts, "template_table") if m == "requests.outcome"}
    assert outcome == {("granted", 3), ("other", 2), ("total", 5)}


def test_an_abridged_table_three_of_a_2020_report_stays_2019():
    meta, facts = _run(_t3_with_six("", 2020))
    assert meta.template == "template_2019"


# --- table 三 rows whose group label took a cell of the grid ----------------------------------------

T3_GROUP_LABELS = ("三、收到和处理政府信息公开申请情况\n"
                   "| 一、本年新收政府信息公开申请数量 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |\n"
                   "| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
                   "| 三、本年度办理结果 | （一）予以公开 | 2 | | | | | 2 |\n"
                   "| （二）部分公开（区分处理的，只计这一情形，不计其他情形） | | | | | | | |\n"
                   "| （三）不予公开 | 1.属于国家秘密 | | | | | | |\n"
                   "| （四）无法提供 | 1.本机关不掌握相关政府信息 | | 1 | | | | 1 |\n"
                   "| （五）不予处理 | 1.信访举报投诉类申请 | 1 | | | | | |\n"
                   "| （六）其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | | | | | | |\n"
                   "| （七）总计 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |\n"
                   "| 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n\n"
                   "四、政府信息公开行政复议、行政诉讼情况\n本年度无。\n")


def test_a_row_whose_group_label_took_a_cell_keeps_its_total_column(tmp_path):
    _, facts = _read(tmp_path, TITLE.format(year=2021) + T3_GROUP_LABELS)
    outcome = {(f.key, f.value, f.flag) for f in facts if f.measure == "requests.outcome"}
    # 信访 row: a figure but a blank 总计 — which column it is in is unknown: flagged, no value
    assert outcome == {("granted", 2, ""), ("unable.not_held", 1, ""), ("total", 4, ""),
                       ("reject.petition", None, "blank_cell_unplaced")}
    displaced = [f for f in facts if f.measure == "t3.cell" and f.key.startswith(("granted.", "unable.not_held."))]
    assert {(f.value, f.flag) for f in displaced} == {(None, "blank_cell_unplaced")} and len(displaced) == 12


# --- dashes in table 三 are null even where the row's total would prove a blank zero --------------

@pytest.mark.parametrize("mark", ["—", "/", "-"])
def test_dash_cells_of_a_row_that_adds_up_stay_null(tmp_path, mark):
    row = f"| 一、本年新收政府信息公开申请数量 | 5 | 2 | {mark} | {mark} | 1 | {mark} | 8 |\n"
    source = (TITLE.format(year=2022) + "三、收到和处理政府信息公开申请情况\n"
              "| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n" + row
              + "| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
              + "| （七）总计 | 5 | 2 | | | 1 | | 8 |\n\n四、政府信息公开行政复议、行政诉讼情况\n本年度无。\n")
    _, facts = _read(tmp_path, source)
    new = {(f.key, f.value, f.flag) for f in facts if f.measure == "requests.new"}
    assert new == {("natural_person", 5, ""), ("org_business", 2, ""), ("org_legal_service", 1, ""), ("total", 8, "")}
    # the same row left empty: its total proves the empty cells 0 (flagged), as before
    total_row = {(f.key, f.value, f.flag) for f in facts if f.measure == "t3.cell" and f.key.startswith("outcome_total.")}
    assert {k for k, v, flag in total_row if flag == "blank_as_zero" and v == 0} == {
        "outcome_total.org_research", "outcome_total.org_public_interest", "outcome_total.org_other"}


def test_table_two_rows_without_header_in_a_2020_report_take_the_2019_layout():
    rows = "规章\t0\t0\t3\n规范性文件\t2\t2\t11\n行政许可\t40\t-2\t96\n行政处罚\t5\t0\t17\n"
    meta, facts = _run(TITLE.format(year=2020) + "二、主动公开政府信息情况\n" + rows
                       + "\n三、收到和处理政府信息公开申请情况\n本年度未收到申请。\n")
    assert meta.template == "template_2019"
    assert {t for t in triples(facts, "template_table") if t[0].startswith("t2.")} == {
        ("t2.rule", "made", 0), ("t2.rule", "published", 0), ("t2.rule", "total_published", 3),
        ("t2.normdoc", "made", 2), ("t2.normdoc", "published", 2), ("t2.normdoc", "total_published", 11),
        ("t2.licensing", "prev_items", 40), ("t2.licensing", "delta", -2), ("t2.licensing", "decisions", 96),
        ("t2.penalty", "prev_items", 5), ("t2.penalty", "delta", 0), ("t2.penalty", "decisions", 17)}


# --- (holdout5) a 2021 table 二 written as text closing the report: the signature's date after
# its last row is no cell of that row; the row's own line holds its cells ----------------------

T2_TEXT_2021 = ("二、主动公开政府信息情况\n第二十条第（一）项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n"
                "规章 0 0 2\n行政规范性文件 5 1 30\n第二十条第（六）项\n行政处罚 410\n")


@pytest.mark.parametrize("fee_line, amount", [
    ("行政事业性收费 本年收费金额（单位：万元） 118.6", 1_186_000),
    ("行政事业性收费 本年收费金额(万元) 42", 420_000),
    ("行政事业性收费 本年收费金额（单位：万元） 0", 0),
])
def test_a_closing_text_fee_row_stops_at_its_line(fee_line, amount):
    text = (TITLE.format(year=2022) + T2_TEXT_2021 + "第二十条第（八）项\n" + fee_line
            + "\n\n某某县某某局\n2023年1月20日\n")
    _, facts = _run(text)
    assert {t for t in triples(facts, "template_table") if t[0].startswith("t2.")} == {
        ("t2.rule", "issued", 0), ("t2.rule", "repealed", 0), ("t2.rule", "in_force", 2),
        ("t2.normdoc", "issued", 5), ("t2.normdoc", "repealed", 1), ("t2.normdoc", "in_force", 30),
        ("t2.penalty", "decisions", 410), ("t2.fee", "amount", amount)}


def test_a_fee_row_line_holding_more_numbers_than_its_cells_stays_unread():
    # (two numbers on the fee row's line: which one is the amount is not told)
    text = (TITLE.format(year=2022) + T2_TEXT_2021 + "第二十条第（八）项\n行政事业性收费 本年收费金额（单位：万元） 12 3\n"
            "\n某某县某某局\n2023年1月20日\n")
    _, facts = _run(text)
    assert not [f for f in facts if f.measure == "t2.fee"]


# --- (holdout7) table 三 written with spaces whose rows hold a dash cell: the dash is a blank cell
# (no fact, never a zero), so the row keeps its seven cells and its total column -------------------

def _t3_spaced(mark: str, year: int = 2023) -> str:
    return (TITLE.format(year=year) + "三、收到和处理政府信息公开申请情况\n"
            f"一、本年新收政府信息公开申请数量 12 3 1 0 {mark} 0 16\n"
            f"二、上年结转政府信息公开申请数量 2 0 0 0 {mark} 0 2\n"
            f"（一）予以公开 6 1 0 0 {mark} 0 7\n"
            f"（四）无法提供 1.本机关不掌握相关政府信息 5 2 1 0 {mark} 0 8\n"
            f"（七）总计 11 3 1 0 {mark} 0 15\n"
            f"四、结转下年度继续办理 3 0 0 0 {mark} 0 3\n\n"
            "四、政府信息公开行政复议、行政诉讼情况\n本年度无。\n")


T3_SPACED_FACTS = {
    ("requests.new", "natural_person", 12), ("requests.new", "org_business", 3),
    ("requests.new", "org_research", 1), ("requests.new", "org_public_interest", 0),
    ("requests.new", "org_other", 0), ("requests.new", "total", 16),
    ("requests.carried_in", "total", 2), ("requests.outcome", "granted", 7),
    ("requests.outcome", "unable.not_held", 8), ("requests.outcome", "total", 15),
    ("requests.carried_out", "total", 3)}


@pytest.mark.parametrize("mark", ["—", "/", "－"])
def test_a_spaced_table_three_row_with_a_dash_cell_keeps_its_width(mark):
    _, facts = _run(_t3_spaced(mark))
    assert {t for t in triples(facts, "template_table") if not t[0].startswith("t3.")} == T3_SPACED_FACTS
    dashed = [f for f in facts if f.measure == "t3.cell" and f.key.endswith(".org_legal_service")]
    assert dashed == []   # a blank cell, no fact


def test_a_spaced_row_with_a_dash_but_too_few_cells_stays_unread():
    # three cells on a seven-cell row: which columns they are in is not told
    _, facts = _run(_t3_spaced("—").replace("（一）予以公开 6 1 0 0 — 0 7", "（一）予以公开 6 — 7"))
    granted = {(f.key, f.value, f.flag) for f in facts if "granted" in f.key}
    assert {(v, flag) for _, v, flag in granted} == {(None, "no_valid_split")} and len(granted) == 7


# --- (holdout7) table 三 rows whose numbering was lost: a bare 其他 is the third (六) sub-row,
# a bare 总计 the (七) row; the header's 其他/总计 and prose opening with 总计 are no rows --------------

def _t3_bare(sep: str, other: str | None, total: str | None) -> str:
    def row(label, cells):
        return label + sep + sep.join(cells.split()) + "\n"
    return (TITLE.format(year=2023) + "三、收到和处理政府信息公开申请情况\n"
            + sep.join(["申请人情况", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"])
            + "\n" + row("本年新收政府信息公开申请数量", "9 1 0 0 0 0 10")
            + row("上年结转政府信息公开申请数量", "1 0 0 0 0 0 1") + row("予以公开", "4 1 0 0 0 0 5")
            + row("本机关不掌握相关政府信息", "3 0 0 0 0 0 3")
            + (row("其他", "2 0 0 0 0 0 2") if other is None else other)
            + (row("总计", "9 1 0 0 0 0 10") if total is None else total)
            + row("结转下年度继续办理", "1 0 0 0 0 0 1")
            + "\n四、政府信息公开行政复议、行政诉讼情况\n本年度无。\n")


def _outcome(text: str) -> set:
    meta, facts = _run(text)
    assert meta.template == "template_2021"
    return {(k, v) for m, k, v in triples(facts, "template_table") if m == "requests.outcome"}


@pytest.mark.parametrize("sep", ["\t", " ", " | "])
def test_bare_other_and_total_rows_of_a_2021_table_three(sep):
    assert _outcome(_t3_bare(sep, None, None)) == {
        ("granted", 5), ("unable.not_held", 3), ("other.other", 2), ("total", 10)}


@pytest.mark.parametrize("other, total", [
    ("其他情况说明：无\n", "总计收到申请10件\n"),   # words, no cells
    ("其他\n", "总计\n"),                          # a header written one word a line
    ("其他处理\t2\t0\t0\t0\t0\t0\t2\n", "合计 两件\n"),   # the (六) heading's words, no bare 其他
])
def test_words_opening_a_line_without_cells_are_no_bare_rows(other, total):
    assert ("other.other", 2) not in _outcome(_t3_bare("\t", other, total))
    assert ("total", 10) not in _outcome(_t3_bare("\t", other, total))


# --- (holdout12) table 三 rows that fill only the 总计 column, in a Markdown table a converter
# left on one line: the pipes still mark every cell, so a written total (0 too) is a fact and
# the blank applicant cells stay no facts; a row whose total is the blank stays unread ---------

T3_HEAD = ["申请人情况", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
TOTAL_ONLY_ROWS = [
    ("一、本年新收政府信息公开申请数量", "2 1 0 0 0 0 3"), ("二、上年结转政府信息公开申请数量", "_ _ _ _ _ _ 0"),
    ("（一）予以公开", "_ _ _ _ _ _ 2"), ("1.属于国家秘密", "_ _ _ _ _ _ 0"),
    ("2.其他法律行政法规禁止公开", "_ _ _ _ _ _ 0"), ("1.本机关不掌握相关政府信息", "_ _ _ _ _ _ 1"),
    ("2.重复申请", "1 0 0 0 0 0 _"),   # trap: its total is the blank cell
    ("（七）总计", "_ _ _ _ _ _ 3"), ("四、结转下年度继续办理", "_ _ _ _ _ _ 0")]


def _total_only_table(layout: str) -> str:
    def cells(c):
        return ["" if x == "_" else x for x in c.split()]
    if layout == "pipe_one_line":
        return ("| " + " | ".join(T3_HEAD) + " |\n"
                + " ".join("| " + " | ".join([label, *cells(c)]) + " |" for label, c in TOTAL_ONLY_ROWS) + "\n")
    if layout == "pipe_one_line_tight":
        return "".join("|" + "|".join([label, *cells(c)]) + "|" for label, c in TOTAL_ONLY_ROWS) + "\n"
    if layout == "pipe_lines":
        return "".join("| " + " | ".join([label, *cells(c)]) + " |\n" for label, c in TOTAL_ONLY_ROWS)
    if layout == "tab":
        return "\t".join(T3_HEAD) + "\n" + "".join("\t".join([label, *cells(c)]) + "\n" for label, c in TOTAL_ONLY_ROWS)
    return " ".join(T3_HEAD) + "\n" + "".join(" ".join([label, *[x or "—" for x in cells(c)]]) + "\n"
                                               for label, c in TOTAL_ONLY_ROWS)


@pytest.mark.parametrize("layout", ["pipe_one_line", "pipe_one_line_tight", "pipe_lines", "tab", "dash"])
def test_written_totals_of_rows_that_fill_only_the_total_column_are_facts(layout):
    text = (TITLE.format(year=2023) + "三、收到和处理政府信息公开申请情况\n" + _total_only_table(layout)
            + "四、政府信息公开行政复议、行政诉讼情况\n本年度无。\n")
    meta, facts = _run(text)
    got = {(m, k, v) for m, k, v in triples(facts, "template_table")
           if m.startswith("requests") and v is not None}
    assert got == {
        ("requests.new", "natural_person", 2), ("requests.new", "org_business", 1),
        *{("requests.new", k, 0) for k in ("org_research", "org_public_interest", "org_legal_service", "org_other")},
        ("requests.new", "total", 3), ("requests.carried_in", "total", 0), ("requests.outcome", "granted", 2),
        ("requests.outcome", "deny.state_secret", 0), ("requests.outcome", "deny.law_prohibited", 0),
        ("requests.outcome", "unable.not_held", 1), ("requests.outcome", "total", 3),
        ("requests.carried_out", "total", 0)}
    # the blank applicant cells are no t3 cells either
    assert not {f.key for f in facts if f.measure == "t3.cell" and f.key.startswith("granted.")}


# --- (holdout12) a summary sentence above table 三 using its row words ('本年新收申请2件') is no
# table row: the table starts at the first 本年新收 that is not such a sentence ------------------

SUMMARIES = [
    "2025年共办理申请3件。其中，上年结转申请1件，本年新收申请2件，予以公开1件。\n",
    "全年本年新收政府信息公开申请2件，上年结转1件；予以公开1件。\n",
    "本年新收依申请公开 2 件，予以公开1件。\n",
]
T3_ONE_ROWS = [("一、本年新收政府信息公开申请数量", "1 0 0 0 0 1 2"), ("二、上年结转政府信息公开申请数量", "1 0 0 0 0 0 1"),
               ("（一）予以公开", "1 0 0 0 0 0 1"), ("2.没有现成信息需要另行制作", "0 0 0 0 0 1 1"),
               ("（七）总计", "1 0 0 0 0 1 2"), ("四、结转下年度继续办理", "1 0 0 0 0 0 1")]


@pytest.mark.parametrize("summary", SUMMARIES, ids=["of_which", "full_label", "spaced_count"])
@pytest.mark.parametrize("sep, joiner", [(" ", " "), ("\t", "\n"), (" | ", " | ")], ids=["one_line", "tab", "pipe"])
def test_a_summary_sentence_above_table_three_is_no_row(summary, sep, joiner):
    table = joiner.join(sep.join([label, *c.split()]) for label, c in T3_ONE_ROWS)
    text = (TITLE.format(year=2025) + "（二）依申请公开情况。" + summary + "三、收到和处理政府信息公开申请情况\n"
            + sep.join(T3_HEAD) + "\n" + table + "\n四、政府信息公开行政复议、行政诉讼情况\n本年度无。\n")
    meta, facts = _run(text)
    got = {(m, k, v) for m, k, v in triples(facts, "template_table") if m.startswith("requests")}
    assert got == {
        ("requests.new", "natural_person", 1), ("requests.new", "org_other", 1), ("requests.new", "total", 2),
        *{("requests.new", k, 0) for k in ("org_business", "org_research", "org_public_interest", "org_legal_service")},
        ("requests.carried_in", "total", 1), ("requests.outcome", "granted", 1),
        ("requests.outcome", "unable.needs_creation", 1), ("requests.outcome", "total", 2),
        ("requests.carried_out", "total", 1)}


def test_a_summary_sentence_without_a_table_still_starts_nothing_new():
    text = TITLE.format(year=2025) + "（二）依申请公开情况。本年新收申请2件，上年结转申请1件，予以公开3件。\n"
    meta, facts = _run(text)
    assert not [f for f in facts if f.source_frame == "template_table" and f.value is not None]


# --- (holdout9, holdout11) table 二 told in prose beyond its first block: the same sentence goes
# on with the 处理决定 rows, the fee row in its column's words, and the 2019 对外公开总数 column
# naming its row again; counts of licences elsewhere in the prose are no table 二 -------------------

def _t2_prose(year: int, body: str) -> set:
    _, facts = _run(TITLE.format(year=year) + "一、总体情况\n" + body + "\n")
    return {(f.measure, f.key, f.value, f.period) for f in facts if f.measure.startswith("t2.")}


NORMDOC3 = {("t2.normdoc", "issued", 2, "annual"), ("t2.normdoc", "repealed", 1, "annual"),
            ("t2.normdoc", "in_force", 7, "annual")}


@pytest.mark.parametrize("body, more", [
    ("（三）政府信息管理。本局制发行政规范性文件2件，废止1件，现行有效7件；作出行政许可决定51件，未实施行政处罚。",
     {("t2.licensing", "decisions", 51, "annual"), ("t2.penalty", "decisions", 0, "annual")}),
    ("全年制发规范性文件2件、废止1件、现行有效7件，行政处罚决定3件，行政强制决定1件。",
     {("t2.penalty", "decisions", 3, "annual"), ("t2.coercion", "decisions", 1, "annual")}),
    ("本年度制定行政规范性文件2件，废止1件，现行有效7件，办理行政许可12件，全年未作出行政强制决定。",
     {("t2.licensing", "decisions", 12, "annual"), ("t2.coercion", "decisions", 0, "annual")}),
    ("制发行政规范性文件2件，废止1件，现行有效7件。\n二、主动公开政府信息情况\n行政事业性收费金额为0。",
     {("t2.fee", "amount", 0, "annual")}),
    ("制发行政规范性文件2件，废止1件，现行有效7件。行政事业性收费金额1.5万元。",
     {("t2.fee", "amount", 15000, "annual")}),
    # (the decisions named in the next sentence go on with the block: round 18)
    ("制发行政规范性文件2件，废止1件，现行有效7件。全年作出行政许可决定51件。",
     {("t2.licensing", "decisions", 51, "annual")}),
])
def test_table_two_decisions_and_fee_go_on_in_the_first_blocks_sentence(body, more):
    assert _t2_prose(2023, body) == NORMDOC3 | more


@pytest.mark.parametrize("body", [
    # a service count after its own sentence, or without a first-block sentence at all
    "制发行政规范性文件2件，废止1件，现行有效7件。政务服务中心办理行政许可事项3208件，未发生行政处罚。",
    "制发行政规范性文件2件，废止1件，现行有效7件。行政事业性收费金额为12。",   # 万元 or 元: unsure
])
def test_licence_counts_and_fees_outside_a_table_two_sentence_are_no_table_two(body):
    assert _t2_prose(2023, body) == NORMDOC3


def test_no_decisions_or_fee_without_a_first_block_sentence():
    assert _t2_prose(2023, "全年作出行政许可决定51件，未实施行政处罚。行政事业性收费金额为0。") == set()


@pytest.mark.parametrize("total", ["对外公开规范性文件总数量达86件", "截至年底对外公开总数86件",
                                   "对外公开行政规范性文件总数为86件"])
def test_the_2019_total_published_clause_may_name_its_row_again(total):
    assert _t2_prose(2020, f"全县本年新制作规范性文件5件，新公开5件，{total}。") == {
        ("t2.normdoc", "made", 5, "annual"), ("t2.normdoc", "published", 5, "annual"),
        ("t2.normdoc", "total_published", 86, "cumulative")}


# --- a 2014 statistics table one cell a line, a page-number line between a row's unit and its
# value(s): the page number is no cell (written for these tests) ---------------------------------
PAGED_ROWS = [("主动公开政府信息数", "条", ["96"]), ("政府网站公开政府信息数", "条", ["90"]),
              ("收到申请数", "件", ["4"]), ("1.当面申请数", "件", ["1"]), ("2.网络申请数", "件", ["3"]),
              ("行政复议数量", "件", ["—"]), ("依申请公开信息收取的费用", "万元", ["0"])]


def _paged(header: str, rows, page_at: int, page: str) -> str:
    lines = []
    for i, (label, unit, cells) in enumerate(rows):
        lines += [label, unit] + ([page] if i == page_at else []) + cells
    return (TITLE.format(year=2016) + "附件：政府信息公开情况统计表\n" + header + "\n".join(lines)
            + "\n\n某某县某某局\n2017年3月1日\n")


@pytest.mark.parametrize("page", ["— 2 —", "- 12 -", "－3－"])
@pytest.mark.parametrize("page_at", [0, 2, 5])
def test_a_page_number_line_between_unit_and_value_is_no_cell(page, page_at):
    _, facts = _run(_paged("统计指标\n单位\n统计数\n", PAGED_ROWS, page_at, page))
    assert triples(facts, "stats_table") == {
        ("proactive", "total", 96), ("proactive.channel", "ch_website", 90), ("requests.new", "total", 4),
        ("requests.channel", "req_in_person", 1), ("requests.channel", "req_online", 3), ("fees", "charged", 0)}


def test_a_page_number_line_inside_a_two_column_row_keeps_both_columns():
    rows = [(label, unit, cells + [str(int(cells[0]) * 5) if cells[0].isdigit() else "2"])
            for label, unit, cells in PAGED_ROWS]
    _, facts = _run(_paged("指标名称\n计量单位\n本年度\n历年累计\n", rows, 2, "— 2 —"))
    got = {(f.measure, f.key, f.value, f.period) for f in facts if f.source_frame == "stats_table"}
    assert got == {
        ("proactive", "total", 96, "annual"), ("proactive", "total", 480, "cumulative"),
        ("proactive.channel", "ch_website", 90, "annual"), ("proactive.channel", "ch_website", 450, "cumulative"),
        ("requests.new", "total", 4, "annual"), ("requests.new", "total", 20, "cumulative"),
        ("requests.channel", "req_in_person", 1, "annual"), ("requests.channel", "req_in_person", 5, "cumulative"),
        ("requests.channel", "req_online", 3, "annual"), ("requests.channel", "req_online", 15, "cumulative"),
        ("review", "total", 2, "cumulative"), ("fees", "charged", 0, "annual"), ("fees", "charged", 0, "cumulative")}


# --- tab tables flattened further: a title cell on the 二 header line, 三 sub-rows on one line ----

T2_TITLED = ("二、主动公开政府信息情况\n"
             "{title}\t信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
             "{rows}"
             "三、收到和处理政府信息公开申请情况\n本年度未收到申请。\n")


@pytest.mark.parametrize("title", ["第二十条第（一）项", "第二十条第(一)项", "第二十条 第（一）项"])
def test_a_tab_table_two_header_carrying_its_title_cell_still_places_the_rows(title):
    rows = "规章\t0\t0\t2\n行政规范性文件\t4\t1\t17\n"
    _meta, facts = _run(TITLE.format(year=2022) + T2_TITLED.format(title=title, rows=rows))
    got = {t for t in triples(facts, "template_table") if t[0] in ("t2.rule", "t2.normdoc")}
    assert got == {("t2.rule", "issued", 0), ("t2.rule", "repealed", 0), ("t2.rule", "in_force", 2),
                   ("t2.normdoc", "issued", 4), ("t2.normdoc", "repealed", 1), ("t2.normdoc", "in_force", 17)}


def test_a_titled_header_row_that_lost_a_cell_stays_unplaced():
    rows = "规章\t0\t2\n行政规范性文件\t4\t1\t17\n"   # 规章 lost a cell: which one is unknown
    _meta, facts = _run(TITLE.format(year=2022) + T2_TITLED.format(title="第二十条第（一）项", rows=rows))
    got = {t for t in triples(facts, "template_table") if t[0] in ("t2.rule", "t2.normdoc")}
    assert got == {("t2.rule", "issued", None), ("t2.rule", "repealed", None), ("t2.rule", "in_force", None),
                   ("t2.normdoc", "issued", 4), ("t2.normdoc", "repealed", 1), ("t2.normdoc", "in_force", 17)}
    assert {f.flag for f in facts if f.measure == "t2.rule"} == {"blank_cell_unplaced"}


T3_TAB_HEAD = ("二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
           "规章\t0\t0\t0\n行政规范性文件\t1\t0\t5\n"
           "三、收到和处理政府信息公开申请情况\n"
           "\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n"
           "一、本年新收政府信息公开申请数量\t5\t1\t0\t0\t0\t0\t6\n")


@pytest.mark.parametrize("sep", [".", "、", "．"])
def test_table_three_sub_rows_flattened_onto_their_group_line_are_each_read(sep):
    line = "\t".join([f"（五）不予处理 1{sep}信访举报投诉类申请", *"1000001",
                      f"2{sep}重复申请", *"2100003",
                      f"3{sep}要求提供公开出版物", *"0000000",
                      f"4{sep}无正当理由大量反复申请", *"0000000",
                      f"5{sep}要求行政机关确认或重新出具已获取信息", *"0000000"]) + "\n"
    _meta, facts = _run(TITLE.format(year=2022) + T3_TAB_HEAD + line + "四、政府信息公开行政复议、行政诉讼情况\n本年度无。\n")
    got = {(k, v) for m, k, v in triples(facts, "template_table") if m == "requests.outcome"}
    assert got == {("reject.petition", 1), ("reject.duplicate", 3), ("reject.publication", 0),
                   ("reject.mass_repeat", 0), ("reject.confirm_reissue", 0)}


# --- table 二's procurement amount under a header that names 万元 ------------------------------

T2_PROC = ("二、主动公开政府信息情况\n"
           "第二十条第（一）项 | 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量\n"
           "规章 | 0 | 0 | 0\n规范性文件 | 2 | 2 | 11\n"
           "第二十条第（六）项 | 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量\n"
           "行政处罚 | 4 | 0 | 31\n"
           "第二十条第（九）项 | 信息内容 | 采购项目数量 | {head}\n"
           "政府集中采购 | 3 | {cell}\n"
           "三、收到和处理政府信息公开申请情况\n本年度未收到申请。\n")


@pytest.mark.parametrize("head,cell,amount", [
    ("采购总金额（万元）", "12.5", 125000),
    ("采购总金额(万元)", "12.5", 125000),
    ("采购总金额（单位：万元）", "7", 70000),
    ("采购总金额（万元）", "12.5万元", 125000),    # the cell writes 万元 too: converted once
    ("采购总金额（万元）", "8000元", 8000),        # the cell writes 元: already yuan
    ("采购总金额", "12.5", 12.5),                  # trap: no unit in the header, the cell stays as written
])
def test_a_procurement_amount_under_a_wan_yuan_header_is_converted(head, cell, amount):
    _meta, facts = _run(TITLE.format(year=2020) + T2_PROC.format(head=head, cell=cell))
    got = {(m, k, v) for m, k, v in triples(facts, "template_table") if m == "t2.procurement"}
    assert got == {("t2.procurement", "projects", 3), ("t2.procurement", "amount", amount)}


# --- table 二's first block denied for both rows at once, a later clause naming its row, and a
# decision row by its bare name after another decision clause (written for these tests) -----------

@pytest.mark.parametrize("body, expected", [
    ("本年度未制发规章和行政规范性文件，现行有效的行政规范性文件3件；行政许可处理决定0件，"
     "行政处罚处理决定9件，行政强制0件。",
     {("t2.rule", "issued", 0, "annual"), ("t2.normdoc", "issued", 0, "annual"),
      ("t2.normdoc", "in_force", 3, "annual"), ("t2.licensing", "decisions", 0, "annual"),
      ("t2.penalty", "decisions", 9, "annual"), ("t2.coercion", "decisions", 0, "annual")}),
    ("全年没有制发行政规范性文件，废止0件，现行有效5件。",
     {("t2.normdoc", "issued", 0, "annual"), ("t2.normdoc", "repealed", 0, "annual"),
      ("t2.normdoc", "in_force", 5, "annual")}),
    ("本局制发规范性文件2件，废止规章1件，现行有效规范性文件6件。",
     {("t2.normdoc", "issued", 2, "annual"), ("t2.rule", "repealed", 1, "annual"),
      ("t2.normdoc", "in_force", 6, "annual")}),
])
def test_table_two_first_block_denied_or_naming_its_rows(body, expected):
    assert _t2_prose(2022, body) == expected


@pytest.mark.parametrize("body", [
    "本年度未制发规章和行政规范性文件。",                  # a denial alone: no other column
    "未制发规范性文件，行政处罚12件。",                    # a bare decision row needs one before it
])
def test_a_lone_denial_of_documents_is_no_table_two(body):
    assert _t2_prose(2022, body) == set()
