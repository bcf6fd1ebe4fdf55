"""Bytes -> str for Chinese documents: BOMs, UTF-8, then the GB family and Big5."""
from __future__ import annotations

import codecs

from . import ReadError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes) -> tuple[str, list[str]]:
    """Decode text bytes; returns (text, warnings). Raises ReadError for binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), []
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    for encoding in ("gb18030", "big5"):
        try:
            return data.decode(encoding), []
        except UnicodeDecodeError:
            continue
    raise ReadError("not text in a known encoding (UTF-8, UTF-16, GB18030/GBK, Big5)")
