"""`ogi run`: parameters validated before anything runs; parallel, incremental, failure-tolerant
execution of notebooks x parameter sets (tiny notebooks, so the kernels start quickly)."""
from __future__ import annotations

import json

import click
import nbformat
import pytest
import yaml
from click.testing import CliRunner
from ogi import runs
from ogi.cli import main


def make_notebook(path, parameters: str, body: str):
    cells = [nbformat.v4.new_code_cell(parameters), nbformat.v4.new_code_cell(body)]
    cells[0].metadata["tags"] = ["parameters"]
    book = nbformat.v4.new_notebook(cells=cells)
    book.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                   "language": "python"}
    nbformat.write(book, path)
    return path


@pytest.fixture()
def doubler(tmp_path):
    return make_notebook(tmp_path / "a.ipynb",
                         'n: int = 1  # a number\nlabel: str = "x"  # a label\nreq: str = None  # required',
                         'print("double", n * 2)')


def test_unknown_parameter_names_file_and_line(doubler, tmp_path):
    params = tmp_path / "p.yaml"
    params.write_text("# header\nn: 2\nreq: ok\nnn: 3\n")
    run = runs.Run(doubler, "p", runs.read_params_file(params))
    with pytest.raises(click.ClickException, match=rf"{params}:4: unknown parameter 'nn'"):
        runs.validate(run)


def test_wrong_type_and_missing_required(doubler, tmp_path):
    params = tmp_path / "p.yaml"
    params.write_text("n: two\n")
    run = runs.Run(doubler, "p", runs.read_params_file(params))
    with pytest.raises(click.ClickException) as err:
        runs.validate(run)
    assert f"{params}:1: 'n' must be int, got str 'two'" in err.value.message
    assert "required parameter 'req' not given" in err.value.message


def test_cli_rejects_bad_parameters_before_running(doubler, tmp_path):
    result = CliRunner().invoke(main, ["run", str(doubler), "-p", "n", "[1, 2]", "-p", "req", "x",
                                       "--reports-dir", str(tmp_path / "r")])
    assert result.exit_code != 0
    assert "-p n: 'n' must be int, got list [1, 2]" in result.output
    assert not (tmp_path / "r" / "adhoc" / "logs").exists()


def _config(tmp_path, notebooks, sets):
    config = tmp_path / "run.yaml"
    config.write_text(yaml.safe_dump({"name": "t", "notebooks": [str(n) for n in notebooks],
                                      "parameter_sets": sets,
                                      "reports_dir": str(tmp_path / "reports")}))
    return config


def _statuses(output: str) -> dict[str, str]:
    rows = [line.split() for line in output.splitlines()]
    return {r[0]: r[1] for r in rows if len(r) >= 2 and "__" in r[0]}


@pytest.mark.notebooks
def test_incremental_config_runs(doubler, tmp_path):
    (tmp_path / "x.yaml").write_text("n: 2\nreq: a\n")
    (tmp_path / "y.yaml").write_text("n: 5\nreq: b\n")
    config = _config(tmp_path, [doubler], {"x": str(tmp_path / "x.yaml"),
                                           "y": str(tmp_path / "y.yaml")})
    args = ["run", "--config", str(config), "--no-progress"]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    assert _statuses(first.output) == {"a__x": "ok", "a__y": "ok"}
    out = tmp_path / "reports" / "t"
    assert (out / "a__x.html").exists() and (out / "logs" / "a__y.log").exists()

    second = CliRunner().invoke(main, args)
    assert _statuses(second.output) == {"a__x": "skipped", "a__y": "skipped"}

    (tmp_path / "y.yaml").write_text("n: 7\nreq: b\n")
    third = CliRunner().invoke(main, args)
    assert _statuses(third.output) == {"a__x": "skipped", "a__y": "ok"}
    book = nbformat.read(out / "a__y.ipynb", as_version=4)
    printed = "".join(o.get("text", "") for c in book.cells for o in c.get("outputs", []))
    assert "double 14" in printed
    state = json.loads((out / ".state.json").read_text())
    assert state["a__y"]["parameters"] == {"n": 7, "req": "b"}


@pytest.mark.notebooks
def test_a_failing_notebook_leaves_the_others_done(doubler, tmp_path):
    broken = make_notebook(tmp_path / "b.ipynb", 'req: str = "x"  # unused',
                           'raise RuntimeError("boom")')
    config = _config(tmp_path, [broken, doubler], {"s": {"req": "r"}})
    result = CliRunner().invoke(main, ["run", "--config", str(config), "--no-progress"])
    assert result.exit_code == 1
    assert _statuses(result.output) == {"b__s": "failed", "a__s": "ok"}
    assert "1 ok, 0 skipped, 1 failed" in result.output
    kept = nbformat.read(tmp_path / "reports" / "t" / "b__s.ipynb", as_version=4)
    errors = [o for c in kept.cells for o in c.get("outputs", []) if o.output_type == "error"]
    assert errors and errors[0].ename == "RuntimeError"
    assert any("An Exception was encountered" in "".join(c.source) for c in kept.cells)
    assert not (tmp_path / "reports" / "t" / "b__s.html").exists()
    # a failed run is not recorded as done: the next invocation tries it again
    again = CliRunner().invoke(main, ["run", "--config", str(config), "--no-progress"])
    assert _statuses(again.output) == {"b__s": "failed", "a__s": "skipped"}


def test_a_second_run_waits_for_the_lock(doubler, tmp_path, capsys):
    """Two runs into the same folder never overlap: the second blocks on the lock file."""
    import threading

    from filelock import FileLock

    folder = tmp_path / "reports"
    (folder / "t").mkdir(parents=True)
    holder = FileLock(str(folder / "t" / runs.LOCK_FILE))
    holder.acquire()
    done = threading.Event()
    worker = threading.Thread(target=lambda: (runs.run_all([], "t", folder, progress=False),
                                              done.set()))
    worker.start()
    assert not done.wait(1.0), "run_all went ahead while another run held the lock"
    holder.release()
    worker.join(30)
    assert done.is_set()
    assert "waiting for another `ogi run`" in capsys.readouterr().err


@pytest.mark.notebooks
def test_paths_are_relative_to_the_current_directory_and_missing_outputs_rerun(tmp_path,
                                                                              monkeypatch):
    """-p figures_dir figs means ./figs of the caller, though the kernel starts in the
    notebook's folder; a run whose figure was deleted is not 'unchanged'; the summary says
    where the figures went; ad-hoc runs with other values keep their own outputs."""
    folder = tmp_path / "nbs"
    folder.mkdir()
    book = folder / "f.ipynb"
    make_notebook(book, 'figures_dir: str = "default-figs"  # where figures go\nlang: str = "en"  # labels',
                  "import matplotlib\nmatplotlib.use('Agg')\nimport matplotlib.pyplot as plt\n"
                  "from ogi import figures\n"
                  f"figures.save(plt.figure(), 'x-' + lang, figures_dir, notebook={str(book)!r}, "
                  "parameters={}, inputs=[], source='test')")
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    args = ["run", str(book), "-p", "figures_dir", "figs", "--no-progress"]
    first = CliRunner().invoke(main, [*args, "-p", "lang", "en"])
    assert first.exit_code == 0, first.output
    assert (work / "figs" / "x-en.png").exists() and not (folder / "figs").exists()
    assert "figures: figs" in first.output
    key = "f__defaults+figures_dir-figs+lang-en"
    assert _statuses(first.output) == {key: "ok"}
    assert (work / "reports" / "adhoc" / f"{key}.ipynb").exists()

    assert _statuses(CliRunner().invoke(main, [*args, "-p", "lang", "en"]).output) == {key: "skipped"}
    (work / "figs" / "x-en.png").unlink()
    again = CliRunner().invoke(main, [*args, "-p", "lang", "en"])
    assert _statuses(again.output) == {key: "ok"} and (work / "figs" / "x-en.png").exists()

    other = CliRunner().invoke(main, [*args, "-p", "lang", "zh"])
    assert _statuses(other.output) == {"f__defaults+figures_dir-figs+lang-zh": "ok"}
    assert (work / "reports" / "adhoc" / f"{key}.ipynb").exists()   # not overwritten


def test_adhoc_set_names_carry_the_values():
    values = {"lang": runs.Value("en", "-p lang"), "years": runs.Value([2019, 2020], "-p years"),
              "processed_dir": runs.Value("../some dir/", "-p processed_dir")}
    assert runs.adhoc_set_name([], [("lang", "en"), ("years", "[2019, 2020]")], values) == \
        "defaults+lang-en+years-2019,2020"
    assert runs.adhoc_set_name([__import__("pathlib").Path("p/smoke.yaml")],
                               [("processed_dir", "../some dir/")], values) == \
        "smoke+processed_dir-..-some-dir"
