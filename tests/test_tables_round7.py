"""Template tables as crawled grids write them, round 7: rows one cell a line where a blank cell
is an empty line (so a row has fewer number lines than columns), and the traps that must stay
unread (double-spaced text, rows with too many lines). Snippets written for these tests."""
from __future__ import annotations

import pytest
from ogi.extract import extract
from ogi.read import read_document
from ogi.read.pages import PAGE_NUMBER_LINE

TITLE = "某某区某某街道办事处{year}年政府信息公开工作年度报告\n\n一、总体情况\n本街道依法公开政府信息。\n"
CLOSE = "五、存在的主要问题及改进情况\n无。\n\n某某街道办事处\n2023年1月18日\n"
APPLICANTS = ("natural_person", "org_business", "org_research", "org_public_interest", "org_legal_service",
              "org_other", "total")
T3_HEAD = ("三、收到和处理政府信息公开申请情况\n申请人情况\n自然人\n法人或其他组织\n总计\n"
           "商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n")
T3_REST = ("二、上年结转政府信息公开申请数量\n1\n0\n0\n0\n0\n0\n1\n"
           "三、本年度办理结果\n（一）予以公开\n{granted}\n"
           "（二）部分公开（区分处理的，只计这一情形，不计其他情形）\n0\n0\n0\n0\n0\n0\n0\n"
           "（七）总计\n{granted}\n"
           "四、结转下年度继续办理\n0\n0\n0\n0\n0\n0\n0\n"
           "四、政府信息公开行政复议、行政诉讼情况\n本年度无。\n")


def _facts(tmp_path, source: str, prefixes=("requests.new",)) -> set:
    path = tmp_path / "report.txt"
    path.write_text(source, encoding="utf-8")
    _, facts = extract(read_document(path, "report.txt"))
    return {(f.measure, f.key, f.value, f.flag) for f in facts
            if f.source_frame == "template_table" and f.measure.startswith(prefixes)}


def _t3(new_lines: str, granted: str = "6\n2\n0\n0\n1\n0\n9") -> str:
    return TITLE.format(year=2023) + T3_HEAD + "一、本年新收政府信息公开申请数量\n" + new_lines + "\n" \
        + T3_REST.format(granted=granted) + CLOSE


def _new(values: list[int | None], zero_flag: str = "blank_as_zero") -> set:
    """The 新收 row's facts: stated cells as written; blanks the row total proves zero, flagged."""
    return {("requests.new", k, 0.0 if v is None else v, zero_flag if v is None else "")
            for k, v in zip(APPLICANTS, values)}


# --- table 三: an empty line is a blank cell in its own column --------------------------------
@pytest.mark.parametrize("values", [
    [5, 2, None, None, 1, None, 8],        # blanks between and after the stated organisations
    [5, None, None, None, None, 3, 8],     # only the first and the last applicant columns
    [None, 4, 1, None, None, None, 5],     # the people's column itself blank
])
def test_table_three_one_cell_a_line_keeps_empty_lines_as_blank_cells(tmp_path, values):
    lines = "\n".join("" if v is None else str(v) for v in values)
    assert _facts(tmp_path, _t3(lines)) == _new(values)


def test_table_three_empty_line_cells_whose_sum_misses_the_total_stay_blank(tmp_path):
    # 5 + 2 + 1 is not 9: the row is placed by its lines, but its blanks are no proven zeros
    lines = "5\n2\n\n\n1\n\n9"
    assert _facts(tmp_path, _t3(lines)) == {("requests.new", "natural_person", 5, ""),
                                            ("requests.new", "org_business", 2, ""),
                                            ("requests.new", "org_legal_service", 1, ""),
                                            ("requests.new", "total", 9, "")}


def test_double_spaced_cells_are_not_read_as_blank_cells(tmp_path):
    # an empty line between every two cells is the text's spacing, not seven columns
    got = _facts(tmp_path, _t3("5\n\n2\n\n1\n\n8"))
    assert all(v is None for _, _, v, _ in got)


def test_a_row_with_more_lines_than_cells_is_not_placed_by_its_empty_lines(tmp_path):
    got = _facts(tmp_path, _t3("5\n2\n\n\n\n1\n\n\n8"))
    assert all(v is None for _, _, v, _ in got)


# --- table 二: the same layout, a blank last cell before the next block ----------------------
T2 = ("二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\n本年新制作数量\n本年新公开数量\n对外公开总数量\n"
      "规章\n0\n0\n0\n规范性文件\n2\n2\n9\n"
      "第二十条第（五）项\n信息内容\n上一年项目数量\n本年增/减\n处理决定数量\n行政许可\n30\n1\n210\n"
      "其他对外管理服务事项\n{service}\n"
      "第二十条第（六）项\n信息内容\n上一年项目数量\n本年增/减\n处理决定数量\n行政处罚\n{penalty}\n"
      "行政强制\n3\n0\n5\n"
      "第二十条第（八）项\n信息内容\n上一年项目数量\n本年增/减\n行政事业性收费\n2\n0\n"
      "三、收到和处理政府信息公开申请情况\n本年度未收到政府信息公开申请。\n")
T2_FIXED = {("t2.rule", "made", 0), ("t2.rule", "published", 0), ("t2.rule", "total_published", 0),
            ("t2.normdoc", "made", 2), ("t2.normdoc", "published", 2), ("t2.normdoc", "total_published", 9),
            ("t2.licensing", "prev_items", 30), ("t2.licensing", "delta", 1), ("t2.licensing", "decisions", 210),
            ("t2.coercion", "prev_items", 3), ("t2.coercion", "delta", 0), ("t2.coercion", "decisions", 5),
            ("t2.fee", "prev_items", 2), ("t2.fee", "delta", 0)}


@pytest.mark.parametrize("service, penalty, got", [
    ("6\n0\n", "12\n-1\n40", {("t2.other_service", "prev_items", 6), ("t2.other_service", "delta", 0),
                              ("t2.penalty", "prev_items", 12), ("t2.penalty", "delta", -1),
                              ("t2.penalty", "decisions", 40)}),
    ("6\n0\n17", "12\n\n40", {("t2.other_service", "prev_items", 6), ("t2.other_service", "delta", 0),
                              ("t2.other_service", "decisions", 17)}),   # 12, 40 not adjacent: unplaced
    ("\n4\n17", "12\n-1\n\n", {("t2.other_service", "delta", 4), ("t2.other_service", "decisions", 17),
                               ("t2.penalty", "prev_items", 12), ("t2.penalty", "delta", -1)}),
])
def test_table_two_one_cell_a_line_keeps_empty_lines_as_blank_cells(tmp_path, service, penalty, got):
    source = TITLE.format(year=2019) + T2.format(service=service, penalty=penalty) + CLOSE
    facts = {(m, k, v) for m, k, v, _ in _facts(tmp_path, source, prefixes=("t2.",)) if v is not None}
    assert facts == T2_FIXED | got


# --- local statistics appendix (2008–2013): 依申请公开信息数 counted in 件 is the request row ------
def _stats(text: str, year: int = 2011) -> set:
    from ogi.extract.stats_table import extract_stats_table
    from ogi.model import Document, Metadata
    from ogi.normalise import normalise
    doc = Document("t.txt", "t", "txt", normalise(text), text)
    _, facts = extract_stats_table(doc, Metadata(report_year=year))
    return {(f.measure, f.key, f.value, f.period) for f in facts if f.measure.startswith("requests")}


@pytest.mark.parametrize("table", [
    "指标名称 单位 本年度 历年累计\n主动公开信息数 条 90 400\n二、依申请公开信息数 件 5 12\n"
    "1、同意公开数 件 3 9\n2、同意部分公开数 件 2 3\n三、行政复议数 件 0 0\n",
    "指标名称\t计量单位\t2012年度\t历年累计\n一、主动公开信息数\t条\t90\t400\n二、依申请公开政府信息数\t件\t5\t12\n"
    "1.同意公开数\t件\t3\t9\n2.同意部分公开数\t件\t2\t3\n三、行政复议数\t件\t0\t0\n",
    "统计指标 单位 本年度 累计\n主动公开信息数 条 90 400\n依申请公开信息总数 件 5 12\n"
    "其中：同意公开数 件 3 9\n同意部分公开数 件 2 3\n",
])
def test_a_local_table_row_of_on_request_disclosures_in_jian_is_the_requests_row(table):
    got = _stats("附表：某某局政府信息公开情况统计表\n" + table, year=2012)
    assert {(m, k, v, p) for m, k, v, p in got if m == "requests.new"} == {
        ("requests.new", "total", 5, "annual"), ("requests.new", "total", 12, "cumulative")}


def test_on_request_information_counted_in_tiao_is_no_request_row():
    # information items set aside for disclosure on request (条): not requests received
    table = ("附表：某某局政府信息公开情况统计表\n指标名称 单位 本年度 历年累计\n主动公开信息数 条 90 400\n"
             "依申请公开信息数 条 46 180\n不予公开信息数 条 12 30\n受理依申请公开信息总数 条 2 7\n")
    assert {(m, k, v, p) for m, k, v, p in _stats(table) if m == "requests.new"} == {
        ("requests.new", "total", 2, "annual"), ("requests.new", "total", 7, "cumulative")}


# --- table 四 one cell a line: the 15 cells start under the header, an empty line is a blank ------
T4_WORDS = (["行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"]
            + ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2)
T4_KEYS = [(g, c) for g in ("review", "litigation.direct", "litigation.after_review")
           for c in ("upheld", "corrected", "other", "pending", "total")]


def _t4_source(header_sep: str, values: list[int | None]) -> str:
    return (TITLE.format(year=2022) + "三、收到和处理政府信息公开申请情况\n本年度未收到政府信息公开申请。\n"
            "四、政府信息公开行政复议、行政诉讼情况\n" + header_sep.join(T4_WORDS) + "\n"
            + "\n".join("" if v is None else str(v) for v in values) + "\n" + CLOSE)


@pytest.mark.parametrize("header_sep", ["\n", " "])
@pytest.mark.parametrize("values", [
    [2, 1, None, None, 3, 1, None, None, None, 1, None, None, None, None, None],
    [None, 1, None, None, 1, None, None, None, 2, 2, 0, 0, None, None, 0],   # the first cell blank
])
def test_table_four_one_cell_a_line_keeps_empty_lines_as_blank_cells(tmp_path, header_sep, values):
    got = _facts(tmp_path, _t4_source(header_sep, values), prefixes=("review", "litigation"))
    if 0 in values:   # a row that writes its zeros: a blank is no zero, no fact
        assert got == {(g, c, v, "") for (g, c), v in zip(T4_KEYS, values) if v is not None}
    else:   # its groups' totals prove the blanks zero (flagged); a wholly blank group follows them
        assert got == {(g, c, 0.0 if v is None else v, "blank_as_zero" if v is None else "")
                       for (g, c), v in zip(T4_KEYS, values)}


def test_table_four_double_spaced_is_not_read_by_its_empty_lines(tmp_path):
    source = _t4_source("\n", [1, None, 1, None, 2, None, 1, None, 1, None, 0, None, 0, None, 0])
    got = _facts(tmp_path, source, prefixes=("review", "litigation"))
    assert all(v is None for _, _, v, _ in got)


# every form of page number the readers drop (ogi.read.pages), the template reader skips too
@pytest.mark.parametrize("page", ["— 3 —", "-12-", "—— 103 ——", "第 3 页"])
def test_empty_lines_around_a_page_number_are_no_blank_cells(tmp_path, page):
    # 5, 2, 1, 8 split by a page break: its empty lines are the page's, not three blank columns
    got = _facts(tmp_path, _t3(f"5\n\n{page}\n\n2\n1\n8"))
    assert ("requests.new", "org_legal_service", 2, "") not in got
    assert not any(f == "blank_as_zero" for _, _, _, f in got)


@pytest.mark.parametrize("line,page", [
    ("— 3 —", True), ("-12-", True), ("—— 103 ——", True), ("－3－", True), (" 第 3 页 ", True),
    ("— 3", False), ("3", False), ("— — 3 — —", False),   # marked table cells, not a page number
    ("第3页共5页", False), ("— 12345 —", False),
])
def test_one_page_number_line_for_readers_and_extractors(line, page):
    assert (PAGE_NUMBER_LINE.fullmatch(line) is not None) is page
