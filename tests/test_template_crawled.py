"""Template tables as crawlers and PDF converters damage them, in layouts written for these
tests (never copied from a report): table 四 flattened with dashes for blank cells, rows written
one cell a line with blank markers, long table-三 labels a PDF wrapped with the cells on their
first line, and tables a Markdown converter kept as raw HTML. Exact fact sets."""
from __future__ import annotations

import re

import pytest
from ogi.extract import extract
from ogi.read import read_document

TITLE = "某某县某某局{year}年政府信息公开工作年度报告\n\n一、总体情况\n本局依法公开政府信息。\n"
CLOSE = "五、存在的主要问题及改进情况\n无。\n\n某某县某某局\n2022年1月20日\n"
T4_HEAD = "四、政府信息公开行政复议、行政诉讼情况\n"
T4_WORDS = (["行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"]
            + ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2)
T4_GROUPS = ("review", "litigation.direct", "litigation.after_review")
T4_COLS = ("upheld", "corrected", "other", "pending", "total")
APPLICANTS = ("natural_person", "org_business", "org_research", "org_public_interest", "org_legal_service",
              "org_other", "total")
T3_LABELS = [
    ("new", "一、本年新收政府信息公开申请数量"), ("carried_in", "二、上年结转政府信息公开申请数量"),
    ("granted", "三、本年度办理结果\n（一）予以公开"), ("partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    ("deny.state_secret", "（三）不予公开\n1.属于国家秘密"), ("deny.law_prohibited", "2.其他法律行政法规禁止公开"),
    ("deny.security_stability", "3.危及“三安全一稳定”"), ("deny.third_party", "4.保护第三方合法权益"),
    ("deny.internal_affairs", "5.属于三类内部事务信息"), ("deny.process_info", "6.属于四类过程性信息"),
    ("deny.enforcement_file", "7.属于行政执法案卷"), ("deny.admin_query", "8.属于行政查询事项"),
    ("unable.not_held", "（四）无法提供\n1.本机关不掌握相关政府信息"), ("unable.needs_creation", "2.没有现成信息需要另行制作"),
    ("unable.unclear", "3.补正后申请内容仍不明确"), ("reject.petition", "（五）不予处理\n1.信访举报投诉类申请"),
    ("reject.duplicate", "2.重复申请"), ("reject.publication", "3.要求提供公开出版物"),
    ("reject.mass_repeat", "4.无正当理由大量反复申请"), ("reject.confirm_reissue", "5.要求行政机关确认或重新出具已获取信息"),
    ("other.no_correction", "（六）其他处理\n1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("other.fee_unpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("other.other", "3.其他"), ("outcome_total", "（七）总计"), ("carried_out", "四、结转下年度继续办理"),
]
T3_HEAD = ("三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n"
           "申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他\n")
FLOWS = {"new": "requests.new", "carried_in": "requests.carried_in", "carried_out": "requests.carried_out"}


def t3_values() -> dict[str, list[int]]:
    """A reconciling 2021 table 三: 6 new (5 people, 1 firm) + 1 carried in = 6 answered + 1 out;
    one request closed for lack of correction, two for unpaid fees."""
    rows = {key: [0] * 7 for key, _ in T3_LABELS}
    rows.update(new=[5, 1, 0, 0, 0, 0, 6], carried_in=[1, 0, 0, 0, 0, 0, 1], granted=[2, 1, 0, 0, 0, 0, 3],
                outcome_total=[5, 1, 0, 0, 0, 0, 6], carried_out=[1, 0, 0, 0, 0, 0, 1])
    rows["other.no_correction"] = [1, 0, 0, 0, 0, 0, 1]
    rows["other.fee_unpaid"] = [2, 0, 0, 0, 0, 0, 2]
    return rows


def t3_expected(values: dict[str, list[int]], blanks_are_none: bool = False) -> set:
    """The facts of table 三: the contract's measures on the 新收/结转 rows and the 总计 column,
    a t3.cell for every other cell (zeros left out when the table writes them as dashes)."""
    out = set()
    for key, cells in values.items():
        for col, value in zip(APPLICANTS, cells):
            if blanks_are_none and value == 0:
                continue
            if key in FLOWS and (key == "new" or col == "total"):
                out.add((FLOWS[key], col, value))
            elif col == "total":
                out.add(("requests.outcome", "total" if key == "outcome_total" else key, value))
            else:
                out.add(("t3.cell", f"{key}.{col}", value))
    return out


def facts_of(tmp_path, source: str, name: str = "report.txt", prefixes=("requests.", "t3.")) -> set:
    path = tmp_path / name
    path.write_text(source, encoding="utf-8")
    _, facts = extract(read_document(path, name))
    return {(f.measure, f.key, f.value) for f in facts
            if f.source_frame == "template_table" and f.measure.startswith(prefixes)}


T4_PREFIXES = ("review", "litigation")


def t4_expected(values: list[int | None]) -> set:
    keys = [(g, c) for g in T4_GROUPS for c in T4_COLS]
    return {(g, c, v) for (g, c), v in zip(keys, values) if v is not None}


def t4_report(body: str) -> str:
    return TITLE.format(year=2021) + T3_HEAD + "\n".join(
        label + " " + " ".join(map(str, t3_values()[key])) for key, label in T3_LABELS) + "\n" + T4_HEAD + body + "\n" + CLOSE


# --- table 四 flattened, blank cells written as dashes or slashes: each keeps its column -------
T4_VALUES = [3, 1, None, None, 4, 1, None, None, 1, 2, None, None, None, None, None]


def _marks(values, mark="—"):
    return [mark if v is None else str(v) for v in values]


@pytest.mark.parametrize("body", [
    " ".join(T4_WORDS) + "\n" + " ".join(_marks(T4_VALUES)),                       # one flat line
    " ".join(T4_WORDS) + "\n" + " ".join(_marks(T4_VALUES[:8], "-")) + "\n— 4 —\n"   # a page break inside
    + " ".join(_marks(T4_VALUES[8:], "-")),
    "\n".join(T4_WORDS) + "\n" + "\n".join(_marks(T4_VALUES, "/")),                # one cell a line
    "本年度复议、诉讼情况如下：\n" + " ".join(_marks(T4_VALUES)),                      # header lost
])
def test_a_flat_table_four_with_dashes_keeps_each_cell_in_its_column(tmp_path, body):
    assert facts_of(tmp_path, t4_report(body), prefixes=T4_PREFIXES) == t4_expected(T4_VALUES)


def test_a_flat_table_four_a_cell_short_is_read_with_no_value(tmp_path):
    # fourteen tokens for fifteen cells: which column lost one is unknown, nothing is guessed
    body = " ".join(T4_WORDS) + "\n" + " ".join(_marks(T4_VALUES)[1:])
    assert {v for _, _, v in facts_of(tmp_path, t4_report(body), prefixes=T4_PREFIXES)} == {None}


def test_a_flat_table_four_with_a_word_among_its_cells_is_not_read_by_its_marks(tmp_path):
    body = " ".join(T4_WORDS) + "\n" + " ".join(_marks(T4_VALUES)[:7]) + " 件 " + " ".join(_marks(T4_VALUES)[7:])
    assert all(v is None for _, _, v in facts_of(tmp_path, t4_report(body), prefixes=T4_PREFIXES))


# --- rows written one cell a line, blank cells as markers (tables 二 and 三) --------------------
def _one_a_line(values, mark):
    return "\n".join(mark if v == 0 else str(v) for v in values)


@pytest.mark.parametrize("mark", ["—", "-", "/"])
def test_table_three_one_cell_a_line_with_markers(tmp_path, mark):
    values = t3_values()
    body = "\n".join(label + "\n" + _one_a_line(values[key], mark) for key, label in T3_LABELS)
    source = TITLE.format(year=2021) + T3_HEAD + body + "\n" + T4_HEAD + "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n" + CLOSE
    assert facts_of(tmp_path, source) == t3_expected(values, blanks_are_none=True)


T2_E2 = ("二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\n本年新制作数量\n本年新公开数量\n对外公开总数量\n"
         "规章\n{rule}\n规范性文件\n3\n3\n14\n"
         "第二十条第（五）项\n信息内容\n上一年项目数量\n本年增/减\n处理决定数量\n行政许可\n40\n+2\n125\n"
         "其他对外管理服务事项\n5\n-1\n30\n"
         "第二十条第（六）项\n信息内容\n上一年项目数量\n本年增/减\n处理决定数量\n行政处罚\n60\n0\n46\n"
         "行政强制\n{coercion}\n"
         "第二十条第（八）项\n信息内容\n上一年项目数量\n本年增/减\n行政事业性收费\n2\n0\n"
         "三、收到和处理政府信息公开申请情况\n本年度未收到政府信息公开申请。\n")


@pytest.mark.parametrize("coercion, rule, got", [
    ("8\n/\n—", "—\n—\n2", {("t2.coercion", "prev_items", 8), ("t2.rule", "total_published", 2)}),
    ("8\n－\n－", "/\n/\n2", {("t2.coercion", "prev_items", 8), ("t2.rule", "total_published", 2)}),
    ("—\n—\n7", "0\n—\n2", {("t2.coercion", "decisions", 7), ("t2.rule", "made", 0),
                            ("t2.rule", "total_published", 2)}),
])
def test_table_two_one_cell_a_line_with_markers(tmp_path, coercion, rule, got):
    source = TITLE.format(year=2019) + T2_E2.format(coercion=coercion, rule=rule) + CLOSE
    assert facts_of(tmp_path, source, prefixes=("t2.",)) == got | {
        ("t2.normdoc", "made", 3), ("t2.normdoc", "published", 3), ("t2.normdoc", "total_published", 14),
        ("t2.licensing", "prev_items", 40), ("t2.licensing", "delta", 2), ("t2.licensing", "decisions", 125),
        ("t2.other_service", "prev_items", 5), ("t2.other_service", "delta", -1),
        ("t2.other_service", "decisions", 30), ("t2.penalty", "prev_items", 60), ("t2.penalty", "delta", 0),
        ("t2.penalty", "decisions", 46), ("t2.fee", "prev_items", 2), ("t2.fee", "delta", 0)}


# --- long table-三 labels a PDF wrapped, the row's cells printed on the label's first line ------
def _wrapped(label: str, cells: list[int], at: int) -> str:
    """The label's first `at` characters (after a group label on its own line), the cells, then
    the rest of the label on the next line."""
    group, _, own = label.rpartition("\n")
    head = group + "\n" if group else ""
    cells_text = " ".join(map(str, cells))
    if len(own) <= at + 4:
        return head + own + " " + cells_text
    return head + own[:at] + " " + cells_text + "\n" + own[at:]


@pytest.mark.parametrize("at", [6, 8, 10])
def test_wrapped_labels_with_cells_on_their_first_line_keep_their_own_cells(tmp_path, at):
    values = t3_values()
    body = "\n".join(_wrapped(label, values[key], at) for key, label in T3_LABELS)
    source = TITLE.format(year=2021) + T3_HEAD + body + "\n" + T4_HEAD + "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n" + CLOSE
    assert facts_of(tmp_path, source) == t3_expected(values)


def test_wrapped_labels_with_cells_on_their_last_line_are_unchanged(tmp_path):
    # the usual wrap: the cells follow the label's last words; a continuation line holding the
    # cells is no label head of the next row
    values = t3_values()

    def last_line(label, cells):
        group, _, own = label.rpartition("\n")
        head = group + "\n" if group else ""
        cut = own[:14] + "\n" + own[14:] if len(own) > 18 else own
        return head + cut + " " + " ".join(map(str, cells))

    body = "\n".join(last_line(label, values[key]) for key, label in T3_LABELS)
    source = TITLE.format(year=2021) + T3_HEAD + body + "\n" + T4_HEAD + "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n" + CLOSE
    assert facts_of(tmp_path, source) == t3_expected(values)


# --- raw HTML tables in Markdown (merged cells a pipe table cannot hold) -----------------------
def _t4_html() -> str:
    head = "".join(f"<td>{w}</td>" for w in T4_WORDS[9:])
    cells = "".join(f"<td>{'—' if v is None else v}</td>" for v in T4_VALUES)
    return ("<table>\n<tr><td colspan=\"5\">行政复议</td><td colspan=\"10\">行政诉讼</td></tr>\n"
            "<tr><td rowspan=\"2\">结果维持</td><td rowspan=\"2\">结果纠正</td><td rowspan=\"2\">其他结果</td>"
            "<td rowspan=\"2\">尚未审结</td><td rowspan=\"2\">总计</td><td colspan=\"5\">未经复议直接起诉</td>"
            f"<td colspan=\"5\">复议后起诉</td></tr>\n<tr>{head}</tr>\n<tr>{cells}</tr>\n</table>\n")


def _t3_html(values) -> str:
    rows = ["<table>", "<tr><td rowspan=\"3\" colspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>"
            "<td colspan=\"7\">申请人情况</td></tr>",
            "<tr><td rowspan=\"2\">自然人</td><td colspan=\"5\">法人或其他组织</td><td rowspan=\"2\">总计</td></tr>",
            "<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>"]
    for key, label in T3_LABELS:
        group, _, own = label.rpartition("\n")
        group = re.sub(r"^三、本年度办理结果$", "", group)
        lead = f"<td colspan=\"2\">{group}</td>" if group else ""
        span = "" if group else " colspan=\"3\""
        cells = "".join(f"<td>{v}</td>" for v in values[key])
        rows.append(f"<tr>{lead}<td{span}>{own}</td>{cells}</tr>")
    rows.append("</table>")
    return "\n".join(rows) + "\n"


@pytest.mark.parametrize("name", ["report.md", "report.txt"])
def test_raw_html_tables_in_markdown_are_read_as_tables(tmp_path, name):
    values = t3_values()
    source = ("# " + TITLE.format(year=2021) + "\n三、收到和处理政府信息公开申请情况\n\n" + _t3_html(values) + "\n"
              + T4_HEAD + "\n" + _t4_html() + "\n" + CLOSE)
    assert facts_of(tmp_path, source, name, prefixes=("requests.", "t3.", *T4_PREFIXES)) == \
        t3_expected(values) | t4_expected(T4_VALUES)


def test_an_html_table_in_a_code_block_stays_code(tmp_path):
    source = ("# " + TITLE.format(year=2021) + "\n" + T4_HEAD + "\n```html\n" + _t4_html() + "```\n\n" + CLOSE)
    path = tmp_path / "report.md"
    path.write_text(source, encoding="utf-8")
    doc = read_document(path, "report.md")
    assert "<td" in doc.text and "\t" not in doc.text


# --- tab rows whose blank cells collapsed (zeros left empty, then the empty cells dropped) -----
def _collapsed(values, key):
    return "\t".join(str(v) for v in values[key] if v)


def test_a_collapsed_tab_row_keeps_a_total_its_parts_add_up_to_and_leaves_the_parts_open(tmp_path):
    values = t3_values()
    values["carried_out"] = [1, 0, 0, 0, 0, 0, 2]       # 1 != 2: no total is certain
    values["unable.not_held"] = [0, 0, 0, 0, 0, 0, 1]    # one number: a part or the total
    body = "\n".join(label.replace("\n", "\t") + "\t" + _collapsed(values, key) for key, label in T3_LABELS)
    head = T3_HEAD.replace(" ", "\t")
    source = TITLE.format(year=2021) + head + body + "\n" + T4_HEAD + "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n" + CLOSE
    path = tmp_path / "report.txt"
    path.write_text(source, encoding="utf-8")
    _, facts = extract(read_document(path, "report.txt"))
    valued = {(f.measure, f.key, f.value, f.flag) for f in facts
              if f.source_frame == "template_table" and f.value is not None and f.measure.startswith(("requests", "t3"))}
    assert valued == {
        ("requests.new", "total", 6, "blank_cell_unplaced"), ("requests.carried_in", "total", 1, "blank_cell_unplaced"),
        ("requests.outcome", "granted", 3, "blank_cell_unplaced"),
        ("requests.outcome", "other.no_correction", 1, "blank_cell_unplaced"),
        ("requests.outcome", "other.fee_unpaid", 2, "blank_cell_unplaced"),
        ("requests.outcome", "total", 6, "blank_cell_unplaced")}
    # the parts of those rows are kept open (no value), their numbers in candidates
    new_parts = {(f.key, f.value, f.candidates) for f in facts if f.measure == "requests.new" and f.key != "total"}
    assert new_parts == {(key, None, "5 | 1 | 6") for key in APPLICANTS[:-1]}


# --- table 三 flattened onto one line, blank cells as dashes: a row's cells end where the next
# row's words (or its numbering, 二、 （二）) start ------------------------------------------------
@pytest.mark.parametrize("mark", ["—", "/"])
def test_table_three_flattened_onto_one_line_with_markers(tmp_path, mark):
    values = t3_values()
    body = " ".join(label.replace("\n", " ") + " " + " ".join(mark if v == 0 else str(v) for v in values[key])
                    for key, label in T3_LABELS)
    source = (TITLE.format(year=2021) + T3_HEAD.replace("\n", " ") + body + "\n" + T4_HEAD
              + "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n" + CLOSE)
    assert facts_of(tmp_path, source) == t3_expected(values, blanks_are_none=True)


def test_a_flattened_row_with_a_cell_too_many_before_the_next_label_is_not_read_by_its_marks(tmp_path):
    values = t3_values()
    body = " ".join(label.replace("\n", " ") + " " + " ".join("—" if v == 0 else str(v) for v in values[key])
                    + (" 9" if key == "granted" else "") for key, label in T3_LABELS)
    source = (TITLE.format(year=2021) + T3_HEAD.replace("\n", " ") + body + "\n" + T4_HEAD
              + "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n" + CLOSE)
    granted = {(m, k, v) for m, k, v in facts_of(tmp_path, source) if k.startswith("granted")
               or (m, k) == ("requests.outcome", "granted")}
    assert {v for _, _, v in granted} == {None}


# --- table 四 one group a line, cells spaced (the tab form was read already) -------------------
def _group_lines(labels, values, mark="—"):
    return "\n".join(label + " " + " ".join(_marks(values[g * 5:g * 5 + 5], mark)) for g, label in labels)


@pytest.mark.parametrize("labels", [
    [(0, "行政复议"), (1, "未经复议直接起诉"), (2, "复议后起诉")],
    [(0, "（一）行政复议"), (1, "（二）行政诉讼-未经复议直接起诉"), (2, "（三）行政诉讼-复议后起诉")],
    [(1, "行政诉讼 未经复议直接起诉"), (2, "行政诉讼 复议后起诉"), (0, "行政复议")],   # any order
])
def test_table_four_one_group_a_spaced_line(tmp_path, labels):
    body = "结果维持 结果纠正 其他结果 尚未审结 总计\n" + _group_lines(labels, T4_VALUES)
    assert facts_of(tmp_path, t4_report(body), prefixes=T4_PREFIXES) == t4_expected(T4_VALUES)


def test_table_four_one_spaced_group_line_alone_is_no_group_layout(tmp_path):
    # a single labelled line is no table laid out by groups: its five numbers are no 15 cells
    body = "结果维持 结果纠正 其他结果 尚未审结 总计\n行政复议 3 1 0 0 4"
    assert {v for _, _, v in facts_of(tmp_path, t4_report(body), prefixes=T4_PREFIXES)} == {None}


# --- cells grouped with full-width commas (１，２００ typed in Word): one number, never its first
# group --------------------------------------------------------------------------------------------
def _big_values() -> dict[str, list[int]]:
    values = t3_values()
    values.update(new=[1200, 34, 0, 0, 5, 0, 1239], carried_in=[10, 0, 0, 0, 0, 0, 10],
                  granted=[1000, 30, 0, 0, 5, 0, 1035], outcome_total=[1200, 34, 0, 0, 5, 0, 1239],
                  carried_out=[10, 0, 0, 0, 0, 0, 10])
    values["unable.not_held"] = [197, 4, 0, 0, 0, 0, 201]
    return values


@pytest.mark.parametrize("layout", ["tab", "pipe"])
@pytest.mark.parametrize("digits", ["１，２００", "1，200"])
def test_cells_grouped_with_full_width_commas(tmp_path, layout, digits):
    values = _big_values()

    def cell(v):
        text = f"{v:,}".replace(",", "，")
        return text.translate(str.maketrans("0123456789", "０１２３４５６７８９")) if digits[0] == "１" else text

    if layout == "tab":
        body = "\n".join(label.replace("\n", "\t") + "\t" + "\t".join(cell(v) for v in values[key])
                         for key, label in T3_LABELS)
        head, name = T3_HEAD.replace(" ", "\t"), "report.txt"
    else:
        body = "\n".join("| " + label.replace("\n", "") + " | " + " | ".join(cell(v) for v in values[key]) + " |"
                         for key, label in T3_LABELS)
        head = ("三、收到和处理政府信息公开申请情况\n\n| | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n"
                "|---|---|---|---|---|---|---|---|\n")
        name = "report.md"
    source = TITLE.format(year=2021) + head + body + "\n\n" + T4_HEAD + "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n" + CLOSE
    assert facts_of(tmp_path, source, name) == t3_expected(values)


def test_only_a_whole_cell_in_groups_of_three_reads_a_full_width_comma_as_grouping():
    from ogi.numerals import read_cell
    assert read_cell("1，200") == 1200 and read_cell("-12，345.5") == -12345.5
    assert read_cell("1，20") == 1 and read_cell("12，3456") == 12   # no groups of three: first number
