"""The `ogi` command: parse reports into tidy tables; run the notebooks."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__


@click.group()
@click.version_option(__version__, prog_name="ogi")
def main() -> None:
    """ogi: open-government-information annual reports -> traceable facts and figures."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=Path),
              help="Folder for reports.csv, facts.csv, checks.csv and their Parquet twins.")
@click.option("--jobs", "-j", type=int, default=None,
              help="Worker processes (default: number of CPUs).")
@click.option("--fail-on-error", is_flag=True,
              help="Exit 1 if any file failed (for scheduled runs). By default a failed file "
                   "is reported in reports.csv and the exit code is 0.")
@click.option("--no-progress", is_flag=True, help="Do not draw a progress bar.")
def parse(paths: tuple[Path, ...], out_dir: Path, jobs: int | None, fail_on_error: bool,
          no_progress: bool) -> None:
    """Parse report files or folders (recursively) into OUT."""
    from tqdm import tqdm

    from .pipeline import default_jobs, iter_inputs, parse_many
    from .tidy import TableWriter

    missing = [p for p in paths if not p.exists() and not p.is_symlink()]
    if missing:
        raise click.BadParameter(f"no such file or folder: {', '.join(map(str, missing))}")
    items = list(iter_inputs(paths))
    writer = TableWriter(out_dir)
    counts = {"ok": 0, "partial": 0, "failed": 0}
    n_facts = 0
    bar = tqdm(total=len(items), unit="doc", disable=no_progress or None, file=sys.stderr)
    for report in parse_many(items, jobs or default_jobs()):
        writer.write(report)
        counts[report.status] += 1
        n_facts += len(report.facts)
        bar.update()
    bar.close()
    writer.close()
    click.echo(f"{len(items)} files: {counts['ok']} ok, {counts['partial']} partial, "
               f"{counts['failed']} failed; {n_facts} facts -> {out_dir}", err=True)
    if fail_on_error and counts["failed"]:
        sys.exit(1)


def _register_optional_commands() -> None:
    """Commands that live in their own modules (run, synth, ...), added when present."""
    import importlib

    for module, name in (("ogi.runs", "run_command"), ("ogi.synth", "synth_command")):
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
            continue
        main.add_command(getattr(mod, name))


_register_optional_commands()

if __name__ == "__main__":  # pragma: no cover
    main()
