"""Parsed reports -> the tidy tables of the facts contract (reports, facts, checks).

Rows are streamed to CSV as reports arrive, so memory stays flat whatever the corpus size;
Parquet twins are written from the finished CSVs. Column names and order are the public
interface (shared/docs/facts-contract.md): extend at the end, never rename.
"""
from __future__ import annotations

import csv
import os
from pathlib import Path

from .model import ParsedReport

REPORT_COLUMNS = [
    "report_id", "source_file", "status", "error", "agency", "admin_level", "report_year",
    "published", "template", "format", "title", "n_facts", "n_checks_failed", "n_bytes",
    "n_chars", "metadata_flags",
]
FACT_COLUMNS = [
    "report_id", "source_file", "measure", "key", "label_raw", "value", "unit", "period",
    "is_approx", "char_start", "char_end", "evidence", "fact_id", "source_frame", "extractor",
    "flag", "candidates", "share_stated", "page",
]
CHECK_COLUMNS = [
    "report_id", "source_file", "check_id", "rule", "status", "subject", "expected", "observed",
    "message", "evidence",
]
TABLES = {"reports": REPORT_COLUMNS, "facts": FACT_COLUMNS, "checks": CHECK_COLUMNS}


def _num(x: float | None) -> str:
    if x is None:
        return ""
    return str(int(x)) if float(x).is_integer() else repr(float(x))


def _one_line(text: str) -> str:
    return " ".join(text.split())


def report_row(r: ParsedReport) -> dict:
    m = r.metadata
    return {
        "report_id": r.report_id, "source_file": r.source_file, "status": r.status,
        "error": _one_line(r.error), "agency": m.agency, "admin_level": m.admin_level,
        "report_year": "" if m.report_year is None else m.report_year,
        "published": m.published, "template": m.template if r.status != "failed" else "",
        "format": r.fmt, "title": _one_line(m.title), "n_facts": len(r.facts),
        "n_checks_failed": sum(c.status == "fail" for c in r.checks), "n_bytes": r.n_bytes,
        "n_chars": r.n_chars, "metadata_flags": "; ".join(m.flags),
    }


def fact_rows(r: ParsedReport) -> list[dict]:
    return [{
        "report_id": r.report_id, "source_file": r.source_file, "measure": f.measure,
        "key": f.key, "label_raw": _one_line(f.label_raw), "value": _num(f.value),
        "unit": f.unit, "period": f.period, "is_approx": str(bool(f.is_approx)).lower(),
        "char_start": f.char_start, "char_end": f.char_end, "evidence": _one_line(f.evidence),
        "fact_id": f"{r.report_id}-f{i:04d}", "source_frame": f.source_frame,
        "extractor": f.extractor, "flag": f.flag, "candidates": f.candidates,
        "share_stated": _num(f.share), "page": "" if f.page is None else f.page,
    } for i, f in enumerate(r.facts, 1)]


def check_rows(r: ParsedReport) -> list[dict]:
    return [{
        "report_id": r.report_id, "source_file": r.source_file,
        "check_id": f"{r.report_id}-c{i:04d}", "rule": c.rule, "status": c.status,
        "subject": c.subject, "expected": _num(c.expected), "observed": _num(c.observed),
        "message": _one_line(c.message), "evidence": _one_line(c.evidence),
    } for i, c in enumerate(r.checks, 1)]


class TableWriter:
    """Writes reports/facts/checks CSVs row by row into a temporary folder, then renames them
    into place, so a crash or a concurrent reader never sees a half-written table."""

    def __init__(self, out_dir: Path):
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self._files = {}
        self._writers = {}
        for name, columns in TABLES.items():
            tmp = self.out_dir / f".{name}.csv.tmp"
            fh = tmp.open("w", encoding="utf-8", newline="")
            writer = csv.DictWriter(fh, fieldnames=columns, lineterminator="\n")
            writer.writeheader()
            self._files[name] = (fh, tmp)
            self._writers[name] = writer

    def write(self, report: ParsedReport) -> None:
        self._writers["reports"].writerow(report_row(report))
        self._writers["facts"].writerows(fact_rows(report))
        self._writers["checks"].writerows(check_rows(report))

    def close(self, parquet: bool = True) -> None:
        for name, (fh, tmp) in self._files.items():
            fh.close()
            os.replace(tmp, self.out_dir / f"{name}.csv")
        if parquet:
            write_parquet_twins(self.out_dir)


# Typed columns; every other column is a string.
DTYPES = {
    "report_year": "Int64", "n_facts": "Int64", "n_checks_failed": "Int64", "n_bytes": "Int64",
    "n_chars": "Int64", "value": "Float64", "char_start": "Int64", "char_end": "Int64",
    "share_stated": "Float64", "page": "Int64", "expected": "Float64", "observed": "Float64",
}


def read_table_csv(path: Path, name: str, columns: list[str] | None = None):
    """Read one of our CSVs with its contract dtypes (pandas DataFrame)."""
    import pandas as pd

    cols = columns or TABLES[name]
    df = pd.read_csv(path, dtype=str, keep_default_na=False, usecols=cols)
    for col in df.columns:
        if col in DTYPES:
            df[col] = pd.to_numeric(df[col].replace("", None)).astype(DTYPES[col])
        elif col == "is_approx":
            df[col] = df[col].eq("true")
    return df


def write_parquet_twins(out_dir: Path) -> None:
    """Parquet copies of the CSVs, with the contract's dtypes (ints, floats, bools)."""
    for name in TABLES:
        df = read_table_csv(Path(out_dir) / f"{name}.csv", name)
        tmp = Path(out_dir) / f".{name}.parquet.tmp"
        df.to_parquet(tmp, index=False)
        os.replace(tmp, Path(out_dir) / f"{name}.parquet")
