"""Table shapes found by running the parser on reports it had not seen: glued rows only the
table's column equations can split, table 四 under a note with a date, a label variant."""
from __future__ import annotations

from ogi.extract.template import extract_template
from ogi.model import Document, Metadata
from ogi.normalise import normalise
from test_template_loose_rows import LABELS_E2, extract, t3_facts

HEAD = "三、收到和处理政府信息公开申请情况申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
T4 = "四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计000000000000000五、存在的主要问题"


def glued(rows: dict[str, list[int]], labels=LABELS_E2) -> str:
    return HEAD + "".join(label + "".join(map(str, rows.get(key, [0] * 7))) for key, label in labels) + T4


def test_two_ambiguous_glued_rows_are_settled_together_by_the_column_equations():
    """予以公开 '270020130' also reads 2|7|0|0|20|1|30 and 不掌握 '220000325' also 2|20|0|0|0|3|25:
    neither alone can be checked against the totals, but only one pair of readings adds up."""
    rows = {"new": [49, 0, 0, 2, 0, 4, 55], "granted": [27, 0, 0, 2, 0, 1, 30],
            "unable.not_held": [22, 0, 0, 0, 0, 3, 25], "outcome_total": [49, 0, 0, 2, 0, 4, 55]}
    _, facts = extract(glued(rows))
    got = t3_facts(facts)
    assert got["requests.outcome", "granted"] == 30 and got["t3.cell", "granted.natural_person"] == 27
    assert got["t3.cell", "granted.org_public_interest"] == 2
    assert got["t3.cell", "unable.not_held.natural_person"] == 22
    assert got["t3.cell", "unable.not_held.org_other"] == 3
    assert not [f for f in facts if f.flag]


def test_ambiguous_rows_stay_flagged_when_the_equations_cannot_tell():
    """The same two rows with a blank （七）总计: every pairing is possible, both stay ambiguous."""
    rows = {"new": [49, 0, 0, 2, 0, 4, 55], "granted": [27, 0, 0, 2, 0, 1, 30],
            "unable.not_held": [22, 0, 0, 0, 0, 3, 25]}
    text = glued(rows).replace("（七）总计0000000", "（七）总计")
    _, facts = extract(text)
    flagged_rows = {f.key.rsplit(".", 1)[0]   # granted.natural_person -> granted
                    for f in facts if f.flag == "ambiguous_split" and f.measure == "t3.cell"}
    assert flagged_rows == {"granted", "unable.not_held"}
    # the total column reads the same in every reading: certain, not flagged
    totals = {f.key: (f.value, f.flag) for f in facts if f.measure == "requests.outcome"}
    assert totals["granted"] == (30.0, "") and totals["unable.not_held"] == (25.0, "")


def test_table_four_after_a_note_with_a_year():
    text = glued({}).replace("行政复议行政诉讼结果维持", "2023年本机关未发生行政复议、行政诉讼。行政复议行政诉讼结果维持") \
        .replace("000000000000000", "0 1 0 0 1 0 0 0 0 0 0 0 0 0 0")
    _, facts = extract(text)
    got = {(f.measure, f.key): f.value for f in facts if f.measure in ("review", "litigation.direct")}
    assert got[("review", "corrected")] == 1 and got[("review", "total")] == 1
    assert got[("litigation.direct", "total")] == 0 and len(got) == 10


def test_a_year_after_the_table_four_cells_is_not_a_cell():
    text = glued({}).replace("000000000000000五、", "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0（截至2024年底）五、")
    _, facts = extract(text)
    assert len([f for f in facts if f.measure in ("review", "litigation.direct", "litigation.after_review")]) == 15


def test_the_law_prohibited_row_written_with_he():
    labels = [(k, "2.其他法律和行政法规禁止公开" if k == "deny.law_prohibited" else v) for k, v in LABELS_E2]
    rows = {"new": [1, 0, 0, 0, 0, 0, 1], "deny.law_prohibited": [1, 0, 0, 0, 0, 0, 1],
            "outcome_total": [1, 0, 0, 0, 0, 0, 1]}
    doc_text = glued(rows, labels)
    doc = Document("t.txt", "rid", "txt", normalise(doc_text), doc_text)
    facts = extract_template(doc).facts
    got = t3_facts(facts)
    assert got["requests.outcome", "deny.law_prohibited"] == 1
    assert got["requests.outcome", "deny.state_secret"] == 0
    assert not [f for f in facts if f.flag]


T2_E3 = ("二、主动公开政府信息情况\n第二十条第（一）项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n{one}\n"
         "第二十条第（五）项\n信息内容 本年处理决定数量\n{five}\n第二十条第（六）项\n信息内容 本年处理决定数量\n{six}\n"
         "第二十条第（八）项\n信息内容 本年收费金额（单位：万元）\n{eight}\n")
T3_MIN = "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0\n二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0\n"


def t2(text: str) -> dict[tuple[str, str], float]:
    _, facts = extract(text + T3_MIN)
    return {(f.measure, f.key): f.value for f in facts if f.measure.startswith("t2.")}


def test_table_two_labels_set_apart_from_their_value_lines_pair_up_in_order():
    got = t2(T2_E3.format(one="规章\n行政规范性文件\n1 0 11\n8 26 66", five="行政许可\n447", six="行政处罚\n行政强制\n39 0\n88",
                          eight="行政事业性收费\n2.5"))
    assert got == {("t2.rule", "issued"): 1, ("t2.rule", "repealed"): 0, ("t2.rule", "in_force"): 11,
                   ("t2.normdoc", "issued"): 8, ("t2.normdoc", "repealed"): 26, ("t2.normdoc", "in_force"): 66,
                   ("t2.licensing", "decisions"): 447, ("t2.fee", "amount"): 25_000}


def test_table_two_value_lines_without_labels_in_markdown(tmp_path):
    source = T2_E3.format(one="| | 2 | 0 | 9 |\n| | 5 | 1 | 40 |", five="| 行政许可 | 12 |", six="| 行政处罚 | 3 |\n| 行政强制 | 0 |",
                          eight="| 行政事业性收费 | 0 |") + T3_MIN
    path = tmp_path / "r.md"
    path.write_text(source, encoding="utf-8")
    from ogi.read import read_document
    doc = read_document(path, "r.md")
    got = {(f.measure, f.key): f.value for f in extract_template(doc).facts if f.measure.startswith("t2.")}
    assert got == {("t2.rule", "issued"): 2, ("t2.rule", "repealed"): 0, ("t2.rule", "in_force"): 9,
                   ("t2.normdoc", "issued"): 5, ("t2.normdoc", "repealed"): 1, ("t2.normdoc", "in_force"): 40,
                   ("t2.licensing", "decisions"): 12, ("t2.penalty", "decisions"): 3,
                   ("t2.coercion", "decisions"): 0, ("t2.fee", "amount"): 0}


def test_table_two_lines_that_do_not_fit_the_block_stay_unread():
    # a line short of a cell, and one line for two rows: which cell or row is unknown
    got = t2(T2_E3.format(one="规章\n行政规范性文件\n1 0\n8 26 66", five="行政许可 5", six="行政处罚\n行政强制\n39 0 2",
                          eight="行政事业性收费 0"))
    assert got == {("t2.licensing", "decisions"): 5, ("t2.fee", "amount"): 0}


def test_a_label_whose_line_holds_its_row_before_rows_that_lost_theirs():
    """PDF text: 予以公开's numbers on its own line, the next line is 部分公开's without a label."""
    from test_template_loose_rows import HEAD as PDF_HEAD
    from test_template_loose_rows import LABELS_E2 as L
    from test_template_loose_rows import TAIL, expected, line, table
    rows = table()
    body = "".join(("" if key == "partial" else label + " ") + line(rows[key]) + "\n" for key, label in L)
    _, facts = extract(PDF_HEAD + body + TAIL)
    assert t3_facts(facts) == expected(rows, rows)
    assert {f.key for f in facts if f.extractor == "t3.order" and f.measure == "requests.outcome"} == {"partial"}


T4_MD_HEAD = ("四、政府信息公开行政复议、行政诉讼情况\n\n| 行政复议 | | | | | 行政诉讼 |\n|---|---|---|---|---|---|\n"
              "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n")


def t4_facts(tmp_path, table: str) -> dict[tuple[str, str], float]:
    from ogi.read import read_document
    source = T3_MIN + T4_MD_HEAD + table + "\n五、存在的主要问题及改进情况\n"
    path = tmp_path / "r.md"
    path.write_text(source, encoding="utf-8")
    doc = read_document(path, "r.md")
    return {(f.measure, f.key): f.value for f in extract_template(doc).facts
            if f.measure in ("review", "litigation.direct", "litigation.after_review")}


T4_EXPECTED = {("review", "upheld"): 3, ("review", "corrected"): 1, ("review", "other"): 0, ("review", "pending"): 1,
               ("review", "total"): 5, ("litigation.direct", "upheld"): 2, ("litigation.direct", "corrected"): 0,
               ("litigation.direct", "other"): 0, ("litigation.direct", "pending"): 0, ("litigation.direct", "total"): 2,
               ("litigation.after_review", "upheld"): 0, ("litigation.after_review", "corrected"): 0,
               ("litigation.after_review", "other"): 1, ("litigation.after_review", "pending"): 0,
               ("litigation.after_review", "total"): 1}


def test_table_four_row_broken_over_three_markdown_lines(tmp_path):
    table = "| 3 | 1 | 0 | 1 | 5 |\n| 2 | 0 | 0 | 0 | 2 |\n| 0 | 0 | 1 | 0 | 1 |"
    assert t4_facts(tmp_path, table) == T4_EXPECTED


def test_table_four_one_group_per_labelled_row_in_any_order(tmp_path):
    table = ("| 复议后起诉 | 0 | 0 | 1 | 0 | 1 |\n| 行政复议 | 3 | 1 | 0 | 1 | 5 |\n"
             "| 未经复议直接起诉 | 2 | 0 | 0 | 0 | 2 |")
    assert t4_facts(tmp_path, table) == T4_EXPECTED


def test_table_four_split_lines_that_do_not_make_fifteen_cells_keep_the_first_line_only(tmp_path):
    table = "| 3 | 1 | 0 | 1 | 5 |\n| 2 | 0 | 0 | 0 |"
    got = t4_facts(tmp_path, table)
    assert got == {k: v for k, v in T4_EXPECTED.items() if k[0] == "review"}


def test_thousands_separators_keep_a_number_in_one_cell():
    from test_template_loose_rows import HEAD as PDF_HEAD
    from test_template_loose_rows import LABELS_E2 as L
    from test_template_loose_rows import TAIL, expected, table
    rows = table(new=[1259, 36, 0, 0, 0, 0, 1295], carried_out=[3, 0, 0, 0, 0, 0, 3])
    rows["granted"] = [1255, 37, 0, 0, 0, 0, 1292]
    rows["outcome_total"] = [1257, 38, 0, 0, 1, 0, 1296]
    body = "".join(f"{label} " + " ".join(f"{v:,}" for v in rows[k]) + "\n" for k, label in L)
    _, facts = extract(PDF_HEAD + body + TAIL)
    assert t3_facts(facts) == expected(rows, rows)
    new_total = next(f for f in facts if (f.measure, f.key) == ("requests.new", "total"))
    assert (PDF_HEAD + body)[new_total.char_start:new_total.char_end] == "1,295"


def test_a_table_row_short_of_a_cell_keeps_its_numbers_as_candidates_and_gets_a_check(tmp_path):
    from ogi.checks import template as template_checks
    from ogi.read import read_document
    source = T2_E3.format(one="| 规章 | 3 | 40 |\n| 行政规范性文件 | 5 | 1 | 60 |", five="| 行政许可 | 12 |",
                          six="| 行政处罚 | 3 |\n| 行政强制 | 0 |", eight="| 行政事业性收费 | 0 |") + T3_MIN
    path = tmp_path / "r.md"
    path.write_text(source, encoding="utf-8")
    facts = extract_template(read_document(path, "r.md")).facts
    rule = [f for f in facts if f.measure == "t2.rule"]
    assert {(f.key, f.value, f.flag, f.candidates) for f in rule} == {
        (key, None, "blank_cell_unplaced", "3 | 40") for key in ("issued", "repealed", "in_force")}
    assert {(f.key, f.value) for f in facts if f.measure == "t2.normdoc"} == {
        ("issued", 5), ("repealed", 1), ("in_force", 60)}
    checks = [c for c in template_checks.run(Metadata(template="template_2021"), facts) if c.rule == "cell_unplaced"]
    assert [(c.status, c.subject) for c in checks] == [("not_assessable", "t2.rule «规章»")]
