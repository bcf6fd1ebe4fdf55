"""Parsed reports -> the tidy tables of the facts contract (reports, facts, checks, values) and
the text of every report (texts.parquet), which fact offsets point into.

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
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .duplicates import DuplicateFinder, fingerprint
from .model import ParsedReport
from .numerals import format_number
from .values import values_of

REPORT_COLUMNS = [
    "report_id", "source_file", "status", "error", "agency", "admin_level", "report_year",
    "published", "template", "format", "title", "n_facts", "n_checks_failed", "n_bytes",
    "n_chars", "metadata_flags", "period_start", "period_end", "duplicate_of",
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
VALUE_COLUMNS = [
    "report_id", "measure", "key", "period", "unit", "value", "status", "chosen_by",
    "alternatives", "fact_ids",
]
TABLES = {"reports": REPORT_COLUMNS, "facts": FACT_COLUMNS, "checks": CHECK_COLUMNS,
          "values": VALUE_COLUMNS}
# The text of each report, as its facts' char_start/char_end count it: Parquet only (one file,
# no CSV, no partitions), for `ogi.show` and anyone checking a number against its source.
TEXT_COLUMNS = ["report_id", "source_file", "text"]


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
        m.period_start, m.period_end,
        "",   # duplicate_of: known only in the parent, which sees the reports in order
    ]


def fact_rows(r: ParsedReport) -> list[list]:
    rid, src = r.report_id, r.source_file
    return [[
        rid, src, f.measure, f.key, _one_line(f.label_raw), _num(f.value), f.unit, f.period,
        "true" if f.is_approx else "false", f.char_start, f.char_end, _one_line(f.evidence),
        f"{rid}-f{i:04d}", f.source_frame, f.extractor, f.flag, f.candidates, _num(f.share),
        "" if f.page is None else f.page, _num(f.ocr_confidence),
    ] for i, f in enumerate(r.facts, 1)]


def value_rows(r: ParsedReport) -> list[list]:
    ids = [f"{r.report_id}-f{i:04d}" for i in range(1, len(r.facts) + 1)]
    return [[
        r.report_id, v.measure, v.key, v.period, v.unit, _num(v.value), v.status, v.chosen_by,
        ";".join(_num(a) for a in v.alternatives), ";".join(v.fact_ids),
    ] for v in values_of(r.facts, ids)]


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
    # What the cross-year checks will read of this report (`ogi.checks.corpus.inputs_of`),
    # carried from the worker to the consumer beside the writer; the writer does not read it.
    corpus: list | None = None
    # ogi.duplicates.fingerprint of the report (None without text): the parent finds repeats.
    fingerprint: dict | None = None


def render(report: ParsedReport, corpus: list | None = None) -> Rendered:
    rows = {"reports": [report_row(report)], "facts": fact_rows(report),
            "checks": check_rows(report), "values": value_rows(report)}
    if report.text:
        rows["texts"] = [[report.report_id, report.source_file, report.text]]
    numbers = [f"{f.measure}|{f.key}|{f.period}|{f.unit}|{_num(f.value)}"
               for f in report.facts if f.value is not None]
    return Rendered(report.source_file, report.report_id, report.status, report.error,
                    len(report.facts), len(report.checks),
                    {name: _csv_text(r).encode("utf-8") for name, r in rows.items()},
                    corpus,
                    fingerprint(report.text, report.metadata.report_year, numbers))


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


STAGING_PREFIX = ".ogi-staging-"


def output_names(parquet: bool = True) -> list[str]:
    """What a run publishes in its output folder, CSVs first: every table's CSV, Parquet twin
    and partitioned dataset (a folder)."""
    names = [f"{name}.csv" for name in TABLES]
    if parquet:
        names += [f"{name}.parquet" for name in TABLES] + list(TABLES) + ["texts.parquet"]
    return names


class TableWriter:
    """Streams every table of TABLES into CSVs, single Parquet twins and partitioned Parquet
    datasets (`<out>/<table>/part-0000.parquet`, ...), and the texts into texts.parquet, in
    bounded memory (bar ~1 KB a distinct report for finding duplicates, which sets
    `duplicate_of` as the reports arrive in order).

    Everything is written into a staging folder of this run's own (`<out>/.ogi-staging-XXXX/`),
    so two writers never share a file. `close` finishes every table there first, then publishes
    them all together: the old outputs are moved aside and the new ones renamed into place, and
    a failure at any step puts the old ones back, so the output folder holds either all of the
    last run's tables or all of this one's, never a mix. `abort` publishes nothing. Parquet row
    groups and parts are cut after a fixed number of rows (whole reports), never by time, so
    the same reports in the same order give byte-identical files.
    """

    def __init__(self, out_dir: Path, parquet: bool = True, batch_rows: int = 20_000,
                 part_rows: int = 1_000_000):
        import tempfile

        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=self.out_dir))
        self.parquet = parquet
        self.batch_rows = batch_rows
        self.part_rows = part_rows
        self._files = {}
        self._pending: dict[str, list[bytes]] = {name: [] for name in [*TABLES, "texts"]}
        self._n_pending_rows = 0
        self._parquet: dict[str, _ParquetSink] = {}
        self._duplicates = DuplicateFinder()
        self._written_ids: set[str] = set()
        try:
            for name, columns in TABLES.items():
                # rows arrive encoded (by the workers), for the CSV and Arrow alike
                fh = (self.staging / f"{name}.csv").open("wb")
                self._files[name] = fh
                fh.write(_csv_text([columns]).encode("utf-8"))
                if parquet:
                    self._parquet[name] = _ParquetSink(self.staging, name, part_rows)
            if parquet:
                self._parquet["texts"] = _ParquetSink(self.staging, "texts", part_rows,
                                                      partitioned=False)
        except BaseException:
            self.abort()
            raise

    def write(self, report: ParsedReport | Rendered) -> None:
        if isinstance(report, ParsedReport):
            report = render(report)
        duplicate_of = self._duplicates.check(report.report_id, report.fingerprint)
        # Byte-identical files share a report_id: their values and text are written once, so
        # values stay unique per report_id.
        repeated = report.report_id in self._written_ids
        self._written_ids.add(report.report_id)
        for name, data in report.csv.items():
            if name == "reports" and duplicate_of:
                data = _with_duplicate_of(data, duplicate_of)
            elif name in ("values", "texts") and repeated:
                continue
            if name == "texts":
                if self.parquet:
                    self._pending[name].append(data)
                continue
            self._append(name, data)
        self._n_pending_rows += 1 + report.n_facts + report.n_checks
        if self.parquet and self._n_pending_rows >= self.batch_rows:
            self._flush_parquet()

    def _flush_parquet(self) -> None:
        for name, sink in self._parquet.items():
            sink.write(self._pending[name])
            self._pending[name] = []
        self._n_pending_rows = 0

    def write_corpus_checks(self, checks: Iterable) -> None:
        """Append checks made across reports (`ogi.checks.corpus.CorpusCheck`: report_id,
        source_file, tag, check) to the checks table, as `<report_id>-x-<tag>`. The writer
        only formats them: they are made by a consumer beside it (`ogi.outputs`)."""
        rows = [[c.report_id, c.source_file, f"{c.report_id}-x-{c.tag}", c.check.rule,
                 c.check.status, c.check.subject, _num(c.check.expected),
                 _num(c.check.observed), _one_line(c.check.message),
                 _one_line(c.check.evidence)]
                for c in checks]
        self._append("checks", _csv_text(rows).encode("utf-8"))

    def _append(self, name: str, data: bytes) -> None:
        self._files[name].write(data)
        if self.parquet and data:
            self._pending[name].append(data)

    def abort(self) -> None:
        """Stop without publishing anything: remove the staging folder, keep the last outputs."""
        for close in list(self._files.values()) + list(self._parquet.values()):
            try:
                close.close()
            except Exception:   # noqa: BLE001 - half-written scratch files, removed below
                pass
        shutil.rmtree(self.staging, ignore_errors=True)

    def close(self) -> None:
        """Finish every table in the staging folder, then publish them all together."""
        try:
            if self.parquet:
                self._flush_parquet()
            for fh in self._files.values():
                fh.close()
            # Parquet after the CSVs: ogi.load prefers a twin that is not older than its CSV.
            for sink in self._parquet.values():
                sink.close()
            _publish(self.staging, self.out_dir, output_names(self.parquet))
        finally:
            self.abort()


def _publish(staging: Path, out_dir: Path, names: list[str]) -> None:
    """Move the old outputs aside and the new ones into place; undo everything on failure."""
    old = staging / ".old"
    old.mkdir()
    moved_aside, placed = [], []
    try:
        for name in names:
            target = out_dir / name
            if target.exists() or target.is_symlink():
                os.replace(target, old / name)
                moved_aside.append(name)
            os.replace(staging / name, target)
            placed.append(name)
    except BaseException:
        for name in placed:
            os.replace(out_dir / name, staging / name)
        for name in moved_aside:
            os.replace(old / name, out_dir / name)
        raise


def remove_stale_staging(out_dir: Path) -> None:
    """Scratch folders left by a run that was killed (call while holding the output lock),
    and the scratch files of ogi versions that wrote them beside the outputs."""
    out_dir = Path(out_dir)
    for path in out_dir.glob(STAGING_PREFIX + "*"):
        shutil.rmtree(path, ignore_errors=True)
    for path in out_dir.glob(".*.tmp"):
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)


def _with_duplicate_of(line: bytes, report_id: str) -> bytes:
    """A rendered reports row (its last field, duplicate_of, empty) with duplicate_of set."""
    for empty, quote in ((b',""\n', '"'), (b",\n", "")):   # quoted-all rows end in ,""
        if line.endswith(empty):
            return line[:-len(empty)] + f",{quote}{report_id}{quote}\n".encode()
    raise ValueError("a reports row must end with an empty duplicate_of field")


class _ParquetSink:
    """One table's single Parquet twin plus (`partitioned`) its partitioned dataset, written
    batch by batch into the staging folder."""

    def __init__(self, staging: Path, name: str, part_rows: int, partitioned: bool = True):
        import pyarrow.parquet as pq

        self.name, self.part_rows = name, part_rows
        self.schema = arrow_schema(name)
        self.single = pq.ParquetWriter(staging / f"{name}.parquet", self.schema)
        self.part = None
        if not partitioned:
            return
        self.parts_dir = staging / name
        self.parts_dir.mkdir()
        self.n_parts = 0
        self._next_part()

    def _next_part(self) -> None:
        import pyarrow.parquet as pq

        self.part = pq.ParquetWriter(self.parts_dir / f"part-{self.n_parts:04d}.parquet",
                                     self.schema)
        self.n_parts += 1
        self.part_filled = 0

    def write(self, chunks: list[bytes]) -> None:
        if not chunks:
            return
        table = csv_to_arrow(b"".join(chunks), self.name, self.schema)
        self.single.write_table(table)
        if self.part is None:   # not partitioned
            return
        offset = 0
        while offset < table.num_rows:
            if self.part_filled >= self.part_rows:
                self.part.close()
                self._next_part()
            take = min(table.num_rows - offset, self.part_rows - self.part_filled)
            self.part.write_table(table.slice(offset, take))
            offset += take
            self.part_filled += take

    def close(self) -> None:
        self.single.close()
        if self.part is not None:
            self.part.close()


# Typed columns; every other column is a string.
DTYPES = {
    "report_year": "Int64", "n_facts": "Int64", "n_checks_failed": "Int64", "n_bytes": "Int64",
    "n_chars": "Int64", "value": "Float64", "char_start": "Int64", "char_end": "Int64",
    "share_stated": "Float64", "page": "Int64", "ocr_confidence": "Float64", "expected": "Float64",
    "observed": "Float64",
}


def table_columns(name: str) -> list[str]:
    return TEXT_COLUMNS if name == "texts" else TABLES[name]


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


@cache
def arrow_schema(name: str):
    """The Arrow schema of a table, with the pandas metadata that makes pandas read back the
    contract's nullable dtypes (Int64, Float64, bool) without us importing pandas to write."""
    import pyarrow as pa

    columns = table_columns(name)
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

    columns = table_columns(name)
    table = pa_csv.read_csv(
        pa.py_buffer(data),
        read_options=pa_csv.ReadOptions(column_names=columns, use_threads=False),
        parse_options=pa_csv.ParseOptions(newlines_in_values=True),
        convert_options=pa_csv.ConvertOptions(
            column_types=schema, null_values=[""], strings_can_be_null=False,
            true_values=["true"], false_values=["false"]))
    return table.cast(schema).combine_chunks()
