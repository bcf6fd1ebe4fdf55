"""Run the prose readers on a snippet of our own and name the facts expected, for the tests of
sentence families (test_prose_provinces_*.py, test_prose_holdout_*.py)."""
from __future__ import annotations

from ogi.extract.prose import extract_prose
from ogi.model import Document, Fact, Metadata
from ogi.normalise import normalise


def facts_of(text: str, year: int = 2015, agency: str | None = None,
             template: str = "free_text") -> list[Fact]:
    doc = Document("t.txt", "t", "txt", normalise(text), text)
    return extract_prose(doc, Metadata(report_year=year, agency=agency), template=template)


def triples(text: str, **kw) -> set[tuple[str, str, float]]:
    return {(f.measure, f.key, f.value) for f in facts_of(text, **kw)}


def with_periods(text: str, **kw) -> set[tuple[str, str, float, str]]:
    return {(f.measure, f.key, f.value, f.period) for f in facts_of(text, **kw)}


def cat(key: str, value: float) -> tuple[str, str, float]:
    return ("proactive.category", key, value)


def ch(key: str, value: float) -> tuple[str, str, float]:
    return ("proactive.channel", key, value)


def total(value: float) -> tuple[str, str, float]:
    return ("proactive", "total", value)


def outcome(key: str, value: float) -> tuple[str, str, float]:
    return ("requests.outcome", key, value)
