"""Information-processing fee tables (件数 / 金额 columns beside template table 三), in the shapes
converters leave them: tab rows, space-separated PDF text, one flattened line, and transposed."""
from __future__ import annotations

import pytest
from ogi.extract.template import extract_template, fee_table
from ogi.model import Document
from ogi.normalise import normalise
from ogi.read import read_document

T3 = ("三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 3 0 0 0 0 0 3\n"
      "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0\n")


def fees(text: str) -> set[tuple[str, str, float, str]]:
    doc = Document("t.txt", "rid", "txt", normalise(text), text)
    return {(f.measure, f.key, f.value, f.unit) for f in fee_table(doc)}


def expect(amount: float | None, count: float | None) -> set[tuple[str, str, float, str]]:
    out = set()
    if amount is not None:
        out.add(("fees", "charged", amount, "yuan"))
    if count is not None:
        out.add(("fee_requests", "charged", count, "request"))
    return out


@pytest.mark.parametrize("text, amount, count", [
    # space-separated rows under a header, a total row
    ("收取信息处理费情况\n收费方式 件数 金额（元）\n按件收费 2 300\n按量收费 1 120\n合计 3 420\n", 420, 3),
    # the amount column in 万元
    ("六、其他需要报告的事项\n信息处理费收取情况\n项目 件数 金额（单位：万元）\n按件计收 4 0.06\n按量计收 0 0\n总计 4 0.06\n",
     600, 4),
    # one flattened line (crawler text)
    ("本机关收费情况如下：收费方式 件数 金额(元) 按件收费 1 100 按量收费 0 0 合计 1 100 七、", 100, 1),
    # no total row: the scale rows add up
    ("收取信息处理费\n计收方式 件数 金额（元）\n1.按件计收 2 200\n2.按量计收 3 90\n", 290, 5),
    # a single row stating zero is a zero
    ("依申请公开信息处理费\n事项 件数 金额（元）\n收取信息处理费 0 0\n", 0, 0),
    # the cell writes 元 under a 万元 header: the cell's own unit wins
    ("信息处理费\n类别 件数 金额（万元）\n合计 2 250元\n", 250, 2),
])
def test_fee_rows_under_a_count_and_amount_header(text, amount, count):
    assert fees(text) == expect(amount, count)


def test_fee_table_in_markdown_tab_rows_through_the_template_extractor(tmp_path):
    source = (T3 + "\n收取信息处理费情况\n\n| 收费方式 | 件数 | 金额（元） |\n|---|---|---|\n"
              "| 按件收费 | 3 | 500 |\n| 按量收费 | 1 | 40 |\n| 合计 | 4 | 540 |\n")
    path = tmp_path / "r.md"
    path.write_text(source, encoding="utf-8")
    doc = read_document(path, "r.md")
    facts = [f for f in extract_template(doc).facts if f.measure in ("fees", "fee_requests")]
    assert {(f.measure, f.value) for f in facts} == {("fees", 540), ("fee_requests", 4)}
    amount = next(f for f in facts if f.measure == "fees")
    assert doc.text[amount.char_start:amount.char_end] == "540"
    assert amount.source_frame == "template_table" and amount.label_raw == "合计 金额（元）"


def test_a_blank_amount_cell_gives_the_count_only(tmp_path):
    source = "信息处理费\n\n| 收费方式 | 件数 | 金额（元） |\n|---|---|---|\n| 合计 | 2 |  |\n"
    path = tmp_path / "r.md"
    path.write_text(source, encoding="utf-8")
    doc = read_document(path, "r.md")
    assert {(f.measure, f.value) for f in fee_table(doc)} == {("fee_requests", 2)}


def test_transposed_fee_table_scales_across_the_header():
    text = "收取信息处理费情况\n收费方式 按件收费 按量收费 合计\n件数 2 1 3\n金额（元） 300 120 420\n"
    assert fees(text) == expect(420, 3)
    no_total = "信息处理费\n方式 按件计收 按量计收\n件数 1 2\n金额（元） 100 60\n"
    assert fees(no_total) == expect(160, 3)


@pytest.mark.parametrize("text", [
    # a count and amount table about something else
    "政府集中采购情况\n类别 件数 金额（元）\n采购项目 9 152000\n合计 9 152000\n",
    # glued digits: count and amount cannot be told apart
    "收取信息处理费情况收费方式件数金额（元）按件收费2300按量收费1120合计3420",
    # table 二's fee row (an amount with no count column) is table 二's, not a fee table
    "第二十条第（八）项\n信息内容 本年收费金额（单位：万元）\n行政事业性收费 12.5\n",
    # prose about fees without a table
    "本年度共收取信息处理费300元，涉及申请2件。",
])
def test_not_a_fee_table(text):
    assert fees(text) == set()


NOTICE_HEAD = "五、信息处理费收取情况\n通知收取件数 通知收取金额（元） 实际收取金额（元）\n"


@pytest.mark.parametrize("text, facts", [
    # values separated, no row label: notified 3 requests for 400, collected 250
    (NOTICE_HEAD + "3 400 250\n六、存在的主要问题", {("fee_notices", "requests", 3, "request"),
                                                  ("fee_notices", "amount", 400, "yuan"),
                                                  ("fees", "charged", 250, "yuan")}),
    # crawler text: header and row glued, one digit per column
    (NOTICE_HEAD.replace("\n", "").replace(" ", "") + "信息处理费收取情况000六、存在的主要问题",
     {("fee_notices", "requests", 0, "request"), ("fee_notices", "amount", 0, "yuan"), ("fees", "charged", 0, "yuan")}),
    # amounts in 万元, a row label before the values
    ("信息处理费收取情况\n项目 通知收取件数 通知收取金额（万元） 实际收取金额（万元）\n本年度 2 0.05 0.03\n",
     {("fee_notices", "requests", 2, "request"), ("fee_notices", "amount", 500, "yuan"), ("fees", "charged", 300, "yuan")}),
])
def test_fee_notices_and_fees_actually_collected(text, facts):
    assert fees(text) == facts


def test_a_glued_run_longer_than_one_digit_per_column_is_not_split():
    assert fees(NOTICE_HEAD.replace("\n", "") + "3400250六、") == set()


@pytest.mark.parametrize("row, amount", [
    ("| 收取信息处理费（元） | 300 |", 300),
    ("| 依申请公开信息处理费 | 1.5万元 |", 15000),
    ("| 本年度收取政府信息公开处理费用 | 0 |", 0),
    ("| 收费金额（万元） | 0.2 |", 2000),
])
def test_a_fee_row_with_its_amount_in_the_next_cell(tmp_path, row, amount):
    path = tmp_path / "r.md"
    path.write_text(f"六、其他需要报告的事项\n\n| 事项 | 情况 |\n|---|---|\n{row}\n", encoding="utf-8")
    doc = read_document(path, "r.md")
    assert {(f.measure, f.key, f.value) for f in fee_table(doc)} == {("fees", "charged", amount)}


@pytest.mark.parametrize("row", [
    "| 收取信息处理费 | 300 |",                        # no unit: 300 what?
    "| 申请人逾期未按收费通知要求缴纳费用 | 2 |",       # table 三's (六)2 row counts requests
    "| 行政事业性收费 | 12 |",                          # table 二's fee row
    "| 信息处理费 | 3 | 300 |",                         # two numbers: not one amount
])
def test_rows_that_are_not_a_fee_amount(tmp_path, row):
    path = tmp_path / "r.md"
    path.write_text(f"| 事项 | 情况 |\n|---|---|\n{row}\n", encoding="utf-8")
    assert fee_table(read_document(path, "r.md")) == []
