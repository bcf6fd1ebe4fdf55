"""`ogi synth`: deterministic synthetic reports whose truth files the shared scorer loads."""
from __future__ import annotations

import importlib.util
import re
import sys

import pytest
import yaml
from click.testing import CliRunner
from ogi.cli import main
from ogi.paths import ROOT
from ogi.synth import APPLICANTS, make_report, truth, write_corpus

SCORER = ROOT.parent / "shared" / "tools" / "score.py"


def corpus_bytes(folder) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_same_seed_same_corpus_and_prefix_stable(tmp_path):
    runner = CliRunner()
    for name, n, seed in (("a", 12, 7), ("b", 12, 7), ("c", 5, 7), ("d", 12, 8)):
        result = runner.invoke(main, ["synth", str(n), "--out", str(tmp_path / name),
                                      "--seed", str(seed)])
        assert result.exit_code == 0, result.output
    a, b, c, d = (corpus_bytes(tmp_path / x) for x in "abcd")
    assert a == b
    assert c == {k: v for k, v in a.items() if k in c}     # document i depends on (seed, i) only
    assert a != d


def test_every_era_and_format_appears():
    seen = {(make_report(3, i)[0].template, make_report(3, i)[0].fmt) for i in range(120)}
    assert {t for t, _ in seen} == {"free_text", "stats_table_2014", "template_2019",
                                   "template_2021"}
    assert {f for _, f in seen} == {"txt", "html", "md"}


def test_formats_option_restricts_formats(tmp_path):
    result = CliRunner().invoke(main, ["synth", "6", "--out", str(tmp_path), "--formats", "html"])
    assert result.exit_code == 0, result.output
    assert {p.suffix for p in (tmp_path / "reports").iterdir()} == {".html"}
    bad = CliRunner().invoke(main, ["synth", "2", "--out", str(tmp_path), "--formats", "pdf"])
    assert bad.exit_code != 0


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/tools/score.py not present")
def test_truth_files_load_with_the_scorer(tmp_path):
    list(write_corpus(20, tmp_path, seed=1))
    spec = importlib.util.spec_from_file_location("score", SCORER)
    score = importlib.util.module_from_spec(spec)
    sys.modules["score"] = score
    spec.loader.exec_module(score)
    labels = score.load_labels([tmp_path / "labels"])
    assert len(labels) == 20
    for label in labels.values():
        assert (tmp_path / "reports" / label["file"]).exists()
        assert label["template"] in {"free_text", "stats_table_2014", "template_2019",
                                     "template_2021"}
        for fact in label["facts"]:
            assert score.in_scope(fact["measure"]), fact
            assert fact["unit"] in {"item", "document", "request", "case", "yuan"}
            float(fact["value"])


def test_template_truth_reconciles_like_a_real_table_three():
    """new + carried_in = outcome total + carried_out (the 勾稽 printed in the table header)."""
    checked = 0
    for i in range(60):
        report, _ = make_report(5, i)
        if not report.template.startswith("template_"):
            continue
        facts = {(f.measure, f.key): f.value for f in report.facts}
        assert (facts[("requests.new", "total")] + facts[("requests.carried_in", "total")]
                == facts[("requests.outcome", "total")] + facts[("requests.carried_out", "total")])
        assert facts[("requests.new", "total")] == sum(
            facts[("requests.new", a)] for a in APPLICANTS[:-1])
        for group in ("review", "litigation.direct", "litigation.after_review"):
            assert facts[(group, "total")] == sum(
                facts[(group, k)] for k in ("upheld", "corrected", "other", "pending"))
        checked += 1
    assert checked > 10


def test_trap_numbers_are_in_the_text_but_not_in_the_truth():
    report, text = make_report(11, 0)
    values = {f.value for f in report.facts}
    phone = re.search(r"电话：?0\d{3}-(\d{7})", text)
    postcode = re.search(r"邮(?:政编码：|编)(\d{6})", text)
    assert phone and postcode
    assert float(phone[1]) not in values and float(postcode[1]) not in values
    assert yaml.safe_load(yaml.safe_dump(truth(report), allow_unicode=True))["file"] == report.file
