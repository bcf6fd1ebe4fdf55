"""The template layout shared by the extractor and the checks (lib/ogi/layout.py)."""
from __future__ import annotations

import ast
from pathlib import Path

import ogi
from ogi.layout import (
    E2,
    E3,
    FLOW_ROWS,
    T2_COLUMNS,
    T2_UNIT,
    T4_COLUMNS,
    T4_GROUPS,
    t3_outcome_rows,
    t3_rows,
    t3_version_of,
)


def test_table_three_layouts_differ_only_in_their_six_rows():
    e2, e3 = [key for key, _ in t3_rows(E2)], [key for key, _ in t3_rows(E3)]
    assert set(e2) ^ set(e3) == {"other", "other.no_correction", "other.fee_unpaid", "other.other"}
    assert e2[:2] == ["new", "carried_in"] and e2[-2:] == ["outcome_total", "carried_out"]
    assert not set(FLOW_ROWS) & set(t3_outcome_rows(E3))
    assert len(t3_outcome_rows(E2)) == 19 and len(t3_outcome_rows(E3)) == 21


def test_row_keys_tell_the_table_three_layout_or_nothing():
    assert t3_version_of(["new", "granted", "other"]) == E2
    assert t3_version_of(["new", "other.fee_unpaid"]) == E3
    assert t3_version_of(["new", "granted", "outcome_total"]) is None


def test_every_table_two_column_has_a_unit_and_table_four_has_three_groups_of_five():
    assert {c for v in (E2, E3) for cols in T2_COLUMNS[v].values() for c in cols} <= set(T2_UNIT)
    assert len(T4_GROUPS) == 3 and T4_COLUMNS[-1] == "total" and len(T4_COLUMNS) == 5


def test_checks_never_import_the_extractors():
    """Data flows read -> normalise -> extract -> check -> tidy: a check uses the shared layout."""
    for path in (Path(ogi.__file__).parent / "checks").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                module = "." * node.level + (node.module or "")
                assert "extract" not in module, f"{path.name} imports {module}"
            elif isinstance(node, ast.Import):
                assert not any("extract" in a.name for a in node.names), path.name


def test_no_stage_imports_a_later_one():
    """read -> normalise -> extract -> check -> tidy -> charts, pinned on the import graph: the
    parser (what pipeline.py runs) never reaches the loaders, charts or tools built on its
    output, and readers never reach the extractors."""
    from ogi.codegraph import imported_files

    package = Path(ogi.__file__).parent
    parser = {p.relative_to(package).as_posix()
              for p in imported_files(package, [package / "pipeline.py"])}
    later = {"outputs.py", "load.py", "charts.py", "figures.py", "style.py", "labels.py", "notebook.py",
             "audit.py", "export.py", "provenance.py", "runs.py", "cli.py", "freshness.py"}
    assert parser & later == set()
    readers = {p.relative_to(package).as_posix()
               for p in imported_files(package, sorted((package / "read").glob("*.py")))}
    assert not any(name.startswith(("extract/", "checks/")) or name == "tidy.py"
                   for name in readers), readers


def test_the_writer_runs_no_check():
    """tidy formats and writes what it is given: cross-year checks run in a consumer beside it
    (outputs.py), which hands their results to the writer; no check reaches back to the writer."""
    from ogi.codegraph import imported_files

    package = Path(ogi.__file__).parent
    writer = {p.relative_to(package).as_posix()
              for p in imported_files(package, [package / "tidy.py"])}
    assert not any(name.startswith("checks/") for name in writer), writer
    checks = {p.relative_to(package).as_posix()
              for p in imported_files(package, sorted((package / "checks").glob("*.py")))}
    assert not checks & {"tidy.py", "outputs.py"}, checks
