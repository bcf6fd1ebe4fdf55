"""Template tables 二/三/四 (2019 and 2021 layouts) in every input shape, and their checks."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ogi.checks import template as template_checks
from ogi.extract.digits import token_splits
from ogi.extract.template import _sum_row_splits, extract_template
from ogi.model import Document, Metadata
from ogi.normalise import normalise

E2_T3_LABELS = [
    ("new", "一、本年新收政府信息公开申请数量"), ("carried_in", "二、上年结转政府信息公开申请数量"),
    ("granted", "三、本年度办理结果（一）予以公开"), ("partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    ("deny.state_secret", "（三）不予公开1.属于国家秘密"), ("deny.law_prohibited", "2.其他法律行政法规禁止公开"),
    ("deny.security_stability", "3.危及“三安全一稳定”"), ("deny.third_party", "4.保护第三方合法权益"),
    ("deny.internal_affairs", "5.属于三类内部事务信息"), ("deny.process_info", "6.属于四类过程性信息"),
    ("deny.enforcement_file", "7.属于行政执法案卷"), ("deny.admin_query", "8.属于行政查询事项"),
    ("unable.not_held", "（四）无法提供1.本机关不掌握相关政府信息"), ("unable.needs_creation", "2.没有现成信息需要另行制作"),
    ("unable.unclear", "3.补正后申请内容仍不明确"), ("reject.petition", "（五）不予处理1.信访举报投诉类申请"),
    ("reject.duplicate", "2.重复申请"), ("reject.publication", "3.要求提供公开出版物"),
    ("reject.mass_repeat", "4.无正当理由大量反复申请"), ("reject.confirm_reissue", "5.要求行政机关确认或重新出具已获取信息"),
]
E2_OTHER = [("other", "（六）其他处理")]
E3_OTHER = [("other.no_correction", "（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
            ("other.fee_unpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
            ("other.other", "3.其他")]
TAIL = [("outcome_total", "（七）总计"), ("carried_out", "四、结转下年度继续办理")]
T4_HEAD = ("四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 "
           "未经复议直接起诉 复议后起诉 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计\n")
T4_VALUES = [2, 1, 0, 0, 3, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0]


def t3_values(e3: bool) -> dict[str, list[int]]:
    """A reconciling table 三: 5 new (4 people + 1 firm), 1 carried in, 5 answered, 1 carried out."""
    rows = {key: [0] * 7 for key, _ in E2_T3_LABELS + (E3_OTHER if e3 else E2_OTHER) + TAIL}
    rows["new"] = [4, 1, 0, 0, 0, 0, 5]
    rows["carried_in"] = [1, 0, 0, 0, 0, 0, 1]
    rows["granted"] = [2, 1, 0, 0, 0, 0, 3]
    rows["unable.not_held"] = [1, 0, 0, 0, 0, 0, 1]
    rows["other.other" if e3 else "other"] = [1, 0, 0, 0, 0, 0, 1]
    rows["outcome_total"] = [4, 1, 0, 0, 0, 0, 5]
    rows["carried_out"] = [1, 0, 0, 0, 0, 0, 1]
    return rows


def render(t2_rows: list[tuple[str, list]], e3: bool, sep: str, t4_sep: str | None = None,
           t3_e3: bool | None = None) -> str:
    """A report with the three tables, cells joined by `sep` ('' = glued crawler text); table 三
    follows the table-二 layout unless `t3_e3` says otherwise."""
    t4_sep = sep if t4_sep is None else t4_sep
    t3_e3 = e3 if t3_e3 is None else t3_e3
    head2 = ("第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数" if e3 else
             "第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量")
    parts = ["二、主动公开政府信息情况\n", head2]
    for label, cells in t2_rows:
        parts.append(label + sep + sep.join(str(c) for c in cells))
    parts.append("三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
                 "申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他")
    values = t3_values(t3_e3)
    for key, label in E2_T3_LABELS + (E3_OTHER if t3_e3 else E2_OTHER) + TAIL:
        parts.append(label + sep + sep.join(str(v) for v in values[key]))
    parts.append(T4_HEAD + t4_sep.join(str(v) for v in T4_VALUES))
    parts.append("五、存在的主要问题及改进情况 无。")
    return "".join(parts)


E2_T2 = [("规章", [0, 0, 3]), ("规范性文件", [3, 3, 10]), ("第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可", [30, 2, 150]),
         ("其他对外管理服务事项", [5, 0, 7]), ("第二十条第（六）项信息内容上一年项目数量本年增/减处理决定数量行政处罚", [8, 0, 40]),
         ("行政强制", [0, 0, 0]), ("第二十条第（八）项信息内容上一年项目数量本年增/减行政事业性收费", [2, 0]),
         ("第二十条第（九）项信息内容采购项目数量采购总金额政府集中采购", [3, "52000元"])]
E3_T2 = [("规章", [1, 0, 9]), ("行政规范性文件", [2, 1, 20]), ("第二十条第（五）项信息内容本年处理决定数量行政许可", [150]),
         ("第二十条第（六）项信息内容本年处理决定数量行政处罚", [40]), ("行政强制", [0]),
         ("第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费", [12.5])]


def parse(text: str) -> tuple[str | None, list]:
    doc = Document("t.txt", "rid", "txt", normalise(text), text)
    return extract_template(doc)


def by_key(facts) -> dict[tuple[str, str], float]:
    return {(f.measure, f.key): f.value for f in facts}


def assert_full_e2(facts):
    got = by_key(facts)
    assert got[("t2.normdoc", "made")] == 3 and got[("t2.normdoc", "total_published")] == 10
    assert got[("t2.licensing", "delta")] == 2 and got[("t2.licensing", "decisions")] == 150
    assert got[("t2.fee", "prev_items")] == 2
    assert got[("t2.procurement", "projects")] == 3 and got[("t2.procurement", "amount")] == 52000
    assert got[("requests.new", "natural_person")] == 4 and got[("requests.new", "total")] == 5
    assert got[("requests.carried_in", "total")] == 1 and got[("requests.carried_out", "total")] == 1
    assert got[("requests.outcome", "granted")] == 3 and got[("requests.outcome", "other")] == 1
    assert got[("requests.outcome", "total")] == 5
    assert got[("t3.cell", "granted.org_business")] == 1
    assert got[("review", "total")] == 3 and got[("litigation.direct", "pending")] == 1
    assert got[("litigation.direct", "total")] == 2 and got[("litigation.after_review", "total")] == 0
    # only the total column of carried/outcome rows is a requests.* fact
    assert ("requests.carried_in", "natural_person") not in got
    assert ("requests.outcome", "granted.natural_person") not in got


@pytest.mark.parametrize("sep", [" ", "\t"])
def test_e2_separated_cells(sep):
    template, facts = parse(render(E2_T2, e3=False, sep=sep))
    assert template == "template_2019"
    assert_full_e2(facts)
    assert not [f for f in facts if f.flag]


def test_e2_glued_digit_runs_are_split_by_the_table_constraints():
    text = render(E2_T2, e3=False, sep="")
    template, facts = parse(text)
    assert template == "template_2019"
    got = by_key(facts)
    # 规范性文件3310: only 3|3|10 keeps the cumulative column >= the annual one
    assert (got[("t2.normdoc", "made")], got[("t2.normdoc", "published")],
            got[("t2.normdoc", "total_published")]) == (3, 3, 10)
    assert not any(f.flag for f in facts if f.measure == "t2.normdoc")
    # table 三 and 四 are fixed by the row totals
    for key, values in t3_values(False).items():
        if key == "new":
            assert [got[("requests.new", c)] for c in ("natural_person", "org_business", "total")] == \
                [values[0], values[1], values[6]]
    assert got[("requests.outcome", "unable.not_held")] == 1
    assert [got[(g, "total")] for g in ("review", "litigation.direct", "litigation.after_review")] == [3, 2, 0]
    assert not any(f.flag for f in facts if not f.measure.startswith("t2."))


def test_offsets_point_at_the_digits_of_each_cell_even_inside_a_glued_run():
    text = render(E2_T2, e3=False, sep="")
    doc_text = normalise(text)
    _, facts = parse(text)
    for f in facts:
        if f.value is not None and f.measure != "t2.procurement":
            assert float(doc_text[f.char_start:f.char_end]) == f.value, f
    normdoc = [f for f in facts if f.measure == "t2.normdoc"]
    run_start = doc_text.index("规范性文件3310") + len("规范性文件")
    assert sorted((f.char_start - run_start, f.char_end - run_start) for f in normdoc) == [(0, 1), (1, 2), (2, 4)]
    assert all(f.source_frame == "template_table" and f.evidence and f.label_raw for f in facts)


def test_ambiguous_split_is_flagged_with_every_reading_not_guessed():
    text = render([("规章", [0, 0, 0]), ("规范性文件", [0, 0, 0]),
                   ("第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可", [0, 12, 4]),
                   ("第二十条第（九）项信息内容采购项目数量采购总金额政府集中采购", ["3147230元"])], e3=False, sep="")
    _, facts = parse(text)
    lic = {f.key: f for f in facts if f.measure == "t2.licensing"}
    # both readings keep 上一年项目数量 0: that cell is certain; the other two are unsure and,
    # as no convention ranks 0|12|4 above 0|1|24, they have no value
    assert (lic["prev_items"].value, lic["prev_items"].flag) == (0, "")
    assert [(lic[k].value, lic[k].flag) for k in ("delta", "decisions")] == [(None, "ambiguous_split")] * 2
    readings = lic["delta"].candidates.split("; ")
    assert "0|12|4" in readings and "0|1|24" in readings
    proc = {f.key: f for f in facts if f.measure == "t2.procurement"}
    assert {(f.value, f.flag) for f in proc.values()} == {(None, "ambiguous_split")}   # several plausible prices
    assert "3|147230" in proc["projects"].candidates and "31|47230" in proc["projects"].candidates
    checks = [c for c in template_checks.run(Metadata(), facts) if c.rule == "digit_split"]
    assert {c.status for c in checks} == {"ambiguous"} and len(checks) == 2


@pytest.mark.parametrize("sep", [" ", "", "\t"])
def test_e3_layout_in_every_shape(sep):
    template, facts = parse(render(E3_T2, e3=True, sep=sep))
    assert template == "template_2021"
    got = by_key(facts)
    assert got[("t2.normdoc", "repealed")] == 1 and got[("t2.normdoc", "in_force")] == 20
    assert got[("t2.licensing", "decisions")] == 150
    assert got[("t2.fee", "amount")] == 125000        # 12.5 万元 in yuan
    assert got[("requests.outcome", "other.other")] == 1
    assert ("requests.outcome", "other") not in got
    assert got[("requests.outcome", "total")] == 5


def test_tab_grid_with_colspan_padding_and_blank_cells():
    """A structured reader's grid: colspans become blank cells, Shanghai-style blanks for zero,
    sub-rows whose 总计 is blank."""
    text = "\n".join([
        "第二十条第（一）项\t\t\t",
        "信息内容\t本年新制作数量\t本年新公开数量\t\t对外公开总数量",
        "规章\t13\t13\t\t524",
        "三、收到和处理政府信息公开申请情况",
        "\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计",
        "\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t",
        "一、本年新收政府信息公开申请数量\t\t\t821\t35\t\t\t2\t1\t859",
        "二、上年结转政府信息公开申请数量\t\t\t18\t\t\t\t\t\t18",
        "三、本年度办理结果\t（一）予以公开\t\t258\t12\t\t\t1\t1\t",
        "\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t3\t\t\t\t\t\t",
        "\t（七）总计\t\t767\t35\t\t\t2\t1\t805",
        "四、结转下年度继续办理\t\t\t72\t\t\t\t\t\t72",
        "四、政府信息公开行政复议、行政诉讼情况",
        "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计",
        "5\t\t\t2\t7\t8\t\t\t1\t9\t\t\t\t\t",
        "五、存在的主要问题"])
    template, facts = parse(text)
    got = by_key(facts)
    assert template == "template_2019"
    assert (got[("t2.rule", "made")], got[("t2.rule", "total_published")]) == (13, 524)
    # the row's total proves its blanks are zeros
    assert got[("requests.new", "org_research")] == 0 and got[("requests.new", "total")] == 859
    assert got[("requests.carried_in", "total")] == 18
    # a blank 总计 is not a zero: no outcome fact, the filled cells are kept as t3.cell
    assert ("requests.outcome", "granted") not in got and ("requests.outcome", "partial") not in got
    assert got[("t3.cell", "granted.natural_person")] == 258
    assert got[("requests.outcome", "total")] == 805
    assert [got[("review", k)] for k in ("upheld", "corrected", "other", "pending", "total")] == [5, 0, 0, 2, 7]
    # the 复议后起诉 group is entirely blank; the other groups of the row prove that this
    # writer leaves zeros blank, so it reads as zero, flagged
    after = [f for f in facts if f.measure == "litigation.after_review"]
    assert {f.value for f in after} == {0} and {f.flag for f in after} == {"blank_as_zero"}


def test_pdf_text_with_broken_labels_and_page_numbers():
    text = """第二十条 第（一）项
信息内容          本年制发件数     本年废止件数   现行有效件数
规章            1          0        11
行政规范性文件       8          26       66
三、收到和处理政府信息公开申请情况
一、本年新收政府信息公开申请数量                3          0        0        0    0       0   3
二、上年结转政府信息公开申请数量                0          0        0        0        0    0    0
      （一）予以公开                   1        0       0        0    0       0   1
      （二）部分公开（区分处理的，只计这一情
                                1         0        0        0        0    0   1
      形，不计其他情形）
             1.属于国家秘密            0          0        0        0        0    0    0
三、
本            2.其他法律行政法规禁止公开     0          0        0        0        0    0    0
                                                                  -3-
             1.本机关不掌握相关政府信息     1         0       0        0    0       0   1
      （四）无
               5.要求行政机关确认或重新出
                                        0         0        0         0        0         0    0
               具已获取信息
               1、申请人无正当理由逾期不补

               正、行政机关不再处理其政府信           0        0        0         0        0         0    0
               息公开申请
     （七）总计                           3        0        0         0        0        0   3
四、结转下年度继续办理                          0          0        0         0        0         0    0
     四、政府信息公开行政复议、行政诉讼情况
结果   结果    其他结    尚未
维持   纠正    果      审结     总计
1   0    0    0    1   0    0        0        0        0   0   0     0    0       0
       五、存在的主要问题及改进情况"""
    template, facts = parse(text)
    got = by_key(facts)
    assert template == "template_2021"
    assert got[("t2.normdoc", "repealed")] == 26
    assert got[("requests.outcome", "partial")] == 1
    assert got[("requests.outcome", "unable.not_held")] == 1      # the page number is not a cell
    assert got[("requests.outcome", "other.no_correction")] == 0
    assert got[("requests.outcome", "total")] == 3 and got[("review", "total")] == 1


def test_no_template_tables_no_facts_and_no_version():
    doc = Document("t.txt", "rid", "txt", "全年主动公开政府信息120条。", "全年主动公开政府信息120条。")
    assert extract_template(doc) == (None, [])


def test_checks_pass_fail_and_not_assessable():
    _, facts = parse(render(E2_T2, e3=False, sep=" "))
    checks = template_checks.run(Metadata(), facts)
    assert checks and {c.status for c in checks} == {"pass"}
    assert {c.rule for c in checks} >= {"t3_balance", "t3_outcome_sum", "t3_row_sum", "t4_group_sum", "t2_cumulative"}

    broken = [f for f in facts if not (f.measure == "requests.carried_out")]
    for f in broken:
        if (f.measure, f.key) == ("review", "total"):
            f.value = 4
    checks = template_checks.run(Metadata(), broken)
    status = {(c.rule, c.subject.split(":")[0]): c.status for c in checks}
    assert status[("t4_group_sum", "table 四 review")] == "fail"
    assert status[("t3_balance", "table 三 total")] == "not_assessable"
    assert status[("t3_balance", "table 三 natural_person")] == "pass"


CORPUS = __import__("ogi.paths", fromlist=["ROOT"]).ROOT.parent / "shared" / "corpus" / "raw"


@pytest.mark.skipif(not (CORPUS / "023_pt_syq_2019.txt").exists(), reason="shared corpus not available")
def test_real_glued_crawler_report():
    from ogi.read import read_document
    doc = read_document(CORPUS / "023_pt_syq_2019.txt", "023_pt_syq_2019.txt")
    template, facts = extract_template(doc)
    got = {(f.measure, f.key): f for f in facts}
    assert template == "template_2019"
    assert [got[("t2.normdoc", k)].value for k in ("made", "published", "total_published")] == [89, 89, 89]
    assert got[("requests.new", "natural_person")].value == 23 and not got[("requests.new", "total")].flag
    assert got[("requests.outcome", "unable.not_held")].value == 7
    assert got[("t2.procurement", "amount")].flag == "ambiguous_split"
    assert "135|75394432.52" in got[("t2.procurement", "amount")].candidates


def test_article_twenty_quoted_in_prose_is_not_a_table():
    text = "按照《条例》第二十条第（一）项规定，公开规章3件、规范性文件12件。"
    assert parse(text) == (None, [])


def test_a_glued_row_no_reading_fits_is_reported_not_invented():
    # 7 cells from '1000000' where the total must equal the sum: 1|0|0|0|0|0|0 does not add up
    text = render(E2_T2, e3=False, sep="").replace("一、本年新收政府信息公开申请数量4100005",
                                                    "一、本年新收政府信息公开申请数量1000000")
    _, facts = parse(text)
    new = [f for f in facts if f.measure == "requests.new"]
    assert new and all(f.value is None and f.flag == "no_valid_split" for f in new)
    checks = [c for c in template_checks.run(Metadata(), facts)
              if c.rule == "digit_split" and c.status == "not_assessable"]
    assert [c.subject.split()[0] for c in checks] == ["requests.new"]


def test_table_four_wrapped_over_two_pdf_lines():
    text = ("三、收到和处理政府信息公开申请情况一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1 "
            "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0\n"
            + T4_HEAD + "2  1  0  0  3  1  0  0\n\n1  2  0  0  0  0  0\n五、存在的主要问题")
    _, facts = parse(text)
    got = by_key(facts)
    assert [got[("litigation.direct", k)] for k in ("upheld", "pending", "total")] == [1, 1, 2]
    assert not any(f.flag for f in facts)


T4_GRID_HEAD = ("三、收到和处理政府信息公开申请情况\n"
                "一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n"
                "二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n"
                "四、政府信息公开行政复议、行政诉讼情况\n"
                "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n")


def test_blanks_are_zeros_where_the_row_proves_the_convention():
    text = T4_GRID_HEAD + "1\t\t\t\t1" + "\t" * 10 + "\n五、存在的主要问题"
    doc_text = normalise(text)
    _, facts = parse(text)
    review = {f.key: f for f in facts if f.measure == "review"}
    assert {k: f.value for k, f in review.items()} == {"upheld": 1, "corrected": 0, "other": 0, "pending": 0,
                                                       "total": 1}
    # stated cells carry no flag; the proven blanks are flagged and point at the whole row
    assert [k for k, f in review.items() if f.flag == "blank_as_zero"] == ["corrected", "other", "pending"]
    assert not review["upheld"].flag and not review["total"].flag
    row = "1\t\t\t\t1"
    for key in ("corrected", "other", "pending"):
        f = review[key]
        assert f.char_end > f.char_start and doc_text[f.char_start:f.char_end].startswith(row)
    # the litigation groups are entirely blank; the review group shows the writer's convention
    # (blank = 0) and no group contradicts it, so they read as zero, flagged as such
    litigation = [f for f in facts if f.measure.startswith("litigation")]
    assert len(litigation) == 10
    assert {f.value for f in litigation} == {0} and {f.flag for f in litigation} == {"blank_as_zero"}


def test_a_group_whose_stated_parts_miss_its_total_keeps_its_blanks():
    text = T4_GRID_HEAD + "2\t\t\t\t3\t1\t\t\t\t1\t\t\t\t\t\n五、存在的主要问题"
    _, facts = parse(text)
    got = by_key(facts)
    assert ("review", "corrected") not in got and got[("review", "total")] == 3   # 2 != 3: unknown blanks
    assert [got[("litigation.direct", k)] for k in ("corrected", "other", "pending")] == [0, 0, 0]
    assert not [f for f in facts if f.measure == "litigation.after_review"]


def test_each_table_keeps_its_own_layout_and_the_checks_use_the_recorded_one():
    """A 2021 table 二 above a 2019 table 三 (one （六）其他处理 row): read once per table."""
    template, facts = parse(render(E3_T2, e3=True, sep=" ", t3_e3=False))
    assert template == "template_2021"
    got = by_key(facts)
    assert got[("t2.normdoc", "in_force")] == 20 and got[("t2.fee", "amount")] == 125000
    assert got[("requests.outcome", "other")] == 1
    assert not [k for m, k in got if m == "requests.outcome" and k.startswith("other.")]
    checks = template_checks.run(Metadata(template=template), facts)
    outcome = [c for c in checks if c.rule == "t3_outcome_sum"]
    assert outcome and {c.status for c in outcome} == {"pass"}

    # without any （六） row recorded, the report's template names the rows the sum misses
    no_six = [f for f in facts if not (f.measure == "requests.outcome" and f.key == "other")
              and not f.key.startswith("other.")]
    def missing(template: str) -> str:
        checks = template_checks.run(Metadata(template=template), no_six)
        return next(c.message for c in checks if c.subject.startswith("table 三 total: outcome"))
    assert missing("template_2019") == "blank or missing: other"
    assert missing("template_2021") == "blank or missing: other.no_correction, other.fee_unpaid, other.other"


def test_check_messages_write_large_numbers_exactly():
    _, facts = parse(render(E2_T2, e3=False, sep=" "))
    for f in facts:
        if (f.measure, f.key) == ("review", "total"):
            f.value = 4251516
    fail = next(c for c in template_checks.run(Metadata(), facts)
                if c.rule == "t4_group_sum" and c.subject.startswith("table 四 review"))
    assert fail.status == "fail" and fail.message == "4251516 vs 3 (difference -4251513)"


def licensing_text(run: str) -> str:
    """A report whose glued E2 licensing row (上一年项目数量 | 本年增/减 | 处理决定数量) is `run`."""
    return render([("规章", [0, 0, 0]),
                   ("第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可" + run, [])],
                  e3=False, sep="")


def licensing_run(run: str) -> dict:
    return {f.key: f for f in parse(licensing_text(run))[1] if f.measure == "t2.licensing"}


def test_a_sign_inside_a_glued_run_starts_the_signed_delta_cell():
    # '400-512': 400 | -5 | 12 or 400 | -51 | 2; the sign cannot start the first or last cell
    lic = licensing_run("400-512")
    assert [lic[k].value for k in ("prev_items", "delta", "decisions")] == [400, None, None]
    assert [lic[k].flag for k in ("prev_items", "delta", "decisions")] == ["", "ambiguous_split", "ambiguous_split"]
    assert lic["delta"].candidates.split("; ") == ["400|-5|12", "400|-51|2"]
    # '400-50' has one reading (400 | -5 | 0); the quoted span of the signed cell holds its sign
    lic = licensing_run("400-50")
    assert [lic[k].value for k in ("prev_items", "delta", "decisions")] == [400, -5, 0]
    doc_text = normalise(licensing_text("400-50"))
    run = doc_text.index("400-50")
    assert (lic["delta"].char_start - run, lic["delta"].char_end - run) == (3, 5)


def test_a_plus_sign_reads_as_a_positive_delta():
    lic = licensing_run("7+36")
    assert [lic[k].value for k in ("prev_items", "delta", "decisions")] == [7, 3, 6]
    assert not lic["delta"].flag


def test_an_item_list_never_shrinks_below_zero():
    # 12|-34|56 and 12|-345|6 would leave fewer than 0 items: only 12|-3|456 remains
    lic = licensing_run("12-3456")
    assert [lic[k].value for k in ("prev_items", "delta", "decisions")] == [12, -3, 456]
    assert not lic["delta"].flag


def test_a_sign_where_no_signed_column_can_start_is_not_split():
    # 1|2|-5 would put the sign in the decisions column
    lic = licensing_run("12-5")
    assert {f.flag for f in lic.values()} == {"no_valid_split"}
    assert all(f.value is None for f in lic.values())


@settings(max_examples=150, deadline=None)
@given(parts=st.lists(st.integers(min_value=0, max_value=120), min_size=1, max_size=6),
       breaks=st.lists(st.booleans(), min_size=7, max_size=7))
def test_sum_rows_keep_every_adding_reading_in_cut_order(parts, breaks):
    # a glued row whose last cell is the sum of the others, some separators kept
    cells = [str(v) for v in parts + [sum(parts)]]
    text = "".join(c + (" " if broken else "") for c, broken in zip(cells, breaks)).strip()
    tokens = [(m.start(), m.group()) for m in re.finditer(r"\d+", text)]
    expected = [s for s in token_splits(tokens, len(cells)) if sum(s.values[:-1]) == s.values[-1]]
    assert _sum_row_splits(tokens, len(cells)) == expected
    assert tuple(int(c) for c in cells) in [s.values for s in expected]
