"""Template tables as round-11 converters damage them, written for these tests (several wordings
per family, with neighbours that must not change): table 三 abridged to its 总计 column down to
its sub-rows, table 二 one cell a line, table 二 pipe rows naming their column inside the cell,
table 四 as labelled 总计 cells."""
from __future__ import annotations

import pytest
from snippets import table_triples

TITLE = "某某乡人民政府{year}年政府信息公开工作年度报告\n\n"
T4_NONE = "四、政府信息公开行政复议、行政诉讼情况\n本年度无。\n"


def _facts(tmp_path, body: str, year: int = 2023, prefixes=("t2.", "requests.", "review", "litigation")):
    return table_triples(tmp_path, TITLE.format(year=year) + body, prefixes)


# --- table 三 abridged to its 总计 column, sub-rows as label/number pairs ------------------------

E3_OUTCOMES = [("granted", "（一）予以公开"), ("partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
               ("deny.state_secret", "（三）不予公开 1.属于国家秘密"), ("deny.law_prohibited", "2.其他法律行政法规禁止公开"),
               ("deny.security_stability", "3.危及“三安全一稳定”"), ("deny.third_party", "4.保护第三方合法权益"),
               ("deny.internal_affairs", "5.属于三类内部事务信息"), ("deny.process_info", "6.属于四类过程性信息"),
               ("deny.enforcement_file", "7.属于行政执法案卷"), ("deny.admin_query", "8.属于行政查询事项"),
               ("unable.not_held", "（四）无法提供 1.本机关不掌握相关政府信息"),
               ("unable.needs_creation", "2.没有现成信息需要另行制作"), ("unable.unclear", "3.补正后申请内容仍不明确"),
               ("reject.petition", "（五）不予处理 1.信访举报投诉类申请"), ("reject.duplicate", "2.重复申请"),
               ("reject.publication", "3.要求提供公开出版物"), ("reject.mass_repeat", "4.无正当理由大量反复申请"),
               ("reject.confirm_reissue", "5.要求行政机关确认或重新出具已获取信息"),
               ("other.no_correction", "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
               ("other.fee_unpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
               ("other.other", "3.其他")]


def _abridged(values: dict[str, int], sep: str, per_line: int, total: int, new: int = 3, carried: int = 1):
    pairs = [f"{label}{sep}{values.get(key, 0)}" for key, label in E3_OUTCOMES]
    pairs[0] = "三、本年度办理结果 " + pairs[0]
    lines = [sep.join(pairs[i:i + per_line]) for i in range(0, len(pairs), per_line)]
    return ("三、收到和处理政府信息公开申请情况\n"
            f"一、本年新收政府信息公开申请数量{sep}{new}\n二、上年结转政府信息公开申请数量{sep}{carried}\n"
            + "\n".join(lines) + f"\n（七）总计{sep}{total}\n四、结转下年度继续办理{sep}{new + carried - total}\n" + T4_NONE)


def _expected(values: dict[str, int], total: int, new: int = 3, carried: int = 1):
    return ({("requests.outcome", key, values.get(key, 0)) for key, _ in E3_OUTCOMES}
            | {("requests.new", "total", new), ("requests.carried_in", "total", carried),
               ("requests.outcome", "total", total), ("requests.carried_out", "total", new + carried - total)})


@pytest.mark.parametrize("sep,per_line", [("\t", 30), (" ", 30), ("\t", 4), ("  ", 1)])
def test_table_three_abridged_to_its_total_column_reads_every_sub_row(tmp_path, sep, per_line):
    values = {"granted": 2, "unable.not_held": 1}
    assert _facts(tmp_path, _abridged(values, sep, per_line, 3)) == _expected(values, 3)


def test_an_abridged_table_three_that_does_not_add_up_is_not_read_as_totals(tmp_path):
    # the outcome rows give 3, the 总计 says 5: no reading of the column is trusted
    got = _facts(tmp_path, _abridged({"granted": 2, "unable.not_held": 1}, "\t", 30, 5))
    assert {f for f in got if f[2] not in (None, 0)} == set()


def test_a_sub_row_holding_two_numbers_keeps_the_full_reader(tmp_path):
    # a sub-row with its applicant cell and its total: no abridged table, nothing read as a total
    body = _abridged({"granted": 2, "unable.not_held": 1}, "\t", 30, 3).replace("1.本机关不掌握相关政府信息\t1",
                                                                              "1.本机关不掌握相关政府信息\t1\t1")
    got = _facts(tmp_path, body)
    assert {f for f in got if f[2] not in (None, 0)} == set()


# --- table 二 one cell a line, under the section heading -----------------------------------------

T2_LINES = ("二、主动公开政府信息情况\n规章\n0\n0\n0\n行政规范性文件\n{a}\n0\n{b}\n行政许可\n{c}\n行政处罚\n{d}\n"
            "行政强制\n0\n行政事业性收费\n0\n")


@pytest.mark.parametrize("a,b,c,d", [(1, 6, 4, 0), (0, 0, 0, 12), (2, 9, 137, 5)])
def test_table_two_one_cell_a_line_under_its_heading(tmp_path, a, b, c, d):
    got = _facts(tmp_path, T2_LINES.format(a=a, b=b, c=c, d=d) + "三、收到和处理政府信息公开申请情况\n无。\n" + T4_NONE,
                 prefixes=("t2.",))
    assert got == {("t2.rule", "issued", 0), ("t2.rule", "repealed", 0), ("t2.rule", "in_force", 0),
                   ("t2.normdoc", "issued", a), ("t2.normdoc", "repealed", 0), ("t2.normdoc", "in_force", b),
                   ("t2.licensing", "decisions", c), ("t2.penalty", "decisions", d),
                   ("t2.coercion", "decisions", 0), ("t2.fee", "amount", 0)}


def test_prose_naming_a_row_on_its_own_line_is_no_table_two(tmp_path):
    body = ("二、主动公开政府信息情况\n本年度制发规范性文件情况如下。\n行政许可\n"
            "全年办理12件，均按时办结。\n三、收到和处理政府信息公开申请情况\n无。\n" + T4_NONE)
    assert _facts(tmp_path, body, prefixes=("t2.",)) == set()


# --- table 二 rows naming their column inside the cell -------------------------------------------

T3_NONE = "三、收到和处理政府信息公开申请情况\n本年度未收到申请。\n" + T4_NONE


@pytest.mark.parametrize("rows,year,expected", [
    ("| 行政许可 | 上一年项目数量9 | 本年增/减-1 | 处理决定数量230 |\n| 行政强制 | 上一年项目数量 4 | 本年增/减 0 | 处理决定数量 3 |\n",
     2019, {("t2.licensing", "prev_items", 9), ("t2.licensing", "delta", -1), ("t2.licensing", "decisions", 230),
            ("t2.coercion", "prev_items", 4), ("t2.coercion", "delta", 0), ("t2.coercion", "decisions", 3)}),
    ("| 行政许可 | 本年处理决定数量 | 318 |\n| 行政处罚 | 本年处理决定数量 | 27 |\n| 行政强制 | 本年处理决定数量 | 0 |\n",
     2022, {("t2.licensing", "decisions", 318), ("t2.penalty", "decisions", 27), ("t2.coercion", "decisions", 0)}),
    ("| 第二十条第（五）项 | 行政许可 | 本年处理决定数量 | 15 |\n| 第二十条第（六）项 | 行政处罚 | 本年处理决定数量 | 2 |\n",
     2023, {("t2.licensing", "decisions", 15), ("t2.penalty", "decisions", 2)}),
    ("| 规章 | 本年制发件数0 | 本年废止件数0 | 现行有效件数0 |\n| 行政规范性文件 | 本年制发件数 3 | 本年废止件数 1 | 现行有效件数 11 |\n",
     2021, {("t2.rule", "issued", 0), ("t2.rule", "repealed", 0), ("t2.rule", "in_force", 0),
            ("t2.normdoc", "issued", 3), ("t2.normdoc", "repealed", 1), ("t2.normdoc", "in_force", 11)}),
    ("| 行政事业性收费 | 上一年项目数量 5 | 本年增/减 0 |\n| 政府集中采购 | 采购项目数量 2 | 采购总金额 74500元 |\n",
     2020, {("t2.fee", "prev_items", 5), ("t2.fee", "delta", 0), ("t2.procurement", "projects", 2),
            ("t2.procurement", "amount", 74500)}),
])
def test_table_two_rows_naming_their_columns_in_their_cells(tmp_path, rows, year, expected):
    body = "二、主动公开政府信息情况\n" + rows + T3_NONE
    assert _facts(tmp_path, body, year=year, prefixes=("t2.",)) == expected


def test_a_row_label_beside_prose_cells_is_no_table_two_row(tmp_path):
    body = ("二、主动公开政府信息情况\n| 行政许可 | 全年受理12件，办结12件 |\n| 行政处罚 | 本年处理决定数量 | |\n"
            + T3_NONE)
    assert _facts(tmp_path, body, year=2022, prefixes=("t2.",)) == set()


# --- a short 总计-column list: the rows the year had, balanced ------------------------------------

@pytest.mark.parametrize("body,expected", [
    ("| 一、本年新收政府信息公开申请数量 | 5 |\n| 二、上年结转政府信息公开申请数量 | 1 |\n| （一）予以公开 | 4 |\n"
     "| 2.重复申请 | 1 |\n| （七）总计 | 5 |\n| 四、结转下年度继续办理 | 1 |\n",
     {("requests.new", "total", 5), ("requests.carried_in", "total", 1), ("requests.outcome", "granted", 4),
      ("requests.outcome", "reject.duplicate", 1), ("requests.outcome", "total", 5), ("requests.carried_out", "total", 1)}),
    ("一、本年新收政府信息公开申请数量\t2\n二、上年结转政府信息公开申请数量\t0\n（二）部分公开\t1\n"
     "3.补正后申请内容仍不明确\t1\n（七）总计\t2\n四、结转下年度继续办理\t0\n",
     {("requests.new", "total", 2), ("requests.carried_in", "total", 0), ("requests.outcome", "partial", 1),
      ("requests.outcome", "unable.unclear", 1), ("requests.outcome", "total", 2), ("requests.carried_out", "total", 0)}),
    ("本年新收政府信息公开申请数量 7\n上年结转政府信息公开申请数量 0\n予以公开 6\n本机关不掌握相关政府信息 1\n"
     "总计 7\n结转下年度继续办理 0\n",
     {("requests.new", "total", 7), ("requests.carried_in", "total", 0), ("requests.outcome", "granted", 6),
      ("requests.outcome", "unable.not_held", 1), ("requests.outcome", "total", 7), ("requests.carried_out", "total", 0)}),
])
def test_a_short_total_column_list_that_balances_is_read(tmp_path, body, expected):
    got = _facts(tmp_path, "三、收到和处理政府信息公开申请情况（仅列总计栏）\n" + body + T4_NONE, year=2022)
    assert got == expected


def test_a_short_list_whose_flow_does_not_balance_gives_no_totals(tmp_path):
    # 5 + 1 received, 5 handled, 0 carried over: one row is misread or missing, no total is trusted
    body = ("| 一、本年新收政府信息公开申请数量 | 5 |\n| 二、上年结转政府信息公开申请数量 | 1 |\n| （一）予以公开 | 5 |\n"
            "| （七）总计 | 5 |\n| 四、结转下年度继续办理 | 0 |\n")
    got = _facts(tmp_path, "三、收到和处理政府信息公开申请情况\n" + body + T4_NONE, year=2022)
    assert {f for f in got if f[2] not in (None, 0)} == set()


# --- abridged reports that renumber their sections: table 四 as '三、…' ----------------------------

T4_KEYS = [(g, c) for g in ("review", "litigation.direct", "litigation.after_review")
           for c in ("upheld", "corrected", "other", "pending", "total")]
PLAIN = "一、总体情况\n本年度主动公开信息52条。\n二、依申请公开情况\n本年度未收到申请。\n"


@pytest.mark.parametrize("head,line", [
    ("三、政府信息公开行政复议、行政诉讼情况\n", "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0"),
    ("二、政府信息公开行政复议、行政诉讼情况\n（各列依次为结果维持、结果纠正、其他结果、尚未审结、总计）\n",
     "1 0 0 0 1 0 0 0 0 0 0 0 0 0 0"),
    ("三、政府信息公开行政复议、行政诉讼情况\n", "0\t0\t0\t1\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0"),
])
def test_table_four_under_a_renumbered_heading_as_a_line_of_fifteen(tmp_path, head, line):
    got = _facts(tmp_path, PLAIN + head + line + "\n四、存在的主要问题及改进情况\n宣传不够。\n", year=2022,
                 prefixes=("review", "litigation"))
    assert got == {(g, c, float(v)) for (g, c), v in zip(T4_KEYS, line.split())}


TABLE_TWO = ("一、总体情况\n本年度主动公开信息52条。\n二、主动公开政府信息情况\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
             "规章\t0\t0\t0\n行政规范性文件\t1\t0\t3\n")


@pytest.mark.parametrize("row,expected", [
    ("| 行政复议总计 | 0 | 未经复议直接起诉总计 | 0 | 复议后起诉总计 | 0 |", (0, 0, 0)),
    ("| 行政复议总计 | 2 | 未经复议直接起诉总计 | 1 | 复议后起诉总计 | 0 |", (2, 1, 0)),
    ("行政复议 总计：1；未经复议直接起诉 总计：0；复议后起诉 总计：1", (1, 0, 1)),
])
def test_table_four_as_three_labelled_total_cells(tmp_path, row, expected):
    body = (TABLE_TWO + "三、政府信息公开行政复议、行政诉讼情况\n" + row
            + "\n四、存在的主要问题及改进情况\n宣传不够。\n")
    got = _facts(tmp_path, body, year=2023, prefixes=("review", "litigation"))
    assert got == {("review", "total", expected[0]), ("litigation.direct", "total", expected[1]),
                   ("litigation.after_review", "total", expected[2])}


def test_a_renumbered_section_of_prose_about_reviews_gives_no_table(tmp_path):
    body = (PLAIN + "三、政府信息公开行政复议、行政诉讼情况\n本年度共发生行政复议2件，均维持原决定，"
            "行政诉讼0件。\n四、存在的主要问题及改进情况\n2023年将加强培训15人次。\n")
    assert _facts(tmp_path, body, year=2023, prefixes=("review", "litigation")) == set()


# --- an excerpt of table 三 without its 上年结转 row -------------------------------------------------

@pytest.mark.parametrize("rows,expected", [
    ("一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t0\t1\t4\n（一）予以公开\t3\t0\t0\t0\t0\t1\t4\n（七）总计\t3\t0\t0\t0\t0\t1\t4\n",
     {("requests.new", k, v) for k, v in zip(("natural_person", "org_business", "org_research", "org_public_interest",
                                              "org_legal_service", "org_other", "total"), (3, 0, 0, 0, 0, 1, 4))}
     | {("requests.outcome", "granted", 4), ("requests.outcome", "total", 4)}),
    ("| 一、本年新收政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n| （二）部分公开 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n"
     "| （七）总计 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n",
     {("requests.new", k, v) for k, v in zip(("natural_person", "org_business", "org_research", "org_public_interest",
                                              "org_legal_service", "org_other", "total"), (2, 0, 0, 0, 0, 0, 2))}
     | {("requests.outcome", "partial", 2), ("requests.outcome", "total", 2)}),
])
def test_a_table_three_excerpt_without_its_carried_in_row(tmp_path, rows, expected):
    body = PLAIN + "三、收到和处理政府信息公开申请情况（节选）\n" + rows + T4_NONE
    assert _facts(tmp_path, body, year=2021, prefixes=("requests.",)) == expected


def test_a_sentence_opening_with_new_requests_is_no_table_three(tmp_path):
    body = ("一、总体情况\n本年新收政府信息公开申请数量为3件，全部予以公开。总计办理3件。\n" + T4_NONE)
    got = _facts(tmp_path, body, year=2021, prefixes=("requests.",))
    assert got == set()


# --- table 三 with the organisation columns merged into 法人或其他组织 -------------------------------

def _merged(sep: str, new=(3, 1, 4), granted=(2, 1, 3), total=(3, 1, 4)) -> str:
    def row(label, cells):
        return label + sep + sep.join(str(c) for c in cells) + "\n"
    return ("三、收到和处理政府信息公开申请情况\n" + row("（本列为申请人情况）", ("自然人", "法人或其他组织", "总计"))
            + row("一、本年新收政府信息公开申请数量", new) + row("二、上年结转政府信息公开申请数量", (0, 0, 0))
            + row("（一）予以公开", granted) + row("1.本机关不掌握相关政府信息", (1, 0, 1))
            + row("（七）总计", total) + row("四、结转下年度继续办理", (0, 0, 0)) + T4_NONE)


@pytest.mark.parametrize("sep", ["\t", " | ", "  "])
def test_table_three_with_a_merged_organisation_column(tmp_path, sep):
    got = _facts(tmp_path, _merged(sep), year=2021, prefixes=("requests.", "t3.cell"))
    assert got == {("requests.new", "natural_person", 3), ("requests.new", "total", 4),
                   ("t3.cell", "carried_in.natural_person", 0), ("requests.carried_in", "total", 0),
                   ("t3.cell", "granted.natural_person", 2), ("requests.outcome", "granted", 3),
                   ("t3.cell", "unable.not_held.natural_person", 1), ("requests.outcome", "unable.not_held", 1),
                   ("t3.cell", "outcome_total.natural_person", 3), ("requests.outcome", "total", 4),
                   ("t3.cell", "carried_out.natural_person", 0), ("requests.carried_out", "total", 0)}


def test_a_merged_column_row_that_does_not_add_up_is_no_merged_reading(tmp_path):
    got = _facts(tmp_path, _merged("\t", new=(3, 1, 5)), year=2021, prefixes=("requests.", "t3.cell"))
    # the full reader still keeps a row's total its own sum proves, never a merged row's 自然人 cell
    assert ("requests.new", "natural_person", 3) not in got and ("t3.cell", "granted.natural_person", 2) not in got
