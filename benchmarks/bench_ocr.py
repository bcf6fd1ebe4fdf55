#!/usr/bin/env python3
"""OCR accuracy and speed: the development PDFs rasterised into image-only scans.

    .venv/bin/python benchmarks/bench_ocr.py                      # 200 dpi clean, noisy; 150 dpi
    .venv/bin/python benchmarks/bench_ocr.py --variants clean-200 --jobs 1

There are no scanned originals with labels, so the labelled PDFs of the development corpus
(../shared/corpus/raw/*.pdf) are rendered to page images and wrapped back into PDFs that have
no text layer (pypdfium2 renders, Pillow writes the PDF). Variants:
- clean-D: rendered at D dpi, lossless;
- noisy-D: what a scanner adds: a slight rotation (0.6-0.9 degrees, alternating direction), a
  grey paper background with speckle, JPEG compression at quality 60.
Each variant is parsed by a fresh `ogi parse` process and scored with shared/tools/score.py
against the labels of those PDFs only (the text-layer parse of the same PDFs is scored too,
for comparison). Pages/s is pages over the wall time of the parse, start-up included; CPU
s/page (the parse process and its workers) is the figure that does not depend on what else
the machine is running (the load average is printed with it).
The scans are written under --data (default build/bench-ocr), never into the repository.
"""
from __future__ import annotations

import argparse
import io
import os
import random
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter

ROOT = Path(__file__).resolve().parents[1]
OGI = Path(sys.executable).with_name("ogi")
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score.py"
RAW = SHARED / "corpus" / "raw"
LABELS = SHARED / "corpus" / "labels"


def pages_of(pdf_path: Path, dpi: int) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        return [page.render(scale=dpi / 72).to_pil().convert("RGB") for page in pdf]
    finally:
        pdf.close()


def scanner_noise(image: Image.Image, rng: random.Random, index: int) -> Image.Image:
    """Grey paper, speckle, a slight rotation and a blur, as a flatbed scan of a print."""
    angle = rng.uniform(0.6, 0.9) * (1 if index % 2 else -1)
    gray = np.asarray(image.convert("L"), dtype=np.float32)
    paper = 225 + np.random.default_rng(rng.randrange(1 << 30)).normal(0, 6, gray.shape)
    ink = gray / 255.0                  # 1 = paper, 0 = ink
    out = np.clip(paper * ink + 25 * (1 - ink), 0, 255).astype(np.uint8)
    noisy = Image.fromarray(out).filter(ImageFilter.GaussianBlur(0.6))
    return noisy.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False,
                        fillcolor=225).convert("RGB")


def write_scan(images: list[Image.Image], path: Path, dpi: int, jpeg_quality: int | None) -> None:
    """An image-only PDF: each page one image at `dpi` (JPEG-compressed when a quality is given)."""
    if jpeg_quality is not None:
        recoded = []
        for image in images:
            buffer = io.BytesIO()
            image.save(buffer, "JPEG", quality=jpeg_quality)
            recoded.append(Image.open(io.BytesIO(buffer.getvalue())))
        images = recoded
    images[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=images[1:])


def make_variant(name: str, out: Path, pdfs: list[Path]) -> int:
    kind, dpi = name.split("-")
    dpi = int(dpi)
    out.mkdir(parents=True, exist_ok=True)
    n_pages = 0
    for pdf in pdfs:
        rng = random.Random(pdf.name)
        images = pages_of(pdf, dpi)
        if kind == "noisy":
            images = [scanner_noise(im, rng, i) for i, im in enumerate(images)]
        write_scan(images, out / pdf.name, dpi, 60 if kind == "noisy" else None)
        n_pages += len(images)
    return n_pages


def cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def parse_and_score(inputs: Path, labels: Path, out: Path, jobs: int, time_limit: float
                    ) -> tuple[float, float, str]:
    """Wall seconds and CPU seconds (the ogi process and its workers) of the parse, and the
    score lines (period checked, then --ignore-period)."""
    shutil.rmtree(out, ignore_errors=True)
    start, cpu = time.perf_counter(), cpu_of_children()
    subprocess.run([str(OGI), "parse", str(inputs), "--out", str(out), "--no-progress",
                    "--no-cache", "-j", str(jobs), "--time-limit", str(time_limit)],
                   check=True, capture_output=True)
    wall, cpu = time.perf_counter() - start, cpu_of_children() - cpu
    lines = []
    for extra in ([], ["--ignore-period"]):
        score = subprocess.run([sys.executable, str(SCORER), "--out", str(out), "--labels",
                                str(labels), *extra], capture_output=True, text=True, check=True)
        lines.append(score.stdout.strip().splitlines()[-1])
    return wall, cpu, "\n    ".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--variants", default="clean-200,noisy-200,clean-150")
    parser.add_argument("--data", type=Path, default=ROOT / "build" / "bench-ocr")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--time-limit", type=float, default=300.0,
                        help="per file and per OCR page, as `ogi parse --time-limit`")
    args = parser.parse_args()
    pdfs = sorted(RAW.glob("*.pdf"))
    labels = args.data / "labels"
    shutil.rmtree(labels, ignore_errors=True)
    labels.mkdir(parents=True)
    for pdf in pdfs:
        shutil.copy(LABELS / f"{pdf.stem}.yaml", labels)
    n_pages = sum(len(pdfium.PdfDocument(str(p))) for p in pdfs)
    text_dir = args.data / "text-layer"
    shutil.rmtree(text_dir, ignore_errors=True)
    text_dir.mkdir(parents=True)
    for pdf in pdfs:
        shutil.copy(pdf, text_dir)
    report("text-layer", n_pages, *parse_and_score(text_dir, labels, args.data / "out-text-layer",
                                                   args.jobs, args.time_limit))
    for name in args.variants.split(","):
        scans = args.data / name
        shutil.rmtree(scans, ignore_errors=True)
        pages = make_variant(name, scans, pdfs)
        report(name, pages, *parse_and_score(scans, labels, args.data / f"out-{name}",
                                             args.jobs, args.time_limit))


def report(name: str, pages: int, wall: float, cpu: float, score: str) -> None:
    print(f"{name:<11} {pages} pages  wall {wall:6.1f} s ({pages / wall:5.2f} pages/s)  "
          f"cpu {cpu:6.1f} s ({cpu / pages:5.2f} s/page)  load {os.getloadavg()[0]:.1f}\n"
          f"    {score}", flush=True)


if __name__ == "__main__":
    main()
