"""Template-era reports written for this test, never seen while the extractor was developed.

tests/fixtures/unseen-template holds 16 short synthetic 2019-2024 reports (both the 60号 and the
30号 layouts) in the shapes real ones take: HTML tables with 1-3 label columns, rowspans and a
tool-added 小计 column, Markdown pipe tables with broken rows and page lines, crawler text with
space-, tab- or no separators, pdftotext-like text with broken labels and page footers, and two
DOCX reports built here from `docx-src` (a tab line is a table row; '<' merges a cell into the
one on its left, '^' into the one above). Labels follow ../shared/corpus/README.md.

The unit tests below pin each rule those reports needed, on snippets written here.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from ogi.extract.template import extract_template
from ogi.model import Document
from ogi.normalise import normalise
from scoring import needs_scorer, parse, score

FIXTURES = Path(__file__).parent / "fixtures" / "unseen-template"
TEMPLATE_MEASURES = re.compile(r"^ {4}(miss|extra) +(requests\.|review|litigation\.|t2\.)", re.M)


def build_docx(source: Path, dest: Path) -> None:
    import docx

    document = docx.Document()
    lines = source.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        if "\t" not in lines[i]:
            document.add_paragraph(lines[i])
            i += 1
            continue
        rows = []
        while i < len(lines) and "\t" in lines[i]:
            rows.append(lines[i].split("\t"))
            i += 1
        width = max(len(r) for r in rows)
        rows = [r + [""] * (width - len(r)) for r in rows]
        table = document.add_table(rows=len(rows), cols=width)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                if text in ("<", "^"):
                    continue
                cs = next(k for k in range(1, width - c + 1) if c + k == width or row[c + k] != "<")
                rs = next(k for k in range(1, len(rows) - r + 1) if r + k == len(rows) or rows[r + k][c] != "^")
                table.cell(r, c).text = text
                if cs > 1 or rs > 1:
                    table.cell(r, c).merge(table.cell(r + rs - 1, c + cs - 1))
    document.save(dest)


@needs_scorer
def test_unseen_template_reports_score(tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(FIXTURES / "docs", docs)
    for source in (FIXTURES / "docx-src").glob("*.txt"):
        build_docx(source, docs / f"{source.stem}.docx")
    assert len(list(docs.iterdir())) == len(list((FIXTURES / "labels").glob("*.yaml"))) >= 15
    parse([docs], tmp_path / "out")
    result = score(tmp_path / "out", FIXTURES / "labels")
    # every template-table cell is read; the remaining misses are narrative (prose) readings
    assert TEMPLATE_MEASURES.findall(result["details"]) == [], result["details"]
    assert result["recall"] >= 0.98 and result["precision"] >= 0.98, result["details"]
    assert "template=16/16" in result["details"]


# ------------------------------------------------------------------ rules, on short snippets
T3_HEAD = ("三、收到和处理政府信息公开申请情况\n申请人情况\t自然人\t法人或其他组织\t\t\t\t\t{sub}总计\n"
           "\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t{sub}\n")
T3_ROWS = [("一、本年新收政府信息公开申请数量", [5, 2, 0, 0, 1, 0, 8]),
           ("二、上年结转政府信息公开申请数量", [1, 0, 0, 0, 0, 0, 1]),
           ("（一）予以公开", [6, 2, 0, 0, 1, 0, 9]),
           ("（七）总计", [6, 2, 0, 0, 1, 0, 9]),
           ("四、结转下年度继续办理", [0, 0, 0, 0, 0, 0, 0])]
T4 = ("四、政府信息公开行政复议、行政诉讼情况\n行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
      "{row}\n五、存在的主要问题及改进情况\n")


def facts_of(text: str) -> dict[tuple[str, str], float | None]:
    doc = Document("t.txt", "rid", "txt", normalise(text), text)
    return {(f.measure, f.key): f.value for f in extract_template(doc).facts}


def t3_text(sep: str, subtotal_header: bool, with_subtotal: bool = True) -> str:
    lines = []
    for label, v in T3_ROWS:
        cells = v[:6] + [sum(v[1:6])] + v[6:] if with_subtotal else v
        lines.append(label + sep + sep.join(map(str, cells)))
    head = T3_HEAD.format(sub="小计\t" if subtotal_header else "\t" if with_subtotal else "")
    return head.replace("\t", sep) + "\n".join(lines) + "\n" + T4.format(row="\t".join(["0"] * 15))


@pytest.mark.parametrize("sep,header", [("\t", True), ("\t", False), (" ", True), (" ", False)])
def test_tool_added_subtotal_column_is_dropped(sep, header):
    got = facts_of(t3_text(sep, header))
    assert [got[("requests.new", k)] for k in ("natural_person", "org_business", "org_legal_service", "total")] \
        == [5, 2, 1, 8]
    assert got[("requests.outcome", "granted")] == 9 and got[("requests.carried_in", "total")] == 1


def test_eight_numbers_that_are_not_a_subtotal_layout_are_not_read():
    text = t3_text(" ", False).replace("一、本年新收政府信息公开申请数量 5 2 0 0 1 0 3 8",
                                       "一、本年新收政府信息公开申请数量 5 2 0 0 1 0 4 8")
    got = facts_of(text)
    assert ("requests.new", "total") not in got   # 4 is not 2+0+0+1+0: no column can be dropped
    assert got[("requests.outcome", "granted")] == 9


def test_a_cell_written_wu_is_zero_and_slash_is_blank():
    text = ("二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
            "规章\t0\t0\t2\n行政规范性文件\t1\t0\t5\n第二十条第（五）项\n信息内容\t本年处理决定数量\n行政许可\t无\n"
            "第二十条第（六）项\n信息内容\t本年处理决定数量\n行政处罚\t3\n行政强制\t/\n"
            + t3_text("\t", False, with_subtotal=False))
    got = facts_of(text)
    assert got[("t2.licensing", "decisions")] == 0
    assert ("t2.coercion", "decisions") not in got
    assert got[("t2.penalty", "decisions")] == 3


def test_table_four_row_with_an_empty_label_cell_keeps_its_columns():
    row = "\t" + "\t".join(map(str, [1, 0, 0, 1, 2, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0]))
    got = facts_of(t3_text("\t", False, with_subtotal=False).split("四、政府")[0] + T4.format(row=row))
    assert [got[("review", k)] for k in ("upheld", "pending", "total")] == [1, 1, 2]
    assert [got[("litigation.direct", k)] for k in ("corrected", "total")] == [1, 1]
    assert got[("litigation.after_review", "total")] == 0


@pytest.mark.parametrize("cell,yuan", [("3600元", 3600), ("12.5", 125000), ("0.36万元", 3600)])
def test_fee_under_the_wan_yuan_header(cell, yuan):
    text = ("二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t2\n"
            "第二十条第（八）项\n信息内容\t本年收费金额（单位：万元）\n"
            f"行政事业性收费\t{cell}\n" + t3_text("\t", False, with_subtotal=False))
    assert facts_of(text)[("t2.fee", "amount")] == yuan


def test_a_table_row_broken_over_two_lines_continues_with_the_number_line():
    text = t3_text("\t", False, with_subtotal=False).replace(
        "（一）予以公开\t6\t2\t0\t0\t1\t0\t9", "（一）予以公开\t6\t2\n 0 | 0 | 1 | 0 | 9 |")
    got = facts_of(text)
    assert got[("requests.outcome", "granted")] == 9
    assert got[("t3.cell", "granted.org_legal_service")] == 1


def test_a_text_line_holding_several_tab_rows_ends_each_row_at_the_next_label():
    one_line = t3_text("\t", False, with_subtotal=False).replace("\n（", "（").replace("\n四、结转", "四、结转")
    got = facts_of(one_line)
    assert got[("requests.outcome", "granted")] == 9 and got[("requests.outcome", "total")] == 9
    assert got[("requests.carried_out", "total")] == 0
