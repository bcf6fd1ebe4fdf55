"""2019/2021 template tables 二, 三, 四 (domain notes §2) -> facts.

Every input shape arrives as `Document.text`: structured readers write a table row as one line
of tab-separated cells ('' = blank), PDF text keeps rows on lines but breaks labels, and crawler
text glues whole tables into one line where cells lose their separators ('规范性文件898989').
So rows are found by their LABELS (whitespace-tolerant, since labels break across lines) and a
row's values are the numbers between its label and the next label. When the separators are
gone, the row is split back into cells with `digits`, using the template's own constraints
(cell count, row total = sum of applicant columns, group total = sum, cumulative >= annual, the
column equations of table 三). A split the constraints do not single out follows the project's
one policy for unsure numbers (data/README.md; the same in `stats_table`): every cell the
readings disagree on is flagged `ambiguous_split` with the row's readings in `candidates` (best
first, cells joined by '|'), and keeps a value only when the table's constraints and the
template's conventions (newly made documents published the same year, an unchanged item list,
a plausible price per procurement project) rank one reading strictly above every other; else
its value is empty. Cells all readings agree on are certain. `checks.template` reports the row.

Blank cells are not zeros, except where the table's own arithmetic proves them: a group (a
table-三 row; each table-四 group) whose own total is stated and already equals the sum of its
stated parts has its blank parts read as 0, flagged `blank_as_zero` (Shanghai 2019 leaves zeros
blank). Table 四 is one row, so it also shows the writer's convention: when one of its groups
proves that blanks are zeros and none contradicts it, an entirely blank group is zero too (also
flagged). A table-三 row whose total is blank stays blank: reports fill only the 总计 column of
some rows, leaving the applicant breakdown unreported.

The layout (2019 or 2021, domain notes §2) is decided once per table by `detect_versions`: a
report may print a 2021 table 二 above a 2019 table 三. The report's version is returned beside
the facts (it becomes `Metadata.template`); the table-三 layout shows in its row keys (`other`
vs `other.*`). Table 四 is the same in both layouts: found alone (a crawler lost tables 二 and
三) it tells none (None), and the report's era decides (`metadata.template_by_era`). A table
whose own words are lost (table 二 read by its rows alone, table 三 abridged above its (六) rows)
takes the other table's layout, else the one of the report's year.

Damage from crawlers and converters, besides glued cells: table 二 without its 第二十条 captions
starts at its section heading; its rows may write blank cells as dashes (行政处罚 — — 26); a
report without the table may state its first block in a sentence (制发…N件，废止N件，现行有效N件,
`table_two_sentences`, which also reads the 处理决定 and fee rows the same prose goes on with).
A blank in a table-四 row that writes its zeros is a lost cell, no fact. A Markdown table left on
one line keeps its pipes: an empty cell is a blank of its own column (`_pipe_cells`).

Converters from PDF to text or Markdown may lose a row's label or move it out of the table: such
rows of seven numbers are placed by the template's row order and the table's own sums (the
labelled rows around them fix the slots between); one that several slots fit stays unplaced
(`t3.unplaced`, flag `unplaced_row`, its possible rows in `candidates`), never a guessed fact.
PDF text that prints every row's numbers on the line above its label is read that way when
the whole table then adds up. In table 二, a block's value lines pair with its label-less rows
in template order only when
they are as many and each has its row's cell count.

A table of information-processing fees beside table 三 (columns 件数 / 金额, rows per charging
scale 按件/按量 and a total; or transposed) gives `fees` `charged` (yuan) and `fee_requests`
`charged` (requests charged): the total row, else a lone row, else the scale rows added up. A
notice table (通知收取件数 / 通知收取金额 / 实际收取金额) gives `fee_notices` `requests` / `amount`
for what was asked and `fees` `charged` for what was collected.

Measures: `t2.<row>` (contract), `requests.new` (all columns), `requests.carried_in|carried_out`
and `requests.outcome` (总计 column only, as labelled), `review`, `litigation.direct|after_review`.
Every other table-三 cell is kept as measure `t3.cell`, key `<row>.<column>`, so the column
checks can use it.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import accumulate, combinations, product

from ..layout import (
    APPLICANT_HEADERS,
    APPLICANTS,
    E2,
    E3,
    FEE_AMOUNT_HEADER,
    FEE_COUNT_HEADER,
    FEE_SCALE_WORDS,
    FEE_TOTAL_WORDS,
    FLOW_ROWS,
    T2_AMOUNT_HEADER,
    T2_BLOCKS,
    T2_COLUMNS,
    T2_CUMULATIVE,
    T2_HEADERS,
    T2_MARKERS,
    T2_ROWS,
    T2_UNIT,
    T3_E3_MARKERS,
    T3_WIDTH,
    T3_WIDTH_WITH_SUBTOTAL,
    T4_COLUMN_LABELS,
    T4_COLUMNS,
    T4_GROUP_LABELS,
    T4_GROUP_WIDTH,
    T4_GROUPS,
    T4_WIDTH,
    t3_rows,
)
from ..model import Document, Fact, TableRead
from ..numerals import BLANK_CELLS, CELL_NUMBER, ZERO_CELLS, format_number, read_cell
from ..read.pages import PAGE_NUMBER_LINE
from . import metadata
from .digits import GARBLED, MANGLED_CHAR, Split, shows, token_splits

SOURCE = "template_table"
MAX_READINGS = 200_000        # above this a glued run is not enumerated: flagged unsplittable
MAX_CANDIDATES = 12           # readings quoted in `candidates` (best first)
# How far a table may reach when the next table's heading is missing (a converter lost it), and
# how far before table 三's heading its column header may stand, in characters: a generous
# bound on a table flattened into text (a table 二 takes ~1,000, a table 三 ~3,000 with labels).
T2_REACH = 3000
T3_REACH = 6000
T3_HEADER_LOOKBACK = 800
T4_REACH = 1500


def fuzzy(word: str) -> str:
    """Regex for a label that PDF text may break with spaces or line breaks between characters."""
    out = []
    for c in word:
        if c in "（(":
            out.append("[（(]")
        elif c in "）)":
            out.append("[）)]")
        elif c in "、.．":
            out.append("[、.．]")
        else:
            out.append(re.escape(c))
    return r"\s*".join(out)


def _rx(*words: str) -> re.Pattern:
    return re.compile("|".join(fuzzy(w) for w in words))


# The numbering of a sub-row label (1.属于… 2、申请人…): never a cell value.
ROW_NUMBERING = re.compile(r"\d[.、．](?=\s*[\u4e00-\u9fff“\"])")
NUMBER = CELL_NUMBER   # the numbers of a template row are table cells
# A cell whose digits a crawler or decoder mangled ('2\ufffd') is no number: read whole, flagged
# `garbled_cell`, value empty unless the row's own sum gives it (`_garbled_from_row_sum`).
CELL_TOKEN = re.compile(rf"{GARBLED.pattern}|{NUMBER.pattern}")
LABEL_END = re.compile(r"[\d\t\n|]")
LABEL_REST = re.compile(r"[^\d\t\n|/\-—–－]*")   # the label's words after its matched ones, up to a cell
SUBROW_NUMBERING = re.compile(r"\d{1,2}[.、．](?=[^\d])")   # '2.重复申请': a sub-row's own number
NUMBERS_ONLY = re.compile(r"[\d\s|.,+-]*")
TAB_LINE = re.compile(r"[^\n]*\t[^\n]*")
LAST_DIGIT = re.compile(r"[\s\S]*\d")
NEXT_LABEL = re.compile(r"[\u4e00-\u9fff](?<![元万无])")   # CJK text other than a unit or 无

# ---------------------------------------------------------------- table 二
T2_START = re.compile(r"第\s*二\s*十\s*条\s*第?\s*[（(]\s*一\s*[）)]\s*项")
T2_BLOCK = re.compile(r"第\s*二\s*十\s*条\s*第?\s*[（(]\s*[一二三四五六七八九十]+\s*[）)]\s*项")
T2_LABELS = [(key, _rx(*words)) for key, words in T2_ROWS]
E2_MARKERS, E3_MARKERS = _rx(*T2_MARKERS[E2]), _rx(*T2_MARKERS[E3])
# A table 二 that lost its 第二十条第（一）项 block captions starts at its section heading, when
# the table's column header follows it closely.
T2_HEADING = _rx("主动公开政府信息情况")
T2_HEADER_NEAR = 200


@lru_cache(maxsize=64)   # asked by the version check and by table 二 for the same text
def _t2_start(text: str) -> re.Match | None:
    """Where table 二 starts: its first block caption, else the first later caption or section
    heading followed by the table's column header (a converter or an abridged report dropped
    the first captions), or by its rows when the header words were lost too."""
    t2 = T2_START.search(text)
    if t2:
        return t2
    # a later block's caption (第二十条第（六）项) or the section heading, with the header close by
    for head in sorted([*T2_BLOCK.finditer(text), *T2_HEADING.finditer(text)], key=lambda m: m.start()):
        near = head.end() + T2_HEADER_NEAR
        if E2_MARKERS.search(text, head.end(), near) or E3_MARKERS.search(text, head.end(), near) \
                or _t2_rows_follow(text, head):
            return head
    return None


# A table-二 row as a grid writes it: its label alone at the start of a line or cell, then
# nothing but cells on the line (行政许可\t35, | 规章 | 0 | 0 | 0 |, 行政处罚 7). Prose (制发规章2件,
# 行政处罚3起) never writes a label so.
T2_GRID_ROWS = [(key, re.compile(r"(?:^|(?<=[\t|\n]))[ \t]*(?:" + rx.pattern + r")[ \t]*[\t| ][ \t|]*"
                                 r"[\d-][\d \t|.,+\-—–/]*(?=\n|$)")) for key, rx in T2_LABELS]
# a crawled row glued to its label ('规章000', '行政许可12'), alone on its line or before the next
# row's label (行政规范性文件000 行政许可0 …): a count glued to prose words carries a unit (行政处罚3起)
_T2_ANY_LABEL = "|".join(rx.pattern for _, rx in T2_LABELS)
T2_GRID_ROWS += [(key, re.compile(r"(?:^|(?<=[\t|\n ]))(?:" + rx.pattern + r")\d+"
                                  r"(?=[ \t]*(?:\n|$)|[ \t]+(?:" + _T2_ANY_LABEL + r")\d)")) for key, rx in T2_LABELS]
# the grid flattened onto one line, each label followed by its spaced cells (规章 0 0 0 行政规范性文件
# 1 0 1 行政许可 9 …): the cells run up to the next row's label and its first cell
T2_GRID_ROWS += [(key, re.compile(r"(?:^|(?<=[\t|\n ]))(?:" + rx.pattern + r")[ \t]+\d[\d,.]*(?:[ \t]+\d[\d,.]*)*"
                                  r"(?=[ \t]+(?:" + _T2_ANY_LABEL + r")[ \t]+\d)")) for key, rx in T2_LABELS]

# a grid written one cell a line: the label alone on its line, its first cell alone on the next
T2_GRID_ROWS += [(key, re.compile(r"(?m:^)[ \t]*(?:" + rx.pattern + r")[ \t]*\n[ \t]*[\d—–－/-][\d,.]*[ \t]*(?=\n|$)"))
                 for key, rx in T2_LABELS]

# a block caption its first row follows at once, whatever separates them (第二十条第（五）项 行政许可
# 8,215; one cell a line; 第二十条第（一）项：规章 0 0 0；…): prose names a caption with words
# (的规定, 规定的) between
T2_CAPTION_ROW = re.compile(T2_BLOCK.pattern + r"[\s|:：]*(?:" + "|".join(rx.pattern for _, rx in T2_LABELS)
                            + r")[ \t|]*\n?[ \t|]*[\d—–－/-]")


# A decision row told in the 2019 columns' words (行政许可事项上一年为12项，本年减少2项 /
# 行政处罚上一年项目12项，本年新增2项): only table 二 counts a row's items of the year before.
T2_PROSE_ROW = re.compile(r"(?:行政许可|行政处罚|行政强制)(?:事项|方面)?[，,：:]?\s*上一?年度?(?:项目数量?|项目|事项)?"
                          r"(?:为|是|有)?\s*\d+\s*项[，,、]\s*本年度?(?:新增|增加|减少|无增减|增/减)")


def _t2_rows_follow(text: str, head: re.Match | None) -> bool:
    """Whether table-二 rows follow `head` although no column header tells the layout: a row
    right after it (within T2_HEADER_NEAR), and a second row before table 三 when the head is
    the section heading rather than a block caption (第二十条第（五）项); or a decision row told
    in the 2019 columns' words right after it."""
    if head is None:
        return False
    if T2_PROSE_ROW.search(text, head.end(), head.end() + T2_HEADER_NEAR):
        return True
    if T2_CAPTION_ROW.match(text, head.start()):
        return True
    t3 = T3_HEADING.search(text, head.end(), head.end() + T2_REACH)
    end = t3.start() if t3 else min(len(text), head.end() + T2_REACH)
    firsts = [m.start() for _, rx in T2_GRID_ROWS if (m := rx.search(text, head.end(), end))]
    if not firsts or min(firsts) > head.end() + T2_HEADER_NEAR:
        return False
    return len(firsts) >= (1 if T2_BLOCK.match(text, head.start()) else 2)


@cache   # a handful of (row, columns) pairs, asked for in every report
def _t2_header_patterns(row: str, cols: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    words = [T2_AMOUNT_HEADER[row] if c == "amount" else T2_HEADERS[c] for c in cols]
    return tuple(re.compile(r".{0,4}" + fuzzy(w) + r".*", re.S) for w in words)


# ---------------------------------------------------------------- table 三
# 3.其他 alone: '2.其他法律行政法规…' must not be read as the (六) 3.其他 row
LABEL_PATTERNS = {"other.other": re.compile(r"3\s*[.、．]\s*其\s*他(?!\s*法)")}
# a row whose numbering was lost ('其他\t1\t…', '总计 18 2 …'): the bare word opening a line of cells
_BARE_ROW = r"|(?m:^[ \t|]*{}(?=[ \t|]+(?:\d|[—–－/-][ \t|\n])))"
# a row listed as 'label：N', its group maybe before a dash ('其他处理—其他：3', '总计：69')
_COLON_ROW = r"|(?m:^[ \t|]*{}(?=[ \t]*[:：][ \t]*\d))"
T3_LABEL_PATTERNS = {
    "other.other": re.compile(LABEL_PATTERNS["other.other"].pattern + _BARE_ROW.format(r"其\s*他")
                              + _COLON_ROW.format(r"(?:其\s*他\s*处\s*理\s*[—–－-]+\s*)?其\s*他")),
    "outcome_total": re.compile(fuzzy("（七）总计") + _BARE_ROW.format(r"总\s*计") + _COLON_ROW.format(r"总\s*计")),
}
T3_SPECS = {v: [(key, T3_LABEL_PATTERNS.get(key) or _rx(*words)) for key, words in t3_rows(v)]
            for v in (E2, E3)}
T3_START = _rx("本年新收")
# a summary sentence before the table uses the row's words ('本年新收申请2件'): no table row
T3_SENTENCE = re.compile(rf"(?:{T3_START.pattern})[^\d\n\t|]{{0,14}}?\d+\s*件")
CARRIED_IN = _rx("上年结转")
OUTCOME_TOTAL = _rx("（七）总计")
T3_HEADING = _rx("收到和处理政府信息公开申请")
T3_E3_ROWS = _rx(*T3_E3_MARKERS)
HEAD_SIX = _rx("（六）其他处理")
SIX_CELLS = re.compile(r"[ \t|]*\d")   # the 2019 (六) row's own cells, on its line
SUBTOTAL_HEADER = _rx("小计")   # a 法人或其他组织 subtotal column some tools add
T3_HEADERS = tuple(re.compile(fuzzy(w)) for w in APPLICANT_HEADERS)
# an abridged report renumbers its sections: '三、政府信息公开行政复议、行政诉讼情况' heads table 四 too
T4_START = re.compile(r"四\s*、[^\n\d]{0,30}?行\s*政\s*复\s*议|行\s*政\s*复\s*议\s*行\s*政\s*诉\s*讼"
                      r"|(?m:^)[ \t]*[二三五六]\s*、\s*" + fuzzy("政府信息公开行政复议"))
SECTION_FIVE = re.compile(r"五\s*、")
FIFTEEN_LINE = re.compile(r"(?m)^[ \t]*(?:\d+[ \t]+){14}\d+[ \t]*$")
DATE_AFTER = re.compile(r"\s*[年月日]")   # a year or date, not a cell


@dataclass(slots=True)   # a template report makes ~150
class Cell:
    text: str                 # the cell as written ('' = blank)
    start: int = -1
    end: int = -1
    value: float | None = None
    flag: str = ""            # blank_as_zero: a blank its group's stated total proves is 0


@dataclass(slots=True)
class Row:
    key: str
    label: str
    label_start: int
    cells: list[Cell]
    evidence: str
    extractor: str
    flag: str = ""
    candidates: str = ""
    readings: list[Split] = field(default_factory=list)   # surviving splits, while ambiguous
    span: tuple[int, int] = (-1, -1)   # where the evidence sits in the text


# ------------------------------------------------------------------ helpers
def _clean(text: str) -> str:
    """Blank out page-number lines, keeping offsets."""
    return PAGE_NUMBER_LINE.sub(lambda m: " " * len(m.group()), text)


def _t3_start(text: str, pos: int = 0) -> re.Match | None:
    """Where table 三 starts: its first 本年新收 that is no summary sentence, when one follows."""
    first = m = T3_START.search(text, pos)
    while m and T3_SENTENCE.match(text, m.start()):
        m = T3_START.search(text, m.end())
    return m or first


def _find_labels(text: str, specs, start: int, end: int) -> list[tuple[str, re.Match]]:
    found = []
    for key, rx in specs:
        m = rx.search(text, start, end)
        if m:
            found.append((key, m))
    return found


def _token_cell(m: re.Match) -> Cell:
    """The cell of a number token (a garbled one has no value, `_tokens`)."""
    if GARBLED.fullmatch(m.group()):
        return Cell(m.group(), m.start(), m.end(), None, "garbled_cell")
    return Cell(m.group(), m.start(), m.end(), read_cell(m.group()))


@lru_cache(maxsize=4096)   # the same few parts (' 0 ', '12') again and again
def _stripped_cell(part: str) -> tuple[str, int, float | None]:
    """A tab-separated part without its surrounding spaces, where that starts in it, its value."""
    stripped = part.strip()
    return stripped, part.find(stripped) if stripped else 0, read_cell(stripped)


def _cell(part: str, offset: int) -> Cell:
    """The cell of a tab-separated part found at `offset`, without its surrounding spaces."""
    stripped, lead, value = _stripped_cell(part)
    start = offset + lead
    if MANGLED_CHAR.search(stripped):   # a tab cell is one cell, digits or not
        return Cell(stripped, start, start + len(stripped), None, "garbled_cell")
    return Cell(stripped, start, start + len(stripped), value)


def _line_cells(text: str, pos: int) -> list[tuple[str, int]] | None:
    """The tab-separated cells (text, offset) of the line holding `pos`, None if no tabs."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    if end < 0:
        end = len(text)
    if text.find("\t", start, end) < 0:   # plain text lines (most rows of .txt reports)
        return None
    parts = text[start:end].split("\t")
    return list(zip(parts, accumulate([len(part) + 1 for part in parts], initial=start)))


@lru_cache(maxsize=4096)   # header lines repeat across reports ('信息内容\t本年制发件数\t…')
def _header_hits(line: str, names: tuple[re.Pattern, ...]) -> tuple[tuple[int, ...], ...]:
    """For each cell of a tab line, the header names it is."""
    return tuple(tuple(j for j, rx in enumerate(names) if rx.fullmatch(cell.strip())) for cell in line.split("\t"))


def header_starts(text: str, start: int, end: int, names: tuple[re.Pattern, ...]) -> list[int] | None:
    """Grid column index of each header name, from the last tab lines of [start, end) that
    hold them. Structured readers expand colspans into blank cells, so a value's grid index
    tells its column: column j spans [starts[j], starts[j+1])."""
    found: dict[int, int] = {}
    for line in reversed(text[start:end].split("\n")):
        if "\t" not in line:
            continue
        hits = _header_hits(line, names)
        for j in range(len(names)):
            if j in found:
                continue
            for i, cell_hits in enumerate(hits):
                if j in cell_hits and i not in found.values():
                    found[j] = i
                    break
        if len(found) == len(names):
            starts = [found[j] for j in range(len(names))]
            return starts if starts == sorted(starts) and len(set(starts)) == len(starts) else None
    return None


def _continued(text: str, cells: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """A row a converter broke over two lines: the next line holds nothing but the rest of
    its numbers ('| 0 | 0 |' then ' 0 | 0 | 0 |'). Its numbers become the following cells."""
    part, off = cells[-1]
    line_end = off + len(part)
    if line_end >= len(text):
        return cells
    next_end = text.find("\n", line_end + 1)
    nxt = text[line_end + 1: len(text) if next_end < 0 else next_end]
    if not nxt.strip() or "\t" in nxt or not NUMBERS_ONLY.fullmatch(nxt):
        return cells
    return cells + [(m.group(), line_end + 1 + m.start()) for m in NUMBER.finditer(nxt)]


def _without_subtotal(cells: list[Cell], header_has_subtotal: bool) -> list[Cell] | None:
    """Seven table-三 cells from eight: some tools add a 法人或其他组织 小计 column before 总计.
    It is dropped when the header names it, or when the numbers prove it (小计 = the five
    organisation columns, 总计 = 自然人 + 小计)."""
    if len(cells) != T3_WIDTH_WITH_SUBTOTAL:
        return None
    v = [c.value for c in cells]
    proven = None not in v and v[6] == sum(v[1:6]) and v[7] == v[0] + v[6]
    return cells[:6] + cells[7:] if header_has_subtotal or proven else None


def _flattened_header(starts: list[int], cells: list[tuple[str, int]], k: int, n: int) -> bool:
    """A header line that also carries the block's title cell ('第二十条第（一）项\t信息内容\t本年制发件数…')
    puts its columns one cell right of the rows': a row of exactly its label and n number cells
    is read in order."""
    rest = [c.strip() for c, _ in cells[k + 1:]]
    # (a group cell between the header names, 自然人\t法人或其他组织\t商业企业…, is a flattened
    # two-line header too: a full row of numbers is still read in order)
    return len(rest) == n and all(NUMBER.fullmatch(c) for c in rest)


# a next row's label glued after this row's cells: its own numbering '2.' (with this row's last
# number before it, '02.其他…') is no cell
GLUED_NUMBERING = re.compile(r"(?P<v>\d*?)\d[.、．]\s*[\u4e00-\u9fff“\"]")


def _row_cells_only(cells: list[tuple[str, int]], k: int) -> list[tuple[str, int]]:
    """The line's cells up to the next row's label: a flattened line runs on with other rows
    ('…\t0\t02.其他…' or '…\t\t5.属于…'), whose numbering is never this row's cell."""
    for j in range(k + 1, len(cells)):
        part, off = cells[j]
        stripped = part.strip()
        m = GLUED_NUMBERING.match(stripped)
        if m:
            lead = off + part.find(stripped)
            return cells[:j] + ([(m.group("v"), lead)] if m.group("v") else [])
        if NEXT_LABEL.search(stripped) and not NUMBER.match(stripped):
            return cells[:j]
    return cells


def _tab_cells(text: str, label_end: int, n: int, starts: list[int] | None,
               header_has_subtotal: bool = False, names: tuple[re.Pattern, ...] = ()) -> list[Cell] | None:
    """Cells of a tab row whose label ends at `label_end` (None when not a usable tab row).

    With header column starts, a value belongs to the column whose span holds its grid index;
    without them, cells are read in order after the label cell. A cell naming one of the row's
    columns (`names`) right before a number is the row's own header, no cell
    ('行政许可\t本年处理决定数量\t2,684').
    """
    cells = _line_cells(text, label_end)
    if cells is None:
        return None
    k = 0   # the cell holding the label's end
    while cells[k][1] + len(cells[k][0]) < label_end:
        k += 1
    if names and not starts:
        cells = cells[:k + 1] + [c for i, c in enumerate(cells[k + 1:], k + 1)
                                 if not (any(rx.fullmatch(c[0].strip()) for rx in names)
                                         and i + 1 < len(cells) and NUMBER.fullmatch(cells[i + 1][0].strip()))]
    if NUMBER.search(cells[k][0], label_end - cells[k][1]):
        return None   # numbers inside the label cell: read as free text
    cells = _row_cells_only(cells, k)
    # a number right after the label, left of every header column: the header's grid is not the
    # row's (its note and 申请人情况 cells flattened onto one line), so the row is read in order
    off_grid = bool(starts) and starts[0] > k + 1 and k + 1 < len(cells) \
        and NUMBER.fullmatch(cells[k + 1][0].strip()) is not None
    if starts and len(starts) == n and starts[0] > k and not off_grid:
        if len(cells) < starts[-1] + 1:
            cells = _continued(text, cells)
        if len(cells) < starts[-1] + 1:
            if _flattened_header(starts, cells, k, n):
                return [_cell(*c) for c in cells[k + 1:]]
            return []   # fewer cells than the header: a cell was lost, columns cannot be told
        out = []
        for a, b in zip(starts, [*starts[1:], len(cells)]):
            for part, off in cells[a:b]:   # the first filled cell of the column's span
                if part.strip():
                    out.append(_cell(part, off))
                    break
            else:
                out.append(Cell(""))
        return out
    last = k + 1
    while last < len(cells):
        # the row ends at the next label: flattened text may carry on with other rows
        text_i = cells[last][0].strip()
        last += 1
        if NEXT_LABEL.search(text_i):
            # '10第二十条…' and '02.其他…' still end with this row's 10 and 0; '3.危及…' after
            # the row's n cells is the next row's own numbering
            last -= not NUMBER.match(text_i) or (bool(SUBROW_NUMBERING.match(text_i)) and last - k - 2 >= n)
            break
    while last > k + 1 and not cells[last - 1][0].strip():
        last -= 1   # trailing blanks are covered cells of a colspan
    if last - k - 1 < n:
        cells = _continued(text, cells[:last])
        last = len(cells)
    out = [_cell(*c) for c in cells[k + 1:last]]
    if len(out) == n:
        return out
    if n == T3_WIDTH and k > 0 and out and len(cells) == 1 + n and last == len(cells) == k + 1 + len(out):
        # a row-group label (三、本年度办理结果, （四）无法提供) took a cell of the table's grid
        # of label + seven columns: the row's last cell is still the 总计 column; which
        # applicant cell the labels displaced is unknown, so those cells are no facts
        parts = out[:-1]
        lost = "blank_cell_unplaced" if any(c.value is not None for c in parts) else ""
        return [Cell("", flag=lost) for _ in range(n - 1)] + [out[-1]]
    if n == T3_WIDTH:
        return _without_subtotal(out, header_has_subtotal) or []
    return []   # a short or long row: which cell is missing or added is unknown


def _short_tab_row(row: Row, text: str, label_end: int, n: int, total_last: bool = False) -> list[Cell]:
    """A tab row with fewer cells than columns (a converter lost one, '| 规章 | 22 | 235 |' under
    three columns): which cell is missing is unknown, so its cells stay blank, flagged
    `blank_cell_unplaced`, with the numbers it does hold in `candidates` (and a check).
    In a row whose last column is the sum of the others (table 三), cells whose blanks collapsed
    ('4 | 1 | 5'): when the last number is the sum of the others, it is the total in every
    placement the row sum allows, so it keeps its value (still flagged); the parts stay blank."""
    parts = [(p.strip(), off + p.find(p.strip())) for p, off in _line_cells(text, label_end) or []
             if off >= label_end and NUMBER.fullmatch(p.strip())]
    if not parts:
        return []
    row.flag, row.candidates = "blank_cell_unplaced", " | ".join(p for p, _ in parts)
    cells = [Cell("") for _ in range(n)]
    values = [read_cell(p) for p, _ in parts]
    if total_last and 1 < len(parts) < n and None not in values and sum(values[:-1]) == values[-1]:
        last, start = parts[-1]
        cells[-1] = Cell(last, start, start + len(last), values[-1])
    return cells


def _label(doc: Document, m: re.Match) -> str:
    """The row label as written: from the matched words to the first cell (digit or tab)."""
    stop = LABEL_END.search(doc.text, m.end(), m.end() + 60)
    return " ".join(doc.raw_text[m.start(): stop.start() if stop else m.end()].split())


def _tokens(clean: str, start: int, end: int) -> list[re.Match]:
    """The cells' tokens: numbers, and runs of digits with mangled glyphs (one garbled cell)."""
    return list(CELL_TOKEN.finditer(clean, start, end))


def _numbers_end(clean: str, start: int, end: int) -> int:
    """Where the last number token in [start, end) ends, `start` if there is none. A token
    ends with a digit and takes every digit in its run, so that is after the last digit."""
    m = LAST_DIGIT.match(clean, start, end)
    return m.end() if m else start


def _set_evidence(row: Row, doc: Document, start: int, end: int) -> None:
    row.evidence = " ".join(doc.raw_text[start:end].split())[:300]
    row.span = (start, end)


def _sum_row_splits(pieces: list[tuple[int, str]], n: int) -> list[Split]:
    """The readings of `token_splits(pieces, n)` whose last cell is the sum of the others, in
    the same order. No part has more digits than that total, so the total is cut first and
    bounds every other cell: the same readings from far fewer tries on long glued rows."""
    *head, (offset, last) = pieces
    found = []
    for size in range(1, len(last) + 1):
        cut = len(last) - size
        total = last[cut:]
        rest = head + ([(offset, last[:cut])] if cut else [])
        if (size > 1 and total[0] == "0") or not rest:
            continue
        for s in token_splits(rest, n - 1, size):
            if sum(s.values) == int(total):
                found.append(Split((*s.values, int(total)), (*s.bounds, (offset + cut, offset + len(last)))))

    def cut_order(split: Split):
        # token_splits order: by the cells of each token in turn, fewer cells first
        inside = [tuple(b for b in split.bounds if off <= b[0] < off + len(run)) for off, run in pieces]
        return [(len(cells), cells) for cells in inside]
    return sorted(found, key=cut_order)


def _glued_row(tokens: list[re.Match], n: int, accept, rank, signed_column: int | None = None,
               total_last: bool = False) -> tuple[list[Split], int]:
    """Readings of integer tokens as n cells that `accept`, best first by `rank`;
    `total_last` says that `accept` requires the last cell to be the sum of the others.

    A sign inside a glued run ('1268-32143') starts a cell, and only the row's signed column
    (本年增/减) carries one: readings must put that cell in `signed_column` (1268|-3|2143)."""
    pieces, signs = [], {}
    for m in tokens:
        sign = m.group()[0] if m.group()[0] in "+-" else ""
        if sign:
            signs[m.start() + 1] = sign
        pieces.append((m.start() + len(sign), m.group()[len(sign):]))
    digits = sum(len(p) for _, p in pieces)
    if not all(p.isdigit() for _, p in pieces) or digits < n or (signs and signed_column is None):
        return [], 0
    if math.comb(digits - 1, n - 1) > MAX_READINGS:
        return [], -1
    pool = _sum_row_splits(pieces, n) if total_last else token_splits(pieces, n)
    readings = [s for s in pool if not signs and accept(s.values)]
    for s in token_splits(pieces, n) if signs else ():
        if [i for i, (a, _) in enumerate(s.bounds) if a in signs] != [signed_column]:
            continue
        # the cell keeps its sign, in value and in the quoted span
        a, b = s.bounds[signed_column]
        values, bounds = list(s.values), list(s.bounds)
        values[signed_column] *= -1 if signs[a] == "-" else 1
        bounds[signed_column] = (a - 1, b)
        if accept(values):
            readings.append(Split(tuple(values), tuple(bounds)))
    readings.sort(key=rank)
    return readings, len(readings)


def _cells_from_split(split: Split, clean: str) -> list[Cell]:
    return [Cell(clean[a:b], a, b, float(v)) for v, (a, b) in zip(split.values, split.bounds)]


def _fmt_reading(values) -> str:
    return "|".join(format_number(v) for v in values)


def _resolve(row: Row, readings: list[Split], count: int, clean: str, rank=None) -> Row:
    """Fill a row from its surviving readings (best first by `rank`): one = accepted, several =
    flagged, under the policy for unsure numbers (`_mark_unsure`)."""
    if count <= 0 or not readings:
        row.flag = "unsplittable" if count < 0 else "no_valid_split"
        row.cells = [Cell("") for _ in row.cells]
        return row
    row.cells = _cells_from_split(readings[0], clean)
    if len(readings) > 1:
        row.flag = "ambiguous_split"
        row.candidates = "; ".join(_fmt_reading(s.values) for s in readings[:MAX_CANDIDATES])
        if len(readings) > MAX_CANDIDATES:
            row.candidates += f"; … ({len(readings)} readings)"
        _mark_unsure(row.cells, [s.values for s in readings],
                     best_stands_out=rank is not None and rank(readings[0]) < rank(readings[1]))
    return row


def _mark_unsure(cells: list[Cell], readings: list[Sequence[float]], best_stands_out: bool) -> None:
    """The one policy for unsure numbers (also `stats_table`): a cell every reading gives the
    same value is certain; a cell the readings disagree on is flagged `ambiguous_split` and
    keeps the first reading's value only when the table's constraints and the template's
    conventions rank that reading strictly above every other, else it has no value."""
    for i, cell in enumerate(cells):
        if len({r[i] for r in readings}) > 1:
            cell.flag = "ambiguous_split"
            if not best_stands_out:
                cell.value, cell.start, cell.end = None, -1, -1


# ------------------------------------------------------------------ version
@dataclass(frozen=True)
class Versions:
    """The layout of each template table, decided once per report from the tables' own labels."""
    report: str | None  # Metadata.template: table 二's layout, else table 三's; None: neither tells
    table_two: str
    table_three: str


def detect_versions(text: str, report_year: Callable[[], int | None] = lambda: None) -> Versions | None:
    """E2 (60号) or E3 (30号) per table, None without template tables. A table whose own words
    do not tell its layout (its header lost, table 三 abridged above its (六) rows) has the
    layout of the other table, else the one in force in the report's year (`report_year`, a
    callable asked only then; unknown: E2)."""
    e2, e3 = _table_two_markers(text)
    view = _t2_view(text) if e2 == e3 == 0 else text   # rows naming their columns in their cells
    t2_rows = e2 == e3 == 0 and _t2_rows_follow(view, _t2_start(view))
    t3 = _t3_start(text)
    # an excerpt of table 三 may skip its 上年结转 row but keeps its （七）总计 row
    has_t3 = bool(t3 and (CARRIED_IN.search(text, t3.start())
                          or OUTCOME_TOTAL.search(text, t3.start(), t3.start() + T3_REACH)))
    if e2 == e3 == 0 and not t2_rows and not has_t3 and not _table_four_header(text):
        return None   # '第二十条第（一）项' quoted in prose is not a table
    two = (E2 if e2 > e3 else E3) if e2 != e3 else None
    three = _table_three_version(text, t3.start()) if t3 else None
    era = None
    if not (two and three):
        era = E3 if metadata.template_by_era(report_year()) == E3 else E2
    # table 四 is the same in both layouts: alone (a crawler lost tables 二 and 三) it tells none
    report = two or three or (era if t2_rows or t3 else None)
    return Versions(report, two or three or era, three or two or era)


# Table 四's column header as a table prints it: 结果维持 beside 结果纠正 (or 其他结果 beside 尚未审结)
# with nothing but cell separators between (prose never writes the words side by side).
T4_HEADER = re.compile(fuzzy("结果维持") + r"[\s|]*" + fuzzy("结果纠正") + "|"
                       + fuzzy("其他结果") + r"[\s|]*" + fuzzy("尚未审结"))


# the three groups' labels each followed by its five bare cells, in template order
# ('行政复议 0 0 0 0 0 行政诉讼 未经复议直接起诉 1 0 0 0 1 复议后起诉 0 0 0 0 0')
_FIVE_BARE = r"(?:[ \t|]+\d+){5}(?![\d.])"
T4_LABELLED_GROUPS = re.compile(fuzzy("行政复议") + _FIVE_BARE + r"[^\d]{0,20}?" + fuzzy("直接起诉") + _FIVE_BARE
                                + r"[^\d]{0,10}?" + fuzzy("复议后起诉") + _FIVE_BARE)


def _table_four_header(text: str) -> bool:
    """A table 四 heading followed by its column header, or by a line of its 15 bare numbers
    before the next section: a table even without tables 二 and 三."""
    t4 = T4_START.search(text)
    if not t4:
        return False
    if T4_HEADER.search(text, t4.end(), t4.end() + T4_REACH):
        return True
    five = SECTION_FIVE.search(text, t4.end())
    stop = five.start() if five else t4.end() + T4_REACH
    return bool(FIFTEEN_LINE.search(text, t4.end(), stop) or T4_LABELLED_GROUPS.search(text, t4.end(), stop))


def _table_three_version(text: str, t3_start: int) -> str | None:
    """E3 when table 三 prints the 2021 (六) sub-rows; E2 when its (六) row has cells of its own;
    None when neither shows (the rows were left out)."""
    t4 = T4_START.search(text, t3_start)
    end = t4.start() if t4 else len(text)
    if T3_E3_ROWS.search(text, t3_start, end) or LABEL_PATTERNS["other.other"].search(text, t3_start, end):
        return E3
    six = HEAD_SIX.search(text, t3_start, end)
    return E2 if six and SIX_CELLS.match(text, six.end()) else None


def _table_two_markers(text: str) -> tuple[int, int]:
    """How many 2019-only and 2021-only column labels follow the table-二 heading."""
    t2 = _t2_start(text)
    if not t2:
        return 0, 0
    t3 = _t3_start(text, t2.end())
    window = text[t2.start(): t3.start() if t3 else t2.start() + T2_REACH]
    return len(E2_MARKERS.findall(window)), len(E3_MARKERS.findall(window))


# ------------------------------------------------------------------ table 二
def _t2_rank_and_accept(version: str, row: str, cols: tuple[str, ...]):
    """Hard constraints and soft preferences for splitting a table-二 row."""
    if version == E2 and row in ("rule", "normdoc"):
        # cumulative >= annual; newly made documents are normally published the same year
        return (lambda v: v[2] >= v[1]), (lambda s: (s.values[0] != s.values[1],))
    if version == E3 and row in ("rule", "normdoc"):
        return (lambda v: True), (lambda s: (s.values[2] < s.values[0],))
    if "delta" in cols:
        # the item list cannot shrink below zero (上一年项目数量 + 本年增/减 >= 0);
        # an unchanged list (本年增/减 0) is the common case
        return (lambda v: v[0] + v[1] >= 0), (lambda s: (s.values[1] != 0,))
    return (lambda v: True), (lambda s: 0)


PLAUSIBLE_YUAN_PER_PROJECT = (1_000, 100_000_000)


def _procurement_cells(clean: str, tokens: list[re.Match], row: Row) -> Row:
    """Projects and amount; a glued '13575394432.52元' is split by a plausible price per project."""
    def amount_of(m: re.Match, number: float) -> float:
        after = clean[m.end(): m.end() + 2].lstrip()
        return round(number * 10_000, 2) if after.startswith("万") else number

    if len(tokens) >= 2:
        p, a = tokens[0], tokens[1]
        row.cells = [_token_cell(p), Cell(a.group(), a.start(), a.end(), amount_of(a, read_cell(a.group())))]
        return row
    if not tokens:
        return row
    tok = tokens[0]
    whole, _, frac = tok.group().partition(".")
    if not whole.isdigit():
        return row   # a signed or comma-grouped amount alone: no projects cell to split off
    readings = []
    for s in token_splits([(tok.start(), whole)], 2):
        projects = s.values[0]
        amount_text = str(s.values[1]) + ("." + frac if frac else "")
        amount = amount_of(tok, float(amount_text))
        a0 = s.bounds[1][0]
        readings.append((float(projects), amount, (s.bounds[0], (a0, tok.end()))))
    if not readings:
        return row
    lo, hi = PLAUSIBLE_YUAN_PER_PROJECT
    plausible = [r for r in readings if r[0] > 0 and lo <= r[1] / r[0] <= hi]
    ranked = sorted(plausible, key=lambda r: r[0]) + [r for r in readings if r not in plausible]
    best = ranked[0]
    row.cells = [Cell(clean[a:b], a, b, v) for v, (a, b) in zip(best[:2], best[2])]
    if len(readings) > 1:
        row.flag = "ambiguous_split"
        row.candidates = "; ".join(_fmt_reading(r[:2]) for r in ranked[:MAX_CANDIDATES])
        # only the price per project ranks a reading: several plausible ones tie
        _mark_unsure(row.cells, [r[:2] for r in ranked], best_stands_out=len(plausible) == 1)
    return row


# A grid row that names its column inside each cell ('行政许可\t上一年项目数量12\t本年增/减+2',
# '行政处罚\t本年处理决定数量\t85', '第二十条第（五）项\t行政许可\t…'): the names (and a unit
# they give) are blanked, a name cell merging into the number cell after it, and a caption cell
# into the row's label cell, so the row reads as the template's.
_T2_NAMES = "|".join(fuzzy(w) for w in (*T2_HEADERS.values(), *T2_AMOUNT_HEADER.values()))
_T2_NAME_UNIT = r"(?:[ \t]*[（(][^）)\t\n]{0,10}[）)])?"
# (cells apart by tabs, or by spaces where ideographic spaces stood: 行政许可　本年处理决定数量　0)
T2_NAME_IN_CELL = re.compile(r"(?<=[\t ])[^\d\t\n ]{0,4}?(?:" + _T2_NAMES + r")" + _T2_NAME_UNIT
                             + r"[ \t]*(?=[+\-]?\d)")
T2_CAPTION_CELL = re.compile(T2_BLOCK.pattern + r"[ \t]*\t(?=[ \t]*(?:" + _T2_ANY_LABEL + r"))")
T2_LABEL_LINE = re.compile(r"(?m)^[ \t]*(?:" + T2_BLOCK.pattern + r"[ \t]*[\t ][ \t]*)?(?:" + _T2_ANY_LABEL
                           + r")[^\n]*[\t ][^\n]*")


def _t2_view(text: str) -> str:
    """`text` with table-二 tab rows' in-cell column names and caption cells blanked (same length)."""
    def blank(m: re.Match) -> str:
        return " " * len(m.group())

    def line(m: re.Match) -> str:
        row = T2_CAPTION_CELL.sub(blank, m.group())
        return T2_NAME_IN_CELL.sub(blank, row)
    return T2_LABEL_LINE.sub(line, text)


def table_two(doc: Document, clean: str, version: str, written: str | None = None) -> list[Row]:
    """Table 二's rows. `doc` may be the view with in-cell column names blanked (same offsets):
    then `written` is the text as written, whose column labels also place the table."""
    text = doc.text
    t2 = _t2_start(text)
    if written is not None and _table_two_markers(written) != (0, 0):
        t2 = _t2_start(written)
    elif not t2 or (_table_two_markers(text) == (0, 0) and not _t2_rows_follow(text, t2)):
        return []
    if not t2:
        return []
    t3 = _t3_start(text, t2.end())
    end = t3.start() if t3 else min(len(text), t2.start() + T2_REACH)
    # table 三's heading ends it, or table 四's when table 三 was left out
    head = T3_HEADING.search(text, t2.end(), end) or T4_START.search(text, t2.end(), end)
    end = head.start() if head else end
    columns = T2_COLUMNS[version]
    found = _t2_row_labels(text, [s for s in T2_LABELS if s[0] in columns], t2.start(), end)
    stops = sorted([m.start() for _, m in found] + [m.start() for m in T2_BLOCK.finditer(text, t2.start(), end)]
                   + [end])
    rows, joined = [], {}
    for key, m in found:
        cols = columns[key]
        stop = stops[bisect_right(stops, m.start())]
        row = Row(key, _label(doc, m), m.start(), [], "", "t2.row")
        block = max((b.start() for b in T2_BLOCK.finditer(text, t2.start(), m.start())), default=t2.start())
        starts = header_starts(text, block, m.start(), _t2_header_patterns(key, cols))
        tab = _tab_cells(text, m.end(), len(cols), starts, names=_t2_header_patterns(key, cols))
        tokens = _tokens(clean, m.end(), stop) if tab is None else []   # a tab row has its cells
        last = _numbers_end(clean, m.end(), stop)
        _set_evidence(row, doc, m.start(), max(last, m.end()))
        if key == "procurement":
            if tab is not None:
                tokens = [t for c in tab if c.text for t in [NUMBER.search(clean, c.start, c.end)] if t]
            row = _procurement_cells(clean, tokens, row)
        elif tab is not None:
            row.cells = tab or _short_tab_row(row, text, m.end(), len(cols))
        elif len(tokens) == len(cols):
            row.cells = [_token_cell(t) for t in tokens]
            _signed_delta(row.cells, cols, tokens, clean, m.end())
        elif marked := _marked_cells(clean, m.end(), stop, len(cols), text):
            row.cells = marked
        elif len(tokens) == 1 and (every := ALL_CELLS.search(clean, m.end(), tokens[0].start())) \
                and not COUNT_UNIT_AFTER.match(clean, tokens[0].end()) and tokens[0].group() == "0":
            # '规章一栏均为0': every cell of the row; '本年新制作、新公开数量均为0': the columns it names
            named = _columns_named(clean, m.end(), every.end(), cols)
            row.cells = [_token_cell(tokens[0]) if not named or c in named else Cell("") for c in cols]
        elif tokens and all(COUNT_UNIT_AFTER.match(clean, t.end()) for t in tokens):
            # counts told in prose ('作出处理决定418件'): no glued cells; each count whose words
            # (since the count before it) name one column is that column's cell
            named = {}
            for before, t in zip([m.end()] + [t.end() for t in tokens], tokens):
                hits = [c for c in cols if T2_PROSE_NAMES.get(c) and T2_PROSE_NAMES[c].search(clean, before, t.start())]
                if len(hits) != 1 or hits[0] in named:
                    break
                named[hits[0]] = t
            else:
                row.cells = [_token_cell(named[c]) if c in named else Cell("") for c in cols]
                if "delta" in cols and "delta" not in named \
                        and (same := NO_CHANGE.search(clean, m.end(), tokens[-1].start())):
                    row.cells[cols.index("delta")] = Cell(same.group(), same.start(), same.end(), 0.0)
            if not row.cells:
                continue
        elif 0 < len(tokens) < len(cols) and "|" not in clean[m.end():last]:
            # glued cells (pipe-separated Markdown cells are explicit: a missing one is lost)
            accept, rank = _t2_rank_and_accept(version, key, cols)
            signed = cols.index("delta") if "delta" in cols else None
            readings, count = _glued_row(tokens, len(cols), accept, rank, signed)
            row.cells = [Cell("") for _ in cols]
            row = _resolve(row, readings, count, clean, rank)
        elif own_line := _own_line_tokens(clean, m.end(), tokens, len(cols)):
            # more numbers before the next label than the row holds (a table 二 closing the
            # report runs into its signature's date): its own line holds exactly its cells
            row.cells = [_token_cell(t) for t in own_line]
            _set_evidence(row, doc, m.start(), own_line[-1].end())
        else:
            if not tokens and tab is None and ROWS_JOINED.fullmatch(clean, m.end(), stop):
                joined[stop] = row   # 规章、行政规范性文件…均为0: the next row's cells are this one's too
            continue   # no numbers, or more than the row can hold: nothing trustworthy
        rows.append(row)
    by_start = {r.label_start: r for r in rows}
    for stop in sorted(joined, reverse=True):   # the last of the joined rows first (A、B、C均为0)
        row, told = joined[stop], by_start.get(stop)
        if told and len(columns[told.key]) == len(columns[row.key]) and not told.flag:
            row.cells = [Cell(c.text, c.start, c.end, c.value, c.flag) for c in told.cells]
            _set_evidence(row, doc, row.label_start, told.span[1])
            rows.append(row)
            by_start[row.label_start] = row
    rows.sort(key=lambda r: r.label_start)
    rows += _t2_rows_by_order(doc, clean, version, t2.start(), end, rows)
    if "fee" in columns and not any(r.key == "fee" for r in rows):
        rows += _fee_row_after_table_three(doc, clean, columns["fee"], end)
    for row in rows:
        if row.key == "procurement" and len(row.cells) == 2 and (_wan_yuan_header(text, t2.start(), row.label_start)
                                                                 or WAN_YUAN_NOTE.search(text, row.label_start, end)):
            c = row.cells[1]   # a cell writing 万 was converted already, one writing 元 is yuan
            if c.value is not None and not _written_unit(clean, c):
                c.value = round(c.value * 10_000, 2)
        if row.key == "fee" and version == E3:
            for c in row.cells:
                # the header says 万元; a cell that writes 元 itself is already yuan
                if c.value is not None and _written_unit(clean, c) != "元":
                    c.value = round(c.value * 10_000, 2)
    return rows


# table 二's fee row on a line of its own, its cells apart by tabs or pipes ('| 行政事业性收费 | 0.00 |')
FEE_ROW_LABEL = re.compile(fuzzy("行政事业性收费"))
T2_FEE_LINE = re.compile(r"(?m)^[ \t|]*(?:" + T2_BLOCK.pattern + r"[ \t|]+)?(?P<label>" + FEE_ROW_LABEL.pattern
                         + r")(?P<cells>(?:[ \t]*[\t|][ \t|]*[+\-]?\d[\d,]*(?:\.\d+)?)+)[ \t|]*$")


def _fee_row_after_table_three(doc: Document, clean: str, cols: tuple[str, ...], t3_start: int) -> list[Row]:
    """Table 二's fee row a converter moved below table 三 (before table 四's heading): a line
    holding the row's label and exactly its cells, nothing else, is no row of table 三."""
    t4 = T4_START.search(doc.text, t3_start)
    m = T2_FEE_LINE.search(doc.text, t3_start, t4.start() if t4 else len(doc.text))
    if not m:
        return []
    tokens = list(NUMBER.finditer(clean, m.start("cells"), m.end("cells")))
    if len(tokens) != len(cols):
        return []
    label = FEE_ROW_LABEL.match(doc.text, m.start("label"))
    row = Row("fee", _label(doc, label), label.start(), [_token_cell(t) for t in tokens], "", "t2.row")
    _set_evidence(row, doc, m.start("label"), tokens[-1].end())
    return [row]


# a count with its unit ('418件'), no cell glued to the next: table 二 told in prose
COUNT_UNIT_AFTER = re.compile(r"[ \t]*[件项条]")
T2_PROSE_NAMES = {"decisions": re.compile(r"决\s*定"), "prev_items": re.compile(r"上\s*一?\s*年"),
                  "made": re.compile(r"制\s*作"), "issued": re.compile(r"制\s*发")}
ALL_CELLS = re.compile(r"(?:(?:一\s*栏|各\s*栏|各\s*项)[^\d\n，。；]{0,4}?"
                       # ... or the row's columns listed (本年制发、废止、现行有效件数均为0)
                       r"|(?:[、和及与][^\d\n，。；、和及与]{1,6}){1,5}?(?:件数|数量|数)?)"
                       r"(?:均|都|全)\s*(?:为|是)[ \t]*$")
ROWS_JOINED = re.compile(r"[ \t]*[、和及与][ \t]*")   # rows named together, told one set of cells
NO_CHANGE = re.compile(r"本年度?(?:无增减|没有增减|无增加或减少|增减为零)")   # the 本年增/减 cell told as 0
# the words naming one table-二 column in a sentence that lists columns
T2_COLUMN_WORDS = {"made": r"制\s*作", "published": r"(?<!对外)(?<!对外\s)新?\s*公\s*开(?!\s*(?:总|规范性))",
                   "total_published": r"总\s*数", "issued": r"制\s*发", "repealed": r"废\s*止",
                   "in_force": r"现\s*行\s*有\s*效", "prev_items": r"上\s*一?\s*年", "delta": r"增\s*/?\s*减",
                   "decisions": r"决\s*定"}
CLAUSE_BREAK = re.compile(r"[，,。；;：:\n]")


def _columns_named(clean: str, start: int, end: int, cols: tuple[str, ...]) -> set[str]:
    """The row's columns a listing names in its last clause before `end` (none: the whole row)."""
    breaks = [b.end() for b in CLAUSE_BREAK.finditer(clean, start, end)]
    clause = clean[breaks[-1] if breaks else start:end]
    return {c for c in cols if c in T2_COLUMN_WORDS and re.search(T2_COLUMN_WORDS[c], clause)}


DELTA_DOWN = re.compile(r"减\s*少?[ \t]*$")


def _signed_delta(cells: list[Cell], cols: tuple[str, ...], tokens: list[re.Match], clean: str, start: int) -> None:
    """'本年减少17项': the 本年增/减 cell told as a decrease is negative."""
    if "delta" not in cols:
        return
    i = cols.index("delta")
    before = tokens[i - 1].end() if i else start
    c = cells[i]
    if c.value and c.value > 0 and DELTA_DOWN.search(clean, before, tokens[i].start()) \
            and clean[tokens[i].start()] not in "+-":
        c.value = -c.value


# a block caption naming its rows ('行政事业性收费：上一年项目数量  本年增/减；政府集中采购：…'):
# the label there heads columns, its row comes later
T2_CAPTION_LABEL = re.compile(r"[ \t]*[:：]|[^\d\n]{0,6}?(?:" + "|".join(
    fuzzy(w) for w in (*T2_HEADERS.values(), *T2_AMOUNT_HEADER.values())) + ")")


def _t2_row_labels(text: str, specs, start: int, end: int) -> list[tuple[str, re.Match]]:
    """Each row label's first mention that is no column caption (else its first mention)."""
    found = []
    for key, rx in specs:
        hits = list(rx.finditer(text, start, end))
        rows = [m for m in hits if not T2_CAPTION_LABEL.match(text, m.end())]
        if rows or hits:
            found.append((key, (rows or hits)[0]))
    return found


def _own_line_tokens(clean: str, label_end: int, tokens: list[re.Match], n: int) -> list[re.Match] | None:
    """The number tokens on the label's own line, when they are exactly the row's n cells."""
    line_end = clean.find("\n", label_end)
    own = [t for t in tokens if line_end < 0 or t.start() < line_end]
    return own if len(own) == n < len(tokens) else None


MARKED_CELL = re.compile(r"[^\s|]+")


def _marked_cells(clean: str, label_end: int, stop: int, n: int, text: str = "") -> list[Cell] | None:
    """The cells of a row written out on its line with blank markers for the empty ones
    ('行政处罚 — — 26', '规章 / 0 3'): when its tokens are exactly the row's n cells, each a number
    or a marker, they are placed in order and a marker is a blank (no fact)."""
    line_end = clean.find("\n", label_end, stop)
    seg_end = stop if line_end < 0 else line_end
    if (piped := _pipe_cells(clean, label_end, seg_end, n)) is not None:
        return piped
    parts = list(MARKED_CELL.finditer(clean, label_end, seg_end))
    if not parts and line_end >= 0:
        parts = _cell_lines(clean, line_end + 1, stop)   # one cell a line (PDF text, crawled grids)
        if 0 < len(parts) < n and (kept := _cell_lines_with_blanks(clean, line_end + 1, stop, n, text)):
            return kept
    # rows flattened onto one line: the cells end where the next row's words start ('… 5 二、上年')
    words = next((i for i, p in enumerate(parts) if NEXT_LABEL.search(p.group())), len(parts))
    parts = parts[:words]
    if len(parts) != n or not any(p.group() in BLANK_CELLS for p in parts):
        return None
    if not all(p.group() in BLANK_CELLS or NUMBER.fullmatch(p.group()) for p in parts):
        return None
    return [Cell(p.group(), p.start(), p.end(), read_cell(p.group())) for p in parts]


def _cell_lines(clean: str, start: int, stop: int) -> list[re.Match]:
    """The cells of a row written one a line under its label: every non-empty line up to the
    next row (or its numbering) is one token (page-number lines skipped); else none."""
    parts = []
    for line in _lines(clean, start, stop):
        if PAGE_NUMBER_LINE.fullmatch(clean, *line):
            continue
        tokens = list(MARKED_CELL.finditer(clean, *line))
        if len(tokens) == 1 and not (tokens[0].group() in BLANK_CELLS or NUMBER.fullmatch(tokens[0].group())):
            break     # the next row's numbering ('二、') before its matched words
        if len(tokens) > 1:
            return []
        parts += tokens
    return parts


def _cell_lines_with_blanks(clean: str, start: int, stop: int, n: int, text: str) -> list[Cell] | None:
    """A crawled grid written one cell a line keeps an empty line for a blank cell (lines 14, 3,
    -, -, 1, -, 18): when the row's lines up to the next row are exactly its n cells (empty lines
    after the last one are the row's end), each empty line is a blank in its own column. Only
    when two of its cells sit on adjacent lines: a double-spaced text puts an empty line between
    every two cells, so its empty lines are no cells; nor inside a page break."""
    lines = _lines(clean, start, stop)
    if not text or any(PAGE_NUMBER_LINE.fullmatch(text, *line) or "\f" in text[line[0]:line[1]] for line in lines):
        return None   # a page break's own empty lines would pass for cells (`text`: as read)
    if lines and lines[-1][1] == stop and clean[stop:stop + 1] not in ("\n", ""):
        lines.pop()   # the next row's line up to its label (its blanked numbering)
    texts = [clean[a:b].strip() for a, b in lines]
    words = next((i for i, t in enumerate(texts) if t and not (t in BLANK_CELLS or NUMBER.fullmatch(t))), None)
    if words is not None:   # the next row's numbering ('二、') on a line of its own
        if any(texts[words + 1:]):
            return None
        lines, texts = lines[:words], texts[:words]
    while len(texts) > n and not texts[-1]:
        texts.pop()
    if len(texts) != n or all(texts) or not any(texts[i] and texts[i + 1] for i in range(n - 1)):
        return None
    cells = []
    for (a, b), t in zip(lines, texts):
        at = clean.find(t, a, b) if t else -1
        cells.append(Cell(t, at, at + len(t), read_cell(t)) if t else Cell(""))
    return cells


def _lines(clean: str, start: int, stop: int) -> list[tuple[int, int]]:
    out = []
    while start < stop:
        end = clean.find("\n", start, stop)
        end = stop if end < 0 else end
        out.append((start, end))
        start = end + 1
    return out


def _pipe_cells(clean: str, label_end: int, seg_end: int, n: int) -> list[Cell] | None:
    """A Markdown row a converter left on one line with its neighbours ('| 2.重复申请 |  |  |
    … | 0 | | 3.…'): its pipes still mark every cell, so an empty cell is a blank (no fact)
    in its own column. Blank parts after the last number are the row's end (the pipes that
    join the next row), so the row must end on a number in its last column to be placed."""
    seg = clean[label_end:seg_end]
    if "|" not in seg:
        return None
    pieces = seg.split("|")
    if pieces[0].strip():
        return None   # words or numbers before the first cell: not a pipe row
    offsets = list(accumulate([len(p) + 1 for p in pieces], initial=label_end))
    cells = list(zip(pieces, offsets))[1:]
    words = next((i for i, (p, _) in enumerate(cells) if NEXT_LABEL.search(p)), len(cells))
    cells = cells[:words]   # a group heading of the next rows ('| 三、本年度办理结果 |')
    while cells and not cells[-1][0].strip():
        cells.pop()
    if len(cells) != n or not any(not p.strip() for p, _ in cells):
        return None   # no blank cell: the other readers already place a full row
    texts = [p.strip() for p, _ in cells]
    if not all(t in BLANK_CELLS or NUMBER.fullmatch(t) for t in texts):
        return None
    return [Cell(t, off + p.find(t), off + p.find(t) + len(t), read_cell(t)) if t else Cell("")
            for (p, off), t in zip(cells, texts)]


def _t2_rows_by_order(doc: Document, clean: str, version: str, start: int, end: int, rows: list[Row]) -> list[Row]:
    """Rows of a table-二 block whose labels were lost or set apart from their numbers (a
    converter wrote the label column, then the value rows): when the block's rows without cells
    and its lines of numbers no row took are as many, and each line has its row's cell count,
    they pair up in template order. Anything less exact is left unread."""
    columns = T2_COLUMNS[version]
    with_cells = {r.key for r in rows if r.cells}
    taken = {c.start for r in rows for c in r.cells if c.start >= 0}
    heads = list(T2_BLOCK.finditer(clean, start, end))
    placed = []
    for i, head in enumerate(heads):
        numeral = re.search(r"[（(]\s*([一二三四五六七八九十]+)", head.group()).group(1)
        missing = [k for k in T2_BLOCKS.get(numeral, ()) if k in columns and k not in with_cells]
        if not missing:
            continue
        block_end = heads[i + 1].start() if i + 1 < len(heads) else end
        lines = []
        for line in re.finditer(r"[^\n]+", clean[head.end():block_end]):
            a = head.end() + line.start()
            toks = [t for t in NUMBER.finditer(clean, a, a + len(line.group())) if t.start() not in taken]
            if toks:
                lines.append(toks)
        if len(lines) != len(missing) or any(len(t) != len(columns[k]) for k, t in zip(missing, lines)):
            continue
        for key, toks in zip(missing, lines):
            row = Row(key, "", toks[0].start(), [_token_cell(t) for t in toks],
                      "", "t2.order")
            if key == "procurement":   # its amount may be written in 万元
                row = _procurement_cells(clean, toks, row)
            _set_evidence(row, doc, toks[0].start(), toks[-1].end())
            placed.append(row)
    return placed


# a header cell naming the amount's unit: 采购总金额（万元）, 金额（单位：万元）
WAN_YUAN_HEADER = re.compile(r"金额[ \t]*[（(][ \t]*(?:单位[ \t]*[:：][ \t]*)?万元[ \t]*[）)]")


# a note under the table naming the amount's unit: 注：采购总金额单位为万元, （金额单位：万元）, 金额以万元计
WAN_YUAN_NOTE = re.compile(r"金额[^\d\n。；;]{0,6}?"
                           r"(?:单位[ \t]*(?:为|是|[:：])[ \t]*万元|以[ \t]*万元[ \t]*(?:为单位|计))")


def _wan_yuan_header(text: str, start: int, row_start: int) -> bool:
    """The procurement block's own header (from its 第二十条 title on) counts the amount in 万元."""
    block = max((b.start() for b in T2_BLOCK.finditer(text, start, row_start)), default=start)
    return WAN_YUAN_HEADER.search(text, block, row_start) is not None


def _written_unit(clean: str, cell: Cell) -> str:
    """The unit the cell (or the text right after its number) names: 元, 万 (万元) or ''."""
    number = NUMBER.search(clean, cell.start, cell.end) if cell.start >= 0 else None
    after = clean[number.end(): max(cell.end, number.end()) + 2].lstrip() if number else ""
    return after[:1] if after.startswith(("元", "万")) else ""


# ------------------------------------------------------------------ table 三
def _row_sum_ok(v) -> bool:
    return None not in v[:7] and sum(v[:6]) == v[6]


def _garbled_from_row_sum(row: Row) -> None:
    """A table-三 row with one garbled cell ('2\ufffd') whose other six cells are read: the row's
    own sum (总计 = the six applicant columns, the constraint glued rows are split by) gives
    its value when that value keeps the digits the cell still shows (\ufffd standing for lost
    digits); it stays flagged `garbled_cell`, the cell as written in `candidates`. Else the
    cell has no value (still flagged)."""
    garbled = [i for i, c in enumerate(row.cells) if c.flag == "garbled_cell"]
    if not garbled:
        return
    row.candidates = " | ".join(row.cells[i].text for i in garbled)
    others = [c.value for i, c in enumerate(row.cells) if i not in garbled]
    if len(row.cells) != T3_WIDTH or len(garbled) != 1 or None in others:
        return
    i = garbled[0]
    value = others[-1] - sum(others[:-1]) if i < T3_WIDTH - 1 else sum(others)
    if shows(row.cells[i].text, value):
        row.cells[i].value = value


# a line of bare numbers as wide as a table-三 row (seven cells, eight with a 小计)
BARE_ROW_LINE = re.compile(r"(?m)^[ \t|]*\d[\d,]*(?:[ \t|]+\d[\d,]*){6,7}[ \t|]*$")


def _t3_heading_over_bare_rows(text: str) -> re.Match | None:
    """Table 三 whose rows all lost their labels (no 本年新收 anywhere): its heading, when a line
    of bare numbers as wide as a row follows it before table 四. Its rows are then placed by
    the template's order and the table's sums, like any loose row."""
    for heading in T3_HEADING.finditer(text):
        t4 = T4_START.search(text, heading.end())
        end = t4.start() if t4 else min(len(text), heading.end() + T3_REACH)
        if BARE_ROW_LINE.search(text, heading.end(), end):
            return heading
    return None


def table_three(doc: Document, clean: str, version: str) -> list[Row]:
    text = doc.text
    start_m = _t3_start(text) or _t3_heading_over_bare_rows(text)
    if not start_m:
        return []
    t3_start = start_m.start()
    t4 = T4_START.search(text, t3_start)
    end = t4.start() if t4 else min(len(text), t3_start + T3_REACH)
    specs = T3_SPECS[version]
    found = _find_labels(text, specs, t3_start, end)
    if version == E3:   # the (六) heading is a stopper, not a data row
        head6 = HEAD_SIX.search(text, t3_start, end)
        stops_extra = [head6.start()] if head6 else []
    else:
        stops_extra = []
    # rows are read from t3_start on: only the table's own numbering needs blanking
    blanked = (clean[:t3_start] + ROW_NUMBERING.sub(lambda m: " " * len(m.group()), clean[t3_start:end])
               + clean[end:])
    heads = _cells_on_label_head(clean, blanked, found, end)
    stops = sorted([m.start() for _, m in found] + stops_extra + [end] + [h for h, _, _ in heads.values()])
    starts = header_starts(text, max(0, t3_start - T3_HEADER_LOOKBACK), t3_start, T3_HEADERS)
    subtotal_header = bool(SUBTOTAL_HEADER.search(text, max(0, t3_start - T3_HEADER_LOOKBACK), t3_start))
    width = _space_separator(blanked, t3_start, end)
    rows = []
    for key, m in found:
        stop = stops[bisect_right(stops, m.start())]
        after, first = m.end(), m.start()
        if m.start() in heads:    # the row's cells sit on its label's first line
            first, after, stop = heads[m.start()]
        row = Row(key, _label(doc, m), m.start(), [], "", "t3.row")
        tab = _tab_cells(text, after, T3_WIDTH, starts, subtotal_header)
        tokens = _tokens(blanked, after, stop) if tab is None else []   # a tab row has its cells
        last = max(_numbers_end(blanked, after, stop), tokens[-1].end() if tokens else 0)   # '2\ufffd' whole
        _set_evidence(row, doc, first, max(last, m.end()))
        if tab is not None:
            row.cells = tab or _short_tab_row(row, text, after, T3_WIDTH, total_last=True)
            if any(c.flag == "blank_cell_unplaced" for c in tab):   # applicant cells a label displaced
                row.candidates = " | ".join(p.strip() for p, _ in _line_cells(text, after)
                                            if NUMBER.fullmatch(p.strip()))
        elif (marked := _marked_cells(blanked, LABEL_REST.match(blanked, after).end(), stop, T3_WIDTH,
                                      text)) is not None:
            row.cells = marked   # a dash is a blank cell of the row's line, so the row keeps its width
        elif len(tokens) in (T3_WIDTH, T3_WIDTH_WITH_SUBTOTAL):
            cells = [_token_cell(t) for t in tokens]
            row.cells = cells if len(cells) == T3_WIDTH else _without_subtotal(cells, subtotal_header) or []
        elif 0 < len(tokens) < T3_WIDTH and (spaced := _spaced_cells(
                blanked, LABEL_REST.match(blanked, after).end(), tokens, T3_WIDTH, width)):
            row.cells = spaced
        elif 0 < len(tokens) < T3_WIDTH:
            readings, count = _glued_row(tokens, T3_WIDTH, _row_sum_ok, lambda s: 0, total_last=True)
            row.cells = [Cell("") for _ in range(T3_WIDTH)]
            row = _resolve(row, readings, count, blanked)
            row.readings = readings if count > 1 else []   # for the column equations
        else:
            row.cells = _first_line_row(blanked, after, tokens, subtotal_header)
        _garbled_from_row_sum(row)
        rows.append(row)
    complete = len(rows) == len(specs) and all(len(r.cells) == T3_WIDTH for r in rows)
    order_ok = [r.label_start for r in rows] == sorted(r.label_start for r in rows)
    if not (order_ok and complete):
        # a converter may also put rows above the first label, under the heading
        heading = [m.end() for m in T3_HEADING.finditer(text, max(0, t3_start - LOOSE_LEAD), t3_start)]
        table_start = heading[-1] if heading else t3_start
        before = _numbers_before_labels(doc, blanked, table_start, found, specs, subtotal_header) if order_ok else []
        if before:
            return before
        rows = [r for r in rows if len(r.cells) == T3_WIDTH]
        rows += _place_loose_rows(doc, blanked, table_start, end, [key for key, _ in specs], rows, subtotal_header)
    _resolve_by_columns([r for r in rows if r.key != UNPLACED], blanked)
    return rows


# ------------------------------------------------------- table 三 abridged to its 总计 column
# Some reports print table 三 with its 总计 column only, one number a row, as a grid or a list
# (本年新收19；上年结转1；予以公开9；…总计18；结转下年度继续办理2). Its group heads then hold
# their groups' subtotals, keyed as the development labels key them.
T3_TOTAL_ROWS = (("requests.new", "total", "本年新收"), ("requests.carried_in", "total", "上年结转"),
                 ("requests.outcome", "granted", "予以公开"), ("requests.outcome", "partial", "部分公开"),
                 ("requests.outcome", "deny.total", "不予公开"), ("requests.outcome", "unable.total", "无法提供"),
                 ("requests.outcome", "reject.total", "不予处理"), ("requests.outcome", "other", "其他处理"),
                 ("requests.outcome", "total", "总计"), ("requests.carried_out", "total", "结转下年度"))
T3_TOTAL_LABELS = tuple(_rx(words) for _, _, words in T3_TOTAL_ROWS)
# the row's one number: label words before it (no digits), no unit after it, no digits after it
T3_TOTAL_SEGMENT = re.compile(r"[^\d\n]{0,40}?(?P<n>\d[\d,]*)(?![\d.,]|\s*[件条个项次起%％万元人])[^\d]*")
MIN_TOTAL_ROWS = 6
MAX_FULL_ROW_DIGITS = T3_WIDTH - 1   # fewer digits than a full row glued together ('2000002')


def _t3_window(doc: Document, clean: str) -> tuple[int, int] | None:
    """Where table 三 runs: from its heading to table 四's, or T3_REACH characters on."""
    start_m = _t3_start(doc.text)
    if not start_m:
        return None
    t4 = T4_START.search(clean, start_m.start())
    return start_m.start(), t4.start() if t4 else min(len(clean), start_m.start() + T3_REACH)


def _t3_total_column(doc: Document, clean: str, version: str) -> list[Row]:
    """Table 三 abridged to its 总计 column: its rows found in template order, each holding
    exactly one number (too short to be a glued full row), at least MIN_TOTAL_ROWS of them.
    Anything else (a sub-row's numbering, a second number, a unit) is left to the full reader."""
    window = _t3_window(doc, clean)
    if window is None:
        return []
    pos, end = window
    found = []
    for i, rx in enumerate(T3_TOTAL_LABELS):
        if m := rx.search(clean, pos, end):
            found.append((i, m))
            pos = m.end()
    if len(found) < MIN_TOTAL_ROWS:
        return []
    rows = []
    for j, (i, m) in enumerate(found):
        stop = found[j + 1][1].start() if j + 1 < len(found) else clean.find("\n", m.end(), end)
        stop = end if stop < 0 else stop
        measure, key, _ = T3_TOTAL_ROWS[i]
        if i < len(FULL_FLOW_ROWS) and (named := _named_cells(clean, m.end(), stop)):
            # an intake row naming its applicant cells ('本年新收：自然人3，商业企业1，总计4')
            row = Row(FULL_FLOW_ROWS[i], _label(doc, m), m.start(), named[0], "", "t3.total_column")
            _set_evidence(row, doc, m.start(), named[1])
            rows.append(row)
            continue
        head = T3_HEAD_WITH_PARTS.fullmatch(clean, m.end(), stop)
        seg = T3_TOTAL_SEGMENT.fullmatch(clean, m.end(), stop) if not head else head
        if not seg or len(seg.group("n").replace(",", "")) > MAX_FULL_ROW_DIGITS:
            return []
        cell = _token_cell(NUMBER.match(clean, seg.start("n")))
        if part := _bracketed_part(clean, version, key, m.end(), seg.start("n")):
            # '不予公开（保护第三方合法权益）1': the one sub-row the group had, its bracket names it
            row = Row(part, _label(doc, m), m.start(), [Cell("") for _ in range(T3_WIDTH - 1)] + [cell],
                      "", "t3.total_column")
        else:
            row = Row(f"{measure}/{key}", _label(doc, m), m.start(), [cell], "", "t3.total_column")
        _set_evidence(row, doc, m.start(), seg.end("n"))
        rows.append(row)
        if head and (parts := _head_parts(doc, clean, version, key, head, m.start())) is None:
            return []
        rows += parts if head else []
    return rows


# a group head's number then its sub-rows in brackets ('不予公开5（其中属于…3、属于…2）')
T3_HEAD_WITH_PARTS = re.compile(r"[^\d\n]{0,40}?(?P<n>\d[\d,]*)(?![\d.,])[ \t]*[（(](?:其中)?"
                                r"(?P<parts>[^（()）\n]+)[)）][^\d]*")
HEAD_PART = re.compile(r"[^\d、，,；;]*?(?P<n>\d[\d,]*)(?![\d.,]|\s*[件条个项次起%％万元人])[、，,；;]?")


def _group_parts(version: str, head_key: str) -> list[tuple[str, re.Pattern]]:
    """The sub-rows of the group a head row (deny.total) heads, with their label patterns."""
    group = head_key.removesuffix(".total")
    return [(k, rx) for k, rx in T3_SPECS[version] if k.startswith(group + ".")] if group != head_key else []


def _bracketed_part(clean: str, version: str, head_key: str, start: int, stop: int) -> str | None:
    """The sub-row a bracket between a group head and its number names, if it names one."""
    bracket = re.search(r"[（(]([^（()）\n]+)[)）]", clean[start:stop])
    if not bracket:
        return None
    named = [k for k, rx in _group_parts(version, head_key) if rx.search(bracket.group(1))]
    return named[0] if len(named) == 1 else None


def _head_parts(doc: Document, clean: str, version: str, head_key: str, head: re.Match,
                label_start: int) -> list[Row] | None:
    """The sub-rows a group head names in its brackets, each its label's one number in its
    总计 cell; None (no table) unless each is a sub-row of that group and they add up to the
    head's number."""
    specs = _group_parts(version, head_key)
    rows, pos, total = [], head.start("parts"), 0.0
    while pos < head.end("parts"):
        part = HEAD_PART.match(clean, pos, head.end("parts"))
        if not part:
            return None
        key = next((k for k, rx in specs if rx.search(clean, part.start(), part.start("n"))), None)
        if key is None:
            return None
        cell = _token_cell(NUMBER.match(clean, part.start("n")))
        row = Row(key, _label(doc, part), part.start(), [Cell("") for _ in range(T3_WIDTH - 1)] + [cell],
                  "", "t3.total_column")
        _set_evidence(row, doc, label_start, part.end("n"))
        rows.append(row)
        total += cell.value or 0
        pos = part.end()
    return rows if rows and total == read_cell(head["n"]) else None


MIN_TOTAL_SUBROWS = 12
# 总计 alone on its line, its number after it or on a line below: the outcome total of a list
BARE_OUTCOME_TOTAL = re.compile(r"(?m:^)[ \t]*总\s*计(?=[ \t]*(?:\n[ \t]*)*\d)")
ONE_CELL = re.compile(r"[^\d]*?(?P<n>\d[\d,]*)(?![\d.,]|\s*[件条个项次起%％万元人])[^\d]*")
# a row of the list naming its cells ('本年新收… | 自然人 2 | 总计 2', '…：自然人2，商业企业0，…，总计2'):
# each number after its column's name, nothing else on the row
NAMED_CELL = re.compile(r"[\s|:：，,、；;]*(?P<name>" + "|".join(fuzzy(w) for w in APPLICANT_HEADERS)
                        + r")[ \t:：]*(?P<n>\d[\d,]*)(?![\d.,]|\s*[件条个项次起%％万元人])")
NAMED_END = re.compile(r"[^\d]*")
# the 本年新收 / 上年结转 rows written in full beside outcome rows cut to their 总计 cell: seven
# numbers on the row's line, the last their sum
FULL_FLOW_ROWS = ("new", "carried_in")
CELL_RUN = re.compile(r"\d[\d,]*")
FULL_ROW = re.compile(r"[^\d\n]*?(?P<cells>\d[\d,]*(?:[ \t|]+\d[\d,]*){" + str(T3_WIDTH - 1)
                      + r"})(?![\d.,])[ \t|]*(?:\n[^\d]*)?")
CELLS_AFTER = re.compile(r"[ ]*(?:\t|\|[ \t]*[^\s])")   # more (blank) cells after a number on its line
# a row whose one cell a grid left empty: its label's words, a tab, nothing after it on the line
BLANK_TAB_CELL = re.compile(r"[^\d\t\n]*\t[ \t]*(?:\n[^\d]*)?")
NAMED_LEAD = re.compile(r"[^\d\n]*?(?=" + NAMED_CELL.pattern + ")")   # the label's own words before


def _t3_total_column_rows(doc: Document, clean: str, version: str) -> list[Row]:
    """Table 三 abridged to its 总计 column down to its sub-rows, label and number pairs that may
    run on in one line ('（三）不予公开 1.属于国家秘密\t0\t2.其他法律…\t0'): every row found holds
    exactly one number, and the outcome rows add up to （七）总计, or it is left to the full reader."""
    window = _t3_window(doc, clean)
    if window is None:
        return []
    pos, end = window
    found = []
    for key, rx in T3_SPECS[version]:
        if m := rx.search(doc.text, pos, end):
            found.append((key, m))
            pos = m.end()
    keys = [k for k, _ in found]
    if "outcome_total" not in keys and "carried_out" in keys and len(keys) > 1:
        # the （七） numbering dropped: a line of 总计 alone and its number, right before 结转下年度
        last_outcome, carried_out = found[-2][1], found[-1][1]
        if m := BARE_OUTCOME_TOTAL.search(doc.text, last_outcome.end(), carried_out.start()):
            found.insert(len(found) - 1, ("outcome_total", m))
            keys = [k for k, _ in found]
    # a short list (only the rows the body had, '仅列总计栏', '仅列有数据的行') must also balance its
    # flow rows; it may leave out 上年结转 or 结转下年度 (then the rows it keeps balance alone)
    short = len(found) < MIN_TOTAL_SUBROWS
    flow_keys = [k for k in FLOW_ROWS if k in keys]
    # the four flow rows alone (a report with no outcome to break down: 新收 0, 上年结转 0,
    # 总计 0, 结转下年度 0) are a list too: their balance is then the whole check
    flow_only = sorted(keys) == sorted(FLOW_ROWS)
    if "outcome_total" not in keys or short and not (
            {"new", "outcome_total"} <= set(keys) and len(keys) > len(flow_keys) or flow_only):
        return []
    blanked = ROW_NUMBERING.sub(lambda m: " " * len(m.group()), clean[:end])
    rows, values, full_rows, trailing = [], {}, False, False
    for j, (key, m) in enumerate(found):
        next_label = found[j + 1][1].start() if j + 1 < len(found) else None
        stop = next_label if next_label is not None else _last_row_end(clean, m.end(), end)
        seg = ONE_CELL.fullmatch(blanked, m.end(), stop)
        if seg and len(seg.group("n").replace(",", "")) <= MAX_FULL_ROW_DIGITS:
            cells = [Cell("") for _ in range(T3_WIDTH - 1)] + [_token_cell(NUMBER.match(blanked, seg.start("n")))]
            last = seg.end("n")
            line_end = blanked.find("\n", last)
            next_on_line = next_label is not None and (line_end < 0 or next_label < line_end)
            if CELLS_AFTER.match(blanked, last) and not next_on_line:
                trailing = True   # blank cells after it: the number may be no 总计 cell
        elif BLANK_TAB_CELL.fullmatch(blanked, m.end(), stop):
            # the row's cell left empty in the grid: no fact, and nothing towards the sums
            cells, last = [Cell("") for _ in range(T3_WIDTH)], m.end()
            values[key] = 0.0
        elif named := _named_cells(blanked, m.end(), stop):
            cells, last = named
        elif key in FULL_FLOW_ROWS and (full := FULL_ROW.fullmatch(blanked, m.end(), stop)):
            # the intake rows in full, the outcome rows cut to their 总计 cell (one a line)
            tokens = [NUMBER.match(blanked, t.start()) for t in CELL_RUN.finditer(blanked, full.start("cells"),
                                                                                  full.end("cells"))]
            cells = [_token_cell(t) for t in tokens]
            if None in [c.value for c in cells] or sum(c.value for c in cells[:-1]) > cells[-1].value:
                return []
            # parts short of the row's 总计 (a writer filling the 总计 cell alone) are read as
            # written under their columns, as `_named_cells` reads them; the flow rows' balance
            # below checks the totals. Parts over it are cells from elsewhere: no list.
            full_rows, last = True, tokens[-1].end()
        else:
            return []
        values.setdefault(key, cells[-1].value)
        row = Row(key, _label(doc, m), m.start(), cells, "", "t3.total_column")
        _set_evidence(row, doc, m.start(), last)
        rows.append(row)
    parts = [values[k] for k in keys if k not in FLOW_ROWS]
    if not flow_only and (None in parts or values["outcome_total"] != sum(parts)):
        return []
    flow = [values.get(k, 0.0) for k in FLOW_ROWS]
    if (short or full_rows) and (None in flow or flow[0] + flow[1] != flow[2] + flow[3]):
        return []
    if full_rows and trailing:
        return []   # a grid row with its other cells blank: the full reader places its number
    return rows


NEXT_FILLED_LINE = re.compile(r"\s*\S[^\n]*")


def _last_row_end(clean: str, start: int, end: int) -> int:
    """Where the list's last row ends: its label's line, or the next line holding something when
    the label's line holds no number (a list with each number on its own line under its label,
    blank lines between them)."""
    stop = clean.find("\n", start, end)
    if stop < 0:
        return end
    if not re.search(r"\d", clean[start:stop]):
        below = NEXT_FILLED_LINE.match(clean, stop, end)
        return below.end() if below else end
    return stop


def _named_cells(blanked: str, start: int, stop: int) -> tuple[list[Cell], int] | None:
    """The cells of a row that names each one ('自然人 2 | 总计 2'), in their columns (a column it
    does not name is blank, no zero), and where its last number ends; None unless the row is
    nothing but named cells, 总计 among them, its named parts adding up to no more than it (to
    it exactly when all are named)."""
    lead = NAMED_LEAD.match(blanked, start, stop)
    if not lead:
        return None
    cells, pos = [Cell("") for _ in APPLICANTS], lead.end()
    start = last = pos
    while m := NAMED_CELL.match(blanked, pos, stop):
        i = next(i for i, w in enumerate(APPLICANT_HEADERS) if re.fullmatch(fuzzy(w), m["name"]))
        if cells[i].text:
            return None
        cells[i] = _token_cell(NUMBER.match(blanked, m.start("n")))
        pos = last = m.end()
    if pos == start or not NAMED_END.fullmatch(blanked, pos, stop) or cells[-1].value is None:
        return None
    parts = [c.value for c in cells[:-1] if c.text]
    if None in parts or sum(parts) > cells[-1].value or (len(parts) == len(cells) - 1
                                                         and sum(parts) != cells[-1].value):
        return None
    return cells, last


# Table 三 with the five organisation columns merged into one (自然人 | 法人或其他组织 | 总计): a row's
# three numbers give its 自然人 and 总计 cells; the merged column has no cell of the contract.
T3_MERGED_HEADER = re.compile(fuzzy("自然人") + r"[\s|]*" + fuzzy("法人或其他组织") + r"[\s|]*" + fuzzy("总计"))
THREE_CELLS = re.compile(r"[^\d]*?(?P<a>\d+)[ \t|]+(?P<b>\d+)[ \t|]+(?P<c>\d+)(?![\d.,])[^\d]*")


def _t3_merged_columns(doc: Document, clean: str, version: str) -> list[Row]:
    """Rows of a table 三 under a merged 法人或其他组织 column: each found row holds exactly three
    numbers, the third the sum of the other two, else the full reader reads the table."""
    window = _t3_window(doc, clean)
    if window is None or not T3_MERGED_HEADER.search(clean, max(0, window[0] - T3_HEADER_LOOKBACK), window[0]):
        return []
    start, end = window
    found = _find_labels(doc.text, T3_SPECS[version], start, end)
    if not found or [m.start() for _, m in found] != sorted(m.start() for _, m in found):
        return []
    blanked = ROW_NUMBERING.sub(lambda m: " " * len(m.group()), clean[:end])
    rows = []
    for j, (key, m) in enumerate(found):
        stop = found[j + 1][1].start() if j + 1 < len(found) else clean.find("\n", m.end(), end)
        seg = THREE_CELLS.fullmatch(blanked, m.end(), end if stop < 0 else stop)
        if not seg:
            return []
        a, b, c = (_token_cell(NUMBER.match(blanked, seg.start(g))) for g in "abc")
        if None in (a.value, b.value, c.value) or a.value + b.value != c.value:
            return []
        row = Row(key, _label(doc, m), m.start(), [a] + [Cell("") for _ in range(T3_WIDTH - 2)] + [c],
                  "", "t3.merged_columns")
        _set_evidence(row, doc, m.start(), seg.end("c"))
        rows.append(row)
    return rows


def _t3_total_spec(row: Row) -> tuple:
    if "/" not in row.key:
        return _t3_specs(row.key)   # a row of cells or a sub-row (`_t3_total_column`)
    measure, key = row.key.split("/")
    return ((measure, key, "request", "annual", None),)


SPACE_GAP = re.compile(r"(?<=\d) {2,}(?=\d)")


def _space_separator(blanked: str, start: int, end: int) -> int | None:
    """The run of spaces a space-separated table puts between two cells, when its rows use one
    width throughout (9 gaps in 10 between two numbers): then a wider run holds blank cells."""
    gaps = [len(g.group()) for g in SPACE_GAP.finditer(blanked, start, end)]
    if len(gaps) < 2 * T3_WIDTH:
        return None
    width = max(set(gaps), key=gaps.count)
    return width if gaps.count(width) * 10 >= len(gaps) * 9 else None


def _spaced_cells(blanked: str, label_end: int, tokens: list[re.Match], n: int, width: int | None) -> list[Cell] | None:
    """A short row of a space-separated table whose blank cells are empty cells between
    separators ('1.属于国家秘密' then seven separators and '0': the 总计 column alone): each
    run of spaces before a number (from the label) is a whole number of separators, placing
    it; read only when the row's last number lands in the last column (trailing blanks before
    the next row's words cannot be counted)."""
    if not width:
        return None
    pos, col, cells = len(blanked[:label_end].rstrip()), -1, [Cell("") for _ in range(n)]
    for t in tokens:
        gap = blanked[pos:t.start()]
        if "\n" in gap or gap.strip(" ") or len(gap) % width:
            return None
        col += len(gap) // width
        if col >= n:
            return None
        cells[col] = _token_cell(t)
        pos = t.end()
    return cells if col == n - 1 else None


# A label's first line holding the row's cells: words (the row numbering is blanked), then only
# numbers or blank markers to the line's end.
_HEAD_LINE = re.compile(r"[ \t]*(?P<words>[^\d\n\t|。]*[\u4e00-\u9fff][^\d\n\t|。]*?)[ \t]+"
                        r"(?P<cells>(?:[\d,.+\-—–－/]+[ \t]*)+)$", re.MULTILINE)


_LABEL_NUMBERING = re.compile(r"[ \t]*(?:\d{1,2}[.、．]|[（(][一二三四五六七][）)]|[一二三四]、)")


def _cells_on_label_head(clean: str, blanked: str, found, end: int) -> dict[int, tuple[int, int, int]]:
    """Rows whose long label a PDF wrapped, its cells printed on the label's first line and the
    words a row is known by on the next ('2.申请人逾 0 2 0 0 0 0 2' / '期未按收费通知要求缴纳
    费用…'): read that way the row above would take these cells, and this row the next row's.
    A row qualifies when its matched words continue a line without cells (words only before
    them, no numbering opening it, no number after them on it) and the line above opens with a
    row numbering, then words, then a whole row of cells, with no other row's words.
    Returns {label start: (head line start, cells start, cells end)}."""
    starts = {m.start() for _, m in found}
    out = {}
    for _, m in found:
        line_start = blanked.rfind("\n", 0, m.start()) + 1
        line_end = blanked.find("\n", m.end(), end)
        line_end = end if line_end < 0 else line_end
        if line_start == 0 or re.search(r"[\d|\t]", blanked[line_start:m.start()]) \
                or _tokens(blanked, m.end(), line_end):
            continue
        head_start = blanked.rfind("\n", 0, line_start - 1) + 1
        if _LABEL_NUMBERING.match(clean, line_start) or not _LABEL_NUMBERING.match(clean, head_start):
            continue
        head = _HEAD_LINE.fullmatch(blanked, head_start, line_start - 1)
        if head is None or any(head_start <= s < line_start for s in starts):
            continue
        if len(MARKED_CELL.findall(head["cells"])) not in (T3_WIDTH, T3_WIDTH_WITH_SUBTOTAL):
            continue
        out[m.start()] = (head_start, head.start("cells"), head.end("cells"))
    return out


def _numbers_before_labels(doc: Document, blanked: str, table_start: int, found, specs,
                           subtotal_header: bool) -> list[Row]:
    """PDF text that prints each row's numbers on the line above its label (numbers centred on a
    label set lower): every label takes the numbers between the previous label and itself. Used
    only when that reading gives every row of the layout a whole row and the table's column
    equations hold, since read the usual way each label would take the next row's numbers."""
    if len(found) != len(specs):
        return []
    rows, previous = [], table_start
    for key, m in found:
        tokens = [t for t in NUMBER.finditer(blanked, previous, m.start())]
        cells = [_token_cell(t) for t in tokens]
        if len(cells) == T3_WIDTH_WITH_SUBTOTAL:
            cells = _without_subtotal(cells, subtotal_header) or []
        if len(cells) != T3_WIDTH or not _row_sum_ok([c.value for c in cells]):
            return []
        row = Row(key, _label(doc, m), m.start(), cells, "", "t3.row_above")
        _set_evidence(row, doc, cells[0].start, m.end())
        rows.append(row)
        previous = m.end()
    values = {r.key: [c.value for c in r.cells] for r in rows}
    return rows if _sums_allow(values, [k for k, _ in specs if k not in FLOW_ROWS]) else []


def _first_line_row(blanked: str, label_end: int, tokens: list[re.Match], subtotal_header: bool) -> list[Cell]:
    """The cells of a label followed by more numbers than one row holds (the next rows lost their
    labels): the numbers on the label's own line, when they are a whole row that adds up. (A
    label alone on its line may head a block of label-less rows: those are placed by order.)"""
    line_end = blanked.find("\n", label_end)
    first = [t for t in tokens if line_end < 0 or t.start() < line_end]
    cells = [_token_cell(t) for t in first]
    if len(cells) == T3_WIDTH_WITH_SUBTOTAL:
        cells = _without_subtotal(cells, subtotal_header) or []
    return cells if len(cells) == T3_WIDTH and _row_sum_ok([c.value for c in cells]) else []


# ------------------------------------------------------------------ table 三: rows without labels
UNPLACED = "unplaced"       # Row.key of a loose row that order and sums cannot place
MAX_PLACEMENTS = 20_000     # orders of loose rows tried; beyond this the rows stay unplaced
LOOSE_LEAD = 2_000          # how far above the first label the table heading may be
MAX_JOINT_READINGS = 4_096  # combinations of ambiguous rows' readings checked against the sums


@dataclass(slots=True)
class _Loose:
    """A line of seven numbers (a table-三 row) whose label was lost or displaced."""
    cells: list[Cell]
    start: int
    end: int


def _loose_rows(blanked: str, start: int, end: int, taken: set[int], subtotal_header: bool) -> list[_Loose]:
    """Lines of the table holding seven numbers no labelled row took (eight with a proven
    法人 subtotal) that add up like a row: a converter kept the values and lost the label.
    A row broken over consecutive lines of numbers only counts as one line."""
    found, pending = [], []
    for line in re.finditer(r"[^\n]+", blanked[start:end]):
        a, b = start + line.start(), start + line.end()
        tab_row = _tab_run(blanked, a, b, taken, subtotal_header)
        if tab_row:
            found.append(_Loose(tab_row, tab_row[0].start, tab_row[-1].end))
            pending = []
            continue
        toks = [t for t in NUMBER.finditer(blanked, a, b) if t.start() not in taken]
        numbers_only = bool(toks) and NUMBERS_ONLY.fullmatch(blanked, a, b) is not None
        if pending and numbers_only and len(pending) + len(toks) <= T3_WIDTH_WITH_SUBTOTAL:
            toks = pending + toks       # the rest of a row wrapped onto this line
        pending = toks if numbers_only and len(toks) < T3_WIDTH else []
        cells = [_token_cell(t) for t in toks]
        if len(cells) == T3_WIDTH_WITH_SUBTOTAL:
            cells = _without_subtotal(cells, subtotal_header) or []
        if len(cells) == T3_WIDTH and _row_sum_ok([c.value for c in cells]):
            found.append(_Loose(cells, cells[0].start, cells[-1].end))
            pending = []
    return found


def _tab_run(blanked: str, a: int, b: int, taken: set[int], subtotal_header: bool) -> list[Cell] | None:
    """A table row's cells from a tab line whose label cell is lost or holds only a fragment: its
    last seven cells that are numbers or blank (eight with a proven subtotal). A blank cell is
    accepted only when the row's stated total equals its stated parts (the blank is a 0)."""
    if blanked.find("\t", a, b) < 0:
        return None
    parts = blanked[a:b].split("\t")
    cells = []
    for part, off in reversed(list(zip(parts, accumulate([len(p) + 1 for p in parts], initial=a)))):
        t = part.strip()
        if t and t not in BLANK_CELLS and t not in ZERO_CELLS and not NUMBER.fullmatch(t):
            break
        cells.append(_cell(part, off))
    cells.reverse()
    while cells and not cells[-1].text:
        cells.pop()   # covered cells of a colspan after the row
    while len(cells) > T3_WIDTH and not cells[0].text:
        cells.pop(0)  # an emptied label cell
    if len(cells) == T3_WIDTH_WITH_SUBTOTAL:
        cells = _without_subtotal(cells, subtotal_header) or []
    if len(cells) != T3_WIDTH or any(c.start in taken for c in cells if c.text):
        return None
    values = [c.value for c in cells]
    if None not in values:
        return cells if _row_sum_ok(values) else None
    stated = [v for v in values[:6] if v is not None]
    return cells if values[6] is not None and sum(stated) == values[6] and stated else None


def _sums_allow(values: dict[str, list[float] | None], outcome_keys: list[str]) -> bool:
    """The column equations of table 三 with unknown rows read as any count >= 0:
    new + carried_in = outcome_total + carried_out and outcome_total = the outcome rows."""
    def side(keys):
        known = [values.get(k) for k in keys]
        return [v for v in known if v is not None], any(v is None for v in known)

    for lhs_keys, rhs_keys in ((("new", "carried_in"), ("outcome_total", "carried_out")),
                               (("outcome_total",), outcome_keys)):
        (lhs, lhs_open), (rhs, rhs_open) = side(lhs_keys), side(rhs_keys)
        for col in range(T3_WIDTH):
            left, right = sum(v[col] for v in lhs), sum(v[col] for v in rhs)
            if lhs_open and rhs_open:
                continue
            if (not lhs_open and not rhs_open and left != right) or (lhs_open and left > right) \
                    or (rhs_open and right > left):
                return False
    return True


def _place_loose_rows(doc: Document, blanked: str, start: int, end: int, slots: list[str], rows: list[Row],
                      subtotal_header: bool) -> list[Row]:
    """Rows for the loose lines of numbers in table 三, placed by the template's row order and
    the table's own sums. Rows whose labels were found (in template order) fix the slots around
    them; the loose lines between two of them fill the free slots between, in order. A line is
    placed when every ordering the column equations allow puts it in the same slot; otherwise it
    becomes an `unplaced` row listing the slots it could be (never a guessed fact)."""
    index = {key: i for i, key in enumerate(slots)}
    taken = {c.start for r in rows for c in r.cells if c.start >= 0}
    loose = _loose_rows(blanked, start, end, taken, subtotal_header)
    if not loose:
        return []
    # anchors: the labelled rows that keep template order (a displaced label is no landmark)
    by_pos = sorted(rows, key=lambda r: r.label_start)
    anchors = _increasing_by_slot(by_pos, index)
    occupied = {index[r.key] for r in rows}
    bounds = [-1] + [index[r.key] for r in anchors] + [len(slots)]
    positions = [r.label_start for r in anchors]
    gaps: dict[int, list[_Loose]] = {}
    for row in loose:
        gaps.setdefault(bisect_right(positions, row.start), []).append(row)
    options = []   # per gap: its loose rows and every in-order choice of free slots for them
    for g, members in gaps.items():
        free = [i for i in range(bounds[g] + 1, bounds[g + 1]) if i not in occupied]
        count = math.comb(len(free), len(members)) if len(members) <= len(free) else 0
        choices = list(combinations(free, len(members))) if 0 < count <= MAX_PLACEMENTS else []
        options.append((members, free, choices))
    known = {r.key: [c.value for c in r.cells] for r in rows
             if not r.flag and all(c.value is not None for c in r.cells)}
    outcome_keys = [k for k in slots if k not in FLOW_ROWS]
    open_gaps = [(members, choices) for members, _, choices in options if choices]
    placements: list[dict[int, int]] = []   # loose row id -> slot, for each ordering the sums allow
    if math.prod(len(choices) for _, choices in open_gaps) <= MAX_PLACEMENTS:
        orderings = [{id(row): slot for (members, _), picks in zip(open_gaps, combo)
                      for row, slot in zip(members, picks)}
                     for combo in product(*(choices for _, choices in open_gaps))]
        by_id = {id(row): row for members, _ in open_gaps for row in members}
        for ordering in orderings:
            values = dict(known)
            values.update({slots[slot]: [c.value or 0.0 for c in by_id[i].cells]   # blanks proven 0
                           for i, slot in ordering.items()})
            if _sums_allow(values, outcome_keys):
                placements.append(ordering)
        if not placements and len(orderings) == 1:
            # one ordering only, but the sums do not close: the table's own error, left to the checks
            placements = orderings
    placed, unplaced = [], []
    for members, free, _ in options:
        for row in members:
            slots_seen = {p.get(id(row)) for p in placements}
            if len(slots_seen) == 1 and None not in slots_seen:
                key = slots[slots_seen.pop()]
                new = Row(key, "", row.start, row.cells, "", "t3.order")
            else:
                could_be = sorted(s for s in slots_seen if s is not None) or free
                new = Row(UNPLACED, "", row.start, row.cells, "", "t3.loose", "unplaced_row",
                          "; ".join(slots[i] for i in could_be))
            _set_evidence(new, doc, row.start, row.end)
            (placed if new.key != UNPLACED else unplaced).append(new)
    return placed + unplaced


def _increasing_by_slot(rows: list[Row], index: dict[str, int]) -> list[Row]:
    """The longest run of rows (in text order) whose template slots increase."""
    best: list[list[Row]] = []
    for row in rows:
        chains = [c for c in best if index[c[-1].key] < index[row.key]]
        best.append(max(chains, key=len, default=[]) + [row])
    return max(best, key=len, default=[])


def _resolve_by_columns(rows: list[Row], clean: str) -> None:
    """Narrow ambiguous rows with the column equations (new + carried_in = outcome_total +
    carried_out, outcome_total = sum of outcome rows) when every other row is certain. The
    ambiguous rows are tried together, every combination of their readings (up to
    MAX_JOINT_READINGS): a row whose reading is the same in every combination that fits is settled."""
    open_rows = [r for r in rows if r.flag == "ambiguous_split" and r.readings]
    if not open_rows or math.prod(len(r.readings) for r in open_rows) > MAX_JOINT_READINGS:
        return
    certain = {}
    for r in rows:
        if r in open_rows:
            continue
        if r.flag or any(c.value is None for c in r.cells):
            return   # an unknown row leaves the equations open
        certain[r.key] = [c.value for c in r.cells]
    keys = set(certain) | {r.key for r in open_rows}
    outcome_keys = [k for k in keys if k not in FLOW_ROWS]
    flows = all(k in keys for k in FLOW_ROWS)

    def fits(v: dict[str, list[float]]) -> bool:
        if flows and any(v["new"][i] + v["carried_in"][i] != v["outcome_total"][i] + v["carried_out"][i]
                         for i in range(T3_WIDTH)):
            return False
        return "outcome_total" not in v or not outcome_keys or all(
            sum(v[k][i] for k in outcome_keys) == v["outcome_total"][i] for i in range(T3_WIDTH))

    fitting = []
    for combo in product(*(r.readings for r in open_rows)):
        values = dict(certain)
        values.update({r.key: list(split.values) for r, split in zip(open_rows, combo)})
        if fits(values):
            fitting.append(combo)
    for i, row in enumerate(open_rows):
        kept = {combo[i].values: combo[i] for combo in fitting}
        if len(kept) == 1:
            row.cells = _cells_from_split(next(iter(kept.values())), clean)
            row.flag, row.candidates, row.readings = "", "", []


# ------------------------------------------------------------------ table 四
def _group_sums_ok(v) -> bool:
    w = T4_GROUP_WIDTH
    return all(sum(v[g * w: g * w + w - 1]) == v[g * w + w - 1] for g in range(len(T4_GROUPS)))


def table_four(doc: Document, clean: str, after: int) -> list[Row]:
    text = doc.text
    t4 = T4_START.search(text, after)
    if not t4:
        return []
    five = SECTION_FIVE.search(text, t4.end())
    end = five.start() if five else min(len(text), t4.end() + T4_REACH)
    row = Row("t4", doc.raw_text[t4.start():t4.end()], t4.start(), [], "", "t4.row")
    if zero := _t4_all_zero_note(clean, t4.end(), end):
        row.cells = [Cell(zero.group("zero"), zero.start("zero"), zero.end("zero"), 0.0) for _ in range(T4_WIDTH)]
        _set_evidence(row, doc, zero.start(), zero.end())
        return [row]
    by_group = _t4_group_rows(doc, text, t4, end) or _t4_labelled_cells(doc, clean, t4, end) \
        or _t4_group_sentences(doc, clean, t4, end)
    if by_group:
        return by_group
    if split := _t4_split_lines(clean, t4.end(), end):
        row.cells = [_token_cell(t) for t in split]
        _set_evidence(row, doc, split[0].start(), split[-1].end())
        return [row]
    # tab row: the first line made only of numeric or blank cells
    lines = list(TAB_LINE.finditer(text, t4.end(), end)) if text.find("\t", t4.end(), end) >= 0 else []
    for i, line in enumerate(lines):
        parts = line.group().split("\t")
        if _numeric_cells(parts):
            base = line.start()
            offset = base
            while len(parts) > T4_WIDTH and not parts[0].strip():
                offset += len(parts.pop(0)) + 1   # an empty label cell before the 15 values
            cells = []
            for p in parts[:15]:
                cells.append(_cell(p, offset))
                offset += len(p) + 1
            stop = line.end()
            # a converter may break the row over the next lines of numbers: taken when they
            # make exactly the 15 cells
            more, j = list(cells), i + 1
            while len(more) < 15 and j < len(lines) and text.count("\n", stop, lines[j].start()) == 1 \
                    and _numeric_cells(lines[j].group().split("\t")):
                offset, started = lines[j].start(), False
                for p in lines[j].group().split("\t"):
                    started = started or bool(p.strip())   # an empty label cell leads the line
                    if started:
                        more.append(_cell(p, offset))
                    offset += len(p) + 1
                stop, j = lines[j].end(), j + 1
            if len(more) == T4_WIDTH and len(cells) < T4_WIDTH:
                cells, base_end = more, stop
            else:
                base_end = line.end()
            if len(cells) == T4_WIDTH - 1:
                _place_lost_cell(row, cells)
            else:
                row.cells = cells + [Cell("") for _ in range(15 - len(cells))]
            _set_evidence(row, doc, base, base_end)
            return [row]
    # free text: the first run of numbers after the header (a date in a note above it is none)
    first = next((m for m in NUMBER.finditer(clean, t4.end(), end) if not DATE_AFTER.match(clean, m.end())), None)
    if not first:
        return []
    # a line of exactly the 15 bare numbers is the row, whatever counts its header words hold
    # ('行政诉讼（未经复议直接起诉5项 复议后起诉5项）' above it)
    bare = FIFTEEN_LINE.search(clean, first.start(), end)
    if bare and first.start() < bare.start():
        first = NUMBER.search(clean, bare.start())
    # one cell a line: the cells start on the line after the header's last word
    words_end = len(clean[t4.end():first.start()].rstrip()) + t4.end()
    head_end = clean.find("\n", words_end, first.start())
    if head_end >= 0 and (kept := _cell_lines_with_blanks(clean, head_end + 1, end, T4_WIDTH, text)):
        row.cells = kept     # an empty line is a blank cell in its own column
        _set_evidence(row, doc, first.start(), max(c.end for c in kept))
        return [row]
    if (marked := _t4_marked_cells(clean, first.start(), end)) is not None:
        row.cells = marked    # dashes are blank cells of the flat line: each keeps its column
        _set_evidence(row, doc, next(c.start for c in marked if c.start >= 0), max(c.end for c in marked))
        return [row]
    line_end = clean.find("\n", first.start(), end)
    tokens = [m for m in _tokens(clean, first.start(), end if line_end < 0 else line_end)
              if not DATE_AFTER.match(clean, m.end())]
    # a PDF may wrap the 15 cells over several lines holding nothing but numbers
    while len(tokens) < 15 and line_end >= 0:
        next_end = clean.find("\n", line_end + 1, end)
        line = clean[line_end + 1: end if next_end < 0 else next_end]
        if not NUMBERS_ONLY.fullmatch(line):
            break
        tokens += _tokens(clean, line_end + 1, line_end + 1 + len(line))
        line_end = next_end
    _set_evidence(row, doc, tokens[0].start(), tokens[-1].end())
    if len(tokens) == T4_WIDTH:
        row.cells = [_token_cell(t) for t in tokens]
    elif len(tokens) < 15:
        readings, count = _glued_row(tokens, 15, _group_sums_ok, lambda s: 0)
        if count == 0 and len(tokens) == T4_WIDTH - 1:
            # no glued cells: one blank cell left no trace in the flattened text
            _place_lost_cell(row, [_token_cell(t) for t in tokens])
            return [row]
        row.cells = [Cell("") for _ in range(15)]
        row = _resolve(row, readings, count, clean)
    else:
        return []
    return [row]


# the table left out with a note that all its cells are 0 (表中各项均为0, 本表各项数据均为零)
T4_ALL_ZERO_NOTE = re.compile(r"(?:表中|表内|本表|该表)(?:的)?(?:各项|各栏|所有项目?|全部项目?)(?:数据|数值|数字)?"
                              r"(?:均|都|全部?)(?:为|是)\s*(?P<zero>0|零)(?![\d.])")


def _t4_all_zero_note(clean: str, start: int, end: int) -> re.Match | None:
    """A note under table 四's heading that every cell of the table is 0, when the section holds
    no other count (a 其余各项 note beside counts told is no such note)."""
    note = T4_ALL_ZERO_NOTE.search(clean, start, end)
    if not note:
        return None
    counts = [m for m in NUMBER.finditer(clean, start, end)
              if m.start() != note.start("zero") and not DATE_AFTER.match(clean, m.end())]
    return None if counts else note


# table 四 cut into lines of bare numbers: review then both lawsuit groups, or a line a group
T4_SPLIT_COUNTS = ((T4_GROUP_WIDTH, 2 * T4_GROUP_WIDTH), (T4_GROUP_WIDTH,) * 3)
BARE_NUMBERS_LINE = re.compile(r"[ \t|]*\d[\d,]*(?:[ \t|]+\d[\d,]*)*[ \t|]*")
WORDS_LINE = re.compile(r"[^\d]*")


def _t4_split_lines(clean: str, start: int, end: int) -> list[re.Match] | None:
    """Table 四's 15 cells on lines of bare numbers, 5 then 10 or 5, 5 and 5, each group's line
    maybe under a line of its header words ('行政复议（结果维持…）' / '0 0 0 0 0' / '行政诉讼…'):
    every line of the table is words only or numbers only, and the number lines split the
    cells at group boundaries. A line of prose with counts after the complete cells ends the
    table (a summary under it: '全年被申请行政复议2件…'). Anything else is left to the readers below."""
    counts, tokens = [], []
    for line in re.finditer(r"[^\n]+", clean[start:end]):
        a, b = start + line.start(), start + line.end()
        if BARE_NUMBERS_LINE.fullmatch(clean, a, b):
            found = list(NUMBER.finditer(clean, a, b))
            counts.append(len(found))
            tokens += found
        elif not WORDS_LINE.fullmatch(clean, a, b):
            break
    return tokens if tuple(counts) in T4_SPLIT_COUNTS else None


def _t4_marked_cells(clean: str, first: int, end: int) -> list[Cell] | None:
    """Table 四 flattened into spaced cells with blank markers ('2 1 — — 3 …'), on the line of
    its first number (from the line's start: a dash may lead) and the number-or-marker lines
    after it: exactly 15 tokens, each a number or a marker, at least one a marker. Anything
    else is left to the digit reader."""
    line_start = clean.rfind("\n", 0, first) + 1
    parts: list[re.Match] = []
    pos = line_start
    while pos < end and len(parts) < T4_WIDTH:
        line_end = clean.find("\n", pos, end)
        line_end = end if line_end < 0 else line_end
        tokens = [] if PAGE_NUMBER_LINE.fullmatch(clean, pos, line_end) else \
            list(MARKED_CELL.finditer(clean, pos, line_end))   # a page number line ('— 5 —') is none
        if tokens and not all(t.group() in BLANK_CELLS or NUMBER.fullmatch(t.group()) for t in tokens):
            if parts or tokens[-1].start() >= first:
                break
            tokens = [t for t in tokens if t.start() >= first]   # words before the first number
            if not all(t.group() in BLANK_CELLS or NUMBER.fullmatch(t.group()) for t in tokens):
                return None
        parts += tokens
        pos = line_end + 1
    if len(parts) != T4_WIDTH or not any(p.group() in BLANK_CELLS for p in parts):
        return None
    return [Cell(p.group(), p.start(), p.end(), read_cell(p.group())) for p in parts]


def _t4_groups_allow(values: Sequence[float | None]) -> bool:
    """Table 四's group sums with blanks read as any count >= 0: a complete group adds up, a
    group with blank parts does not exceed its stated total."""
    w = T4_GROUP_WIDTH
    for g in range(len(T4_GROUPS)):
        *parts, total = values[g * w: g * w + w]
        stated = sum(p for p in parts if p is not None)
        if total is not None and (stated > total if None in parts else stated != total):
            return False
    return True


def _place_lost_cell(row: Row, cells: list[Cell]) -> None:
    """Fourteen cells of table 四's fifteen: a converter dropped a blank cell. It is put back
    wherever the group sums allow; a cell every such placement gives the same token is placed,
    one they disagree on stays blank, flagged `blank_cell_unplaced` with the placements in
    `candidates` (and the group sum check reports it), never guessed."""
    placements = [i for i in range(T4_WIDTH) if _t4_groups_allow(
        [c.value for c in cells[:i]] + [None] + [c.value for c in cells[i:]])]
    out = []
    for j in range(T4_WIDTH):
        # cell j is token j before the lost cell, token j - 1 after it, none at it
        sources = {j if j < i else (None if j == i else j - 1) for i in placements}
        if len(sources) == 1 and placements:
            k = sources.pop()
            out.append(Cell("") if k is None else cells[k])
        else:
            out.append(Cell("", flag="blank_cell_unplaced"))
    row.cells = out
    if len(placements) != 1:
        row.candidates = "; ".join(
            "|".join("blank" if v is None else format_number(v)
                     for v in [c.value for c in cells[:i]] + [None] + [c.value for c in cells[i:]])
            for i in placements[:MAX_CANDIDATES])


def _numeric_cells(parts: list[str]) -> bool:
    """A tab line holding numbers and nothing but numbers or blank markers."""
    return any(NUMBER.fullmatch(p.strip()) for p in parts) and all(
        not p.strip() or NUMBER.fullmatch(p.strip()) or p.strip() in BLANK_CELLS | ZERO_CELLS for p in parts)


T4_GROUP_WORDS = ((T4_GROUPS[2], _rx("复议后起诉")), (T4_GROUPS[1], _rx("直接起诉", "未经复议")),
                  (T4_GROUPS[0], _rx("行政复议")))


def _t4_group_rows(doc: Document, text: str, t4: re.Match, end: int) -> list[Row]:
    """Table 四 laid out one group per row (行政复议 / 直接起诉 / 复议后起诉, five cells each), as
    some converters and local variants print it: each row is read under its group's label."""
    if text.find("\t", t4.end(), end) < 0:
        return _t4_spaced_group_rows(doc, text, t4, end)
    found: dict[str, list[Cell]] = {}
    lines = []
    for line in TAB_LINE.finditer(text, t4.end(), end):
        parts = line.group().split("\t")
        label = next((k for k, p in enumerate(parts) if p.strip() and not NUMBER.fullmatch(p.strip())), None)
        if label is None or not _numeric_cells(parts[label + 1:]):
            continue
        values = parts[label + 1:]
        while values and not values[-1].strip():
            values.pop()
        groups = _t4_line_groups(parts[label], len(values))
        if not groups or any(g in found for g in groups):
            continue
        offset = line.start() + sum(len(p) + 1 for p in parts[:label + 1])
        cells = []
        for p in values:
            cells.append(_cell(p, offset))
            offset += len(p) + 1
        for i, g in enumerate(groups):
            found[g] = cells[i * T4_GROUP_WIDTH:(i + 1) * T4_GROUP_WIDTH]
        lines.append(line)
    return _t4_row_of_groups(doc, t4, found, lines)


def _t4_row_of_groups(doc: Document, t4: re.Match, found: dict[str, list[Cell]],
                      lines: list[re.Match]) -> list[Row]:
    """Table 四 as one row from the groups' lines found (at least two; a missing group's cells
    stay blank), its evidence spanning those lines."""
    if len(found) < 2:
        return []
    row = Row("t4", doc.raw_text[t4.start():t4.end()], t4.start(), [], "", "t4.group_rows")
    row.cells = [c for g in T4_GROUPS for c in found.get(g, [Cell("") for _ in T4_COLUMNS])]
    _set_evidence(row, doc, lines[0].start(), lines[-1].end())
    return [row]


# Table 四 told as a list (行政复议：结果维持1，结果纠正0，…总计1。行政诉讼：未经复议直接起诉总计0；复议后
# 起诉总计1，其中结果维持1): each column label glued to its bare number (a count with a unit, 维持2件,
# is prose), under the last group named before it; a cell of its own after the label's ('总计 | 0').
# A sentence may shorten the column labels (维持1，纠正0，其他0，未审结0，总计1).
_T4_COLUMN_NAMES = tuple((w, *short) for w, short in zip(T4_COLUMN_LABELS, (("维持",), ("纠正",), ("其他",),
                                                                              ("未审结",), ())))
_T4_COLUMN_ALTERNATIVES = tuple("|".join(fuzzy(w) for w in names) for names in _T4_COLUMN_NAMES)
_T4_COLUMN_CELL = re.compile("(?:" + "|".join(f"(?P<c{i}>{alt})" for i, alt in enumerate(_T4_COLUMN_ALTERNATIVES))
                             + rf")[ \t|]*[:：]?[ \t|]*(?P<n>{NUMBER.pattern})(?![\d.]|\s*[件起次个宗%％])")
# a group told all zero in one word ('复议后起诉：均为0'): its five cells are 0
_T4_GROUP_ALL_ZERO = re.compile(r"[)）]?[ \t]*[:：]?[ \t]*(?:均为|全部为|全为)[ \t]*(?P<zero>0|零)(?![\d.])"
                                r"(?![ \t]*[件起次个宗])")
MIN_LABELLED_T4_CELLS = 3
# a group's label (its closing bracket, a colon) then its five bare cells, ending the clause
_T4_CELL_TOKEN = rf"(?:{NUMBER.pattern}|{'|'.join(map(re.escape, sorted(BLANK_CELLS, key=len, reverse=True)))})"
_T4_GROUP_FIVE = re.compile(rf"[)）]?[ \t]*[:：]?[ \t]*(?P<cells>{_T4_CELL_TOKEN}(?:[ \t]+{_T4_CELL_TOKEN}){{4}})"
                            rf"(?![\d.])(?=[ \t]*(?:[；;，,。\n]|$))")
_T4_COLUMN_WORDS = re.compile("|".join(_T4_COLUMN_ALTERNATIVES))


def _t4_labelled_cells(doc: Document, clean: str, t4: re.Match, end: int) -> list[Row]:
    """Table 四 as labelled cells: a cell no label names is not told (no fact, no zero)."""
    marks = sorted([(m.start(), g, m) for g, rx in T4_GROUP_WORDS for m in rx.finditer(clean, t4.end(), end)]
                   + [(m.start(), None, m) for m in _T4_COLUMN_CELL.finditer(clean, t4.end(), end)],
                   key=lambda x: x[0])
    cells: dict[tuple[str, int], Cell] = {}
    group, first, last = None, -1, -1
    bare_groups = set()
    for _, g, m in marks:
        if g is not None:
            group = g
            if (five := _T4_GROUP_FIVE.match(clean, m.end())) and not any(k[0] == g for k in cells):
                bare_groups.add(g)
                # the group's five cells in column order after its label ('直接起诉）：0 0 0 0 0')
                tokens = list(MARKED_CELL.finditer(clean, five.start("cells"), five.end("cells")))
                for col, t in enumerate(tokens):
                    cells[g, col] = Cell(t.group(), t.start(), t.end(), read_cell(t.group()))
                first, last = first if first >= 0 else m.start(), five.end("cells")
            elif (zero := _T4_GROUP_ALL_ZERO.match(clean, m.end())) and not any(k[0] == g for k in cells):
                for col in range(len(T4_COLUMNS)):
                    cells[g, col] = Cell(zero["zero"], zero.start("zero"), zero.end("zero"), 0.0)
                first, last = first if first >= 0 else m.start(), zero.end("zero")
            continue
        col = next(i for i in range(len(T4_COLUMN_LABELS)) if m.group(f"c{i}"))
        if group is None or (group, col) in cells:
            return []   # a cell of no group, or told twice: no table
        n = m.start("n")
        cells[group, col] = Cell(m.group("n"), n, m.end("n"), read_cell(m.group("n")))
        first, last = first if first >= 0 else m.start(), m.end()
    if len(cells) < MIN_LABELLED_T4_CELLS or all(g in bare_groups for g, _ in cells):
        return []   # groups of bare cells alone are the row readers' to read
    if len(_T4_COLUMN_WORDS.findall(clean, first, last)) > len(cells):
        return []   # a column label without its number among them: a header, its cells elsewhere
    row = Row("t4", doc.raw_text[t4.start():t4.end()], t4.start(), [], "", "t4.labelled")
    row.cells = [cells.get((g, c), Cell("")) for g in T4_GROUPS for c in range(len(T4_COLUMNS))]
    _set_evidence(row, doc, first, last)
    return [row]


# A group told in one run of its columns' words, each count with its unit, ending on its total
# (行政复议：结果维持0件、结果纠正0件、其他结果0件、尚未审结0件，总计0件; 直接起诉维持1件，合计1件)
_T4_PART_NAMES = "|".join(_T4_COLUMN_ALTERNATIVES[:-1])
_T4_TOTAL_NAMES = r"总\s*计|合\s*计|共\s*计"
_T4_GROUP_SENTENCE = re.compile(rf"[)）]?[ \t]*[:：]?[ \t]*(?P<run>(?:(?:{_T4_PART_NAMES})\s*\d+\s*件\s*[、，,；;]\s*)+"
                                rf"(?:{_T4_TOTAL_NAMES})\s*\d+\s*件)")
_T4_SENTENCE_CELL = re.compile(rf"(?:(?P<part>{_T4_PART_NAMES})|{_T4_TOTAL_NAMES})\s*(?P<n>\d+)\s*件")


def _t4_group_sentences(doc: Document, clean: str, t4: re.Match, end: int) -> list[Row]:
    """Table 四's groups each told in a run of its column words right after the group's name:
    the cells it names (an unnamed one is not told), its parts adding up to no more than its
    total (to it when all are named)."""
    cells: dict[tuple[str, int], Cell] = {}
    first, last = -1, -1
    for g, rx in T4_GROUP_WORDS:
        for m in rx.finditer(clean, t4.end(), end):
            run = _T4_GROUP_SENTENCE.match(clean, m.end())
            if not run or any(k[0] == g for k in cells):
                continue
            told = {}
            for c in _T4_SENTENCE_CELL.finditer(clean, run.start("run"), run.end("run")):
                col = next((i for i, alt in enumerate(_T4_COLUMN_ALTERNATIVES[:-1])
                            if re.fullmatch(alt, c["part"])), None) if c["part"] else T4_GROUP_WIDTH - 1
                if col is None or col in told:
                    break
                told[col] = Cell(c["n"], c.start("n"), c.end("n"), float(c["n"]))
            else:
                parts = [told[i].value for i in range(T4_GROUP_WIDTH - 1) if i in told]
                total = told[T4_GROUP_WIDTH - 1].value
                if sum(parts) > total or (len(parts) == T4_GROUP_WIDTH - 1 and sum(parts) != total):
                    continue
                cells.update({(g, i): c for i, c in told.items()})
                first = m.start() if first < 0 else min(first, m.start())
                last = max(last, run.end())
    if not cells:
        return []
    row = Row("t4", doc.raw_text[t4.start():t4.end()], t4.start(), [], "", "t4.labelled")
    row.cells = [cells.get((g, c), Cell("")) for g in T4_GROUPS for c in range(T4_GROUP_WIDTH)]
    _set_evidence(row, doc, first, last)
    return [row]


# A group's row written with spaces: its label, then its five cells (numbers or blank markers);
# the lawsuit row (行政诉讼) may hold both lawsuit groups' ten cells.
_T4_SPACED_ROW = re.compile(r"(?m)^[ \t]*(?P<label>[^\d\n\t]*?[\u4e00-\u9fff][^\d\n\t]*?)[ \t]+"
                            r"(?P<cells>[^\s\u4e00-\u9fff]+(?:[ \t]+[^\s\u4e00-\u9fff]+){4,9})[ \t]*$")


def _t4_spaced_group_rows(doc: Document, text: str, t4: re.Match, end: int) -> list[Row]:
    """`_t4_group_rows` for lines of space-separated cells ('未经复议直接起诉 1 0 0 1 2')."""
    found: dict[str, list[Cell]] = {}
    lines = []
    for line in _T4_SPACED_ROW.finditer(text, t4.end(), end):
        tokens = list(MARKED_CELL.finditer(text, line.start("cells"), line.end("cells")))
        if not all(t.group() in BLANK_CELLS or NUMBER.fullmatch(t.group()) for t in tokens):
            continue
        groups = _t4_line_groups(line["label"], len(tokens))
        if not groups or any(g in found for g in groups):
            continue
        for i, g in enumerate(groups):
            found[g] = [Cell(t.group(), t.start(), t.end(), read_cell(t.group()))
                        for t in tokens[i * T4_GROUP_WIDTH:(i + 1) * T4_GROUP_WIDTH]]
        lines.append(line)
    return _t4_row_of_groups(doc, t4, found, lines)


_T4_LAWSUITS = _rx("行政诉讼")


def _t4_line_groups(label: str, n_cells: int) -> tuple[str, ...]:
    """The groups a labelled line of `n_cells` cells holds: its group's five, or both lawsuit
    groups' ten (direct, then after review) under the one label 行政诉讼."""
    group = next((g for g, rx in T4_GROUP_WORDS if rx.search(label)), None)
    if group is not None:
        return (group,) if n_cells == T4_GROUP_WIDTH else ()
    if n_cells == 2 * T4_GROUP_WIDTH and _T4_LAWSUITS.search(label):
        return T4_GROUPS[1:]
    return ()


# ------------------------------------------------------------------ blanks
def _fill_proven_zeros(cells: list[Cell], groups: list[tuple[int, int]]) -> tuple[bool, bool]:
    """Read a group's blank parts as 0 when the group's own arithmetic proves it: its total
    (the last cell of [a, b)) is stated and already equals the sum of its stated parts.
    Every other blank stays blank (facts contract: blanks are not zeros). Returns whether some
    group proved its blanks zero, and whether some group with blanks contradicted that."""
    proved = contradicted = False
    for a, b in groups:
        parts, total = cells[a:b - 1], cells[b - 1].value
        # a dash or slash is written on purpose: null, never a zero (domain notes §2.6)
        blanks = [c for c in parts if c.value is None and not c.text]
        unsure = any(c.flag == "ambiguous_split" or c.flag == "garbled_cell" and c.value is None for c in cells[a:b])
        if total is None or not blanks or unsure:
            continue   # (a glued or garbled cell without a sure value is no blank)
        if sum(c.value for c in parts if c.value is not None) == total:
            proved = True
            for c in blanks:
                c.value, c.flag = 0.0, "blank_as_zero"
        else:
            contradicted = True
    return proved, contradicted


def _fill_blank_groups(cells: list[Cell], groups: list[tuple[int, int]]) -> None:
    """Zero the entirely blank groups of a row whose other groups proved blanks mean zero."""
    for a, b in groups:
        if all(c.value is None and not c.flag and not c.text for c in cells[a:b]):
            for c in cells[a:b]:
                c.value, c.flag = 0.0, "blank_as_zero"


# ------------------------------------------------------------------ facts
# rows whose blank cells still become facts (flagged, value empty): glued digits that could not
# be read, and tab rows short of a cell
UNREADABLE = ("unsplittable", "no_valid_split", "blank_cell_unplaced", "garbled_cell")


def _emit_row(facts: list[Fact], row: Row, specs: Sequence[tuple[str, str, str, str, str | None]]) -> None:
    """The facts of a row's cells; `specs[i]` is cell i's (measure, key, unit, period, label),
    label None for the row's own."""
    keep_blank = row.flag in UNREADABLE
    label, evidence, extractor, flag, candidates = row.label, row.evidence, row.extractor, row.flag, row.candidates
    # in an ambiguous row only the cells the readings disagree on are unsure (`_mark_unsure`)
    unsure_row = flag == "ambiguous_split"
    for cell, (measure, key, unit, period, cell_label) in zip(row.cells, specs):
        cell_flag = cell.flag if unsure_row else cell.flag or flag
        if cell.value is None and not (keep_blank or cell_flag == "ambiguous_split" or cell_flag in UNREADABLE):
            continue
        # a cell without digits of its own (a blank read as 0, an unreadable glued run, an
        # unsure split) points at its row: the evidence span
        start, end = (cell.start, cell.end) if cell.start >= 0 and cell.end > cell.start else row.span
        # positional (Fact field order): the most facts of a report are built here
        facts.append(Fact(measure, key, cell.value, unit, period, cell_label or label,
                          False, start, end,   # is_approx, char_start, char_end
                          evidence, SOURCE, extractor, cell_flag,
                          candidates if cell_flag in ("ambiguous_split", "unplaced_row", *UNREADABLE) or keep_blank
                          else ""))


@cache   # a few dozen (layout, row) pairs
def _t2_specs(version: str, row: str) -> tuple:
    return tuple((f"t2.{row}", col, T2_UNIT[col], "cumulative" if col in T2_CUMULATIVE else "annual", None)
                 for col in T2_COLUMNS[version][row])


@cache   # one per table-三 row id
def _t3_specs(row: str) -> tuple:
    """Measure and key of each table-三 cell: the contract names the 新收 row, and the 总计 column
    of the carried and outcome rows; every other cell is `t3.cell` <row>.<column>."""
    def fact_id(column: str) -> tuple[str, str]:
        if row == "new":
            return "requests.new", column
        if column == "total" and row in ("carried_in", "carried_out"):
            return f"requests.{row}", "total"
        if column == "total":
            return "requests.outcome", "total" if row == "outcome_total" else row
        return "t3.cell", f"{row}.{column}"
    return tuple((*fact_id(col), "request", "annual", None) for col in APPLICANTS)


def _unplaced_specs(n: int) -> tuple:
    """Cells of the n-th loose table-三 row no slot could be proven for: kept as `t3.unplaced`
    `<n>.<column>` (outside the contract's measures), its possible rows in `candidates`."""
    return tuple(("t3.unplaced", f"{n}.{col}", "request", "annual", None) for col in APPLICANTS)


T3_GROUPS = [(0, len(APPLICANTS))]   # a table-三 row is one group: its total is the last cell
T4_SPECS = tuple((group, col, "case", "annual", f"{group_label} {col_label}")
                 for group, group_label in zip(T4_GROUPS, T4_GROUP_LABELS)
                 for col, col_label in zip(T4_COLUMNS, T4_COLUMN_LABELS))


# ------------------------------------------------------------------ fee table
FEE_CONTEXT = re.compile(r"信\s*息\s*处\s*理\s*费|收\s*费|计\s*收|收\s*取[^。\n]{0,8}费")
FEE_UNIT = r"(?:\s*[（(]\s*(?:单\s*位\s*[:：]?\s*)?(?P<unit>万?\s*元)\s*[）)])?"
# one column name of a fee table: a count (…件数) or an amount (…金额), with its unit
FEE_COLUMN = re.compile(r"[ \t|]*(?P<name>[\u4e00-\u9fff]{0,4}?(?:件\s*数|金\s*额))" + FEE_UNIT)
FEE_TOTAL = _rx(*FEE_TOTAL_WORDS)
FEE_ROW_LABEL = re.compile(r"[\s|]*(?:\d\s*[.、．]\s*)?[^\d\s|][^\d\n|]{0,30}?(?=[\s|]*\d)")
FEE_CELL = r"\d+(?:\.\d+)?(?:[ \t]*(?:万?元|件))?"   # a count or an amount, with the unit it writes
FEE_CELLS = re.compile(rf"[\s|]*{FEE_CELL}(?:[ \t|]+{FEE_CELL})*")   # the cells of one row, on one line
# the transposed form: scales as columns, one row of counts and one of amounts
FEE_SCALES = re.compile(r"(?:" + "|".join(fuzzy(w) for w in FEE_SCALE_WORDS + FEE_TOTAL_WORDS) + r")")
FEE_LINE = re.compile(r"[ \t|]*(?P<label>件\s*数|金\s*额" + FEE_UNIT +
                      r")(?P<cells>(?:[ \t|]+\d+(?:\.\d+)?(?:[ \t]*万?元)?)+)[ \t|]*(?=\n|$)")
MAX_FEE_ROWS = 6
# what each column gives: (measure, key, unit); notices are fees asked for, not yet paid
FEE_NOTICE = re.compile(r"通\s*知|应\s*收")
FEE_WAIVED = re.compile(r"减\s*免|免\s*收")


def _fee_column_fact(name: str) -> tuple[str, str, str]:
    compact = "".join(name.split())
    notice = bool(FEE_NOTICE.search(compact))
    if compact.endswith(FEE_COUNT_HEADER):
        return ("fee_notices", "requests", "request") if notice else ("fee_requests", "charged", "request")
    return ("fee_notices", "amount", "yuan") if notice else ("fees", "charged", "yuan")


@dataclass(slots=True)
class _FeeRow:
    label: str
    cells: list[Cell]
    units: list[str | None]   # the unit a cell writes itself (元, 万元), if any
    start: int
    end: int


def _to_yuan(value: float, header_unit: str | None, written_unit: str | None) -> float:
    """The unit a cell writes wins over its column's (万元 x 10000; 元 by default)."""
    unit = "".join((written_unit or header_unit or "元").split())
    return round(value * 10_000, 2) if unit == "万元" else value


def fee_table(doc: Document) -> list[Fact]:
    """Information-processing fees in a table whose columns are counts (件数, 通知收取件数) and
    amounts (金额, 实际收取金额, 通知收取金额), with rows per charging scale and/or a total, or a
    single row. Amounts charged are `fees` `charged` (yuan); requests charged `fee_requests`
    `charged`; fees notified but not necessarily paid `fee_notices` `requests` / `amount`.
    The total row gives the facts; without one, a lone row does, and several scale rows add up."""
    text = doc.text
    for first in _fee_column_starts(text):
        columns, pos = [], first.start()
        while len(columns) < 4 and (m := FEE_COLUMN.match(text, pos)) and m.group("name"):
            columns.append(m)
            pos = m.end()
        near = text[max(0, first.start() - 200): pos + 200]
        if len(columns) < 2 or not FEE_CONTEXT.search(near) \
                or not any(_fee_column_fact(c["name"])[0] == "fees" for c in columns):
            continue
        rows = _fee_rows(text, columns)
        if rows:
            return _fee_facts(doc, rows, columns)
    return _fee_columns(doc) or _fee_label_cell(doc)


FEE_LABEL = re.compile(r"信\s*息\s*处\s*理\s*费|收\s*取[^\t\n]{0,10}?费\s*用?|收\s*费\s*金\s*额")
NOT_FEE_LABEL = re.compile(r"逾期|缴纳|不再处理|行政事业性|减免|经费")


# a fee's name alone on its line, its amount on the next line ('信息处理费（元）' / '0')
FEE_LABEL_LINE = re.compile(r"[ \t]*(?:" + FEE_LABEL.pattern + r")[ \t]*(?:[（(][ \t]*万?元[ \t]*[）)])?[ \t]*")
CELL_SEPARATOR = re.compile(r"[\t|]")
INFO_FEE = _rx("信息处理费")


def _fee_label_cell(doc: Document) -> list[Fact]:
    """A table row naming the fee in its label cell and giving one amount in the next cell
    (| 收取信息处理费（元） | 300 |), also as the last two cells of a table-三 row the fee column
    sits beside (| 一、本年新收… | 32 | 信息处理费 | 0 |), or a name over an amount on the next line.
    The unit comes from the label or the cell; without one, only a zero is read (an amount in
    an unknown unit is not guessed)."""
    text = doc.text
    for label_match in FEE_LABEL.finditer(text):   # only the lines naming a fee
        line_start = text.rfind("\n", 0, label_match.start()) + 1
        line_end = text.find("\n", label_match.end())
        line_end = len(text) if line_end < 0 else line_end
        if FEE_LABEL_LINE.fullmatch(text, line_start, line_end):
            value_end = text.find("\n", line_end + 1)
            value_end = len(text) if value_end < 0 else value_end
            parts = [text[line_start:line_end], text[line_end + 1:value_end]]   # the newline as separator
            line_end = value_end
        elif CELL_SEPARATOR.search(text, line_start, line_end):
            parts = CELL_SEPARATOR.split(text[line_start:line_end])
        else:
            continue
        filled = [(i, p.strip()) for i, p in enumerate(parts) if p.strip()]
        label_at = line_start + sum(len(p) + 1 for p in parts[:filled[-2][0]]) if len(filled) >= 2 else -1
        if not label_at <= label_match.start() < label_at + len(parts[filled[-2][0]]):
            continue   # the fee's name must be in the cell before the row's last
        if len(filled) > 2 and (not INFO_FEE.search(filled[-2][1]) or NOT_FEE_LABEL.search(" ".join(parts))):
            continue   # a wider row: only a 信息处理费 column beside table 三 (not table 二's 收费 row)
        (_, label), (j, value_text) = filled[-2:]
        if not FEE_LABEL.search(label) or NOT_FEE_LABEL.search(label):
            continue
        m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(万?元)?", value_text)
        if not m:
            continue
        unit = m.group(2) or (re.search(r"(万?元)", label) or [None, None])[1]
        value = float(m.group(1))
        if unit is None and value != 0:
            continue
        start = line_start + sum(len(p) + 1 for p in parts[:j]) + parts[j].find(m.group(1))
        amount = _to_yuan(value, None, unit)
        return [Fact("fees", "charged", amount, "yuan", "annual", label, False, start, start + len(m.group(1)),
                     " ".join(doc.raw_text[line_start:line_end].split())[:300], SOURCE, "fee_table.cell")]
    return []


FEE_COLUMN_END = re.compile(r"件\s*数|金\s*额")


def _fee_column_starts(text: str):
    """FEE_COLUMN matches, found from their closing words (件数, 金额) rather than tried at every
    character of the report: the name's few leading characters are looked for just before."""
    last_end = -1
    for word in FEE_COLUMN_END.finditer(text):
        if word.start() < last_end:
            continue
        for p in range(max(0, word.start() - 8, last_end), word.start() + 1):
            m = FEE_COLUMN.match(text, p)
            if m and m.end("name") == word.end():
                last_end = m.end()
                yield m
                break


def _fee_rows(text: str, columns: list[re.Match]) -> list[_FeeRow]:
    """The rows under fee column headers: tab rows by the header's cell positions, else an
    optional label and one number per column. Glued digits are split only when there is one
    digit per column (000); a longer run could be any count and amount, so it is left alone."""
    first, last = columns[0], columns[-1]
    line_start = text.rfind("\n", 0, first.start()) + 1
    line_end = text.find("\n", last.end())
    header_line = text[line_start: len(text) if line_end < 0 else line_end]
    n = len(columns)
    rows = []
    if "\t" in header_line:
        names = [c.strip() for c in header_line.split("\t")]
        at = [next((i for i, c in enumerate(names) if "".join(c.split()).startswith("".join(col["name"].split()))),
                   None) for col in columns]
        pos = len(text) if line_end < 0 else line_end + 1
        while None not in at and at == sorted(at) and len(rows) < MAX_FEE_ROWS and pos < len(text):
            cells = _line_cells(text, pos)
            if cells is None or len(cells) <= at[-1]:
                break
            label = " ".join(p.strip() for p, _ in cells[:at[0]] if p.strip())
            if NUMBER.search(label.lstrip("0123456789.、． ")):
                break
            row_cells = [_cell(*cells[i]) for i in at]
            units = [(re.search(r"(万?元)\s*$", c.text) or [None, None])[1] for c in row_cells]
            rows.append(_FeeRow(label, row_cells, units, cells[0][1], cells[-1][1] + len(cells[-1][0])))
            next_line = text.find("\n", pos)
            if next_line < 0:
                break
            pos = next_line + 1
        return rows
    pos = last.end()
    while len(rows) < MAX_FEE_ROWS:
        label = FEE_ROW_LABEL.match(text, pos)
        cells_at = label.end() if label else pos
        run = FEE_CELLS.match(text, cells_at)
        if not run:
            break
        tokens = list(NUMBER.finditer(text, run.start(), run.end()))
        if len(tokens) == 1 and len(tokens[0].group()) == n and tokens[0].group().isdigit():
            t = tokens[0]   # one digit per column
            cells = [Cell(d, t.start() + i, t.start() + i + 1, float(d)) for i, d in enumerate(t.group())]
        elif len(tokens) == n:
            cells = [_token_cell(t) for t in tokens]
        else:
            break
        units = [(re.match(r"\s*(万?元)", text[c.end: c.end + 3]) or [None, None])[1] for c in cells]
        rows.append(_FeeRow((label.group() if label else "").strip(" \t|"), cells, units,
                            label.end() - len(label.group().lstrip()) if label else cells[0].start, run.end()))
        pos = run.end()
    return rows


def _fee_facts(doc: Document, rows: list[_FeeRow], columns: list[re.Match]) -> list[Fact]:
    totals = [r for r in rows if FEE_TOTAL.search(r.label)]
    chosen = totals[:1] or rows
    start, end = chosen[0].start, chosen[-1].end
    evidence = " ".join(doc.raw_text[start:end].split())[:300]
    summed = len(chosen) > 1
    extractor = "fee_table.sum" if summed else "fee_table.row"
    rows_label = "; ".join(r.label for r in chosen if r.label)
    facts = []
    for j, column in enumerate(columns):
        measure, key, unit = _fee_column_fact(column["name"])
        values = []
        for row in chosen:
            value = row.cells[j].value
            if value is not None and unit == "yuan":
                value = _to_yuan(value, column["unit"], row.units[j])
            values.append(value)
        if None in values or FEE_WAIVED.search(column["name"]):
            continue   # a blank cell: its part is unknown; fees waived are no fees charged
        cell = chosen[0].cells[j]
        a, b = (cell.start, cell.end) if not summed else (start, end)
        label = " ".join(filter(None, (rows_label, "".join(column.group().split()).strip("|"))))
        facts.append(Fact(measure, key, round(sum(values), 2), unit, "annual", label, False, a, b,
                          evidence, SOURCE, extractor))
    return facts


def _fee_columns(doc: Document) -> list[Fact]:
    """The transposed fee table: scale names (按件收费 按量收费 合计) across the header, then a row
    of counts (件数 …) and a row of amounts (金额（元） …)."""
    text = doc.text
    for count_row in FEE_LINE.finditer(text):
        if not count_row["label"].replace(" ", "").startswith(FEE_COUNT_HEADER):
            continue
        amount_row = FEE_LINE.match(text, count_row.end() + 1)
        head_start = text.rfind("\n", 0, max(0, count_row.start() - 1)) + 1
        scales = FEE_SCALES.findall(text, head_start, count_row.start())
        if amount_row is None or not amount_row["label"].replace(" ", "").startswith(FEE_AMOUNT_HEADER) \
                or not scales or not FEE_CONTEXT.search(text[max(0, head_start - 200): count_row.start()]):
            continue
        counts = list(NUMBER.finditer(text, count_row.start("cells"), count_row.end("cells")))
        amounts = list(NUMBER.finditer(text, amount_row.start("cells"), amount_row.end("cells")))
        if not (len(counts) == len(amounts) == len(scales)):
            continue
        rows = []
        for scale, c, a in zip(scales, counts, amounts):
            written = re.match(r"\s*(万?元)", text[a.end(): a.end() + 3])
            rows.append(_FeeRow("".join(scale.split()),
                                [_token_cell(c), _token_cell(a)],
                                [None, written.group(1) if written else None], head_start, amount_row.end()))
        header = FEE_COLUMN.match(text, count_row.start()), FEE_COLUMN.match(text, amount_row.start())
        if None in header:
            continue
        return _fee_facts(doc, rows, list(header))
    return []


# ------------------------------------------------------------------ table 二 in a sentence
# Table 二's first block (规章 / 规范性文件) told as a sentence, in either layout's column words:
# 制发行政规范性文件3件，废止5件，现行有效41件 (2021); 本年新制作规范性文件2件，新公开2件，对外公开
# 总数量15件 (2019). The first clause names the row; at least one clause right after it must name
# another column of the same layout (制发…N件 alone is any count).
_CLAUSE_GAP = r"[^，,。；;\d\n]{0,8}?"
# A first clause may deny both rows at once (未制发规章和行政规范性文件): each row's 0 issued.
_T2_ROW_WORD = r"行政规范性文件|规范性文件|规章"
_T2_DENIED_ROWS = rf"(?:{_T2_ROW_WORD})(?:[和及与、](?:{_T2_ROW_WORD}))?"
# ... or may give one count to the columns it lists (规章和规范性文件本年新制作、新公开均为0件)
_T2_LISTED_COLUMN = r"新制作|新公开|制发|废止|现行有效"
# the columns a denial lists (未制发、未废止; 未制作、公开: the 2019 layout's)
T2_DENIED_COLUMNS = {"制发": (E3, "issued"), "废止": (E3, "repealed"), "制作": (E2, "made"), "公开": (E2, "published")}
T2_LISTED_COLUMNS = {"新制作": (E2, "made"), "新公开": (E2, "published"), "制发": (E3, "issued"),
                     "废止": (E3, "repealed"), "现行有效": (E3, "in_force")}
T2_FIRST_CLAUSE = re.compile(
    rf"(?P<verb>制发|制定|出台|印发|新制作)(?P<and_published>并公开)?了?(?P<row>{_T2_ROW_WORD})\s*(?P<n>\d+)\s*件"
    rf"|(?P<row_colon>{_T2_ROW_WORD})[:：]\s*(?:本年度?)?(?P<verb_colon>制发|新制作)(?:数量?|件数)?(?:为|是)?"
    rf"\s*(?P<n_colon>\d+)\s*件"   # (行政规范性文件：制发2件、废止1件: the row, then its columns)
    rf"|(?P<none>未|没有)(?:新)?(?:制发|制定|出台|印发)(?:任何)?"
    rf"(?P<rows>(?:{_T2_ROW_WORD})(?:[和及与、](?:{_T2_ROW_WORD}))?)(?=[，,。；;])"
    rf"|(?P<listed>(?:{_T2_ROW_WORD})(?:[和及与、](?:{_T2_ROW_WORD}))?)(?:本年度?)?(?:的)?"
    rf"(?P<columns>(?:{_T2_LISTED_COLUMN})(?:数量?)?(?:[、和及与](?:本年)?(?:{_T2_LISTED_COLUMN})(?:数量?)?)+)"
    rf"(?:数量?|件数)?(?:均|都|皆)(?:为|是)\s*(?P<all>\d+)\s*件?(?![\d.])"
    # ... or deny the columns it lists (未制发、未废止行政规范性文件; 无规章和行政规范性文件制发、废止)
    rf"|未(?P<denied_columns>制发(?:[、和及与]未?废止)?|制作(?:[、和及与]未?公开)?)(?P<denied_rows>{_T2_DENIED_ROWS})"
    rf"(?=[，,。；;])"
    rf"|(?:无|没有)(?P<denied_rows_first>{_T2_DENIED_ROWS})(?P<denied_columns_after>制发(?:[、和及与]废止)?)"
    rf"(?=[，,。；;])")
T2_NEXT_CLAUSE = re.compile(   # the row may be named again: 对外公开规范性文件总数量达86件
    rf"[，,、；;]\s*{_CLAUSE_GAP}(?P<word>废止|现行有效|新公开|对外公开(?:(?:行政)?规范性文件|规章)?总数)"
    rf"(?:的?(?:{_T2_ROW_WORD}))?(?:{_CLAUSE_GAP}(?P<n>\d+)\s*件|件数(?:为|是)\s*(?P<n_bare>\d+)(?![\d.]))")
#   (现行有效的行政规范性文件为2件; 现行有效件数为0)
_T2_ROW_NAMED = re.compile(_T2_ROW_WORD)
T2_SENTENCE_ROWS = {"规章": "rule", "规范性文件": "normdoc", "行政规范性文件": "normdoc"}
T2_SENTENCE_COLUMNS = {"废止": (E3, "repealed"), "现行有效": (E3, "in_force"),
                       "新公开": (E2, "published"), "对外公开": (E2, "total_published")}
# Clauses going on in the same sentence with table 二's later rows, in the words of its 处理决定
# column (作出行政许可决定34件, 行政处罚决定2件; 未实施行政处罚 is 0). Only after a first-block
# sentence: elsewhere a count of licences is any service count (政务服务).
T2_DECISION_ROWS = {"行政许可": "licensing", "行政处罚": "penalty", "行政强制": "coercion"}
T2_DECISION_CLAUSE = re.compile(   # (行政处罚、行政强制均为0: both rows' decisions, tried first)
    rf"[，,、；;。]\s*(?P<colon>行政许可|行政处罚|行政强制)[:：]\s*(?:本年度?)?(?:作出|做出)?(?:处理)?决定(?:数量?|件数|数)?"
    rf"(?:为|是)?\s*(?P<colon_n>\d+)\s*件?(?![\d.])"   # (行政许可：本年处理决定数量9)
    rf"|[，,、；;。]\s*(?P<pair>行政许可|行政处罚|行政强制)[和及与、](?P<pair_also>行政许可|行政处罚|行政强制)"
    rf"(?:处理)?(?:决定)?(?:数量?)?(?:均|都)(?:为|是)\s*(?P<pair_n>\d+)\s*件?(?![\d.])"
    # (行政许可、行政强制、行政事业性收费均无: every decision row listed is 0; the fee is its own row)
    rf"|[，,、；;。]\s*(?P<listed>(?:行政许可|行政处罚|行政强制)(?:[和及与、](?:行政许可|行政处罚|行政强制|行政事业性收费))+)"
    rf"(?:处理)?(?:决定)?(?:数量?|件数)?(?P<listed_none>(?:均|都|皆)(?:无|未发生|(?:为|是)\s*[0零]\s*件?(?![\d.])))"
    rf"(?:处理决定|决定)?"   # (…均无处理决定)
    rf"(?=[，,。；;])"
    rf"|[，,、；;。]\s*(?:{_CLAUSE_GAP}(?:作出|做出|办理|实施)了?(?P<row>行政许可|行政处罚|行政强制)(?:决定)?"
    rf"|{_CLAUSE_GAP}(?P<row2>行政许可|行政处罚|行政强制)(?:本年度?)?(?:处理)?决定"   # (行政处罚本年处理决定8件)
    rf"|\s*(?P<row3>行政许可|行政处罚|行政强制)){_CLAUSE_GAP}(?P<n>\d+)\s*件"
    rf"|[，,、；;。]\s*(?:全年|本年度?)?(?:(?P<none>未|没有)(?:作出|做出|实施|发生)(?:任何)?|(?P<nil>无))"
    rf"(?P<row0>行政许可|行政处罚|行政强制)(?:[和及与、](?P<also>行政许可|行政处罚|行政强制))?"
    rf"(?:决定)?(?=[，,。；;])")   # (未作出行政处罚和行政强制决定: both rows 0)
# The 2021 fee row told in its column's words (行政事业性收费金额为0), in a report that tells
# table 二 in prose; a nonzero amount must write its unit (the column's own is 万元).
T2_FEE_SENTENCE = re.compile(
    r"行政事业性收费(?:的)?(?:总)?金额(?:为|是|共计?|合计)?\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>万元|元)?")


def table_three_extent(text: str, facts: Sequence[Fact]) -> tuple[int, int] | None:
    """Where table 三 stands: from its 新收 row label (the last before its first read cell) to
    its last read cell; None when no cell of it was read. A layout listing every row label
    before the rows of numbers puts labels that read like sentences ('…行政机关不再处理其政府信息
    公开申请') between them."""
    cells = [f for f in facts if f.extractor.startswith("t3.") and f.value is not None and f.char_start >= 0]
    if not cells:
        return None
    first = min(f.char_start for f in cells)
    labels = [m.start() for m in T3_START.finditer(text, max(0, first - T3_HEADER_LOOKBACK * 2), first)]
    return (labels[-1] if labels else first), max(f.char_end for f in cells)


def table_two_sentences(doc: Document) -> list[Fact]:
    """t2.rule / t2.normdoc cells from a sentence naming table 二's columns, as reports without
    their tables state them."""
    text, facts, layouts = doc.text, [], set()
    block_told = False   # a first block with several columns was told: decisions may follow its sentence end
    for first in T2_FIRST_CLAUSE.finditer(text):
        denied_rows = first["denied_rows"] or first["denied_rows_first"]
        rows = [T2_SENTENCE_ROWS[w] for w in _T2_ROW_NAMED.findall(
            first["rows"] or first["row"] or first["row_colon"] or first["listed"] or denied_rows)]
        if denied_rows:
            columns = first["denied_columns"] or first["denied_columns_after"]
            label = doc.raw_text[first.start():first.end()]
            # a denied 废止 speaks of the 规范性文件 row: repealing a 规章 is its issuing
            # government's act, which a report denying both rarely means (labels h36, h44)
            denied = [T2_DENIED_COLUMNS[w] for w in re.findall("|".join(T2_DENIED_COLUMNS), columns)]
            layout = denied[0][0]
            cells = [(row, column, 0.0, first.span(), label) for row in rows for _, column in denied
                     if not (row == "rule" and column == "repealed")]
        elif first["listed"]:
            listed = [T2_LISTED_COLUMNS[w] for w in re.findall(_T2_LISTED_COLUMN, first["columns"])]
            layout = listed[0][0]
            if any(lay != layout for lay, _ in listed) or len(set(listed)) != len(listed):
                continue   # one layout's columns, each once
            label = doc.raw_text[first.start():first.start("all")]
            cells = [(row, column, float(first["all"]), first.span("all"), label)
                     for row in rows for _, column in listed]
        else:
            number = "n_colon" if first["row_colon"] else "n"
            layout = E2 if "新制作" in (first["verb"], first["verb_colon"]) else E3
            first_column = "issued" if layout == E3 else "made"
            # (row, column, value, value span, label); a denial is its own label and span
            span = first.span() if first["none"] else first.span(number)
            label = doc.raw_text[first.start():first.end() if first["none"] else first.start(number)]
            cells = [(row, first_column, 0.0 if first["none"] else float(first[number]), span, label) for row in rows]
            if first["and_published"]:   # 新制作并公开规范性文件1件: made and published alike
                cells += [(row, "published", float(first[number]), span, label) for row in rows]
        pos = first.end()
        while (nxt := T2_NEXT_CLAUSE.match(text, pos)) and _t2_sentence_column(nxt)[0] == layout:
            column = _t2_sentence_column(nxt)[1]
            # (…，现行有效的行政规范性文件0件: a clause naming its row speaks of that row alone)
            n = "n" if nxt["n"] is not None else "n_bare"
            named = _T2_ROW_NAMED.search(text, nxt.start(), nxt.start(n))
            row = T2_SENTENCE_ROWS[named.group()] if named else rows[-1]
            if (row, column) in {(r, c) for r, c, *_ in cells}:
                break
            cells.append((row, column, float(nxt[n]), nxt.span(n), doc.raw_text[nxt.start() + 1:nxt.start(n)]))
            pos = nxt.end()
        # a first clause with no other column of its block still speaks of table 二 when the
        # sentence goes on with its decision rows (未制发行政规范性文件；作出行政许可决定5件)
        block_told = block_told or len(cells) > len(rows) or bool(first["listed"])
        if len(cells) <= len(rows) and not ((d := _decision_clause(text, pos, block_told)) and not d["row3"]) \
                and not first["listed"]:
            continue
        evidence = " ".join(doc.raw_text[first.start():pos].split())
        for row, column, value, (a, b), label in cells:
            period = "cumulative" if column in T2_CUMULATIVE else "annual"
            facts.append(Fact(f"t2.{row}", column, value, T2_UNIT[column], period, label.strip(), False,
                              a, b, evidence, "free_text", "t2.sentence"))
        layouts.add(layout)
        seen: set[str] = set()
        # (a decision row by its bare name, 行政强制0件, only after another decision clause)
        while (nxt := _decision_clause(text, pos, block_told)) and (seen or not nxt["row3"]) and \
                (rows := _decision_rows(nxt))[0] not in seen:
            pos = nxt.end()
            # 未作出… / 无行政强制 / …均无
            zero = "none" if nxt["none"] else "nil" if nxt["nil"] else "listed_none" if nxt["listed"] else None
            number = "pair_n" if nxt["pair"] else "colon_n" if nxt["colon"] else "n"
            value, (a, b) = (0.0, nxt.span(zero)) if zero else (float(nxt[number]), nxt.span(number))
            for decided in (r for r in rows if r not in seen):
                seen.add(decided)
                facts.append(Fact(f"t2.{decided}", "decisions", value, T2_UNIT["decisions"], "annual",
                                  doc.raw_text[nxt.start() + 1:a].strip(), False, a, b,
                                  " ".join(doc.raw_text[nxt.start() + 1:pos].split()), "free_text",
                                  "t2.sentence"))
    if E3 in layouts:
        for m in T2_FEE_SENTENCE.finditer(text):
            value = float(m["n"]) * (10_000 if m["unit"] == "万元" else 1)
            if value and not m["unit"]:
                continue   # 万元 or 元: unsure, no fact
            facts.append(Fact("t2.fee", "amount", value, T2_UNIT["amount"], "annual", "行政事业性收费金额",
                              False, m.start("n"), m.end("n"), " ".join(doc.raw_text[m.start():m.end()].split()),
                              "free_text", "t2.sentence"))
    return facts


def _decision_rows(m: re.Match) -> list[str]:
    """The table 二 decision rows a decision clause speaks of, in its order."""
    if m["listed"]:
        return [T2_DECISION_ROWS[w] for w in re.findall("|".join(T2_DECISION_ROWS), m["listed"])]
    row = T2_DECISION_ROWS[m["row"] or m["row2"] or m["row3"] or m["row0"] or m["pair"] or m["colon"]]
    also = T2_DECISION_ROWS.get(m["also"] or m["pair_also"])
    return [row, also] if also else [row]


# 。全年作出行政许可决定51件 / 。办理行政许可21件 / 。行政处罚决定4件 / 。未作出行政强制决定
_OWN_DECISION_START = re.compile(r"\s*(?:全年|本年度?|年内)?\s*(?:共)?(?:作出|做出|办理|实施|未|没有|无|行政)")


def _decision_clause(text: str, pos: int, block_told: bool) -> re.Match | None:
    """The decision clause at `pos`; one after a sentence end only once a first block with its
    columns was told (未制发规范性文件。办理行政许可52件 is any service count), and with no
    subject of its own (。政务服务中心办理行政许可事项3208件 counts a hall's matters)."""
    m = T2_DECISION_CLAUSE.match(text, pos)
    if not m or text[m.start()] != "。":
        return m
    return m if block_told and _OWN_DECISION_START.match(m.group(), 1) and "事项" not in m.group() else None



def _t2_sentence_column(m: re.Match) -> tuple[str, str]:
    return T2_SENTENCE_COLUMNS["对外公开" if m["word"].startswith("对外公开") else m["word"]]


# Table 三 left out and told in one sentence that its rows are all zero, naming them
# (本年新收、上年结转、办理结果及结转下年度各项均为0): each named row's 总计 is 0. Two rows named at
# least; a sentence naming none (各项数据均为零) says nothing about which rows the table had.
_T3_ZERO_ROWS = (("requests.new", r"本年新收(?:申请)?"), ("requests.carried_in", r"上年结转(?:申请)?"),
                 ("requests.outcome", r"(?:本年度?)?办理结果"),
                 ("requests.carried_out", r"结转下年度?(?:继续办理)?(?:申请)?"))
_T3_ZERO_ROW = "|".join(rx for _, rx in _T3_ZERO_ROWS)
T3_ZERO_SENTENCE = re.compile(rf"(?P<rows>(?:{_T3_ZERO_ROW})(?:\s*[、，,和及与]\s*(?:{_T3_ZERO_ROW}))+)"
                              r"[^。；;\d\n]{0,8}?(?:均|全部|都)\s*(?:为|是)\s*(?:0|零)(?![\d.])")


def t3_zero_sentence(doc: Document) -> list[Fact]:
    """The 总计 facts (0) of the rows a zero sentence under table 三's heading names."""
    t3 = T3_HEADING.search(doc.text)
    if not t3:
        return []
    t4 = T4_START.search(doc.text, t3.end())
    m = T3_ZERO_SENTENCE.search(doc.text, t3.end(), t4.start() if t4 else min(len(doc.text), t3.end() + T3_REACH))
    if not m:
        return []
    evidence = " ".join(doc.raw_text[m.start():m.end()].split())
    zero = re.search(r"0|零", doc.text[m.end("rows"):m.end()])
    at = m.end("rows") + zero.start()
    facts = []
    for measure, rx in _T3_ZERO_ROWS:
        if named := re.search(rx, m["rows"]):
            facts.append(Fact(measure, "total", 0.0, "request", "annual", named.group(), False, at, at + 1,
                              evidence, "free_text", "t3.zero_sentence"))
    return facts


def extract_template(doc: Document, report_year: int | None = None) -> TableRead:
    """The template tables' facts and the report's template version (None: no template table,
    or none that tells its layout: table 四 alone). A table whose words do not tell its layout
    has that of the report's year: `report_year`, else the year the metadata reader finds."""
    def year() -> int | None:
        return report_year if report_year is not None else metadata.extract_metadata(doc).report_year
    versions = detect_versions(doc.text, year)
    if versions is None:
        return TableRead(None, [])
    clean = _clean(doc.text)
    facts: list[Fact] = []

    if (view := _t2_view(doc.text)) != doc.text:
        t2_doc, t2_clean = replace(doc, text=view), _clean(view)
    else:
        t2_doc, t2_clean = doc, clean
    for row in table_two(t2_doc, t2_clean, versions.table_two, doc.text):
        _emit_row(facts, row, _t2_specs(versions.table_two, row.key))

    zero = t3_zero_sentence(doc)
    facts += zero
    abridged = [] if zero else _t3_total_column(doc, clean, versions.table_three)
    for row in abridged:   # table 三 with its 总计 column only: no applicant cells to read
        _emit_row(facts, row, _t3_total_spec(row))
    if not abridged and not zero and (abridged := _t3_total_column_rows(doc, clean, versions.table_three)
                         or _t3_merged_columns(doc, clean, versions.table_three)):
        for row in abridged:   # the same down to its sub-rows: each row's 总计 cell
            _emit_row(facts, row, _t3_specs(row.key))
    rows3 = [] if abridged or zero else table_three(doc, clean, versions.table_three)
    loose = 0
    for row in rows3:
        if row.key == UNPLACED:
            loose += 1
            _emit_row(facts, row, _unplaced_specs(loose))
            continue
        _fill_proven_zeros(row.cells, T3_GROUPS)
        _emit_row(facts, row, _t3_specs(row.key))

    after = max((r.label_start for r in rows3 + abridged), default=0)
    width = len(T4_COLUMNS)
    for row in table_four(doc, clean, after):
        groups = [(g * width, (g + 1) * width) for g in range(len(T4_GROUPS))]
        # Table 四 is one row: zeros written in it ('0') show blank is not its writer's zero, so a
        # blank there is a cell the converter lost, no fact (its group's sum check says blank).
        # (Table 三 writers often leave whole organisation columns blank beside written zeros.)
        if row.extractor == "t4.labelled" or any(c.value == 0 and c.text and not c.flag for c in row.cells):
            _emit_row(facts, row, T4_SPECS)
            continue
        proved, contradicted = _fill_proven_zeros(row.cells, groups)
        if proved and not contradicted:
            _fill_blank_groups(row.cells, groups)
        _emit_row(facts, row, T4_SPECS)
    # Row labels in prose sentences ('本年新收申请7件，上年结转0件', '行政复议1件') whose numbers
    # no row layout reads: a table 三 or 四 with no cell read, each row a sentence, is prose,
    # not blank rows; and rows without any cell are no template table (nor make a report one).
    had_rows = bool(facts)
    for table in ("t3.", "t4."):
        rows = [f for f in facts if f.extractor.startswith(table)]
        if all(f.value is None and PROSE_ROW.search(doc.text, f.char_start, f.char_end + 1) for f in rows):
            facts = [f for f in facts if not f.extractor.startswith(table)]
    if had_rows and all(f.value is None for f in facts):
        return TableRead(None, fee_table(doc))
    return TableRead(versions.report, facts + fee_table(doc))


# a row read inside a sentence: a count with its unit (7件) or a clause break within the row
PROSE_ROW = re.compile(r"\d[ \t]*[件起次]|[，。；]")
