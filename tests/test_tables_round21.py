"""Template tables as round-21 converters write them, snippets written for these tests (several
wordings per family, with neighbours that must not change): table 三 cut down to its four flow
rows (one number each, on the label's line or the next, or two rows on one line); table 二's fee
row moved below table 三; a sentence giving one 0 to the table-二 columns it lists only."""
from __future__ import annotations

import pytest
from snippets import table_triples

TITLE = "某某镇人民政府{year}年政府信息公开工作年度报告\n\n"
T2_2021 = ("二、主动公开政府信息情况\n第二十条第（一）项\n规章\t0\t0\t0\n行政规范性文件\t2\t0\t7\n"
           "第二十条第（五）项\n行政许可\t58\n")
T3_HEAD = "三、收到和处理政府信息公开申请情况\n"
T4 = "四、政府信息公开行政复议、行政诉讼情况\n本年度无行政复议、行政诉讼。\n"


def _facts(tmp_path, body: str, year: int = 2022, prefixes=("requests.", "t2.")):
    return table_triples(tmp_path, TITLE.format(year=year) + body, prefixes)


def _flow(new, carried_in, total, carried_out):
    return {("requests.new", "total", new), ("requests.carried_in", "total", carried_in),
            ("requests.outcome", "total", total), ("requests.carried_out", "total", carried_out)}


# ------------------------------------------------------------------ table 三: the four flow rows alone
@pytest.mark.parametrize("rows,flow", [
    # one number a line, under its label
    ("一、本年新收政府信息公开申请数量\n0\n二、上年结转政府信息公开申请数量\n0\n（七）总计\n0\n"
     "四、结转下年度继续办理\n0\n", (0, 0, 0, 0)),
    # two rows flattened onto one line
    ("一、本年新收政府信息公开申请数量 3 二、上年结转政府信息公开申请数量 1\n（七）总计 2 四、结转下年度继续办理 2\n",
     (3, 1, 2, 2)),
    # each row on its own line, its number after a tab
    ("一、本年新收政府信息公开申请数量\t5\n二、上年结转政府信息公开申请数量\t0\n（七）总计\t5\n"
     "四、结转下年度继续办理\t0\n", (5, 0, 5, 0)),
])
def test_the_four_flow_rows_alone(tmp_path, rows, flow):
    assert _flow(*flow) <= _facts(tmp_path, T2_2021 + T3_HEAD + rows + T4)


def test_flow_rows_that_do_not_balance_are_not_read(tmp_path):
    rows = ("一、本年新收政府信息公开申请数量 3 二、上年结转政府信息公开申请数量 1\n"
            "（七）总计 2 四、结转下年度继续办理 1\n")
    found = _facts(tmp_path, T2_2021 + T3_HEAD + rows + T4)
    assert ("requests.carried_out", "total", 1) not in found


# ------------------------------------------------------------------ table 二's fee row below table 三
FLOW_ZERO = ("一、本年新收政府信息公开申请数量 0 二、上年结转政府信息公开申请数量 0\n"
             "（七）总计 0 四、结转下年度继续办理 0\n")


@pytest.mark.parametrize("fee_line,amount", [
    ("| 行政事业性收费 | 0.00 |", 0),
    ("第二十条第（八）项\n行政事业性收费\t2.5", 25000),      # the 2021 column is in 万元
    ("第二十条第（八）项\t行政事业性收费\t0.3", 3000),
])
def test_fee_row_below_table_three(tmp_path, fee_line, amount):
    found = _facts(tmp_path, T2_2021 + T3_HEAD + FLOW_ZERO + fee_line + "\n" + T4)
    assert ("t2.fee", "amount", amount) in found
    assert ("t2.licensing", "decisions", 58) in found


def test_fee_words_in_a_sentence_below_table_three_are_no_row(tmp_path):
    note = "本年度行政事业性收费事项调整2项。\n"
    found = _facts(tmp_path, T2_2021 + T3_HEAD + FLOW_ZERO + note + T4)
    assert not {f for f in found if f[0] == "t2.fee"}


# ------------------------------------------------------------------ table 二: one 0 for the listed columns
@pytest.mark.parametrize("sentence", [
    "规章、规范性文件的本年新制作数量、新公开数量均为0。",
    "规章和规范性文件本年度新制作和新公开均为0",
    "规章、规范性文件新制作与新公开件数都是0",
])
def test_a_zero_for_the_listed_columns_only(tmp_path, sentence):
    body = ("二、主动公开政府信息情况\n" + sentence + "\n其他对外管理服务事项上一年项目数量9项，本年增加1项，处理决定数量30件。\n"
            + T3_HEAD + FLOW_ZERO + T4)
    found = _facts(tmp_path, body, year=2020, prefixes=("t2.rule", "t2.normdoc"))
    assert {("t2.rule", "made", 0), ("t2.rule", "published", 0), ("t2.normdoc", "made", 0),
            ("t2.normdoc", "published", 0)} <= found
    assert not {f for f in found if f[1] == "total_published"}   # 对外公开总数量 is not told


@pytest.mark.parametrize("sentence", ["规章一栏均为0。规范性文件各栏均为0。", "规章、规范性文件各项均为0。"])
def test_a_zero_for_every_cell_when_no_column_is_named(tmp_path, sentence):
    body = ("二、主动公开政府信息情况\n" + sentence + "\n行政处罚上一年项目数量4项，本年增加0项，处理决定数量12件。\n"
            + T3_HEAD + FLOW_ZERO + T4)
    found = _facts(tmp_path, body, year=2020, prefixes=("t2.rule",))
    assert ("t2.rule", "total_published", 0) in found
