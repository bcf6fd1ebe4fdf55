"""Reconciliation rules of the 2019/2021 template tables (domain notes §2.5).

Rules (one Check per column, row or group; blanks make a rule `not_assessable`, never 0):
- `t3_balance`     table 三, each column: new + carried_in = outcome total + carried_out;
- `t3_outcome_sum` table 三, each column: outcome total = sum of the outcome rows;
- `t3_row_sum`     table 三, each row: total = natural person + the five organisation columns;
- `t4_group_sum`   table 四, each group: total = upheld + corrected + other + pending;
- `t2_cumulative`  table 二 (2019 layout): 对外公开总数量 >= 本年新公开数量;
- `digit_split`    one check per table row whose glued digits allow several readings
                   (`ambiguous`) or none (`not_assessable`), and one per cell whose digits were
                   mangled ('2\ufffd', flag `garbled_cell`): `not_assessable`, with the value the
                   row's own sum gives as `observed` when it gives one;
- `t3_row_unplaced` one check per table-三 row of numbers that lost its label and that the
                   template's row order and the table's sums cannot place (`ambiguous`);
- `cell_unplaced`  one check per template row with fewer cells than columns (`not_assessable`).
Prose-vs-table conflicts are `checks.totals` (same measure and key, different values).

The table-三 layout (which （六） rows the outcome sum covers) is the one the extractor recorded:
its row keys (`other` or `other.*`), else the report's `Metadata.template`.
"""
from __future__ import annotations

from ..layout import APPLICANTS, E2, E3, FLOW_ROWS, T4_COLUMNS, T4_GROUPS, t3_outcome_rows, t3_version_of
from ..model import Check, Fact, Metadata
from ..numerals import format_number

T4_PARTS, T4_TOTAL = T4_COLUMNS[:-1], T4_COLUMNS[-1]
TABLE = "template_table"


def table_three_grid(facts: list[Fact]) -> dict[str, dict[str, float | None]]:
    """row -> column -> value of table 三, rebuilt from `requests.*` and `t3.cell` facts."""
    grid: dict[str, dict[str, float | None]] = {}
    for f in facts:
        if f.source_frame != TABLE:
            continue
        if f.measure == "t3.cell":   # most cells: tested first
            row, _, col = f.key.rpartition(".")
        elif f.measure == "requests.new":
            row, col = "new", f.key
        elif f.measure in ("requests.carried_in", "requests.carried_out"):
            row, col = f.measure.split(".", 1)[1], "total"
        elif f.measure == "requests.outcome":
            row, col = ("outcome_total" if f.key == "total" else f.key), "total"
        else:
            continue
        cells = grid.get(row)
        if cells is None:
            cells = grid[row] = {}
        cells[col] = f.value
    return grid


def _equation(rule: str, subject: str, lhs: dict[str, float | None], rhs: dict[str, float | None],
              evidence: str = "") -> Check:
    """sum(lhs) = sum(rhs); the sides name their cells so a blank one can be reported."""
    if None in lhs.values() or None in rhs.values():
        blank = [name for name, v in (lhs | rhs).items() if v is None]
        return Check(rule, "not_assessable", subject, None, None, f"blank or missing: {', '.join(blank)}",
                     evidence)
    left, right = sum(lhs.values()), sum(rhs.values())
    if abs(left - right) < 1e-9:
        return Check(rule, "pass", subject, left, right, "", evidence)
    return Check(rule, "fail", subject, left, right,
                 f"{format_number(left)} vs {format_number(right)} (difference {format_number(right - left)})",
                 evidence)


def table_three_layout(grid: dict[str, dict], report_template: str) -> str:
    """The layout the extractor read table 三 in, as its row keys record it."""
    recorded = t3_version_of(grid)
    if recorded:
        return recorded
    return report_template if report_template in (E2, E3) else E2


BALANCE_SUBJECTS = {col: f"table 三 {col}: new + carried_in = outcome total + carried_out" for col in APPLICANTS}
OUTCOME_SUBJECTS = {col: f"table 三 {col}: outcome total = sum of outcomes" for col in APPLICANTS}
ROW_PARTS = APPLICANTS[:-1]


def table_three_checks(facts: list[Fact], report_template: str) -> list[Check]:
    grid = table_three_grid(facts)
    if not grid:
        return []
    # every outcome row of the layout counts: a row missing entirely makes the sum unassessable
    outcome_rows = t3_outcome_rows(table_three_layout(grid, report_template))
    empty: dict[str, float | None] = {}
    flows = {row: grid.get(row, empty) for row in FLOW_ROWS}
    outcomes = [(row, grid.get(row, empty)) for row in outcome_rows]
    checks = []
    for col in APPLICANTS:
        new, carried_in, outcome_total, carried_out = (flows[row].get(col) for row in FLOW_ROWS)
        # (unpacked in FLOW_ROWS' order: new, carried_in, outcome_total, carried_out)
        checks.append(_equation("t3_balance", BALANCE_SUBJECTS[col], {"new": new, "carried_in": carried_in},
                                {"outcome_total": outcome_total, "carried_out": carried_out}))
        checks.append(_equation("t3_outcome_sum", OUTCOME_SUBJECTS[col], {"outcome_total": outcome_total},
                                {row: cells.get(col) for row, cells in outcomes}))
    for row, values in grid.items():
        checks.append(_equation("t3_row_sum", f"table 三 {row}: total = sum of applicant columns",
                                {"total": values.get("total")}, dict(zip(ROW_PARTS, map(values.get, ROW_PARTS)))))
    return checks


def table_four_checks(facts: list[Fact]) -> list[Check]:
    groups: dict[str, dict[str, Fact]] = {}
    for f in facts:
        if f.source_frame == TABLE and f.measure in T4_GROUPS:
            groups.setdefault(f.measure, {})[f.key] = f
    checks = []
    for group in T4_GROUPS:
        cells = groups.get(group)
        if not cells:
            continue
        def value(key: str, cells: dict = cells) -> float | None:
            f = cells.get(key)
            return None if f is None else f.value
        evidence = next(iter(cells.values())).evidence
        checks.append(_equation("t4_group_sum", f"table 四 {group}: total = sum of results",
                                {T4_TOTAL: value(T4_TOTAL)}, {k: value(k) for k in T4_PARTS}, evidence))
    return checks


def table_two_checks(facts: list[Fact]) -> list[Check]:
    rows: dict[str, dict[str, Fact]] = {"t2.rule": {}, "t2.normdoc": {}}
    for f in facts:
        if f.source_frame == TABLE and f.measure in rows:
            rows[f.measure][f.key] = f
    checks = []
    for measure, got in rows.items():
        if "total_published" not in got and "published" not in got:
            continue
        total, annual = got.get("total_published"), got.get("published")
        subject = f"{measure}: cumulative total >= published this year"
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
        if not f.flag:   # nearly every fact
            continue
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


def unplaced_row_checks(facts: list[Fact]) -> list[Check]:
    """One check per loose table-三 row the extractor could not place (its cells share evidence),
    and one per table row that lost a cell (its numbers cannot be told to their columns)."""
    seen = set()
    checks = []
    for f in facts:
        if f.flag == "blank_cell_unplaced":
            ident = (f.measure, f.evidence)
            if ident not in seen:
                seen.add(ident)
                checks.append(Check("cell_unplaced", "not_assessable", f"{f.measure} «{f.label_raw}»",
                                    message=f"fewer cells than columns, which one is missing is unknown: "
                                            f"{f.candidates}", evidence=f.evidence))
            continue
        row = f.key.partition(".")[0]   # `t3.unplaced` keys are <row number>.<column>
        if f.flag != "unplaced_row" or row in seen:
            continue
        seen.add(row)
        checks.append(Check("t3_row_unplaced", "ambiguous", "table 三: a row of numbers without its label",
                            message=f"order and sums allow several rows: {f.candidates}", evidence=f.evidence))
    return checks


def garbled_cell_checks(facts: list[Fact]) -> list[Check]:
    """One `digit_split` check per table cell whose digits were mangled (template and statistics
    tables): digits that cannot be read, like a glued run without a reading."""
    return [Check("digit_split", "not_assessable", f"{f.measure} {f.key} «{f.label_raw}»", observed=f.value,
                  message=f"a cell's digits are mangled ({f.candidates}): "
                          + ("value from the row's own sum" if f.value is not None else "no value"),
                  evidence=f.evidence)
            for f in facts if f.flag == "garbled_cell"]


def run(meta: Metadata, facts: list[Fact]) -> list[Check]:
    table = [f for f in facts if f.source_frame == TABLE]   # what the table rules read, selected once
    return (table_two_checks(table) + table_three_checks(table, meta.template) + table_four_checks(table)
            + digit_split_checks(facts) + unplaced_row_checks(table) + garbled_cell_checks(facts))
