"""Checks across reports: the same agency's consecutive years (domain notes §2.5).

- requests carried into year y must equal those carried out of year y-1;
- documents in force in year y ≈ in force in y-1 + issued in y - repealed in y (approximate:
  re-codifications and mergers break it, so a mismatch is reported, not corrected).
These need the whole corpus. Each report's few facts they read are taken from its facts where
it is parsed (`inputs_of`, kept with the rendered report in the result cache); a consumer
beside the table writer (`ogi.outputs`) collects them as reports stream by (`CorpusInputs`, on
disk, so memory stays flat), runs the rules agency by agency once every report is in, and
hands the checks to the writer.
"""
from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..model import Check, Fact, Metadata
from ..numerals import format_number

# (measure, key) pairs the cross-year rules read; the writer keeps only these.
MEASURES = {
    ("requests.carried_in", "total"), ("requests.carried_out", "total"),
    *((row, col) for row in ("t2.normdoc", "t2.rule") for col in ("issued", "repealed", "in_force")),
}


def inputs_of(meta: Metadata, facts: list[Fact]) -> list | None:
    """What the rules read of one report: [agency, year, [[measure, key, value, evidence],
    ...]] for its MEASURES facts with a value, in fact order; None without agency or year."""
    if not meta.agency or meta.report_year is None:
        return None
    return [meta.agency, meta.report_year,
            [[f.measure, f.key, float(f.value), f.evidence] for f in facts
             if (f.measure, f.key) in MEASURES and f.value is not None]]


@dataclass(frozen=True)
class ReportKey:
    report_id: str
    source_file: str
    agency: str
    year: int


@dataclass(frozen=True)
class CorpusCheck:
    report_id: str
    source_file: str
    tag: str            # makes the check id unique within the report
    check: Check


def cross_year_checks(reports: list[ReportKey],
                      facts: list[tuple[str, str, str, float, str]]) -> list[CorpusCheck]:
    """`facts` are (report_id, measure, key, value, evidence) for the MEASURES pairs."""
    values: dict[tuple[str, str, str], set[float]] = defaultdict(set)
    evidence: dict[tuple[str, str, str], str] = {}
    for rid, measure, key, value, ev in facts:
        values[(rid, measure, key)].add(value)
        evidence.setdefault((rid, measure, key), ev)
    # one report per agency and year; two reports of the same agency-year are not compared
    by_year: dict[tuple[str, int], list[ReportKey]] = defaultdict(list)
    for r in reports:
        if r.agency:
            by_year[(r.agency, r.year)].append(r)

    def one(rid: str, measure: str, key: str) -> float | None:
        # a report stating two values has a conflicting_values check of its own
        found = values.get((rid, measure, key), set())
        return next(iter(found)) if len(found) == 1 else None

    out: list[CorpusCheck] = []
    for (agency, year), group in sorted(by_year.items()):
        previous = by_year.get((agency, year - 1), [])
        if len(group) != 1 or len(previous) != 1:
            continue
        cur, prev = group[0], previous[0]
        carried_in = one(cur.report_id, "requests.carried_in", "total")
        carried_out = one(prev.report_id, "requests.carried_out", "total")
        if carried_in is not None and carried_out is not None:
            out.append(CorpusCheck(cur.report_id, cur.source_file, "carry", Check(
                "cross_year_carry_over", "pass" if carried_in == carried_out else "fail",
                "requests.carried_in vs previous carried_out", expected=carried_out,
                observed=carried_in,
                message=(f"{agency} {year}: carried in {format_number(carried_in)}, the "
                         f"{year - 1} report carried out {format_number(carried_out)} "
                         f"({prev.source_file})"),
                evidence=evidence[(cur.report_id, "requests.carried_in", "total")])))
        for row in ("t2.normdoc", "t2.rule"):
            in_force = one(cur.report_id, row, "in_force")
            issued = one(cur.report_id, row, "issued")
            repealed = one(cur.report_id, row, "repealed")
            before = one(prev.report_id, row, "in_force")
            if None in (in_force, issued, repealed, before):
                continue
            expected = before + issued - repealed
            out.append(CorpusCheck(cur.report_id, cur.source_file, row.removeprefix("t2."), Check(
                "cross_year_in_force", "pass" if in_force == expected else "fail",
                f"{row}.in_force vs previous year + issued - repealed", expected=expected,
                observed=in_force,
                message=(f"{agency} {year}: {format_number(before)} in force before + "
                         f"{format_number(issued)} issued - {format_number(repealed)} repealed = "
                         f"{format_number(expected)}, the report says {format_number(in_force)} "
                         f"(approximate rule)"),
                evidence=evidence[(cur.report_id, row, "in_force")])))
    return out


class CorpusInputs:
    """The cross-year checks' inputs, spilled to a scratch SQLite file as reports stream by
    (a few facts and their evidence per report: ~3 KB, 300 MB at 100,000 reports if held in
    memory), then read back one agency at a time."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.unlink(missing_ok=True)
        self._db = sqlite3.connect(self.path)
        self._db.executescript("""
            PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
            CREATE TABLE reports (report_id TEXT, source_file TEXT, agency TEXT, year INTEGER);
            CREATE TABLE facts (report_id TEXT, measure TEXT, key TEXT, value REAL, evidence TEXT);
        """)

    def add(self, report: ReportKey, facts: list[tuple[str, str, float, str]]) -> None:
        """`facts` are (measure, key, value, evidence) for the MEASURES pairs."""
        self._db.execute("INSERT INTO reports VALUES (?, ?, ?, ?)",
                         (report.report_id, report.source_file, report.agency, report.year))
        if facts:
            self._db.executemany("INSERT INTO facts VALUES (?, ?, ?, ?, ?)",
                                 [(report.report_id, *fact) for fact in facts])

    def checks(self) -> Iterator[CorpusCheck]:
        """cross_year_checks over every agency, in (agency, year) order; facts in the order
        they were added (the first evidence of a repeated value is the one quoted)."""
        db = self._db
        db.execute("CREATE INDEX reports_agency ON reports (agency)")
        db.execute("CREATE INDEX facts_report ON facts (report_id)")
        # SQLite orders TEXT by UTF-8 bytes, which is Python's code-point order
        agencies = [a for (a,) in db.execute("SELECT DISTINCT agency FROM reports ORDER BY agency")]
        for agency in agencies:
            reports = [ReportKey(*row) for row in db.execute(
                "SELECT report_id, source_file, agency, year FROM reports WHERE agency = ? "
                "ORDER BY rowid", (agency,))]
            if len(reports) < 2:
                continue   # a single report has no neighbouring year
            facts = db.execute(
                "SELECT report_id, measure, key, value, evidence FROM facts WHERE report_id IN "
                "(SELECT report_id FROM reports WHERE agency = ?) ORDER BY rowid", (agency,))
            yield from cross_year_checks(reports, list(facts))

    def close(self) -> None:
        """Close and delete the scratch file (safe to call twice)."""
        self._db.close()
        self.path.unlink(missing_ok=True)
