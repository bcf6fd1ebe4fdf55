"""2019-2024 narratives written in blind batches (tests/fixtures/unseen-prose): each batch was
labelled by hand before the parser first saw it. Their template tables are short or absent: the
set scores the 一、总体情况 prose and the request, review and fee sentences."""
from __future__ import annotations

from ogi.paths import ROOT
from scoring import metadata_all_right, needs_scorer, parse, score

FIXTURES = ROOT / "tests" / "fixtures" / "unseen-prose"


@needs_scorer
def test_unseen_prose_set_scores(tmp_path):
    docs = sorted((FIXTURES / "docs").iterdir())
    assert len(docs) == len(list((FIXTURES / "labels").glob("*.yaml"))) >= 4
    parse([FIXTURES / "docs"], tmp_path)
    result = score(tmp_path, FIXTURES / "labels")
    assert result["recall"] >= 0.98, result["details"]
    assert result["precision"] >= 0.98, result["details"]
    assert metadata_all_right(result["details"], len(docs)), result["details"]
