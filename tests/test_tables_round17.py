"""Template tables as round-17 short reports write them, snippets written for these tests (several
wordings per family): table 三 abridged to the rows it filled, each read by its label (sub-rows may
share one line); table 四 as one sentence of named cells per group, or as one line of the groups'
labels each before its five bare cells."""
from __future__ import annotations

import pytest
from snippets import table_triples

TITLE = "某某镇人民政府{year}年政府信息公开工作年度报告\n\n"
T4_NONE = "四、政府信息公开行政复议、行政诉讼情况\n本年度无。\n"
T3 = "三、收到和处理政府信息公开申请情况\n"


def _facts(tmp_path, body: str, year: int = 2022, prefixes=("requests.",)):
    return table_triples(tmp_path, TITLE.format(year=year) + body, prefixes)


def _flow(new, carried_in, total, carried_out):
    return {("requests.new", "total", new), ("requests.carried_in", "total", carried_in),
            ("requests.outcome", "total", total), ("requests.carried_out", "total", carried_out)}


# ------------------------------------------------------------------ table 三 with its filled rows
def _new_full(s: str, cells=(4, 1, 0, 0, 2, 0, 7)) -> str:
    return "一、本年新收政府信息公开申请数量" + s + s.join(map(str, cells))


@pytest.mark.parametrize("s", ["\t", " | "])
def test_sub_rows_sharing_a_line_after_their_group_head(tmp_path, s):
    body = (T3 + _new_full(s) + "\n二、上年结转政府信息公开申请数量" + s + s.join("0000001") + "\n"
            + f"（一）予以公开{s}3\n"
            + f"（四）无法提供{s}1.本机关不掌握相关政府信息{s}2{s}3.补正后申请内容仍不明确{s}1\n"
            + f"（五）不予处理{s}2.重复申请{s}1\n（七）总计{s}7\n四、结转下年度继续办理{s}1\n" + T4_NONE)
    facts = _facts(tmp_path, body)
    assert _flow(7, 1, 7, 1) <= facts
    assert {("requests.outcome", "granted", 3), ("requests.outcome", "unable.not_held", 2),
            ("requests.outcome", "unable.unclear", 1), ("requests.outcome", "reject.duplicate", 1)} <= facts


def test_glued_sub_rows_in_the_2019_layout_read_the_same(tmp_path):
    body = (T3 + _new_full("\t", (2, 0, 0, 0, 0, 0, 2)) + "\n二、上年结转政府信息公开申请数量\t" + "\t".join("0000000")
            + "\n（一）予以公开\t1\n（五）不予处理\t1.信访举报投诉类申请\t0\t2.重复申请\t1\n（七）总计\t2\n"
            + "四、结转下年度继续办理\t0\n" + T4_NONE)
    facts = _facts(tmp_path, body, year=2020)
    assert {("requests.outcome", "granted", 1), ("requests.outcome", "reject.petition", 0),
            ("requests.outcome", "reject.duplicate", 1), ("requests.outcome", "total", 2)} <= facts


def test_a_full_intake_row_is_read_as_written_when_its_parts_fall_short_of_its_total(tmp_path):
    """The row's parts (0) fall short of its 总计 (2): the flow rows' balance (9 + 2 = 8 + 3)
    checks the totals, and the rows of the list are still read (parts over it: see round 13)."""
    body = (T3 + "| " + _new_full(" | ", (5, 0, 0, 0, 4, 0, 9)) + " |\n| 二、上年结转政府信息公开申请数量 | "
            + " | ".join("0000002") + " |\n| （一）予以公开 | 6 |\n| （二）部分公开 | 2 |\n| （七）总计 | 8 |\n"
            + "| 四、结转下年度继续办理 | 3 |\n" + T4_NONE)
    facts = _facts(tmp_path, body)
    assert {("requests.new", "total", 9), ("requests.carried_in", "total", 2),
            ("requests.outcome", "granted", 6), ("requests.carried_out", "total", 3)} <= facts


@pytest.mark.parametrize("last", ["四、结转下年度继续办理\n1", "四、结转下年度继续办理 \n 1", "结转下年度继续办理\n1"])
def test_each_number_on_the_line_under_its_label_down_to_the_last_row(tmp_path, last):
    body = (T3 + "一、本年新收政府信息公开申请数量\n3\n二、上年结转政府信息公开申请数量\n1\n"
            f"（一）予以公开\n2\n（二）部分公开\n1\n（七）总计\n3\n{last}\n" + T4_NONE)
    facts = _facts(tmp_path, body)
    assert _flow(3, 1, 3, 1) | {("requests.outcome", "granted", 2), ("requests.outcome", "partial", 1)} <= facts


# ------------------------------------------------------------------ table 四 as a sentence
T4 = "四、政府信息公开行政复议、行政诉讼情况\n{}\n五、存在的主要问题及改进情况\n无。\n"
T3_SHORT = (T3 + "一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n"
            "（一）予以公开\t1\n（七）总计\t1\n四、结转下年度继续办理\t0\n")


def _t4(values):
    keys = ("upheld", "corrected", "other", "pending", "total")
    return {(g, k, v) for g, vs in zip(("review", "litigation.direct", "litigation.after_review"), values)
            for k, v in zip(keys, vs)}


@pytest.mark.parametrize("sentence,values", [
    ("行政复议：维持2，纠正0，其他0，未审结1，总计3；直接起诉：维持0，纠正1，其他0，未审结0，总计1；复议后起诉：均为0。",
     ((2, 0, 0, 1, 3), (0, 1, 0, 0, 1), (0, 0, 0, 0, 0))),
    ("行政复议：均为0；未经复议直接起诉：维持1，纠正0，其他0，未审结0，总计1；复议后起诉：维持0，纠正0，其他0，未审结1，总计1。",
     ((0, 0, 0, 0, 0), (1, 0, 0, 0, 1), (0, 0, 0, 1, 1))),
    ("行政复议 结果维持1，结果纠正1，其他结果0，尚未审结0，总计2；直接起诉 均为0；复议后起诉 全部为0。",
     ((1, 1, 0, 0, 2), (0, 0, 0, 0, 0), (0, 0, 0, 0, 0))),
])
def test_table_four_as_named_cells_per_group(tmp_path, sentence, values):
    facts = _facts(tmp_path, T3_SHORT + T4.format(sentence), prefixes=("review", "litigation"))
    assert _t4(values) <= facts


def test_a_count_with_its_unit_is_no_all_zero_group(tmp_path):
    sentence = "行政复议：维持1，纠正0，其他0，未审结0，总计1；复议后起诉：均为0件。"
    facts = _facts(tmp_path, T3_SHORT + T4.format(sentence), prefixes=("litigation",))
    assert not {f for f in facts if f[0] == "litigation.after_review" and f[1] != "total"}


# ------------------------------------------------------------------ table 四 as one line of groups
@pytest.mark.parametrize("line,values", [
    ("行政复议 0 0 0 0 0 行政诉讼 未经复议直接起诉 0 0 0 0 0 复议后起诉 0 0 0 0 0",
     ((0, 0, 0, 0, 0),) * 3),
    ("行政复议 1 0 0 0 1 行政诉讼 未经复议直接起诉 0 0 1 0 1 复议后起诉 0 0 0 0 0",
     ((1, 0, 0, 0, 1), (0, 0, 1, 0, 1), (0, 0, 0, 0, 0))),
    ("行政复议 | 0 | 1 | 0 | 0 | 1 | 行政诉讼 | 直接起诉 | 2 | 0 | 0 | 0 | 2 | 复议后起诉 | 0 | 0 | 0 | 1 | 1",
     ((0, 1, 0, 0, 1), (2, 0, 0, 0, 2), (0, 0, 0, 1, 1))),
])
def test_table_four_alone_as_one_line_of_labelled_groups(tmp_path, line, values):
    """No table 二 or 三 the parser knows: the labelled line alone makes table 四 a table."""
    body = "一、总体情况\n本年度依法公开。\n" + T4.format(line)
    facts = _facts(tmp_path, body, year=2024, prefixes=("review", "litigation"))
    assert _t4(values) <= facts


def test_a_lawsuit_sentence_without_five_bare_cells_makes_no_table(tmp_path):
    body = "一、总体情况\n本年度依法公开。\n" + T4.format("行政复议 1件，行政诉讼 未经复议直接起诉 0件，复议后起诉 0件。")
    assert not _facts(tmp_path, body, year=2024, prefixes=("review", "litigation"))
