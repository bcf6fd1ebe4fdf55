"""The data that flows through ogi: a read document, the facts found in it, the checks run on them.

Data flows one way: read -> normalise -> extract -> check -> tidy. These classes carry no logic
beyond what keeps them consistent; each stage lives in its own module.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

FREE_TEXT = "free_text"   # the report format when no table extractor found its tables


class Segment(NamedTuple):
    """A run of the document text and where it came from in the source file.

    `text_start`..`text_start + length` in `Document.text` maps to `source_start` (a character
    offset in the decoded source, or in the page text for PDFs) on `page` (1-based, PDF only).
    Immutable, and a tuple rather than a frozen dataclass: readers make hundreds per document
    and a tuple is made ~4x faster.
    """

    text_start: int
    length: int
    source_start: int
    page: int | None = None


class OcrSpan(NamedTuple):
    """Text recognised by OCR: one box of a page image and where its text is in the document.

    `text_start`..`text_start + length` in `Document.text` was read from `box` (x0, y0, x1, y1
    in pixels of the page image, straightened, at the OCR resolution) on `page` with mean
    character confidence `confidence`; `unsure` lists the offsets (from `text_start`) of
    digits recognised with low confidence.
    """

    text_start: int
    length: int
    page: int
    box: tuple[int, int, int, int]
    confidence: float
    unsure: tuple[int, ...] = ()


@dataclass
class Document:
    """One input file, read and normalised.

    `text` is the normalised text all extractors search; offsets of facts refer to it.
    `raw_text` is the same text before normalisation (same length: normalisation is 1:1 per
    character, so offsets agree), kept for evidence in the document's own characters.
    Tables found by a structured reader (HTML, DOCX, Markdown) are written into `text`, one row
    per line with cells separated by tabs ('' = a blank cell), so every format reaches the
    extractors the same way: PDF and OCR text have no structured tables, and one reading of
    table rows (from the text) serves them all.
    """

    source_file: str
    report_id: str
    fmt: str
    text: str
    raw_text: str
    segments: list[Segment] = field(default_factory=list)
    title_hint: str = ""          # title from page chrome / metadata, if the format has one
    published_hint: str = ""      # a date from page chrome (发布时间) or file metadata
    warnings: list[str] = field(default_factory=list)  # parts read with trouble -> status partial
    ocr: list[OcrSpan] = field(default_factory=list)   # text read by OCR, in text order

    @cached_property
    def _segment_starts(self) -> list[int]:
        return [seg.text_start for seg in self.segments]

    def _segment_at(self, offset: int) -> Segment | None:
        """The segment an offset of `text` falls in (the last one starting at or before it)."""
        i = bisect_right(self._segment_starts, offset) - 1
        return self.segments[i] if i >= 0 else None

    def page_at(self, offset: int) -> int | None:
        """The PDF page a text offset falls on (None for formats without pages)."""
        seg = self._segment_at(offset)
        return None if seg is None else seg.page

    def source_offset(self, offset: int) -> int:
        """Map an offset in `text` back to the source (decoded file or page text)."""
        seg = self._segment_at(offset)
        if seg is None:
            return offset
        return seg.source_start + min(offset - seg.text_start, seg.length)


@dataclass(slots=True)
class Fact:
    """One number found in a document, with its provenance (facts contract columns + extras).

    Slotted, and hot paths build it positionally: a report holds ~100 facts, and binding 13
    keyword arguments costs more than twice a positional call. Keep the field order.
    """

    measure: str
    key: str
    value: float | None
    unit: str
    period: str = "annual"
    label_raw: str = ""
    is_approx: bool = False
    char_start: int = -1
    char_end: int = -1
    evidence: str = ""
    source_frame: str = "free_text"   # free_text | stats_table | template_table | website_table
    extractor: str = ""               # which rule found it, e.g. "prose.total", "t3.row"
    flag: str = ""                    # why a number is uncertain (ambiguous split, unit guessed, ...)
    candidates: str = ""              # other readings kept when a split stays ambiguous
    share: float | None = None        # a share the document states for this count (占34%), in %
    page: int | None = None           # PDF page of the number, when the format has pages
    ocr_confidence: float | None = None  # lowest recognition confidence of its text, if OCR read it


class TableRead(NamedTuple):
    """What a table extractor found: the report format its tables show (a `Metadata.template`
    value; None when it found no table of its kind) and the facts read from their cells.

    The format is the one finding later extractors depend on (the prose reader drops weak
    totals in template-era reports), so it is returned, not written into the shared
    `Metadata`: `ogi.extract.extract` records it and hands it on explicitly.
    """

    template: str | None
    facts: list[Fact]


@dataclass(slots=True)
class Check:
    """One consistency check run on a report's facts. Checks report; they never change a number."""

    rule: str
    status: str                       # pass | fail | not_assessable | ambiguous
    subject: str                      # what was checked, e.g. "proactive.category vs proactive"
    expected: float | None = None
    observed: float | None = None
    message: str = ""
    evidence: str = ""


@dataclass
class Metadata:
    agency: str = ""
    admin_level: str = ""
    report_year: int | None = None
    published: str = ""
    # The report's format (free_text, stats_table_2014, template_2019, template_2021): set by
    # `ogi.extract.extract` from what the table extractors return, after every extractor ran.
    template: str = FREE_TEXT
    title: str = ""
    flags: list[str] = field(default_factory=list)
    # The report's own statistics period (统计期限 …自2019年9月1日起至12月31日止), ISO dates;
    # empty when the report states none. `ogi.extract.metadata.report_period` reads it.
    period_start: str = ""
    period_end: str = ""


@dataclass
class ParsedReport:
    """Everything one input file yields: always returned, even when reading failed."""

    source_file: str
    report_id: str
    fmt: str
    status: str                       # ok | partial | failed
    error: str = ""
    metadata: Metadata = field(default_factory=Metadata)
    facts: list[Fact] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    n_chars: int = 0
    n_bytes: int = 0
    text: str = ""                    # the document text as read (Document.raw_text): what
                                      # char_start/char_end count in, written to texts.parquet
