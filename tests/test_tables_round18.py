"""Round-18 table-二 families, snippets written for these tests (several wordings per family, with
neighbours that must not change): the grid flattened onto one line (each row name followed by its
cells); rows told as 'row：column N件' sentences; one zero told for several rows and columns at
once (规章、规范性文件…均为0; 行政处罚、行政强制均为0) or decisions told in the sentence after the
first block; the year-end stock 现行有效 staying annual in a part-year report."""
from __future__ import annotations

import pytest
from snippets import report_facts

TITLE = "某某县某某局{year}年政府信息公开工作年度报告\n\n"
OVERVIEW = "一、总体情况\n本年度依法做好公开工作。\n"
T2 = "二、主动公开政府信息情况\n"
T3 = "三、收到和处理政府信息公开申请情况\n本年度未收到申请。\n"


def _facts(tmp_path, body: str, year: int = 2022, head: str = "") -> list:
    text = TITLE.format(year=year) + head + OVERVIEW + T2 + body + T3
    return [f for f in report_facts(tmp_path, text) if f.measure.startswith("t2.")]


def _t2(tmp_path, body: str, year: int = 2022) -> set:
    return {(f.measure, f.key, f.value) for f in _facts(tmp_path, body, year) if f.value is not None}


def _cells(rule, normdoc, licensing=None, penalty=None, coercion=None) -> set:
    found = {("t2.rule", k, v) for k, v in zip(("issued", "repealed", "in_force"), rule)}
    found |= {("t2.normdoc", k, v) for k, v in zip(("issued", "repealed", "in_force"), normdoc)}
    for row, value in (("licensing", licensing), ("penalty", penalty), ("coercion", coercion)):
        if value is not None:
            found.add((f"t2.{row}", "decisions", value))
    return found


# ------------------------------------------------------------------ the grid on one line
@pytest.mark.parametrize("line", [
    "规章 0 0 0 行政规范性文件 2 1 5 行政许可 4 行政处罚 3 行政强制 0",
    "规章 1 0 2 规范性文件 0 0 7 行政许可 11 行政处罚 6 行政强制 2 行政事业性收费 0",
    "规章  0  0  0  行政规范性文件  3  0  9  行政许可  0  行政处罚  12  行政强制  1",
])
def test_table_two_flattened_on_one_line_gives_each_row_its_cells(tmp_path, line):
    words = line.split()
    rule, normdoc = [float(w) for w in words[1:4]], [float(w) for w in words[5:8]]
    decisions = {words[i]: float(words[i + 1]) for i in range(8, len(words), 2)}
    found = _t2(tmp_path, line + "\n")
    assert _cells(rule, normdoc, decisions["行政许可"], decisions["行政处罚"], decisions["行政强制"]) <= found


def test_numbers_in_a_prose_line_naming_rows_are_no_flattened_grid(tmp_path):
    """Counts with units in prose are no cells run: the grid pattern needs a row name, bare
    numbers and the next row name with its first cell."""
    found = _t2(tmp_path, "本年度办理行政许可事项共计15件，较上年增加3件，行政处罚案件2起。\n")
    assert ("t2.licensing", "decisions", 3) not in found and ("t2.penalty", "decisions", 2) not in found


# ------------------------------------------------------------------ 'row：column N件'
@pytest.mark.parametrize("body,expected", [
    ("行政规范性文件：制发2件、废止1件、现行有效3件。行政许可：本年处理决定数量6。行政处罚：本年处理决定数量5。\n",
     {("t2.normdoc", "issued", 2), ("t2.normdoc", "repealed", 1), ("t2.normdoc", "in_force", 3),
      ("t2.licensing", "decisions", 6), ("t2.penalty", "decisions", 5)}),
    ("规章：本年制发0件，废止0件，现行有效0件。\n规范性文件：制发1件，废止0件，现行有效8件；行政许可：处理决定12件；"
     "行政强制：处理决定数为0。\n",
     {("t2.rule", "issued", 0), ("t2.rule", "repealed", 0), ("t2.rule", "in_force", 0),
      ("t2.normdoc", "issued", 1), ("t2.normdoc", "repealed", 0), ("t2.normdoc", "in_force", 8),
      ("t2.licensing", "decisions", 12), ("t2.coercion", "decisions", 0)}),
    ("行政规范性文件：制发数量为4件，废止2件，现行有效20件。行政处罚：决定数量17件。\n",
     {("t2.normdoc", "issued", 4), ("t2.normdoc", "repealed", 2), ("t2.normdoc", "in_force", 20),
      ("t2.penalty", "decisions", 17)}),
])
def test_a_row_named_before_its_column_counts_is_read(tmp_path, body, expected):
    assert expected <= _t2(tmp_path, body)


def test_a_row_with_a_colon_and_one_count_alone_is_no_table_row(tmp_path):
    """制发N件 alone is any count: a second column of the block must follow."""
    found = _t2(tmp_path, "规范性文件：制发3件，均经合法性审查。\n")
    assert ("t2.normdoc", "issued", 3) not in found


# ------------------------------------------------------------------ one zero for rows and columns
@pytest.mark.parametrize("sentence", [
    "第二十条第（一）项：规章、行政规范性文件本年制发、废止、现行有效件数均为0。\n",
    "规章和行政规范性文件制发、废止、现行有效数量均为0。\n",
    "规章、规范性文件本年度制发、废止、现行有效均为0件。\n",
])
def test_one_zero_for_both_rows_and_every_column(tmp_path, sentence):
    assert _cells((0, 0, 0), (0, 0, 0)) <= _t2(tmp_path, sentence)


@pytest.mark.parametrize("sentence", [
    "第二十条第（五）项：行政许可处理决定2件。第二十条第（六）项：行政处罚、行政强制均为0。\n",
    "第二十条第（五）项：行政许可 2\n第二十条第（六）项：行政处罚和行政强制均为0\n",
    "第二十条第（五）项：行政许可处理决定2件。第二十条第（六）项：行政处罚与行政强制均为0。\n",
])
def test_decision_rows_named_together_share_their_zero(tmp_path, sentence):
    found = _t2(tmp_path, "第二十条第（一）项：规章、行政规范性文件制发、废止、现行有效件数均为0。\n" + sentence)
    assert {("t2.licensing", "decisions", 2), ("t2.penalty", "decisions", 0),
            ("t2.coercion", "decisions", 0)} <= found


@pytest.mark.parametrize("sentence,expected", [
    ("本年我局制发行政规范性文件1件、废止0件，现行有效4件；未制发规章。作出行政许可决定3件，行政处罚决定8件，无行政强制决定。\n",
     (3, 8, 0)),
    ("全年制发规范性文件2件，废止1件，现行有效6件。作出行政许可决定15件，行政处罚决定0件，未作出行政强制决定。\n",
     (15, 0, 0)),
    ("制发行政规范性文件0件，废止0件，现行有效3件。办理行政许可21件，行政处罚决定4件，行政强制决定1件。\n",
     (21, 4, 1)),
])
def test_decisions_told_in_the_sentence_after_the_first_block(tmp_path, sentence, expected):
    found = _t2(tmp_path, sentence)
    for row, value in zip(("licensing", "penalty", "coercion"), expected):
        assert (f"t2.{row}", "decisions", value) in found


@pytest.mark.parametrize("sentence", [
    "本局持续优化营商环境。作出行政许可决定30件。\n",
    "本年度未制定规范性文件。全年办理行政许可决定30件。\n",
    "今年没有出台规章。行政许可决定30件，行政处罚决定2件。\n",
])
def test_a_licence_count_after_no_first_block_sentence_stays_out(tmp_path, sentence):
    """A sentence end parts decisions from the first block only once that block was told with its
    columns: after a bare denial (or nothing) 作出行政许可决定 is a service count."""
    found = _t2(tmp_path, sentence)
    assert ("t2.licensing", "decisions", 30) not in found


# ------------------------------------------------------------------ periods of a part-year report
PART_YEAR = ["本报告所列数据的统计期限自{y}年7月1日起至{y}年12月31日止。\n",
             "报告中所列数据统计时限为{y}年9月1日至12月31日。\n",
             "本年报统计时段为{y}年5月15日至{y}年12月31日。\n"]


@pytest.mark.parametrize("statement", PART_YEAR)
def test_in_force_stays_annual_while_flows_are_partial_year(tmp_path, statement):
    body = "规章\t0\t0\t0\n行政规范性文件\t2\t1\t6\n行政许可\t5\n行政处罚\t2\n行政强制\t0\n行政事业性收费\t0\n"
    periods = {(f.measure, f.key): f.period for f in _facts(tmp_path, body, head=statement.format(y=2022))}
    assert periods[("t2.normdoc", "in_force")] == periods[("t2.rule", "in_force")] == "annual"
    assert periods[("t2.normdoc", "issued")] == periods[("t2.licensing", "decisions")] == "partial_year"


@pytest.mark.parametrize("statement", PART_YEAR)
def test_the_cumulative_column_stays_cumulative_in_a_part_year_report(tmp_path, statement):
    body = ("第二十条第（一）项\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n"
            "规章\t0\t0\t0\n规范性文件\t3\t3\t41\n")
    periods = {(f.measure, f.key): f.period for f in _facts(tmp_path, body, year=2020, head=statement.format(y=2020))}
    assert periods[("t2.normdoc", "total_published")] == "cumulative"
    assert periods[("t2.normdoc", "made")] == "partial_year"
