"""Layer 0: structure rules for the notebooks (house-style §3.3, §3.7), no kernel needed; and
every parameter file / run config validated against papermill.inspect_notebook."""
from __future__ import annotations

import ast
import csv
import json
import re
from pathlib import Path

import pytest
from ogi import paths, runs

NOTEBOOKS = sorted(paths.NOTEBOOKS.glob("*.ipynb"))
PARAM_FILES = sorted((paths.NOTEBOOKS / "params").glob("*.yaml"))
RUN_CONFIGS = sorted((paths.NOTEBOOKS / "runs").glob("*.yaml"))
FORBIDDEN = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda, ast.For,
             ast.AsyncFor, ast.While)
SAVE_CALL = re.compile(r'save\(fig, "([^"]+)"\)')


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _src(cell: dict) -> str:
    return "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]


def _code(nb: dict) -> list[dict]:
    return [c for c in nb["cells"] if c["cell_type"] == "code"]


def test_there_are_notebooks():
    assert len(NOTEBOOKS) >= 7


@pytest.fixture(params=NOTEBOOKS, ids=lambda p: p.name)
def notebook(request):
    return request.param, _load(request.param)


def test_name_kernel_and_no_papermill_metadata(notebook):
    path, nb = notebook
    assert re.fullmatch(r"\d\d-[a-z0-9]+(-[a-z0-9]+)*\.ipynb", path.name)
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    assert "papermill" not in nb["metadata"]
    for cell in nb["cells"]:
        assert "papermill" not in cell["metadata"] and "execution" not in cell["metadata"]


def test_anatomy_title_imports_parameters(notebook):
    path, nb = notebook
    cells = nb["cells"]
    assert cells[0]["cell_type"] == "markdown" and _src(cells[0]).startswith("# ")
    imports, params = cells[1], cells[2]
    tagged = [c for c in cells if "parameters" in c["metadata"].get("tags", [])]
    assert tagged == [params], "exactly one parameters cell, right after the imports cell"
    assert all(isinstance(n, (ast.Import, ast.ImportFrom))
               for n in ast.parse(_src(imports)).body), "the imports cell only imports"
    for line in _src(params).splitlines():
        node = ast.parse(line).body[0]
        assert isinstance(node, ast.AnnAssign), f"untyped parameter: {line}"
        ast.literal_eval(node.value)  # raises on anything but a literal
        assert re.search(r"#\s*\S", line), f"parameter without a comment: {line}"
    assert _src(cells[-1]).startswith("## Summary")


def test_code_cells_stay_thin(notebook):
    path, nb = notebook
    for cell in _code(nb)[1:]:
        tree = ast.parse(_src(cell))
        for node in ast.walk(tree):
            assert not isinstance(node, (ast.Import, ast.ImportFrom)), \
                f"{path.name}: import outside the imports cell"
            assert not isinstance(node, FORBIDDEN), \
                f"{path.name}: {type(node).__name__} in a notebook; move it to ogi"
        assert "filterwarnings" not in _src(cell)


def test_setup_names_its_own_notebook_and_figures_are_prefixed(notebook):
    """The set-up is one call (ogi.notebook.setup) naming the notebook and passing every
    parameter on, so the manifest records them all."""
    path, nb = notebook
    setup = _src(nb["cells"][3])
    call = ast.parse(setup).body[0].value
    assert isinstance(call, ast.Call) and ast.unparse(call.func) == "notebook.setup"
    assert ast.literal_eval(call.args[0]) == path.name
    names = [line.split(":")[0] for line in _src(nb["cells"][2]).splitlines()]
    assert {k.arg for k in call.keywords} == set(names), "every parameter reaches setup()"
    names = SAVE_CALL.findall("\n".join(_src(c) for c in _code(nb)))
    assert names, "a notebook saves at least one figure"
    title = _src(nb["cells"][0])
    for name in names:
        assert name.startswith(path.stem + "--")
        assert f"`{name}`" in title, f"{name} missing from the Outputs list"


def test_executed_top_to_bottom_without_errors(notebook):
    """Reference outputs come from a clean papermill run: counts 1..N, no errors, and the facts
    cells (checked by nbval) have stored outputs (stripped cells would pass vacuously)."""
    path, nb = notebook
    code = _code(nb)
    assert [c["execution_count"] for c in code] == list(range(1, len(code) + 1)), \
        f"{path.name}: run `make notebooks`"
    facts = [c for c in code if "nbval-check-output" in c["metadata"].get("tags", [])]
    assert facts, "at least one facts cell"
    for cell in facts:
        assert any(o["output_type"] == "stream" for o in cell["outputs"])
    for cell in code:
        assert all(o["output_type"] != "error" for o in cell["outputs"])


def test_published_figures_are_in_the_manifest():
    manifest = paths.FIGURES / "MANIFEST.csv"
    if not manifest.exists():
        pytest.skip("figures/MANIFEST.csv not made yet (make figures)")
    with manifest.open(encoding="utf-8") as fh:
        published = {row["figure"] for row in csv.DictReader(fh)}
    for path in NOTEBOOKS:
        for cell in _code(_load(path)):
            for name in SAVE_CALL.findall(_src(cell)):
                assert name in published, f"{name} ({path.name}) not in figures/MANIFEST.csv"


@pytest.mark.parametrize("params", PARAM_FILES, ids=lambda p: p.name)
def test_parameter_files_fit_every_notebook(params):
    values = runs.read_params_file(params)
    for path in NOTEBOOKS:
        runs.validate(runs.Run(path, params.stem, values))


@pytest.mark.parametrize("config", RUN_CONFIGS, ids=lambda p: p.name)
def test_run_configs_are_valid(config):
    _, plan, _ = runs.plan_from_config(config)
    assert {run.notebook for run in plan} == set(NOTEBOOKS)
    for run in plan:
        runs.validate(run)
