"""Reconciliation rules of the 2019/2021 template tables (domain notes §2.5).

Rules (one Check per column, row or group; blanks make a rule `not_assessable`, never 0):
- `t3_balance`     table 三, each column: new + carried_in = outcome total + carried_out;
- `t3_outcome_sum` table 三, each column: outcome total = sum of the outcome rows;
- `t3_row_sum`     table 三, each row: total = natural person + the five organisation columns;
- `t4_group_sum`   table 四, each group: total = upheld + corrected + other + pending;
- `t2_cumulative`  table 二 (2019 layout): 对外公开总数量 >= 本年新公开数量;
- `digit_split`    one check per table row whose glued digits allow several readings
                   (`ambiguous`) or none (`not_assessable`).
Prose-vs-table conflicts are `checks.totals` (same measure and key, different values).
"""
from __future__ import annotations

from ..extract.template import T3_OTHER_E2, T3_OTHER_E3, T3_ROWS
from ..model import Check, Fact, Metadata

COLUMNS = ("natural_person", "org_business", "org_research", "org_public_interest",
           "org_legal_service", "org_other", "total")
FLOW_ROWS = ("new", "carried_in", "outcome_total", "carried_out")
T4_GROUPS = ("review", "litigation.direct", "litigation.after_review")
T4_PARTS = ("upheld", "corrected", "other", "pending")
TABLE = "template_table"


def _fmt(x: float | None) -> str:
    return "" if x is None else f"{x:g}"


def table_three_grid(facts: list[Fact]) -> dict[str, dict[str, float | None]]:
    """row -> column -> value of table 三, rebuilt from `requests.*` and `t3.cell` facts."""
    grid: dict[str, dict[str, float | None]] = {}
    for f in facts:
        if f.source_frame != TABLE:
            continue
        if f.measure == "requests.new":
            row, col = "new", f.key
        elif f.measure in ("requests.carried_in", "requests.carried_out"):
            row, col = f.measure.split(".", 1)[1], "total"
        elif f.measure == "requests.outcome":
            row, col = ("outcome_total" if f.key == "total" else f.key), "total"
        elif f.measure == "t3.cell":
            row, _, col = f.key.rpartition(".")
        else:
            continue
        grid.setdefault(row, {})[col] = f.value
    return grid


def _equation(rule: str, subject: str, lhs: list[float | None], rhs: list[float | None],
              evidence: str = "") -> Check:
    if any(v is None for v in lhs + rhs):
        return Check(rule, "not_assessable", subject, message="a cell is blank or missing",
                     evidence=evidence)
    left, right = sum(lhs), sum(rhs)
    ok = abs(left - right) < 1e-9
    return Check(rule, "pass" if ok else "fail", subject, expected=left, observed=right,
                 message="" if ok else f"{_fmt(left)} vs {_fmt(right)} (difference {_fmt(right - left)})",
                 evidence=evidence)


def table_three_checks(facts: list[Fact]) -> list[Check]:
    grid = table_three_grid(facts)
    if not grid:
        return []
    # every outcome row of the layout counts: a row missing entirely makes the sum unassessable
    other_rows = T3_OTHER_E3 if any(r.startswith("other.") for r in grid) else T3_OTHER_E2
    outcome_rows = [k for k, _ in T3_ROWS + other_rows if k not in FLOW_ROWS]
    checks = []
    for col in COLUMNS:
        def cell(row: str) -> float | None:
            return grid.get(row, {}).get(col)
        checks.append(_equation("t3_balance", f"table 三 {col}: new + carried_in = outcome total + carried_out",
                                [cell("new"), cell("carried_in")],
                                [cell("outcome_total"), cell("carried_out")]))
        if outcome_rows:
            checks.append(_equation("t3_outcome_sum", f"table 三 {col}: outcome total = sum of outcomes",
                                    [cell("outcome_total")], [cell(r) for r in outcome_rows]))
    for row, cells in grid.items():
        checks.append(_equation("t3_row_sum", f"table 三 {row}: total = sum of applicant columns",
                                [cells.get("total")], [cells.get(c) for c in COLUMNS[:-1]]))
    return checks


def table_four_checks(facts: list[Fact]) -> list[Check]:
    cells: dict[tuple[str, str], Fact] = {}
    for f in facts:
        if f.source_frame == TABLE and f.measure in T4_GROUPS:
            cells[(f.measure, f.key)] = f
    checks = []
    for group in T4_GROUPS:
        if not any(m == group for m, _ in cells):
            continue
        def value(key: str) -> float | None:
            f = cells.get((group, key))
            return None if f is None else f.value
        evidence = next((f.evidence for (m, _), f in cells.items() if m == group), "")
        checks.append(_equation("t4_group_sum", f"table 四 {group}: total = sum of results",
                                [value("total")], [value(k) for k in T4_PARTS], evidence))
    return checks


def table_two_checks(facts: list[Fact]) -> list[Check]:
    checks = []
    for row in ("rule", "normdoc"):
        got = {f.key: f for f in facts if f.source_frame == TABLE and f.measure == f"t2.{row}"}
        if "total_published" not in got and "published" not in got:
            continue
        total, annual = got.get("total_published"), got.get("published")
        subject = f"t2.{row}: cumulative total >= published this year"
        if total is None or annual is None or total.value is None or annual.value is None:
            checks.append(Check("t2_cumulative", "not_assessable", subject, message="a cell is blank or missing"))
            continue
        ok = total.value >= annual.value
        checks.append(Check("t2_cumulative", "pass" if ok else "fail", subject,
                            expected=annual.value, observed=total.value,
                            message="" if ok else "the cumulative total is below this year's count",
                            evidence=total.evidence))
    return checks


UNREADABLE = {"unsplittable": "too many glued digits to enumerate the readings",
              "no_valid_split": "no reading of the glued digits fits the table's constraints"}


def digit_split_checks(facts: list[Fact]) -> list[Check]:
    """One check per table row whose glued digits are ambiguous or unreadable (its cells share
    evidence and candidates)."""
    seen = set()
    checks = []
    for f in facts:
        if f.flag in UNREADABLE:
            ident = (f.measure, f.evidence, f.flag)
            if ident not in seen:
                seen.add(ident)
                checks.append(Check("digit_split", "not_assessable", f"{f.measure} «{f.label_raw}»",
                                    message=UNREADABLE[f.flag], evidence=f.evidence))
            continue
        if f.flag != "ambiguous_split":
            continue
        ident = (f.measure.split(".")[0] if f.measure.startswith("t2.") else f.measure, f.evidence,
                 f.candidates)
        if ident in seen:
            continue
        seen.add(ident)
        checks.append(Check("digit_split", "ambiguous", f"{f.measure} «{f.label_raw}»",
                            observed=f.value,
                            message=f"glued digits allow several readings: {f.candidates}",
                            evidence=f.evidence))
    return checks


def run(meta: Metadata, facts: list[Fact]) -> list[Check]:
    return (table_two_checks(facts) + table_three_checks(facts) + table_four_checks(facts)
            + digit_split_checks(facts))
