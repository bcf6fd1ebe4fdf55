#!/usr/bin/env python3
"""Time every notebook on a large parsed corpus (issue 6: "notebooks on 100k documents under a
minute each").

    .venv/bin/ogi synth 100000 --out build/bench/synth-txt_html_md-100000
    .venv/bin/ogi parse build/bench/synth-txt_html_md-100000/reports --out build/bench/out-100k
    .venv/bin/python benchmarks/bench_notebooks.py --processed build/bench/out-100k

Each notebook runs alone (one kernel at a time, so its time is its own) through papermill in a
fresh process, with the processed folder and a scratch figures folder as parameters. Reports
wall seconds and the peak resident set of the kernel, plus the size of the tables it read.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

from bench_parse import ROOT, machine, measured, table


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--processed", type=Path, default=ROOT / "build" / "bench" / "out-100k")
    ap.add_argument("--work", type=Path, default=ROOT / "build" / "bench" / "notebooks")
    ap.add_argument("--lang", default="zh")
    ap.add_argument("--markdown", type=Path, help="also write the table to this file")
    args = ap.parse_args()
    processed = args.processed.resolve()
    reports = processed / "reports.csv"
    if not reports.exists():
        raise SystemExit(f"{reports} not found: parse a corpus into {processed} first")
    n_reports = sum(1 for _ in reports.open(encoding="utf-8")) - 1
    sizes = {p.name: p.stat().st_size / 1e6 for p in sorted(processed.glob("*.*"))}
    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)

    rows = []
    for notebook in sorted((ROOT / "notebooks").glob("0*.ipynb")):
        out = args.work / notebook.name
        cmd = [sys.executable, "-m", "papermill", str(notebook), str(out), "--cwd", str(ROOT),
               "-p", "processed_dir", str(processed), "-p", "figures_dir", str(args.work / "figures"),
               "-p", "lang", args.lang, "--no-progress-bar"]
        wall, rss, _ = measured(cmd)
        rows.append({"notebook": notebook.name, "wall_s": wall, "peak_rss_mb": rss})
        print(f"{notebook.name}: {wall:.1f} s, peak {rss:.0f} MB", flush=True)

    text = "\n\n".join([
        f"Machine: {machine()}",
        f"Date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        f"Corpus: {n_reports:,} reports in {processed.name}; "
        + ", ".join(f"{name} {mb:,.1f} MB" for name, mb in sizes.items()),
        "### Notebooks (papermill, one at a time, kernel start-up included)\n"
        + table(rows, ["notebook", "wall_s", "peak_rss_mb"]),
    ])
    print(text)
    if args.markdown:
        args.markdown.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
