"""HTML, Markdown, PDF and DOCX readers on short synthetic inputs, then on the shared corpus."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from malformed import PDF_PAGES, good_docx_bytes, minimal_pdf
from ogi.model import Document
from ogi.paths import ROOT
from ogi.read import MAX_BYTES_ENV, ReadError, read_document
from ogi.read.html import read_html
from ogi.read.markdown import read_markdown
from ogi.read.pdf import read_pdf

CORPUS = ROOT.parent / "shared" / "corpus" / "raw"


def tab_tables(doc: Document) -> list[list[list[str]]]:
    """The tables a structured reader wrote into the text: runs of lines of tab-separated cells."""
    tables: list[list[list[str]]] = []
    run: list[list[str]] = []
    for line in [*doc.raw_text.split("\n"), ""]:
        if "\t" in line:
            run.append(line.split("\t"))
        elif run:
            tables.append(run)
            run = []
    return tables


def assert_consistent(doc: Document, source: str | None = None) -> None:
    """The invariants every reader keeps: same-length texts, segments pointing at the same
    characters in the source."""
    assert len(doc.text) == len(doc.raw_text)
    if source is not None:
        for seg in doc.segments:
            piece = doc.raw_text[seg.text_start:seg.text_start + seg.length]
            assert piece == source[seg.source_start:seg.source_start + seg.length]


# --- HTML -------------------------------------------------------------------------------------

HTML = """<!DOCTYPE html><html><head><title> 某县 2019年 年度报告 </title>
<meta name="PubDate" content="2020-01-20 09:00"><script>var x = "<p>主动公开999条</p>";</script>
<style>.a{}</style></head><body><div class="nav">首页 政务公开</div><header>网站头部</header>
<p>一、总体情况</p><p>主动公开政府信息<b>120</b>条，&lt;含&gt;网站85条。</p>
<table><tr><td colspan="2">信息内容</td><td>数量</td></tr>
<tr><td rowspan="2">（三）不予公开</td><td>1.属于国家秘密</td><td>4</td></tr>
<tr><td>2.其他</td><td>&nbsp;</td></tr>
<tr><td>本年新<br>制作数量</td><td> </td><td>7</td></tr></table>
<footer>版权所有</footer><p>二、其他</p></body></html>"""


def test_html_text_blocks_tables_and_chrome():
    doc = read_html(HTML.encode(), "a.html", "id")
    assert doc.title_hint == "某县 2019年 年度报告"
    assert doc.published_hint == "2020-01-20"
    assert "999" not in doc.text and "首页" not in doc.text and "版权所有" not in doc.text
    assert "网站头部" not in doc.text
    assert "主动公开政府信息 120 条，<含>网站85条。" not in doc.text  # no spaces invented
    assert "主动公开政府信息120条，<含>网站85条。" in doc.text
    assert tab_tables(doc) == [[["信息内容", "", "数量"],
                                ["（三）不予公开", "1.属于国家秘密", "4"],
                                ["", "2.其他", ""],
                                ["本年新制作数量", "", "7"]]]
    lines = doc.text.splitlines()
    assert lines[0] == "一、总体情况" and lines[-1] == "二、其他"
    assert_consistent(doc, HTML)


def test_html_table_of_tables_is_layout():
    html = "<table><tr><td><p>正文一</p><table><tr><td>规章</td><td>3</td></tr></table></td></tr></table>"
    doc = read_html(html.encode(), "a.html", "id")
    assert tab_tables(doc) == [[["规章", "3"]]]
    assert doc.text.startswith("正文一\n规章\t3")


def test_html_no_external_entities_or_fetching():
    html = ('<!DOCTYPE html [<!ENTITY ext SYSTEM "file:///etc/passwd">]><html><body>'
            '<p>报告&ext;正文</p><img src="http://example.invalid/a.png"></body></html>')
    doc = read_html(html.encode(), "a.html", "id")
    assert "root:" not in doc.text and "报告" in doc.text


def test_html_segments_map_words_back_to_source():
    doc = read_html(HTML.encode(), "a.html", "id")
    start = doc.text.index("120")
    assert HTML[doc.source_offset(start):doc.source_offset(start) + 3] == "120"


# --- Markdown ---------------------------------------------------------------------------------

MARKDOWN = """# 某县2019年政府信息公开工作年度报告

正文第一段，主动公开10条。

## 表三
| 信息内容 | 自然人 | 总计 |
|---|---|---|
| 一、本年新收申请 | 5 | 5 |
— 4 —
| 二、上年结转 | 1 | 1 | 9 |
## 表三
| 缴纳费用、 | 行政机关不再处理其政
府信息公开申请 | 0 |
| 信息内容 | 自然人 | 总计 |

```
| 代码 | 不是表格 |
```
结尾文字。
"""


def test_markdown_tables_tolerate_broken_rows():
    doc = read_markdown(MARKDOWN.encode(), "a.md", "id")
    assert doc.title_hint == "某县2019年政府信息公开工作年度报告"
    assert tab_tables(doc) == [[["信息内容", "自然人", "总计"],
                                ["一、本年新收申请", "5", "5"],
                                ["二、上年结转", "1", "1", "9"]],    # extra cell kept, not dropped
                               [["缴纳费用、", "行政机关不再处理其政府信息公开申请", "0"],
                                ["信息内容", "自然人", "总计"]]]     # the repeated heading between
    assert "— 4 —" not in doc.text                      # page number inside a table dropped
    assert doc.text.count("## 表三") == 2                  # headings kept verbatim
    assert "| 代码 | 不是表格 |" in doc.text                # code is not a table
    assert "正文第一段，主动公开10条。" in doc.text and doc.text.rstrip().endswith("结尾文字。")
    assert_consistent(doc, MARKDOWN)


# --- PDF --------------------------------------------------------------------------------------

def test_pdf_pages_are_segments():
    doc = read_pdf(minimal_pdf(PDF_PAGES[:3]), "a.pdf", "id")
    assert doc.text.split("\n") == PDF_PAGES[:3]
    assert [s.page for s in doc.segments] == [1, 2, 3]
    assert doc.page_at(doc.text.index("Page 3")) == 3
    assert doc.warnings == []


@pytest.mark.parametrize("data,reason", [
    (minimal_pdf(PDF_PAGES, encrypt=True), "encrypted PDF (password required)"),
    (minimal_pdf(["", ""], image_only=True),
     "PDF has no text layer and OCR found no text on its page images"),
    (minimal_pdf(PDF_PAGES)[:700], "truncated PDF (the file ends early) that cannot be opened"),
])
def test_pdf_refusals(data, reason):
    with pytest.raises(ReadError) as info:
        read_pdf(data, "a.pdf", "id")
    assert str(info.value) == reason


# --- DOCX and sniffing ------------------------------------------------------------------------

def test_docx_paragraphs_and_tables_in_body_order(tmp_path):
    path = tmp_path / "r.docx"
    path.write_bytes(good_docx_bytes())
    doc = read_document(path, path.name)
    [table] = tab_tables(doc)
    assert table[1] == ["规章", "3", "3", "40"]
    lines = doc.text.splitlines()
    assert lines.index("信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量") < lines.index("二、其他需要报告的事项")
    assert_consistent(doc)


def test_docx_merged_cells_leave_covered_positions_empty(tmp_path):
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "合并"
    table.cell(0, 2).text = "总计"
    for c, value in enumerate(["a", "1", "2"]):
        table.cell(1, c).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "m.docx"
    path.write_bytes(buffer.getvalue())
    assert tab_tables(read_document(path, "m.docx")) == [[["合并", "", "总计"], ["a", "1", "2"]]]


def test_content_decides_the_format_not_the_name(tmp_path):
    path = tmp_path / "really_a_docx.pdf"
    path.write_bytes(good_docx_bytes())
    assert read_document(path, path.name).fmt == "docx"
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("x.txt", "x")
    path.write_bytes(zipped.getvalue())
    with pytest.raises(ReadError, match="not a Word document"):
        read_document(path, path.name)


def test_size_limit(tmp_path, monkeypatch):
    path = tmp_path / "r.txt"
    path.write_bytes("主动公开120条。".encode() * 100)
    monkeypatch.setenv(MAX_BYTES_ENV, "2048")
    with pytest.raises(ReadError, match=r"^file too large \(2\.1 kB > 2\.0 kB limit\)$"):
        read_document(path, path.name)
    monkeypatch.setenv(MAX_BYTES_ENV, "4096")
    assert read_document(path, path.name).text.startswith("主动公开120条。")


# --- the shared corpus --------------------------------------------------------------------------

def corpus_file(name: str) -> Path:
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"shared corpus not available at {CORPUS}")
    return path


def test_corpus_html_tables_keep_columns_aligned():
    path = corpus_file("021_sh_gov_office_2019.html")
    doc = read_document(path, path.name)
    assert_consistent(doc, path.read_text(encoding="utf-8"))
    assert doc.published_hint == "2020-01-31"
    rows = {row[0]: row for table in tab_tables(doc) for row in table}
    # colspan=2 value cell: the covered column is '' and the total stays in the last column
    assert rows["规章"][1:] == ["13", "13", "", "524"]
    assert rows["政府集中采购"][1:] == ["6", "", "251000元", ""]
    # rowspan label column: covered positions are '', a blank/&nbsp; cell is ''
    widths = {len(row) for table in tab_tables(doc) if len(table) > 20 for row in table}
    assert len(widths) == 1


def test_corpus_markdown():
    path = corpus_file("022_kiro_shanghai_office_2025.md")
    doc = read_document(path, path.name)
    assert_consistent(doc, path.read_text(encoding="utf-8"))
    rows = [row for table in tab_tables(doc) for row in table]
    assert ["（七）总计", "1139", "48", "0", "0", "4", "0", "1191"] in rows
    assert any(len(row) == 15 for row in rows)   # table 四 flattened to one row of 15 numbers


@pytest.mark.parametrize("name,pages", [("024_govnb_huaian_2024.pdf", 6), ("026_kiro_hongze_2024.pdf", 5)])
def test_corpus_pdf(name, pages):
    path = corpus_file(name)
    doc = read_document(path, path.name)
    assert [s.page for s in doc.segments] == list(range(1, pages + 1))
    assert "\r" not in doc.text and doc.warnings == []
    # these reports print '- N -' at the top of page N: the segment's page is the printed one
    for seg in doc.segments:
        assert doc.text[seg.text_start:].startswith(f"- {seg.page} -")
        assert doc.page_at(seg.text_start + 10) == seg.page


def test_docx_external_entities_are_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-CONTENT")
    source = zipfile.ZipFile(io.BytesIO(good_docx_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b"?>", f'?><!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]>'
                                    .encode(), 1).replace("规章".encode(), "规章&x;".encode(), 1)
            target.writestr(info, data)
    path = tmp_path / "xxe.docx"
    path.write_bytes(out.getvalue())
    try:
        doc = read_document(path, path.name)
    except ReadError as exc:
        assert "SECRET" not in str(exc)
    else:
        assert "SECRET" not in doc.text and "规章" in doc.text


def test_pdf_reasons_do_not_depend_on_the_previous_file():
    # pdfium keeps its last error per process; a damaged file read right after an encrypted one
    # must still be reported as damaged.
    damaged = minimal_pdf(PDF_PAGES).replace(b"/Pages 2 0 R", b"/Pages 99 0 R")
    for data, reason in [(minimal_pdf(PDF_PAGES, encrypt=True), "encrypted PDF (password required)"),
                         (damaged, "damaged PDF that cannot be opened")] * 2:
        with pytest.raises(ReadError) as info:
            read_pdf(data, "a.pdf", "id")
        assert str(info.value) == reason


def test_markdown_script_and_style_bodies_are_not_text():
    source = "# 报告\n<script>var x = '主动公开政府信息999条';</script>\n主动公开政府信息12条\n<style>p{}</style>\n"
    doc = read_markdown(source.encode(), "r.md", "rid")
    assert "999" not in doc.text and "var x" not in doc.text
    assert len(doc.text) == len(source)               # blanked, not removed: offsets unchanged
    assert doc.text.index("12条") == source.index("12条")


def test_html_spans_that_explode_the_grid_are_refused():
    cells = "".join('<td rowspan="100" colspan="100">x</td>' for _ in range(40))
    rows = "".join(f"<tr>{cells}</tr>" for _ in range(100))
    with pytest.raises(ReadError, match="rowspan/colspan"):
        read_html(f"<html><body><table>{rows}</table></body></html>".encode(), "t.html", "rid")
