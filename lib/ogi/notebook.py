"""The set-up every notebook shares, in one call: `nb = notebook.setup("02-x.ipynb", ...)`.

It checks the parameters, applies the house style, loads the selected reports, and binds
`nb.save(fig, name)` to the notebook, its parameters, its input files and a source line that
names the corpus actually charted (how many reports, which years, how many agencies, where the
tables are, and the selection). `nb.values(measures)` is the one way charts get numbers: the
values table (one value per report, measure, key and period) joined with the report columns,
duplicates of other reports left out.

Paths are taken as given: relative ones mean the kernel's current directory, which is the
notebook's folder under Jupyter, nbval and `ogi run` (which passes absolute paths anyway).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from . import charts, figures, load, paths, style
from .labels import check_lang

NO_ROWS = {"zh": "（无：所选报告中没有这些数字）",
           "en": "(none: no reports in this selection have these numbers)"}


@dataclass
class Notebook:
    name: str
    processed_dir: str
    figures_dir: str
    lang: str
    filters: dict[str, list]
    reports: pd.DataFrame
    source: str
    parameters: dict[str, Any] = field(default_factory=dict)

    def save(self, fig, figure: str) -> dict[str, str]:
        """Write the figure (PNG + SVG) and its manifest row; see ogi.figures.save."""
        return figures.save(fig, figure, self.figures_dir, notebook=paths.NOTEBOOKS / self.name,
                            parameters=self.parameters, inputs=load.input_files(self.processed_dir),
                            source=self.source, lang=self.lang)

    def values(self, measures: list[str] | None = None) -> pd.DataFrame:
        """The selected reports' values of `measures` (a name ending in "." covers its family),
        with their report columns; duplicates and unreadable reports left out."""
        return load_values(self.processed_dir, measures, self.filters)

    def facts(self, *tables: pd.DataFrame) -> None:
        """Print the facts a write-up quotes: each table rounded, as plain text (what nbval
        compares), or a sentence when the selection has none of it."""
        for table in tables:
            if table.empty:
                print(NO_ROWS[self.lang])
            else:
                print(table.round(1).to_string(index=False))

    def checks(self) -> pd.DataFrame:
        return load.load_checks(self.processed_dir, columns=charts.CHECK_COLUMNS,
                                filters=self.filters)

    def report(self, report_id: str = ""):
        """One selected report (the first when `report_id` is empty)."""
        if self.reports.empty:
            raise ValueError("no reports in this selection")
        if not report_id:
            return self.reports.iloc[0]
        chosen = self.reports[self.reports["report_id"] == report_id]
        if chosen.empty:
            raise ValueError(f"report_id {report_id!r} is not in the selection")
        return chosen.iloc[0]


def setup(notebook: str, *, processed_dir: str, figures_dir: str, lang: str,
          years: list | None = None, levels: list | None = None, agencies: list | None = None,
          **other: Any) -> Notebook:
    """Validate the parameters, apply the house style, load the selected reports and bind the
    figure writer. `other` parameters are recorded in the manifest as they are."""
    check_lang(lang)
    if not (paths.NOTEBOOKS / notebook).exists():
        raise ValueError(f"no notebook {notebook!r} in {paths.NOTEBOOKS}")
    style.use()
    filters = {"report_year": list(years or []), "admin_level": list(levels or []),
               "agency": list(agencies or [])}
    reports = load.load_reports(processed_dir, filters=filters)
    selection = {"years": filters["report_year"], "levels": filters["admin_level"],
                 "agencies": filters["agency"]}
    source = charts.corpus_source(reports, paths.in_repo(processed_dir), lang, selection)
    parameters = {"processed_dir": processed_dir, "lang": lang, "years": filters["report_year"],
                  "levels": filters["admin_level"], "agencies": filters["agency"], **other}
    return Notebook(notebook, str(processed_dir), str(figures_dir), lang, filters, reports,
                    source, parameters)


def load_values(processed_dir: str | Path, measures: list[str] | None,
                filters: dict[str, list]) -> pd.DataFrame:
    """The values table of the selection (ogi.load.values: duplicates left out), joined with
    the report columns, in the plain dtypes the charts compute with (strings, float64 with NaN
    for a value that could not be chosen)."""
    table = load.values(processed_dir, measures=measures or None, filters=filters)
    for column in table.columns:
        if isinstance(table[column].dtype, pd.CategoricalDtype):
            table[column] = table[column].astype("string")
    table["value"] = table["value"].astype("float64")
    return table.reset_index(drop=True)
