"""The notebook-facing API: `load_reports`, `load_facts`, `load_checks` -> tidy DataFrames.

Reads the Parquet twin when present, the CSV otherwise, always with the facts contract's
dtypes. From Parquet only the requested columns and the rows that pass the filters are read
(the filters are pushed down to Arrow), so a notebook on a national year (~11M facts) holds
what it charts, not the corpus. Paths relative to the repository root are resolved through
ogi.paths, so notebooks work whatever the kernel's working directory is.

Filters map a column to a value or a list of values; None or [] means no filter. A `measure`
value ending in "." selects every measure under it ("requests." -> requests.new, ...).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from . import paths
from .tidy import DTYPES, TABLES, read_table_csv

# Filters a notebook may pass: column -> allowed value or list of values. `report_year` and
# `admin_level` live in reports.csv; for facts and checks they are joined in by report_id.
REPORT_FILTER_COLUMNS = ("report_year", "admin_level", "template", "status", "agency")


def input_files(processed_dir: str | Path) -> list[Path]:
    """The canonical data files a notebook depends on (the CSVs; Parquet files are twins)."""
    folder = paths.resolve(processed_dir)
    return [folder / f"{name}.csv" for name in TABLES]


def _read(processed_dir: str | Path, name: str, columns: list[str] | None,
          filters: dict[str, list]) -> pd.DataFrame:
    """`filters` as made by `_active` (an empty list matches nothing)."""
    folder = paths.resolve(processed_dir)
    parquet, csv = folder / f"{name}.parquet", folder / f"{name}.csv"
    if parquet.exists() and (not csv.exists() or parquet.stat().st_mtime >= csv.stat().st_mtime):
        df = pd.read_parquet(parquet, columns=columns, filters=_expression(filters))
    elif csv.exists():
        needed = None if columns is None else list(dict.fromkeys([*columns, *filters]))
        df = _apply(read_table_csv(csv, name, needed), filters)
    else:
        raise FileNotFoundError(f"no {name}.csv or {name}.parquet in {folder} "
                                f"(run `ogi parse ... --out {processed_dir}`)")
    return df.reset_index(drop=True) if columns is None else df[columns].reset_index(drop=True)


def _as_list(value: Any) -> list:
    return list(value) if isinstance(value, (list, tuple, set)) else [value]


def _active(filters: dict[str, Any]) -> dict[str, list]:
    """Filters that select something: None / [] mean "no filter", as in notebook parameters.
    Values take their column's type (report_year "2020" is 2020), so the Parquet and CSV
    paths select the same rows."""
    active = {}
    for column, wanted in filters.items():
        if wanted is None or (isinstance(wanted, (list, tuple, set)) and not wanted):
            continue
        values = _as_list(wanted)
        if any(v is None for v in values):
            raise ValueError(f"filter {column!r}: None inside a list selects nothing; "
                             "use None or [] alone for no filter")
        cast = {"Int64": int, "Float64": float}.get(DTYPES.get(column), str)
        active[column] = [v if column == "is_approx" else cast(v) for v in values]
    return active


def _split_prefixes(column: str, values: list) -> tuple[list, list[str]]:
    prefixes = [v for v in values if column == "measure" and str(v).endswith(".")]
    return [v for v in values if v not in prefixes], prefixes


def _apply(df: pd.DataFrame, filters: dict[str, list]) -> pd.DataFrame:
    for column, values in filters.items():
        exact, prefixes = _split_prefixes(column, values)
        keep = df[column].isin(exact)
        for prefix in prefixes:
            keep |= df[column].str.startswith(prefix)
        df = df[keep]
    return df


def _expression(filters: dict[str, list]):
    """The filters as one Arrow expression (None without filters), for row-group pruning."""
    import pyarrow.compute as pc

    expression = None
    for column, values in filters.items():
        exact, prefixes = _split_prefixes(column, values)
        # an empty value set has no type for Arrow to match: it selects nothing
        term = pc.field(column).isin(exact) if exact else pc.scalar(False)
        for prefix in prefixes:
            term = term | pc.starts_with(pc.field(column), prefix)
        expression = term if expression is None else expression & term
    return expression


def _split_filters(filters: dict | None, own_columns: list[str]) -> tuple[dict, dict]:
    own, via_reports = {}, {}
    for column, wanted in (filters or {}).items():
        if column in own_columns:
            own[column] = wanted
        elif column in REPORT_FILTER_COLUMNS:
            via_reports[column] = wanted
        else:
            raise KeyError(f"unknown filter column {column!r}")
    return own, via_reports


def load_reports(processed_dir: str | Path = "data/processed", columns: list[str] | None = None,
                 filters: dict[str, Any] | None = None) -> pd.DataFrame:
    """One row per input document (reports.csv)."""
    own, _ = _split_filters(filters, TABLES["reports"])
    return _read(processed_dir, "reports", columns, _active(own))


def _load_child(name: str, processed_dir, columns, filters) -> pd.DataFrame:
    own, via_reports = _split_filters(filters, TABLES[name])
    own = _active(own)
    if _active(via_reports):
        # the report filters become a report_id filter, so the child rows are pruned on read
        keep = load_reports(processed_dir, ["report_id"], via_reports)["report_id"]
        allowed = set(own.get("report_id", keep))
        own["report_id"] = [rid for rid in keep if rid in allowed]
    return _read(processed_dir, name, columns, own)


def load_facts(processed_dir: str | Path = "data/processed", columns: list[str] | None = None,
               filters: dict[str, Any] | None = None) -> pd.DataFrame:
    """One row per number found (facts.csv). Filters may name report columns (report_year,
    admin_level, template, ...), applied through report_id, and measure prefixes ("t2.")."""
    return _load_child("facts", processed_dir, columns, filters)


def load_checks(processed_dir: str | Path = "data/processed", columns: list[str] | None = None,
                filters: dict[str, Any] | None = None) -> pd.DataFrame:
    """One row per consistency check run (checks.csv)."""
    return _load_child("checks", processed_dir, columns, filters)


# --- values: one number per report, measure, key, period and unit ----------------------------

VALUE_REPORT_COLUMNS = ["agency", "admin_level", "report_year", "published", "template",
                        "source_file", "duplicate_of"]
_CATEGORICAL = ["report_id", "measure", "key", "period", "unit", "status", "chosen_by",
                "agency", "admin_level", "template"]


def load_values(processed_dir: str | Path = "data/processed", measures: Any = None,
                filters: dict[str, Any] | None = None,
                include_duplicates: bool = False) -> pd.DataFrame:
    """values.csv joined with its reports' columns (VALUE_REPORT_COLUMNS): the table to chart,
    sum and export. `measures`: a measure, a prefix ending in "." or a list of them. `filters`
    as in load_facts (value columns or report columns). Reports that repeat an earlier one
    (`duplicate_of`) are left out unless `include_duplicates`; how many were is in
    `df.attrs["duplicates_left_out"]`. Ids are categorical, `published` a datetime (NaT when unknown), `value` Float64.
    """
    folder = paths.resolve(processed_dir)
    if not any((folder / f"values.{ext}").exists() for ext in ("csv", "parquet")):
        raise FileNotFoundError(f"no values.csv in {folder}: parse again with this version of "
                                f"ogi (`ogi parse ... --out {processed_dir}`)")
    filters = dict(filters or {})
    if measures is not None:
        filters["measure"] = measures
    own, via_reports = _split_filters(filters, TABLES["values"])
    reports = load_reports(processed_dir, ["report_id", *VALUE_REPORT_COLUMNS], via_reports)
    duplicate = reports["duplicate_of"].ne("")
    left_out = int(duplicate.sum()) if not include_duplicates else 0
    if not include_duplicates:
        reports = reports[~duplicate]
    own = _active(own)
    allowed = set(own.get("report_id", reports["report_id"]))
    own["report_id"] = [rid for rid in reports["report_id"] if rid in allowed]
    values = _read(processed_dir, "values", None, own)
    # byte-identical files share a report_id and a reports row each: join the first
    df = values.merge(reports.drop_duplicates("report_id"), on="report_id", how="inner",
                      validate="many_to_one")
    df["published"] = pd.to_datetime(df["published"].replace("", None), format="%Y-%m-%d",
                                     errors="coerce")
    for column in _CATEGORICAL:
        df[column] = df[column].astype("category")
    df.attrs["duplicates_left_out"] = left_out
    return df


def values_summary(df: pd.DataFrame) -> dict[str, int]:
    """What a figure's note states about the values behind it: reports, conflicts resolved
    (a value chosen among different statements), unsure numbers left out (no value could be
    chosen) and duplicate reports left out (from `load_values`' attrs)."""
    empty = df["value"].isna()
    return {
        "reports": int(df["report_id"].nunique()),
        "conflicts_resolved": int((df["status"].eq("conflict") & ~empty).sum()),
        "unsure_left_out": int(empty.sum()),
        "duplicates_left_out": int(df.attrs.get("duplicates_left_out", 0)),
    }


# `ogi.load.values(...)` reads as the table it returns
values = load_values
