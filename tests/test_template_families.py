"""Table shapes found by running the parser on reports it had not seen: glued rows only the
table's column equations can split, table 四 under a note with a date, a label variant."""
from __future__ import annotations

from test_template_loose_rows import LABELS_E2, extract, t3_facts

from ogi.extract.template import extract_template
from ogi.model import Document, Metadata
from ogi.normalise import normalise

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
    flagged = {f.key for f in facts if f.flag == "ambiguous_split" and f.measure == "requests.outcome"}
    assert flagged == {"granted", "unable.not_held"}


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
    facts = extract_template(doc, Metadata())
    got = t3_facts(facts)
    assert got["requests.outcome", "deny.law_prohibited"] == 1
    assert got["requests.outcome", "deny.state_secret"] == 0
    assert not [f for f in facts if f.flag]
