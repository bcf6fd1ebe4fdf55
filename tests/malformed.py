"""Builders for bad and awkward input files, made by code into a folder (nothing is committed).

Each `Case` names one kind of input, a function that writes it into a folder, the status the
pipeline must give it and words its reason must contain. `good_*` builders write well-formed
reports used as controls in mixed folders.
"""
from __future__ import annotations

import io
import os
import random
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import opencc

# A short synthetic report (our own words, not a corpus document).
REPORT = (
    "标题: 某县人民政府2019年政府信息公开工作年度报告\n"
    "发布时间: 2020-01-15 10:00\n"
    "==================== 正文 ====================\n"
    "一、总体情况\n"
    "2019年，本机关主动公开政府信息120条，其中政府网站发布85条，政务微信发布35条。\n"
    "全年共收到政府信息公开申请12件，均已在法定期限内答复。\n"
    "因政府信息公开被申请行政复议2件，提起行政诉讼1件。\n"
)
REPORT_CN_NUMERALS = (
    "二〇一九年，本机关主动公开政府信息一百二十条，其中政府网站发布八十五条。\n"
    "全年共收到政府信息公开申请十二件，因政府信息公开被申请行政复议两件。\n"
)
REPORT_TRADITIONAL = opencc.OpenCC("s2t").convert(REPORT)


@dataclass(frozen=True)
class Case:
    name: str
    build: Callable[[Path], Path]
    status: str                 # ok | partial | failed
    reason: str = ""            # words the reason must contain ('' for ok)


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


# --- PDFs written by hand: ASCII text in Helvetica, correct xref -------------------------------

def minimal_pdf(pages: list[str], encrypt: bool = False, image_only: bool = False) -> bytes:
    """A small valid PDF with one text line per page (or an image and no text)."""
    objects: list[bytes] = []
    n_pages = len(pages)
    page_ids = [4 + 2 * i for i in range(n_pages)]
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join(f"{i} 0 R" for i in page_ids).encode()
    objects.append(b"<< /Type /Pages /Kids [" + kids + b"] /Count " + str(n_pages).encode() + b" >>")
    if image_only:
        # a 2x2 grey image drawn over the page: what a scanned report looks like inside
        objects.append(b"<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace "
                       b"/DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\x80\x80\x80\x80"
                       b"\nendstream")
    else:
        objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for text in pages:
        if image_only:
            content = b"q 500 0 0 700 50 50 cm /Im1 Do Q"
            resources = b"<< /XObject << /Im1 3 0 R >> >>"
        else:
            content = b"BT /F1 12 Tf 72 720 Td (" + text.encode("ascii") + b") Tj ET"
            resources = b"<< /Font << /F1 3 0 R >> >>"
        page_no = len(objects) + 1
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources "
                       + resources + b" /Contents " + str(page_no + 1).encode() + b" 0 R >>")
        objects.append(b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content
                       + b"\nendstream")
    trailer_extra = b""
    if encrypt:
        # Standard security handler, RC4 40-bit; /U does not match the empty user password,
        # so a reader must ask for a password.
        objects.append(b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <"
                       + b"22" * 32 + b"> /P -44 >>")
        trailer_extra = (f" /Encrypt {len(objects)} 0 R /ID [<{'ab' * 16}> <{'ab' * 16}>]"
                         .encode())
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R".encode() + trailer_extra
              + f" >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


PDF_PAGES = [f"Page {i}: 2019 requests received 1{i}, answered 1{i}." for i in range(1, 9)]


# --- DOCX -----------------------------------------------------------------------------------

def good_docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    for line in REPORT.splitlines()[3:]:
        document.add_paragraph(line)
    table = document.add_table(rows=3, cols=4)
    header = ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"]
    for row, values in zip(table.rows, [header, ["规章", "3", "3", "40"], ["规范性文件", "5", "5", "61"]]):
        for cell, value in zip(row.cells, values):
            cell.text = value
    document.add_paragraph("二、其他需要报告的事项")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@lru_cache(maxsize=1)
def zip_bomb_docx_bytes() -> bytes:
    """A .docx whose document.xml declares ~300 MB of zeros (streamed, never held in memory)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * (1 << 20)
            for _ in range(300):
                member.write(chunk)
    return buffer.getvalue()


# --- the cases --------------------------------------------------------------------------------

def _html(body: str, head: str = "") -> bytes:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>某县2019年政府信息公开工作年度报告"
            f"</title>{head}</head><body>{body}</body></html>").encode()


HTML_REPORT_BODY = "".join(f"<p>{line}</p>" for line in REPORT.splitlines()[3:])


def _mixed_encodings(folder: Path) -> Path:
    lines = REPORT.splitlines(keepends=True)
    data = b"".join(ln.encode("gbk") if i % 2 else ln.encode("utf-8") for i, ln in enumerate(lines))
    return _write(folder, "mixed_encodings.txt", data)


def _symlink_loop(folder: Path) -> Path:
    link = folder / "loop.txt"
    os.symlink(link.name, link)
    return link


def dir_loop(folder: Path) -> Path:
    """A folder whose subfolder links back to it (walked once, not forever)."""
    sub = folder / "sub"
    sub.mkdir()
    (sub / "report.txt").write_text(REPORT, encoding="utf-8")
    os.symlink("..", sub / "up")
    return sub / "report.txt"


def _large_text(folder: Path) -> Path:
    # Long filler lines without numbers: size for the reader, little work for the extractors.
    filler = ("本机关持续推进政务公开标准化规范化建设完善信息发布审核机制" * 60 + "。\n").encode()
    path = folder / "large.txt"
    with path.open("wb") as out:
        out.write(REPORT.encode())
        out.write(filler * (20_000_000 // len(filler)))
    return path


def _noise(n: int, seed: int = 7) -> bytes:
    return random.Random(seed).randbytes(n)


CASES: list[Case] = [
    Case("empty", lambda d: _write(d, "empty.txt", b""), "failed", "empty file"),
    Case("whitespace_only", lambda d: _write(d, "blank.txt", b" \n\t\r\n\xe3\x80\x80\n"), "failed",
         "only whitespace"),
    Case("binary_noise", lambda d: _write(d, "noise.txt", _noise(50_000)), "failed",
         "binary file"),
    Case("jpeg_named_txt", lambda d: _write(d, "photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"
                                            + _noise(5000)), "failed", "binary file (JPEG image)"),
    Case("png_named_html", lambda d: _write(d, "page.html", b"\x89PNG\r\n\x1a\n" + _noise(3000)),
         "failed", "PNG image"),
    Case("elf_named_md", lambda d: _write(d, "notes.md", b"\x7fELF\x02\x01\x01" + _noise(3000)),
         "failed", "ELF executable"),
    Case("jpeg_named_pdf", lambda d: _write(d, "scan.pdf", b"\xff\xd8\xff\xe0" + _noise(3000)),
         "failed", "JPEG image"),
    Case("gbk", lambda d: _write(d, "gbk.txt", REPORT.encode("gbk")), "ok"),
    Case("gb18030", lambda d: _write(d, "gb18030.txt", (REPORT + "附注：㐀䶵€\n").encode("gb18030")),
         "ok"),
    Case("big5", lambda d: _write(d, "big5.txt", REPORT_TRADITIONAL.encode("big5")), "ok"),
    Case("utf16_le_bom", lambda d: _write(d, "u16le_bom.txt", REPORT.encode("utf-16")), "ok"),
    Case("utf16_be_bom", lambda d: _write(d, "u16be_bom.txt",
                                          b"\xfe\xff" + REPORT.encode("utf-16-be")), "ok"),
    Case("utf16_le_no_bom", lambda d: _write(d, "u16le.txt", REPORT.encode("utf-16-le")), "ok"),
    Case("utf16_be_no_bom", lambda d: _write(d, "u16be.txt", REPORT.encode("utf-16-be")), "ok"),
    Case("utf8_bom", lambda d: _write(d, "u8bom.txt", b"\xef\xbb\xbf" + REPORT.encode()), "ok"),
    Case("mixed_encodings", _mixed_encodings, "partial", "mixed encodings"),
    Case("utf8_cut_mid_character", lambda d: _write(d, "cut.txt", REPORT.encode()[:-5]),
         "partial", "damaged UTF-8"),
    Case("traditional", lambda d: _write(d, "traditional.txt", REPORT_TRADITIONAL.encode()), "ok"),
    Case("nul_bytes", lambda d: _write(d, "nul.txt", REPORT.encode().replace(
        "本机关".encode(), "本机关".encode() + b"\0\0", 1)), "partial", "NUL"),
    Case("chinese_numerals", lambda d: _write(d, "numerals.txt", REPORT_CN_NUMERALS.encode()), "ok"),
    Case("long_line", lambda d: _write(d, "long_line.txt", (REPORT.replace("\n", " ")
                                       + "政务公开" * 250_000 + REPORT.replace("\n", " ")).encode()),
         "ok"),
    Case("large_text_20mb", _large_text, "ok"),
    Case("html_scripts", lambda d: _write(d, "scripts.html", _html(
        "<script>document.write('<table><tr><td>999</td></tr></table>')</script>"
        "<style>p{color:red}</style><nav>首页 | 政务公开</nav>" + HTML_REPORT_BODY
        + "<iframe src='http://example.invalid/x'></iframe>")), "ok"),
    Case("html_huge_data_uri", lambda d: _write(d, "data_uri.html", _html(
        HTML_REPORT_BODY + "<img src='data:image/png;base64," + "QUFB" * 2_000_000 + "'>")), "ok"),
    Case("html_broken_markup", lambda d: _write(d, "broken.html", (
        "<html><body><div><p>" + REPORT.splitlines()[4] + "<table><tr><td>规章<td>3<tr><td>规范性文件"
        "<td>5</table><p>a < b && c <b><i>未闭合" + REPORT.splitlines()[5]).encode()), "ok"),
    Case("html_deep_nesting", lambda d: _write(d, "nested.html", (
        "<html><body>" + HTML_REPORT_BODY + "<font><p>本段说明政务公开工作的开展情况。</p>" * 2500
        + "</body></html>").encode()), "partial", "could not be parsed"),
    Case("html_gbk_meta_charset", lambda d: _write(d, "gbk.html", _html(HTML_REPORT_BODY).replace(
        b"charset='utf-8'", b"charset='gb2312'").decode().encode("gbk")), "ok"),
    Case("html_only_scripts", lambda d: _write(d, "empty_page.html", _html(
        "<script>var a = '主动公开政府信息120条';</script><style>body{}</style>")), "failed",
         "no visible text"),
    Case("truncated_pdf", lambda d: _write(d, "truncated.pdf", minimal_pdf(PDF_PAGES)[:900]),
         "failed", "truncated PDF"),
    Case("damaged_pdf", lambda d: _write(d, "damaged.pdf", minimal_pdf(PDF_PAGES).replace(
        b"/Pages 2 0 R", b"/Pages 99 0 R")), "failed", "damaged PDF"),
    Case("encrypted_pdf", lambda d: _write(d, "encrypted.pdf", minimal_pdf(PDF_PAGES, encrypt=True)),
         "failed", "encrypted PDF (password required)"),
    Case("pdf_no_text_layer", lambda d: _write(d, "scanned.pdf", minimal_pdf(["", ""], image_only=True)),
         "failed", "no text layer"),
    Case("docx_zip_bomb", lambda d: _write(d, "bomb.docx", zip_bomb_docx_bytes()), "failed",
         "zip bomb"),
    Case("docx_not_a_zip", lambda d: _write(d, "fake.docx", REPORT.encode()), "failed",
         "not a ZIP archive"),
    Case("docx_zip_not_word", lambda d: _write(d, "archive.docx", _zip_of({"a.txt": b"hello"})),
         "failed", "not a Word document"),
    Case("doc_ole_named_docx", lambda d: _write(d, "old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
                                                + _noise(4000)), "failed", "legacy Office"),
    Case("doc_ole_named_doc", lambda d: _write(d, "old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
                                               + _noise(4000)), "failed", "save it as .docx or PDF"),
    Case("symlink_loop", _symlink_loop, "failed", "symbolic links"),
]


def _zip_of(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


# Well-formed reports, one per format: controls that must parse the same alone or among bad files.
GOOD: dict[str, Callable[[Path], Path]] = {
    "good.txt": lambda d: _write(d, "good.txt", REPORT.encode()),
    "good.html": lambda d: _write(d, "good.html", _html(HTML_REPORT_BODY)),
    "good.md": lambda d: _write(d, "good.md", ("# 某县2019年政府信息公开工作年度报告\n\n" + REPORT[80:]
                                               + "\n| 信息内容 | 本年新制作数量 |\n|---|---|\n| 规章 | 3 |\n").encode()),
    "good.pdf": lambda d: _write(d, "good.pdf", minimal_pdf(PDF_PAGES[:2])),
    "good.docx": lambda d: _write(d, "good.docx", good_docx_bytes()),
}
