"""Template tables as round-15 converters write them, snippets written for these tests (several
wordings per family): table 三 rows that lost every label (bare numbers in template order), table
四 cut into a line per group, table 三 cut to its 总计 column with empty cells or as 'label：N'
lines, and the 信息处理费 cell beside or under table 三."""
from __future__ import annotations

import pytest
from snippets import report_facts, table_triples

TITLE = "某某街道办事处{year}年政府信息公开工作年度报告\n\n"
T4_ZERO = "四、政府信息公开行政复议、行政诉讼情况\n" + " ".join(["0"] * 15) + "\n五、存在的主要问题\n无。\n"

# a 2021-layout table 三 that balances: its 25 rows in template order
BARE = ["3 2 0 0 1 0 6", "1 0 0 0 0 0 1", "2 1 0 0 0 0 3", "1 0 0 0 0 0 1"] + ["0 0 0 0 0 0 0"] * 3 \
    + ["0 0 0 0 1 0 1"] + ["0 0 0 0 0 0 0"] * 4 + ["1 1 0 0 0 0 2"] + ["0 0 0 0 0 0 0"] * 10 \
    + ["4 2 0 0 1 0 7", "0 0 0 0 0 0 0"]
ROW_LABELS = ["一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "三、本年度办理结果",
              "（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）不予公开",
              "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
              "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
              "（四）无法提供", "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
              "（五）不予处理", "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物",
              "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息", "（六）其他处理",
              "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
              "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他", "（七）总计",
              "四、结转下年度继续办理"]
T3_HEADING = "三、收到和处理政府信息公开申请情况\n"
APPLICANTS = "申请人情况\n自然人\n法人或其他组织\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计\n"


def _triples(tmp_path, body: str, year: int = 2022, prefixes=("requests.",)):
    return table_triples(tmp_path, TITLE.format(year=year) + body, prefixes)


# --- table 三 rows that lost their labels ----------------------------------------------------------

def _bare(sep: str, rows=BARE) -> str:
    return "\n".join(r.replace(" ", sep) for r in rows) + "\n"


@pytest.mark.parametrize("body", [
    T3_HEADING + _bare(" ") + T4_ZERO,                         # the numbers right under the heading
    T3_HEADING + APPLICANTS + _bare("\t") + T4_ZERO,           # under the column header, tab cells
    T3_HEADING + APPLICANTS + _bare("  ") + T4_ZERO,           # double spaces
    T3_HEADING + "\n".join(ROW_LABELS) + "\n" + _bare(" ") + T4_ZERO,   # the labels first, a PDF column split
])
def test_label_less_rows_are_placed_by_template_order(tmp_path, body):
    got = _triples(tmp_path, body)
    assert {("requests.new", "natural_person", 3), ("requests.new", "total", 6),
            ("requests.carried_in", "total", 1), ("requests.outcome", "granted", 3),
            ("requests.outcome", "partial", 1), ("requests.outcome", "deny.third_party", 1),
            ("requests.outcome", "unable.not_held", 2), ("requests.outcome", "other.other", 0),
            ("requests.outcome", "total", 7), ("requests.carried_out", "total", 0)} <= got


def test_a_missing_bare_row_leaves_the_rows_it_shifts_unplaced(tmp_path):
    rows = BARE[:9] + BARE[10:]   # one zero row of the 不予公开 group lost: 24 lines for 25 slots
    facts = report_facts(tmp_path, TITLE.format(year=2022) + T3_HEADING + _bare(" ", rows) + T4_ZERO)
    unplaced = {f.key for f in facts if f.flag == "unplaced_row"}
    assert unplaced and not {f for f in facts if f.measure == "requests.outcome" and f.key == "deny.third_party"
                             and f.source_frame == "template_table"}


def test_a_heading_over_prose_numbers_is_no_table(tmp_path):
    body = T3_HEADING + "全年共受理申请6件，办结7件，其中予以公开3件。\n" + T4_ZERO
    assert not {f for f in report_facts(tmp_path, TITLE.format(year=2022) + body)
                if f.extractor.startswith("t3.")}


# --- table 四 cut into a line per group -----------------------------------------------------------

T3_MIN = (T3_HEADING + "一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1\n二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0\n")
T4_VALUES = {("review", "upheld", 1), ("review", "corrected", 0), ("review", "other", 0), ("review", "pending", 1),
             ("review", "total", 2), ("litigation.direct", "upheld", 0), ("litigation.direct", "corrected", 1),
             ("litigation.direct", "other", 0), ("litigation.direct", "pending", 0), ("litigation.direct", "total", 1),
             ("litigation.after_review", "upheld", 1), ("litigation.after_review", "corrected", 0),
             ("litigation.after_review", "other", 0), ("litigation.after_review", "pending", 0),
             ("litigation.after_review", "total", 1)}


@pytest.mark.parametrize("lines", [
    ["行政复议（结果维持、结果纠正、其他结果、尚未审结、总计）", "1 0 0 1 2", "行政诉讼（未经复议直接起诉；复议后起诉）",
     "0 1 0 0 1 1 0 0 0 1"],
    ["复议", "1  0  0  1  2", "诉讼", "0  1  0  0  1  1  0  0  0  1"],
    ["1\t0\t0\t1\t2", "0\t1\t0\t0\t1\t1\t0\t0\t0\t1"],
    ["行政复议：", "1 0 0 1 2", "未经复议直接起诉：", "0 1 0 0 1", "复议后起诉：", "1 0 0 0 1"],
    ["1\t0\t0\t1\t2", "0\t1\t0\t0\t1", "1\t0\t0\t0\t1"],
])
def test_table_four_on_a_line_per_group(tmp_path, lines):
    body = T3_MIN + "四、政府信息公开行政复议、行政诉讼情况\n" + "\n".join(lines) + "\n五、存在的主要问题\n无。\n"
    assert _triples(tmp_path, body, prefixes=("review", "litigation")) == T4_VALUES


def test_group_lines_with_a_sentence_among_them_are_left_alone(tmp_path):
    body = (T3_MIN + "四、政府信息公开行政复议、行政诉讼情况\n行政复议\n1 0 0 1 2\n2023年3月收到诉讼1件。\n"
            "0 1 0 0 1 1 0 0 0 1\n五、存在的主要问题\n无。\n")
    got = _triples(tmp_path, body, prefixes=("review", "litigation"))
    assert ("litigation.after_review", "total", 1) not in got


# --- table 三 cut to its 总计 column: tab rows, empty cells -----------------------------------------

TOTAL_ROWS_2021 = ["一、本年新收政府信息公开申请数量\t9", "二、上年结转政府信息公开申请数量\t1",
                   "三、本年度办理结果 （一）予以公开\t5", "（二）部分公开\t1", "（三）不予公开 1.属于国家秘密\t",
                   "2.其他法律行政法规禁止公开\t", "4.保护第三方合法权益\t1", "（四）无法提供 1.本机关不掌握相关政府信息\t2",
                   "2.没有现成信息需要另行制作\t", "（五）不予处理 1.信访举报投诉类申请\t", "（六）其他处理 3.其他\t",
                   "（七）总计\t9", "四、结转下年度继续办理\t1"]
TOTAL_FACTS = {("requests.new", "total", 9), ("requests.carried_in", "total", 1), ("requests.outcome", "granted", 5),
               ("requests.outcome", "partial", 1), ("requests.outcome", "deny.third_party", 1),
               ("requests.outcome", "unable.not_held", 2), ("requests.outcome", "total", 9),
               ("requests.carried_out", "total", 1)}


@pytest.mark.parametrize("trail", ["", " ", "\t"])
def test_total_column_rows_with_empty_cells(tmp_path, trail):
    rows = [r + trail if r.endswith("\t") else r for r in TOTAL_ROWS_2021]
    body = T3_HEADING + "申请人情况\t总计\n" + "\n".join(rows) + "\n" + T4_ZERO
    assert _triples(tmp_path, body) == TOTAL_FACTS


def test_total_column_rows_in_the_2019_layout_with_empty_cells(tmp_path):
    rows = [r for r in TOTAL_ROWS_2021 if "（六）" not in r] + []
    rows.insert(rows.index("（七）总计\t9"), "（六）其他处理\t")
    body = T3_HEADING + "申请人情况\t总计\n" + "\n".join(rows) + "\n" + T4_ZERO
    assert _triples(tmp_path, body, year=2020) == TOTAL_FACTS


def test_total_column_rows_that_do_not_add_up_are_left_alone(tmp_path):
    rows = [r.replace("（七）总计\t9", "（七）总计\t8") for r in TOTAL_ROWS_2021]
    body = T3_HEADING + "申请人情况\t总计\n" + "\n".join(rows) + "\n" + T4_ZERO
    assert ("requests.outcome", "granted", 5) not in _triples(tmp_path, body)


# --- table 三 as 'label：N' lines, the group before a dash ------------------------------------------

@pytest.mark.parametrize("dash,colon", [("—", "："), ("－", ":"), ("-", "： ")])
def test_label_colon_rows_with_their_group_before_a_dash(tmp_path, dash, colon):
    lines = ["本年新收申请", "13"], ["上年结转", "2"], ["予以公开", "6"], ["部分公开", "2"], \
        [f"不予公开{dash}属于国家秘密", "1"], [f"不予公开{dash}保护第三方合法权益", "1"], \
        [f"无法提供{dash}本机关不掌握相关政府信息", "2"], [f"不予处理{dash}重复申请", "1"], \
        [f"不予处理{dash}要求提供公开出版物", "0"], [f"其他处理{dash}其他", "1"], ["总计", "14"], \
        ["结转下年度继续办理", "1"]
    body = (T3_HEADING.rstrip("\n") + "（仅列总计数）\n" + "\n".join(w + colon + n for w, n in lines) + "\n"
            + T4_ZERO)
    assert _triples(tmp_path, body) == {
        ("requests.new", "total", 13), ("requests.carried_in", "total", 2), ("requests.outcome", "granted", 6),
        ("requests.outcome", "partial", 2), ("requests.outcome", "deny.state_secret", 1),
        ("requests.outcome", "deny.third_party", 1), ("requests.outcome", "unable.not_held", 2),
        ("requests.outcome", "reject.duplicate", 1), ("requests.outcome", "reject.publication", 0),
        ("requests.outcome", "other.other", 1), ("requests.outcome", "total", 14),
        ("requests.carried_out", "total", 1)}


# --- the 信息处理费 cell beside or under table 三 ----------------------------------------------------

def _fees(tmp_path, body: str, year: int = 2022):
    facts = report_facts(tmp_path, TITLE.format(year=year) + body)
    return {(f.measure, f.key, f.value) for f in facts if f.measure == "fees"}


@pytest.mark.parametrize("body", [
    # a fee column beside the table's first rows
    "| 三、收到和处理政府信息公开申请情况 | | | | | | | | 收费项目 | 金额（元） |\n"
    "| 一、本年新收政府信息公开申请数量 | 4 | 1 | 0 | 0 | 0 | 0 | 5 | 信息处理费 | 0 |\n"
    "| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 减免 | 0 |\n",
    "三、收到和处理政府信息公开申请情况\t\t\t\t\t\t\t\t收费项目\t金额\n"
    "一、本年新收政府信息公开申请数量\t4\t1\t0\t0\t0\t0\t5\t收取信息处理费\t0\n",
    # a name over its amount, on lines of their own
    "三、收到和处理政府信息公开申请情况\n收费情况\n信息处理费（元）\n0\n",
    "三、收到和处理政府信息公开申请情况\n信息处理费\n0\n",
])
def test_a_fee_cell_beside_or_under_table_three(tmp_path, body):
    assert _fees(tmp_path, body + T4_ZERO) == {("fees", "charged", 0)}


@pytest.mark.parametrize("body", [
    "信息处理费（元）\n300\n",       # no unit doubt here, but an amount on its own line under a bare
    "信息处理费\n300\n",             # name has no unit: only a zero is read
])
def test_a_fee_amount_under_its_name(tmp_path, body):
    expected = {("fees", "charged", 300)} if "元" in body else set()
    assert _fees(tmp_path, T3_HEADING + body + T4_ZERO) == expected


@pytest.mark.parametrize("header,row", [
    ("项目\t收费金额（元）\t减免金额（元）", "信息处理费\t200\t0"),
    ("项目 收费金额（元） 减免金额（元）", "信息处理费 200 0"),
    ("项目\t收取金额（元）\t免收金额（元）", "信息处理费\t200\t0"),
])
def test_a_waived_amount_is_no_fee_charged(tmp_path, header, row):
    body = T3_HEADING + "收费及减免情况\n" + header + "\n" + row + "\n" + T4_ZERO
    assert _fees(tmp_path, body) == {("fees", "charged", 200)}
