"""2019/2021 template tables 二, 三, 四."""
from __future__ import annotations

from ..model import Document, Fact, Metadata


def extract_template(doc: Document, meta: Metadata) -> list[Fact]:
    return []
