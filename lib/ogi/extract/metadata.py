"""Report metadata: agency, administrative level, report year, published date, template."""
from __future__ import annotations

from ..model import Document, Metadata


def extract_metadata(doc: Document) -> Metadata:
    return Metadata()
