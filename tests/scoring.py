"""Parse a folder with `ogi parse` and score it with the shared scorer (../shared/tools/score.py),
for the accuracy tests of every labelled set."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from ogi.paths import ROOT

SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score.py"

needs_scorer = pytest.mark.skipif(not SCORER.exists(), reason="../shared/tools/score.py not present")


def parse(paths: list[Path], out: Path) -> None:
    ogi = Path(sys.executable).with_name("ogi")
    subprocess.run([str(ogi), "parse", *map(str, paths), "--out", str(out), "--no-progress",
                    "--no-cache"], check=True, capture_output=True)


def score(out: Path, labels: Path) -> dict:
    """The scorer's summary numbers (recall, precision, ...) plus its full text as `details`."""
    result = subprocess.run([sys.executable, str(SCORER), "--out", str(out), "--labels", str(labels),
                             "-v"], check=True, capture_output=True, text=True)
    summary = result.stdout.strip().splitlines()[-1]
    values = {k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)", summary)}
    return values | {"details": result.stdout}


def metadata_all_right(details: str, n: int) -> bool:
    return f"agency={n}/{n} report_year={n}/{n} template={n}/{n}" in details
