"""PDF text layer with pypdfium2: one Segment per page, so every fact knows its page.

Page texts are joined with '\n'. A page's text has its line breaks normalised to '\n' (pdfium
writes '\r\n'); `Segment.source_start` is an offset into that page text. A page without a usable
text layer (no text but an image, or garbage text: see `ocr.text_layer_usable`) is rendered
and read by OCR (`ocr`), so scanned and mixed PDFs are read too; `Document.ocr` maps that text back
to page boxes. A page that cannot be read is skipped with a warning.
"""
from __future__ import annotations

import re
import time

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..model import Document
from ..normalise import normalise
from . import ReadError, ocr
from .decode import binary_kind
from .hints import iso_date

_LINE_BREAKS = re.compile(r"\r\n?")
# pdfium marks soft hyphens and non-characters with these; they are layout, not text.
_LAYOUT_CHARS = str.maketrans({"\x02": "-", "\ufffe": " ", "\x00": " "})
_MIN_TEXT_CHARS_PER_PAGE = 5   # page numbers alone do not make a text layer


def _open(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        # pdfium's error code is process state, not always this file's (a damaged file read
        # after an encrypted one reports 'password'): decide from the bytes, so the reason is
        # the same in every run and every worker.
        if b"/Encrypt" in data:
            raise ReadError("encrypted PDF (password required)") from None
        if not data.startswith(b"%PDF"):
            kind = binary_kind(data)
            what = f"a {kind}" if kind else "not a PDF"
            raise ReadError(f"file claims to be a PDF but is {what}") from None
        if b"%%EOF" not in data[-2048:]:
            raise ReadError("truncated PDF (the file ends early) that cannot be opened") from None
        raise ReadError("damaged PDF that cannot be opened") from None


def read_pdf(data: bytes, source_file: str, report_id: str) -> Document:
    pdf = _open(data)
    try:
        n_pages = len(pdf)
        if n_pages == 0:
            raise ReadError("PDF has no pages (damaged or truncated)")
        pages: list[tuple[int, str, ocr.PageText | None]] = []
        warnings: list[str] = []
        unreadable = []
        scanned = []          # (slot in pages, page index) of pages without a usable text layer
        for index in range(n_pages):
            try:
                page = pdf[index]
            except pdfium.PdfiumError:
                unreadable.append(index + 1)
                continue
            try:
                textpage = page.get_textpage()
                try:
                    text = textpage.get_text_range()
                finally:
                    textpage.close()
                text = _LINE_BREAKS.sub("\n", text).translate(_LAYOUT_CHARS)
                # OCR a scanned page (an image, no text), and a page whose text is garbage
                if not ocr.text_layer_usable(text) and (ocr.garbled(text) or _has_images(page)):
                    scanned.append((len(pages), index))
                    text = ""                                # filled in by OCR below
            except pdfium.PdfiumError:
                unreadable.append(index + 1)
                continue
            finally:
                page.close()
            pages.append((index + 1, text, None))
        if scanned:
            _recognise(pdf, scanned, pages, warnings)
        title = (pdf.get_metadata_dict().get("Title") or "").strip()
        published = iso_date(_pdf_date(pdf.get_metadata_dict().get("CreationDate") or ""))
    finally:
        pdf.close()
    if b"%%EOF" not in data[-2048:]:
        warnings.append("PDF is truncated (no end-of-file marker): its text may be incomplete")
    if unreadable:
        warnings.append(f"{len(unreadable)} of {n_pages} PDF pages could not be read "
                        f"(pages {', '.join(map(str, unreadable[:10]))})")
    n_text = sum(len(t.strip()) for _, t, _ in pages)
    if n_text < _MIN_TEXT_CHARS_PER_PAGE * max(1, len(pages)):
        if not pages:
            raise ReadError(f"damaged PDF: none of its {n_pages} pages can be read")
        if scanned and not ocr.available():
            raise ReadError("PDF has no text layer and OCR is not installed (rapidocr-onnxruntime)")
        if scanned:
            raise ReadError("PDF has no text layer and OCR found no text on its page images")
        raise ReadError("PDF has no text and no page images (blank pages)")
    raw, segments, spans = ocr.join_pages(pages)
    return Document(
        source_file=source_file, report_id=report_id, fmt="pdf",
        text=normalise(raw), raw_text=raw, segments=segments,
        title_hint=title, published_hint=published, warnings=warnings, ocr=spans,
    )


def _has_images(page: pdfium.PdfPage) -> bool:
    return any(True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2))


def _recognise(pdf: pdfium.PdfDocument, scanned: list[tuple[int, int]], pages: list,
               warnings: list[str]) -> None:
    """OCR the pages that lack a text layer, in page order, until the file's time budget is
    spent. Pages not reached keep no text, with a warning."""
    if not ocr.available():
        warnings.append(f"{len(scanned)} PDF pages have no text layer and were not read: "
                        "OCR is not installed (rapidocr-onnxruntime)")
        return
    deadline = ocr.budget()
    failed = []
    for done, (slot, index) in enumerate(scanned):
        if time.monotonic() > deadline:
            warnings.append(ocr.stopped_warning(done, len(scanned)))
            break
        try:
            page = pdf[index]
            try:
                width, height = page.get_size()
                scale = ocr.scale_for(width, height, ocr.OCR_DPI / 72)
                image = np.asarray(page.render(scale=scale).to_pil().convert("RGB"))
            finally:
                page.close()
        except pdfium.PdfiumError:
            failed.append(index + 1)
            continue
        layout = ocr.ocr_page(image)
        pages[slot] = (index + 1, layout.text, layout)
        ocr.page_done()
    if failed:
        warnings.append(f"{len(failed)} scanned PDF pages could not be rendered for OCR "
                        f"(pages {', '.join(map(str, failed[:10]))})")


def _pdf_date(value: str) -> str:
    """PDF dates look like 'D:20250131093000+08'00''; make them readable by iso_date."""
    m = re.match(r"D?:?(\d{4})(\d{2})(\d{2})", value)
    return f"{m[1]}-{m[2]}-{m[3]}" if m else ""
