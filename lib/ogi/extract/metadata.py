"""Report metadata: agency, administrative level, report year, published date, template.

Where each comes from, in order of trust:
- title: the format's own title (HTML <title>, PDF metadata -> `Document.title_hint`), a crawler
  dump's '标题:' header line, else the first lines of the body that read like a report title
  ('…2019年度政府信息公开工作年度报告', also 信息公开年度报告 / 工作总结 / 年度工作报告);
- agency: the issuing body the title names, before or after the year; a bare jurisdiction
  (平潭综合实验区) is completed with the governing body the text names for it (…管委会);
- report_year: the title's year, else the statistics period (统计期限自2019年1月1日), else the
  year the body names most often;
- published: the signature date closing the report (Arabic or Chinese numerals, 元月), else the
  page date ('发布时间:' / '发布日期：' / `Document.published_hint`);
- period_start / period_end: the report's own statistics period, from the sentence that states
  it (统计期限 / 统计时限 / 统计时间 / 统计数据时间段 / 报告期 / 内容涵盖 …, then a date range
  …至…(止)); `report_period` turns it into the period of the report's counts: a period shorter
  than the report year makes them `partial_year` (a body set up or merged mid-year), one longer
  than a year `cumulative`, the full year (1月1日至12月31日) or no statement `annual`.
Doubts are flagged in `Metadata.flags`, never silently resolved.
"""
from __future__ import annotations

import re
from calendar import monthrange
from collections import Counter
from collections.abc import Iterator
from datetime import date
from difflib import SequenceMatcher

from ..model import FREE_TEXT, Document, Metadata
from ..numerals import CN_DIGIT_VALUE, chinese_to_number

_CN_DIGIT = "〇○零一二三四五六七八九"
_YEAR = rf"(?:19|20)\d{{2}}|[{_CN_DIGIT}]{{4}}"
# The report-name tail: 政府信息公开工作年度报告, 信息公开年度报告, 政务公开工作总结, 年度工作报告 …
_REPORT_NAME = r"(?:政府|政务)?(?:信息)?公开[^\s，。；：]{0,8}?(?:报告|总结|年报)"
TITLE_RE = re.compile(
    rf"(?P<pre>[^\s，。；：:]{{0,40}}?)\s*(?P<year>{_YEAR})\s*年度?\s*"
    rf"(?P<mid>[^\s，。；：:]{{0,30}}?)\s*{_REPORT_NAME}")
# The year after the report's name, in brackets: 某镇人民政府政府信息公开工作年度报告（2024年度）
# (an empty `mid` group keeps the match's groups those of TITLE_RE)
TITLE_YEAR_AFTER_RE = re.compile(
    rf"(?P<pre>[^\s，。；：:（(]{{2,40}}?)\s*{_REPORT_NAME}\s*[（(]\s*(?P<year>{_YEAR})\s*年度?\s*[)）](?P<mid>)")
BODY_NAMED_RE = re.compile(rf"(?<=[，,。；\s])(?:现|特|兹|今)(?:予以)?(?:公布|编制|发布|印发)"
                           rf"(?P<name>[^\s，。；：:\d]{{2,40}}?)\s*(?:{_YEAR})\s*年度?\s*{_REPORT_NAME}")
HEADER_RE = re.compile(r"^\s*(?P<field>标题|发布时间|发布日期)\s*[:：]\s*(?P<value>.+?)\s*$", re.M)
PAGE_DATE_RE = re.compile(r"(?:发布时间|发布日期|时间)\s*[:：]\s*(\d{4})-(\d{1,2})-(\d{1,2})")
ANY_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")

_CN_NUM = r"[〇○零一二两三四五六七八九十元正]{1,3}"
# The sentence stating the report's statistics period: a naming word, a few linking characters
# (为 / 自 / 从 / ：, never a digit), then a date range whose end may omit its year (…至12月31日)
# and whose days may be missing (2019年9月至12月). '统计期限自2014月1日' (year and month run
# together) states no date and gives no period.
# 起止 / 范围 may qualify the naming word (统计起止时间为…, 统计数据的时间范围为…).
_PERIOD_NAME = (r"统计(?:数据)?的?(?:起止)?(?:期限|时限|时间段?|时段|区间|周期|期间|日期|时间范围)"
                r"|数据(?:统计)?的?(?:期限|时限|时间段|时段|区间|时间范围|起止(?:时间|日期))"
                r"|报告期|内容涵盖")
# What may stand between a period's first day and its 至: a bracketed note (（我局挂牌成立）) or
# the event that opened it (《条例》施行之日 / 挂牌成立之日), never a date of its own.
_START_NOTE = r"(?:[（(][^（()）\d]{1,20}[)）])?\s*(?:[^。；;，,\d至到]{1,12}?之日)?"


def _month_day(n: int) -> str:
    return rf"(?P<m{n}>\d{{1,2}}|{_CN_NUM})\s*月\s*(?:(?P<d{n}>\d{{1,2}}|{_CN_NUM})\s*[日号])?"


_DATE_RANGE = (rf"(?P<y1>{_YEAR})\s*年\s*{_month_day(1)}\s*{_START_NOTE}\s*起?\s*[，,]?\s*(?:至|到|—+|-|~|～)\s*"
               rf"(?:(?P<y2>{_YEAR})\s*年)?\s*(?:{_month_day(2)}|(?P<year_end>(?<=年)[底末终]|年底|年末|年终|本年末|本年底))")
STATS_PERIOD_RE = re.compile(rf"(?:{_PERIOD_NAME})[^。；;\d{_CN_DIGIT}]{{0,12}}?{_DATE_RANGE}")
# A period stated by its first day alone, running to the report's end (现将我局2008年5月1日《条例》施行
# 以来的政府信息公开工作情况报告如下; 统计期限自2019年9月1日起): from that day to the end of its year.
_SINCE_DAY = (rf"(?P<y1>{_YEAR})\s*年\s*{_month_day(1)}[^。；;，,\d至到]{{0,12}}?(?:以来|起)"
              rf"(?!\s*[，,]?\s*(?:至|到|—|-|~|～))")
REPORT_SINCE_RE = re.compile(rf"(?:(?P<named>{_PERIOD_NAME})|现将|现就|现把)[^。；;\d{_CN_DIGIT}]{{0,12}}?{_SINCE_DAY}"
                             rf"(?(named)|[^。；;]{{0,30}}?报告)")
# A date range anywhere (a sentence's own period: 2013年1月1日至12月31日期间未收到申请); the
# lookahead (a year starts with 1, 2 or a Chinese digit) spares most positions.
DATE_RANGE_RE = re.compile(rf"(?=[12{_CN_DIGIT}]){_DATE_RANGE}")
# The lookahead (a date starts with a digit) fails most positions at once.
SIGNATURE_RE = re.compile(
    rf"(?=[\d{_CN_DIGIT}])(?P<y>\d{{4}}|[{_CN_DIGIT}]{{4}})\s*年\s*(?P<m>\d{{1,2}}|{_CN_NUM})\s*月\s*"
    rf"(?P<d>\d{{1,2}}|{_CN_NUM})\s*日(?=\s*(?:$|附|<|\n|\s))")

# A jurisdiction named without its governing body; the text usually names the body too.
BARE_JURISDICTION = re.compile(r"(?:省|自治区|市|县|区|旗|实验区|新区|开发区)$")
# Above this share of converted characters a report is a Traditional mirror of a Simplified one.
MIRRORED_SHARE = 0.02
GOVERNING_BODY = ("管理委员会", "管委会", "人民政府")
TOWNSHIP_RE = re.compile(r"(?:镇|乡|街道|街道办事处|片区管理局)(?:人民政府)?$")
# 行政公署: the government of a 盟 or 地区 (prefecture level)
GOVERNMENT_RE = re.compile(r"^(?P<place>.+?)(?:人民政府|政府|行政公署)(?:办公厅|办公室)?$")
PROVINCIAL_CITIES = ("北京市", "上海市", "天津市", "重庆市")
DEPARTMENT_RE = re.compile(r"(?:局|委员会|委|办公室|办|厅|中心|院|署|所|站|队|处|会)(?:（[^）]*）)?$")
# Self-descriptions that name the issuing body: its own guide or catalogue, its signature.
SELF_NAMED_RE = re.compile(
    r"《(?P<name>[^《》\d]{2,30}?(?:局|委员会|委|办公室|办|厅|中心|人民政府|管委会))"
    r"政府信息公开(?:指南|目录)")


BODY_NAMED_REACH = 1500


def extract_metadata(doc: Document) -> Metadata:
    text = doc.text
    head = text[:2000]
    # (most documents are no crawler dumps: a plain `in` test spares the line-by-line search)
    headers = {m["field"]: m["value"] for m in HEADER_RE.finditer(head)} \
        if "标题" in head or "发布" in head else {}
    title, match = _find_title(doc, headers)
    meta = Metadata(title=title)

    agency = ""
    if match:
        agency = _clean_agency(match["pre"] or match["mid"])
        meta.report_year = _year(match["year"])
    if agency and BARE_JURISDICTION.search(agency) and not TOWNSHIP_RE.search(agency):
        agency = _complete_jurisdiction(agency, text)
    if not agency:
        # A title without the issuing body ('2011年政府信息公开工作年度报告'): the signature names it.
        agency = signature_agency(text)
        if agency:
            meta.flags.append("agency_from_signature")
    if not agency and (named := BODY_NAMED_RE.search(text_after_header(text)[:BODY_NAMED_REACH])):
        # a title without its body, no signature: the opening sentence names the report's issuer
        agency = _clean_agency(named["name"])
        if agency:
            meta.flags.append("agency_from_body")
    if not agency:
        meta.flags.append("agency_not_found")
    meta.agency = _as_written(doc, agency)
    meta.admin_level = admin_level(agency) if agency else ""

    period = stats_period(text)
    if meta.report_year is None:
        # the statistics period names the report's year, else the year the body names most often
        meta.report_year = period[1].year if period else _year_from_body(text)
    if period:
        meta.period_start, meta.period_end = (d.isoformat() for d in period)
    if period and meta.report_year and not (period[0].year <= meta.report_year <= period[1].year):
        meta.flags.append(f"stats_period_outside_report_year: {meta.period_start}..{meta.period_end}")
    elif period and period[0].year != period[1].year:
        # every count becomes cumulative (`report_period`): rare enough to be worth a look
        meta.flags.append(f"stats_period_spans_years: {meta.period_start}..{meta.period_end}")

    page_date = _page_date(doc, headers)
    signed = signature_date(text)
    if signed and meta.report_year and signed.year <= meta.report_year:
        meta.flags.append(f"signature_date_before_year_end: {signed.isoformat()}")
        signed = None
    meta.published = signed.isoformat() if signed else page_date

    meta.flags.extend(other_agency_remnants(text, agency))
    return meta


def _as_written(doc: Document, name: str) -> str:
    """The agency's name in the document's own characters: Traditional -> Simplified matching
    turns a name's variant character into its common form (东昇街道 -> 东升街道), which names
    another place. A report mirrored into Traditional (many characters converted) keeps the
    Simplified name."""
    at = doc.text.find(name)
    written = doc.raw_text[at:at + len(name)] if at >= 0 and doc.raw_text else name
    if written == name:
        return name
    converted = sum(a != b for a, b in zip(doc.text, doc.raw_text) if a > "\u2e80")
    han = sum(c > "\u2e80" for c in doc.text)
    return written if converted <= MIRRORED_SHARE * han else name


def template_by_era(year: int | None) -> str:
    """The report format of a report whose own tables show none (prose only, or its tables lost
    by a crawler): the template in force in its year (domain notes §0: 2019–2020 the 60号
    template, 2021 on the 30号 one); before 2019 free text, as a statistics table is named only
    when one is found."""
    if year is None or year < 2019:
        return FREE_TEXT
    return "template_2019" if year < 2021 else "template_2021"


def _find_title(doc: Document, headers: dict[str, str]) -> tuple[str, re.Match | None]:
    """The title and its TITLE_RE match; the first source that reads like a report title wins."""
    for source in _title_sources(doc, headers):
        m = _title_search(source or "")
        if m:
            return m.group(0).strip(), m
    return (doc.title_hint or headers.get("标题", "")).strip(), None


def _title_sources(doc: Document, headers: dict[str, str]) -> Iterator[str]:
    """Where a title may be, in order of trust; lazily, as the first sources usually hold it."""
    yield doc.title_hint
    yield headers.get("标题", "")
    body = text_after_header(doc.text)
    lines = [ln.strip() for ln in body[:3000].splitlines() if ln.strip()][:12]
    # PDF and Markdown titles break over two lines ('淮安市人民政府' / '2024 年…年度报告').
    for i, line in enumerate(lines):
        yield line[:200]
        # ... unless the next line is a whole title naming its agency (a '来源：某局' line above it)
        if i + 1 < len(lines) and not _names_agency(lines[i + 1][:200]):
            yield line[:200] + lines[i + 1][:200]


def _title_search(text: str) -> re.Match | None:
    # TITLE_RE needs 年 and 公开: testing for them first spares the slow search on most lines
    if "公开" not in text or "年" not in text:
        return None
    return TITLE_RE.search(text) or TITLE_YEAR_AFTER_RE.search(text)


def _names_agency(line: str) -> bool:
    m = _title_search(line)
    return bool(m and _clean_agency(m["pre"] or m["mid"]))


def text_after_header(text: str) -> str:
    """The body of a crawler dump (after its '==== 正文 ====' line), else the whole text."""
    m = re.search(r"=+\s*正文\s*=+", text[:3000])
    return text[m.end():] if m else text


# '现公布某街道2019年…年度报告', '现编制某局2010年度…报告': the verb opens a sentence naming the report
PUBLISHING_VERB = r"(?:现|特|兹|今)(?:予以)?(?:公布|编制|发布|印发|形成)"


def _clean_agency(name: str) -> str:
    # '(某局)关于2013年度政府信息公开工作情况的报告': 关于 opens the report's name
    name = re.sub(rf"^(?:(?:正文|标题|附件\d*)[:：]?|关于|{PUBLISHING_VERB})|关于$", "", name.strip())
    return name.strip("“”\"《》 ")


def _complete_jurisdiction(place: str, text: str) -> str:
    """平潭综合实验区 -> 平潭综合实验区管委会 when the text names that body for the place."""
    counts = Counter(m.group(0) for m in re.finditer(
        re.escape(place) + "(?:" + "|".join(GOVERNING_BODY) + ")", text))
    return counts.most_common(1)[0][0] if counts else place


def admin_level(agency: str) -> str:
    """township / county / city / province / department / other, from the agency's name."""
    if TOWNSHIP_RE.search(agency):
        return "township"
    if agency.endswith(("管委会", "管理委员会")):
        return "city" if re.search(r"实验区|新区", agency) else "other"
    gov = GOVERNMENT_RE.match(agency)
    if gov:
        return _place_level(gov["place"])
    if DEPARTMENT_RE.search(agency):
        return "department"
    if BARE_JURISDICTION.search(agency):
        return _place_level(agency)
    return "other"


def _place_level(place: str) -> str:
    if place.endswith(("省", "自治区")) or place in PROVINCIAL_CITIES:
        return "province"
    if place.endswith(("县", "区", "旗", "县级市")):
        return "county"
    if place.endswith(("市", "州", "盟")):
        return "city"
    if place.endswith(("镇", "乡", "街道")):
        return "township"
    return "other"


def _year(token: str) -> int:
    """2014 or 二〇一四 (read digit by digit)."""
    if token.isdigit():
        return int(token)
    return int(chinese_to_number(token))


def _year_from_body(text: str) -> int | None:
    years = Counter(int(y) for y in ANY_YEAR_RE.findall(text[:5000]))
    return years.most_common(1)[0][0] if years else None


def stats_period(text: str) -> tuple[date, date] | None:
    """The first statistics period the text states, as (first day, last day); None when no
    statement gives a valid range."""
    for m in STATS_PERIOD_RE.finditer(text):
        if found := _date_range(m):
            return found
    if m := REPORT_SINCE_RE.search(text):
        try:
            y = _year(m["y1"])
            start = date(y, _small_cn(m["m1"]), _small_cn(m["d1"]) if m["d1"] else 1)
        except (ValueError, KeyError):
            return None
        return start, date(y, 12, 31)
    return None


def _date_range(m: re.Match) -> tuple[date, date] | None:
    """A DATE_RANGE match as dates: a missing start day is the 1st, a missing end day the
    month's last, a missing end year the start's year, 年底 / 年末 its 31 December; None when
    not a valid range."""
    try:
        y1 = _year(m["y1"])
        y2 = _year(m["y2"]) if m["y2"] else y1
        m1, m2 = _small_cn(m["m1"]), 12 if m["year_end"] else _small_cn(m["m2"])
        start = date(y1, m1, _small_cn(m["d1"]) if m["d1"] else 1)
        end = date(y2, m2, _small_cn(m["d2"]) if m["d2"] else monthrange(y2, m2)[1])
    except (ValueError, KeyError):
        return None
    return (start, end) if start <= end else None


def period_between(start: date, end: date, year: int) -> str | None:
    """What a count over start..end is for a report on `year`: `annual` (exactly that year),
    `partial_year` (less), `cumulative` (beyond it); None when the range misses the year."""
    if not start.year <= year <= end.year:
        return None
    first, last = date(year, 1, 1), date(year, 12, 31)
    if start < first or end > last:
        return "cumulative"
    return "annual" if (start, end) == (first, last) else "partial_year"


def report_period(meta: Metadata) -> str:
    """The period of a count that states none of its own: `partial_year` when the report's
    statistics period covers less than its year, `cumulative` when it spans more than the year,
    else `annual` (the full year, no statement, or a period outside the report year, which
    `extract_metadata` flags)."""
    if not (meta.period_start and meta.period_end and meta.report_year):
        return "annual"
    return period_between(date.fromisoformat(meta.period_start),
                          date.fromisoformat(meta.period_end), meta.report_year) or "annual"


def stated_period(text: str, year: int | None) -> str | None:
    """The period a piece of text gives itself with a date range of its own (2019年1月1日至
    12月31日: annual), or None when it states no range, or none touching the report year."""
    if not year or "月" not in text:
        return None
    for m in DATE_RANGE_RE.finditer(text):
        if found := _date_range(m):
            return period_between(*found, year)
    return None


def _page_date(doc: Document, headers: dict[str, str]) -> str:
    """The page's own date: reader hint, crawler header, else a '发布日期：' line in the page."""
    iso_date = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
    matches = [iso_date.search(source) for source in
               (doc.published_hint, headers.get("发布时间", ""), headers.get("发布日期", "")) if source]
    matches.append(PAGE_DATE_RE.search(doc.text[:3000]))
    for m in matches:
        if m:
            try:
                return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
            except ValueError:
                continue
    return ""


# 元月 and 正月 are January. Months and days are read leniently (三十〇 is 30), so not with
# chinese_to_number, which refuses what is not a well-formed numeral.
_CN_SMALL = CN_DIGIT_VALUE | {"元": 1, "正": 1}


def _small_cn(token: str) -> int:
    """Month and day numerals: 元 -> 1, 十 -> 10, 二十 -> 20, 三十一 -> 31, 12 -> 12."""
    if token.isdigit():
        return int(token)
    if "十" in token:
        tens, _, ones = token.partition("十")
        return (_CN_SMALL[tens] if tens else 1) * 10 + (_CN_SMALL[ones] if ones else 0)
    return _CN_SMALL[token] if len(token) == 1 else int("".join(str(_CN_SMALL[c]) for c in token))


def signature_date(text: str) -> date | None:
    """The last standalone date in the closing part of the text (the signature), if any."""
    tail_start = min(len(text) * 2 // 3, max(0, len(text) - 1500))
    found = None
    for m in SIGNATURE_RE.finditer(text, tail_start):
        try:
            found = date(_year(m["y"]), _small_cn(m["m"]), _small_cn(m["d"]))
        except (ValueError, KeyError):
            continue
    return found


_SIGNER_RE = re.compile(r"[^\s，。；：:、“”《》()（）\d]{2,30}$")


def signature_agency(text: str) -> str:
    """The body signing the report: the name right before the closing signature date, on the
    date's line ('金山市教育局 2015年3月10日') or on the line above it."""
    tail_start = min(len(text) * 2 // 3, max(0, len(text) - 1500))
    dates = list(SIGNATURE_RE.finditer(text, tail_start))
    if not dates:
        return ""
    before = text[tail_start:dates[-1].start()].rstrip()
    m = _SIGNER_RE.search(before)
    if not m:
        return ""
    name = _clean_agency(m.group(0))
    return name if admin_level(name) != "other" else ""


def other_agency_remnants(text: str, agency: str) -> list[str]:
    """Flags for self-descriptions naming another body (copied from another agency's report)."""
    if not agency:
        return []
    flags = []
    for m in SELF_NAMED_RE.finditer(text):
        name = m["name"]
        if name in agency or agency in name:
            continue
        # 人口与计划生育局 vs 人口和计划生育局: the same body written two ways.
        if SequenceMatcher(None, name, agency).ratio() >= 0.8:
            continue
        flag = f"other_agency_named: {name}"
        if flag not in flags:
            flags.append(flag)
    return flags
