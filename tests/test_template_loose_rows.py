"""Table 三 rows whose labels a PDF or Markdown converter lost or moved: placed by the
template's row order and the table's own sums, or kept as unplaced rows with a check."""
from __future__ import annotations

from ogi.checks import template as template_checks
from ogi.extract.template import extract_template
from ogi.model import Document, Metadata
from ogi.normalise import normalise
from ogi.read import read_document

LABELS_E2 = [
    ("new", "一、本年新收政府信息公开申请数量"), ("carried_in", "二、上年结转政府信息公开申请数量"),
    ("granted", "（一）予以公开"), ("partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    ("deny.state_secret", "1.属于国家秘密"), ("deny.law_prohibited", "2.其他法律行政法规禁止公开"),
    ("deny.security_stability", "3.危及“三安全一稳定”"), ("deny.third_party", "4.保护第三方合法权益"),
    ("deny.internal_affairs", "5.属于三类内部事务信息"), ("deny.process_info", "6.属于四类过程性信息"),
    ("deny.enforcement_file", "7.属于行政执法案卷"), ("deny.admin_query", "8.属于行政查询事项"),
    ("unable.not_held", "1.本机关不掌握相关政府信息"), ("unable.needs_creation", "2.没有现成信息需要另行制作"),
    ("unable.unclear", "3.补正后申请内容仍不明确"), ("reject.petition", "1.信访举报投诉类申请"),
    ("reject.duplicate", "2.重复申请"), ("reject.publication", "3.要求提供公开出版物"),
    ("reject.mass_repeat", "4.无正当理由大量反复申请"), ("reject.confirm_reissue", "5.要求行政机关确认或重新出具已获取信息"),
    ("other", "（六）其他处理"), ("outcome_total", "（七）总计"), ("carried_out", "四、结转下年度继续办理"),
]
LABEL = dict(LABELS_E2)
HEAD = ("三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n"
        "申请人情况\n自然人\n法人或其他组织\n总计\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n")
TAIL = "四、政府信息公开行政复议、行政诉讼情况\n0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n五、存在的主要问题及改进情况\n"


def table(**changed: list[int]) -> dict[str, list[int]]:
    """A reconciling 2019 table 三 (9 new + 2 carried in = 8 answered + 3 carried out)."""
    rows = {key: [0] * 7 for key, _ in LABELS_E2}
    rows.update(new=[6, 2, 0, 0, 1, 0, 9], carried_in=[2, 0, 0, 0, 0, 0, 2], granted=[3, 1, 0, 0, 0, 0, 4],
                partial=[1, 0, 0, 0, 0, 0, 1], outcome_total=[5, 2, 0, 0, 1, 0, 8],
                carried_out=[3, 0, 0, 0, 0, 0, 3])
    rows["unable.not_held"] = [1, 1, 0, 0, 1, 0, 3]
    rows.update(changed)
    return rows


def line(values: list[int], sep: str = " ") -> str:
    return sep.join(str(v) for v in values)


def extract(text: str):
    doc = Document("t.txt", "rid", "txt", normalise(text), text)
    return doc, extract_template(doc).facts


def t3_facts(facts) -> dict[tuple[str, str], float]:
    return {(f.measure, f.key): f.value for f in facts
            if f.measure.startswith(("requests.", "t3."))}


def expected(rows: dict[str, list[int]], keys) -> dict[tuple[str, str], float]:
    """The facts the rows `keys` of a table give (contract measures and t3.cell)."""
    cols = ("natural_person", "org_business", "org_research", "org_public_interest", "org_legal_service",
            "org_other", "total")
    out = {}
    for key in keys:
        for col, v in zip(cols, rows[key]):
            if key == "new":
                out["requests.new", col] = v
            elif col == "total" and key in ("carried_in", "carried_out"):
                out[f"requests.{key}", "total"] = v
            elif col == "total":
                out["requests.outcome", "total" if key == "outcome_total" else key] = v
            else:
                out["t3.cell", f"{key}.{col}"] = v
    return out


def unplaced(facts) -> list[tuple[str, float, str]]:
    return sorted((f.key, f.value, f.candidates) for f in facts if f.measure == "t3.unplaced")


# ------------------------------------------------------------------ PDF text: labels apart
def test_pdf_text_with_every_label_above_a_block_of_numbers_places_each_row_in_order():
    rows = table()
    text = HEAD + "".join(label + "\n" for _, label in LABELS_E2) + "".join(line(rows[k]) + "\n" for k in rows) + TAIL
    _, facts = extract(text)
    assert t3_facts(facts) == expected(rows, rows)
    assert {f.extractor for f in facts if f.measure.startswith("requests.")} == {"t3.order"}


def test_pdf_text_with_the_numbers_block_first_and_the_labels_after_it():
    rows = table()
    text = HEAD + "".join(line(rows[k], "  ") + "\n" for k in rows) + "".join(label + "\n" for _, label in LABELS_E2) + TAIL
    _, facts = extract(text)
    assert t3_facts(facts) == expected(rows, rows)


def test_a_row_lost_from_the_numbers_block_leaves_the_rows_after_it_unplaced():
    """Without the 部分公开 line, every row from 予以公开 on could sit one slot lower: the rows
    before the gap are certain, and so is the last (结转 cannot be the lost row: the totals would
    not close); the others become unplaced rows, never guessed facts."""
    rows = table()
    kept = [k for k in rows if k != "partial"]
    text = HEAD + "".join(label + "\n" for _, label in LABELS_E2) + "".join(line(rows[k]) + "\n" for k in kept) + TAIL
    _, facts = extract(text)
    got = t3_facts(facts)
    assert {k: v for k, v in got.items() if k[0] != "t3.unplaced"} == expected(rows, ["new", "carried_in", "carried_out"])
    loose = {f.key.partition(".")[0] for f in facts if f.measure == "t3.unplaced"}
    assert len(loose) == len(kept) - 3
    first = next(f for f in facts if f.measure == "t3.unplaced" and f.key == "1.total")
    assert first.value == 4 and first.flag == "unplaced_row"
    assert first.candidates.startswith("granted; partial")
    checks = template_checks.run(Metadata(template="template_2019"), facts)
    assert len([c for c in checks if c.rule == "t3_row_unplaced"]) == len(loose)
    assert all(c.status == "ambiguous" for c in checks if c.rule == "t3_row_unplaced")


def test_a_row_wrapped_over_two_lines_of_numbers_is_one_row():
    rows = table()
    body = "".join((line(rows[k][:4]) + "\n" + line(rows[k][4:]) if k == "new" else line(rows[k])) + "\n" for k in rows)
    text = HEAD + "".join(label + "\n" for _, label in LABELS_E2) + body + TAIL
    _, facts = extract(text)
    assert t3_facts(facts) == expected(rows, rows)


# ------------------------------------------------------------------ Markdown: some labels lost
def md_table(rows: dict[str, list[int]], unlabelled: set[str], moved: dict[str, str] | None = None,
             subtotal: bool = False) -> str:
    """A pipe table whose `unlabelled` rows lost their label cell; `moved` puts a label as loose
    text before another row, as converters do with wrapped label cells."""
    out = ["三、收到和处理政府信息公开申请情况", "", "| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |"
           + (" 小计 |" if subtotal else "") + " 总计 |", "|---|---|---|---|---|---|---|---|" + ("---|" if subtotal else "")]
    moved = moved or {}
    for key, label in LABELS_E2:
        for before, what in moved.items():
            if before == key:
                out += ["", LABEL[what], ""]
        values = rows[key]
        if subtotal:
            values = values[:6] + [sum(values[1:6])] + values[6:]
        cells = [str(v) for v in values]
        out.append("| " + " | ".join(cells if key in unlabelled else [label, *cells]) + " |")
    return "\n".join(out) + "\n\n" + TAIL


def read_md(tmp_path, source: str):
    path = tmp_path / "report.md"
    path.write_text(source, encoding="utf-8")
    doc = read_document(path, "report.md")
    return doc, extract_template(doc).facts


def test_markdown_rows_without_labels_between_labelled_rows_fill_the_slots_between(tmp_path):
    rows = table(**{"reject.petition": [1, 0, 0, 0, 0, 0, 1], "other": [0, 0, 0, 0, 0, 0, 0]})
    rows["outcome_total"] = [6, 2, 0, 0, 1, 0, 9]
    rows["carried_out"] = [2, 0, 0, 0, 0, 0, 2]
    _, facts = read_md(tmp_path, md_table(rows, {"partial", "reject.petition", "reject.duplicate"},
                                          moved={"deny.state_secret": "reject.petition"}))
    assert t3_facts(facts) == expected(rows, rows)
    placed = {f.key for f in facts if f.extractor == "t3.order" and f.measure == "requests.outcome"}
    assert placed == {"partial", "reject.petition", "reject.duplicate"}


def test_markdown_loose_row_with_a_tool_added_subtotal_column(tmp_path):
    rows = table()
    _, facts = read_md(tmp_path, md_table(rows, {"granted"}, subtotal=True))
    assert t3_facts(facts) == expected(rows, rows)


def test_the_sums_fix_one_loose_row_and_leave_the_other_open(tmp_path):
    """Both flow labels moved above the table, 上年结转's row absent, 本年新收 and 予以公开 without
    labels: 予以公开's line cannot be 上年结转 (the balance would not close), so it is placed;
    the first line fits 本年新收 and 上年结转 alike and stays unplaced."""
    rows = table()
    source = md_table(rows, {"new", "granted"})
    source = "\n".join(r for r in source.split("\n") if not r.startswith("| 二、上年结转"))
    source = source.replace("| 申请人情况", LABEL["new"] + "\n" + LABEL["carried_in"] + "\n\n| 申请人情况")
    _, facts = read_md(tmp_path, source)
    got = t3_facts(facts)
    assert {k: v for k, v in got.items() if k[0] != "t3.unplaced"} == expected(
        rows, [k for k in rows if k not in ("new", "carried_in")])
    assert {(f.key, f.candidates) for f in facts if f.measure == "t3.unplaced" and f.key.endswith(".total")} \
        == {("1.total", "new; carried_in")}


def test_a_loose_row_two_slots_fit_equally_is_unplaced_with_both(tmp_path):
    """予以公开 and 部分公开 both lost; one of them is absent and the other's line has no label:
    either slot fits order and sums."""
    rows = table(partial=[0] * 7)
    rows["granted"] = [4, 1, 0, 0, 0, 0, 5]
    source = md_table(rows, {"granted"})
    source = "\n".join(r for r in source.split("\n") if not r.startswith("| （二）部分公开"))
    _, facts = read_md(tmp_path, source)
    assert unplaced(facts) == [(f"1.{c}", v, "granted; partial") for c, v in sorted(zip(
        ("natural_person", "org_business", "org_research", "org_public_interest", "org_legal_service",
         "org_other", "total"), rows["granted"]))]
    assert ("requests.outcome", "granted") not in t3_facts(facts)
    assert ("requests.outcome", "partial") not in t3_facts(facts)
    assert t3_facts(facts)["requests.outcome", "total"] == 8


def test_a_line_of_numbers_that_does_not_add_up_like_a_row_is_left_alone(tmp_path):
    rows = table()
    source = md_table(rows, set()).replace("| （一）予以公开 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |",
                                            "| 3 | 1 | 0 | 0 | 0 | 0 | 5 |")
    _, facts = read_md(tmp_path, source)
    got = t3_facts(facts)
    assert got == expected(rows, [k for k in rows if k != "granted"])
    assert not unplaced(facts)


def test_a_complete_labelled_table_gets_no_loose_rows():
    rows = table()
    text = HEAD + "".join(f"{label} {line(rows[k])}\n" for k, label in LABELS_E2) + "注：1 2 3 4 5 6 21\n" + TAIL
    _, facts = extract(text)
    assert t3_facts(facts) == expected(rows, rows)
    assert {f.extractor for f in facts if f.measure.startswith("requests.")} == {"t3.row"}


def test_markdown_loose_rows_with_blank_cells_the_row_total_proves_zero(tmp_path):
    rows = table()
    source = md_table(rows, {"partial", "unable.not_held"})
    source = source.replace("| 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n| 1.属于国家秘密", "| 1 |  |  |  |  |  | 1 |\n| 1.属于国家秘密")
    source = source.replace("| 1 | 1 | 0 | 0 | 1 | 0 | 3 |", "| 1 | 1 |  |  | 1 |  | 3 |")
    _, facts = read_md(tmp_path, source)
    assert t3_facts(facts) == expected(rows, rows)
    assert {f.flag for f in facts if f.key.startswith("partial.") and f.value == 0} == {"blank_as_zero"}


def test_a_markdown_loose_row_with_a_blank_total_is_not_a_row(tmp_path):
    rows = table()
    source = md_table(rows, {"partial"}).replace("| 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n| 1.属于国家秘密",
                                                 "| 1 | 0 | 0 | 0 | 0 | 0 |  |\n| 1.属于国家秘密")
    _, facts = read_md(tmp_path, source)
    assert t3_facts(facts) == expected(rows, [k for k in rows if k != "partial"])


def test_pdf_text_with_each_row_of_numbers_above_its_label():
    rows = table()
    body = "".join(line(rows[key]) + "\n" + label + "\n" for key, label in LABELS_E2)
    _, facts = extract(HEAD + body + TAIL)
    assert t3_facts(facts) == expected(rows, rows)
    assert not [f for f in facts if f.measure == "t3.unplaced"]


def test_numbers_above_labels_are_not_taken_when_the_sums_do_not_close():
    """The same shape, but the balance fails: the rows could as well belong below their labels,
    so the usual reading stands and what it cannot place is left unplaced."""
    rows = table(carried_out=[9, 0, 0, 0, 0, 0, 9])
    body = "".join(line(rows[key]) + "\n" + label + "\n" for key, label in LABELS_E2)
    _, facts = extract(HEAD + body + TAIL)
    assert not [f for f in facts if f.extractor == "t3.row_above"]
