"""Reconciliation rules of the 2019/2021 template tables (domain notes §2.5)."""
from __future__ import annotations

from ..model import Check, Fact, Metadata


def run(meta: Metadata, facts: list[Fact]) -> list[Check]:
    return []
