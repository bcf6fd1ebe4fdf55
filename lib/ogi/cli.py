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
              help="Folder for reports.csv, facts.csv, checks.csv, their Parquet twins and "
                   "partitioned Parquet datasets (OUT/facts/part-0000.parquet, ...).")
@click.option("--jobs", "-j", type=int, default=None,
              help="Worker processes (default: number of CPUs). 0 = parse in this process, "
                   "without time or memory limits (for debugging and profiling).")
@click.option("--time-limit", type=float, default=60.0, show_default=True,
              help="Seconds one file may take; past that it is `failed` and the run goes on.")
@click.option("--memory-limit", type=float, default=2.0, show_default=True,
              help="GB of memory one file may take; past that it is `failed`.")
@click.option("--no-cache", is_flag=True, help="Parse every file, even if unchanged.")
@click.option("--cache-dir", type=click.Path(path_type=Path), default=None,
              help="Result cache (default: $OGI_CACHE_DIR, else .ogi-cache/ next to OUT).")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Run on a Dask distributed cluster (e.g. tcp://host:8786); the input files "
                   "must be readable at the same paths on the workers. Needs the `cluster` "
                   "extra. Time and memory limits are then the cluster's own.")
@click.option("--fail-on-error", is_flag=True,
              help="Exit 1 if any file failed (for scheduled runs). By default a failed file "
                   "is reported in reports.csv and the exit code is 0.")
@click.option("--no-progress", is_flag=True, help="Do not draw a progress bar.")
def parse(paths: tuple[Path, ...], out_dir: Path, jobs: int | None, time_limit: float,
          memory_limit: float, no_cache: bool, cache_dir: Path | None, scheduler: str | None,
          fail_on_error: bool, no_progress: bool) -> None:
    """Parse report files or folders (recursively) into OUT."""
    from tqdm import tqdm

    from .cache import ResultCache, RunManifest, default_cache_dir, run_digest
    from .pipeline import Limits, default_jobs, iter_inputs, parse_many
    from .tidy import TableWriter

    missing = [p for p in paths if not p.exists() and not p.is_symlink()]
    if missing:
        raise click.BadParameter(f"no such file or folder: {', '.join(map(str, missing))}")
    if time_limit <= 0 or memory_limit <= 0:
        raise click.BadParameter("--time-limit and --memory-limit must be positive")
    if scheduler:
        try:
            import distributed  # noqa: F401
        except ImportError:
            raise click.UsageError("--scheduler needs Dask: pip install 'ogi[cluster]'") from None
    show_bar = not no_progress and sys.stderr.isatty()
    # Counting is a second cheap walk; it keeps the list of inputs out of memory.
    total = sum(1 for _ in iter_inputs(paths)) if show_bar else None
    manifest = RunManifest(out_dir)
    digest = None
    if no_cache:
        manifest.forget()
    else:
        digest = run_digest(iter_inputs(paths))   # one cheap hashing pass over the bytes
        last = manifest.unchanged(digest)
        if last is not None:
            _summary(last, out_dir, "unchanged since the last run, outputs kept",
                     fail_on_error)
            return
    cache = None if no_cache else ResultCache(cache_dir or default_cache_dir(out_dir))
    limits = Limits(time_s=time_limit, memory_bytes=int(memory_limit * 1024 ** 3))
    writer = TableWriter(out_dir)
    counts = {"ok": 0, "partial": 0, "failed": 0, "facts": 0}
    bar = tqdm(total=total, unit="doc", disable=not show_bar, file=sys.stderr)
    try:
        for report in parse_many(iter_inputs(paths), default_jobs() if jobs is None else jobs,
                                 limits, cache, scheduler):
            writer.write(report)
            counts[report.status] += 1
            counts["facts"] += report.n_facts
            bar.update()
        writer.close()
    except BaseException:   # Ctrl-C or a bug: earlier outputs stay, the scratch files go
        writer.abort()
        raise
    finally:
        bar.close()
        if cache is not None:
            cache.close()
    if cache is not None:
        manifest.record(digest, complete=cache.uncached == 0, summary=counts)
    _summary(counts, out_dir, f"{cache.hits} from cache" if cache is not None and cache.hits
             else "", fail_on_error)


def _summary(counts: dict, out_dir: Path, note: str, fail_on_error: bool) -> None:
    n_files = counts["ok"] + counts["partial"] + counts["failed"]
    note = f" ({note})" if note else ""
    click.echo(f"{n_files} files{note}: {counts['ok']} ok, {counts['partial']} partial, "
               f"{counts['failed']} failed; {counts['facts']} facts -> {out_dir}", err=True)
    if fail_on_error and counts["failed"]:
        sys.exit(1)


@main.command("audit")
@click.argument("processed", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option("--inputs", "-i", "inputs", multiple=True,
              type=click.Path(path_type=Path, exists=True),
              help="Folder (or file) that was parsed into PROCESSED, to read the texts again; "
                   "repeat for several. Needed unless PROCESSED holds texts.parquet.")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=None,
              help="Folder for audit-items.csv, audit-families.csv, audit-coverage.csv and "
                   "audit-traps.csv (the counts a trap set aside; default: PROCESSED/audit, "
                   "beside the tables and not among them).")
@click.option("--top", type=int, default=30, show_default=True,
              help="Families shown in the summary.")
@click.option("--markdown", "markdown", type=click.Path(path_type=Path), default=None,
              help="Also write the family table as Markdown (examples cut to short fragments).")
@click.option("--previous", type=click.Path(path_type=Path, exists=True, dir_okay=False),
              default=None, help="An earlier family table (audit-families.csv or a Markdown table "
                                 "such as docs/audit-unlabelled.md): families keep its status, and "
                                 "the summary names the families that have no item any more.")
def audit_command(processed: Path, inputs: tuple[Path, ...], out_dir: Path | None, top: int,
                  markdown: Path | None, previous: Path | None) -> None:
    """List the counts in disclosure sentences and the table cells that no fact uses, grouped
    into families, and the standard measures each report lacks."""
    from . import audit as audit_mod

    try:
        result = audit_mod.audit(processed, inputs)
    except audit_mod.NoTexts as exc:
        raise click.UsageError(str(exc)) from None
    except FileNotFoundError as exc:
        raise click.ClickException(str(exc)) from None
    if previous:
        result.gone = audit_mod.carry_statuses(result.families,
                                               audit_mod.previous_statuses(previous))
    # files first: a summary piped into `head` must not cost the tables
    written = audit_mod.write(result, out_dir or processed / "audit")
    if markdown:
        markdown.write_text(audit_mod.families_markdown(result.families), encoding="utf-8")
        written.append(markdown)
    for line in audit_mod.summary(result, top=top):
        click.echo(line)
    click.echo(f"-> {', '.join(str(p) for p in written)}", err=True)


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
