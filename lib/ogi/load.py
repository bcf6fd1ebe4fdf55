"""The notebook-facing API: `load_reports`, `load_facts`, `load_checks` -> tidy DataFrames.

Reads the Parquet twin when present (only the requested columns), the CSV otherwise, always
with the facts contract's dtypes. Paths relative to the repository root are resolved through
ogi.paths, so notebooks work whatever the kernel's working directory is.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from . import paths
from .tidy import TABLES, read_table_csv

# Filters a notebook may pass: column -> allowed value or list of values. `report_year` and
# `admin_level` live in reports.csv; for facts and checks they are joined in by report_id.
REPORT_FILTER_COLUMNS = ("report_year", "admin_level", "template", "status", "agency")


def input_files(processed_dir: str | Path) -> list[Path]:
    """The canonical data files a notebook depends on (the CSVs; Parquet files are twins)."""
    folder = paths.resolve(processed_dir)
    return [folder / f"{name}.csv" for name in TABLES]


def _read(processed_dir: str | Path, name: str, columns: list[str] | None) -> pd.DataFrame:
    folder = paths.resolve(processed_dir)
    parquet, csv = folder / f"{name}.parquet", folder / f"{name}.csv"
    if parquet.exists() and (not csv.exists() or parquet.stat().st_mtime >= csv.stat().st_mtime):
        return pd.read_parquet(parquet, columns=columns)
    if csv.exists():
        return read_table_csv(csv, name, columns)
    raise FileNotFoundError(f"no {name}.csv or {name}.parquet in {folder} "
                            f"(run `ogi parse ... --out {processed_dir}`)")


def _as_list(value: Any) -> list:
    return list(value) if isinstance(value, (list, tuple, set)) else [value]


def _apply(df: pd.DataFrame, filters: dict[str, Any]) -> pd.DataFrame:
    for column, wanted in filters.items():
        if wanted is None or (isinstance(wanted, (list, tuple)) and not wanted):
            continue  # None / [] mean "no filter", as in notebook parameters
        df = df[df[column].isin(_as_list(wanted))]
    return df.reset_index(drop=True)


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
    needed = None if columns is None else list(dict.fromkeys([*columns, *own]))
    df = _apply(_read(processed_dir, "reports", needed), own)
    return df if columns is None else df[columns]


def _load_child(name: str, processed_dir, columns, filters) -> pd.DataFrame:
    own, via_reports = _split_filters(filters, TABLES[name])
    needed = None if columns is None else list(dict.fromkeys([*columns, *own, "report_id"]))
    df = _apply(_read(processed_dir, name, needed), own)
    if via_reports:
        keep = load_reports(processed_dir, ["report_id"], via_reports)["report_id"]
        df = df[df["report_id"].isin(keep)].reset_index(drop=True)
    return df if columns is None else df[columns]


def load_facts(processed_dir: str | Path = "data/processed", columns: list[str] | None = None,
               filters: dict[str, Any] | None = None) -> pd.DataFrame:
    """One row per number found (facts.csv). Filters may name report columns (report_year,
    admin_level, template, ...), applied through report_id."""
    return _load_child("facts", processed_dir, columns, filters)


def load_checks(processed_dir: str | Path = "data/processed", columns: list[str] | None = None,
                filters: dict[str, Any] | None = None) -> pd.DataFrame:
    """One row per consistency check run (checks.csv)."""
    return _load_child("checks", processed_dir, columns, filters)
