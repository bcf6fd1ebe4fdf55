"""Which PDF pages get OCR, and the time limits of scanned files: OCR stops at the file's
budget and keeps the pages done, and the pipeline's per-file limit runs per recognised page.
The recogniser is replaced by a stand-in, so no model runs."""
from __future__ import annotations

import io
import time

import pypdfium2 as pdfium
import pytest
from malformed import minimal_pdf
from ogi.cache import ResultCache
from ogi.pipeline import InputFile, Limits, parse_file, parse_many
from ogi.read import ocr
from ogi.read.pdf import read_pdf


def slow_page(seconds: float):
    def fake(rgb):
        time.sleep(seconds)
        return ocr.PageText("本页为扫描件，主动公开政府信息12条。", [])
    return fake


@pytest.fixture
def fake_ocr(monkeypatch):
    monkeypatch.setattr(ocr, "available", lambda: True)
    yield monkeypatch
    ocr.configure(ocr.DEFAULT_TOTAL_S)


def mixed_pdf(kinds: str) -> bytes:
    """One page per letter: t = a text layer, i = an image and no text."""
    text = pdfium.PdfDocument(minimal_pdf(["Annual report on open government information"]))
    image = pdfium.PdfDocument(minimal_pdf([""], image_only=True))
    out = pdfium.PdfDocument.new()
    for kind in kinds:
        out.import_pages(text if kind == "t" else image, [0])
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


def test_only_pages_without_a_text_layer_are_recognised(fake_ocr):
    seen = []
    fake_ocr.setattr(ocr, "ocr_page", lambda rgb: seen.append(rgb.shape) or
                     ocr.PageText("扫描页", []))
    doc = read_pdf(mixed_pdf("tit"), "mixed.pdf", "id")
    assert doc.text.split("\n") == ["Annual report on open government information", "扫描页",
                                     "Annual report on open government information"]
    assert len(seen) == 1 and seen[0][2] == 3     # one page, rendered in colour
    assert doc.warnings == []


def test_ocr_stops_at_the_file_budget_and_keeps_the_pages_done(fake_ocr, tmp_path):
    fake_ocr.setattr(ocr, "ocr_page", slow_page(0.2))
    ocr.configure(0.1)     # spent during the first page
    data = minimal_pdf(["", "", ""], image_only=True)
    doc = read_pdf(data, "scan.pdf", "id")
    assert doc.warnings == ["OCR stopped after page 1 of 3: time limit"]
    assert doc.text == "本页为扫描件，主动公开政府信息12条。\n\n"
    assert [s.page for s in doc.segments] == [1, 2, 3]

    path = tmp_path / "scan.pdf"
    path.write_bytes(data)
    report = parse_file(InputFile(path, path.name))
    assert (report.status, report.error) == ("partial", "OCR stopped after page 1 of 3: time limit")
    assert [(f.measure, f.value) for f in report.facts] == [("proactive", 12.0)]


def test_a_scan_longer_than_the_time_limit_is_not_killed_while_pages_keep_coming(fake_ocr,
                                                                               tmp_path):
    # six pages of 0.6 s each: 3.6 s in all, past a 2 s limit that each page restarts
    fake_ocr.setattr(ocr, "ocr_page", slow_page(0.6))
    (tmp_path / "scan.pdf").write_bytes(minimal_pdf([""] * 6, image_only=True))
    reports = list(parse_many([InputFile(tmp_path / "scan.pdf", "scan.pdf")], jobs=1,
                              limits=Limits(time_s=2.0)))
    assert [(r.status, r.error) for r in reports] == [("ok", "")]


def test_a_scan_cut_short_by_the_time_limit_is_not_cached(fake_ocr, tmp_path):
    fake_ocr.setattr(ocr, "ocr_page", slow_page(0.2))
    (tmp_path / "scan.pdf").write_bytes(minimal_pdf(["", ""], image_only=True))
    item = InputFile(tmp_path / "scan.pdf", "scan.pdf")
    cache = ResultCache(tmp_path / "cache")
    ocr.configure(0.1)
    assert [r.status for r in parse_many([item], jobs=0, cache=cache)] == ["partial"]
    ocr.configure(ocr.DEFAULT_TOTAL_S)
    assert [r.status for r in parse_many([item], jobs=0, cache=cache)] == ["ok"]
    assert (cache.hits, cache.uncached) == (0, 1)
    cache.close()
