"""Word (.docx): paragraphs and tables in body order, a table row as one tab-separated line.

The ZIP container is checked before python-docx opens it: not a ZIP, not a Word document, or a
zip bomb (declared uncompressed sizes far beyond any report) are refused with a reason. python-docx
parses XML with entity resolution off and never runs macros; a .docm's VBA part is never read.
"""
from __future__ import annotations

import io
import zipfile

from ..model import Document, Segment
from ..normalise import normalise
from . import ReadError
from .decode import binary_kind
from .hints import labelled_date

MAX_UNCOMPRESSED = 200 * 1024 * 1024   # a long report with images is a few tens of MB
MAX_RATIO = 200                         # XML compresses ~10-30x; bombs compress ~1000x
_RATIO_MIN_SIZE = 10 * 1024 * 1024      # small members may compress well without being bombs


def _check_container(data: bytes) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        kind = binary_kind(data)
        if kind and kind != "ZIP archive":
            raise ReadError(f"file claims to be a Word document (.docx) but is a {kind}") from None
        raise ReadError("not a valid .docx: the file is not a ZIP archive (damaged or renamed)") \
            from None
    infos = archive.infolist()
    names = {info.filename for info in infos}
    if "word/document.xml" not in names:
        raise ReadError("ZIP archive is not a Word document (no word/document.xml)")
    declared = sum(info.file_size for info in infos)
    packed = sum(info.compress_size for info in infos)
    worst = max(infos, key=lambda info: info.file_size / max(info.compress_size, 1))
    ratio = worst.file_size / max(worst.compress_size, 1)
    if declared > MAX_UNCOMPRESSED or (worst.file_size > _RATIO_MIN_SIZE and ratio > MAX_RATIO):
        raise ReadError(f"refused as a likely zip bomb: the .docx declares "
                        f"{declared / 2**20:.0f} MB uncompressed from {packed / 2**20:.1f} MB")
    for info in infos:
        if info.filename.endswith((".xml", ".rels")) and _declares_entities(archive, info):
            raise ReadError(f"refused as a likely entity bomb ('billion laughs'): "
                            f"{info.filename} declares XML entities, which Word never writes")


def _declares_entities(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """A DTD with entity declarations in the prolog (read only the first 64 kB: a DTD comes
    before the root element)."""
    try:
        with archive.open(info) as member:
            head = member.read(1 << 16)
    except Exception:   # noqa: BLE001 - a damaged member: python-docx reports it below
        return False
    return b"<!ENTITY" in head.upper() and b"<!DOCTYPE" in head.upper()


def _join_cell_lines(text: str) -> str:
    """Lines inside one cell, on one line: CJK lines join directly (本年新/制作数量)."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    out = ""
    for line in lines:
        if out and not (ord(out[-1]) > 0x2E80 and ord(line[0]) > 0x2E80):
            out += " "
        out += line
    return out.replace("\t", " ")


def read_docx(data: bytes, source_file: str, report_id: str) -> Document:
    _check_container(data)
    import docx
    from docx.table import Table as DocxTable

    try:
        document = docx.Document(io.BytesIO(data))
    except ValueError as exc:       # python-docx: content type is not a Word document
        raise ReadError(f"not a readable Word document ({str(exc).splitlines()[0]})") from None
    except (KeyError, zipfile.BadZipFile, OSError) as exc:
        raise ReadError(f"damaged Word document ({type(exc).__name__}: {exc})") from None
    except SyntaxError as exc:   # lxml's XMLSyntaxError: malformed or hostile XML
        raise ReadError(f"damaged Word document: its XML cannot be parsed "
                        f"({' '.join(str(exc).split())[:200]})") from None

    parts: list[str] = []
    for block in document.iter_inner_content():
        if not isinstance(block, DocxTable):
            parts.append(block.text + "\n")
            continue
        seen: dict = {}   # cell element -> True; merged cells repeat the same element
        for row in block.rows:
            cells = []
            for cell in row.cells:
                if cell._tc in seen:
                    cells.append("")   # covered by a merge: '' keeps numeric columns aligned
                else:
                    seen[cell._tc] = True
                    cells.append(_join_cell_lines(cell.text))
            parts.append("\t".join(cells) + "\n")
    raw = "".join(parts).rstrip()
    if not raw.strip():
        raise ReadError("Word document has no text")
    return Document(
        source_file=source_file, report_id=report_id, fmt="docx",
        text=normalise(raw), raw_text=raw, segments=[Segment(0, len(raw), 0)],
        title_hint=(document.core_properties.title or "").strip(),
        published_hint=labelled_date(raw[:3000]), warnings=[],
    )
