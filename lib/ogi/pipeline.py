"""Run the chain read -> normalise -> extract -> check over files and folders.

Every input file yields exactly one ParsedReport, whatever happens to it: a file that cannot be
read is `failed` with a one-line reason, a file read with trouble is `partial`, and an
unexpected error inside ogi is caught, reported as `failed: internal error ...` and does not
stop the rest of the corpus.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .checks import run_checks
from .extract import extract
from .model import ParsedReport
from .read import ReadError, read_document, report_id_for

# Files that are never reports: our own outputs and bookkeeping next to the inputs.
SKIP_NAMES = {"SOURCES.csv", "README.md", "MANIFEST.csv", ".DS_Store"}


@dataclass(frozen=True)
class InputFile:
    path: Path            # where to read it
    source_file: str      # how to name it: relative to the folder given on the command line


def iter_inputs(paths: Iterable[Path]) -> Iterator[InputFile]:
    """Files under the given paths, recursively, in a stable order; symlink loops are skipped."""
    for root in paths:
        root = Path(root)
        if root.is_dir():
            seen_dirs: set[tuple[int, int]] = set()
            for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
                st = os.stat(dirpath)
                if (st.st_dev, st.st_ino) in seen_dirs:
                    dirnames[:] = []
                    continue
                seen_dirs.add((st.st_dev, st.st_ino))
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    if name.startswith(".") or name in SKIP_NAMES:
                        continue
                    path = Path(dirpath) / name
                    yield InputFile(path, path.relative_to(root).as_posix())
        else:
            yield InputFile(root, root.name)


def parse_file(item: InputFile) -> ParsedReport:
    """Parse one file; never raises."""
    fmt = item.path.suffix.lower().lstrip(".") or "txt"
    try:
        doc = read_document(item.path, item.source_file)
    except ReadError as exc:
        return _failed(item, fmt, str(exc))
    except Exception as exc:  # a reader bug must not stop the corpus
        return _failed(item, fmt, f"internal error while reading: {type(exc).__name__}: {exc}")
    try:
        meta, facts = extract(doc)
        for fact in facts:
            if fact.page is None and fact.char_start >= 0:
                fact.page = doc.page_at(fact.char_start)
        checks = run_checks(meta, facts)
    except Exception as exc:
        report = _failed(item, doc.fmt, f"internal error while extracting: "
                                         f"{type(exc).__name__}: {exc}")
        report.report_id = doc.report_id
        return report
    status = "partial" if doc.warnings else "ok"
    return ParsedReport(
        source_file=item.source_file, report_id=doc.report_id, fmt=doc.fmt, status=status,
        error="; ".join(doc.warnings), metadata=meta, facts=facts, checks=checks,
        n_chars=len(doc.text), n_bytes=_size(item.path),
    )


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _failed(item: InputFile, fmt: str, reason: str) -> ParsedReport:
    try:
        rid = report_id_for(item.path.read_bytes())
    except OSError:
        rid = report_id_for(("unreadable:" + item.source_file).encode())
    return ParsedReport(source_file=item.source_file, report_id=rid, fmt=fmt, status="failed",
                        error=reason, n_bytes=_size(item.path))


def parse_many(items: list[InputFile], jobs: int = 1) -> Iterator[ParsedReport]:
    """Parse files, in input order, with `jobs` worker processes (1 = in this process)."""
    if jobs <= 1 or len(items) < 2:
        yield from map(parse_file, items)
        return
    chunksize = max(1, min(64, len(items) // (jobs * 8) or 1))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(parse_file, items, chunksize=chunksize)


def default_jobs() -> int:
    return max(1, min(os.cpu_count() or 1, 8))
