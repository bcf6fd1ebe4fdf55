"""`ogi run`: execute notebooks with papermill, validated, in parallel, incrementally.

    ogi run notebooks/02-volume-by-category.ipynb -p lang en -f notebooks/params/smoke.yaml
    ogi run --config notebooks/runs/publication.yaml

A run is one notebook with one parameter set. Parameters are checked against
papermill.inspect_notebook before anything executes (papermill itself only warns about unknown
names). Runs execute in worker processes (at most 2: kernels are heavy on this machine); a
failing run does not stop the others and is kept with papermill's error marker. A run is skipped
when its fingerprint (notebook cell sources, parameters, input data, rendering code) matches the
last successful run recorded in <reports_dir>/<name>/.state.json and every file that run wrote
(executed notebook, figures, manifest) is still there; --force reruns everything.
Relative paths (notebooks, parameter files, `*_dir` parameters, --reports-dir) mean the current
directory, as for `ogi parse --out`; path parameters reach the kernel as absolute paths, and the
kernel starts in the notebook's folder (as under Jupyter and nbval), where a notebook's own
defaults are relative.
Outputs: <reports_dir>/<name>/<notebook>__<set>.ipynb (+ .html without code, + logs/<...>.log);
with `in_place: true` in the config (reference outputs, `make notebooks`) the notebooks
themselves, executed with their defaults and cleaned by nbstripout.
"""
from __future__ import annotations

import ast
import glob
import json
import logging
import os
import re
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import click
import yaml

from . import paths
from .procs import die_with_parent

MAX_JOBS = 2
STATE_FILE = ".state.json"
LOCK_FILE = ".lock"
DEFAULT_TIMEOUT = 600


class ParameterError(click.ClickException):
    """Bad parameters: names the file (and line) where the value came from."""

    exit_code = 2   # a usage error, as click's own (see `ogi --help`)


def _check_name(name: str, what: str) -> None:
    """Run and parameter-set names become file names under the reports folder: one plain
    path component, so no name can write outside it."""
    if not name or name in (".", "..") or any(c in name for c in "/\\\0"):
        raise ParameterError(f"{what} {name!r} must be a plain name (no '/', '\\', '..')")


@dataclass
class Value:
    value: Any
    origin: str  # "params.yaml:3" or "-p lang"


@dataclass
class Run:
    notebook: Path
    set_name: str
    parameters: dict[str, Value] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return f"{self.notebook.stem}__{self.set_name}"

    def plain(self) -> dict[str, Any]:
        return {k: v.value for k, v in self.parameters.items()}


# --------------------------------------------------------------------------- parameters
def read_params_file(path: Path) -> dict[str, Value]:
    """A YAML mapping of parameters, each value tagged with file:line for error messages."""
    text = path.read_text(encoding="utf-8")
    try:
        node = yaml.compose(text)
        values = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ParameterError(f"{path}: not valid YAML: {_yaml_problem(exc)}") from None
    if node is None:
        return {}
    if not isinstance(node, yaml.MappingNode):
        raise ParameterError(f"{path}: expected a mapping of parameter names to values")
    return {k.value: Value(values[k.value], f"{path}:{k.start_mark.line + 1}")
            for k, _ in node.value}


def _type_ok(value: Any, type_name: str) -> bool:
    """Does a value fit papermill's inferred annotation ('str', 'int', 'list', 'float', ...)?"""
    name = type_name.strip().lower()
    if name in ("none", "any", ""):
        return True  # no annotation: nothing to check
    base = name.split("[", 1)[0]
    checks = {
        "str": lambda v: isinstance(v, str),
        "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "float": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "bool": lambda v: isinstance(v, bool),
        "list": lambda v: isinstance(v, list), "tuple": lambda v: isinstance(v, (list, tuple)),
        "dict": lambda v: isinstance(v, dict),
    }
    if base == "optional":
        return value is None or _type_ok(value, name[len("optional["):-1])
    return checks.get(base, lambda v: True)(value)


def _is_required(spec: dict) -> bool:
    """Required = declared with a type but defaulting to None (`x: str = None`)."""
    typed = spec["inferred_type_name"].lower() not in ("none", "any")
    return typed and spec["default"].strip() == "None" and \
        not spec["inferred_type_name"].lower().startswith("optional")


def validate(run: Run) -> None:
    """Unknown names, wrong types and missing required parameters -> ParameterError."""
    import papermill

    specs = papermill.inspect_notebook(str(run.notebook))
    problems = []
    for name, given in run.parameters.items():
        spec = specs.get(name)
        if spec is None:
            known = ", ".join(specs) or "none"
            problems.append(f"{given.origin}: unknown parameter {name!r} for {run.notebook.name} "
                            f"(it has: {known})")
        elif not _type_ok(given.value, spec["inferred_type_name"]):
            problems.append(f"{given.origin}: {name!r} must be {spec['inferred_type_name']}, "
                            f"got {type(given.value).__name__} {given.value!r}")
    for name, spec in specs.items():
        if _is_required(spec) and name not in run.parameters:
            problems.append(f"{run.notebook}: required parameter {name!r} not given "
                            f"(set {run.set_name!r})")
    if problems:
        raise ParameterError("\n".join(problems))


def is_path_parameter(name: str) -> bool:
    """Parameters that name a file or folder (processed_dir, figures_dir, ...)."""
    return name.endswith(("_dir", "_path", "_file"))


def absolute_paths(parameters: dict[str, Any]) -> dict[str, Any]:
    """Path parameters made absolute against the current directory before they reach a kernel
    that runs elsewhere (the notebook's folder)."""
    return {k: str(paths.resolve(v)) if is_path_parameter(k) and isinstance(v, str) and v else v
            for k, v in parameters.items()}


def effective_parameters(run: Run) -> dict[str, Any]:
    """Given parameters over the notebook's defaults, path parameters absolute (a default is
    relative to the notebook's folder, a given value to the current directory)."""
    import papermill

    out = {}
    for name, spec in papermill.inspect_notebook(str(run.notebook)).items():
        try:
            out[name] = ast.literal_eval(spec["default"])
        except (ValueError, SyntaxError):
            out[name] = None
        if is_path_parameter(name) and isinstance(out[name], str) and out[name]:
            out[name] = os.path.normpath(run.notebook.parent.resolve() / out[name])
    out.update(absolute_paths(run.plain()))
    return out


# --------------------------------------------------------------------------- fingerprints
def fingerprint(run: Run) -> dict[str, Any]:
    """Everything that decides a run's result; equal fingerprints -> the run can be skipped."""
    from .figures import code_sha256, input_hashes, notebook_sha256
    from .load import input_files

    params = effective_parameters(run)
    inputs = input_files(params["processed_dir"]) if params.get("processed_dir") else []
    return {"notebook": notebook_sha256(run.notebook), "parameters": absolute_paths(run.plain()),
            "inputs": input_hashes(inputs), "code": code_sha256()}


def figure_outputs(run: Run) -> list[str]:
    """The figure files (and manifest) a finished run wrote: its notebook's rows in the
    manifest of its figures_dir."""
    from .figures import MANIFEST, manifest_figures

    folder = effective_parameters(run).get("figures_dir")
    if not folder:
        return []
    names = manifest_figures(folder, run.notebook)
    files = [Path(folder) / f"{name}.{fmt}" for name in names for fmt in ("png", "svg")]
    return [str(f) for f in [*files, Path(folder) / MANIFEST] if names]


def outputs_present(entry: dict) -> bool:
    return all(Path(f).exists() for f in entry.get("outputs", []))


def _read_state(folder: Path) -> dict:
    path = folder / STATE_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def _write_json_atomic(path: Path, data: dict) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=True)
    os.chmod(tmp, readable_mode())
    os.replace(tmp, path)


def readable_mode() -> int:
    """0644 under the usual umask: what open() gives, unlike mkstemp's 0600."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


# --------------------------------------------------------------------------- execution
def execute(notebook: str, output: str, log: str, parameters: dict, timeout: int,
            in_place: bool = False) -> dict:
    """Run one notebook with papermill (in a worker process). Writes to a temporary file and
    renames it, so a reader never sees a half-written notebook; a failed notebook is kept too,
    with papermill's marker on the failing cell. In place (reference outputs), a successful
    run replaces the notebook itself, cleaned by nbstripout keeping outputs and counts; a failed
    one goes to `output` and leaves the notebook untouched."""
    import papermill
    from nbconvert import HTMLExporter

    # Figures must reach the notebook output: the inline backend needs MPLBACKEND unset.
    os.environ.pop("MPLBACKEND", None)
    out = Path(output)
    tmp = out.with_name(f".{out.name}.tmp.ipynb")
    handler = logging.FileHandler(log, mode="w", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger = logging.getLogger("papermill")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    started = time.monotonic()
    error = ""
    # The kernel inherits this worker's stdout/stderr: its warnings and shutdown chatter
    # ("KeyboardInterrupt caught in kernel") belong in the run's log, not the user's terminal.
    saved = [os.dup(1), os.dup(2)]
    sys.stdout.flush()
    sys.stderr.flush()
    os.dup2(handler.stream.fileno(), 1)
    os.dup2(handler.stream.fileno(), 2)
    try:
        papermill.execute_notebook(notebook, str(tmp), parameters=parameters,
                                   kernel_name="python3", execution_timeout=timeout,
                                   start_timeout=120, log_output=True, progress_bar=False,
                                   cwd=str(Path(notebook).parent))
    except Exception as exc:  # noqa: BLE001 - any failure is reported, the others go on
        error = f"{type(exc).__name__}: {str(exc).strip().splitlines()[-1] if str(exc).strip() else ''}"
        logger.error("run failed: %s", exc)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        for fd, saved_fd in ((1, saved[0]), (2, saved[1])):
            os.dup2(saved_fd, fd)
            os.close(saved_fd)
        logger.removeHandler(handler)
        handler.close()
    if in_place and not error:
        strip_metadata(tmp)
        out = Path(notebook)
    if tmp.exists():
        os.replace(tmp, out)
    if not error and not in_place:
        html, _ = HTMLExporter(exclude_input=True, exclude_input_prompt=True,
                               exclude_output_prompt=True).from_filename(str(out))
        html_path = out.with_suffix(".html")
        html_tmp = html_path.with_name(f".{html_path.name}.tmp")
        html_tmp.write_text(html, encoding="utf-8")
        os.replace(html_tmp, html_path)
    return {"error": error, "seconds": time.monotonic() - started, "output": str(out)}


NBSTRIPOUT_KEYS = "metadata.papermill cell.metadata.papermill cell.metadata.execution"


def strip_metadata(notebook: Path) -> None:
    """Drop papermill timing metadata, keep outputs and execution counts (nbval needs both)."""
    import subprocess

    subprocess.run([sys.executable, "-m", "nbstripout", "--keep-output", "--keep-count",
                    "--extra-keys", NBSTRIPOUT_KEYS, str(notebook)], check=True)


@dataclass
class Outcome:
    run: Run
    status: str  # ok, failed, skipped
    seconds: float = 0.0
    error: str = ""
    output: Path | None = None


def run_all(runs: list[Run], name: str, reports_dir: Path, *, jobs: int = MAX_JOBS,
            force: bool = False, timeout: int = DEFAULT_TIMEOUT, progress: bool = True,
            in_place: bool = False) -> list[Outcome]:
    """Validate every run, then execute the stale ones in parallel; returns one outcome per
    run, in input order. Holds <reports_dir>/<name>/.lock for the whole batch."""
    from filelock import FileLock, Timeout
    from tqdm import tqdm

    _check_name(name, "run name")
    for run in runs:
        _check_name(run.set_name, "parameter set")
        _check_name(run.key, "run")
        validate(run)
    folder = reports_dir / name
    (folder / "logs").mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(folder / LOCK_FILE))
    try:  # probe only to say why we wait; the `with` below is what serialises runs
        lock.acquire(timeout=0)
        lock.release()
    except Timeout:
        click.echo(f"waiting for another `ogi run` writing {folder} ...", err=True)
    with lock:
        for stale in folder.glob(".*.tmp.ipynb"):   # left by a run that was killed
            stale.unlink(missing_ok=True)
        state = _read_state(folder)
        outcomes: dict[str, Outcome] = {}
        todo = []
        prints = {}
        for run in runs:
            prints[run.key] = fingerprint(run)
            output = run.notebook if in_place else folder / f"{run.key}.ipynb"
            last = state.get(run.key) or {}
            done = {k: v for k, v in last.items() if k != "outputs"}
            if not force and done == prints[run.key] and output.exists() and outputs_present(last):
                outcomes[run.key] = Outcome(run, "skipped", output=output)
            else:
                todo.append(run)
        workers = max(1, min(jobs, MAX_JOBS, len(todo)))
        # fork: workers inherit the already imported papermill (seconds per worker on a busy
        # machine). All workers are forked on submit, before the progress bar starts a thread.
        # Workers (and through ipykernel's parent poller, their kernels) die with us.
        with ProcessPoolExecutor(workers, mp_context=get_context("fork"),
                                 initializer=die_with_parent, initargs=(os.getpid(),)) as pool:
            futures = {pool.submit(execute, str(run.notebook), str(folder / f"{run.key}.ipynb"),
                                   str(folder / "logs" / f"{run.key}.log"),
                                   absolute_paths(run.plain()), timeout, in_place): run
                       for run in todo}
            bar = tqdm(total=len(todo), unit="notebook", disable=not progress or not todo,
                       file=sys.stderr)
            for future in as_completed(futures):
                run = futures[future]
                result = future.result()
                status = "failed" if result["error"] else "ok"
                outcomes[run.key] = Outcome(run, status, result["seconds"], result["error"],
                                            Path(result["output"]))
                if status == "ok":
                    state[run.key] = prints[run.key] | {"outputs": figure_outputs(run)}
                else:
                    state.pop(run.key, None)
                _write_json_atomic(folder / STATE_FILE, state)
                bar.set_postfix_str(f"{run.key}: {status}")
                bar.update()
        bar.close()
    return [outcomes[run.key] for run in runs]


# --------------------------------------------------------------------------- plans
def _notebooks(patterns: list[str]) -> list[Path]:
    found = []
    for pattern in patterns:
        matches = sorted(glob.glob(str(paths.resolve(pattern))))
        if not matches:
            raise click.ClickException(f"no notebook matches {pattern!r}")
        found += [Path(m) for m in matches if m.endswith(".ipynb")]
    return list(dict.fromkeys(found))


def plan_from_config(config: Path) -> tuple[str, list[Run], dict]:
    """notebooks x parameter_sets from a run config (see notebooks/runs/*.yaml)."""
    spec = yaml.safe_load(config.read_text(encoding="utf-8")) or {}
    if spec.get("in_place") and len(spec.get("parameter_sets") or {"defaults": {}}) != 1:
        raise click.ClickException(f"{config}: an in-place run takes exactly one parameter set")
    unknown = set(spec) - {"name", "notebooks", "parameter_sets", "jobs", "timeout",
                           "reports_dir", "in_place"}
    if unknown:
        raise click.ClickException(f"{config}: unknown keys {sorted(unknown)}")
    if not spec.get("notebooks"):
        raise click.ClickException(f"{config}: 'notebooks' (a list of paths or globs) is required")
    sets: dict[str, dict[str, Value]] = {}
    for set_name, source in (spec.get("parameter_sets") or {"defaults": {}}).items():
        if isinstance(source, str):
            sets[set_name] = read_params_file(paths.resolve(source))
        else:
            sets[set_name] = {k: Value(v, f"{config} parameter_sets.{set_name}.{k}")
                              for k, v in (source or {}).items()}
    runs = [Run(nb, set_name, dict(params)) for nb in _notebooks(spec["notebooks"])
            for set_name, params in sets.items()]
    return spec.get("name") or config.stem, runs, spec


def _coerce_cli(name: str, value: str) -> Any:
    """-p values are YAML scalars/flows (`-p years "[2019, 2020]"`), as papermill reads them."""
    try:
        return yaml.safe_load(value)
    except yaml.YAMLError as exc:
        raise ParameterError(f"-p {name}: not valid YAML: {_yaml_problem(exc)}") from None


def _yaml_problem(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
    return f"{getattr(exc, 'problem', None) or exc}{where}"


def _shown(path: Path | str) -> str:
    """A path as the user would type it: relative to the current directory when inside it."""
    path = Path(path)
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def print_summary(outcomes: list[Outcome]) -> None:
    width = max([len(o.run.key) for o in outcomes] + [3])
    click.echo(f"{'run':<{width}}  {'status':<7}  {'seconds':>7}  output / error")
    for o in outcomes:
        detail = o.error or (_shown(o.output) if o.output else "")
        click.echo(f"{o.run.key:<{width}}  {o.status:<7}  {o.seconds:>7.1f}  {detail}")
    counts = {s: sum(o.status == s for o in outcomes) for s in ("ok", "skipped", "failed")}
    click.echo(f"{len(outcomes)} runs: {counts['ok']} ok, {counts['skipped']} skipped, "
               f"{counts['failed']} failed")
    folders = dict.fromkeys(effective_parameters(o.run).get("figures_dir") or "" for o in outcomes
                            if o.status != "failed")
    folders.pop("", None)
    if folders:
        click.echo("figures: " + ", ".join(_shown(f) for f in folders))


def adhoc_set_name(params_files: list[Path], cli_params: list[tuple[str, str]],
                   values: dict[str, Value]) -> str:
    """`smoke+lang-en`: the parameter files' names, then every -p name with its value, so runs
    with different values keep different outputs."""
    name = "-".join(p.stem for p in params_files) or "defaults"
    given = []
    for key in dict.fromkeys(k for k, _ in cli_params):
        value = values[key].value
        text = ",".join(map(str, value)) if isinstance(value, list) else str(value)
        slug = re.sub(r"[^\w.,]+", "-", text).strip("-")[:40] or "empty"
        given.append(f"{key}-{slug}")
    return "+".join([name, *given])


@click.command("run")
@click.argument("notebooks", nargs=-1)
@click.option("-p", "--parameter", "cli_params", multiple=True, nargs=2,
              metavar="NAME VALUE", help="A parameter (value read as YAML).")
@click.option("-f", "--parameters-file", "params_files", multiple=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A YAML file of parameters (later files and -p win).")
@click.option("--config", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Run config: notebooks x parameter_sets (notebooks/runs/*.yaml).")
@click.option("--name", default=None, help="Run name: outputs go to REPORTS_DIR/NAME "
              "(default: the config's name, else 'adhoc').")
@click.option("--reports-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for executed notebooks (default: reports/ in the current directory).")
@click.option("--jobs", "-j", type=click.IntRange(1), default=None,
              help=f"Parallel notebooks (capped at {MAX_JOBS}).")
@click.option("--timeout", type=int, default=None, help="Per-cell execution timeout (s).")
@click.option("--force", is_flag=True, help="Rerun even when nothing changed.")
@click.option("--no-progress", is_flag=True, help="Do not draw a progress bar.")
def run_command(notebooks, cli_params, params_files, config, name, reports_dir, jobs, timeout,
                force, no_progress) -> None:
    """Execute NOTEBOOKS (or a --config plan) with papermill; skip unchanged runs."""
    spec: dict = {}
    if config:
        if notebooks or cli_params or params_files:
            raise click.UsageError("--config cannot be combined with notebooks, -p or -f")
        run_name, runs, spec = plan_from_config(config)
    else:
        if not notebooks:
            raise click.UsageError("give notebooks or --config")
        params: dict[str, Value] = {}
        for path in params_files:
            params.update(read_params_file(path))
        for key, value in cli_params:
            params[key] = Value(_coerce_cli(key, value), f"-p {key}")
        set_name = adhoc_set_name(list(params_files), list(cli_params), params)
        runs = [Run(nb, set_name, dict(params)) for nb in _notebooks(list(notebooks))]
        run_name = "adhoc"
    run_name = name or run_name
    folder = paths.resolve(reports_dir or spec.get("reports_dir") or "reports")
    outcomes = run_all(runs, run_name, folder, jobs=jobs or spec.get("jobs") or MAX_JOBS,
                       force=force, timeout=timeout or spec.get("timeout") or DEFAULT_TIMEOUT,
                       progress=not no_progress, in_place=bool(spec.get("in_place")))
    print_summary(outcomes)
    if any(o.status == "failed" for o in outcomes):
        sys.exit(1)
