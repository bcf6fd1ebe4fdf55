"""Template tables as crawled or abridged reports write them, round 9: table-二 rows with a
column-name cell between label and value, and rows glued to their labels. Snippets written for
these tests, each in several layouts, with neighbours that must not change."""
from __future__ import annotations

import pytest
from ogi.extract import extract
from ogi.read import read_document

TITLE = "某某县某某局{year}年政府信息公开工作年度报告\n\n一、总体情况\n本局依法公开政府信息。\n"
T3_2021 = ("三、收到和处理政府信息公开申请情况\n本年度未收到政府信息公开申请。\n"
           "四、政府信息公开行政复议、行政诉讼情况\n本年度无。\n")
CLOSE = "五、存在的主要问题及改进情况\n无。\n\n某某县某某局\n2022年1月18日\n"


def _facts(tmp_path, source: str, prefixes=("t2.",), name="report.txt") -> set:
    path = tmp_path / name
    path.write_text(source, encoding="utf-8")
    _, facts = extract(read_document(path, name))
    return {(f.measure, f.key, f.value) for f in facts if f.measure.startswith(prefixes)}


# --- family c1: a column-name cell between a table-二 row's label and its value ----------------

@pytest.mark.parametrize("sep", ["\t", " | "])
def test_table_two_row_with_its_column_name_cell(tmp_path, sep):
    def line(*cells):
        return ("| " + " | ".join(cells) + " |") if sep == " | " else sep.join(cells)
    rows = [line("第二十条第（一）项", "本年制发件数", "本年废止件数", "现行有效件数"),
            line("规章", "0", "0", "0"), line("行政规范性文件", "2", "0", "9"),
            line("第二十条第（五）项 行政许可", "本年处理决定数量", "1,305"),
            line("第二十条第（六）项 行政处罚", "本年处理决定数量", "88", "行政强制", "3"),
            line("第二十条第（八）项 行政事业性收费", "本年收费金额（单位：万元）", "45.6")]
    source = TITLE.format(year=2022) + "二、主动公开政府信息情况\n" + "\n".join(rows) + "\n" + T3_2021 + CLOSE
    name = "report.md" if sep == " | " else "report.txt"
    assert _facts(tmp_path, source, name=name) == {
        ("t2.rule", "issued", 0), ("t2.rule", "repealed", 0), ("t2.rule", "in_force", 0),
        ("t2.normdoc", "issued", 2), ("t2.normdoc", "repealed", 0), ("t2.normdoc", "in_force", 9),
        ("t2.licensing", "decisions", 1305), ("t2.penalty", "decisions", 88),
        ("t2.coercion", "decisions", 3), ("t2.fee", "amount", 456000)}


def test_table_two_column_name_cell_without_value_stays_unread(tmp_path):
    # the name cell with no number after it is no value: the row's cell is lost, no fact
    rows = ["第二十条第（一）项\t本年制发件数\t本年废止件数\t现行有效件数", "规章\t0\t0\t0",
            "第二十条第（五）项 行政许可\t本年处理决定数量\t", "第二十条第（六）项 行政处罚\t本年处理决定数量\t7"]
    source = TITLE.format(year=2022) + "二、主动公开政府信息情况\n" + "\n".join(rows) + "\n" + T3_2021 + CLOSE
    got = _facts(tmp_path, source)
    assert ("t2.penalty", "decisions", 7) in got
    assert not {f for f in got if f[0] == "t2.licensing" and f[2] is not None}


# --- family c2: rows glued to their labels, one digit a cell ------------------------------------

GLUED_ROWS = {
    "lines": "规章000\n行政规范性文件102\n行政许可35\n行政处罚4\n行政强制0\n行政事业性收费0\n",
    "one line": "规章000 行政规范性文件102 行政许可35 行政处罚4 行政强制0 行政事业性收费0\n",
    "no rule row": "行政规范性文件102\n行政许可35\n行政处罚4\n行政强制0\n行政事业性收费0\n",
}


@pytest.mark.parametrize("layout", sorted(GLUED_ROWS))
def test_table_two_rows_glued_to_labels(tmp_path, layout):
    t3 = ("三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量1000001\n"
          "二、上年结转政府信息公开申请数量0000000\n（一）予以公开1000001\n（七）总计1000001\n"
          "四、结转下年度继续办理0000000\n四、政府信息公开行政复议、行政诉讼情况\n本年度无。\n")
    source = TITLE.format(year=2022) + "二、主动公开政府信息情况\n" + GLUED_ROWS[layout] + t3 + CLOSE
    want = {("t2.normdoc", "issued", 1), ("t2.normdoc", "repealed", 0), ("t2.normdoc", "in_force", 2),
            ("t2.licensing", "decisions", 35), ("t2.penalty", "decisions", 4),
            ("t2.coercion", "decisions", 0), ("t2.fee", "amount", 0)}
    if layout != "no rule row":
        want |= {("t2.rule", "issued", 0), ("t2.rule", "repealed", 0), ("t2.rule", "in_force", 0)}
    assert _facts(tmp_path, source) == want


def test_table_two_glued_row_of_many_digits_is_flagged_not_guessed(tmp_path):
    source = (TITLE.format(year=2022) + "二、主动公开政府信息情况\n规章000\n行政规范性文件1211\n行政许可35\n"
              + T3_2021 + CLOSE)
    got = _facts(tmp_path, source)
    assert ("t2.licensing", "decisions", 35) in got and ("t2.rule", "issued", 0) in got
    normdoc = {f for f in got if f[0] == "t2.normdoc"}
    # 1|2|11, 1|21|1, 12|1|1: the cells the readings disagree on keep no value
    assert normdoc and all(v is None for _, _, v in normdoc)


@pytest.mark.parametrize("prose", [
    "二、主动公开政府信息情况\n本年度制发规章0件，行政许可35件，行政处罚4起，行政强制0次。\n",
    "二、主动公开政府信息情况\n全年办理行政许可35\n事项，作出行政处罚4\n次。\n",
])
def test_prose_counts_glued_to_labels_are_no_table(tmp_path, prose):
    # label words followed by a count and a unit, or one mention alone: no table 二
    source = TITLE.format(year=2022) + prose + T3_2021 + CLOSE
    got = _facts(tmp_path, source, prefixes=("t2.",))
    assert not {f for f in got if f[1] in ("issued", "repealed", "in_force")}


# --- family b: table 四 told as a list of labelled cells ---------------------------------------

T4_HEAD = "四、政府信息公开行政复议、行政诉讼情况\n"
T3_ZERO = ("三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n"
           "二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n")
T4_LISTS = {
    "colons": ("行政复议：结果维持2，结果纠正1，其他结果0，尚未审结0，总计3。行政诉讼：未经复议直接起诉总计0；"
               "复议后起诉总计1，其中结果维持1。\n",
               {("review", "upheld", 2), ("review", "corrected", 1), ("review", "other", 0),
                ("review", "pending", 0), ("review", "total", 3), ("litigation.direct", "total", 0),
                ("litigation.after_review", "total", 1), ("litigation.after_review", "upheld", 1)}),
    "lines": ("行政复议\n结果维持 0；结果纠正 0；其他结果 0；尚未审结 0；总计 0\n"
              "行政诉讼（未经复议直接起诉）\n结果维持 0；结果纠正 0；其他结果 0；尚未审结 1；总计 1\n",
              {("review", c, 0) for c in ("upheld", "corrected", "other", "pending", "total")}
              | {("litigation.direct", c, 0) for c in ("upheld", "corrected", "other")}
              | {("litigation.direct", "pending", 1), ("litigation.direct", "total", 1)}),
    "semicolons": ("行政复议：结果维持：1；尚未审结：1；总计：2。行政诉讼：复议后起诉：结果纠正：1，总计：1。\n",
                   {("review", "upheld", 1), ("review", "pending", 1), ("review", "total", 2),
                    ("litigation.after_review", "corrected", 1), ("litigation.after_review", "total", 1)}),
}


@pytest.mark.parametrize("layout", sorted(T4_LISTS))
def test_table_four_told_as_labelled_list(tmp_path, layout):
    told, want = T4_LISTS[layout]
    source = (TITLE.format(year=2020) + T3_ZERO + T4_HEAD + told + CLOSE)
    got = _facts(tmp_path, source, prefixes=("review", "litigation."))
    assert got == want


@pytest.mark.parametrize("prose", [
    "本年度发生行政复议2件，结果维持1件，尚未审结1件，总计2件。\n",      # counts with units: prose's
    "全年未发生行政复议、行政诉讼案件。对结果维持情况进行了总结。\n",   # no numbers
])
def test_table_four_prose_is_no_labelled_list(tmp_path, prose):
    source = (TITLE.format(year=2020) + T3_ZERO + T4_HEAD + prose + CLOSE)
    path = tmp_path / "report.txt"
    path.write_text(source, encoding="utf-8")
    _, facts = extract(read_document(path, "report.txt"))
    assert not [f for f in facts if f.extractor == "t4.labelled"]


# --- family a: table 三 abridged to its 总计 column, one number a row ---------------------------

T3_TOTALS = {
    "numbered rows": ("三、收到和处理政府信息公开申请情况（只列总计）\n一、本年新收政府信息公开申请数量 4\n"
                      "二、上年结转政府信息公开申请数量 1\n三、本年度办理结果\n（一）予以公开 2\n（二）部分公开 1\n"
                      "（三）不予公开 0\n（四）无法提供 1\n（五）不予处理 0\n（六）其他处理 0\n（七）总计 4\n"
                      "四、结转下年度继续办理 1\n"),
    "one line list": ("三、收到和处理政府信息公开申请情况（总计栏）\n本年新收4；上年结转1；予以公开2；部分公开1；"
                      "不予公开0；无法提供1；不予处理0；其他处理0；总计4；结转下年度继续办理1。\n"),
    "colons": ("三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量：4\n二、上年结转政府信息公开申请数量：1\n"
               "三、本年度办理结果：（一）予以公开：2，（二）部分公开：1，（三）不予公开：0，（四）无法提供：1，"
               "（五）不予处理：0，（六）其他处理：0，（七）总计：4\n四、结转下年度继续办理：1\n"),
}
T3_TOTALS["tab grid"] = T3_TOTALS["numbered rows"].replace(" ", "\t")
T3_TOTALS_WANT = {("requests.new", "total", 4), ("requests.carried_in", "total", 1),
                  ("requests.outcome", "granted", 2), ("requests.outcome", "partial", 1),
                  ("requests.outcome", "deny.total", 0), ("requests.outcome", "unable.total", 1),
                  ("requests.outcome", "reject.total", 0), ("requests.outcome", "other", 0),
                  ("requests.outcome", "total", 4), ("requests.carried_out", "total", 1)}
T4_NONE = "四、政府信息公开行政复议、行政诉讼情况\n本年度未发生行政复议、行政诉讼。\n"


def _table_facts(tmp_path, source: str) -> set:
    path = tmp_path / "report.txt"
    path.write_text(source, encoding="utf-8")
    _, facts = extract(read_document(path, "report.txt"))
    return {(f.measure, f.key, f.value) for f in facts
            if f.measure.startswith(("requests.", "t3.")) and f.source_frame == "template_table"}


@pytest.mark.parametrize("layout", sorted(T3_TOTALS))
def test_table_three_abridged_to_total_column(tmp_path, layout):
    source = TITLE.format(year=2021) + T3_TOTALS[layout] + T4_NONE + CLOSE
    assert _table_facts(tmp_path, source) == T3_TOTALS_WANT


def test_table_three_glued_full_rows_are_not_a_total_column(tmp_path):
    # one glued run a row, seven cells each: the full reader splits them (2000002 = 2|0|0|0|0|0|2)
    rows = ["一、本年新收政府信息公开申请数量2000002", "二、上年结转政府信息公开申请数量0000000",
            "（一）予以公开1000001", "（二）部分公开0000000", "（三）不予公开", "（四）无法提供",
            "1.本机关不掌握相关政府信息1000001", "（五）不予处理", "（六）其他处理0000000", "（七）总计2000002",
            "四、结转下年度继续办理0000000"]
    source = TITLE.format(year=2020) + "三、收到和处理政府信息公开申请情况\n" + "\n".join(rows) + "\n" + T4_NONE + CLOSE
    got = _table_facts(tmp_path, source)
    assert ("requests.new", "natural_person", 2) in got and ("requests.outcome", "total", 2) in got
    assert not {f for f in got if f[1].endswith(".total") and f[0] == "requests.outcome"}


@pytest.mark.parametrize("told", [
    # counts with units: a summary, no table
    "本年新收申请4件，上年结转1件，予以公开2件，部分公开1件，不予公开0件，无法提供1件，不予处理0件，"
    "其他处理0件，总计4件，结转下年度1件。\n",
    # a sub-row's numbering after the group head: the full table's rows, not the 总计 column
    "本年新收 4\n上年结转 1\n予以公开 2\n部分公开 1\n不予公开 1.属于国家秘密 0\n无法提供 1\n不予处理 0\n"
    "其他处理 0\n总计 4\n结转下年度继续办理 1\n",
])
def test_table_three_neighbours_are_no_total_column(tmp_path, told):
    source = TITLE.format(year=2021) + "三、收到和处理政府信息公开申请情况\n" + told + T4_NONE + CLOSE
    got = _table_facts(tmp_path, source)
    assert not {f for f in got if f[1] in ("deny.total", "unable.total", "reject.total")}


def test_table_four_header_beside_some_numbers_is_no_labelled_list(tmp_path):
    # the header words with the row after them: the last label's number is the first cell of the row
    told = ("行政复议 结果维持 结果纠正 其他结果 尚未审结 总计 2 1 0 0 3 0 0 0 0 0 1 0 0 0 1\n")
    source = TITLE.format(year=2020) + T3_ZERO + T4_HEAD + told + CLOSE
    path = tmp_path / "report.txt"
    path.write_text(source, encoding="utf-8")
    _, facts = extract(read_document(path, "report.txt"))
    assert not [f for f in facts if f.extractor == "t4.labelled"]
    assert {(f.measure, f.key, f.value) for f in facts if f.measure == "review"} >= {
        ("review", "upheld", 2), ("review", "total", 3)}
