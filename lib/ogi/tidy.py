"""Parsed reports -> the tidy tables of the facts contract (reports, facts, checks).

Rows are streamed to CSV and Parquet as reports arrive, so memory stays flat whatever the
corpus size. Column names and order are the public
interface (shared/docs/facts-contract.md): extend at the end, never rename.
"""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .checks.corpus import MEASURES as CROSS_YEAR_MEASURES
from .checks.corpus import CorpusInputs, ReportKey
from .model import ParsedReport
from .numerals import format_number

REPORT_COLUMNS = [
    "report_id", "source_file", "status", "error", "agency", "admin_level", "report_year",
    "published", "template", "format", "title", "n_facts", "n_checks_failed", "n_bytes",
    "n_chars", "metadata_flags",
]
FACT_COLUMNS = [
    "report_id", "source_file", "measure", "key", "label_raw", "value", "unit", "period",
    "is_approx", "char_start", "char_end", "evidence", "fact_id", "source_frame", "extractor",
    "flag", "candidates", "share_stated", "page", "ocr_confidence",
]
CHECK_COLUMNS = [
    "report_id", "source_file", "check_id", "rule", "status", "subject", "expected", "observed",
    "message", "evidence",
]
TABLES = {"reports": REPORT_COLUMNS, "facts": FACT_COLUMNS, "checks": CHECK_COLUMNS}


_num = format_number   # values are written exactly: 4251516, never 4.25152e+06


def _one_line(text: str) -> str:
    return " ".join(text.split())


# Rows are lists in the column order above. Workers turn them into CSV text; the parent, which
# writes everything, only appends that text and hands batches of it to Arrow's CSV reader for
# the Parquet twins, which keeps it off the critical path.

def report_row(r: ParsedReport) -> list:
    m = r.metadata
    return [
        r.report_id, r.source_file, r.status, _one_line(r.error), m.agency, m.admin_level,
        "" if m.report_year is None else m.report_year, m.published,
        m.template if r.status != "failed" else "", r.fmt, _one_line(m.title), len(r.facts),
        sum(c.status == "fail" for c in r.checks), r.n_bytes, r.n_chars, "; ".join(m.flags),
    ]


def fact_rows(r: ParsedReport) -> list[list]:
    rid, src = r.report_id, r.source_file
    return [[
        rid, src, f.measure, f.key, _one_line(f.label_raw), _num(f.value), f.unit, f.period,
        "true" if f.is_approx else "false", f.char_start, f.char_end, _one_line(f.evidence),
        f"{rid}-f{i:04d}", f.source_frame, f.extractor, f.flag, f.candidates, _num(f.share),
        "" if f.page is None else f.page, _num(f.ocr_confidence),
    ] for i, f in enumerate(r.facts, 1)]


def check_rows(r: ParsedReport) -> list[list]:
    rid, src = r.report_id, r.source_file
    return [[
        rid, src, f"{rid}-c{i:04d}", c.rule, c.status, c.subject, _num(c.expected),
        _num(c.observed), _one_line(c.message), _one_line(c.evidence),
    ] for i, c in enumerate(r.checks, 1)]


@dataclass
class Rendered:
    """One report as CSV text, ready to write. Made in the worker process (and kept in the
    result cache), so the parent, which writes everything, only copies text: the Parquet
    twins are parsed from the same text by Arrow's CSV reader, in bulk."""

    source_file: str
    report_id: str
    status: str
    error: str
    n_facts: int
    n_checks: int
    csv: dict[str, bytes]          # table -> its CSV lines for this report, UTF-8, no header
    # What the cross-year checks need: [agency, year, [[measure, key, value, evidence], ...]]
    # for the CROSS_YEAR_MEASURES facts, or None for a report without agency or year.
    corpus: list | None = None


def render(report: ParsedReport) -> Rendered:
    rows = {"reports": [report_row(report)], "facts": fact_rows(report),
            "checks": check_rows(report)}
    return Rendered(report.source_file, report.report_id, report.status, report.error,
                    len(report.facts), len(report.checks),
                    {name: _csv_text(r).encode("utf-8") for name, r in rows.items()},
                    _corpus_inputs(rows))


def _csv_text(rows: list[list]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    text = buffer.getvalue()
    if "\r" in text:
        # The csv module leaves a lone carriage return (a file name, a label) unquoted when
        # lines end in "\n", and every CSV reader, Arrow's included, would split the row there.
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_ALL).writerows(rows)
        text = buffer.getvalue()
    return text


_AGENCY, _YEAR = REPORT_COLUMNS.index("agency"), REPORT_COLUMNS.index("report_year")
_MEASURE, _KEY, _VALUE, _EVIDENCE = (FACT_COLUMNS.index(c)
                                     for c in ("measure", "key", "value", "evidence"))


def _corpus_inputs(rows: dict[str, list[list]]) -> list | None:
    """The few values of a report the cross-year checks read, as written to the CSV."""
    [row] = rows["reports"]
    if not row[_AGENCY] or row[_YEAR] == "":
        return None
    facts = [[f[_MEASURE], f[_KEY], float(f[_VALUE]), f[_EVIDENCE]] for f in rows["facts"]
             if (f[_MEASURE], f[_KEY]) in CROSS_YEAR_MEASURES and f[_VALUE] != ""]
    return [row[_AGENCY], int(row[_YEAR]), facts]


class TableWriter:
    """Streams reports/facts/checks into CSVs, single Parquet twins and partitioned Parquet
    datasets (`<out>/<table>/part-0000.parquet`, ...) in bounded memory.

    Everything is written under temporary names and renamed into place by `close`, so a crash
    or a concurrent reader never sees a half-written table. Parquet row groups and parts are
    cut after a fixed number of rows (whole reports), never by time, so the same reports in the same
    order give byte-identical files.
    """

    def __init__(self, out_dir: Path, parquet: bool = True, batch_rows: int = 20_000,
                 part_rows: int = 1_000_000):
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.parquet = parquet
        self.batch_rows = batch_rows
        self.part_rows = part_rows
        self._files = {}
        self._pending: dict[str, list[bytes]] = {name: [] for name in TABLES}   # CSV lines
        self._n_pending_rows = 0
        self._parquet: dict[str, _ParquetSink] = {}
        self._corpus = CorpusInputs(self.out_dir / ".corpus-inputs.sqlite.tmp")
        for name, columns in TABLES.items():
            tmp = self.out_dir / f".{name}.csv.tmp"
            fh = tmp.open("wb")   # rows arrive encoded (by the workers), for the CSV and Arrow alike
            fh.write(_csv_text([columns]).encode("utf-8"))
            self._files[name] = (fh, tmp)
            if parquet:
                self._parquet[name] = _ParquetSink(self.out_dir, name, part_rows)

    def write(self, report: ParsedReport | Rendered) -> None:
        if isinstance(report, ParsedReport):
            report = render(report)
        self._keep_for_corpus_checks(report)
        for name, data in report.csv.items():
            self._append(name, data)
        self._n_pending_rows += 1 + report.n_facts + report.n_checks
        if self.parquet and self._n_pending_rows >= self.batch_rows:
            self._flush_parquet()

    def _flush_parquet(self) -> None:
        for name, sink in self._parquet.items():
            sink.write(self._pending[name])
            self._pending[name] = []
        self._n_pending_rows = 0

    def _keep_for_corpus_checks(self, report: Rendered) -> None:
        """The few values the cross-year checks need, set aside on disk until `close`."""
        if report.corpus is None:
            return
        agency, year, facts = report.corpus
        self._corpus.add(ReportKey(report.report_id, report.source_file, agency, year), facts)

    def _write_corpus_checks(self) -> None:
        try:
            rows = [[c.report_id, c.source_file, f"{c.report_id}-x-{c.tag}", c.check.rule,
                     c.check.status, c.check.subject, _num(c.check.expected),
                     _num(c.check.observed), _one_line(c.check.message),
                     _one_line(c.check.evidence)]
                    for c in self._corpus.checks()]
        finally:
            self._corpus.close()
        self._append("checks", _csv_text(rows).encode("utf-8"))

    def _append(self, name: str, data: bytes) -> None:
        self._files[name][0].write(data)
        if self.parquet and data:
            self._pending[name].append(data)

    def abort(self) -> None:
        """Stop without publishing anything: remove the temporary files, keep the last outputs."""
        self._corpus.close()
        for fh, tmp in self._files.values():
            fh.close()
            tmp.unlink(missing_ok=True)
        for sink in self._parquet.values():
            sink.abort()

    def close(self) -> None:
        self._write_corpus_checks()
        if self.parquet:
            self._flush_parquet()
        for name, (fh, tmp) in self._files.items():
            fh.close()
            os.replace(tmp, self.out_dir / f"{name}.csv")
        # Parquet last: ogi.load prefers a twin that is not older than its CSV.
        for sink in self._parquet.values():
            sink.close()


class _ParquetSink:
    """One table's single Parquet twin plus its partitioned dataset, written batch by batch."""

    def __init__(self, out_dir: Path, name: str, part_rows: int):
        import pyarrow.parquet as pq

        self.out_dir, self.name, self.part_rows = out_dir, name, part_rows
        self.schema = arrow_schema(name)
        self.single_tmp = out_dir / f".{name}.parquet.tmp"
        self.parts_tmp = out_dir / f".{name}.parts.tmp"
        if self.parts_tmp.exists():
            shutil.rmtree(self.parts_tmp)
        self.parts_tmp.mkdir()
        self.single = pq.ParquetWriter(self.single_tmp, self.schema)
        self.n_parts = 0
        self._next_part()

    def _next_part(self) -> None:
        import pyarrow.parquet as pq

        self.part = pq.ParquetWriter(self.parts_tmp / f"part-{self.n_parts:04d}.parquet",
                                     self.schema)
        self.n_parts += 1
        self.part_filled = 0

    def write(self, chunks: list[bytes]) -> None:
        if not chunks:
            return
        table = csv_to_arrow(b"".join(chunks), self.name, self.schema)
        self.single.write_table(table)
        offset = 0
        while offset < table.num_rows:
            if self.part_filled >= self.part_rows:
                self.part.close()
                self._next_part()
            take = min(table.num_rows - offset, self.part_rows - self.part_filled)
            self.part.write_table(table.slice(offset, take))
            offset += take
            self.part_filled += take

    def abort(self) -> None:
        self.single.close()
        self.part.close()
        self.single_tmp.unlink(missing_ok=True)
        shutil.rmtree(self.parts_tmp, ignore_errors=True)

    def close(self) -> None:
        self.single.close()
        self.part.close()
        os.replace(self.single_tmp, self.out_dir / f"{self.name}.parquet")
        parts_dir = self.out_dir / self.name
        if parts_dir.exists():
            shutil.rmtree(parts_dir)
        os.replace(self.parts_tmp, parts_dir)


# Typed columns; every other column is a string.
DTYPES = {
    "report_year": "Int64", "n_facts": "Int64", "n_checks_failed": "Int64", "n_bytes": "Int64",
    "n_chars": "Int64", "value": "Float64", "char_start": "Int64", "char_end": "Int64",
    "share_stated": "Float64", "page": "Int64", "ocr_confidence": "Float64", "expected": "Float64", "observed": "Float64",
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


_ARROW_TYPES = {"Int64": ("int64", "int64"), "Float64": ("float64", "float64"),
                "bool": ("bool", "bool_"), "str": ("unicode", "large_string")}


def _dtype(column: str) -> str:
    return DTYPES.get(column, "bool" if column == "is_approx" else "str")


@lru_cache(maxsize=None)
def arrow_schema(name: str):
    """The Arrow schema of a table, with the pandas metadata that makes pandas read back the
    contract's nullable dtypes (Int64, Float64, bool) without us importing pandas to write."""
    import pyarrow as pa

    columns = TABLES[name]
    meta = {"index_columns": [], "column_indexes": [], "attributes": {},
            "creator": {"library": "pyarrow", "version": pa.__version__},
            "columns": [{"name": c, "field_name": c, "pandas_type": _ARROW_TYPES[_dtype(c)][0],
                         "numpy_type": _dtype(c), "metadata": None} for c in columns]}
    fields = [pa.field(c, getattr(pa, _ARROW_TYPES[_dtype(c)][1])()) for c in columns]
    return pa.schema(fields, metadata={b"pandas": json.dumps(meta).encode()})


def csv_to_arrow(data: bytes, name: str, schema):
    """CSV lines as this module writes them (no header) -> an Arrow table with the contract
    dtypes: '' is null in number columns and stays '' in text columns."""
    import pyarrow as pa
    from pyarrow import csv as pa_csv

    columns = TABLES[name]
    table = pa_csv.read_csv(
        pa.py_buffer(data),
        read_options=pa_csv.ReadOptions(column_names=columns, use_threads=False),
        parse_options=pa_csv.ParseOptions(newlines_in_values=True),
        convert_options=pa_csv.ConvertOptions(
            column_types=schema, null_values=[""], strings_can_be_null=False,
            true_values=["true"], false_values=["false"]))
    return table.cast(schema).combine_chunks()
