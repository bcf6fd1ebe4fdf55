"""Readers: one module per input format, each returning a normalised `Document`.

`read_document` sniffs the format from the bytes (a Word file renamed .pdf is still read as
DOCX), falls back to the file extension, and raises `ReadError` with a one-line reason a person
understands when a file cannot be read. Readers never modify their input and never execute or
fetch anything it contains.
"""
from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from ..model import Document


class ReadError(Exception):
    """A file that cannot be read; the message is the reason shown in reports.csv."""


# Reports are a few MB at most; anything far larger is a wrong file and would only eat memory.
MAX_BYTES = 50 * 1024 * 1024
MAX_BYTES_ENV = "OGI_MAX_BYTES"


def max_bytes() -> int:
    """The size limit in bytes: MAX_BYTES unless OGI_MAX_BYTES sets another."""
    value = os.environ.get(MAX_BYTES_ENV, "").strip()
    try:
        return int(value) if value else MAX_BYTES
    except ValueError:
        return MAX_BYTES


def _size_text(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    return f"{n / 1024:.1f} kB" if n >= 1024 else f"{n} bytes"


def report_id_for(data: bytes) -> str:
    """Stable id: the same input bytes always give the same id."""
    return hashlib.sha256(data).hexdigest()[:16]


IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")
# Suffixes of the text formats: a file named so is read (or refused) as that format.
_TEXT_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".shtml", ".md", ".markdown",
                  ".pdf", ".docx", ".doc", ".csv")


def sniff_format(data: bytes, suffix: str) -> str:
    """The format the bytes are in, whatever the file is called.

    A page image (PNG, JPEG, TIFF) is read by OCR when it is named as an image or has a name
    that claims no other format; an image named .txt or .pdf is refused as what it is."""
    head = data[:8]
    if b"%PDF-" in data[:1024]:     # readers accept junk before the header, and so do we
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    suffix = suffix.lower()
    if suffix in IMAGE_SUFFIXES or (head.startswith(_IMAGE_MAGIC)
                                    and suffix not in _TEXT_SUFFIXES):
        return "image"
    if suffix in (".html", ".htm", ".xhtml", ".shtml"):
        return "html"
    if suffix in (".md", ".markdown"):
        return "md"
    if suffix in (".pdf", ".docx"):
        return suffix[1:]  # claims to be one but is not: the reader reports why
    start = data[:512].removeprefix(b"\xef\xbb\xbf").lstrip().lower()
    if start.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "txt"


def content_sha256(path: Path) -> str | None:
    """sha256 of a regular file's bytes, read in chunks; None for what `read_document` refuses
    without reading (a pipe, device or socket, which could block forever; a file over the size
    limit) or cannot open. Lets the parent hash inputs for ids and the cache safely."""
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode) or st.st_size > max_bytes():
            return None
        h = hashlib.sha256()
        with path.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                h.update(chunk)
        return h.hexdigest()
    except OSError:
        return None


def read_document(path: Path, source_file: str) -> Document:
    """Read one file into a Document, or raise ReadError."""
    limit = max_bytes()
    try:
        st = path.stat()
        if stat.S_ISDIR(st.st_mode):
            raise ReadError("is a directory, not a file")
        if not stat.S_ISREG(st.st_mode):
            raise ReadError("not a regular file (a named pipe, device or socket): not read")
        size = st.st_size
        if size > limit:
            raise ReadError(f"file too large ({_size_text(size)} > {_size_text(limit)} limit)")
        data = path.read_bytes()
    except PermissionError:
        raise ReadError("permission denied: the file cannot be opened for reading") from None
    except IsADirectoryError:
        raise ReadError("is a directory, not a file") from None
    except OSError as exc:
        raise ReadError(f"cannot read file: {(exc.strerror or str(exc)).lower()}") from None
    if not data.strip():
        raise ReadError("empty file (no content)" if not data else "file holds only whitespace")
    fmt = sniff_format(data, path.suffix)
    rid = report_id_for(data)
    if fmt == "pdf":
        from .pdf import read_pdf
        return read_pdf(data, source_file, rid)
    if fmt == "image":
        from .image import read_image
        return read_image(data, source_file, rid)
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
