"""Published outputs are never corrupted, never half-new, never silently wrong (issue 14).

Each test reproduces one fault found by an audit of `ogi parse` and `ogi run` run from cron
beside a person: two runs into one folder, killed parents, damaged caches, hostile names and
files. Real processes where the fault needs them (subprocess, os.kill); waits are bounded and
nothing asserts on time.
"""
from __future__ import annotations

import errno
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pandas as pd
import pytest
import yaml
from click.testing import CliRunner
from malformed import good_docx_bytes
from ogi import pipeline, tidy
from ogi.cache import _zstd_compress, _zstd_decompress
from ogi.cli import main
from ogi.pipeline import InputFile, iter_inputs, parse_file
from test_pipeline import SNIPPETS, make_corpus, output_bytes

TABLE_FILES = ("reports.csv", "facts.csv", "checks.csv")

# `ogi` with every parsed file and every executed notebook slowed down and announced: the
# worker touches OGI_TEST_MARKS/<pid> when it starts one, waits for the file OGI_TEST_GATE if
# set, then sleeps OGI_TEST_SLEEP seconds (a notebook is then not executed at all). Workers
# are forked, so they inherit the patches.
SLOW_OGI = """
import os, sys, time
from pathlib import Path
from ogi import pipeline, runs
def announce():
    if os.environ.get("OGI_TEST_MARKS"):
        Path(os.environ["OGI_TEST_MARKS"], str(os.getpid())).touch()
    gate = os.environ.get("OGI_TEST_GATE")
    for _ in range(1200):
        if not gate or os.path.exists(gate):
            break
        time.sleep(0.05)
    time.sleep(float(os.environ.get("OGI_TEST_SLEEP", "0")))
real = pipeline.parse_rendered
def slow_parse(item):
    announce()
    return real(item)
def slow_execute(*args, **kwargs):
    announce()
    return {"error": "not run", "seconds": 0.0, "output": ""}
pipeline.parse_rendered = slow_parse
if os.environ.get("OGI_TEST_MARKS"):
    runs.execute = slow_execute
from ogi.cli import main
main(sys.argv[1:], prog_name="ogi")
"""


def parse(*args: str):
    return CliRunner().invoke(main, ["parse", *args, "--no-progress"])


def start_ogi(args: list[str], marks: Path | None = None, sleep: float = 0.0,
              gate: Path | None = None):
    env = {**os.environ, "OGI_TEST_SLEEP": str(sleep), "OGI_TEST_GATE": str(gate or "")}
    if marks is not None:
        marks.mkdir(exist_ok=True)
        env["OGI_TEST_MARKS"] = str(marks)
    return subprocess.Popen([sys.executable, "-c", SLOW_OGI, *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def wait_for(condition, timeout: float = 30.0, what: str = "condition") -> None:
    """Poll until condition() holds; a bound on a hang, not a timing assertion."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.05)


def alive(pid: int) -> bool:
    """Running (a zombie nobody has reaped yet is dead)."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except FileNotFoundError:
        return False


def published(out: Path) -> dict[str, pd.DataFrame]:
    """Every table as CSV, single Parquet and partitioned Parquet, checked to agree."""
    tables = {}
    for name in ("reports", "facts", "checks"):
        csv = tidy.read_table_csv(out / f"{name}.csv", name)
        for twin in (pd.read_parquet(out / f"{name}.parquet"), pd.read_parquet(out / name)):
            assert list(twin["source_file"]) == list(csv["source_file"]), name
        tables[name] = csv
    return tables


def published_bytes(out: Path) -> dict[str, bytes]:
    """The published files (hidden scratch and bookkeeping files left out)."""
    return {name: data for name, data in output_bytes(out).items()
            if not name.startswith(".")}


def no_scratch(out: Path) -> bool:
    return not [p for p in out.iterdir() if p.name.startswith(".ogi-staging-")
                or p.name.endswith(".tmp")]


# --- 1. two `ogi parse` into one --out ------------------------------------------------------

def test_two_parses_into_one_out_wait_for_each_other_and_never_publish_a_mix(tmp_path):
    first = make_corpus(tmp_path / "first")
    second = tmp_path / "second"
    second.mkdir()
    (second / "only.txt").write_text("西川县2018年政府信息公开工作年度报告\n公开信息9条。\n",
                                     encoding="utf-8")
    out, marks, gate = tmp_path / "out", tmp_path / "marks", tmp_path / "gate"
    slow = start_ogi(["parse", str(first), "--out", str(out), "--no-cache", "-j", "1",
                      "--no-progress"], marks, gate=gate)
    wait_for(lambda: any(marks.iterdir()), what="the first parse to start")
    # The second run starts while the first is writing; the first goes on once the second
    # has either said it waits (fixed) or written its outputs over the first's (the fault).
    fast = start_ogi(["parse", str(second), "--out", str(out), "--no-cache", "-j", "1",
                      "--no-progress"])
    fast_err = fast.stderr.readline()
    gate.touch()
    fast_err += fast.communicate(timeout=120)[1]
    _, slow_err = slow.communicate(timeout=120)
    assert (slow.returncode, fast.returncode) == (0, 0), (slow_err, fast_err)
    assert fast_err.startswith(b"waiting for another `ogi parse`")
    # The second run waited, so it published last: its tables, whole, and nothing of the first.
    tables = published(out)
    assert list(tables["reports"]["source_file"]) == ["only.txt"]
    assert set(tables["facts"]["source_file"]) == {"only.txt"}
    assert b"\0" not in (out / "reports.csv").read_bytes()
    assert no_scratch(out)


def test_a_parse_with_no_wait_refuses_a_busy_out(tmp_path):
    from filelock import FileLock

    corpus = make_corpus(tmp_path / "in")
    out = tmp_path / "out"
    out.mkdir()
    with FileLock(str(out / ".ogi-parse.lock")):
        result = parse(str(corpus), "--out", str(out), "--no-cache", "-j", "0", "--no-wait")
    assert result.exit_code == 3, result.output
    assert "busy" in result.output and len(result.output.strip().splitlines()) == 1
    assert not (out / "reports.csv").exists()


# --- 2. a file name that is not valid UTF-8 -------------------------------------------------

@pytest.mark.parametrize("cache", [True, False])
def test_a_file_name_that_is_not_utf8_gets_its_row(tmp_path, cache):
    corpus = make_corpus(tmp_path / "in")
    gbk_name = "报告.txt".encode("gbk")                      # unzipped on Linux as raw bytes
    (corpus / os.fsdecode(gbk_name)).write_bytes(SNIPPETS["b_town.txt"].encode("utf-8"))
    options = ["--cache-dir", str(tmp_path / "cache")] if cache else ["--no-cache"]
    result = parse(str(corpus), "--out", str(tmp_path / "out"), "-j", "1", *options)
    assert result.exit_code == 0, result.output
    reports = published(tmp_path / "out")["reports"].set_index("source_file")
    shown = "\\xb1\\xa8\\xb8\\xe6.txt"
    assert reports.loc[shown, "status"] == "ok"
    assert reports.loc[shown, "n_facts"] == reports.loc["b_town.txt", "n_facts"] > 0


# --- 3. workers die with their parent -------------------------------------------------------

@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_parse_workers_die_with_their_parent(tmp_path, sig):
    corpus = make_corpus(tmp_path / "in")
    out, marks = tmp_path / "out", tmp_path / "marks"
    assert parse(str(corpus), "--out", str(out), "--no-cache", "-j", "0").exit_code == 0
    before = published_bytes(out)
    parent = start_ogi(["parse", str(corpus), "--out", str(out), "--no-cache", "-j", "2",
                        "--no-progress"], marks, sleep=60)
    wait_for(lambda: len(list(marks.iterdir())) == 2, what="both workers to start")
    workers = [int(p.name) for p in marks.iterdir()]
    parent.send_signal(sig)
    _, err = parent.communicate(timeout=30)
    wait_for(lambda: not any(alive(pid) for pid in workers), what="the workers to die")
    if sig == signal.SIGTERM:   # a clean stop: one line, its own code, no scratch files left
        assert parent.returncode == 143, err
        assert err.decode().strip().splitlines() == [f"Error: terminated: outputs in {out} "
                                                     f"left as they were"]
        assert no_scratch(out)
    assert published_bytes(out) == before
    # A SIGKILL leaves scratch files; the next run into the folder removes them.
    assert parse(str(corpus), "--out", str(out), "--no-cache", "-j", "0").exit_code == 0
    assert no_scratch(out)


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_run_workers_die_with_their_parent(tmp_path, sig):
    from test_runs import make_notebook

    notebooks = [make_notebook(tmp_path / f"{name}.ipynb", "n: int = 1", "print(n)")
                 for name in ("a", "b")]
    marks = tmp_path / "marks"
    parent = start_ogi(["run", *map(str, notebooks), "--reports-dir", str(tmp_path / "r"),
                        "--no-progress"], marks, sleep=60)
    # `ogi run` imports papermill before it starts a worker: slow on a busy machine.
    wait_for(lambda: len(list(marks.iterdir())) == 2, timeout=120, what="both workers to start")
    workers = [int(p.name) for p in marks.iterdir()]
    parent.send_signal(sig)
    parent.communicate(timeout=30)
    wait_for(lambda: not any(alive(pid) for pid in workers), what="the workers to die")


@pytest.mark.notebooks
@pytest.mark.slow
def test_run_kernels_die_with_their_parent(tmp_path):
    """The kernel a worker started goes too (ipykernel watches its parent's pid)."""
    from test_runs import make_notebook

    pids = tmp_path / "pids.txt"
    notebook = make_notebook(
        tmp_path / "sleeper.ipynb", "n: int = 1",
        f"import os, time\nopen({str(pids)!r}, 'w').write(f'{{os.getpid()}} {{os.getppid()}}')"
        f"\ntime.sleep(120)")
    parent = start_ogi(["run", str(notebook), "--reports-dir", str(tmp_path / "r"),
                        "--no-progress"])
    wait_for(lambda: pids.exists() and " " in pids.read_text(), timeout=120,
             what="the kernel to start")
    kernel, worker = map(int, pids.read_text().split())
    parent.kill()
    parent.communicate(timeout=30)
    wait_for(lambda: not alive(worker) and not alive(kernel), what="worker and kernel to die")


# --- 4. a damaged cache ---------------------------------------------------------------------

@pytest.mark.parametrize("damage", ["not_a_database", "cache_dir_is_a_file"])
def test_an_unusable_cache_is_skipped_with_one_warning(tmp_path, damage):
    corpus = make_corpus(tmp_path / "in")
    cache = tmp_path / "cache"
    if damage == "not_a_database":
        cache.mkdir()
        (cache / "results.sqlite").write_bytes(b"this is not SQLite " * 100)
    else:
        cache.write_text("a file where the cache folder should be", encoding="utf-8")
    result = parse(str(corpus), "--out", str(tmp_path / "out"), "--cache-dir", str(cache),
                   "-j", "1")
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if "warning" in line]
    assert len(warnings) == 1 and "cache" in warnings[0], result.output
    assert sorted(published(tmp_path / "out")["reports"]["source_file"]) == sorted(SNIPPETS)


def test_a_changed_cache_value_is_a_miss_not_a_published_number(tmp_path):
    corpus = make_corpus(tmp_path / "in")
    args = [str(corpus), "--out", str(tmp_path / "out"), "--cache-dir", str(tmp_path / "cache"),
            "-j", "0"]
    assert parse(*args).exit_code == 0
    expected = (tmp_path / "out" / "facts.csv").read_bytes()
    assert b",120," in expected
    # One stored value altered as a flipped bit would: still valid zstd, a different number.
    with sqlite3.connect(tmp_path / "cache" / "results.sqlite") as db:
        for key, fields, rows in db.execute("SELECT key, fields, rows FROM results_v3"):
            sizes = json.loads(fields)["csv_sizes"]
            data = _zstd_decompress(rows, sum(sizes.values()))
            if b",120," in data:
                changed = data.replace(b",120,", b",121,")
                db.execute("UPDATE results_v3 SET rows = ? WHERE key = ?",
                           (_zstd_compress(changed), key))
    (tmp_path / "out" / ".ogi-run.json").unlink()   # not the shortcut: read the cache
    result = parse(*args)
    assert result.exit_code == 0, result.output
    assert f"({len(SNIPPETS) - 1} from cache)" in result.output
    assert (tmp_path / "out" / "facts.csv").read_bytes() == expected


# --- 5. unreadable folders, empty input -----------------------------------------------------

def test_an_unreadable_folder_gets_a_failed_row_and_counts_for_fail_on_error(tmp_path,
                                                                          monkeypatch):
    corpus = make_corpus(tmp_path / "in")
    real_scandir = os.scandir

    def scandir(path="."):   # what a folder without read permission does (root reads all)
        if isinstance(path, (str, os.PathLike)) and Path(path) == corpus / "sub":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = parse(str(corpus), "--out", str(tmp_path / "out"), "--no-cache", "-j", "0",
                   "--fail-on-error")
    assert result.exit_code == 1, result.output
    reports = published(tmp_path / "out")["reports"].set_index("source_file")
    assert reports.loc["sub/", "status"] == "failed"
    assert reports.loc["sub/", "error"].startswith("folder cannot be read: permission denied")
    assert "sub/c_dept.txt" not in reports.index and "a_county.txt" in reports.index


def test_an_empty_input_folder_keeps_the_existing_outputs(tmp_path):
    corpus = make_corpus(tmp_path / "in")
    out = tmp_path / "out"
    assert parse(str(corpus), "--out", str(out), "--no-cache", "-j", "0").exit_code == 0
    before = output_bytes(out)
    (tmp_path / "empty").mkdir()
    result = parse(str(tmp_path / "empty"), "--out", str(out), "--no-cache", "-j", "0")
    assert result.exit_code == 5
    assert "no input files" in result.output and len(result.output.strip().splitlines()) == 1
    assert output_bytes(out) == before


# --- 6. failures caused by the limits are not cached ----------------------------------------

def test_a_memory_limit_failure_is_parsed_again_once_the_limit_allows(tmp_path, monkeypatch):
    corpus = make_corpus(tmp_path / "in")
    args = [str(corpus), "--out", str(tmp_path / "out"), "--cache-dir", str(tmp_path / "cache"),
            "-j", "0"]
    real = pipeline.read_document

    def greedy(path, source_file):
        if source_file == "b_town.txt":
            raise MemoryError
        return real(path, source_file)

    monkeypatch.setattr(pipeline, "read_document", greedy)
    assert parse(*args).exit_code == 0
    reports = published(tmp_path / "out")["reports"].set_index("source_file")
    assert reports.loc["b_town.txt", "error"].startswith("exceeded the memory limit")
    monkeypatch.setattr(pipeline, "read_document", real)   # the limit raised: enough memory
    result = parse(*args)
    assert f"({len(SNIPPETS) - 1} from cache)" in result.output
    reports = published(tmp_path / "out")["reports"].set_index("source_file")
    assert reports.loc["b_town.txt", "status"] == "ok"


# --- 7. --out inside the input folder -------------------------------------------------------

def test_out_inside_the_input_folder_is_not_read_back(tmp_path):
    corpus = make_corpus(tmp_path / "in")
    for _ in range(2):
        result = parse(str(corpus), "--out", str(corpus / "out"), "-j", "0",
                       "--cache-dir", str(corpus / "cache"))
        assert result.exit_code == 0, result.output
        reports = published(corpus / "out")["reports"]
        assert sorted(reports["source_file"]) == sorted(SNIPPETS)


# --- 8. all-or-nothing publishing; the shortcut checks every file ---------------------------

def _edit(corpus: Path) -> None:
    (corpus / "b_town.txt").write_text("青河镇2020年政府信息公开工作年度报告\n公开信息7条。\n",
                                       encoding="utf-8")


def test_a_failure_while_finishing_one_table_publishes_none(tmp_path, monkeypatch):
    corpus = make_corpus(tmp_path / "in")
    out = tmp_path / "out"
    assert parse(str(corpus), "--out", str(out), "--no-cache", "-j", "0").exit_code == 0
    before = output_bytes(out)
    _edit(corpus)
    real_close = tidy._ParquetSink.close

    def close(sink):
        if sink.name == "checks":
            raise OSError(errno.ENOSPC, "No space left on device")
        real_close(sink)

    monkeypatch.setattr(tidy._ParquetSink, "close", close)
    result = parse(str(corpus), "--out", str(out), "--no-cache", "-j", "0")
    assert result.exit_code == 4
    assert "no space left on device" in result.output
    assert output_bytes(out) == before and no_scratch(out)


def test_a_failure_while_swapping_puts_the_old_outputs_back(tmp_path, monkeypatch):
    corpus = make_corpus(tmp_path / "in")
    out = tmp_path / "out"
    assert parse(str(corpus), "--out", str(out), "--no-cache", "-j", "0").exit_code == 0
    before = output_bytes(out)
    _edit(corpus)
    real_replace = os.replace
    failed = []

    def replace(src, dst):
        if Path(dst) == out / "facts.parquet" and not failed:   # half the tables swapped
            failed.append(dst)
            raise OSError(errno.EIO, "Input/output error")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    result = parse(str(corpus), "--out", str(out), "--no-cache", "-j", "0")
    assert result.exit_code == 4, result.output
    assert failed and output_bytes(out) == before and no_scratch(out)


def test_the_unchanged_shortcut_checks_the_partitioned_parts(tmp_path):
    corpus = make_corpus(tmp_path / "in")
    out = tmp_path / "out"
    args = [str(corpus), "--out", str(out), "--cache-dir", str(tmp_path / "cache"), "-j", "0"]
    assert parse(*args).exit_code == 0
    part = out / "facts" / "part-0000.parquet"
    whole = part.read_bytes()
    part.write_bytes(whole[: len(whole) // 2])
    result = parse(*args)
    assert result.exit_code == 0 and "outputs kept" not in result.output
    assert part.read_bytes() == whole


# --- 9. one-line messages instead of tracebacks ---------------------------------------------

def test_out_that_is_a_file_is_one_line_and_exit_4(tmp_path):
    corpus = make_corpus(tmp_path / "in")
    (tmp_path / "out").write_text("not a folder", encoding="utf-8")
    for out in (tmp_path / "out", tmp_path / "out" / "below"):
        result = parse(str(corpus), "--out", str(out), "--no-cache", "-j", "0")
        assert result.exit_code == 4, result.output
        assert len(result.output.strip().splitlines()) == 1, result.output
        assert "Traceback" not in result.output


@pytest.mark.parametrize("failure", [(errno.ENOSPC, "No space left on device"),
                                     (errno.EROFS, "Read-only file system")])
def test_an_output_write_error_is_one_line_and_exit_4(tmp_path, monkeypatch, failure):
    corpus = make_corpus(tmp_path / "in")
    out = tmp_path / "out"

    def write(self, report):
        raise OSError(*failure)

    monkeypatch.setattr(tidy.TableWriter, "write", write)
    result = parse(str(corpus), "--out", str(out), "--no-cache", "-j", "1")
    assert result.exit_code == 4
    assert result.output.strip().splitlines() == [
        f"Error: cannot write outputs in {out}: {failure[1].lower()}; outputs left as they were"]
    assert no_scratch(out)


def test_bad_yaml_for_a_run_parameter_is_a_usage_error(tmp_path):
    from test_runs import make_notebook

    notebook = make_notebook(tmp_path / "a.ipynb", "n: int = 1", "print(n)")
    result = CliRunner().invoke(main, ["run", str(notebook), "-p", "n", "[1, 2",
                                       "--reports-dir", str(tmp_path / "r")])
    assert result.exit_code == 2
    assert result.output.startswith("Error: -p n: not valid YAML")
    assert len(result.output.strip().splitlines()) == 1
    params = tmp_path / "p.yaml"
    params.write_text("n: [1,\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(notebook), "-f", str(params),
                                       "--reports-dir", str(tmp_path / "r")])
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: {params}: not valid YAML")
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize("name", ["../escape", "a/../../escape", ".."])
def test_a_run_name_cannot_write_outside_the_reports_folder(tmp_path, name):
    from test_runs import make_notebook

    notebook = make_notebook(tmp_path / "a.ipynb", "n: int = 1", "print(n)")
    config = tmp_path / "run.yaml"
    config.write_text(yaml.safe_dump({"notebooks": [str(notebook)],
                                      "parameter_sets": {name: {"n": 2}},
                                      "reports_dir": str(tmp_path / "r" / "reports")}))
    for args in (["--config", str(config)],
                 [str(notebook), "--name", name, "--reports-dir", str(tmp_path / "r" / "reports")]):
        result = CliRunner().invoke(main, ["run", *args, "--no-progress"])
        assert result.exit_code == 2, result.output
        assert "must be a plain name" in result.output
    assert not [p for p in tmp_path.rglob("*") if p.suffix in (".log", ".ipynb")
                and p != notebook]


def entity_bomb_docx() -> bytes:
    """A Word document whose XML declares nested entities ("billion laughs")."""
    source = zipfile.ZipFile(io.BytesIO(good_docx_bytes()))
    dtd = "".join(f'<!ENTITY e{i} "{f"&e{i - 1};" * 10 if i else "ha"}">' for i in range(10))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                prolog, body = data.decode("utf-8").split("?>", 1)
                data = (f"{prolog}?><!DOCTYPE d [{dtd}]>"
                        + body.replace("<w:t>", "<w:t>&e9;", 1)).encode("utf-8")
            archive.writestr(info.filename, data)
    return buffer.getvalue()


def test_a_billion_laughs_docx_is_refused_as_such(tmp_path):
    path = tmp_path / "laughs.docx"
    path.write_bytes(entity_bomb_docx())
    report = parse_file(InputFile(path, path.name))
    assert report.status == "failed"
    assert "entity bomb" in report.error and "internal error" not in report.error


def test_folders_990_deep_are_walked(tmp_path):
    chain = [tmp_path / "d"]
    for _ in range(989):   # one by one: mkdir(parents=True) and rmtree recurse themselves
        chain.append(chain[-1] / "d")
    try:
        for folder in chain:
            folder.mkdir()
        (chain[-1] / "report.txt").write_text(SNIPPETS["b_town.txt"], encoding="utf-8")
        (tmp_path / "top.txt").write_text(SNIPPETS["a_county.txt"], encoding="utf-8")
        names = [item.source_file for item in iter_inputs([tmp_path])]
        assert names == ["d/" * 990 + "report.txt", "top.txt"]
    finally:
        (chain[-1] / "report.txt").unlink(missing_ok=True)
        for folder in reversed(chain):
            if folder.exists():
                folder.rmdir()


# --- 10. files that are not reports say so --------------------------------------------------

def test_files_that_are_not_reports_say_so(tmp_path):
    corpus = make_corpus(tmp_path / "in", {
        "links.tsv": "url\ttitle\nhttp://example.org/a\t某县报告\n",
        "meta.json": '{"source": "crawl", "n": 3}\n',
        "Makefile": "all:\n\tpython build.py --year 2020\n",
    })
    result = parse(str(corpus), "--out", str(tmp_path / "out"), "--no-cache", "-j", "0",
                   "--fail-on-error")
    assert result.exit_code == 1
    reports = published(tmp_path / "out")["reports"].set_index("source_file")
    for name in ("links.tsv", "meta.json", "Makefile"):
        assert reports.loc[name, "status"] == "failed"
        assert reports.loc[name, "error"].startswith("not a report:"), name
    assert set(reports.loc[list(SNIPPETS), "status"]) == {"ok"}
