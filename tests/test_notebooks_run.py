"""Layer 2: every notebook runs end to end on tiny fixture data (params/smoke.yaml, folders in
tmp_path) through ogi.runs, two at a time, and writes the figures it declares."""
from __future__ import annotations

import re

import pytest
from ogi import figures, paths, runs
from test_load import write_tidy

pytestmark = pytest.mark.notebooks


def test_all_notebooks_run_on_fixture_data(tmp_path):
    data = write_tidy(tmp_path / "processed")
    out = tmp_path / "figures"
    smoke = runs.read_params_file(paths.NOTEBOOKS / "params" / "smoke.yaml")
    smoke["processed_dir"] = runs.Value(str(data), "test")
    smoke["figures_dir"] = runs.Value(str(out), "test")
    notebooks = sorted(paths.NOTEBOOKS.glob("*.ipynb"))
    plan = [runs.Run(nb, "smoke", dict(smoke)) for nb in notebooks]
    outcomes = runs.run_all(plan, "smoke", tmp_path / "reports", jobs=2, timeout=300,
                            progress=False)
    failed = {o.run.key: o.error for o in outcomes if o.status != "ok"}
    assert not failed, failed

    declared = {name for nb in notebooks
                for name in re.findall(r'save\(fig, \\"([^"\\]+)\\"\)', nb.read_text())}
    manifest = {row["figure"]: row for row in figures.read_manifest(out)}
    assert set(manifest) == declared
    for name in declared:
        assert (out / f"{name}.png").stat().st_size > 0 and (out / f"{name}.svg").exists()
    assert figures.check_fresh(out) == []
    # the fixture has no litigation facts: that chart must still be written, saying so
    assert "07-review-and-litigation--outcomes" in manifest
