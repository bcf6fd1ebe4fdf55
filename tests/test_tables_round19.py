"""Template tables as round-19 reports write them, snippets written for these tests (several
wordings per family): table 四 as a line of 5 then a line of 10 bare numbers with a summary
sentence under it; table 三's row labels listed before its rows of numbers (a label reading
like a sentence is no prose fact); table 二's decision rows listed together as none (…均无)
before a clause with a count."""
from __future__ import annotations

import pytest
from snippets import report_facts, table_triples

TITLE = "某某镇人民政府{year}年政府信息公开工作年度报告\n\n"
T4_HEAD = "四、政府信息公开行政复议、行政诉讼情况\n"
FIVE = "五、存在的主要问题及改进情况\n人员力量不足。\n"
REVIEW = {("review", "upheld", 2), ("review", "corrected", 0), ("review", "other", 0),
          ("review", "pending", 1), ("review", "total", 3)}
DIRECT = {("litigation.direct", "upheld", 0), ("litigation.direct", "corrected", 1),
          ("litigation.direct", "other", 0), ("litigation.direct", "pending", 0),
          ("litigation.direct", "total", 1)}
AFTER = {("litigation.after_review", k, 0) for k in ("upheld", "corrected", "other", "pending", "total")}


@pytest.mark.parametrize("body", [
    "行政复议\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n2 0 0 1 3\n"
    "行政诉讼（未经复议直接起诉／复议后起诉）\n0 1 0 0 1 0 0 0 0 0\n"
    "本年度我镇被申请行政复议3件，被提起行政诉讼1件。\n",
    "行政复议\n2 0 0 1 3\n行政诉讼\n0 1 0 0 1 0 0 0 0 0\n"
    "注：复议案件中1件至2023年1月仍在审理，诉讼1件已判决纠正。\n",
    "行政复议 结果维持 结果纠正 其他结果 尚未审结 总计\n2  0  0  1  3\n"
    "行政诉讼 未经复议直接起诉 复议后起诉\n0  1  0  0  1  0  0  0  0  0\n"
    "上述4件案件均涉及2021年的征收信息。\n",
    # a page break between the review line and the lawsuits' line
    "行政复议\n2 0 0 1 3\n— 6 —\n行政诉讼\n0 1 0 0 1 0 0 0 0 0\n",
])
def test_table_four_five_then_ten_numbers_with_a_sentence_under_it(tmp_path, body):
    text = TITLE.format(year=2022) + _table_three(" ") + T4_HEAD + body + FIVE
    assert table_triples(tmp_path, text, ("review", "litigation")) == REVIEW | DIRECT | AFTER


def test_table_four_sentence_between_the_lines_is_no_split_table(tmp_path):
    # the 5 and the 10 are not one table's lines when a sentence with counts stands between them
    text = (TITLE.format(year=2022) + _table_three(" ") + T4_HEAD + "行政复议\n2 0 0 1 3\n其中3件于2022年5月受理。\n"
            "行政诉讼\n0 1 0 0 1 0 0 0 0 0\n" + FIVE)
    assert not (table_triples(tmp_path, text, ("review", "litigation")) >= REVIEW | DIRECT | AFTER)


# the 2021 template's 25 row labels, then its 25 rows of numbers
T3_LABELS_2021 = "\n".join([
    "三、收到和处理政府信息公开申请情况", "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
    "三、本年度办理结果", "（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）不予公开",
    "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
    "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项", "（四）无法提供",
    "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确", "（五）不予处理",
    "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
    "5.要求行政机关确认或重新出具已获取信息", "（六）其他处理",
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他", "（七）总计",
    "四、结转下年度继续办理"]) + "\n"
ZEROS = "0{s}0{s}0{s}0{s}0{s}0{s}0"
GRANTED = "3{s}1{s}0{s}0{s}0{s}0{s}4"
T3_NUMBERS = ["4{s}1{s}0{s}0{s}0{s}0{s}5", ZEROS, GRANTED] + [ZEROS] * 19 + [
    "1{s}0{s}0{s}0{s}0{s}0{s}1", "4{s}1{s}0{s}0{s}0{s}0{s}5", ZEROS]


def _table_three(s: str) -> str:
    return T3_LABELS_2021 + "\n".join(line.format(s=s) for line in T3_NUMBERS) + "\n"


@pytest.mark.parametrize("s,before", [
    (" ", ""),
    ("\t", "全年共收到政府信息公开申请5件，均按时答复。\n"),
    ("  ", "依申请公开工作依法有序开展。\n"),
])
def test_table_three_labels_listed_before_its_numbers_are_no_sentences(tmp_path, s, before):
    text = (TITLE.format(year=2022) + "二、主动公开政府信息情况\n" + before + _table_three(s)
            + T4_HEAD + "本年度无。\n" + FIVE)
    new_totals = {f.value for f in report_facts(tmp_path, text)
                  if f.measure == "requests.new" and f.key == "total"}
    assert new_totals == {5}


@pytest.mark.parametrize("clause,zeros", [
    ("行政许可、行政强制、行政事业性收费均无，作出行政处罚决定4件", ("licensing", "coercion")),
    ("行政许可和行政强制均为0件；作出行政处罚决定4件", ("licensing", "coercion")),
    ("行政强制、行政许可决定都未发生，办理行政处罚4件", ("coercion", "licensing")),
])
def test_table_two_decision_rows_listed_as_none_then_a_count(tmp_path, clause, zeros):
    text = (TITLE.format(year=2024) + "二、主动公开政府信息情况\n"
            "本年未制发行政规范性文件，现行有效规范性文件2件；" + clause + "。\n"
            "三、收到和处理政府信息公开申请情况\n全年未收到申请。\n")
    decisions = {(f.measure, f.value) for f in report_facts(tmp_path, text) if f.key == "decisions"}
    assert decisions == {(f"t2.{row}", 0) for row in zeros} | {("t2.penalty", 4)}


@pytest.mark.parametrize("sentence,licensing", [
    ("行政许可事项上一年为20项，本年减少3项，全年作出许可决定612件；作出行政处罚决定7件。",
     {("prev_items", 20), ("delta", -3), ("decisions", 612)}),
    ("本局行政许可上一年项目数量8项，本年新增1项，办理许可决定45件；行政处罚决定7件。",
     {("prev_items", 8), ("delta", 1), ("decisions", 45)}),
    ("行政许可方面，上一年事项15项，本年增加4项，作出处理决定230件；作出行政处罚决定7件。",
     {("prev_items", 15), ("delta", 4), ("decisions", 230)}),
])
def test_table_two_decision_rows_in_2019_words_without_a_first_block(tmp_path, sentence, licensing):
    text = (TITLE.format(year=2020) + "一、总体情况\n全年主动公开政府信息90条。\n二、主动公开政府信息情况\n"
            + sentence + "\n三、收到和处理政府信息公开申请情况\n全年未收到申请。\n")
    rows = table_triples(tmp_path, text, ("t2.",))
    assert {(k, v) for m, k, v in rows if m == "t2.licensing"} == licensing
    assert ("t2.penalty", "decisions", 7) in rows
