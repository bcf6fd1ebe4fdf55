"""2019-2024 narratives written in blind batches (tests/fixtures/unseen-prose): each batch was
labelled by hand before the parser first saw it. Their template tables are short or absent: the
set scores the 一、总体情况 prose and the request, review and fee sentences."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from ogi.paths import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "unseen-prose"
SCORER = ROOT.parent / "shared" / "tools" / "score.py"


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/tools/score.py not present")
def test_unseen_prose_set_scores(tmp_path):
    docs = sorted((FIXTURES / "docs").iterdir())
    assert len(docs) == len(list((FIXTURES / "labels").glob("*.yaml"))) >= 4
    ogi = Path(sys.executable).with_name("ogi")
    subprocess.run([str(ogi), "parse", str(FIXTURES / "docs"), "--out", str(tmp_path), "--no-progress",
                    "--no-cache"], check=True, capture_output=True)
    result = subprocess.run([sys.executable, str(SCORER), "--out", str(tmp_path), "--labels",
                             str(FIXTURES / "labels"), "-v"], check=True, capture_output=True, text=True)
    summary = dict(re.findall(r"(\w+)=([\d.]+)", result.stdout.strip().splitlines()[-1]))
    assert float(summary["recall"]) >= 0.98, result.stdout
    assert float(summary["precision"]) >= 0.98, result.stdout
    n = len(docs)
    assert f"agency={n}/{n} report_year={n}/{n} template={n}/{n}" in result.stdout, result.stdout
