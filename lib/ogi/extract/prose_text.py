"""Sentences, count tokens and the shared bits of a prose fact (evidence, share, period)."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Document, Fact, Metadata
from ..numerals import APPROX_AFTER, APPROX_BEFORE, CN_DIGITS, CN_UNITS, NUMBER, chinese_to_number, read_number
from .metadata import stated_period

# A count since a start inside the report year covers the report's own period (annual, or
# partial_year by the statistics period), no running total: 今年3月以来, 4月份以来, 自2016年4月挂牌以来
# in 2016's report, 街道成立以来 when the body was set up that year. Since an earlier year
# (自2008年以来, 2016年开设以来 in 2021's report) it is one.
_SINCE_PHRASE = re.compile(r"[^，,；;。：:]{0,24}?(?:以来|至今)")
_SINCE_YEAR_OF = re.compile(r"(\d{4}|[〇○零一二三四五六七八九]{4})\s*年")
_MONTH = re.compile(r"\d{1,2}\s*月|[一二三四五六七八九十]{1,3}\s*月|今年|本年|年初")
_FOUNDED = re.compile(r"成立|组建|设立|挂牌|揭牌|建立|撤[^，,；;。]{0,8}设")
# 上半年, 一季度, 1-6月, 3至5月: some months of the report year (1-12月 is the whole year); a date
# range (1-6月30日) is none. Read by both prose readers (`part_of_year`).
_MONTH_NUMBER = r"1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九]"
_PART_OF_YEAR = re.compile(rf"[上下]半年|前三季度|第?[一二三四1-4]季度"
                           rf"|(?<![\d.])(?P<first>{_MONTH_NUMBER})\s*(?:月份?)?\s*(?:-|—|－|~|至|到)\s*(?P<last>{_MONTH_NUMBER})\s*月(?!\s*\d{{1,2}}\s*日)")


def part_of_year(text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
    """The first words in text[pos:endpos] naming some months of the year, not all twelve."""
    for m in _PART_OF_YEAR.finditer(text, pos, len(text) if endpos is None else endpos):
        if not (m["first"] and m["first"] in ("1", "一") and m["last"] in ("12", "十二")):
            return m
    return None


# 2019年3月，县退役军人事务局挂牌成立 / 2016年4月18日…设立玉泉街道办事处: a dated founding and the
# body founded (the object after the word, else the words before it; 成立了领导小组 founds a group)
_FOUNDING_DATE = re.compile(r"(?P<year>\d{4})\s*年\s*\d{1,2}\s*月[^。；]{0,40}?(?:成立|组建|设立|挂牌|揭牌)+"
                            r"(?:了)?(?P<object>[^，,；;。]*)")
# 《条例》施行以来 in 2008's report: the Regulations took effect on 1 May 2008
_REGULATIONS_SINCE = re.compile(r"条例》?(?:正式)?(?:施行|实施|颁布实施)")
# 自《条例》施行至2009年底累计…: a running total from the Regulations' start (May 2008) to a date
_FROM_REGULATIONS_TO = re.compile(r"条例》?(?:正式)?(?:施行|实施|颁布实施)(?:后|起|以来)?\s*(?:至|到|截[至止])")
_SEVERAL_YEARS = re.compile(r"历年|\d{4}\s*年?\s*(?:至|到|—|－|-|~)\s*\d{4}\s*年")

# A flattened statistics table starts here; its rows are the table extractors' business.
_TABLE_START = re.compile(r"指标名称|统计指标|计量\s*单位\s*\d{4}")

# Count units of disclosed items, documents and requests. 条 followed by 例/款 is a law article.
COUNT_UNIT = r"条\s*[（(]\s*篇\s*[)）]|条(?![例款])|篇|件|份"
_APPROX_BEFORE = "|".join(sorted(APPROX_BEFORE, key=len, reverse=True))
_APPROX_AFTER = "|".join(APPROX_AFTER)
_APPROX_FIRST = "".join(sorted({w[0] for w in APPROX_BEFORE}))


def _count_pattern(units: str) -> re.Pattern:
    """A number not glued to other digits, letters or a decimal point, optionally 余/多, then
    one of `units`. The lookahead (what a match can start with) fails most positions at once:
    without it every position of the text goes through the whole pattern."""
    return re.compile(
        rf"(?=[\s\d{_APPROX_FIRST}{CN_DIGITS}{CN_UNITS}])"
        # 第二十条 is no 十条, 数十条 and 几十件 no count; 信息数186条 and 信息数六十四条 are
        rf"(?<![\d.A-Za-z第每逐{CN_DIGITS}{CN_UNITS}])(?!(?<=[数几])[{CN_UNITS}])"
        rf"(?P<before>{_APPROX_BEFORE})?\s*"
        rf"{NUMBER.pattern}\s*"
        rf"(?P<after>{_APPROX_AFTER})?\s*(?P<unit>{units})")


COUNT = _count_pattern(COUNT_UNIT)
# Reconsideration and litigation cases are also counted in 起 / 宗 (行政复议1起).
CASE_UNITS = ("起", "宗")
# 个 counts videos published (发布短视频20个), among other things (prose_counts decides).
PIECE_UNIT = "个"
# Every count of any unit, found in one scan per sentence. The text between a number and its
# unit holds no unit character, so the matches of one unit are exactly those COUNT (or a
# pattern with the other units) finds alone: filtering this scan by unit gives the same list.
_ANY_COUNT = _count_pattern(f"{COUNT_UNIT}|{'|'.join(CASE_UNITS)}|{PIECE_UNIT}")
# What every count holds: a unit right after (spaces aside) a number's last character, its
# multiplier or an approximation word (余/多/以上/左右). Cheap to search, unlike _ANY_COUNT,
# which is tried at every position.
_NUMBER_ENDS = rf"\d{CN_DIGITS}{CN_UNITS}{''.join(w[-1] for w in APPROX_AFTER)}"
_UNIT_AFTER_NUMBER = re.compile(rf"[{_NUMBER_ENDS}]\s*[条篇件份{''.join(CASE_UNITS)}{PIECE_UNIT}]")
_SHARE = re.compile(r"^\s*[，,]?\s*(?:[（(]|(?:所?占(?:比例?|比重)?|比例)(?:为|达)?)\s*(?P<pct>\d+(?:\.\d+)?)\s*%")
_YEAR_SPAN = re.compile(r"(\d{4})\s*年?\s*(?:至|到|—|－|-|~)\s*(\d{4})\s*年")
# 自2008年《条例》实施以来: since an earlier year, whatever lies between; 自2014年起 / 从2010年度起
# says the same (a month after the year, 自2019年3月起, is a start inside that year)
_SINCE_YEAR = re.compile(r"(\d{4})\s*年[^，,；;。\d]{0,20}以来|(?<=[自从])(\d{4})\s*年度?起")
_CLAUSE_END = re.compile(r"[，,；;。]")
_PERIOD_WORDS = re.compile(r"历年|累计|以来|至今|迄今|为止|目前|全年|本年|今年|年度|\d{4}\s*年")
_CUMULATIVE_WORDS = re.compile(r"历年|成立以来|建站以来|开通以来|总计累计")
# The year's own total, whatever else the clause says (全年累计 / 年内累计 / 本年累计 / 今年以来).
_CURRENT_YEAR_WORDS = re.compile(r"全年|本年|今年|年内|当年|年初")
# A running total up to now (目前为止累计 / 截至目前累计 / 迄今累计 / 以来累计): cumulative unless
# the clause ties it to the report year.
_UP_TO_NOW = re.compile(r"目前为止|截[至止]目前|到目前|迄今|至今|以来")
# 累计公开28456条，其中2013年新增6218条: a running total whose part is the year's additions.
_YEARS_ADDITIONS_AFTER = re.compile(r"[，,]\s*其中\s*(?:\d{4}\s*年度?|本年度?|今年|当年)?\s*新增")


@dataclass(slots=True)
class Lines:
    """Where the lines of a paragraph start: line k begins at paragraph index `starts[k]` and at
    document offset `offsets[k]` (a line is contiguous in the document; one entry a line
    instead of one a character)."""

    starts: list[int]
    offsets: list[int]

    def offset(self, j: int) -> int:
        """Document offset of paragraph index j."""
        if len(self.starts) == 1:       # most paragraphs are one line
            return self.offsets[0] + j
        k = bisect_right(self.starts, j) - 1
        return self.offsets[k] + j - self.starts[k]


@dataclass(slots=True, eq=False)
class Sentence:
    """A prose sentence. PDF text wraps lines inside sentences, so a sentence may join several
    lines: `text[i]` is character `base + i` of its paragraph, whose offset in Document.text
    `lines` maps (one Lines per paragraph, shared by its sentences), and `raw` is `text` in the
    document's own characters (Document.raw_text, same offsets)."""

    text: str
    raw: str
    lines: Lines
    base: int
    counts: tuple[re.Match, ...]        # every count of the sentence, of any unit
    # the dated foundings the whole document tells of, (year, body founded): see period_of
    founded: tuple[tuple[int, str], ...] = ()
    _disclosure: list[re.Match] | None = field(default=None, init=False, repr=False)

    @property
    def disclosure_counts(self) -> list[re.Match]:
        """The counts in COUNT units (条/篇/件/份), as COUNT.finditer(text) finds them."""
        if self._disclosure is None:     # every fact of the sentence asks again
            self._disclosure = [m for m in self.counts if m["unit"] not in _OTHER_UNITS]
        return self._disclosure

    @property
    def start(self) -> int:
        return self.lines.offset(self.base)

    def doc_offset(self, i: int) -> int:
        """Document offset of sentence index i (i == len(text) maps just past the last char)."""
        n = len(self.text)
        return self.lines.offset(self.base + i) if i < n else \
            self.lines.offset(self.base + n - 1) + 1

    def evidence(self, i: int) -> str:
        """The clause around sentence index i: the piece between ； separators."""
        text = self.text
        left = max(text.rfind("；", 0, i), text.rfind(";", 0, i)) + 1
        right, ascii_right = text.find("；", i), text.find(";", i)
        if right < 0 or 0 <= ascii_right < right:
            right = ascii_right if ascii_right >= 0 else len(text)
        return self.raw[left:right].strip()


_OTHER_UNITS = (*CASE_UNITS, PIECE_UNIT)


def may_hold_count(text: str) -> bool:
    """False when `text` cannot hold a count: no unit right after a number."""
    return bool(_UNIT_AFTER_NUMBER.search(text))


# A count in Chinese numerals closes its phrase (公开信息十五条，/ 申请二十三件均已答复); one
# that runs on into a noun is an idiom or a list of rules (一条龙, 一件事, 七条措施, 两条腿). A
# place or a means may follow the count (其中六十八条在/同时报送/通过县政府网站发布, 一件在办理期限内),
# or a request's outcome (另一件所申请信息不存在, 一件因涉及隐私不予公开, 一件同意公开).
_AFTER_CHINESE_COUNT = re.compile(
    r"$|[\s，,。；;、：:（(）)！？!?]|次|信息|政府|政务|文章|稿件|(?:公开)?申请|其中|均|已|全部|予以|都|分别|行政"
    r"|在|同时|通过|报送|所|因|同意")


# 在专栏公布信息112。: a count of items told by its verb and 信息, its unit left out, closing its
# clause (no year, no 号 or % after it); its unit is the empty string.
_BARE_COUNT = re.compile(r"(?<=(?:公开|发布|公布|推送|更新)信息)(?P<before>)(?!(?:19|20)\d\d(?!\d))"
                         r"(?P<num>[1-9]\d{0,5})(?P<mult>)(?P<after>)(?P<unit>)(?=\s*(?:[。；;]|$))")


def _counts(text: str) -> tuple[re.Match, ...]:
    bare = tuple(_BARE_COUNT.finditer(text)) if "信息" in text else ()
    if not _UNIT_AFTER_NUMBER.search(text):
        return bare
    found = tuple(m for m in _ANY_COUNT.finditer(text)
                  if m["num"][0].isdigit() or _AFTER_CHINESE_COUNT.match(text, m.end()))
    return tuple(sorted(found + bare, key=lambda m: m.start())) if bare else found


# 项 counts requests in some reports (收到依申请公开事项3项), but mostly powers, tasks and list
# entries (权责清单4650项): only the request rules read it, so it stays out of Sentence.counts.
_ITEM_COUNT = _count_pattern("项")


def item_counts(text: str) -> list[re.Match]:
    """The counts in 项 of `text`, on the same terms as the other units."""
    return [m for m in _ITEM_COUNT.finditer(text)
            if m["num"][0].isdigit() or _AFTER_CHINESE_COUNT.match(text, m.end())]


_LINE_END_PUNCT = "。！？!?；;：:"
LIST_ENTRY_CHARS = 20
# How far back a label is looked for: labels are short, and scanning from the sentence start
# for every count is quadratic in a long run-on line.
LABEL_WINDOW = 200
_ENDS_ON_COUNT = re.compile(r"\d\s*(?:余|多)?\s*(?:条|篇|件|份)$")
_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]\D|#"
                      r"|第[一二三四五六七八九十]+)")


def _paragraphs(doc: Document) -> Iterator[tuple[str, str, Lines]]:
    """Lines joined into paragraphs (wrapped PDF lines), table rows left out."""
    text, raw = doc.text, doc.raw_text
    same = raw == text        # most documents need no normalisation: no raw pieces to cut
    chars: list[str] = []     # the stripped lines of the paragraph so far
    raws: list[str] = []
    starts: list[int] = []    # the paragraph's Lines
    offsets: list[int] = []
    size = 0                  # characters in the paragraph so far
    offset = 0
    heading_open = False      # the paragraph so far is a short heading line: never join after it
    item_open = False         # the last line was a short list entry ('大营水村 87条')
    for line in text.split("\n"):
        line_start, offset = offset, offset + len(line) + 1
        if "\t" in line or not (stripped := line.strip()) or stripped[0] == "|":
            # a table row or a blank line
            if chars:
                yield _paragraph(chars, raws if not same else chars, starts, offsets)
                chars, raws, starts, offsets, size = [], [], [], [], 0
            heading_open = False
            continue
        heading = _HEADING.match(line)
        if heading or (heading_open and size <= 30) or item_open or (
                chars and chars[-1][-1] in _LINE_END_PUNCT):
            if chars:
                yield _paragraph(chars, raws if not same else chars, starts, offsets)
                chars, raws, starts, offsets, size = [], [], [], [], 0
        heading_open = bool(heading) and "。" not in line
        # A wrapped line runs to the page width; a short line ending on a count is an entry of
        # a list written one item a line, never continued by the next line.
        item_open = len(stripped) <= LIST_ENTRY_CHARS and bool(_ENDS_ON_COUNT.search(stripped))
        # (a line starting on its first non-space character starts where the line does)
        start = line_start if line[0] == stripped[0] else \
            line_start + len(line) - len(line.lstrip())
        chars.append(stripped)
        if not same:
            raws.append(raw[start:start + len(stripped)])
        starts.append(size)
        offsets.append(start)
        size += len(stripped)
    if chars:
        yield _paragraph(chars, raws if not same else chars, starts, offsets)


def _paragraph(chars: list[str], raws: list[str], starts: list[int],
               offsets: list[int]) -> tuple[str, str, Lines]:
    if len(chars) == 1:
        return chars[0], raws[0], Lines(starts, offsets)
    return "".join(chars), "".join(raws), Lines(starts, offsets)


_SENTENCE_MARK = re.compile(r"[。！？!?]")


def sentences(doc: Document) -> Iterator[Sentence]:
    """The prose sentences of a document; table rows (tab- or pipe-separated lines) and
    flattened statistics tables are left out. Each carries the document's dated foundings."""
    sents = list(_sentences(doc))
    founded = tuple((int(f["year"]), f["object"] or f.group()) for sent in sents if "年" in sent.text
                    for f in _FOUNDING_DATE.finditer(sent.text))
    for sent in sents:
        sent.founded = founded
    yield from sents


def _sentences(doc: Document) -> Iterator[Sentence]:
    for text, raw, lines in _paragraphs(doc):
        n = len(text)
        tables = "指标" in text or "计量" in text       # what _TABLE_START needs
        if n <= MAX_SENTENCE and not tables and not _SENTENCE_MARK.search(text, 0, n - 1):
            # most paragraphs are one sentence (a heading, a table row written with spaces)
            end = n - 1 if text[-1] in "。！？!?" else n
            piece = text[:end]
            if piece.strip():
                yield Sentence(piece, raw[:end], lines, 0, _counts(piece))
            continue
        # where each sentence ends: at its mark, or at the end of the paragraph
        ends = [m.start() for m in _SENTENCE_MARK.finditer(text)]
        if not ends or ends[-1] != n - 1:
            ends.append(n)
        start = 0
        for seg_end in ends:
            cut = _TABLE_START.search(text, start, seg_end) if tables else None
            end = cut.start() if cut else seg_end
            pieces = _bounded(text, start, end) if end - start > MAX_SENTENCE else ((start, end),)
            for a, b in pieces:
                piece = text[a:b]
                if piece.strip():
                    yield Sentence(piece, raw[a:b], lines, a, _counts(piece))
            start = seg_end + 1


# A run-on "sentence" longer than this (a crawler page with no 。, a hostile file) is cut at
# clause marks into pieces of at most this size: the per-sentence rules look back and forth
# over the sentence, so their cost must not grow with the square of a whole page.
MAX_SENTENCE = 2000


def _bounded(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = max(text.rfind(mark, start + MAX_SENTENCE // 2, limit) for mark in "；;，,、 ")
        cut = cut + 1 if cut > start else limit
        yield start, cut
        start = cut
    yield start, end


def count_value(m: re.Match) -> float | None:
    """The value of a count match (3.2万余条 -> 32000; 余 makes it approximate, see make_fact)."""
    return read_number(m["num"], m["mult"])


def share_after(text: str, end: int) -> float | None:
    """A share stated right after a count: ，占71.3% / 占比43% / 所占比例为30% / （47.36%）."""
    m = _SHARE.match(text[end:end + 16])
    return float(m["pct"]) if m else None


_COUNTED_ASIDE = re.compile(r"[（(][^（()）]*\d")


def period_of(sentence: str, meta: Metadata, pos: int | None = None,
              counts: Iterable[re.Match] | None = None,
              founded: Iterable[tuple[int, str]] = ()) -> str:
    """累计 over a span of several years (or 历年, or since an earlier year) is cumulative; 累计
    from January of the report year to date (2014年1月至今累计) is the annual figure.

    With `pos` (a count's position) the words of that count decide: those from the previous
    count to the end of its clause (全年公开64条，历年累计公开397条 gives annual, then
    cumulative); a count without period words of its own (…256条，其中网站发布111条) takes the
    period of the sentence so far. `counts`: the sentence's COUNT matches, when already found.
    A running count since a start inside the report year is annual (_since_own_start;
    `founded`: the document's dated foundings, Sentence.founded)."""
    whole = sentence
    if pos is not None:
        if counts is None:
            counts = COUNT.finditer(sentence, 0, pos)
        ends = [0]            # where the counts before `pos` end, the sentence start first
        for c in counts:
            if ends[-1] < (c_end := c.end()) <= pos:
                ends.append(c_end)
        prev_end = ends[-1]   # where the last count before `pos` ends
        clause = _CLAUSE_END.search(sentence, pos)
        end = clause.start() if clause else len(sentence)
        # (受理申请2件（历年累计受理9件）: an aside in brackets with a count of its own tells
        # that count's period, not this one's)
        aside = _COUNTED_ASIDE.search(sentence, pos, end)
        end = aside.start() if aside else end
        segment = sentence[prev_end:end]
        if "累计" in segment and _YEARS_ADDITIONS_AFTER.match(sentence, end):
            return "cumulative"
        if _PERIOD_WORDS.search(segment):
            sentence = segment
        else:
            # the period of the nearest count before told with period words of its own: a list
            # after 累计…612条，其中2012年新增147条 is the year's, after 累计…612条 alone cumulative
            sentence = sentence[:end]
            for lo, hi in zip(reversed(ends[:-1]), reversed(ends[1:])):
                told = _CLAUSE_END.search(sentence, hi)
                if _PERIOD_WORDS.search(sentence, lo, told.start() if told else hi):
                    sentence = sentence[lo:]
                    break
    if "年" not in sentence and "累计" not in sentence and "以来" not in sentence:
        return "annual"       # every other reading needs one of these words (a range needs 年)
    period = _period_of_words(sentence, meta.report_year)
    if period == "cumulative" and _since_own_start(whole[:pos] if pos is not None else whole, meta, founded):
        return "annual"
    return period


def _since_own_start(before: str, meta: Metadata, founded: Iterable[tuple[int, str]]) -> bool:
    """The count after `before` runs since a start inside the report year (see _SINCE_PHRASE):
    the last 以来 before it names that year, a month of it, or a founding the report tells of in
    it (the statistics period starting with the body, or a dated founding of the same body:
    `founded`, the document's (year, body) foundings)."""
    phrases = list(_SINCE_PHRASE.finditer(before))
    if not phrases or _SEVERAL_YEARS.search(before):
        return False
    phrase = phrases[-1].group()
    year = meta.report_year
    stated = _SINCE_YEAR_OF.search(phrase)
    if stated:
        digits = stated.group(1)
        return year is not None and int(digits if digits.isdigit() else chinese_to_number(digits)) == year
    if _MONTH.search(phrase) or (year == 2008 and _REGULATIONS_SINCE.search(phrase)):
        return True
    founding = _FOUNDED.search(phrase)
    if not founding:
        return False
    start = meta.period_start or ""
    if year and start.startswith(f"{year}-") and start != f"{year}-01-01":
        return True
    body = re.sub(r"^(?:自|从)?(?:我|本|该|新)?", "", phrase[:founding.start()]).strip()
    return bool(body) and any(body in told for when, told in founded if when == year)


@lru_cache(maxsize=4096)
def _period_of_words(sentence: str, report_year: int | None) -> str:
    """The period the words give, first rule that applies: a date range of its own
    (2019年1月1日至12月31日); a span of years (2014年至2017年); 历年 / 成立以来 words; since a
    year (2008年以来: cumulative when earlier than the report year, annual when it is that
    year); the year's own words (全年累计, 本年, 今年以来); 累计 up to now (目前为止累计, 迄今,
    《条例》实施以来累计); else annual."""
    if stated := stated_period(sentence, report_year):
        return stated
    span = _YEAR_SPAN.search(sentence)
    if span and span.group(1) != span.group(2):
        return "cumulative"
    if _CUMULATIVE_WORDS.search(sentence):
        return "cumulative"
    year = re.search(r"(\d{4})\s*年\s*(\d{1,2})?\s*月?\s*(?:以来|至今)", sentence) or \
        _SINCE_YEAR.search(sentence)
    if year and report_year:
        return "cumulative" if int(year.group(1) or year.group(2)) < report_year else "annual"
    if _CURRENT_YEAR_WORDS.search(sentence):
        return "annual"
    if "累计" in sentence and _UP_TO_NOW.search(sentence):
        return "cumulative"
    if "累计" in sentence and _FROM_REGULATIONS_TO.search(sentence):
        # (told in a 2008 report, that is the report year's own count)
        return "cumulative" if report_year is None or report_year > 2008 else "annual"
    return "annual"


def make_fact(sent: Sentence, m: re.Match | None, measure: str, key: str, value: float,
              unit: str, label: str, extractor: str, meta: Metadata, *,
              span: tuple[int, int] | None = None) -> Fact:
    """A prose fact; `m` is the count match (offsets relative to the sentence) or None for a
    stated zero, whose span is then the words that state it."""
    if m is not None:
        start, end = m.start("num"), m.end("mult") if m["mult"] else m.end("num")
        approx = bool(m["before"] or m["after"])
        share = share_after(sent.text, m.end())
    else:
        start, end = span if span else (0, 0)
        approx, share = False, None
    return Fact(
        measure=measure, key=key, value=value, unit=unit,
        period=period_of(sent.text, meta, start, sent.disclosure_counts, sent.founded),
        label_raw=label, is_approx=approx, char_start=sent.doc_offset(start),
        char_end=sent.doc_offset(end - 1) + 1 if end > start else sent.doc_offset(start),
        evidence=sent.evidence(start),
        source_frame="free_text", extractor=extractor, share=share)
