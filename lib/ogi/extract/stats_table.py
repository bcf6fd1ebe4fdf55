"""Pre-2019 statistics tables (2014 national 统计表 and earlier local tables)."""
from __future__ import annotations

from ..model import Document, Fact, Metadata


def extract_stats_table(doc: Document, meta: Metadata) -> list[Fact]:
    return []
