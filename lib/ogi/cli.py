"""The `ogi` command: parse reports into tidy tables, export their values; run the notebooks."""
from __future__ import annotations

import os
import signal
import sys
import traceback
from contextlib import closing, contextmanager
from pathlib import Path

import click

from . import __version__

# Exit codes of every command besides 0 (done) and 2 (click's usage errors; also bad run
# parameters and YAML, runs.ParameterError), documented in `ogi --help` and the README.
EXIT_FAILED = 1        # some files (parse --fail-on-error) or notebooks (run) failed
EXIT_BUSY = 3          # another `ogi parse` is writing the output folder (with --no-wait)
EXIT_CANNOT_WRITE = 4  # outputs cannot be written: disk full, read-only, not a folder, ...
EXIT_NO_INPUT = 5      # no input files: existing outputs are kept, not replaced by empty tables
EXIT_INTERNAL = 70     # a bug in ogi (set OGI_DEBUG=1 for the traceback)
EXIT_INTERRUPTED = 130 # Ctrl-C (SIGINT); outputs left as they were
EXIT_TERMINATED = 143  # SIGTERM; outputs left as they were, scratch files removed

EXIT_CODES_HELP = """\b
Exit codes:
  0    done (with `parse`, failed files are rows in reports.csv)
  1    some files failed (`parse --fail-on-error`) or notebooks failed (`run`)
  2    usage error: bad arguments, options, parameters or YAML
  3    the output folder is busy: another `ogi parse` writes it (`parse --no-wait`)
  4    outputs cannot be written: disk full, read-only, --out is not a folder, ...
  5    no input files: the existing outputs are kept, not replaced by empty tables
  70   internal error (a bug; OGI_DEBUG=1 shows the traceback)
  130  interrupted (Ctrl-C); 143 terminated (SIGTERM): outputs left as they were"""


class Fatal(click.ClickException):
    """An error that stops a command: one line on stderr and its own exit code."""

    def __init__(self, message: str, exit_code: int):
        super().__init__(" ".join(message.split()))
        self.exit_code = exit_code


class _Terminated(BaseException):
    """SIGTERM, raised in the main thread so the usual clean-up runs."""


def _raise_terminated(signum, frame):
    raise _Terminated()


@contextmanager
def _writing_outputs(out_dir: Path):
    """An OSError while writing outputs -> one line and EXIT_CANNOT_WRITE."""
    try:
        yield
    except OSError as exc:
        raise Fatal(f"cannot write outputs in {out_dir}: {_os_reason(exc)}; outputs left as "
                    f"they were", EXIT_CANNOT_WRITE) from None


def _os_reason(exc: OSError) -> str:
    reason = (exc.strerror or str(exc) or type(exc).__name__).lower()
    return f"{reason} ({exc.filename})" if exc.filename else reason


@click.group(epilog=EXIT_CODES_HELP)
@click.version_option(__version__, prog_name="ogi")
def main() -> None:
    """ogi: open-government-information annual reports -> traceable facts and figures."""


@main.command(epilog=EXIT_CODES_HELP)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=Path),
              help="Folder for reports.csv, facts.csv, checks.csv, their Parquet twins and "
                   "partitioned Parquet datasets (OUT/facts/part-0000.parquet, ...). Never "
                   "read as input, even inside an input folder.")
@click.option("--jobs", "-j", type=int, default=None,
              help="Worker processes (default: number of CPUs). 0 = parse in this process, "
                   "without time or memory limits (for debugging and profiling).")
@click.option("--time-limit", type=float, default=60.0, show_default=True,
              help="Seconds one file may take (a scan: each page read by OCR); past that it is "
                   "`failed` and the run goes on. A scan's OCR stops after 30 minutes: the "
                   "pages read are kept and it is `partial`.")
@click.option("--memory-limit", type=float, default=2.0, show_default=True,
              help="GB of memory one file may take; past that it is `failed`.")
@click.option("--no-cache", is_flag=True, help="Parse every file, even if unchanged.")
@click.option("--cache-dir", type=click.Path(path_type=Path), default=None,
              help="Result cache (default: $OGI_CACHE_DIR, else .ogi-cache/ next to OUT). "
                   "A cache that cannot be used is skipped with one warning.")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Run on a Dask distributed cluster (e.g. tcp://host:8786); the input files "
                   "must be readable at the same paths on the workers. Needs the `cluster` "
                   "extra. Time and memory limits are then the cluster's own.")
@click.option("--fail-on-error", is_flag=True,
              help="Exit 1 if any file failed (unreadable, not a report, over a limit; for "
                   "scheduled runs). By default a failed file is a row in reports.csv and "
                   "the exit code is 0.")
@click.option("--no-wait", is_flag=True,
              help="If another `ogi parse` is writing OUT, exit 3 at once instead of waiting "
                   "for it to finish.")
@click.option("--no-progress", is_flag=True, help="Do not draw a progress bar.")
def parse(paths: tuple[Path, ...], out_dir: Path, jobs: int | None, time_limit: float,
          memory_limit: float, no_cache: bool, cache_dir: Path | None, scheduler: str | None,
          fail_on_error: bool, no_wait: bool, no_progress: bool) -> None:
    """Parse report files or folders (recursively) into OUT.

    OUT is locked while a parse writes it (a second parse waits, or exits 3 with --no-wait),
    and its tables are published together at the end: a reader sees all of the last run's
    outputs or all of this one's, never a mix.
    """
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
    if out_dir.exists() and not out_dir.is_dir():
        raise Fatal(f"--out {out_dir} is a file, not a folder", EXIT_CANNOT_WRITE)
    with _writing_outputs(out_dir):
        out_dir.mkdir(parents=True, exist_ok=True)
    from .pipeline import Limits

    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        with _out_lock(out_dir, no_wait):
            _parse_locked(paths, out_dir, jobs, Limits(
                time_s=time_limit, memory_bytes=int(memory_limit * 1024 ** 3)), no_cache,
                cache_dir, scheduler, fail_on_error, no_progress)
    except KeyboardInterrupt:
        raise Fatal(f"interrupted: outputs in {out_dir} left as they were",
                    EXIT_INTERRUPTED) from None
    except _Terminated:
        raise Fatal(f"terminated: outputs in {out_dir} left as they were",
                    EXIT_TERMINATED) from None
    except (click.ClickException, click.exceptions.Exit):
        raise
    except Exception as exc:   # a bug: one line, the traceback on request
        if os.environ.get("OGI_DEBUG"):
            traceback.print_exc()
        raise Fatal(f"internal error: {type(exc).__name__}: {exc} (outputs in {out_dir} left "
                    f"as they were; OGI_DEBUG=1 shows the traceback)", EXIT_INTERNAL) from None
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextmanager
def _out_lock(out_dir: Path, no_wait: bool):
    """One `ogi parse` at a time per output folder (released by the system if we die)."""
    from filelock import FileLock, Timeout

    lock = FileLock(str(out_dir / ".ogi-parse.lock"))
    with _writing_outputs(out_dir):   # the lock file cannot be made: a read-only folder
        try:
            lock.acquire(timeout=0)
        except Timeout:   # (an OSError too, hence caught inside)
            if no_wait:
                raise Fatal(f"{out_dir} is busy: another `ogi parse` is writing it",
                            EXIT_BUSY) from None
            click.echo(f"waiting for another `ogi parse` writing {out_dir} ...", err=True)
            lock.acquire()
    try:
        yield
    finally:
        lock.release()


def _parse_locked(paths, out_dir: Path, jobs, limits, no_cache: bool, cache_dir,
                  scheduler, fail_on_error: bool, no_progress: bool) -> None:
    from tqdm import tqdm

    from .cache import ResultCache, RunManifest, default_cache_dir, run_digest
    from .outputs import RunOutputs
    from .pipeline import default_jobs, iter_inputs, parse_many
    from .tidy import remove_stale_staging

    with _writing_outputs(out_dir):
        remove_stale_staging(out_dir)   # left by a killed run; we hold the lock
    cache_dir = cache_dir or default_cache_dir(out_dir)
    exclude = [out_dir] + ([] if no_cache else [cache_dir])

    def inputs():
        return iter_inputs(paths, exclude=exclude)

    if next(inputs(), None) is None:
        raise Fatal(f"no input files in {', '.join(map(str, paths))}; outputs in {out_dir} "
                    f"left as they were", EXIT_NO_INPUT)
    show_bar = not no_progress and sys.stderr.isatty()
    # Counting is a second cheap walk; it keeps the list of inputs out of memory.
    total = sum(1 for _ in inputs()) if show_bar else None
    manifest = RunManifest(out_dir)
    digest = None
    if no_cache:
        with _writing_outputs(out_dir):
            manifest.forget()
    else:
        digest = run_digest(inputs())   # one cheap hashing pass over the bytes
        last = manifest.unchanged(digest)
        if last is not None:
            _summary(last, out_dir, "unchanged since the last run, outputs kept",
                     fail_on_error)
            return
    cache = None if no_cache else ResultCache(cache_dir,
                                              warn=lambda line: click.echo(line, err=True))
    counts = {"ok": 0, "partial": 0, "failed": 0, "facts": 0}
    bar = tqdm(total=total, unit="doc", disable=not show_bar, file=sys.stderr)
    writer = None
    try:
        with _writing_outputs(out_dir):
            writer = RunOutputs(out_dir)
        with closing(parse_many(inputs(), default_jobs() if jobs is None else jobs, limits,
                                cache, scheduler)) as reports:
            for report in reports:
                with _writing_outputs(out_dir):
                    writer.write(report)
                counts[report.status] += 1
                counts["facts"] += report.n_facts
                bar.update()
        with _writing_outputs(out_dir):
            writer.close()
    except BaseException:   # any failure or signal: earlier outputs stay, the scratch files go
        if writer is not None:
            writer.abort()
        raise
    finally:
        bar.close()
        if cache is not None:
            cache.close()
    if cache is not None:
        try:
            manifest.record(digest, complete=cache.complete, summary=counts)
        except OSError as exc:   # the outputs are published; only the shortcut is lost
            click.echo(f"warning: cannot record the run in {manifest.path}: "
                       f"{_os_reason(exc)}", err=True)
    _summary(counts, out_dir, f"{cache.hits} from cache" if cache is not None and cache.hits
             else "", fail_on_error)


@main.command()
@click.argument("processed", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option("--out", "out_file", required=True, type=click.Path(path_type=Path),
              help="File to write: .csv, .parquet, .xlsx (with a sheet describing every "
                   "column) or .dta (Stata 118).")
def export(processed: Path, out_file: Path) -> None:
    """Write the values of PROCESSED (an `ogi parse` output folder) as a wide table: one row
    per report, one column per measure|key|period."""
    from .export import FORMATS
    from .export import export as write_export

    if out_file.suffix.lower() not in FORMATS:
        raise click.BadParameter(f"{out_file.name}: the format is chosen by the suffix, one of "
                                 f"{', '.join(FORMATS)}", param_hint="--out")
    try:
        table = write_export(processed, out_file)
    except FileNotFoundError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{len(table)} reports x {table.shape[1]} columns -> {out_file}", err=True)


def _summary(counts: dict, out_dir: Path, note: str, fail_on_error: bool) -> None:
    n_files = counts["ok"] + counts["partial"] + counts["failed"]
    note = f" ({note})" if note else ""
    click.echo(f"{n_files} files{note}: {counts['ok']} ok, {counts['partial']} partial, "
               f"{counts['failed']} failed; {counts['facts']} facts -> {out_dir}", err=True)
    if fail_on_error and counts["failed"]:
        sys.exit(EXIT_FAILED)


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
