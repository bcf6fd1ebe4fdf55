"""Plain text: decode (UTF-8, UTF-16, GB18030/GBK, Big5) and normalise.

Crawler dumps start with '标题: ...' and '发布时间: ...' lines: they give the title and date hints.
"""
from __future__ import annotations

from ..model import Document, Segment
from ..normalise import normalise
from . import ReadError
from .decode import decode_bytes
from .hints import crawler_header
from .markdown import has_html_table, has_pipe_table, read_markdown


def read_text(data: bytes, source_file: str, report_id: str) -> Document:
    text, warnings = decode_bytes(data)
    if not text.strip():
        raise ReadError("file holds only whitespace")
    if has_pipe_table(text) or has_html_table(text):
        # Markdown (or HTML) tables in a plain-text file (a converter's output saved as .txt):
        # their rows are read as in a .md file, one line of tab-separated cells each
        doc = read_markdown(data, source_file, report_id, code_blocks=False)
        title, published = crawler_header(doc.text)
        doc.fmt, doc.title_hint, doc.published_hint = "txt", title or doc.title_hint, published
        return doc
    normalised = normalise(text)
    title, published = crawler_header(normalised)   # Simplified keys match Traditional dumps too
    return Document(
        source_file=source_file, report_id=report_id, fmt="txt",
        text=normalised, raw_text=text,
        segments=[Segment(0, len(text), 0)], title_hint=title, published_hint=published,
        warnings=warnings,
    )
