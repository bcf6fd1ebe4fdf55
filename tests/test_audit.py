"""`ogi audit`: counts in disclosure sentences that no fact uses, their families, and the
standard measures each report lacks. Snippets written for these tests."""
from __future__ import annotations

import ast
import csv
from pathlib import Path

import ogi
import pandas as pd
import pytest
from click.testing import CliRunner
from ogi import audit
from ogi.cli import main
from ogi.model import Document
from ogi.normalise import normalise


def doc_of(text: str, name: str = "t.txt") -> Document:
    return Document(name, name, "txt", normalise(text), text)


def left(text: str, spans=(), reread: bool = False) -> set[tuple[str, str]]:
    """(number as written, family) of every item the audit lists."""
    found = audit.audit_document(doc_of(text), spans, reread=reread)
    return {(item.number, item.family) for item in found.items}


def test_an_unused_count_in_a_disclosure_sentence_is_listed_with_its_family():
    text = "本年度在网站公开办事指南35项，公开目录更新3次。"
    assert left(text) == {("35项", "公开 〈类目〉 项"), ("3次", "更新 · 次")}


def test_offsets_point_at_the_number_and_the_sentence_is_kept():
    text = "一、概述。我局通过政务新媒体推送政策问答48项。"
    (item,) = audit.audit_document(doc_of(text), (), reread=False).items
    assert text[item.char_start:item.char_end] == "48"
    assert item.sentence == "我局通过政务新媒体推送政策问答48项"
    assert item.family == "推送 〈类目〉 项"    # 政策问答 is a category of the taxonomy


def test_a_number_a_fact_covers_is_not_listed():
    text = "全年公开办事指南35项，公开目录更新3次。"
    start = text.index("35")
    assert left(text, spans=[(start, start + 2)]) == {("3次", "更新 · 次")}


def test_numbers_the_extractors_read_are_not_listed_even_when_merged_away():
    # the total is read by the prose extractor; nothing in processed/ needed
    text = "2020年，本局主动公开政府信息120条，收到政府信息公开申请5件。"
    assert left(text, reread=True) == set()
    assert left(text, reread=False) == {("120条", "主动公开 信息 条"), ("5件", "收到 申请 件")}


@pytest.mark.parametrize("text, family", [
    ("本年度共收到8件政府信息公开申请。", "收到 →申请 件"),
    ("全年共发布26条信息。", "发布 →信息 条"),
    ("我办主动公开的45条，其中通知公告12条。", "主动公开 · 条"),
    ("另有3件申请结转至2021年办理，结转至2021年3件。", "结转 · 件"),
])
def test_an_object_after_the_number_or_none_still_gives_a_family(text, family):
    assert family in {fam for _, fam in left(text)}


@pytest.mark.parametrize("text", [
    "政府信息公开专栏全年访问量达1.2万次。",           # page views
    "全年受理政府信息公开咨询36件。",                   # consultations
    "办理人大代表建议12件，已全部公开。",               # deputies' proposals
    "全年召开政务公开培训会议4次。",                    # meetings and training
    "开通政务微博3个，发布信息需审核。",                 # accounts: N个 is no count of items
    "全年依申请公开信息数12条。",                        # information classified, not requests
])
def test_traps_of_the_extractors_set_counts_aside(text):
    found = audit.audit_document(doc_of(text), (), reread=False)
    assert found.items == [] and sum(found.traps.values()) == 1
    (trapped,) = found.trapped
    assert trapped.family.startswith("trap: ")


@pytest.mark.parametrize("text", [
    "根据《条例》第二十条规定，公开年度报告。",         # an article, not a count
    "报告由概述、主动公开情况等六个部分组成。",          # the report's own structure
    "坚持“四个结合”，推进政务公开。",                    # a slogan
    "2019年1月1日至12月31日，公开文号为〔2019〕83号。",  # dates and a document number
    "办理时限为15个工作日，依法答复。",                  # a time limit
    "通过不同渠道和方式公开相同信息计1条。",             # the template's counting rule
    "公开《关于支持企业发展的十五条措施》等文件。",       # a count inside a document's title
])
def test_what_is_no_count_at_all_is_not_counted(text):
    found = audit.audit_document(doc_of(text), (), reread=False)
    assert found.items == [] and found.n_counts == 0


def test_a_sentence_not_about_disclosure_is_not_audited():
    assert left("全镇有行政村12个，常住人口3.2万余人。") == set()


def test_number_forms_show_in_the_unit():
    text = "全年公开惠民政策问答3.2万余条，发布便民提示十五条。"
    assert left(text) == {("3.2万余条", "公开 〈类目〉 万余条"), ("十五条", "发布 提示 条(汉字)")}


def test_families_count_documents_and_items_most_documents_first():
    docs = ["我局全年公开办事指南35项。", "县局公开办事指南120项，公开目录更新2次。",
            "公开办事指南8项，公开目录更新5次，公开目录更新1次。"]
    items = [item for i, text in enumerate(docs)
             for item in audit.audit_document(doc_of(text, f"d{i}.txt"), (), reread=False).items]
    fam = audit.families(audit.items_frame(items))
    assert list(fam["family"]) == ["公开 〈类目〉 项", "更新 · 次"]
    assert list(fam["docs"]) == [3, 2] and list(fam["items"]) == [3, 3]
    assert set(fam["status"]) == {"open"}
    assert list(fam["reports"]) == ["d0.txt; d1.txt; d2.txt", "d1.txt; d2.txt"]


# ---------------------------------------------------------------- the command, end to end
def _parse(inputs: Path, out: Path) -> None:
    result = CliRunner().invoke(main, ["parse", str(inputs), "--out", str(out), "--no-cache",
                                       "--no-progress", "-j", "0"])
    assert result.exit_code == 0, result.output


def report(body: str) -> str:
    """A short report: a title naming the body and the year, then `body` (a file without them
    is no report to the parser)."""
    return f"某县文化局2020年政府信息公开工作年度报告\n{body}\n"


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_audit_command_writes_items_families_and_coverage(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(
        "某县文化局2020年政府信息公开工作年度报告\n"
        "一、总体情况。2020年，本局主动公开政府信息120条。在网站公开办事指南35项。\n"
        "二、依申请公开。全年未收到政府信息公开申请。\n"
        "三、行政复议和行政诉讼。本局组织行政复议和行政诉讼应诉培训3场。\n"
        "四、收费。收费情况详见附件。\n", encoding="utf-8")
    (raw / "b.txt").write_text(
        "某乡2020年政府信息公开工作年度报告\n本乡公开办事指南8项。\n", encoding="utf-8")
    processed = tmp_path / "out"
    _parse(raw, processed)
    result = CliRunner().invoke(main, ["audit", str(processed), "--inputs", str(raw),
                                       "--out", str(tmp_path / "audit")])
    assert result.exit_code == 0, result.output
    assert "2 reports, 2 audited" in result.output
    items = _rows(tmp_path / "audit" / "audit-items.csv")
    assert {(r["source_file"], r["number"], r["family"]) for r in items} == {
        ("a.txt", "35项", "公开 〈类目〉 项"), ("b.txt", "8项", "公开 〈类目〉 项")}
    families = _rows(tmp_path / "audit" / "audit-families.csv")
    assert [(f["family"], f["docs"], f["items"]) for f in families] == [("公开 〈类目〉 项", "2", "2")]
    coverage = {r["source_file"]: r for r in _rows(tmp_path / "audit" / "audit-coverage.csv")}
    a = coverage["a.txt"]
    assert (a["proactive_total"], a["requests_new"], a["review"], a["litigation"], a["fees"]) == \
        ("fact", "fact", "mentioned", "mentioned", "absent")
    assert a["mentioned_in"] == ("proactive_channel: 在网站公开办事指南35项 | review: 本局组织行政复议和行政诉讼应诉培训3场 | "
                                 "litigation: 本局组织行政复议和行政诉讼应诉培训3场")
    assert coverage["b.txt"]["proactive_total"] == "absent"
    assert coverage["b.txt"]["open_items"] == "1"


def test_a_source_changed_since_the_parse_is_not_audited_and_says_why(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(report("本局公开办事指南35项。"), encoding="utf-8")
    processed = tmp_path / "out"
    _parse(raw, processed)
    (raw / "a.txt").write_text(report("本局公开办事指南36项。"), encoding="utf-8")
    result = audit.audit(processed, [raw])
    assert result.items.empty
    assert result.unread == [("a.txt", "source changed since the parse (report id differs)")]
    assert result.coverage.loc[0, "proactive_total"] == "unknown"


def test_audit_without_inputs_or_stored_texts_is_a_clear_error(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(report("本局公开办事指南35项。"), encoding="utf-8")
    processed = tmp_path / "out"
    _parse(raw, processed)
    (processed / "texts.parquet").unlink(missing_ok=True)     # a parse that kept no texts
    result = CliRunner().invoke(main, ["audit", str(processed)])
    assert result.exit_code != 0 and "holds no texts.parquet" in result.output


def test_texts_stored_by_the_parse_are_audited_without_inputs(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    text = report("本局公开办事指南３５项。")   # full-width digits: offsets count in the text as read
    (raw / "a.txt").write_text(text, encoding="utf-8")
    processed = tmp_path / "out"
    _parse(raw, processed)
    (report_row,) = _rows(processed / "reports.csv")
    pd.DataFrame({"report_id": [report_row["report_id"]], "source_file": ["a.txt"],
                  "text": [text]}).to_parquet(processed / "texts.parquet")
    (raw / "a.txt").unlink()
    result = audit.audit(processed)
    (item,) = result.items.itertuples()
    assert (item.number, item.family) == ("35项", "公开 〈类目〉 项")
    assert text[item.char_start:item.char_end] == "３５"


def test_numbers_in_disclosure_tables_that_no_fact_covers_are_listed_by_row_label():
    text = ("| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n|---|---|---|---|\n"
            "| 规章 | 2 | 0 | 9 |\n|  | 4 | 1 |\n")
    covered = text.index("| 2 |") + 2          # the fact of the first cell
    found = audit.audit_document(doc_of(text), [(covered, covered + 1)], reread=False)
    assert {(i.number, i.family) for i in found.items} == {
        ("0", "表格 规章"), ("9", "表格 规章"), ("4", "表格 (无标签)"), ("1", "表格 (无标签)")}
    assert (found.n_cells, found.n_cells_used) == (5, 1)
    assert all(text[i.char_start:i.char_end] == i.number for i in found.items)


def test_tables_about_something_else_are_not_audited():
    text = "姓名\t电话\t房间\n张三\t1234\t305\n"
    found = audit.audit_document(doc_of(text), (), reread=False)
    assert found.items == [] and found.n_cells == 0


@pytest.mark.parametrize("text, stated", [
    ("本报告由概述、行政复议和行政诉讼情况等五部分组成。", set()),      # a table of contents
    ("四、行政复议和行政诉讼情况", set()),                               # a heading states nothing
    ("本年收费金额（单位：万元） 行政事业性收费 0", set()),               # table 二, not fees charged
    ("本年度未发生行政复议和行政诉讼。", {"review", "litigation"}),
    ("全年收取信息处理费120元。", {"fees"}),
])
def test_a_measure_is_stated_only_by_a_sentence_that_states_something(text, stated):
    found = audit.audit_document(doc_of(text), (), reread=False)
    assert set(found.mentions) == stated


def test_lower_layers_never_import_the_audit():
    """read -> normalise -> extract -> check: the audit sits after them, never before."""
    root = Path(ogi.__file__).parent
    lower = [*root.glob("read/*.py"), *root.glob("extract/*.py"), *root.glob("checks/*.py"),
             root / "normalise.py", root / "numerals.py", root / "model.py", root / "tidy.py"]
    for path in lower:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else \
                [a.name for a in node.names] if isinstance(node, ast.Import) else []
            assert not any(name.endswith("audit") for name in names), path.name


def test_an_earlier_table_gives_families_their_status_and_names_those_gone(tmp_path):
    items = audit.items_frame(
        audit.audit_document(doc_of("公开办事指南35项，公开目录更新3次。"), (), reread=False).items)
    fam = audit.families(items)
    table = tmp_path / "audit.md"
    table.write_text("| family | docs | items | example | reading | status |\n"
                     "|---|---|---|---|---|---|\n"
                     "| `更新 · 次` | 1 | 1 | 「更新3次」 | work counts | explained: no items |\n"
                     "| `收到 →申请 件` | 2 | 2 | 「收到2件」 | requests | open |\n", encoding="utf-8")
    gone = audit.carry_statuses(fam, audit.previous_statuses(table))
    assert dict(zip(fam["family"], fam["status"])) == {
        "公开 〈类目〉 项": "open", "更新 · 次": "explained: no items"}
    assert gone == ["收到 →申请 件"]


def test_by_default_the_audit_writes_beside_the_tables_not_among_them(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(report("本局公开办事指南35项。"), encoding="utf-8")
    processed = tmp_path / "out"
    _parse(raw, processed)
    before = sorted(p.name for p in processed.iterdir())
    result = CliRunner().invoke(main, ["audit", str(processed), "--inputs", str(raw)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in processed.iterdir()) == sorted([*before, "audit"])
    assert sorted(p.name for p in (processed / "audit").iterdir()) == [
        "audit-coverage.csv", "audit-families.csv", "audit-items.csv", "audit-traps.csv"]
