#!/usr/bin/env python3
"""Where parse time goes: cProfile over synthetic documents, in one process, by module.

    .venv/bin/python benchmarks/profile_parse.py --n 300 [--formats txt] [--top 25]
    .venv/bin/python benchmarks/profile_parse.py --n 300 --stage read [--inputs DIR]
    .venv/bin/python benchmarks/profile_parse.py --n 600 --stage stages

Profiles the worker side (read -> extract -> check -> rows, `ogi.pipeline.parse_rendered`) and
the parent side (receive the rows, append CSV text, build Parquet, `ogi.tidy.TableWriter`)
apart, and prints self time grouped by module (ogi modules by file, libraries by package) plus the top functions.
`--stage read` times the readers alone (bytes -> normalised Document): CPU ms per document and
format without a profiler (best of --repeat passes, so other processes' load counts least), then
a profile of the readers; `--inputs` reads real files instead of synthetic ones.
`--stage stages` splits the whole worker + parent path into its stages (read per format,
metadata, template tables, statistics table, prose, merge, checks, render, pickling, writing)
and prints CPU ms per document for each, without a profiler (best of --repeat passes).
"""
from __future__ import annotations

import argparse
import collections
import cProfile
import pickle
import pstats
import shutil
import tempfile
import time
from pathlib import Path

from ogi.pipeline import iter_inputs, parse_rendered
from ogi.read import ReadError, read_document
from ogi.synth import write_corpus
from ogi.tidy import TableWriter


def by_module(profile: cProfile.Profile, top: int) -> str:
    stats = pstats.Stats(profile)
    totals = collections.Counter()
    for (filename, _, name), (_, _, self_time, _, _) in stats.stats.items():
        if "/lib/ogi/" in filename:
            key = "ogi/" + filename.split("/lib/ogi/")[1]
        elif "site-packages/" in filename:
            key = filename.split("site-packages/")[1].split("/")[0]
        elif filename == "~":
            key = f"builtin {name}"
        else:
            key = "stdlib " + Path(filename).name
        totals[key] += self_time
    whole = sum(totals.values()) or 1
    return "\n".join(f"{100 * t / whole:5.1f}%  {t:7.3f}s  {k}" for k, t in totals.most_common(top))


def read_stage(items, repeat: int, top: int) -> None:
    """Reader CPU time per document and format, then where the reader time goes."""
    for item in items[:20]:         # imports and one-off set-up (OpenCC, parsers) outside timing
        _read(item)
    best: dict[str, float] = {}
    counts = collections.Counter()
    for _ in range(repeat):
        spent = collections.Counter()
        counts.clear()
        for item in items:
            started = time.process_time()
            fmt = _read(item)
            spent[fmt] += time.process_time() - started
            counts[fmt] += 1
        best = {fmt: min(t, best.get(fmt, t)) for fmt, t in spent.items()}
    for fmt in sorted(best):
        print(f"read {fmt:5s}: {1000 * best[fmt] / counts[fmt]:6.2f} ms/document CPU "
              f"({counts[fmt]} documents)")
    profile = cProfile.Profile()
    profile.enable()
    for item in items:
        _read(item)
    profile.disable()
    print(by_module(profile, top))


def stages(items, repeat: int, work: Path) -> None:
    """CPU ms/document per stage of parse_file + render + the parent's writer, unprofiled."""
    from ogi.checks import run_checks
    from ogi.extract import merge_repeated, metadata, prose, stats_table, template
    from ogi.model import FREE_TEXT, ParsedReport
    from ogi.tidy import render

    best: dict[str, float] = {}
    for attempt in range(repeat):
        spent = collections.Counter()

        def timed(stage, function, *args, spent=spent, **kwargs):
            started = time.process_time()
            result = function(*args, **kwargs)
            spent[stage] += time.process_time() - started
            return result

        writer = TableWriter(work / f"stages-{attempt}")
        for item in items:
            doc = timed(f"read {item.path.suffix.lstrip('.')}", read_document, item.path,
                        item.source_file)
            meta = timed("metadata", metadata.extract_metadata, doc)
            tables = timed("template tables", template.extract_template, doc)
            report_format = tables.template
            if not tables.facts:
                tables = timed("statistics table", stats_table.extract_stats_table, doc, meta)
                report_format = tables.template or report_format
            meta.template = report_format or FREE_TEXT
            prose_facts = timed("prose", prose.extract_prose, doc, meta, template=meta.template)
            facts = timed("merge", merge_repeated, tables.facts + prose_facts)
            checks = timed("checks", run_checks, meta, facts)
            report = ParsedReport(source_file=item.source_file, report_id=doc.report_id,
                                  fmt=doc.fmt, status="ok", metadata=meta, facts=facts,
                                  checks=checks, n_chars=len(doc.text))
            rendered = timed("render rows + CSV", render, report)
            rendered = timed("pickle (worker -> parent)", lambda r: pickle.loads(pickle.dumps(r)),
                             rendered)
            timed("parent: write CSV + Parquet", writer.write, rendered)
        timed("parent: write CSV + Parquet", writer.close)
        best = {stage: min(t, best.get(stage, t)) for stage, t in spent.items()}
    total = sum(best.values())
    for stage, seconds in sorted(best.items(), key=lambda kv: -kv[1]):
        print(f"{stage:30s} {1000 * seconds / len(items):6.2f} ms/document  "
              f"{100 * seconds / total:5.1f}%")
    print(f"{'total':30s} {1000 * total / len(items):6.2f} ms/document CPU "
          f"({len(items)} documents; read stages are per document of the whole corpus)")


def _read(item) -> str:
    try:
        return read_document(item.path, item.source_file).fmt
    except ReadError:
        return "error"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--formats", default="txt,html,md")
    ap.add_argument("--seed", type=int, default=20240101)
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("--stage", choices=("parse", "read", "stages"), default="parse")
    ap.add_argument("--inputs", type=Path, help="read these files (with --stage read)")
    ap.add_argument("--repeat", type=int, default=3,
                    help="timing passes (with --stage read or stages)")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ogi-profile-"))
    try:
        if args.inputs:
            items = list(iter_inputs([args.inputs]))
        else:
            list(write_corpus(args.n, work / "corpus", args.seed, tuple(args.formats.split(","))))
            items = list(iter_inputs([work / "corpus" / "reports"]))
        if args.stage == "read":
            read_stage(items, args.repeat, args.top)
            return
        if args.stage == "stages":
            stages(items, args.repeat, work)
            return
        first = parse_rendered(items[0])   # imports and one-off set-up outside the profile

        worker = cProfile.Profile()
        started = time.perf_counter()
        worker.enable()
        reports = [parse_rendered(item) for item in items]
        worker.disable()
        parse_s = time.perf_counter() - started
        n_facts = sum(r.n_facts for r in reports)
        print(f"worker side: {1000 * parse_s / len(items):.1f} ms/document "
              f"({len(items)} documents, {n_facts / len(items):.0f} facts each, under cProfile)")
        print(by_module(worker, args.top))
        pstats.Stats(worker).sort_stats("cumulative").print_stats(args.top)

        warm = TableWriter(work / "warm", batch_rows=1)   # imports outside the profile
        warm.write(first)
        warm.close()
        parent = cProfile.Profile()
        started = time.perf_counter()
        parent.enable()
        writer = TableWriter(work / "out")
        for report in reports:
            writer.write(pickle.loads(pickle.dumps(report)))   # as it comes from a worker
        writer.close()
        parent.disable()
        write_s = time.perf_counter() - started
        print(f"parent side (unpickle + CSV + Parquet): {1000 * write_s / len(items):.2f} ms/document")
        print(by_module(parent, args.top))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
