"""Markdown: text kept verbatim, pipe table rows written as lines of tab-separated cells.

markdown-it-py tells which lines are code (never tables). Pipe rows are then read line by line
rather than through markdown-it's table rule, because Markdown made from PDFs breaks the rules
that rule relies on: rows with more cells than the header (GFM would drop the extra cells, losing
numbers), rows without a delimiter line, a row split across two lines, page-number lines
('— 4 —') and repeated headings between the rows of one table. Those are tolerated: a table runs
on across delimiter lines, page-number lines (dropped from the text) and a heading that repeats
an earlier one; a row that does not end with '|' continues on the next line.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate

from markdown_it import MarkdownIt

from ..model import Document, Segment
from ..normalise import normalise
from . import ReadError
from .decode import decode_bytes
from .pages import PAGE_NUMBER_LINE

_DELIMITER = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
_TITLE_HEADING = re.compile(r"^\s{0,3}#\s")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_MAX_ROW_LINES = 4   # a row split over more lines than this is not a broken row


# Raw HTML is allowed in Markdown; script and style bodies are code, never report text.
_RAW_TEXT_ELEMENT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def _blank_raw_text_elements(source: str) -> str:
    """Replace <script>/<style> elements with spaces (same length, so offsets do not move)."""
    return _RAW_TEXT_ELEMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), source)


# Two pipe rows one after the other (a header and a row, a row and the delimiter line): a
# Markdown table, also in a file saved as plain text by a converter or crawler.
_PIPE_TABLE = re.compile(r"(?m)^[ \t]*\|[^\n]*\|[^\n]*\n[ \t]*\|[^\n]*\|")


def has_pipe_table(text: str) -> bool:
    return "|" in text and _PIPE_TABLE.search(text) is not None


# A raw HTML table in Markdown: converters (pandoc, crawlers' HTML-to-Markdown) keep a table with
# merged cells (rowspan/colspan) as HTML, since pipes cannot span. It opens on its own line.
_HTML_TABLE_OPEN = re.compile(r"^[ \t]*<table\b", re.IGNORECASE)
_HTML_TABLE_START = re.compile(r"<table\b", re.IGNORECASE)   # nested tables too
_HTML_TABLE_CLOSE = re.compile(r"</table\s*>", re.IGNORECASE)
_HTML_TABLE = re.compile(r"(?m)^[ \t]*<table\b[\s\S]*?</table\s*>", re.IGNORECASE)


def has_html_table(text: str) -> bool:
    return "<" in text and _HTML_TABLE.search(text) is not None


def _html_table_end(lines: list[str], i: int) -> int | None:
    """The line after the one closing the HTML table opened on line i (None: never closed)."""
    depth = 0
    for k in range(i, len(lines)):
        depth += len(_HTML_TABLE_START.findall(lines[k])) - len(_HTML_TABLE_CLOSE.findall(lines[k]))
        if depth <= 0:
            return k + 1
    return None


def _add_html_table(out: _Writer, block: str, source_start: int) -> bool:
    """Write an HTML table as the HTML reader does (its grid's rows as lines of tab-separated
    cells, spans leaving empty cells), its words mapped back into the Markdown source."""
    from .html import read_html
    try:
        doc = read_html(block.encode("utf-8"), "", "")
    except ReadError:
        return False
    base = out.pos
    out.parts.append(doc.raw_text + "\n")
    out.segments.extend(Segment(base + s.text_start, s.length, source_start + s.source_start)
                        for s in doc.segments)
    out.pos += len(doc.raw_text) + 1
    return True


def _page_number(line: str) -> bool:
    return PAGE_NUMBER_LINE.fullmatch(line.strip()) is not None


def _is_row(line: str) -> bool:
    s = line.strip()
    return s.startswith("|") and s.count("|") >= 2 and not _DELIMITER.match(s)


# What every code or HTML block needs somewhere in the source: a fence (``` or ~~~), an HTML
# block start ('<' then a letter, '/', '!' or '?'), or an indented line (a tab or four spaces
# before the text, possibly after blockquote and list markers). Reports rarely have any, and
# without them markdown-it finds no code lines: its parse (the costliest step) is skipped.
# (markdown-it also ends a line at a lone '\r'.) Every branch but the first line's starts with a
# fixed character, so the search skips ahead fast; the first line is matched apart.
_INDENTED_LINE = r"[ \t>*+\-\d.)]*?(?: {4}|\t)"
_MAY_HOLD_CODE = re.compile(rf"```|~~~|<[A-Za-z/!?]|[\r\n]{_INDENTED_LINE}")
_FIRST_LINE_INDENTED = re.compile(_INDENTED_LINE)


@lru_cache(maxsize=1)
def _block_parser() -> MarkdownIt:
    # Only block tokens carry the line maps read here: inline parsing is not needed.
    return MarkdownIt("commonmark").enable("table").disable("inline")


# Code and HTML blocks: never table rows. In code blocks (fenced or indented) an HTML table is
# code too, not a table; in an HTML block it is the table read.
_CODE_BLOCKS = ("fence", "code_block")


def _code_lines(source: str, kinds: tuple[str, ...] = (*_CODE_BLOCKS, "html_block")) -> set[int]:
    """The lines of the blocks of these kinds."""
    lines: set[int] = set()
    if not (_MAY_HOLD_CODE.search(source) or _FIRST_LINE_INDENTED.match(source)):
        return lines
    for token in _block_parser().parse(source):
        if token.type in kinds and token.map:
            lines.update(range(*token.map))
    return lines


class _Writer:
    def __init__(self):
        self.parts: list[str] = []
        self.segments: list[Segment] = []
        self.pos = 0

    def add(self, s: str, source_start: int | None = None) -> None:
        if not s:
            return
        if source_start is not None:
            self.segments.append(Segment(self.pos, len(s), source_start))
        self.parts.append(s)
        self.pos += len(s)

    def add_row(self, cells: list[list[tuple[str, int]]]) -> None:
        """Write a table row as one line, cells tab-separated."""
        pos = self.pos
        segments, texts = self.segments, []
        for c, cell in enumerate(cells):
            pos += c > 0    # the tab
            for text, src in cell:
                segments.append(Segment(pos, len(text), src))
                pos += len(text)
            # one part (most cells), none, or one per line of a split row
            texts.append(cell[0][0] if len(cell) == 1 else "".join([t for t, _ in cell]))
        self.parts.append("\t".join(texts) + "\n")
        self.pos = pos + 1

    def add_line_row(self, line: str, source_start: int) -> None:
        """`add_row(_row_cells([(line, source_start)]))` for a row on one line (most rows), in
        one pass: a cell is one stripped part at a fixed offset."""
        between = _CELL_SPLIT.split(line)   # the text before, between and after the bars
        closed = line.rstrip().endswith("|") and len(between) >= 3
        bar = source_start + len(between[0])  # where the bar before the cell is
        pos = self.pos
        segments, texts = self.segments, []
        for raw in between[1:-1] if closed else between[1:]:
            stripped = raw.strip()
            if stripped:
                segments.append(Segment(pos, len(stripped), bar + 1 + len(raw) - len(raw.lstrip())))
                pos += len(stripped)
            texts.append(stripped)
            bar += len(raw) + 1
            pos += 1        # the tab after the cell, or the row's newline
        self.parts.append("\t".join(texts) + "\n")
        self.pos = pos


def _row_cells(pieces: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
    """Cells of one logical row, each a list of (text, source offset) pieces."""
    joined = "".join(p for p, _ in pieces)
    between = _CELL_SPLIT.split(joined)     # the text before, between and after the bars
    closed = joined.rstrip().endswith("|") and len(between) >= 3
    raws = between[1:-1] if closed else between[1:]
    left = len(between[0])                  # where the bar before the cell is
    cells = []
    starts, offsets, acc = [], [], 0
    for text, src in pieces:
        starts.append(acc)
        offsets.append(src)
        acc += len(text)

    def source_of(i: int) -> int:
        k = bisect_right(starts, i) - 1
        return offsets[k] + i - starts[k]

    for raw in raws:
        cell: list[tuple[str, int]] = []
        # a cell may span the line break of a split row: keep each line's part with its offset
        i = left + 1
        for part in raw.split("\n"):
            stripped = part.strip()
            if stripped:
                lead = len(part) - len(part.lstrip())
                cell.append((stripped, source_of(i + lead)))
            i += len(part) + 1
        cells.append(cell)
        left += len(raw) + 1
    return cells


def read_markdown(data: bytes, source_file: str, report_id: str, code_blocks: bool = True) -> Document:
    """`code_blocks=False` for plain text holding pipe tables: its indented lines are paragraphs
    (and indented table rows still rows), not Markdown code."""
    source, warnings = decode_bytes(data)
    source = _blank_raw_text_elements(source) if code_blocks else source
    lines = source.splitlines(keepends=True)
    line_starts = [0, *accumulate(map(len, lines))]
    code = _code_lines(source) if code_blocks else set()
    fenced = _code_lines(source, _CODE_BLOCKS) if code and has_html_table(source) else set()
    out = _Writer()
    headings_seen: set[str] = set()
    i = 0
    while i < len(lines):
        if i not in fenced and _HTML_TABLE_OPEN.match(lines[i]) and (stop := _html_table_end(lines, i)) is not None \
                and _add_html_table(out, "".join(lines[i:stop]), line_starts[i]):
            i = stop
            continue
        if i in code or not _is_row(lines[i]):
            if _HEADING.match(lines[i]):
                headings_seen.add(lines[i].strip())
            out.add(lines[i], line_starts[i])
            i += 1
            continue
        while i < len(lines) and i not in code:
            line = lines[i]
            if _DELIMITER.match(line):
                i += 1
                continue
            if _page_number(line) or (_HEADING.match(line) and line.strip() in headings_seen):
                nxt = i + 1
                while nxt < len(lines) and (_DELIMITER.match(lines[nxt]) or not lines[nxt].strip()):
                    nxt += 1
                if nxt < len(lines) and _is_row(lines[nxt]):
                    if not _page_number(line):
                        out.add(line, line_starts[i])   # a repeated heading stays in the text
                    i += 1
                    continue
                break
            if not _is_row(line):
                break
            # A row not closed by '|' continues on the next lines (a cell broken by a newline).
            end = i + 1
            if not line.rstrip().endswith("|"):
                while end < len(lines) and end - i < _MAX_ROW_LINES and lines[end].strip() \
                        and not lines[end].lstrip().startswith("|"):
                    end += 1
                    if lines[end - 1].rstrip().endswith("|"):
                        break
            if end == i + 1:
                out.add_line_row(line.rstrip("\r\n") + "\n", line_starts[i])
            else:
                pieces = [(lines[k].rstrip("\r\n") + "\n", line_starts[k]) for k in range(i, end)]
                out.add_row(_row_cells(pieces))
            i = end
    raw = "".join(out.parts)
    if not raw.strip():
        raise ReadError("Markdown file has no text")
    return Document(
        source_file=source_file, report_id=report_id, fmt="md",
        text=normalise(raw), raw_text=raw, segments=out.segments,
        title_hint=_first_heading(lines), warnings=warnings,
    )


def _first_heading(lines: list[str]) -> str:
    for line in lines[:50]:
        if _TITLE_HEADING.match(line):
            return line.strip().lstrip("#").strip()
    return ""
