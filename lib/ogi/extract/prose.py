"""Free-text (narrative) extraction."""
from __future__ import annotations

from ..model import Document, Fact, Metadata


def extract_prose(doc: Document, meta: Metadata) -> list[Fact]:
    return []
