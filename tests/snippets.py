"""Run the prose readers on a snippet of our own and name the facts expected, for the tests of
sentence families (test_prose_provinces_*.py, test_prose_holdout_*.py)."""
from __future__ import annotations

from ogi.extract import extract
from ogi.extract.prose import extract_prose
from ogi.model import Document, Fact, Metadata
from ogi.normalise import normalise
from ogi.read import read_document


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


# the request flows' totals, for (*NEW, 40)-style expected facts
NEW = ("requests.new", "total")
IN = ("requests.carried_in", "total")
OUT = ("requests.carried_out", "total")


def request_triples(text: str, year: int = 2022) -> set[tuple[str, str, float]]:
    """A report of `year` (2022 unless told: the year decides which sub-row keys an outcome takes)."""
    return triples(text, year=year)


TABLE_MEASURES = ("t2.", "requests.", "review", "litigation")


def report_facts(tmp_path, text: str) -> list[Fact]:
    """Every fact of a whole report written to a file (read, normalise, extract, periods, merge),
    for the tests of table layouts (test_tables_round*.py)."""
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    return extract(read_document(path, path.name))[1]


def table_triples(tmp_path, text: str, prefixes: tuple[str, ...] = TABLE_MEASURES) -> set:
    """The template-table facts of a whole report, as (measure, key, value)."""
    return {(f.measure, f.key, f.value) for f in report_facts(tmp_path, text)
            if f.measure.startswith(prefixes) and f.source_frame == "template_table"}
