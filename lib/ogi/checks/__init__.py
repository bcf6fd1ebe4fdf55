"""Consistency checks on one report's facts. They report; they never change a number.

Each module holds one family of rules and exposes `run(meta, facts) -> list[Check]`:
- `totals`: parts vs the stated total, stated shares vs counts, conflicting figures;
- `template`: the reconciliation rules (勾稽) of the 2019/2021 template tables.
Cross-report rules (the same agency in consecutive years) run on the whole corpus in
`ogi.checks.corpus`.
"""
from __future__ import annotations

from ..model import Check, Fact, Metadata
from . import template, totals


def run_checks(meta: Metadata, facts: list[Fact]) -> list[Check]:
    return totals.run(meta, facts) + template.run(meta, facts)
