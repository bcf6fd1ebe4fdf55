"""The Dask path: the same corpus on a local Dask cluster gives the same outputs as locally."""
from __future__ import annotations

import pytest
from ogi.pipeline import iter_inputs
from test_pipeline import SNIPPETS, make_corpus, output_bytes, write_outputs

distributed = pytest.importorskip("distributed", reason="the `cluster` extra is not installed")


@pytest.fixture(scope="module")
def scheduler_address():
    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                       dashboard_address=None)
    yield cluster.scheduler_address
    cluster.close()


def test_dask_run_matches_the_local_run_byte_for_byte(tmp_path, scheduler_address):
    corpus = make_corpus(tmp_path / "in", {"empty.txt": ""})
    write_outputs(iter_inputs([corpus]), tmp_path / "local", jobs=1)
    on_dask = write_outputs(iter_inputs([corpus]), tmp_path / "dask", scheduler=scheduler_address)
    assert [r.source_file for r in on_dask] == sorted([*SNIPPETS, "empty.txt"])
    assert {r.source_file: r.status for r in on_dask}["empty.txt"] == "failed"
    assert output_bytes(tmp_path / "local") == output_bytes(tmp_path / "dask")


def test_partitioned_parquet_reads_back_with_dask(tmp_path, scheduler_address):
    import dask.dataframe as dd
    import pandas as pd

    corpus = make_corpus(tmp_path / "in")
    write_outputs(iter_inputs([corpus]), tmp_path / "out", scheduler=scheduler_address)
    parts = dd.read_parquet(tmp_path / "out" / "reports").compute()
    single = pd.read_parquet(tmp_path / "out" / "reports.parquet")
    assert list(parts["source_file"]) == list(single["source_file"]) == sorted(SNIPPETS)


def test_parse_command_takes_a_scheduler_address(tmp_path, scheduler_address):
    from click.testing import CliRunner
    from ogi.cli import main

    corpus = make_corpus(tmp_path / "in")
    result = CliRunner().invoke(main, ["parse", str(corpus), "--out", str(tmp_path / "out"),
                                       "--scheduler", scheduler_address, "--no-cache",
                                       "--no-progress"])
    assert result.exit_code == 0, result.output
    assert f"{len(SNIPPETS)} files" in result.output
    assert (tmp_path / "out" / "facts" / "part-0000.parquet").exists()


def test_dask_run_with_a_warm_cache_parses_only_new_files(tmp_path, scheduler_address,
                                                          monkeypatch):
    from ogi import pipeline
    from ogi.cache import ResultCache

    corpus = make_corpus(tmp_path / "in")
    cache = ResultCache(tmp_path / "cache")
    write_outputs(iter_inputs([corpus]), tmp_path / "first", scheduler=scheduler_address,
                  cache=cache)
    cache.close()
    (corpus / "zz_new.txt").write_text("新的一份报告\n", encoding="utf-8")
    monkeypatch.setattr(pipeline, "HIT_BATCH", 1)
    cache = ResultCache(tmp_path / "cache")
    reports = write_outputs(iter_inputs([corpus]), tmp_path / "second",
                            scheduler=scheduler_address, cache=cache)
    cache.close()
    assert [r.source_file for r in reports] == sorted([*SNIPPETS, "zz_new.txt"])
    assert (cache.hits, cache.misses) == (len(SNIPPETS), 1)
