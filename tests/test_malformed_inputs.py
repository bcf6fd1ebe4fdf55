"""Every kind of bad input, built by code, through the real pipeline: a clear status and reason,
good files unaffected by bad neighbours, and no input file ever modified."""
from __future__ import annotations

import hashlib
import os
import re
import shutil
from pathlib import Path

import pytest
from malformed import CASES, GOOD, dir_loop
from ogi.pipeline import iter_inputs, parse_file, parse_many
from ogi.read import MAX_BYTES_ENV


def run(folder: Path):
    """Every input's ParsedReport (facts included), parsed in this process; the worker-process
    path is compared against it in the mixed-folder test."""
    return [parse_file(item) for item in iter_inputs([folder])]


def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    """sha256 and mode of every regular file under folder (symlinks not followed)."""
    state = {}
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        state[str(path)] = (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mode)
    return state


def assert_human_reason(reason: str) -> None:
    assert reason, "a failed or partial file needs a reason"
    assert "\n" not in reason and len(reason) <= 300, reason
    assert "internal error" not in reason and "Traceback" not in reason, reason
    assert not re.search(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)*Error\b", reason), \
        f"exception class name leaked into the reason: {reason}"
    assert re.search(r"[a-z]{3,}", reason), reason   # words, not just codes


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_malformed_kind(case, tmp_path):
    folder = tmp_path / case.name
    folder.mkdir()
    built = case.build(folder)
    before = snapshot(folder)
    reports = run(folder)
    assert [r.source_file for r in reports] == [built.name]
    report = reports[0]
    assert report.status == case.status, (report.status, report.error)
    if case.status == "ok":
        assert report.error == ""
    else:
        assert case.reason in report.error
        assert_human_reason(report.error)
    assert snapshot(folder) == before


def test_good_report_yields_facts(tmp_path):
    # The control the decoding cases are compared against really produces facts.
    GOOD["good.txt"](tmp_path)
    [report] = run(tmp_path)
    assert report.status == "ok" and report.facts


DECODING_CASES = ["gbk", "gb18030", "big5", "utf16_le_bom", "utf16_be_bom", "utf16_le_no_bom",
                  "utf16_be_no_bom", "utf8_bom", "traditional", "mixed_encodings"]


@pytest.mark.parametrize("name", DECODING_CASES)
def test_encodings_give_the_same_facts_as_utf8(name, tmp_path):
    GOOD["good.txt"](tmp_path)
    [control] = run(tmp_path)
    other = tmp_path / name
    other.mkdir()
    next(c for c in CASES if c.name == name).build(other)
    [report] = run(other)
    assert _values(report) == _values(control)


def _values(report):
    return sorted((f.measure, f.key, f.value, f.char_start) for f in report.facts)


def test_size_limit_from_environment(tmp_path, monkeypatch):
    GOOD["good.txt"](tmp_path)
    monkeypatch.setenv(MAX_BYTES_ENV, "100")
    [report] = run(tmp_path)
    assert report.status == "failed"
    assert report.error.startswith("file too large (") and "> 100 bytes limit" in report.error
    assert_human_reason(report.error)


def test_unreadable_file_chmod(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("running as root: chmod 000 does not stop root from reading "
                    "(the simulated case below covers the reason)")
    path = GOOD["good.txt"](tmp_path)
    path.chmod(0)
    try:
        [report] = run(tmp_path)
    finally:
        path.chmod(0o644)
    assert report.status == "failed" and "permission denied" in report.error


def test_unreadable_file_simulated(tmp_path, monkeypatch):
    path = GOOD["good.txt"](tmp_path)
    real_read_bytes = Path.read_bytes

    def read_bytes(self):
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    [report] = run(tmp_path)
    assert report.status == "failed" and "permission denied" in report.error
    assert_human_reason(report.error)


def test_directory_symlink_loop_is_walked_once(tmp_path):
    dir_loop(tmp_path)
    reports = run(tmp_path)
    assert [r.source_file for r in reports] == ["sub/report.txt"]
    assert reports[0].status == "ok"


def test_mixed_folder_good_files_parse_as_when_alone(tmp_path):
    mixed = tmp_path / "mixed"
    mixed.mkdir()
    for case in CASES:
        if case.name != "large_text_20mb":       # covered on its own; keeps this test quick
            case.build(mixed)
    for build in GOOD.values():
        build(mixed)
    before = snapshot(mixed)
    together = {r.source_file: r for r in run(mixed)}
    assert snapshot(mixed) == before
    # The supervised worker processes give every file the same status and reason.
    in_workers = list(parse_many(list(iter_inputs([mixed])), jobs=2))
    assert [(r.source_file, r.status, r.error) for r in in_workers] == \
        [(r.source_file, r.status, r.error) for r in together.values()]
    assert snapshot(mixed) == before
    for name in GOOD:
        alone_dir = tmp_path / ("alone_" + name.replace(".", "_"))
        alone_dir.mkdir()
        shutil.copyfile(mixed / name, alone_dir / name)
        [alone] = run(alone_dir)
        mixed_report = together[name]
        assert mixed_report.status == alone.status == "ok", (name, mixed_report.error)
        assert mixed_report.facts == alone.facts, name
        assert mixed_report.metadata == alone.metadata, name
        assert mixed_report.report_id == alone.report_id
    assert len(together) == len(CASES) - 1 + len(GOOD)


def test_chinese_numerals_are_read_at_their_offsets(tmp_path):
    from malformed import REPORT_CN_NUMERALS

    next(c for c in CASES if c.name == "chinese_numerals").build(tmp_path)
    [report] = run(tmp_path)
    found = {f.value: REPORT_CN_NUMERALS[f.char_start:f.char_end] for f in report.facts}
    assert found.get(120.0) == "一百二十" and found.get(12.0) == "十二"


def test_cli_reports_csv_has_one_line_reasons(tmp_path):
    import csv

    from click.testing import CliRunner
    from ogi.cli import main

    inputs = tmp_path / "in"
    inputs.mkdir()
    chosen = {"jpeg_named_txt", "encrypted_pdf", "docx_zip_bomb", "mixed_encodings", "gbk"}
    for case in CASES:
        if case.name in chosen:
            case.build(inputs)
    result = CliRunner().invoke(main, ["parse", str(inputs), "--out", str(tmp_path / "out"),
                                       "--no-progress", "--no-cache", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    with open(tmp_path / "out" / "reports.csv", encoding="utf-8", newline="") as fh:
        rows = {row["source_file"]: row for row in csv.DictReader(fh)}
    expected = [c for c in CASES if c.name in chosen]
    assert len(rows) == len(expected)
    for row in rows.values():
        if row["status"] != "ok":
            assert_human_reason(row["error"])
    assert sorted(r["status"] for r in rows.values()) == sorted(c.status for c in expected)
