"""Checks across reports: the same agency's consecutive years (domain notes §2.5).

- requests carried into year y must equal those carried out of year y-1;
- documents in force in year y ≈ in force in y-1 + issued in y - repealed in y (approximate:
  re-codifications and mergers break it, so a mismatch is reported, not corrected).
These need the whole corpus, so they run after every report is parsed, on the tidy tables.
"""
from __future__ import annotations

import pandas as pd

from ..tidy import CHECK_COLUMNS


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else repr(float(x))


def _values(facts: pd.DataFrame, reports: pd.DataFrame, measure: str, key: str) -> pd.DataFrame:
    """One value per (agency, year) for measure/key; rows with two values are dropped (their
    conflict is already a per-report check)."""
    sel = facts[(facts["measure"] == measure) & (facts["key"] == key) & facts["value"].notna()]
    sel = sel.merge(reports[["report_id", "agency", "report_year", "source_file"]],
                    on=["report_id", "source_file"])
    sel = sel[(sel["agency"] != "") & sel["report_year"].notna()]
    counts = sel.groupby(["agency", "report_year"])["value"].transform("nunique")
    sel = sel[counts == 1].drop_duplicates(["agency", "report_year"])
    return sel[["agency", "report_year", "report_id", "source_file", "value", "evidence"]]


def cross_year_checks(reports: pd.DataFrame, facts: pd.DataFrame) -> list[dict]:
    rows: list[dict] = []
    carried_out = _values(facts, reports, "requests.carried_out", "total")
    carried_in = _values(facts, reports, "requests.carried_in", "total")
    prev = carried_out.assign(report_year=carried_out["report_year"] + 1)
    pairs = carried_in.merge(prev, on=["agency", "report_year"], suffixes=("", "_prev"))
    for r in pairs.itertuples():
        ok = r.value == r.value_prev
        rows.append(_row(r, "cross_year_carry_over", "carry", ok,
                         "requests.carried_in vs previous carried_out",
                         expected=r.value_prev, observed=r.value,
                         message=(f"{r.agency} {r.report_year}: carried in {_num(r.value)}, the "
                                  f"{r.report_year - 1} report carried out {_num(r.value_prev)} "
                                  f"({r.source_file_prev})")))
    for row in ("t2.normdoc", "t2.rule"):
        in_force = _values(facts, reports, row, "in_force")
        issued = _values(facts, reports, row, "issued")
        repealed = _values(facts, reports, row, "repealed")
        prev = in_force.assign(report_year=in_force["report_year"] + 1)
        cur = (in_force.merge(issued[["agency", "report_year", "value"]], on=["agency", "report_year"],
                              suffixes=("", "_issued"))
               .merge(repealed[["agency", "report_year", "value"]], on=["agency", "report_year"],
                      suffixes=("", "_repealed"))
               .merge(prev, on=["agency", "report_year"], suffixes=("", "_prev")))
        for r in cur.itertuples():
            expected = r.value_prev + r.value_issued - r.value_repealed
            rows.append(_row(r, "cross_year_in_force", row.removeprefix("t2."), r.value == expected,
                             f"{row}.in_force vs previous year + issued - repealed",
                             expected=expected, observed=r.value,
                             message=(f"{r.agency} {r.report_year}: {_num(r.value_prev)} in force "
                                      f"before + {_num(r.value_issued)} issued - "
                                      f"{_num(r.value_repealed)} repealed = {_num(expected)}, the "
                                      f"report says {_num(r.value)} (approximate rule)")))
    return rows


def _row(r, rule: str, tag: str, ok: bool, subject: str, expected: float, observed: float,
         message: str) -> dict:
    return dict.fromkeys(CHECK_COLUMNS, "") | {
        "report_id": r.report_id, "source_file": r.source_file,
        "check_id": f"{r.report_id}-x-{tag}", "rule": rule,
        "status": "pass" if ok else "fail", "subject": subject,
        "expected": _num(expected), "observed": _num(observed), "message": message,
        "evidence": " ".join(str(r.evidence).split()),
    }
