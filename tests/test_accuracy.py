"""End-to-end accuracy: parse real and synthetic corpora and score them with the shared scorer.

The scorer and the development corpus live in ../shared (read, never copied). The bundled corpus
in data/raw is the five real seed reports, labelled in tests/fixtures/seed-labels; the five
synthetic stand-ins that used to fill data/raw are test fixtures now (tests/fixtures/sample, with
their labels in tests/fixtures/sample-labels).
"""
from __future__ import annotations

import csv
import hashlib

import pytest
import yaml
from ogi.paths import DATA_RAW, ROOT
from scoring import SHARED, metadata_all_right, needs_scorer, parse, score

FIXTURES = ROOT / "tests" / "fixtures"
SAMPLE = FIXTURES / "sample"
SAMPLE_LABELS = FIXTURES / "sample-labels"
SEED_LABELS = FIXTURES / "seed-labels"


@pytest.mark.parametrize("folder", [DATA_RAW, SAMPLE], ids=["data-raw", "sample"])
def test_sources_checksums_match(folder):
    with (folder / "SOURCES.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    listed = {r["file"] for r in rows}
    present = {p.name for p in folder.iterdir() if p.name != "SOURCES.csv"}
    assert listed == present
    for r in rows:
        assert hashlib.sha256((folder / r["file"]).read_bytes()).hexdigest() == r["sha256"], r["file"]


def test_bundled_corpus_is_the_labelled_seeds():
    """data/raw holds the real seed reports, each with its label; nothing synthetic."""
    labelled = {yaml.safe_load(p.read_text(encoding="utf-8"))["file"] for p in SEED_LABELS.glob("*.yaml")}
    present = {p.name for p in DATA_RAW.iterdir() if p.name != "SOURCES.csv"}
    assert len(labelled) == 5 and present == labelled
    with (DATA_RAW / "SOURCES.csv").open(encoding="utf-8") as f:
        assert not any("synthetic" in r["origin"] for r in csv.DictReader(f))


@needs_scorer
def test_sample_corpus_scores_perfectly(tmp_path):
    parse([SAMPLE], tmp_path)
    result = score(tmp_path, SAMPLE_LABELS)
    assert (result["recall"], result["precision"]) == (1.0, 1.0), result["details"]
    assert metadata_all_right(result["details"], len(list(SAMPLE_LABELS.glob("*.yaml")))), \
        result["details"]


@needs_scorer
def test_seed_reports_score_perfectly(tmp_path):
    parse([DATA_RAW], tmp_path)
    result = score(tmp_path, SEED_LABELS)
    assert (result["recall"], result["precision"]) == (1.0, 1.0), result["details"]
    assert metadata_all_right(result["details"], 5), result["details"]


DEV_RAW, DEV_LABELS = SHARED / "corpus" / "raw", SHARED / "corpus" / "labels"


@needs_scorer
@pytest.mark.skipif(not DEV_LABELS.exists(), reason="../shared/corpus (development reports and "
                    "their labels) not present")
def test_development_corpus_scores_with_the_period_checked(tmp_path):
    # the scorer matches measure, key, value and period: a cumulative or partial-year count
    # reported as annual is a miss and an extra
    parse([DEV_RAW], tmp_path)
    result = score(tmp_path, DEV_LABELS)
    assert result["recall"] >= 0.98 and result["precision"] >= 0.98, result["details"]
    assert result["period_wrong"] == 0, result["details"]


@pytest.mark.skipif(not (SHARED / "corpus" / "raw").exists(), reason="../shared corpus not present")
def test_development_corpus_gives_every_file_a_row(tmp_path):
    raw = SHARED / "corpus" / "raw"
    parse([raw], tmp_path)
    with (tmp_path / "reports.csv").open(encoding="utf-8") as f:
        reports = list(csv.DictReader(f))
    assert sorted(r["source_file"] for r in reports) == sorted(p.name for p in raw.iterdir())
    assert [r["source_file"] for r in reports if r["status"] == "failed"] == []
