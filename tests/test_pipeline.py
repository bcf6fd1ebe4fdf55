"""The parallel pipeline: input order, determinism across worker counts, per-file limits."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from ogi import pipeline
from ogi.model import ParsedReport
from ogi.pipeline import InputFile, Limits, iter_inputs, parse_many
from ogi.tidy import Rendered, TableWriter

SNIPPETS = {
    "b_town.txt": "青河镇2020年政府信息公开工作年度报告\n全年共主动公开政府信息120条。\n",
    "a_county.txt": "白石县人民政府2015年政府信息公开工作年度报告\n主动公开政务信息85条，其中工作动态40条。\n",
    "sub/c_dept.txt": "云安县财政局2012年度政府信息公开工作年度报告\n本年度未收到政府信息公开申请。\n",
    "sub/deeper/d.txt": "兴和乡2011年政府信息公开年度报告\n公开信息12条。\n",
    "e_page.html": "<html><body><p>松林区人民政府2021年政府信息公开工作年度报告</p>"
                   "<table><tr><td>行政许可</td><td>3</td></tr></table></body></html>",
}


def make_corpus(root: Path, extra: dict[str, str] | None = None) -> Path:
    for name, text in {**SNIPPETS, **(extra or {})}.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def write_outputs(items, out: Path, **kwargs) -> list[Rendered]:
    writer = TableWriter(out)
    reports = []
    for report in parse_many(items, **kwargs):
        writer.write(report)
        reports.append(report)
    writer.close()
    return reports


def output_bytes(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes()
            for p in sorted(out.rglob("*")) if p.is_file()}


def test_inputs_come_in_sorted_source_file_order_and_skip_hidden(tmp_path):
    for name in ("a0.txt", "a/b.txt", "a.txt", "a/.hidden.txt", ".git/x.txt", "README.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    names = [item.source_file for item in iter_inputs([tmp_path])]
    assert names == ["a.txt", "a/b.txt", "a0.txt"] == sorted(names)


def test_outputs_are_byte_identical_for_one_and_two_workers(tmp_path):
    corpus = make_corpus(tmp_path / "in")
    one = write_outputs(iter_inputs([corpus]), tmp_path / "one", jobs=1)
    write_outputs(iter_inputs([corpus]), tmp_path / "two", jobs=2)
    write_outputs(iter_inputs([corpus]), tmp_path / "inline", jobs=0)
    assert [r.source_file for r in one] == sorted(SNIPPETS)
    assert output_bytes(tmp_path / "one") == output_bytes(tmp_path / "two")
    assert output_bytes(tmp_path / "one") == output_bytes(tmp_path / "inline")
    assert {"reports.csv", "facts.parquet", "checks/part-0000.parquet"} <= set(
        output_bytes(tmp_path / "one"))


def _slow_first(item: InputFile) -> ParsedReport:
    if item.source_file.startswith("a_"):
        time.sleep(0.5)       # finishes last although it was sent first
    return _real_parse_file(item)


_real_parse_file = pipeline.parse_file


@pytest.mark.parametrize("max_ahead", [2000, 1])
def test_results_keep_input_order_when_workers_finish_out_of_order(tmp_path, monkeypatch,
                                                                    max_ahead):
    corpus = make_corpus(tmp_path / "in")
    monkeypatch.setattr(pipeline, "parse_file", _slow_first)
    monkeypatch.setattr(pipeline, "MAX_AHEAD", max_ahead)   # 1: nothing runs ahead of a slow file
    reports = list(parse_many(iter_inputs([corpus]), jobs=2))
    assert [r.source_file for r in reports] == sorted(SNIPPETS)
    assert all(r.status != "failed" for r in reports)


def _misbehave(item: InputFile) -> ParsedReport:
    name = item.path.name
    if name.startswith("hang"):
        time.sleep(60)
    if name.startswith("crash"):
        os._exit(3)
    if name.startswith("greedy"):
        hoard = bytearray(512 * 1024 ** 2)   # beyond the 64 MB limit below
        hoard[-1] = 1
    return _real_parse_file(item)


@pytest.mark.parametrize("jobs", [1, 2])
def test_hanging_crashing_and_greedy_files_fail_alone(tmp_path, monkeypatch, jobs):
    corpus = make_corpus(tmp_path / "in", {"hang.txt": "卡住的文件", "crash.txt": "崩溃的文件",
                                           "greedy.txt": "占内存的文件"})
    monkeypatch.setattr(pipeline, "parse_file", _misbehave)
    reports = {r.source_file: r for r in parse_many(
        iter_inputs([corpus]), jobs=jobs, limits=Limits(time_s=1.0, memory_bytes=64 * 1024 ** 2))}
    assert set(reports) == set(SNIPPETS) | {"hang.txt", "crash.txt", "greedy.txt"}
    assert reports["hang.txt"].status == "failed"
    assert reports["hang.txt"].error == "time limit exceeded: parsing took more than 1 s"
    assert reports["crash.txt"].status == "failed"
    assert "worker process died" in reports["crash.txt"].error
    assert reports["greedy.txt"].status == "failed"
    assert "memory" in reports["greedy.txt"].error
    for name in SNIPPETS:
        assert reports[name].status in ("ok", "partial"), (name, reports[name].error)
    for report in reports.values():
        assert "\n" not in report.error


def test_failed_reports_keep_the_id_of_their_bytes(tmp_path, monkeypatch):
    corpus = make_corpus(tmp_path / "in", {"crash.txt": "崩溃的文件"})
    monkeypatch.setattr(pipeline, "parse_file", _misbehave)
    reports = {r.source_file: r for r in parse_many(iter_inputs([corpus]), jobs=1)}
    from ogi.read import report_id_for
    assert reports["crash.txt"].report_id == report_id_for("崩溃的文件".encode())


def test_parquet_parts_roll_over_and_hold_exactly_the_csv_rows(tmp_path):
    import pandas as pd
    from ogi.tidy import read_table_csv

    reports = list(parse_many(iter_inputs([make_corpus(tmp_path / "in")]), jobs=0))
    writer = TableWriter(tmp_path / "out", batch_rows=3, part_rows=4)
    for _ in range(4):
        for report in reports:
            writer.write(report)
    writer.close()
    parts = sorted((tmp_path / "out" / "reports").glob("part-*.parquet"))
    assert len(parts) == 5                                   # 20 report rows, 4 per part
    for name in ("reports", "facts", "checks"):
        from_csv = read_table_csv(tmp_path / "out" / f"{name}.csv", name)
        assert from_csv.equals(pd.read_parquet(tmp_path / "out" / f"{name}.parquet"))
        assert from_csv.equals(pd.read_parquet(tmp_path / "out" / name))


def test_a_carriage_return_in_a_field_keeps_its_row_whole(tmp_path):
    import pandas as pd
    from ogi.model import Check, Fact, Metadata
    from ogi.tidy import read_table_csv

    odd = ParsedReport("odd\rname.txt", "r1", "txt", "ok", metadata=Metadata(agency="甲\r乙局"),
                       facts=[Fact(measure="proactive", key="total", value=3, unit="item",
                                   evidence="公开3条")],
                       checks=[Check("sum", "pass", "a\rb")])
    plain = ParsedReport("plain.txt", "r2", "txt", "ok")
    writer = TableWriter(tmp_path / "out", batch_rows=1)
    for report in (odd, plain, odd):
        writer.write(report)
    writer.close()
    for name in ("reports", "facts", "checks"):
        from_csv = read_table_csv(tmp_path / "out" / f"{name}.csv", name)
        assert from_csv.equals(pd.read_parquet(tmp_path / "out" / f"{name}.parquet"))
    reports = read_table_csv(tmp_path / "out" / "reports.csv", "reports")
    assert list(reports["source_file"]) == ["odd\rname.txt", "plain.txt", "odd\rname.txt"]
    assert reports["agency"][0] == "甲\r乙局"


def test_an_aborted_writer_leaves_the_last_outputs_and_no_scratch_files(tmp_path):
    out = tmp_path / "out"
    first = TableWriter(out)
    first.write(ParsedReport("a.txt", "r1", "txt", "ok"))
    first.close()
    before = {p.name: p.read_bytes() for p in out.glob("*.csv")}
    second = TableWriter(out)
    second.write(ParsedReport("b.txt", "r2", "txt", "ok"))
    second.abort()
    assert {p.name: p.read_bytes() for p in out.glob("*.csv")} == before
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_a_named_pipe_is_reported_not_read(tmp_path):
    # Opening a FIFO with no writer blocks forever: hashing (ids, cache) and reading must not.
    from click.testing import CliRunner
    from ogi.cli import main

    corpus = make_corpus(tmp_path / "in")
    os.mkfifo(corpus / "pipe.txt")
    result = CliRunner().invoke(main, ["parse", str(corpus), "--out", str(tmp_path / "out"),
                                       "--no-progress"])
    assert result.exit_code == 0, result.output
    import csv
    with (tmp_path / "out" / "reports.csv").open(encoding="utf-8") as fh:
        rows = {r["source_file"]: r for r in csv.DictReader(fh)}
    assert rows["pipe.txt"]["status"] == "failed"
    assert "not a regular file" in rows["pipe.txt"]["error"]
    assert all(rows[name]["status"] == "ok" for name in SNIPPETS)
