"""Readers: one module per input format, each returning a normalised `Document`.

`read_document` sniffs the format from the bytes (a Word file renamed .pdf is still read as
DOCX), falls back to the file extension, and raises `ReadError` with a one-line reason a person
understands when a file cannot be read. Readers never modify their input and never execute or
fetch anything it contains.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from ..model import Document


class ReadError(Exception):
    """A file that cannot be read; the message is the reason shown in reports.csv."""


def report_id_for(data: bytes) -> str:
    """Stable id: the same input bytes always give the same id."""
    return hashlib.sha256(data).hexdigest()[:16]


def sniff_format(data: bytes, suffix: str) -> str:
    """The format the bytes are in, whatever the file is called."""
    head = data[:8]
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    suffix = suffix.lower()
    if suffix in (".html", ".htm", ".xhtml", ".shtml"):
        return "html"
    if suffix in (".md", ".markdown"):
        return "md"
    if suffix in (".pdf", ".docx"):
        return suffix[1:]  # claims to be one but is not: the reader reports why
    start = data[:512].lstrip().lower()
    if start.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "txt"


def read_document(path: Path, source_file: str) -> Document:
    """Read one file into a Document, or raise ReadError."""
    try:
        data = path.read_bytes()
    except PermissionError:
        raise ReadError("permission denied: the file cannot be opened for reading") from None
    except IsADirectoryError:
        raise ReadError("is a directory, not a file") from None
    except OSError as exc:
        raise ReadError(f"cannot read file: {exc.strerror or exc}") from None
    if not data.strip():
        raise ReadError("empty file (no content)" if not data else "file holds only whitespace")
    fmt = sniff_format(data, path.suffix)
    rid = report_id_for(data)
    if fmt == "pdf":
        from .pdf import read_pdf
        return read_pdf(data, source_file, rid)
    if fmt == "docx":
        from .docx import read_docx
        return read_docx(data, source_file, rid)
    if fmt == "html":
        from .html import read_html
        return read_html(data, source_file, rid)
    if fmt == "md":
        from .markdown import read_markdown
        return read_markdown(data, source_file, rid)
    from .text import read_text
    return read_text(data, source_file, rid)
