"""Run the chain read -> normalise -> extract -> check over files and folders.

Every input file yields exactly one ParsedReport, whatever happens to it: a file that cannot be
read is `failed` with a one-line reason, a file read with trouble is `partial`, and an
unexpected error inside ogi is caught, reported as `failed: internal error ...` and does not
stop the rest of the corpus.

`parse_many` streams results in input order (inputs are walked in sorted `source_file` order),
so outputs are byte-identical whatever the number of workers and the order in which they
finish. Files are parsed in worker processes watched by the parent: a file that runs past the
time limit, or a worker that dies (memory limit, crash in a native library), costs only that
file, which becomes `failed` with a one-line reason; the worker is replaced and the run goes on.
"""
from __future__ import annotations

import multiprocessing
import os
import resource
import signal
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import wait
from pathlib import Path

from .checks import run_checks
from .checks.corpus import inputs_of as cross_year_inputs
from .extract import extract
from .model import ParsedReport
from .procs import die_with_parent
from .read import ReadError, content_sha256, ocr, read_document, report_id_for
from .tidy import Rendered, render

# Files that are never reports: our own outputs and bookkeeping next to the inputs.
SKIP_NAMES = {"SOURCES.csv", "README.md", "MANIFEST.csv", ".DS_Store"}
# Extensions of data, code and configuration files: never a report, so not read; such a file
# gets a `failed` row whose reason starts with NOT_A_REPORT.
NEVER_REPORTS = {".tsv", ".csv", ".json", ".jsonl", ".yaml", ".yml", ".toml", ".ini", ".cfg",
                 ".py", ".pyc", ".js", ".css", ".sh", ".bat", ".ps1", ".sql", ".ipynb",
                 ".parquet", ".sqlite", ".db", ".log"}
NOT_A_REPORT = "not a report:"
# A PDF or Word file is a published document even when nothing of a report is found in it (a
# scan, another language): it stays `ok` with no facts. Text and markup files with nothing of a
# report are stray files and say so.
PUBLISHED_FORMATS = {"pdf", "docx"}
# How a failure caused by a limit starts (see decided_by_limits).
MEMORY_LIMIT = "exceeded the memory limit"
TIME_LIMIT = "time limit exceeded"
WORKER_DIED = "worker process died"

# Files sent ahead to each worker, so it never waits for the parent between two files.
PREFETCH = 2
# Results held back at most while an earlier, slow file is still running (bounds memory).
MAX_AHEAD = 2000
# Cache hits answered before the caller writes them out (bounds memory on a warm cache).
HIT_BATCH = 64


@dataclass(frozen=True)
class InputFile:
    path: Path            # where to read it
    source_file: str      # how to name it: relative to the folder given on the command line
    error: str = ""       # set when the walk already knows it cannot be read (a folder)


@dataclass(frozen=True)
class Limits:
    """Per-file limits; a file that exceeds one is `failed`, the run goes on.

    A scanned file's time limit runs per OCR'd page (each page done restarts it), and its OCR
    stops after `ocr_total_s`: the pages done are kept and the report is `partial`."""

    time_s: float = 60.0
    memory_bytes: int = 2 * 1024 ** 3
    ocr_total_s: float = 1800.0


def display_name(name: str) -> str:
    """A file name as valid UTF-8 text for the tables: bytes that are not UTF-8 (a GBK name
    unzipped on Linux reaches Python as surrogate escapes) are shown as \\xNN escapes."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def iter_inputs(paths: Iterable[Path], exclude: Iterable[Path] = ()) -> Iterator[InputFile]:
    """Files under the given paths, recursively, in sorted `source_file` order (a folder's
    files and subfolders interleaved as their relative paths sort); symlink loops are skipped,
    and so are the folders in `exclude` (our own outputs and cache, when they sit inside an
    input folder). A folder that cannot be listed is yielded as an input carrying the reason,
    so it gets a `failed` row. Lazy: a 100k-file corpus is never held as one list."""
    excluded = set()
    for path in exclude:
        try:
            st = os.stat(path)
            excluded.add((st.st_dev, st.st_ino))
        except OSError:
            pass   # not there yet: nothing of ours to skip inside it
    for root in paths:
        root = Path(root)
        if root.is_dir():
            yield from _walk(root, excluded)
        else:
            yield InputFile(root, display_name(root.name))


def _walk(root: Path, excluded: set[tuple[int, int]]) -> Iterator[InputFile]:
    """Depth first with an explicit stack, so folders nested a thousand deep cannot exhaust
    Python's recursion limit."""
    seen_dirs = set(excluded)
    stack = [iter([(root, "", True)])]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        path, prefix, is_dir = entry
        if not is_dir:
            yield InputFile(path, display_name(prefix))
            continue
        try:
            st = os.stat(path)
            if (st.st_dev, st.st_ino) in seen_dirs:
                continue   # a symlink loop, or our own output folder
            seen_dirs.add((st.st_dev, st.st_ino))
            children = _list_folder(path, prefix)
        except OSError as exc:
            name = display_name(prefix) if prefix else f"{display_name(str(path))}/"
            reason = (exc.strerror or str(exc)).lower()
            yield InputFile(path, name, error=f"folder cannot be read: {reason}; its files "
                                              f"were not parsed")
            continue
        stack.append(iter(children))


def _list_folder(folder: Path, prefix: str) -> list[tuple[Path, str, bool]]:
    keyed = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith(".") or entry.name in SKIP_NAMES:
                continue
            try:
                is_dir = entry.is_dir(follow_symlinks=True)
            except OSError:   # a symlink loop: listed as a file, so it is reported as unreadable
                is_dir = False
            # "a/..." sorts after "a.txt" and before "a0.txt", as the full relative paths do.
            name = entry.name + "/" if is_dir else entry.name
            keyed.append((name, (folder / entry.name, prefix + name, is_dir)))
    return [child for _, child in sorted(keyed)]


def parse_file(item: InputFile) -> ParsedReport:
    """Parse one file; never raises."""
    fmt = item.path.suffix.lower().lstrip(".") or "txt"
    if item.error:
        return _failed(item, "folder", item.error)
    if item.path.suffix.lower() in NEVER_REPORTS:
        return _failed(item, fmt, f"{NOT_A_REPORT} {item.path.suffix.lower()} files hold data "
                                  f"or code, never a report; not read")
    try:
        doc = read_document(item.path, item.source_file)
    except ReadError as exc:
        return _failed(item, fmt, str(exc))
    except MemoryError:
        return _failed(item, fmt, f"{MEMORY_LIMIT} while reading")
    except Exception as exc:  # a reader bug must not stop the corpus
        return _failed(item, fmt, f"internal error while reading: {type(exc).__name__}: {exc}")
    try:
        meta, facts = extract(doc)
        _set_pages(doc, facts)
        checks = run_checks(meta, facts)
    except Exception as exc:
        reason = (f"{MEMORY_LIMIT} while extracting" if isinstance(exc, MemoryError)
                  else f"internal error while extracting: {type(exc).__name__}: {exc}")
        report = _failed(item, doc.fmt, reason)
        report.report_id = doc.report_id
        return report
    status = "partial" if doc.warnings else "ok"
    error = "; ".join(doc.warnings)
    if (doc.fmt not in PUBLISHED_FORMATS and not meta.agency and meta.report_year is None
            and not facts and not doc.warnings):
        # Text read cleanly with nothing of a report in it (a Makefile, notes, a listing):
        # said so, rather than passing as a good report without numbers.
        status, error = "failed", f"{NOT_A_REPORT} no agency, no report year and no figures found"
        checks = []
    return ParsedReport(
        source_file=item.source_file, report_id=doc.report_id, fmt=doc.fmt, status=status,
        error=error, metadata=meta, facts=facts, checks=checks, n_chars=len(doc.text),
        n_bytes=_size(item.path), text=doc.raw_text,
    )


def decided_by_limits(report) -> bool:
    """A result this run's limits decided rather than the file (a failure at a limit, an OCR
    stopped by its time budget): never cached, so raising the limit parses the file again."""
    return (report.status == "failed" and report.error.startswith(
        (MEMORY_LIMIT, TIME_LIMIT, WORKER_DIED))) or ocr.cut_short(report.error)


def _set_pages(doc, facts) -> None:
    """The PDF page of each fact (formats without pages have none)."""
    if all(seg.page is None for seg in doc.segments):
        return
    for fact in facts:
        if fact.page is None and fact.char_start >= 0:
            fact.page = doc.page_at(fact.char_start)


def parse_rendered(item: InputFile) -> Rendered:
    """Parse one file and render its rows, with what the cross-year checks will read of it:
    the unit of work of a worker and of the cache."""
    report = parse_file(item)
    return render(report, corpus=cross_year_inputs(report.metadata, report.facts))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _failed(item: InputFile, fmt: str, reason: str) -> ParsedReport:
    # Never re-read a failed file whole: it may be a pipe, huge, or what hung the worker.
    digest = content_sha256(item.path)
    rid = digest[:16] if digest else report_id_for(("unreadable:" + item.source_file).encode())
    return ParsedReport(source_file=item.source_file, report_id=rid, fmt=fmt, status="failed",
                        error=reason, n_bytes=0 if item.error else _size(item.path))


def _fmt_of(item: InputFile) -> str:
    return item.path.suffix.lower().lstrip(".") or "txt"


# --- ordering and caching, shared by the local pool and the Dask path ----------------------

class _Ordered:
    """Numbers the inputs, answers cache hits at once, hands misses to an executor and
    releases results strictly in input order."""

    def __init__(self, items: Iterable[InputFile], cache):
        self._items = iter(items)
        self._cache = cache
        self._seq = 0               # next input number to hand out
        self._next_out = 0          # next input number to release
        self._done: dict[int, Rendered] = {}
        self.exhausted = False

    def take(self) -> tuple[int, InputFile] | None:
        """The next input to parse, or None when there is none now: inputs exhausted, too
        many results held back behind a slow file, or a run of cache hits to release first."""
        hits = 0
        while (not self.exhausted and self._seq - self._next_out < MAX_AHEAD
               and hits < HIT_BATCH):
            item = next(self._items, None)
            if item is None:
                self.exhausted = True
                break
            seq, self._seq = self._seq, self._seq + 1
            hit = self._cache.get(item) if self._cache is not None else None
            if hit is not None:
                self._done[seq] = hit
                hits += 1
                continue
            return seq, item
        return None

    def finish(self, seq: int, item: InputFile, report: Rendered, cacheable: bool) -> None:
        if self._cache is not None:
            if cacheable and not decided_by_limits(report):
                self._cache.put(item, report)
            else:
                self._cache.skip(item)
        self._done[seq] = report

    def release(self) -> Iterator[Rendered]:
        while self._next_out in self._done:
            yield self._done.pop(self._next_out)
            self._next_out += 1


def parse_many(items: Iterable[InputFile], jobs: int = 1, limits: Limits = Limits(),
               cache=None, scheduler: str | None = None) -> Iterator[Rendered]:
    """Parse files and yield their reports, rendered as table rows, in input order.

    jobs >= 1: that many worker processes, with per-file limits; jobs == 0: in this process,
    without limits (for profiling and debugging). `cache` is an `ogi.cache.ResultCache` or
    None. `scheduler` is the address of a Dask distributed scheduler to run on instead.
    """
    order = _Ordered(items, cache)
    if scheduler is not None:
        run = _run_dask(order, scheduler)
    elif jobs <= 0:
        run = _run_inline(order)
    else:
        run = _Pool(jobs, limits).run(order)
    for _ in run:
        yield from order.release()
    yield from order.release()


def _run_inline(order: _Ordered) -> Iterator[None]:
    while True:
        job = order.take()
        if job is not None:
            seq, item = job
            order.finish(seq, item, parse_rendered(item), cacheable=True)
        elif order.exhausted:
            return
        yield   # let the caller write what is ready


# --- local worker processes ---------------------------------------------------------------

# What a worker sends when it finished an OCR page: the parent restarts the file's clock.
PAGE_DONE = "page-done"


def _worker_main(conn, memory_bytes: int, parent_pid: int, ocr_total_s: float) -> None:
    die_with_parent(parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the parent's handler is not ours
    _limit_address_space(memory_bytes)
    # one inference thread: the pool already runs one worker per core
    ocr.configure(ocr_total_s, lambda: conn.send(PAGE_DONE), threads=1)
    while True:
        try:
            item = conn.recv()
        except (EOFError, OSError):
            return
        if item is None:
            return
        conn.send(parse_rendered(item))


def _limit_address_space(memory_bytes: int) -> None:
    """Cap this worker at its current size plus `memory_bytes`: an allocation beyond that
    fails (MemoryError, or the worker dies in native code) instead of swamping the machine."""
    try:
        with open("/proc/self/statm") as f:
            current = int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        resource.setrlimit(resource.RLIMIT_AS, (current + memory_bytes, resource.RLIM_INFINITY))
    except (OSError, ValueError):
        pass  # no /proc or the limit cannot be set here: the time limit still applies


class _Worker:
    def __init__(self, ctx, limits: Limits):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, daemon=True,
                                args=(child, limits.memory_bytes, os.getpid(),
                                      limits.ocr_total_s))
        self.proc.start()
        child.close()
        self.queue: deque[tuple[int, InputFile]] = deque()   # sent, in the order it runs them
        self.started = time.monotonic()                      # when the head of `queue` began

    def send(self, job: tuple[int, InputFile]) -> None:
        if not self.queue:
            self.started = time.monotonic()
        self.queue.append(job)
        try:
            self.conn.send(job[1])
        except OSError:
            pass  # the worker is gone: the parent notices and replaces it

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.proc.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                pass
        self.proc.join(timeout=5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


class _Pool:
    """Worker processes fed file by file and watched by the parent (time limit, crashes)."""

    def __init__(self, jobs: int, limits: Limits):
        self.jobs = jobs
        self.limits = limits
        methods = multiprocessing.get_all_start_methods()
        # fork starts a worker in milliseconds, which keeps replacing a killed worker cheap.
        self.ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")

    def _spawn(self) -> _Worker:
        return _Worker(self.ctx, self.limits)

    def run(self, order: _Ordered) -> Iterator[None]:
        workers = [self._spawn() for _ in range(self.jobs)]
        try:
            while True:
                for w in workers:
                    while len(w.queue) < PREFETCH and (job := order.take()) is not None:
                        w.send(job)
                busy = [w for w in workers if w.queue]
                if not busy:
                    if order.exhausted:
                        return
                    yield  # results held back: let the caller drain them
                    continue
                deadline = min(w.started for w in busy) + self.limits.time_s
                timeout = max(0.0, deadline - time.monotonic())
                wait([w.conn for w in busy] + [w.proc.sentinel for w in busy], timeout)
                for i, w in enumerate(workers):
                    if w.queue and not self._collect(w, order):
                        workers[i] = self._replace(w, order)
                yield
        finally:
            for w in workers:
                w.stop(kill=bool(w.queue))

    def _collect(self, w: _Worker, order: _Ordered) -> bool:
        """Take the worker's finished results; False if it must be replaced (its current
        file hung or it died), after recording that file as failed."""
        try:
            while w.queue and w.conn.poll():
                report = w.conn.recv()
                if report == PAGE_DONE:
                    w.started = time.monotonic()
                    continue
                seq, item = w.queue.popleft()
                w.started = time.monotonic()
                order.finish(seq, item, report, cacheable=True)
        except (EOFError, OSError):
            pass  # died while answering: handled below as a crash
        if not w.queue:
            return True
        if not w.proc.is_alive():
            code = w.proc.exitcode
            why = (f"killed by signal {-code}" if code is not None and code < 0
                   else f"exit code {code}")
            reason = (f"{WORKER_DIED} while parsing this file ({why}; "
                      f"memory limit {self.limits.memory_bytes / 1024 ** 3:g} GB)")
        elif time.monotonic() - w.started > self.limits.time_s:
            reason = f"{TIME_LIMIT}: parsing took more than {self.limits.time_s:g} s"
        else:
            return True
        seq, item = w.queue.popleft()
        order.finish(seq, item, render(_failed(item, _fmt_of(item), reason)), cacheable=False)
        return False

    def _replace(self, w: _Worker, order: _Ordered) -> _Worker:
        """Kill a hung or dead worker and give the files it had not started to a new one."""
        w.stop(kill=True)
        fresh = self._spawn()
        for job in w.queue:
            fresh.send(job)
        return fresh


# --- Dask distributed ------------------------------------------------------------------------

DASK_CHUNK = 16   # files per task: enough work to amortise the scheduler's per-task cost


def parse_chunk(items: list[InputFile]) -> list[Rendered]:
    """One Dask task: parse a few files on a worker (the files must be on a shared path)."""
    return [parse_rendered(item) for item in items]


def _run_dask(order: _Ordered, scheduler: str) -> Iterator[None]:
    from distributed import Client, as_completed

    with Client(scheduler) as client:
        window = 4 * max(1, sum(client.nthreads().values()))
        running = as_completed()
        jobs_of = {}

        def submit() -> bool:
            chunk = []
            while len(chunk) < DASK_CHUNK and (job := order.take()) is not None:
                chunk.append(job)
            if not chunk:
                return False
            future = client.submit(parse_chunk, [item for _, item in chunk], pure=False)
            jobs_of[future.key] = chunk
            running.add(future)
            return True

        while True:
            while len(jobs_of) < window and submit():
                pass
            if not jobs_of:
                if order.exhausted:
                    return
                yield   # only cache hits so far: let the caller write them
                continue
            future = next(running)
            chunk = jobs_of.pop(future.key)
            try:
                reports = future.result()
            except Exception as exc:  # a task that kept killing workers, or a lost worker
                reason = f"cluster task failed: {type(exc).__name__}: {_one_line(str(exc))}"
                reports = [render(_failed(item, _fmt_of(item), reason)) for _, item in chunk]
                cacheable = False
            else:
                cacheable = True
            for (seq, item), report in zip(chunk, reports):
                order.finish(seq, item, report, cacheable)
            yield


def _one_line(text: str) -> str:
    return " ".join(text.split())[:300]


def default_jobs() -> int:
    return max(1, min(os.cpu_count() or 1, 8))

