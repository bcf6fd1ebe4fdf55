"""Pre-2019 statistics tables: the 2014 national 政府信息公开情况统计表 and the earlier local
附表 (指标名称 | 计量单位 | 本年度 | 历年累计), wherever they sit in `Document.text`.

A table starts at its header (指标名称/统计指标, 计量单位/单位, then one or more value columns:
'2011 年度', 本年度, 年末统计, 统计数, 历年累计 …); a 2014 national table whose header line a
converter lost starts at its first row (主动公开政府信息数), when its rows prove it is one
(`_headless_table`). Each row is found by its unit cell (条, 件,
元, 万元 …): the text before the unit is the row label, the digits after it are the cells.
Rows come in four shapes, all handled here:
- tab-separated lines from structured readers ('网站公开\\t条\\t418\\t1509'; empty cell = blank);
- space-separated flattened rows ('网站公开 条 418 1509');
- cells glued together ('条4251516' = 425 | 1516), possibly glued to the next row's number
  ('条41815092.政府公报' = 418 | 1509, then row 2);
- blank cells (no digits): no fact, never a zero;
- one cell a line (PDF text without layout: label / unit / value on separate lines);
- indicator lines of a list (指标（单位）：值, 指标：值件, 指标：值): the unit in brackets, after the
  value, or none (a count then has its row's unit; money without a unit is not read).
District tables split the value column into 区政府 | 区直单位 | 乡镇街道: only 合计 is reported.
A row counted in 人/人次/个 is never a request or disclosure row, and a 其中 row mapping to the
same thing as the row above it (其中：全文电子化的主动公开信息数) is a subset, not a second total.
Glued runs are split with `digits.splits` and narrowed by what the table itself constrains:
the column count from the header, cumulative >= annual, sub-rows adding up to (or at most)
their parent row, and the prose stating the same annual figure. A run that still has several
readings follows the project's one policy for unsure numbers (data/README.md; the same in
`template`): a cell every reading gives the same value is certain; a cell they disagree on is
flagged 'ambiguous_split' with the row's readings in `candidates` (cells joined by '|'), and
has no value, since nothing in these tables ranks one reading above the others.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .. import taxonomy
from ..model import Document, Fact, Metadata, TableRead
from ..numerals import MANGLED, format_number, read_cell
from ..read.pages import PAGE_NUMBER
from .digits import MANGLED_CHAR, splits

# Enumerating the splits of a longer run explodes combinatorially, and no real table cell pair
# is that long: such a run is left unread rather than guessed.
MAX_GLUED_DIGITS = 24

UNIT_RE = re.compile(r"万元|元|人次|条|件|个|人|次|篇|份|项")
# A unit cell directly followed by cells (digits, blank markers, separators) or the row's end,
# or glued to a label that ends like an indicator name (…数条, …金额元).
_UNIT_FOLLOW = re.compile(r"[\s\d\-—–/]|$")
_LABEL_END = "数额用费计）)"
_UNIT_NEXT = re.compile(rf"[ \t]+(?:{UNIT_RE.pattern})[ \t]+[\d\-—–/]")
# District tables split the value column by level (区政府 | 区直单位 | 乡镇街道); the report's own
# figure is the 合计 column, the level columns are its parts and are not reported here.
_LEVEL = (r"[区县市州旗]?(?:政府|直(?:单位|部门)|本级)|乡?镇\s*[（(]\s*街道(?:办事处)?\s*[)）]"
          r"|乡镇(?:街道)?|街道|镇街")
_LEVEL_COLUMN = re.compile(_LEVEL)
# 本年 | 累计（2012年以来）glued into 本年累计（2012年以来）: two columns, not the year-to-date 本年累计
_SINCE = r"\s*[（(]\s*(?:19|20)\d{2}\s*年?\s*以来\s*[）)]"
# a cumulative column naming its start before 累计 (2008年5月以来累计, 自2008年起累计): one column,
# not a column for the year 2008
_SINCE_BEFORE = r"(?:自\s*)?(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*(?:以来|起|至今)\s*累\s*计"
COLUMN = (rf"本年(?=累计{_SINCE})|累计{_SINCE}|{_SINCE_BEFORE}|"
          r"(?:19|20)\d{2}\s*年度?|本年度|本年累计|历年累计|累计|年末统计|本期实际|本期|统计数"
          r"|本年|数量|代\s*码|(?:全[区县市州旗省])?合\s*计|总\s*计|" + _LEVEL)
# 其中 heads the group of level columns in a two-line header (全区合计 | 其中: 区政府 | 区直部门 …):
# a spanning cell, not a column.
HEADER_RE = re.compile(
    rf"(?:统\s*计\s*(?:指\s*标|项\s*目)|指\s*标(?:\s*名\s*称)?|(?<![\u4e00-\u9fff])项\s*目)[\s:：]*"
    rf"(?:计\s*量\s*单\s*位|单\s*位)"
    rf"(?P<cols>(?:[ \t\n]*(?:{COLUMN}|其\s*中(?=[ \t\n])))+)")
# \n: one cell a line (PDF text without layout); a mangled glyph only next to a digit ('2\ufffd')
_CELLS_RE = re.compile(rf"(?:[ \t\n\d.,\-—–/]|(?<=\d)[{MANGLED}]+|[{MANGLED}]+(?=\d))*")
_TOKEN = re.compile(r"\S+")
# a cells area starts mid-line (after the unit): its start is no line start
_PAGE_LINE = re.compile(rf"(?<=\n){PAGE_NUMBER}(?=\n|$)")
_TRAILING_DIGITS = re.compile(r"\d+$")
# Row numbering at the start of a label segment: 1. 2、 (一) 一、 其中：
_NUMBERING_RE = re.compile(r"(?:其中\s*[:：]?\s*)?(?:(?P<arabic>\d{1,2})\s*[.、]|[（(][一二三四五六七八九十]+[）)]"
                           r"|[一二三四五六七八九十]+、)|其中\s*[:：]")
_PARENS_RE = re.compile(r"[（(][^（）()]*[）)]")
_TABLE_END_RE = re.compile(r"附件下载|。")
MAX_LABEL_CHARS = 60
MAX_COMBINATIONS = 20000


def _channel(group: str, key: str) -> tuple[str, str, str]:
    """The rule of a (request) channel row: its table-row words (ogi.taxonomy)."""
    measure = "proactive.channel" if group == "channels" else "requests.channel"
    return taxonomy.alternation(taxonomy.entries(group)[key].table_rows), measure, key


def _outcome(key: str) -> tuple[str, str, str]:
    """The rule of an answer row (申请答复数 and its parts): the outcome's words (ogi.taxonomy)."""
    return taxonomy.alternation(taxonomy.outcomes()[key].table_rows), "requests.outcome", key


# Label keyword -> (measure, key). Searched in order on the label without numbering or
# parentheses; the first match wins, so specific rows precede the rows they contain words of.
# Channel and outcome words are data (taxonomy.yaml, outcomes.yaml); the order is decided here.
ROW_RULES: list[tuple[str, str | None, str | None]] = [
    # enquiries and visits (网上咨询数, 访问量) are no requests, whatever their unit
    (r"回应|解读|发布会|访谈|办结|机构数|查阅点|人员数|经费|会议|培训|制发规范性文件|咨询|访问量|接待", None, None),
    _outcome("other.already_public"),
    (r"主动公开.*规范性文件", "proactive.category", "cat_policy"),
    *(_channel("channels", key) for key in ("ch_website", "ch_gazette", "ch_weibo", "ch_wechat", "ch_other")),
    (r"主动公开", "proactive", "total"),
    *(_channel("request_channels", key) for key in ("req_in_person", "req_letter", "req_fax", "req_online",
                                                     "req_other")),
    *map(_outcome, ("partial", "deny.total", "granted", "deny.state_secret", "deny.trade_secret", "deny.privacy",
                    "deny.security_stability", "deny.not_gov_info", "unable.not_held", "unable.not_exist",
                    "unable.unclear", "other.other_route", "other", "total")),
    (r"收到.*申请|受理.*申请|申请.*总数|申请数", "requests.new", "total"),
    # 依申请公开信息数 counted in 件 (a local table's request row); in 条 it counts information
    # items set aside for requests, no requests (see `_REQUEST_ITEMS`)
    (r"依申请公开(?:政府)?信息(?:总)?数|^依申请公开$", "requests.new", "total"),
    # 接受行政诉讼、举报数 and 行政申诉数 are complaint rows: test them before 诉讼.
    (r"举报|投诉|申诉", "complaints", "total"),
    (r"行政复议", "review", "total"),
    (r"行政诉讼", "litigation", "total"),
    (r"收费|收取.*费|费用", "fees", "charged"),
]
_ROW_RULES = [(re.compile(pattern), measure, key) for pattern, measure, key in ROW_RULES]
_CHANNEL_ROW = re.compile(r"(?:通过)?(?P<channel>.+?)公开(?:政府)?(?:信息)?(?:数|条数)?")
# Sub-rows named only by their result take the measure of the section they sit in.
SUBROW_RULES = [(re.compile(r"维持|驳回"), "upheld"), (re.compile(r"纠错|纠正"), "corrected"),
                (re.compile(r"其他情形"), "other")]
SECTION_MEASURES = ("review", "litigation", "complaints")
# Units a row of each measure can carry: rows counted in 人/人次/个 (visitors, enquiries, staff,
# units) are never requests or disclosures even when their label names a channel (网上咨询数).
_COUNT_UNITS = {"条", "件", "篇", "份", "项", "次"}
_REQUEST_ITEMS = re.compile(r"依申请公开(?:(?:政府)?信息(?:总)?数)?")   # requests only when counted in 件
_MONEY_UNITS = {"元", "万元"}
UNIT_OF = {"proactive": "item", "requests": "request", "review": "case", "litigation": "case",
           "complaints": "case", "fees": "yuan"}


@dataclass
class Column:
    header: str
    period: str | None        # annual | cumulative | None (a column we do not report)


@dataclass
class Row:
    number: int | None        # Arabic row number (1. 2、), for sub-rows
    start: int                # row start (label) in Document.text
    end: int                  # end of the row's cells
    unit_start: int
    cells_start: int          # after the unit cell (and a colon after a bracketed unit)
    unit: str
    measure: str | None
    key: str | None
    keyword: str              # the label words that decided the measure (for prose look-ups)
    # Each reading gives, per column, (value, start, end) or None for a blank cell.
    readings: list[tuple[tuple[tuple[float, int, int] | None, ...], ...]] = field(default_factory=list)
    flag: str = ""
    # column -> (text, start, end) of a cell whose digits are mangled: no reading has its value
    garbled: dict[int, tuple[str, int, int]] = field(default_factory=dict)


def extract_stats_table(doc: Document, meta: Metadata) -> TableRead:
    """The statistics tables' facts and the report format they show (None: no such table).
    `meta` is read (the report year decides which value column is this year's), never written."""
    text = _pipes_as_tabs(doc.text)
    facts: list[Fact] = []
    tables: list[tuple[list[Column], list[Row]]] = []
    pos = 0
    while (header := HEADER_RE.search(text, pos)) is not None:
        columns = _columns(header["cols"], meta.report_year)
        rows, end = _rows(text, header.end(), len(columns))
        pos = max(end, header.end())
        if rows:
            tables.append((columns, rows))
    if not tables:
        tables = _headless_table(text, meta.report_year)
    if not tables:
        return TableRead(None, [])
    spans = [(rows[0].start, rows[-1].end) for _, rows in tables]
    for columns, rows in tables:
        _resolve(rows, columns, text, spans)
        facts.extend(_facts(doc, rows, columns))
    return TableRead("stats_table_2014", facts)


_PIPE_ROW = re.compile(r"(?m)^[^\n|]*\|[^\n]*\|[^\n]*$")      # a line of two or more pipes
_PIPE_DELIMITER = re.compile(r"[ \t|:\-—–]+")


def _pipes_as_tabs(text: str) -> str:
    """Markdown pipe rows as tab rows (same offsets): '统计指标 | 单位 | 统计数' is a header,
    '|---|---|' delimiter lines are blanked."""
    if "|" not in text:
        return text

    def tabs(m: re.Match) -> str:
        line = m.group()
        if _PIPE_DELIMITER.fullmatch(line):
            return " " * len(line)
        return line.replace("|", "\t")
    return _PIPE_ROW.sub(tabs, text)


# The 2014 national table's first row: a table whose header line was lost starts here, or right
# after the table's own title line when that row is missing or moved.
_FIRST_ROW = re.compile(r"(?m)^[^\n]{0,12}?主\s*动\s*公\s*开\s*(?:政\s*府\s*)?信\s*息\s*数"
                        r"|(?<=政府信息公开情况统计表)[^\n。]{0,20}\n"
                        # the table flattened onto its title's line: its rows start at its first row
                        r"|政府信息公开情况统计表(?:[（(][^（）()\n]{0,12}[）)])?[^\n。\d]{0,20}?(?P<row>(?:[（(]一[）)])?主\s*动\s*公\s*开\s*政\s*府"
                        r"\s*信\s*息\s*数)")
# How many of its rows must read as label | unit | value, covering disclosure and requests,
# before lines without a header are taken for the table.
MIN_HEADLESS_ROWS = 6
# fewer when every row is a line of cells (label | unit | value): the grid itself shows a table
MIN_HEADLESS_GRID_ROWS = 4
_GRID_ROW = re.compile(r"[^\t\n]+\t[ \t]*(?:" + UNIT_RE.pattern + r")[ \t]*\t[^\t\n]*")


def _headless_table(text: str, report_year: int | None) -> list[tuple[list[Column], list[Row]]]:
    """The 2014 national table without its header line (统计指标 | 单位 | 统计数 lost by a
    converter): recognised by its own rows, from its first row (主动公开政府信息数) on, when
    enough of them read as label, unit and one value, and they cover both disclosure and
    requests. Its one value column is the year's figure."""
    for first in _FIRST_ROW.finditer(text):
        columns = _columns("统计数", report_year)
        start = first.start("row") if first["row"] else first.end() if first.group().endswith("\n") \
            else first.start()
        rows, _ = _rows(text, start, len(columns))
        mapped = [r for r in rows if r.measure is not None and r.readings and r.readings[0][0] is not None]
        measures = {r.measure.split(".")[0] for r in mapped}
        # a row with two figures belongs to a table with more value columns (本年度 | 历年累计):
        # without its header, which figure is which is unknown
        # (a date under the last row, 2018年1月22日, is no figure)
        one_value = all(len([t for t in _TOKEN.finditer(text, r.cells_start, r.end)
                             if not _DATE_AFTER.match(text, t.end())]) <= 1 for r in rows)
        grid = bool(rows) and all(_GRID_ROW.fullmatch(_line_of(text, r.start)) for r in rows)
        least = MIN_HEADLESS_GRID_ROWS if grid else MIN_HEADLESS_ROWS
        if len(mapped) >= least and {"proactive", "requests"} <= measures and one_value:
            return [(columns, rows)]
    return []


def _line_of(text: str, pos: int) -> str:
    """The line holding `pos`, stripped."""
    end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1: len(text) if end < 0 else end].strip()


_PERIOD_HEAD = re.compile(r"年|累计|本期")
_DATE_AFTER = re.compile(r"\s*[年月日]")


def _columns(cols: str, report_year: int | None) -> list[Column]:
    """The value columns and the period each reports (None: a column we do not report)."""
    heads = [re.sub(r"\s+", "", m.group(0)) for m in re.finditer(COLUMN, cols)]
    # 数量 / 统计数 above the period columns of a two-line header (数量 over 本年度 | 历年累计) is
    # a spanning cell, not a column of its own
    if len(heads) > 2 and heads[0] in ("数量", "统计数") and all(_PERIOD_HEAD.search(h) for h in heads[1:]):
        heads = heads[1:]
    out = []
    for head in heads:
        if head == "代码" or (head.startswith("本期") and "本年累计" in heads) \
                or _LEVEL_COLUMN.fullmatch(head):
            period = None     # a row code, this period when the year's figure is given too, a level
        elif "累计" in head and not head.startswith(("本年", "本期")):
            period = "cumulative"
        elif (year := re.match(r"\d{4}", head)) and report_year and int(year.group()) != report_year:
            period = None     # a column for another year (e.g. last year's comparison)
        else:
            period = "annual"
        out.append(Column(head, period))
    return out


# An indicator line of a list rather than a grid: the unit in brackets after the label, then the
# value after a colon, a tab or nothing (政府网站公开政府信息数（条）：326, 当面申请数(件)0).
_BRACKET_UNIT = re.compile(r"[（(][ \t]*(?P<unit>万元|元|人次|条|件|个|人|次|篇|份|项)[ \t]*[）)]"
                           r"(?:[ \t]*[:：][ \t]*|[ \t]*)(?=[\d\-—–/])")
# ... or with the unit after the value (申请答复数：8件, 收取的费用：0万元) or none at all (申请答复数：6):
# a count then has the row's own unit (requests in 件, items in 条); money without one is unread.
_COLON_CELL = re.compile(r"(?<=[数量用])[ \t]*[:：][ \t]*(?=\d)")
UNIT_SEARCH = 400   # how far a row's label may run before its unit (MAX_LABEL_CHARS and notes)


@dataclass
class _Unit:
    start: int          # where the unit (or the bracket or separator holding it) starts: the label's end
    unit: str           # '' when the line writes none
    cells_start: int    # where the row's cells start


def _next_unit(text: str, pos: int) -> _Unit | None:
    """The next row's unit: a unit cell, a bracketed unit before a colon, or a bare colon."""
    cell = next((m for m in UNIT_RE.finditer(text, pos) if _is_unit_cell(text, m)), None)
    found = [_Unit(cell.start(), cell.group(0), cell.end())] if cell else []
    end = cell.start() if cell else min(len(text), pos + UNIT_SEARCH)
    if bracket := _BRACKET_UNIT.search(text, pos, end):
        found.append(_Unit(bracket.start(), bracket["unit"], bracket.end()))
    if colon := _COLON_CELL.search(text, pos, end):
        found.append(_Unit(colon.start(), "", colon.end()))
    return min(found, key=lambda u: u.start, default=None)


def _is_unit_cell(text: str, m: re.Match) -> bool:
    before = text[m.start() - 1] if m.start() else ""
    if not before or before.isdigit():
        return False
    if _UNIT_FOLLOW.match(text, m.end()):
        # 政府文件 条 312: the 件 of the label's last word, the unit cell is the next one
        return not _UNIT_NEXT.match(text, m.end())
    return before in _LABEL_END


def _rows(text: str, start: int, n_cols: int) -> tuple[list[Row], int]:
    """Rows from `start` until the text stops looking like a table."""
    rows: list[Row] = []
    pos = start
    context: str | None = None            # the section generic sub-rows (维持, 纠错) belong to
    parent: tuple[str | None, str | None] = (None, None)   # the last mapped row without 其中
    in_categories = False   # the row above was a category of 主动公开信息数 (其中：政府文件)
    while True:
        unit = _next_unit(text, pos)
        if unit is None:
            break
        label_raw = text[pos:unit.start]
        if _TABLE_END_RE.search(label_raw) or len(_PARENS_RE.sub("", label_raw).strip()) > MAX_LABEL_CHARS:
            break
        heading, label, number = _split_label(label_raw)
        if heading and (section := _map_row(heading, None)[0]) in SECTION_MEASURES:
            context = section
        cells_m = _CELLS_RE.match(text, unit.cells_start)
        cells_end = cells_m.end()
        area = text[unit.cells_start:cells_end]
        expected_next = (number + 1) if number is not None else 1
        area = _strip_next_row_number(text, area, cells_end, expected_next)
        # a page-number line ('— 2 —') between a row's unit and its cells is no cell
        area = _PAGE_LINE.sub(lambda p: " " * len(p.group()), area)
        unit_after = ""
        if not unit.unit and (after := UNIT_RE.match(text, unit.cells_start + len(area))) and area.strip():
            unit_after = after.group(0)    # 申请答复数：8件: the unit follows the value
            unit = _Unit(unit.start, unit_after, unit.cells_start)
        measure, key, keyword = _map_row(label, context)
        if measure is not None and unit.unit not in (
                _MONEY_UNITS if measure == "fees" else _COUNT_UNITS | {""}):
            measure, key, keyword = None, None, ""
        if _REQUEST_ITEMS.fullmatch(keyword) and unit.unit != "件":
            measure, key, keyword = None, None, ""
        if "其中" in label_raw[:len(label_raw) - len(label)]:
            # 其中：全文电子化的主动公开信息数 under 主动公开信息数: a subset we have no key for,
            # not a second total.
            if (measure, key) == parent and measure is not None:
                measure, key, keyword = None, None, ""
            elif measure is None and parent == ("proactive", "total") and unit.unit in _COUNT_UNITS \
                    and (category := _category_row(label)):
                # 其中：政府文件 under 主动公开信息数: the disclosures of one category
                measure, key, keyword = "proactive.category", category, label
        elif measure is None and in_categories and unit.unit in _COUNT_UNITS and (category := _category_row(label)):
            # the next categories of the same 其中 list, on rows of their own (工作动态类 | 条)
            measure, key, keyword = "proactive.category", category, label
        elif measure is None and parent[0] in ("proactive", "proactive.channel") and unit.unit in _COUNT_UNITS \
                and (channel := _bare_channel_row(label)):
            # 电子显示屏 | 条 under 主动公开信息: a row naming only its channel
            measure, key, keyword = "proactive.channel", channel, label
        elif measure is not None:
            parent = (measure, key)
        in_categories = measure == "proactive.category" and parent == ("proactive", "total")
        if measure in SECTION_MEASURES:
            context = measure
        elif measure == "requests.outcome" and key.startswith("deny"):
            context = "deny"
        elif measure is not None and number is None:
            context = None
        label_start = pos + (len(label_raw) - len(label_raw.lstrip()))
        row = Row(number=number, start=label_start, unit_start=unit.start, cells_start=unit.cells_start,
                  end=unit.cells_start + len(area.rstrip()) + len(unit_after), unit=unit.unit, measure=measure, key=key,
                  keyword=keyword)
        row.readings, row.flag = _readings(area, unit.cells_start, n_cols)
        row.garbled = _garbled(area, unit.cells_start, n_cols)
        if measure is not None and _is_combined(label):
            row.flag = row.flag or "combined_row"
        rows.append(row)
        pos = unit.cells_start + len(area) + len(unit_after)
    return rows, pos


@lru_cache(maxsize=4096)   # row labels repeat across reports
def _split_label(label_raw: str) -> tuple[str, str, int | None]:
    """(heading text before the row's own numbering, the row label, its Arabic number)."""
    label = label_raw.strip().lstrip(".、").strip()
    outside = _PARENS_RE.sub(lambda m: " " * len(m.group(0)) if not re.fullmatch(
        r"[（(][一二三四五六七八九十]+[）)]", m.group(0)) else m.group(0), label)
    numbering = [m for m in _NUMBERING_RE.finditer(outside)]
    if not numbering:
        return "", label, None
    last = numbering[-1]
    number = int(last["arabic"]) if last["arabic"] else None
    return label[:last.start()], label[last.end():].strip(), number


def _strip_next_row_number(text: str, area: str, end: int, expected: int) -> str:
    """The cells without the next row's number at their end ('…1509 2.' or '…15092.').

    Glued to the cells, the number is the one the next row should carry (this row's + 1)."""
    stripped = area.rstrip()
    after = text[end:end + 1]
    if stripped.endswith("."):
        body = stripped[:-1]
    elif after == "、" and stripped == area and stripped[-1:].isdigit():
        body = stripped
    else:
        return area
    tail = _TRAILING_DIGITS.search(body)
    if not tail:
        return area
    if tail.start() > 0 and body[tail.start() - 1] in " \t\n":
        return body[:tail.start()]      # its own token: the whole token is the row number
    wanted = str(expected)
    cut = len(wanted) if tail.group(0).endswith(wanted) else 1
    return body[:len(body) - cut]


@lru_cache(maxsize=4096)   # tables repeat the same row labels, report after report
def _map_row(label: str, context: str | None) -> tuple[str | None, str | None, str]:
    """(measure, key, the words that decided it) for a row label."""
    flat = _PARENS_RE.sub("", label)
    if context in SECTION_MEASURES or context == "deny":
        for pattern, key in SUBROW_RULES:
            if m := pattern.search(flat):
                if context == "deny":
                    if key != "other":
                        return None, None, ""
                    # 法律法规规定的其他情形 (E1 table) is the template's 其他法律行政法规禁止公开
                    law = re.search(r"法律|法规", flat)
                    return "requests.outcome", "deny.law_prohibited" if law else "deny.other", \
                        (law or m).group(0)
                return context, key, m.group(0)
    reason = _bracketed_reason(label)
    for pattern, measure, key in _ROW_RULES:
        if m := pattern.search(flat):
            if reason and (measure, key) == ("requests.outcome", "deny.total"):
                return reason   # 不予公开（商业秘密）: one refusal reason, not all refusals
            return measure, key, m.group(0)
    if reason:
        return reason
    # Local tables name other channel rows the same way (公开栏公开, 电子显示屏公开政府信息数).
    if (m := _CHANNEL_ROW.fullmatch(flat)) and (channel := taxonomy.channel_id(m["channel"])):
        return "proactive.channel", channel, m.group(0)
    return None, None, ""


_DENY_REASONS = [(pattern, measure, key) for pattern, measure, key in _ROW_RULES
                 if key and key.startswith("deny.") and key != "deny.total"]
_LISTING = re.compile(r"[、，,和与等]|(?<!涉)及")


def _bracketed_reason(label: str) -> tuple[str, str, str] | None:
    """The one refusal reason a bracket names (免予公开范围（个人隐私）, 不予公开（涉及国家秘密）),
    else None; a bracket listing several (含商业秘密、个人隐私) is the row's scope, not its reason."""
    for bracket in _PARENS_RE.finditer(label):
        inner = bracket.group()[1:-1]
        hits = [(measure, key, m.group()) for pattern, measure, key in _DENY_REASONS
                if not _LISTING.search(inner) and (m := pattern.search(inner))]
        if len(hits) == 1:
            return hits[0]
    return None


def _bare_channel_row(label: str) -> str | None:
    """The channel a row label names, all of it (电子显示屏, 公开栏), else None."""
    text = taxonomy.clean_label(label)
    found = taxonomy.find_all("channels", text)
    return found[0].id if len(found) == 1 and found[0].start == 0 and found[0].end == len(text) else None


def _category_row(label: str) -> str | None:
    """The category a row label is, all of it (政府文件, 人事任免信息), else None."""
    text = taxonomy.clean_label(label)
    found = taxonomy.find_all("categories", text)
    return found[0].id if len(found) == 1 and found[0].start == 0 and found[0].end == len(text) else None


@lru_cache(maxsize=4096)
def _is_combined(label: str) -> bool:
    """A row counting two things at once (信函、传真申请数; 接受行政诉讼、举报数): its figure is
    stored under the first matching key, flagged because it also covers the other."""
    parts = [_map_row(part, None)[:2] for part in label.split("、")]
    return len({p for p in parts if p[0] is not None}) > 1


def _readings(area: str, area_start: int, n_cols: int):
    """Every reading of a row's cell area as n_cols cells, and a flag when blanks are unplaced."""
    if "\t" in area:
        cells, pos = [], area_start
        for i, part in enumerate(area.split("\t")):
            if i > 0:
                cells.append(_cell(part, pos))
            pos += len(part) + 1
        cells = (cells + [None] * n_cols)[:n_cols]
        return [tuple(cells)], ""
    tokens = [(m.group(0), area_start + m.start()) for m in _TOKEN.finditer(area)]
    if (len(tokens) == 1 and n_cols > 1 and tokens[0][0].isdigit() and area[:1] not in " \n"
            and len(tokens[0][0]) <= MAX_GLUED_DIGITS):
        run, run_start = tokens[0]
        readings = [tuple((float(v), run_start + s, run_start + e) for v, (s, e) in zip(sp.values, sp.bounds))
                    for sp in splits(run, n_cols)]
        if readings:
            return readings, ""
    cells = [_cell(tok, start) for tok, start in tokens[:n_cols]]
    if len(cells) < n_cols and any(c is not None for c in cells):
        # fewer cells than columns: which one is blank is unknown. Every placement keeping the
        # cells' order is a reading (narrowed like glued runs: cumulative >= annual, the prose,
        # sub-row sums); a column they disagree on gets no value.
        readings = [tuple(cells[slots.index(col)] if col in slots else None for col in range(n_cols))
                    for slots in itertools.combinations(range(n_cols), len(cells))]
        return readings, "blank_cell_unplaced"
    cells = (cells + [None] * n_cols)[:n_cols]
    return [tuple(cells)], ""


def _garbled(area: str, area_start: int, n_cols: int) -> dict[int, tuple[str, int, int]]:
    """The cells of a row whose digits are mangled ('2\ufffd', '27\ufffd45'), by column, as
    `_readings` places cells (a run glued to the unit may be every column's)."""
    if not MANGLED_CHAR.search(area):
        return {}
    if "\t" in area:
        cells, pos = [], 0
        for i, part in enumerate(area.split("\t")):
            if i > 0:
                cells.append((part, pos))
            pos += len(part) + 1
    else:
        cells = [(m.group(), m.start()) for m in _TOKEN.finditer(area)]
    out = {}
    for col, (part, pos) in enumerate(cells[:n_cols]):
        if MANGLED_CHAR.search(part):
            stripped = part.strip()
            start = area_start + pos + part.index(stripped)
            out[col] = (stripped, start, start + len(stripped))
    if "\t" not in area and len(cells) == 1 and 0 in out and area[:1] not in " \n":
        return dict.fromkeys(range(n_cols), out[0])   # glued to the unit: it may hold every column
    return out


def _cell(token: str, start: int) -> tuple[float, int, int] | None:
    stripped = token.strip()
    if MANGLED_CHAR.search(stripped):
        return None   # a mangled cell (`_garbled`)
    value = read_cell(stripped)
    if value is None:
        return None
    offset = start + token.index(stripped)
    return value, offset, offset + len(stripped)


def _stated_in_prose(text: str, table_spans: list[tuple[int, int]], keyword: str,
                     value: float) -> bool:
    """Whether the prose (outside the tables) states `value` shortly after the row's keyword,
    e.g. '主动公开政府信息2949条' for the row 主动公开文件数."""
    if not keyword:
        return False
    number = re.escape(format_number(value))
    pattern = rf"{re.escape(keyword)}[^。；\d]{{0,20}}(?<![\d.]){number}(?![\d.])"
    return any(not any(s <= m.start() < e for s, e in table_spans)
               for m in re.finditer(pattern, text))


def _resolve(rows: list[Row], columns: list[Column], text: str,
             table_spans: list[tuple[int, int]]) -> None:
    """Narrow glued-run readings with cumulative >= annual, the prose and sub-row sums."""
    annual = [i for i, c in enumerate(columns) if c.period == "annual"]
    cumulative = [i for i, c in enumerate(columns) if c.period == "cumulative"]
    if any(c.period is None for c in columns):
        # level or code columns after the reported one (合计 | 区政府 | …): a short row lost its
        # trailing cells, so its cells stay left to right (flagged), as the grid was written
        for row in rows:
            if row.flag == "blank_cell_unplaced":
                row.readings = row.readings[:1]

    def ordered(reading) -> bool:
        return all(reading[a] is None or reading[c] is None or reading[c][0] >= reading[a][0]
                   for a in annual for c in cumulative)

    for row in rows:
        if len(row.readings) > 1:
            row.readings = _narrow(row.readings, ordered)
        if len(row.readings) > 1 and annual:
            row.readings = _narrow(row.readings, lambda r, row=row: r[annual[0]] is not None and
                                   _stated_in_prose(text, table_spans, row.keyword, r[annual[0]][0]))
    for parent, children in _families(rows, text):
        if all(len(r.readings) == 1 for r in (parent, *children)):
            continue
        family = (parent, *children)
        if any(len(r.readings) == 0 for r in family):
            continue
        combos = list(itertools.islice(itertools.product(*(r.readings for r in family)),
                                       MAX_COMBINATIONS + 1))
        if len(combos) > MAX_COMBINATIONS:
            continue
        for test in (_sums_equal, _parts_within):
            kept = [c for c in combos if test(c, len(columns))]
            if kept:
                for i, row in enumerate(family):
                    row.readings = list(dict.fromkeys(c[i] for c in kept))
                break


def _narrow(readings, accept):
    kept = [r for r in readings if accept(r)]
    return kept or readings


# Unnumbered sub-rows opened by 其中 (其中：网站公开 …, 微信公开 …): the measures they can be parts of.
_PART_MEASURES = {"proactive": "proactive.channel", "requests.new": "requests.channel"}


def _families(rows: list[Row], text: str = ""):
    """(parent row, its sub-rows) for every unnumbered row followed by numbered sub-rows, or by
    a 其中 row and the rows after it that count the parent's parts (its channels)."""
    out, i = [], 0
    while i < len(rows):
        j = i + 1
        while j < len(rows) and rows[j].number is not None:
            j += 1
        part = _PART_MEASURES.get(rows[i].measure or "")
        if j == i + 1 < len(rows) and part and rows[j].number is None and text.startswith("其中", rows[j].start):
            while j < len(rows) and rows[j].number is None and rows[j].measure == part \
                    and (j == i + 1 or not text.startswith("其中", rows[j].start)):
                j += 1
        if rows[i].number is None and j > i + 1:
            out.append((rows[i], rows[i + 1:j]))
        i = j
    return out


def _sums_equal(combo, n_cols: int) -> bool:
    parent, children = combo[0], combo[1:]
    for col in range(n_cols):
        if parent[col] is None or any(ch[col] is None for ch in children):
            continue
        if abs(sum(ch[col][0] for ch in children) - parent[col][0]) > 1e-9:
            return False
    return True


def _parts_within(combo, n_cols: int) -> bool:
    parent, children = combo[0], combo[1:]
    return all(parent[col] is None or ch[col] is None or ch[col][0] <= parent[col][0]
               for col in range(n_cols) for ch in children)


def _facts(doc: Document, rows: list[Row], columns: list[Column]) -> list[Fact]:
    facts = []
    for row in rows:
        if row.measure is None or not row.readings:
            continue
        unit = UNIT_OF[row.measure.split(".")[0]]
        evidence = doc.raw_text[row.start:row.end].strip()
        label_raw = doc.raw_text[row.start:row.unit_start].strip()
        for col, column in enumerate(columns):
            if column.period is None:
                continue
            cells = list(dict.fromkeys(r[col] for r in row.readings))
            present = [c for c in cells if c is not None]
            if col in row.garbled:   # a cell with mangled digits: flagged, no value
                text, start, end = row.garbled[col]
                facts.append(Fact(measure=row.measure, key=row.key, value=None, unit=unit, period=column.period,
                                  label_raw=label_raw, evidence=evidence, char_start=start, char_end=end,
                                  source_frame="stats_table", extractor="stats_table.row", flag="garbled_cell",
                                  candidates=text))
                continue
            if not present:
                continue          # blank cell: not reported, never a zero
            scale = 10000.0 if row.unit == "万元" else 1.0
            fact = Fact(measure=row.measure, key=row.key, value=None, unit=unit, period=column.period,
                        label_raw=label_raw, evidence=evidence, source_frame="stats_table",
                        extractor="stats_table.row", flag=row.flag)
            if len(cells) == 1:
                value, start, end = present[0]
                fact.value, fact.char_start, fact.char_end = value * scale, start, end
            else:
                # The glued run could not be split with certainty: keep every reading. Nothing
                # in a statistics table ranks one reading above another, so no value.
                fact.flag = "blank_cell_unplaced" if row.flag == "blank_cell_unplaced" else "ambiguous_split"
                fact.candidates = _readings_text(row.readings, scale)
                fact.char_start = min(c[1] for c in present)
                fact.char_end = max(c[2] for c in present)
                fact.extractor = "stats_table.row" if row.flag == "blank_cell_unplaced" else "stats_table.glued"
            facts.append(fact)
    return facts




MAX_CANDIDATES = 12   # readings quoted in `candidates`, as in template tables


def _readings_text(readings: list[tuple], scale: float) -> str:
    """A row's readings as `candidates` writes them in every extractor: cells joined by '|',
    readings by '; '."""
    shown = ["|".join(format_number(c[0] * scale) if c else "blank" for c in r)
             for r in readings[:MAX_CANDIDATES]]
    more = f"; … ({len(readings)} readings)" if len(readings) > MAX_CANDIDATES else ""
    return "; ".join(shown) + more
