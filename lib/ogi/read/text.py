"""Plain text: decode (UTF-8, UTF-16, GB18030/GBK, Big5) and normalise."""
from __future__ import annotations

from ..model import Document, Segment
from ..normalise import normalise
from .decode import decode_bytes


def read_text(data: bytes, source_file: str, report_id: str) -> Document:
    text, warnings = decode_bytes(data)
    return Document(
        source_file=source_file, report_id=report_id, fmt="txt",
        text=normalise(text), raw_text=text,
        segments=[Segment(0, len(text), 0)], warnings=warnings,
    )
