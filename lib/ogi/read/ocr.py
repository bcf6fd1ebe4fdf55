"""OCR of page images: recognised text boxes -> page text in reading order, tables as rows.

Recognition runs rapidocr-onnxruntime (PP-OCRv4 Chinese detection and recognition models
shipped inside the wheel, Apache-2.0) on the CPU through onnxruntime; nothing is downloaded at
run time. The layout step is ours and needs no model:

- Ruled tables (every template table of these reports) are found from their rules: long
  horizontal and vertical strokes make a grid whose enclosed regions are the cells, merged cells
  included. A table row is the cells that share a top rule, written as one line of cells joined
  by tabs, '' for an empty cell: the line the HTML and DOCX readers write for a table row, so the
  table extractors read it the same way. A label that wraps inside its cell stays whole.
- An empty cell that holds ink (a thin '1' the detector missed) is recognised on its own.
- Other text becomes lines: boxes that overlap vertically, left to right, split into cells
  (tab) on wide gaps.
- A page scanned at a slant is straightened first (angle from the detected boxes).

Every recognised box keeps its page-image rectangle and confidence; `Document.ocr` maps text
offsets back to them, and digits recognised with low confidence are listed so the facts built
on them are flagged (extract.mark_ocr).

Threads: the pipeline's workers run one inference thread each (the pool already fills the
cores; two threads in each of two workers on two cores cost ~40% more CPU per page, spinning);
`OGI_OCR_THREADS` overrides that.

Time: OCR takes seconds per page. `budget()` gives the reader a per-file deadline
(`configure` sets it; the pipeline's workers do), and `page_done()` tells the parent process a
page finished, so a long scan's time limit runs per page rather than per file.
"""
from __future__ import annotations

import math
import os
import statistics
import time
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import NamedTuple

from ..model import OcrSpan, Segment
from . import ReadError

OCR_DPI = 200                    # PDF pages are rendered at this resolution for recognition
MAX_PAGE_PIXELS = 9_000_000      # larger page images are scaled down (A4 at 200 dpi is 3.9M)
UNSURE_CHAR_CONF = 0.85          # a digit recognised below this is not trusted
MIN_SKEW_DEGREES = 0.25          # straighten a page only beyond this slant
PROBE_MIN_CONF = 0.5             # an empty cell's ink read below this is left out


class OcrBox(NamedTuple):
    """One recognised text box: its rectangle in the (straightened) page image, in pixels."""

    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    conf: float                  # mean of the character confidences
    char_confs: tuple[float, ...] = ()

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2


Cell = tuple[float, float, float, float]   # x0, y0, x1, y1 of a table cell's interior


class PageText(NamedTuple):
    """A page laid out as text; `spans[i]` = (start, end, box) of each box's text in `text`."""

    text: str
    spans: list[tuple[int, int, OcrBox]]


# --- the text-layer test ----------------------------------------------------------------------

MIN_TEXT_CHARS = 20              # fewer on a page (a page number, a stamp) is no text layer
MAX_ODD_SHARE = 0.3              # more characters outside Chinese text than this is garbage


def _is_odd(ch: str) -> bool:
    """A character that real report text does not consist of: replacement and private-use
    characters, controls, and letters of other scripts (a broken font encoding shows as
    Latin-1 or Cyrillic soup)."""
    o = ord(ch)
    if o < 0x80:
        return o < 0x20 and ch not in "\t\n\r"
    return not (0x3000 <= o <= 0x303F or 0x3400 <= o <= 0x9FFF or 0xFF00 <= o <= 0xFFEF
                or 0x2000 <= o <= 0x206F or 0xF900 <= o <= 0xFAFF or o in (0xB7, 0xD7, 0xF7))


def text_layer_usable(text: str) -> bool:
    """True when a page's text layer is real text: enough characters, few odd ones."""
    chars = "".join(text.split())
    return len(chars) >= MIN_TEXT_CHARS and not garbled(chars)


def garbled(text: str) -> bool:
    """A text layer that is there but unreadable (fonts without a usable character map)."""
    chars = "".join(text.split())
    return len(chars) >= MIN_TEXT_CHARS and sum(map(_is_odd, chars)) > MAX_ODD_SHARE * len(chars)


# --- time budget ------------------------------------------------------------------------------

DEFAULT_TOTAL_S = 1800.0
_total_s = DEFAULT_TOTAL_S
_on_page: Callable[[], None] | None = None
_threads = 0                     # onnxruntime's own choice


def configure(total_s: float, on_page: Callable[[], None] | None = None,
              threads: int = 0) -> None:
    """Set the OCR time allowed per file, a callback run after each recognised page, and the
    inference threads of this process (0 = onnxruntime's choice; before the first page)."""
    global _total_s, _on_page, _threads
    _total_s, _on_page, _threads = total_s, on_page, threads


def budget() -> float:
    """The deadline (time.monotonic) by which a file's OCR stops, starting now."""
    return time.monotonic() + _total_s


def page_done() -> None:
    if _on_page is not None:
        _on_page()


_STOPPED = "OCR stopped after page"


def stopped_warning(done: int, total: int) -> str:
    return f"{_STOPPED} {done} of {total}: time limit"


def cut_short(error: str) -> bool:
    """True for a report whose OCR ran out of time (its result depends on the time limit)."""
    return _STOPPED in error


# --- recognition ------------------------------------------------------------------------------

def available() -> bool:
    try:
        import rapidocr_onnxruntime  # noqa: F401
    except ImportError:
        return False
    return True


@lru_cache(maxsize=1)
def _engine():
    try:
        from rapidocr_onnxruntime import RapidOCR
    except ImportError:
        raise ReadError("page has no text layer and OCR is not installed "
                        "(rapidocr-onnxruntime)") from None
    threads = int(os.environ.get("OGI_OCR_THREADS", "0") or 0) or _threads
    kwargs = {"intra_op_num_threads": threads} if threads > 0 else {}
    return RapidOCR(text_score=0.0, **kwargs)


def scale_for(width: float, height: float, scale: float) -> float:
    """`scale`, reduced so the page image stays within MAX_PAGE_PIXELS."""
    pixels = width * height * scale * scale
    return scale if pixels <= MAX_PAGE_PIXELS else scale * math.sqrt(MAX_PAGE_PIXELS / pixels)


def recognise(rgb) -> tuple[list[OcrBox], list[Cell]]:
    """Boxes and table cells of one page image (H x W x 3 uint8, RGB)."""
    import cv2
    import numpy as np

    eng = _engine()
    image = np.ascontiguousarray(rgb[:, :, ::-1])      # the models were trained on BGR
    if blank(cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)):
        return [], []
    quads = _detect(eng, image)
    angle = skew_degrees(quads)
    if abs(angle) >= MIN_SKEW_DEGREES:
        # straighten the page, and the boxes found on it with the same turn (no second pass)
        h, w = image.shape[:2]
        turn = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
        image = cv2.warpAffine(image, turn, (w, h), flags=cv2.INTER_LINEAR,
                               borderMode=cv2.BORDER_REPLICATE)
        quads = list(cv2.transform(np.asarray(quads, dtype=np.float32), turn))
    if not quads:
        return [], []
    rects = [_bounds(q, image.shape) for q in quads]
    boxes = [b for b in _read(eng, image, rects) if b.text.strip()]
    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    text_height = statistics.median(b.height for b in boxes) if boxes else 20.0
    ink = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV,
                                31, 15)
    cells = find_cells(ink, text_height)
    boxes += _probe_empty_cells(eng, image, ink, cells, boxes, text_height)
    return boxes, cells


def blank(gray) -> bool:
    """No ink on the page (an empty back side, a uniform grey): nothing to detect."""
    import numpy as np

    paper = float(np.median(gray))
    return int(np.count_nonzero(gray < min(paper - 60, 200))) < 50


def _detect(eng, image) -> list:
    quads, _ = eng.text_det(image)
    return [] if quads is None else list(quads)


def skew_degrees(quads: Sequence) -> float:
    """The page's slant: median angle of the long detected boxes (top edge, tl -> tr)."""
    angles = []
    for q in quads:
        (x0, y0), (x1, y1) = q[0], q[1]
        width, height = math.hypot(x1 - x0, y1 - y0), math.hypot(q[3][0] - x0, q[3][1] - y0)
        if width >= 4 * height > 0:
            angles.append(math.degrees(math.atan2(y1 - y0, x1 - x0)))
    return statistics.median(angles) if len(angles) >= 3 else 0.0


def _bounds(quad, shape) -> tuple[int, int, int, int]:
    h, w = shape[:2]
    xs, ys = [p[0] for p in quad], [p[1] for p in quad]
    return (max(0, int(min(xs))), max(0, int(min(ys))),
            min(w, math.ceil(max(xs))), min(h, math.ceil(max(ys))))


def _read(eng, image, rects) -> list[OcrBox]:
    """Recognise axis-aligned crops (tighter crops of the rotated quads read worse: a lone
    narrow digit came out as a letter)."""
    rects = [r for r in rects if r[2] - r[0] >= 2 and r[3] - r[1] >= 2]
    if not rects:
        return []
    crops = [image[y0:y1, x0:x1] for x0, y0, x1, y1 in rects]
    results, _ = eng.text_rec(crops, True)
    boxes = []
    for (x0, y0, x1, y1), (text, conf, extra) in zip(rects, results):
        char_confs = tuple(float(c) for c in extra[4]) if len(extra[4]) == len(text) else ()
        boxes.append(OcrBox(x0, y0, x1, y1, text, float(conf), char_confs))
    return boxes


def find_cells(ink, text_height: float) -> list[Cell]:
    """Interiors of ruled table cells: regions fully enclosed by long horizontal and vertical
    strokes. `ink` is the binarised page (ink = 255)."""
    import cv2
    import numpy as np

    h, w = ink.shape
    long_x = max(int(4 * text_height), w // 40, 20)
    long_y = max(int(1.3 * text_height), 15)
    horizontal = cv2.morphologyEx(ink, cv2.MORPH_OPEN,
                                  cv2.getStructuringElement(cv2.MORPH_RECT, (long_x, 1)))
    vertical = cv2.morphologyEx(ink, cv2.MORPH_OPEN,
                                cv2.getStructuringElement(cv2.MORPH_RECT, (1, long_y)))
    rules = cv2.dilate(horizontal | vertical, np.ones((3, 3), np.uint8))
    n, _, stats, _ = cv2.connectedComponentsWithStats(255 - rules, connectivity=4)
    cells = []
    min_side = max(6, text_height * 0.4)
    for x, y, cw, ch, area in stats[1:n]:
        if x == 0 or y == 0 or x + cw >= w or y + ch >= h:
            continue                       # open to the page edge: not enclosed
        if cw < min_side or ch < min_side or area < 0.7 * cw * ch:
            continue                       # a sliver between strokes, or not a rectangle
        cells.append((float(x), float(y), float(x + cw), float(y + ch)))
    return cells


def _probe_empty_cells(eng, image, ink, cells, boxes, text_height) -> list[OcrBox]:
    """Read the ink of cells no detected box falls in (the detector misses a thin lone '1')."""
    import numpy as np

    occupied = {_cell_of(b, cells) for b in boxes}
    rects = []
    margin = int(max(2, text_height * 0.25))
    for i, (x0, y0, x1, y1) in enumerate(cells):
        if i in occupied or (y1 - y0) > 12 * text_height:
            continue                       # not a table cell row: a framed block of the page
        sx0, sy0, sx1, sy1 = int(x0) + 2, int(y0) + 2, int(x1) - 2, int(y1) - 2
        if sx1 <= sx0 or sy1 <= sy0:
            continue
        rows, cols = np.nonzero(ink[sy0:sy1, sx0:sx1])
        if rows.size < max(12, text_height * 0.6):
            continue                       # blank, or a speck
        tall = rows.max() - rows.min() + 1
        if not text_height * 0.4 <= tall <= text_height * 2:
            continue                       # a dash or a speck; or several lines, not one value
        rects.append((max(int(x0), sx0 + cols.min() - margin), max(int(y0), sy0 + rows.min() - margin),
                      min(int(x1), sx0 + cols.max() + 1 + margin),
                      min(int(y1), sy0 + rows.max() + 1 + margin)))
    return [b for b in _read(eng, image, rects) if b.text.strip() and b.conf >= PROBE_MIN_CONF]


def _cell_of(box: OcrBox, cells: Sequence[Cell]) -> int | None:
    cx, cy = box.cx, box.cy
    for i, (x0, y0, x1, y1) in enumerate(cells):
        if x0 <= cx <= x1 and y0 <= cy <= y1:
            return i
    return None


# --- layout -----------------------------------------------------------------------------------

def _group_lines(boxes: Sequence[OcrBox]) -> list[list[OcrBox]]:
    """Boxes in lines: a box joins a line when it overlaps the line's first box vertically by
    half the smaller height. Lines top to bottom, boxes left to right."""
    lines: list[list[OcrBox]] = []
    for box in sorted(boxes, key=lambda b: b.cy):
        for line in reversed(lines[-4:]):
            ref = line[0]
            overlap = min(ref.y1, box.y1) - max(ref.y0, box.y0)
            if overlap >= 0.5 * min(ref.height, box.height):
                line.append(box)
                break
        else:
            lines.append([box])
    for line in lines:
        line.sort(key=lambda b: b.x0)
    lines.sort(key=lambda line: min(b.y0 for b in line))
    return lines


def _joiner(left: OcrBox, right: OcrBox) -> str:
    """What separates two boxes of a line: a tab on a wide gap (a new cell), a space between
    two words of Latin letters or digits, else nothing (Chinese runs on)."""
    height = max(left.height, right.height, 1.0)
    if right.x0 - left.x1 > 1.5 * height:
        return "\t"
    a, b = left.text.rstrip()[-1:], right.text.lstrip()[:1]
    if a.isascii() and a.isalnum() and b.isascii() and b.isalnum():
        return " "
    return ""


class _Writer:
    def __init__(self):
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[tuple[int, int, OcrBox]] = []

    def add(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def box(self, box: OcrBox) -> None:
        self.spans.append((self.pos, self.pos + len(box.text), box))
        self.add(box.text)

    def line(self, boxes: Sequence[OcrBox], split_cells: bool = True) -> None:
        for i, box in enumerate(boxes):
            if i:
                sep = _joiner(boxes[i - 1], box)
                self.add(sep if split_cells or sep != "\t" else "")
            self.box(box)


def lay_out(boxes: Sequence[OcrBox], cells: Sequence[Cell] = ()) -> PageText:
    """Page text from recognised boxes and the table cells found on the page."""
    in_cell: dict[int, list[OcrBox]] = {}
    free: list[OcrBox] = []
    for box in boxes:
        i = _cell_of(box, cells)
        (free if i is None else in_cell.setdefault(i, [])).append(box)
    heights = [b.height for b in boxes] or [20.0]
    tolerance = 0.5 * statistics.median(heights)
    # items in reading order: (top, left, kind, payload)
    items: list[tuple[float, float, str, object]] = []
    for line in _group_lines(free):
        items.append((min(b.y0 for b in line), line[0].x0, "line", line))
    for row in _table_rows(cells, tolerance):
        if any(i in in_cell for i in row):
            items.append((cells[row[0]][1], cells[row[0]][0], "row", row))
    items.sort(key=lambda item: (item[0], item[1]))
    out = _Writer()
    for n, (_, _, kind, payload) in enumerate(items):
        if n:
            out.add("\n")
        if kind == "line":
            out.line(payload)
            continue
        for k, cell in enumerate(payload):
            if k:
                out.add("\t")
            # a cell's text wraps over lines: they run on, with no separator
            previous = None
            for line in _group_lines(in_cell.get(cell, [])):
                if previous is not None and _joiner(previous, line[0]) == " ":
                    out.add(" ")
                out.line(line, split_cells=False)
                previous = line[-1]
    return PageText("".join(out.parts), out.spans)


def _table_rows(cells: Sequence[Cell], tolerance: float) -> list[list[int]]:
    """Cells that share a top rule (within `tolerance`), each row left to right."""
    rows: list[list[int]] = []
    for i in sorted(range(len(cells)), key=lambda i: cells[i][1]):
        if rows and abs(cells[rows[-1][0]][1] - cells[i][1]) <= tolerance:
            rows[-1].append(i)
        else:
            rows.append([i])
    for row in rows:
        row.sort(key=lambda i: cells[i][0])
    return rows


# --- pages -> document parts ------------------------------------------------------------------

def ocr_page(rgb) -> PageText:
    boxes, cells = recognise(rgb)
    return lay_out(boxes, cells)


def join_pages(pages: Sequence[tuple[int, str, PageText | None]]
               ) -> tuple[str, list[Segment], list[OcrSpan]]:
    """Concatenate pages (number, text, OCR layout or None for a text layer) with '\n', one
    Segment per page, and the OCR spans shifted to document offsets."""
    parts: list[str] = []
    segments: list[Segment] = []
    spans: list[OcrSpan] = []
    pos = 0
    for number, text, layout in pages:
        if parts:
            parts.append("\n")
            pos += 1
        segments.append(Segment(pos, len(text), 0, page=number))
        if layout is not None:
            for start, end, box in layout.spans:
                unsure = tuple(k for k, (ch, conf) in enumerate(zip(box.text, box.char_confs))
                               if ch.isdigit() and conf < UNSURE_CHAR_CONF)
                spans.append(OcrSpan(pos + start, end - start, number,
                                     (round(box.x0), round(box.y0), round(box.x1), round(box.y1)),
                                     round(box.conf, 4), unsure))
        parts.append(text)
        pos += len(text)
    return "".join(parts), segments, spans
