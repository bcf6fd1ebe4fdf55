#!/usr/bin/env python3
"""Throughput, memory and cache benchmarks of `ogi parse` on synthetic corpora (`ogi synth`).

    .venv/bin/python benchmarks/bench_parse.py --n 10000            # the full set
    .venv/bin/python benchmarks/bench_parse.py --n 1000 --jobs 2    # a quick look

Measures, each run as a fresh `ogi parse` process (so imports and worker start-up count):
- scaling: a mixed-format corpus at 1,000 and N documents, with 1 and 2 workers, cold;
- per format: 1,000 txt, html and md documents with the most workers;
- the cache: the N-document corpus parsed into an empty cache, then again unchanged;
- the floor: reading and decoding the same bytes in one process (what no parser can beat);
- accuracy (--score): shared/tools/score.py on the N-document cold run.
Peak memory is the largest resident set of the ogi process or any of its workers.
Corpora are generated once into --data (default build/bench) and reused.
"""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OGI = Path(sys.executable).with_name("ogi")
SCORER = ROOT.parent / "shared" / "tools" / "score.py"
SEED = 20240101
# Let Python cache bytecode: with PYTHONDONTWRITEBYTECODE set (as in some sandboxes) every run
# recompiles pandas and pyarrow from source, ~2 s of start-up that no user pays.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def corpus(data: Path, n: int, formats: str) -> Path:
    """OUT/reports + OUT/labels for n synthetic documents, generated once."""
    folder = data / f"synth-{formats.replace(',', '_')}-{n}"
    reports = folder / "reports"
    if not reports.exists() or sum(1 for _ in reports.iterdir()) != n:
        shutil.rmtree(folder, ignore_errors=True)
        subprocess.run([str(OGI), "synth", str(n), "--out", str(folder), "--seed", str(SEED),
                        "--formats", formats], check=True, env=ENV)
    return folder


def measured(cmd: list[str]) -> tuple[float, float, str]:
    """Wall seconds, peak RSS in MB (largest process of the tree) and stderr of one command."""
    probe = ("import resource, subprocess, sys, time\n"
             "t = time.perf_counter()\n"
             "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
             "wall = time.perf_counter() - t\n"
             "rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
             "sys.stderr.write(p.stderr)\n"
             "print(wall, rss, p.returncode)\n")
    out = subprocess.run([sys.executable, "-c", probe, *cmd], capture_output=True, text=True,
                         check=True, env=ENV)
    wall, rss_kb, code = out.stdout.split()
    if code != "0":
        raise SystemExit(f"failed ({code}): {' '.join(cmd)}\n{out.stderr}")
    return float(wall), int(rss_kb) / 1024, (out.stderr.strip().splitlines() or [""])[-1]


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.iterdir()) / 1e6


def parse_run(folder: Path, out: Path, jobs: int, cache: Path | None, keep_out: bool = False,
              extra: Path | None = None) -> dict:
    if not keep_out:
        shutil.rmtree(out, ignore_errors=True)
    cmd = [str(OGI), "parse", str(folder / "reports"), *([str(extra)] if extra else []),
           "--out", str(out), "--no-progress", "-j", str(jobs)]
    cmd += ["--cache-dir", str(cache)] if cache else ["--no-cache"]
    wall, rss, summary = measured(cmd)
    n = sum(1 for _ in (folder / "reports").iterdir())
    mb = size_mb(folder / "reports")
    return {"docs": n, "jobs": jobs, "wall_s": wall, "docs_per_s": n / wall, "mb_per_s": mb / wall,
            "peak_rss_mb": rss, "summary": summary}


def floor(folder: Path) -> dict:
    """Read and decode every file, in this process: the cost of touching the bytes at all."""
    files = sorted((folder / "reports").iterdir())
    t = time.perf_counter()
    chars = 0
    for path in files:
        chars += len(path.read_bytes().decode("utf-8"))
    wall = time.perf_counter() - t
    return {"docs": len(files), "wall_s": wall, "docs_per_s": len(files) / wall,
            "mb_per_s": size_mb(folder / "reports") / wall}


def machine() -> str:
    cpu = "unknown CPU"
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo")
                   if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024 ** 3
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"{platform.platform()}; Python {platform.python_version()}; {os.cpu_count()} CPUs "
            f"({cpu}); {mem:.0f} GiB RAM; load average at start {load}")


def table(rows: list[dict], columns: list[str]) -> str:
    def fmt(v):
        return f"{v:,.2f}" if isinstance(v, float) else str(v)
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(fmt(r.get(c, "")) for c in columns) + " |" for r in rows]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10000, help="largest corpus size")
    ap.add_argument("--jobs", default="1,2", help="worker counts to compare")
    ap.add_argument("--format-n", type=int, default=1000, help="documents per format run")
    ap.add_argument("--data", type=Path, default=ROOT / "build" / "bench")
    ap.add_argument("--score", action="store_true", help="score the N-document run")
    ap.add_argument("--markdown", type=Path, help="also write the tables to this file")
    ap.add_argument("--live", action="store_true",
                    help="use the working tree as it changes (default: a snapshot taken at start)")
    ap.add_argument("--sections", default="scaling,formats,cache,floor",
                    help="which measurements to run (comma-separated)")
    args = ap.parse_args()
    jobs = [int(j) for j in args.jobs.split(",")]
    data = args.data
    data.mkdir(parents=True, exist_ok=True)
    sections = [f"Machine: {machine()}", f"Date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}"]

    if not args.live:
        # Measure one version of the code: others editing the tree mid-run would change the
        # parser hash and turn cache hits into misses.
        frozen = data / "frozen"
        shutil.rmtree(frozen, ignore_errors=True)
        shutil.copytree(ROOT / "lib" / "ogi", frozen / "ogi",
                        ignore=shutil.ignore_patterns("__pycache__"))
        ENV["PYTHONPATH"] = str(frozen)
    wanted = set(args.sections.split(","))
    sizes = sorted({min(1000, args.n), args.n}) if "scaling" in wanted else []
    scaling = []
    for n in sizes:
        folder = corpus(data, n, "txt,html,md")
        for j in jobs:
            row = parse_run(folder, data / "out", j, None)
            scaling.append(row)
            print(f"scaling n={n} jobs={j}: {row['docs_per_s']:.1f} docs/s, "
                  f"peak {row['peak_rss_mb']:.0f} MB", flush=True)
    if scaling:
        sections.append("### Scaling (mixed txt/html/md, cold, no cache)\n"
                        + table(scaling, ["docs", "jobs", "wall_s", "docs_per_s", "mb_per_s",
                                          "peak_rss_mb"]))

    formats = []
    for fmt in ("txt", "html", "md") if "formats" in wanted else ():
        folder = corpus(data, args.format_n, fmt)
        row = parse_run(folder, data / "out", max(jobs), None) | {"format": fmt}
        formats.append(row)
        print(f"format {fmt}: {row['docs_per_s']:.1f} docs/s, {row['mb_per_s']:.2f} MB/s", flush=True)
    if formats:
        sections.append(f"### Per format ({args.format_n} documents, {max(jobs)} workers)\n"
                        + table(formats, ["format", "docs", "wall_s", "docs_per_s", "mb_per_s",
                                          "peak_rss_mb"]))

    big = corpus(data, args.n, "txt,html,md")
    cache = data / "cache"
    if "cache" in wanted:
        shutil.rmtree(cache, ignore_errors=True)
        cold = parse_run(big, data / "out", max(jobs), cache) | {"run": "first (empty cache)"}
        warm = parse_run(big, data / "out", max(jobs), cache, keep_out=True) | {
            "run": "again, unchanged (outputs kept)"}
        added = data / "added" / "synth_added.txt"
        added.parent.mkdir(exist_ok=True)
        added.write_text("北岭乡2016年政府信息公开工作年度报告\n全年共主动公开政府信息42条。\n",
                         encoding="utf-8")
        one_more = parse_run(big, data / "out", max(jobs), cache, keep_out=True, extra=added) | {
            "run": "one report added (rest from cache, all outputs rewritten)"}
        for row in (warm, one_more):
            row["share_of_first"] = row["wall_s"] / cold["wall_s"]
            print(f"cache: {row['run']}: {row['wall_s']:.1f} s = "
                  f"{100 * row['share_of_first']:.1f}% of {cold['wall_s']:.1f} s", flush=True)
        sections.append(f"### Cache ({args.n} documents, {max(jobs)} workers)\n"
                        + table([cold, warm, one_more], ["run", "wall_s", "peak_rss_mb",
                                                         "share_of_first"]))

    if "floor" in wanted:
        fl = floor(big)
        print(f"floor: {fl['docs_per_s']:.0f} docs/s", flush=True)
        sections.append("### Floor (read + decode the same bytes, one process)\n"
                        + table([fl], ["docs", "wall_s", "docs_per_s", "mb_per_s"]))

    if args.score and SCORER.exists():
        out = data / "out-score"
        parse_run(big, out, max(jobs), cache)   # from the cache: same outputs as a cold run
        result = subprocess.run([sys.executable, str(SCORER), "--out", str(out), "--labels",
                                 str(big / "labels"), "-v"], capture_output=True, text=True,
                                check=True)
        (data / "score-verbose.txt").write_text(result.stdout, encoding="utf-8")
        summary = result.stdout.strip().splitlines()
        sections.append(f"### Accuracy on the synthetic truth ({args.n} documents)\n"
                        + "\n".join(f"    {line}" for line in summary[-2:]))
        print(summary[-1], flush=True)

    text = "\n\n".join(sections) + "\n"
    print("\n" + text)
    if args.markdown:
        args.markdown.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
