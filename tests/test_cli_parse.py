"""`ogi parse` on the command line: outputs, --fail-on-error, limits and cache options."""
from __future__ import annotations

import pandas as pd
from click.testing import CliRunner
from ogi.cli import main
from test_pipeline import SNIPPETS, make_corpus


def parse(*args: str):
    return CliRunner().invoke(main, ["parse", *args, "--no-progress"])


def test_parse_writes_csv_single_and_partitioned_parquet(tmp_path):
    corpus = make_corpus(tmp_path / "in")
    result = parse(str(corpus), "--out", str(tmp_path / "out"), "--cache-dir",
                   str(tmp_path / "cache"), "-j", "2")
    assert result.exit_code == 0, result.output
    out = tmp_path / "out"
    for name in ("reports", "facts", "checks"):
        csv = pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False)
        single = pd.read_parquet(out / f"{name}.parquet")
        parts = pd.read_parquet(out / name)
        assert len(csv) == len(single) == len(parts)
    assert list(pd.read_parquet(out / "reports")["source_file"]) == sorted(SNIPPETS)
    assert not list(out.glob(".*tmp"))


def test_fail_on_error_sets_the_exit_code(tmp_path):
    corpus = make_corpus(tmp_path / "in", {"empty.txt": ""})
    common = [str(corpus), "--out", str(tmp_path / "out"), "--no-cache", "-j", "1"]
    assert parse(*common).exit_code == 0
    failing = parse(*common, "--fail-on-error")
    assert failing.exit_code == 1
    assert "1 failed" in failing.output


def test_default_cache_sits_next_to_out_and_second_run_hits_it(tmp_path, monkeypatch):
    monkeypatch.delenv("OGI_CACHE_DIR", raising=False)
    corpus = make_corpus(tmp_path / "in")
    args = [str(corpus), "--out", str(tmp_path / "out"), "-j", "1"]
    assert parse(*args).exit_code == 0
    assert (tmp_path / ".ogi-cache" / "results.sqlite").exists()
    second = parse(*args)
    assert "unchanged since the last run, outputs kept" in second.output
    assert f"{len(SNIPPETS)} files" in second.output

    # A new report: everything else comes from the cache, and all outputs are rewritten.
    (corpus / "z_new.txt").write_text("北山乡2016年政府信息公开工作年度报告\n公开信息5条。\n",
                                      encoding="utf-8")
    third = parse(*args)
    assert f"{len(SNIPPETS) + 1} files ({len(SNIPPETS)} from cache)" in third.output
    assert "z_new.txt" in (tmp_path / "out" / "reports.csv").read_text(encoding="utf-8")

    # Outputs edited by hand are not trusted: the next run writes them again.
    facts = tmp_path / "out" / "facts.csv"
    facts.write_text("edited\n", encoding="utf-8")
    fourth = parse(*args)
    assert "from cache" in fourth.output
    assert facts.read_text(encoding="utf-8").startswith("report_id,")


def test_nonpositive_limits_are_refused(tmp_path):
    corpus = make_corpus(tmp_path / "in")
    result = parse(str(corpus), "--out", str(tmp_path / "out"), "--time-limit", "0")
    assert result.exit_code == 2
