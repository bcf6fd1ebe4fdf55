"""The content-hash result cache: hits skip parsing and give byte-identical outputs."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from ogi import pipeline
from ogi.cache import ResultCache, parser_hash
from ogi.pipeline import Limits, iter_inputs
from test_pipeline import SNIPPETS, make_corpus, output_bytes, write_outputs


def run(corpus: Path, out: Path, cache_dir: Path, jobs: int = 0) -> ResultCache:
    cache = ResultCache(cache_dir)
    write_outputs(iter_inputs([corpus]), out, jobs=jobs, cache=cache)
    cache.close()
    return cache


def test_unchanged_corpus_comes_from_cache_with_identical_outputs(tmp_path, monkeypatch):
    corpus = make_corpus(tmp_path / "in")
    first = run(corpus, tmp_path / "first", tmp_path / "cache", jobs=2)
    assert (first.hits, first.misses) == (0, len(SNIPPETS))

    parsed = []
    real = pipeline.parse_file
    monkeypatch.setattr(pipeline, "parse_file", lambda item: parsed.append(item) or real(item))
    second = run(corpus, tmp_path / "second", tmp_path / "cache")
    assert parsed == []
    assert second.hits == len(SNIPPETS)
    assert output_bytes(tmp_path / "first") == output_bytes(tmp_path / "second")

    # One changed file and one new file: exactly those two are parsed.
    (corpus / "b_town.txt").write_text("青河镇2020年政府信息公开工作年度报告\n公开信息7条。\n",
                                       encoding="utf-8")
    (corpus / "new.txt").write_text("新来的报告", encoding="utf-8")
    third = run(corpus, tmp_path / "third", tmp_path / "cache")
    assert sorted(item.source_file for item in parsed) == ["b_town.txt", "new.txt"]
    assert third.hits == len(SNIPPETS) - 1


def test_the_same_bytes_under_another_name_are_parsed_again(tmp_path, monkeypatch):
    corpus = make_corpus(tmp_path / "in")
    run(corpus, tmp_path / "first", tmp_path / "cache")
    (corpus / "b_town.txt").rename(corpus / "b_town.md")   # the name picks the reader
    parsed = []
    real = pipeline.parse_file
    monkeypatch.setattr(pipeline, "parse_file", lambda item: parsed.append(item) or real(item))
    run(corpus, tmp_path / "second", tmp_path / "cache")
    assert [item.source_file for item in parsed] == ["b_town.md"]


def test_a_damaged_entry_is_parsed_again_and_repaired(tmp_path, monkeypatch):
    import sqlite3

    corpus = make_corpus(tmp_path / "in")
    run(corpus, tmp_path / "first", tmp_path / "cache")
    with sqlite3.connect(tmp_path / "cache" / "results.sqlite") as db:
        [(key,)] = db.execute("SELECT key FROM results_v3 LIMIT 1").fetchall()
        db.execute("UPDATE results_v3 SET rows = ? WHERE key = ?", (b"not zstd", key))
    parsed = []
    real = pipeline.parse_file
    monkeypatch.setattr(pipeline, "parse_file", lambda item: parsed.append(item) or real(item))
    second = run(corpus, tmp_path / "second", tmp_path / "cache")
    assert (second.hits, second.misses, len(parsed)) == (len(SNIPPETS) - 1, 1, 1)
    assert output_bytes(tmp_path / "first") == output_bytes(tmp_path / "second")
    assert run(corpus, tmp_path / "third", tmp_path / "cache").hits == len(SNIPPETS)


def test_time_limit_failures_are_not_cached(tmp_path, monkeypatch):
    corpus = make_corpus(tmp_path / "in")
    real = pipeline.parse_file

    def slow_town(item):
        if item.source_file == "b_town.txt":
            import time
            time.sleep(30)
        return real(item)

    monkeypatch.setattr(pipeline, "parse_file", slow_town)
    cache = ResultCache(tmp_path / "cache")
    reports = {r.source_file: r for r in pipeline.parse_many(
        iter_inputs([corpus]), jobs=1, limits=Limits(time_s=0.5), cache=cache)}
    cache.close()
    assert reports["b_town.txt"].status == "failed"
    monkeypatch.setattr(pipeline, "parse_file", real)
    again = ResultCache(tmp_path / "cache")
    reports = {r.source_file: r for r in pipeline.parse_many(
        iter_inputs([corpus]), jobs=0, cache=again)}
    again.close()
    assert reports["b_town.txt"].status != "failed"
    assert again.misses == 1


def test_parser_hash_follows_parser_code_not_cli_code(tmp_path):
    package = Path(pipeline.__file__).parent
    copy = tmp_path / "ogi"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    fresh_hash = parser_hash.__wrapped__   # bypass the per-process memo
    before = fresh_hash(copy)
    for renders_only in ("cli.py", "charts.py", "figures.py", "load.py", "freshness.py"):
        (copy / renders_only).write_text("# not parser code\n", encoding="utf-8")
        assert fresh_hash(copy) == before, renders_only
    # a module the extractors import, found through the import statements, not a list
    (copy / "extract" / "helper_new.py").write_text("X = 1\n", encoding="utf-8")
    assert fresh_hash(copy) == before   # nothing imports it yet
    prose = copy / "extract" / "prose.py"
    prose.write_text(prose.read_text(encoding="utf-8") + "from . import helper_new\n",
                     encoding="utf-8")
    with_import = fresh_hash(copy)
    assert with_import != before
    (copy / "extract" / "helper_new.py").write_text("X = 2\n", encoding="utf-8")
    assert fresh_hash(copy) != with_import
    (copy / "taxonomy.yaml").write_text("changed: true\n", encoding="utf-8")
    assert fresh_hash(copy) != with_import


@pytest.mark.parametrize("jobs", [0, 1, 2])
def test_runs_of_hits_and_misses_come_out_complete_and_in_order(tmp_path, monkeypatch, jobs):
    corpus = make_corpus(tmp_path / "in")
    run(corpus, tmp_path / "first", tmp_path / "cache", jobs=jobs)
    (corpus / "a_new.txt").write_text("新的一份报告\n", encoding="utf-8")
    (corpus / "sub" / "zz_new.txt").write_text("又一份报告\n", encoding="utf-8")
    monkeypatch.setattr(pipeline, "HIT_BATCH", 1)      # hand hits back one at a time
    cache = ResultCache(tmp_path / "cache")
    reports = list(pipeline.parse_many(iter_inputs([corpus]), jobs=jobs, cache=cache))
    cache.close()
    assert [r.source_file for r in reports] == sorted([*SNIPPETS, "a_new.txt", "sub/zz_new.txt"])
    assert (cache.hits, cache.misses) == (len(SNIPPETS), 2)
