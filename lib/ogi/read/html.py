"""HTML pages: visible text with block breaks, tables as tab-separated rows, offsets kept.

lxml parses the page (no network, no external entities, comments and processing instructions
dropped); scripts, styles, frames, navigation and other page chrome are left out and nothing is
executed or fetched. Every leaf <table> is written into the text as one line per <tr>, cells
joined by tabs, with rowspan/colspan expanded to a full grid: a covered position is '' so
numeric columns stay aligned. A table that holds other tables is page layout
and is read as ordinary blocks.

Offsets: each word of the output is looked up, in order, in the text regions of the decoded
source (tags, comments and script bodies removed), so `Segment`s map text back to offsets in the
decoded HTML. Characters the parser produced from entities (&lt; &nbsp;) have no segment.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from lxml import etree

from ..model import Document, Segment
from ..normalise import normalise
from . import ReadError
from .decode import decode_bytes
from .hints import iso_date, labelled_date

# Elements whose content is never report text.
_RAW_TEXT = {"script", "style", "noscript", "iframe", "textarea", "template", "xmp"}
_DROP = _RAW_TEXT | {
    "head", "title", "nav", "header", "footer", "aside", "object", "embed", "svg", "canvas",
    "select", "option", "button", "input", "form", "map", "audio", "video", "frameset", "frame",
}
# Class or id words that mark page chrome on government sites built from common CMS templates.
_CHROME_WORDS = {
    "nav", "navbar", "menu", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "footer", "header",
    "sidebar", "share", "toolbar", "copyright", "topbar", "skip-link",
}
_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
    "section", "article", "main", "blockquote", "pre", "hr", "address", "figure", "figcaption",
    "caption", "table", "tr", "td", "th", "thead", "tbody", "tfoot", "center", "body", "fieldset",
}
_PUB_META = {"pubdate", "publishdate", "article:published_time", "firstpublishedtime", "dc.date"}
_MAX_SPAN = 100          # rowspan/colspan beyond this is broken markup, not a table layout
_MAX_TABLE_CELLS = 250_000  # a report table has hundreds of cells; spans must not blow up memory
_LOST_CHARS_WARN = 200   # closing boilerplate is short; more unread text means a parse cut off

# Runs of source parts that hold no visible text: comments, raw-text elements with their
# bodies, tags. Split on it, the source alternates text, markup run, raw element name (group 2).
# Only the raw-text branch is case-insensitive (scoped, behind a look-ahead for the first two
# letters its names can start with, so <td>, <tr>, <table> never try it; re.I adds non-ASCII
# letters to i, s and k only); the tag branch lists the four non-ASCII letters re.I would add to
# [a-zA-Z]. Same matches as one re.I pattern, in under a third of the time.
_MARKUP_RUN = re.compile(
    r"((?:<(?:!--.*?(?:-->|\Z)"
    r"|(?=[iInNsStTxX\u0130\u0131\u017f][fFoOcCtTeEmM])"
    rf"(?i:({'|'.join(sorted(_RAW_TEXT))})\b[^>]*>.*?(?:</\2\s*>|\Z))"
    r"|[!?/a-zA-Z\u0130\u0131\u017f\u212a][^>]*>?))+)",
    re.S,
)
_PLAIN_RUN = re.compile(r"[^&<>\"'\s]+")   # runs of characters that appear in the source as is
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")


class _Locator:
    """Finds output words in the source's text regions, in document order."""

    _WINDOW = 4096

    def __init__(self, source: str):
        pieces = _MARKUP_RUN.split(source)
        texts = pieces[::3]
        self._flat = "".join(texts)
        # Where each text piece starts in the flat text, and how much markup precedes it there
        # (the source offset of flat index i in piece k is i + markup_before[k]).
        self._flat_starts = [0, *accumulate(map(len, texts[:-1]))]
        self._markup_before = [0, *accumulate(map(len, pieces[1::3]))]
        self._cursor = 0

    def _source_offset(self, flat_index: int) -> int:
        return flat_index + self._markup_before[bisect_right(self._flat_starts, flat_index) - 1]

    def place(self, word: str, at: int, segments: list[Segment]) -> None:
        """Append to `segments` where `word`, written at output offset `at`, is in the source:
        the whole word, or the parts of it found in order when the parser decoded entities."""
        cursor, n = self._cursor, len(word)
        i = self._flat.find(word, cursor, cursor + n + self._WINDOW)
        if i >= 0:
            self._cursor = i + n
            segments.append(Segment(at, n, self._source_offset(i)))
            return
        for m in _PLAIN_RUN.finditer(word):   # place the plain runs
            run = m.group()
            i = self._flat.find(run, self._cursor, self._cursor + len(run) + self._WINDOW)
            if i >= 0:
                self._cursor = i + len(run)
                segments.append(Segment(at + m.start(), len(run), self._source_offset(i)))

    def unread(self) -> int:
        """Non-space characters after the last word placed: text the parser never delivered."""
        return len("".join(self._flat[self._cursor:].split()))

    def skip(self, element) -> None:
        """Move past the text of an element that is left out, so its words are not matched."""
        unused: list[Segment] = []
        for word in " ".join(_visible_text_nodes(element)).split():
            self.place(word, 0, unused)


def _visible_text_nodes(element):
    """Text nodes under `element` that are in the source's text regions (not raw-text bodies).

    Walked with iterwalk, not recursion: broken pages can nest thousands of unclosed tags."""
    raw_depth = 0
    for event, el in etree.iterwalk(element, events=("start", "end")):
        is_raw = isinstance(el.tag, str) and el.tag.lower() in _RAW_TEXT
        if event == "start":
            if is_raw:
                raw_depth += 1
            elif raw_depth == 0 and el.text:
                yield el.text
        else:
            raw_depth -= is_raw
            if el is not element and raw_depth == 0 and el.tail:
                yield el.tail


class _Out:
    """The document text being built, with segments for every located word."""

    __slots__ = ("locator", "parts", "segments", "pos", "last", "pending_space")

    def __init__(self, locator: _Locator):
        self.locator = locator
        self.parts: list[str] = []
        self.segments: list[Segment] = []
        self.pos = 0
        self.last = "\n"
        self.pending_space = False

    def add(self, s: str) -> None:
        if s:
            self.parts.append(s)
            self.pos += len(s)
            self.last = s[-1]

    def place_words(self, words: list[str], pos: int) -> str:
        """Place `words` in the source as written one space apart from `pos`; return the text."""
        place, segments = self.locator.place, self.segments
        for word in words:
            place(word, pos, segments)
            pos += len(word) + 1
        return " ".join(words)

    def add_words(self, words: list[str]) -> str:
        """Write `words` one space apart (each placed in the source); return the text."""
        text = self.place_words(words, self.pos)
        self.add(text)
        return text

    def newline(self) -> None:
        if self.last != "\n":
            self.add("\n")
        self.pending_space = False

    def inline_text(self, s: str) -> None:
        words = s.split()       # words are runs of non-space (str.isspace) characters
        if words:
            # words after the first follow whitespace and a word, so they get one space each
            if (self.pending_space or s[0].isspace()) and self.last not in " \n\t":
                self.add(" ")
            self.pending_space = False
            self.add_words(words)
        if s[-1:].isspace():
            self.pending_space = True


def _is_chrome(element) -> bool:
    if element.tag in _DROP:
        return True
    css_class, element_id = element.get("class"), element.get("id")
    if (css_class and not _CHROME_WORDS.isdisjoint(css_class.lower().split())
            or element_id and element_id.lower() in _CHROME_WORDS):
        return True
    return element.get("hidden") is not None


def _too_big(cells: int) -> str:
    return (f"HTML table expands to {cells:,}+ cells through rowspan/colspan "
            f"(limit {_MAX_TABLE_CELLS:,}): broken or hostile markup")


def _span(value: str | None) -> int:
    try:
        return max(1, min(int((value or "1").strip()), _MAX_SPAN))
    except ValueError:
        return 1


# Any rowspan/colspan in the table (its own count too: then the grid is built, which is
# never wrong); the attribute axis is 3x faster than testing each element.
_HAS_SPAN = etree.XPath("boolean(.//@rowspan | .//@colspan)")


def _grid(table) -> tuple[list[list], int]:
    """(rows of n_cols positions, n_cols): the <td>/<th> that starts at each position, None
    where a rowspan/colspan covers it or no cell fills it. Raises ReadError for a huge grid."""
    rows = list(table.iter("tr"))
    if not _HAS_SPAN(table):    # most tables: each row's cells side by side, no grid needed
        grid, n_cells = [], 0
        for tr in rows:
            cells = list(tr.iterchildren("td", "th"))   # the HTML parser lower-cases tags
            n_cells += len(cells)
            if n_cells > _MAX_TABLE_CELLS:
                raise ReadError(_too_big(_MAX_TABLE_CELLS + 1))   # the cell the grid stops at
            grid.append(cells)
        n_cols = max(map(len, grid), default=0)
        if n_cols * len(rows) > _MAX_TABLE_CELLS:
            raise ReadError(_too_big(n_cols * len(rows)))
        for cells in grid:
            cells.extend([None] * (n_cols - len(cells)))
        return grid, n_cols
    positions: dict[tuple[int, int], object] = {}
    n_cols = 0
    for r, tr in enumerate(rows):
        c = 0
        for cell in tr.iterchildren("td", "th"):
            while (r, c) in positions:
                c += 1
            rowspan_attr, colspan_attr = cell.get("rowspan"), cell.get("colspan")
            if rowspan_attr is None and colspan_attr is None:   # most cells: one position
                positions[(r, c)] = cell
                colspan = 1
            else:
                rowspan = len(rows) - r if (rowspan_attr or "").strip() == "0" \
                    else _span(rowspan_attr)
                colspan = _span(colspan_attr)
                for dr in range(min(rowspan, len(rows) - r)):
                    for dc in range(colspan):
                        positions[(r + dr, c + dc)] = cell if dr == dc == 0 else None
            c += colspan
            if c > n_cols:
                n_cols = c
            if len(positions) > _MAX_TABLE_CELLS:
                raise ReadError(_too_big(len(positions)))
    if n_cols * len(rows) > _MAX_TABLE_CELLS:
        raise ReadError(_too_big(n_cols * len(rows)))
    return [[positions.get((r, c)) for c in range(n_cols)] for r in range(len(rows))], n_cols


class _Reader:
    def __init__(self, source: str):
        self.out = _Out(_Locator(source))

    def walk(self, top) -> None:
        """Write the text under `top`; iterative, as deeply nested broken markup is common."""
        walker = etree.iterwalk(top, events=("start", "end"))
        written_whole: set = set()      # chrome and tables, handled at their start
        for event, el in walker:
            is_element = isinstance(el.tag, str)
            if event == "start" and is_element:
                if _is_chrome(el):
                    self.out.locator.skip(el)
                elif el.tag == "table" and el.find(".//table") is None:
                    self.table(el)
                else:
                    if el.tag in _BLOCK:
                        self.out.newline()
                    if el.text:
                        self.out.inline_text(el.text)
                    continue
                written_whole.add(el)
                walker.skip_subtree()
            elif event == "end":
                if is_element and el not in written_whole and el.tag in _BLOCK:
                    self.out.newline()
                if el is not top and el.tail:
                    self.out.inline_text(el.tail)

    def table(self, table) -> None:
        grid, n_cols = _grid(table)
        out = self.out
        out.newline()
        if not n_cols:          # a table without cells holds no text
            return
        # Rows are built here and written as one part each: the words are placed at the
        # offsets they will have, instead of writing each cell and tab through `out`.
        lines = []
        pos = out.pos
        for row in grid:
            cells = []
            for cell in row:
                if cell is None:
                    text = ""
                elif len(cell):
                    text = self.cell_text(cell, pos)
                else:           # text only (most cells): its words, one space apart
                    text = out.place_words((cell.text or "").split(), pos)
                cells.append(text)
                pos += len(text) + 1    # the tab after the cell, or the row's newline
            lines.append("\t".join(cells))
        lines.append("")
        out.add("\n".join(lines))
        out.pending_space = False

    def cell_text(self, cell, pos: int) -> str:
        """The words of a cell with child elements on one line, placed as written at `pos`;
        line breaks inside a cell join CJK words directly (本年新<br>制作数量 -> 本年新制作数量)."""
        # (word, space before it) in order, or (element, None) for chrome to step over in place
        items: list[tuple] = []

        def add(text, after_block):
            words = text.split()
            if words:   # the first word is spaced if whitespace precedes it, not a block edge
                items.append((words[0], text[0].isspace() and not after_block))
                items.extend((word, True) for word in words[1:])

        walker = etree.iterwalk(cell, events=("start", "end"))
        for event, el in walker:
            is_element = isinstance(el.tag, str)
            if event == "start" and is_element:
                if el is not cell and _is_chrome(el):
                    items.append((el, None))
                    walker.skip_subtree()
                elif el.text:
                    add(el.text, el.tag in _BLOCK)
            elif event == "end" and el is not cell and el.tail:
                add(el.tail, is_element and el.tag in _BLOCK)
        locator, segments = self.out.locator, self.out.segments
        written: list[str] = []
        for word, gap in items:
            if gap is None:
                locator.skip(word)
                continue
            if written and (gap or not (_cjk(written[-1][-1]) and _cjk(word[0]))):
                written.append(" ")
                pos += 1
            locator.place(word, pos, segments)
            pos += len(word)
            written.append(word)
        return "".join(written)


def _cjk(ch: str) -> bool:
    return ord(ch) > 0x2E80


_string_value = etree.XPath("string()", smart_strings=False)   # lxml.html's text_content()


def _meta_date(root) -> str:
    for meta in root.iter("meta"):
        name = (meta.get("name") or meta.get("property") or "").lower()
        if name in _PUB_META:
            date = iso_date(meta.get("content") or "")
            if date:
                return date
    return ""


def read_html(data: bytes, source_file: str, report_id: str) -> Document:
    source, warnings = decode_bytes(data)
    # Plain etree elements, not lxml.html's: its Python-level element class lookup ran for
    # every element the walk touched.
    parser = etree.HTMLParser(no_network=True, remove_comments=True, remove_pis=True,
                              huge_tree=True, default_doctype=False)
    # lxml refuses str input that declares an encoding; blank the declaration, offsets unchanged.
    to_parse = _XML_DECL.sub(lambda m: " " * len(m.group()), source)
    try:
        root = etree.fromstring(to_parse, parser)
        if root is None:
            raise etree.ParserError("Document is empty")   # as lxml.html.document_fromstring
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise ReadError(f"HTML page cannot be parsed ({exc})") from None
    title_el = root.find(".//title")
    title = " ".join((_string_value(title_el) if title_el is not None else "").split())
    reader = _Reader(source)
    head = root.find("head")
    if head is not None:                # <title> text precedes the body in the source
        reader.out.locator.skip(head)
    body = root.find("body")
    reader.walk(body if body is not None else root)
    raw = "".join(reader.out.parts).rstrip()
    lost = reader.out.locator.unread()
    if lost > _LOST_CHARS_WARN:
        # libxml2 stops building the tree past ~2000 nested elements (unclosed tags pile up)
        warnings.append(f"the last {lost} characters of the page could not be parsed "
                        "(markup broken or nested too deeply)")
    if not raw:
        raise ReadError("HTML page has no visible text (only markup or scripts)")
    return Document(
        source_file=source_file, report_id=report_id, fmt="html",
        text=normalise(raw), raw_text=raw, segments=reader.out.segments,
        title_hint=title, published_hint=_meta_date(root) or labelled_date(raw[:3000]),
        warnings=warnings,
    )
