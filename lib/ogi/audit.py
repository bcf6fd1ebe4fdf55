"""What the parser left behind: counts in disclosure sentences that no fact uses, and the
standard measures each report lacks (`ogi audit PROCESSED`).

A parsed corpus says what was read, never what was missed. The audit re-reads each report's
text and lists every number with a count unit (条/件/篇/份/个/次/项/起/宗, 3.2万余条, 十五条) in a
sentence about disclosure, requests, fees, reconsideration or lawsuits that
- no fact covers (no fact's character span overlaps the number), and
- no trap rule of the prose extractors sets aside (page views, consultations, proposals,
  meetings, ...: the extractors' own trap patterns, reused here, see `_trap`).
Each such item gets a family key built from the words in front of it: the last act verb, the
head of its object and the unit (`公开 …信息 条`, `— 〈类目〉 条`, `撤回 申请 件`), so a thousand
items read as a few dozen families, sorted by how many documents they touch.

The coverage table says, per report, for each standard measure whether a fact holds it
(`fact`), the text speaks of it but no fact holds it (`mentioned`: the likely gaps) or the
text does not speak of it at all (`absent`).

The text comes from the processed folder when the parse stored it (`texts.parquet`, the text
as read, which fact offsets count in), else from the input files named in reports.csv
(`source_file` under one of the `inputs` folders), read again with `ogi.read`; a file whose
bytes changed since the parse (its report id differs) is not audited, and says so.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import paths, taxonomy
from .extract import prose_counts, prose_requests, read_facts
from .extract.prose_text import COUNT_UNIT, PIECE_UNIT, Sentence, sentences
from .model import Document, Fact
from .normalise import normalise
from .numerals import APPROX_AFTER, APPROX_BEFORE, ARABIC, CN_DIGITS, CN_UNITS, NUMBER
from .read import ReadError, read_document

# ---------------------------------------------------------------- what is looked at
# Count units: the extractors' (条/篇/件/份), cases (起/宗) and the units no extractor reads
# as a disclosure count but a report may (个 accounts or videos, 次 times, 项 items).
_UNITS = rf"{COUNT_UNIT}|起|宗|个|次|项"
_BEFORE = "|".join(sorted(APPROX_BEFORE, key=len, reverse=True))
_AFTER = "|".join(APPROX_AFTER)
# Not glued to digits, a decimal point, letters, 第 (第二十条 is an article) or another numeral.
AUDIT_COUNT = re.compile(
    rf"(?<![\d.A-Za-z第{CN_DIGITS}{CN_UNITS}])(?P<before>{_BEFORE})?\s*{NUMBER.pattern}\s*"
    rf"(?P<after>{_AFTER})?\s*(?P<unit>{_UNITS})")
# A sentence about disclosure, requests, fees, reconsideration or lawsuits.
TOPIC = re.compile(r"公开|发布|公布|推送|推文|更新|刊登|刊发|上传|申请|答复|收费|处理费|复议|诉讼"
                   r"|政务信息|政府信息")
# 一个/一次/一项 is mostly the article 'a' (建立一个平台, 一次性告知); 一件事 / 一条龙 are set phrases.
_ARTICLE = re.compile(r"[一两](?:个|次|项)|一(?:件事|条龙|站式|次性)")
_SET_PHRASE_AFTER = re.compile(r"(?:事|龙|站|性|工作日|月|小时|百分点|季度|方面|环节|层级|维度|部分)")
# The template's counting rule (不同渠道公开相同信息计1条: one item on several channels counts
# once) states how to count, not a count.
_COUNTING_RULE = re.compile(r"(?:相同|同一)(?:条|项)?信息\s*(?:只|仅)?(?:计|算|按)\s*(?:1|一)\s*条$")
# A count inside a document's title (《…二十条措施》) names the document, not a volume.
_TITLE_OPEN, _TITLE_CLOSE = "《", "》"


def _in_title(text: str, pos: int) -> bool:
    return text.rfind(_TITLE_OPEN, 0, pos) > text.rfind(_TITLE_CLOSE, 0, pos)


# 个/次/项 in Chinese numerals are slogans and the report's own structure (四个结合, 六个部分),
# never a disclosure count.
_WORDY_UNITS = ("个", "次", "项")

# ---------------------------------------------------------------- labels and families
# A label runs back to the previous clause or list separator (at most LABEL_CHARS), the words
# after a count up to the next one.
_SEP = re.compile(r"[，,；;：:。、（()）]")
LABEL_CHARS = 60
# The verb of a family key: a disclosure verb (looser than prose_counts._VERB, which must not
# read 公开办 or 公开目录 as verbs; here the last verb wins, and a key only needs to be stable)
# or what is done to requests and cases.
# 依申请公开 names the kind of disclosure (a noun), not an act of disclosing.
_ACTS = re.compile(r"(?<!申请)(?:不予以|予以|同意|不予|部分|主动|依法|已|均已|共)?"
                   r"(?:公开|发布|公布|更新|推送|转发|刊登|刊发|上传|编发|张贴|播放|播出|推出|报送"
                   r"|收到|新收|受理|接收|接到|答复|回复|办结|办理|收取|提起|发生|撤回|告知|移交|转交"
                   r"|结转|转入|涉及|处理|制发|印发|清理|梳理|汇集|开通|运营|开设|注册|入驻|编制|征集)"
                   r"(?:了|出)?"
                   # a verb starting a noun (公开申请, 公开栏, 公开办 the office) is no verb
                   r"(?!申请|工作|栏|专栏|平台|网|目录|指南|年报|办(?![事理])|领域|属性|情况|制度|范围)")
# 主动 stays: 主动公开 states a total, a bare 公开 often one department's or one topic's count.
_VERB_MODIFIER = re.compile(r"^(?:依法|已|均已|共)+|(?:了|出)$")
_OBJECT_TAIL = re.compile(r"(?:的|共计|共|为|达|计|合计|总数|数量|数|量|约|近|超过|超|逾)+$")
# The object after a number ends where the sentence goes on (…申请已及时处理, …申请并答复).
_POST_CUT = re.compile(r"已|并|均|及时|按|依法|全部")
_OBJECT_LEAD = re.compile(r"^(?:的|至|到|在|于|了)+")
_TIME_WORDS = re.compile(r"\d{4}\s*年度?|\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|[本今全当上下]一?年度?")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
_GENERIC_INFO = re.compile(r"^(?:各类|相关)?(?:政府|政务)?信息$")


def family_key(label: str, post: str, unit: str) -> str:
    """`verb object-head unit`: the last act verb in the label, the head of what follows it
    and the unit, e.g. 公开卫生健康领域政府信息 条 -> '公开 …信息 条'."""
    verb, obj = _split_verb(label)
    if not obj:
        # 收到70件申请, 发布10条信息: the object follows the number
        after = _object(_POST_CUT.split(post, 1)[0])
        head = "→" + _head(after) if after else "·"
        return f"{verb or '—'} {head} {unit}"
    return f"{verb or '—'} {_head(obj)} {unit}"


def _split_verb(label: str) -> tuple[str, str]:
    acts = list(_ACTS.finditer(label))
    found = acts[-1] if acts else None   # the last act verb before the number
    if found is None:
        return "", _object(label)
    verb = _VERB_MODIFIER.sub("", found.group()) or found.group()
    return verb, _object(label[found.end():])


def _object(words: str) -> str:
    words = _NOT_CJK.sub("", _TIME_WORDS.sub("", words))
    return _OBJECT_LEAD.sub("", _OBJECT_TAIL.sub("", words))


def _head(obj: str) -> str:
    if not obj:
        return "·"
    if obj.endswith("信息"):
        return "信息" if _GENERIC_INFO.match(obj) else "…信息"
    cat = taxonomy.category_id(obj)
    if cat and cat != "cat_unspecified":
        return "〈类目〉"
    if taxonomy.channel_id(obj):
        return "〈渠道〉"
    return obj[-2:]


def _unit_form(m: re.Match) -> str:
    """The unit as the family sees it: 万条, 余条, 条(汉字) tell number forms apart."""
    unit = re.sub(r"\s+", "", m["unit"])
    unit = "条" if unit.startswith("条") else unit
    marks = ("万" if m["mult"] else "") + ("余" if m["after"] else "")
    form = marks + unit
    if not m["num"][0].isdigit():
        form += "(汉字)"
    return form


def _label_start(text: str, pos: int) -> int:
    seps = [s.end() for s in _SEP.finditer(text, max(0, pos - LABEL_CHARS), pos)]
    return seps[-1] if seps else max(0, pos - LABEL_CHARS)


# ---------------------------------------------------------------- traps
# Words prose_counts._TRAP matches that belong to requests, reviews and lawsuits.
_REQUEST_WORDS = {"申请", "复议", "诉讼", "答复", "依申请", "不予公开", "受理", "办结", "审结",
                  "回复", "投诉", "举报"}
_REQUEST_SIDE = re.compile(r"申请|受理|办结|答复")
_OGI_WORDS = re.compile(r"公开|政府信息|政务信息")


def _trap(sentence: str, label: str, post: str) -> str | None:
    """The extractors' reason for setting a count aside, or None. Request, review and
    lawsuit words are traps only for the proactive reader (prose_counts._TRAP lists them so
    that it leaves them to prose_requests), so they are not traps here."""
    words = label + post
    if "建议" in words or "提案" in words:
        words = prose_counts._HANDLING_RESULTS.sub("", words)
    for m in prose_counts._TRAP.finditer(words):
        if m.group() not in _REQUEST_WORDS:
            return m.group()
    if (hit := prose_requests._SENTENCE_TRAP.search(sentence)) and not _OGI_WORDS.search(label):
        return hit.group()      # a sentence about proposals or petitions
    if _REQUEST_SIDE.search(label) and not prose_requests._OGI.search(sentence):
        return "not about information disclosure"
    if "申请" in label and (hit := prose_requests._NOT_A_REQUEST.search(label)):
        return hit.group()      # 依申请公开信息数: information classified, not requests
    hit = prose_counts._OTHER_ACTION.search(label)
    return hit.group() if hit else None


def _not_a_piece(label: str, unit: str) -> bool:
    """prose_counts reads N个 only as published videos or works (发布短视频20个); other N个
    count accounts, columns, fields or units (开通政务微博3个), never disclosed items."""
    return unit == PIECE_UNIT and not (
        prose_counts._last_verb(label) and prose_counts._PIECE_NOUN.search(label.strip()))


# ---------------------------------------------------------------- one document
@dataclass(slots=True)
class Item:
    report_id: str
    source_file: str
    char_start: int
    char_end: int
    number: str
    unit: str
    label: str
    post: str
    family: str
    sentence: str


@dataclass
class DocAudit:
    items: list[Item] = field(default_factory=list)
    n_counts: int = 0       # counts with a unit in topic sentences
    n_used: int = 0         # ... covered by a fact
    n_cells: int = 0        # numeric cells of tables about disclosure
    n_cells_used: int = 0   # ... covered by a fact
    traps: Counter = field(default_factory=Counter)
    trapped: list[Item] = field(default_factory=list)   # set aside, with the trap in `family`
    # measure -> the words of its first statement in the text
    mentions: dict[str, str] = field(default_factory=dict)


def audit_document(doc: Document, spans: Iterable[tuple[int, int]],
                   reread: bool = True) -> DocAudit:
    """The unused counts of one document; `spans` are its facts' (char_start, char_end).

    A count the extractors read but the merge dropped (a prose sentence repeating a table
    cell or an earlier sentence) is used too: with `reread` the extraction is run again,
    unmerged, and its spans count as used."""
    spans = list(spans)
    if reread:
        spans += [(f.char_start, f.char_end) for f in read_unmerged(doc)]
    covered = _Spans(spans)
    out = DocAudit()
    for sent in sentences(doc):
        text = sent.text
        if len(out.mentions) < len(_MENTIONS) and _STATES.search(text) \
                and not _CONTENTS.search(text):
            for measure, words in _MENTIONS:
                if measure not in out.mentions and (hit := words.search(text)):
                    out.mentions[measure] = _around(sent.raw, hit.start(), 30)
        if not TOPIC.search(text):
            continue
        prev_end = 0
        for m in AUDIT_COUNT.finditer(text):
            start, end = m.start(), m.end()
            label_from = max(_label_start(text, start), prev_end)
            prev_end = end
            if _in_title(text, start) or _ARTICLE.fullmatch(text, m.start("num"), end) or \
                    _SET_PHRASE_AFTER.match(text, end) or \
                    (m["unit"] in _WORDY_UNITS and not m["num"][0].isdigit()) or \
                    _COUNTING_RULE.search(text, max(0, end - 16), end):
                continue
            num_start = sent.doc_offset(m.start("num"))
            num_end = sent.doc_offset((m.end("mult") if m["mult"] else m.end("num")) - 1) + 1
            out.n_counts += 1
            if covered.overlaps(num_start, num_end):
                out.n_used += 1
                continue
            label = text[label_from:m.start()].strip()
            post_end = _SEP.search(text, end)
            post = text[end:post_end.start() if post_end else len(text)].strip()
            trap = "N个: accounts, columns, fields" if _not_a_piece(label, m["unit"]) \
                else _trap(text, label, post)
            unit = _unit_form(m)
            item = Item(doc.report_id, doc.source_file, num_start, num_end, m.group().strip(),
                        unit, label, post, family_key(label, post, unit),
                        _evidence(sent, m.start()))
            if trap:
                out.traps[trap] += 1
                item.family = f"trap: {trap}"
                out.trapped.append(item)
            else:
                out.items.append(item)
    _audit_tables(doc, covered, out)
    return out


# A table row: a line of tab-separated cells (structured readers) or a Markdown pipe row.
_TABLE_TOPIC = re.compile(r"公开|申请|复议|诉讼|收费|规章|规范性文件|许可|处罚|强制")
_CELL = re.compile(r"[^\t|]+")
_NUMERIC_CELL = re.compile(rf"[+-]?(?:{ARABIC})")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _tables(text: str) -> Iterator[list[tuple[int, str]]]:
    """Runs of consecutive table rows as (offset, line)."""
    rows: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        if "\t" in line or line.lstrip().startswith("|"):
            rows.append((offset, line))
        elif rows:
            yield rows
            rows = []
        offset += len(line) + 1
    if rows:
        yield rows


def _audit_tables(doc: Document, covered: _Spans, out: DocAudit) -> None:
    """Numeric cells of tables about disclosure that no fact covers: rows the template or
    statistics-table readers did not place (a label they do not know, a row that lost its
    label in a PDF conversion). Family: 表格 and the head of the row's label."""
    for rows in _tables(doc.text):
        if not any(_TABLE_TOPIC.search(line) for _, line in rows):
            continue
        for offset, line in rows:
            cells = [(c.start(), c.group()) for c in _CELL.finditer(line) if c.group().strip()]
            label = next((cell for _, cell in cells if _CJK.search(cell)), "")
            for k, (start, cell) in enumerate(cells):
                value = cell.strip()
                if not _NUMERIC_CELL.fullmatch(value):
                    continue
                if k == 0 and len(cells) > 1 and _CJK.search(cells[1][1]):
                    continue            # a row number (序号) before the label
                num_start = offset + start + cell.index(value)
                num_end = num_start + len(value)
                out.n_cells += 1
                if covered.overlaps(num_start, num_end):
                    out.n_cells_used += 1
                    continue
                head = _NOT_CJK.sub("", label)[-6:] or "(无标签)"
                raw = doc.raw_text[offset:offset + len(line)].strip()
                out.items.append(Item(
                    doc.report_id, doc.source_file, num_start, num_end, value, "表格",
                    label.strip(), "", f"表格 {head}", _cut(" ".join(raw.split()), 160)))


def read_unmerged(doc: Document) -> list[Fact]:
    """Every fact the extractors find, before `merge_repeated` drops the repeats."""
    return read_facts(doc)[1]


def _evidence(sent: Sentence, i: int) -> str:
    """The sentence, cut to about 140 characters around the count when longer."""
    raw = sent.raw
    if len(raw) <= 160:
        return raw.strip()
    lo = max(0, i - 80)
    return ("…" if lo else "") + raw[lo:i + 60].strip() + ("…" if i + 60 < len(raw) else "")


def _around(text: str, i: int, chars: int) -> str:
    """The words within `chars` of position i, marked … where cut."""
    lo, hi = max(0, i - chars), min(len(text), i + chars)
    return ("…" if lo else "") + " ".join(text[lo:hi].split()) + ("…" if hi < len(text) else "")


def _cut(text: str, chars: int) -> str:
    return text if len(text) <= chars else text[:chars] + "…"


class _Spans:
    """Fact spans of one document, for 'does any fact cover this number'."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        self.spans = sorted((a, max(b, a + 1)) for a, b in spans if a is not None and a >= 0)
        self.starts = [a for a, _ in self.spans]
        self.reach = []          # the furthest end among spans so far: overlap in one bisect
        far = -1
        for _, b in self.spans:
            far = max(far, b)
            self.reach.append(far)

    def overlaps(self, start: int, end: int) -> bool:
        from bisect import bisect_left
        i = bisect_left(self.starts, end) - 1     # the last span starting before `end`
        return i >= 0 and self.reach[i] > start


# ---------------------------------------------------------------- coverage
# (column, words of a sentence that states the measure, fact measures that hold it). A sentence
# states a measure when it holds these words and a count, an amount or a negation: a heading, a
# table of contents (本报告由…组成) or a page's chrome names topics without stating anything.
STANDARD_MEASURES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("proactive_total", r"主动公开", ("proactive",)),
    ("proactive_category", r"类信息|类\s*\d", ("proactive.category",)),
    ("proactive_channel", r"网站|微信|微博|公开栏|公报|新媒体|公众号", ("proactive.channel",)),
    ("requests_new", r"申请", ("requests.new",)),
    ("requests_outcome", r"答复|予以公开|同意公开|办结", ("requests.outcome",)),
    ("review", r"复议", ("review",)),
    ("litigation", r"诉讼", ("litigation", "litigation.direct", "litigation.after_review")),
    # 行政事业性收费 and 本年收费金额 (table 二), 收费通知 (a table-三 row) and 收费标准 (a kind of
    # information) are no statement about fees charged
    ("fees", r"(?<!事业性)(?<!事业性\s)收费(?!标准|项目|依据|清单|金额|通知)|收取|处理费", ("fees",)),
)
_MENTIONS = tuple((name, re.compile(words)) for name, words, _ in STANDARD_MEASURES)
_STATES = re.compile(r"\d|[未没无零]|[一二三四五六七八九十两]\s*[条件篇份个起宗项]")
_CONTENTS = re.compile(r"报告(?:全文)?由|报告包括|组成|链接|栏目[:：]")


def _has(facts: pd.DataFrame) -> set[str]:
    measures = set(facts["measure"])
    found = set()
    for name, _, held_by in STANDARD_MEASURES:
        if name == "proactive_total":
            total = facts[(facts["measure"] == "proactive") & (facts["key"] == "total")]
            if len(total):
                found.add(name)
        elif measures & set(held_by):
            found.add(name)
    return found


# ---------------------------------------------------------------- the corpus
ITEM_COLUMNS = ["report_id", "source_file", "family", "number", "unit", "label", "post",
                "char_start", "char_end", "sentence"]
FAMILY_COLUMNS = ["family", "docs", "items", "example", "example_source", "status", "reports"]


@dataclass
class AuditResult:
    items: pd.DataFrame
    families: pd.DataFrame
    coverage: pd.DataFrame
    n_counts: int = 0
    n_used: int = 0
    n_cells: int = 0
    n_cells_used: int = 0
    traps: Counter = field(default_factory=Counter)
    trapped: pd.DataFrame = field(default_factory=pd.DataFrame)
    unread: list[tuple[str, str]] = field(default_factory=list)   # (source_file, why)
    gone: list[str] = field(default_factory=list)   # families of an earlier table with no item now


class NoTexts(Exception):
    """Neither stored texts nor input folders: nothing to audit against."""


def audit(processed: str | Path, inputs: Iterable[str | Path] = ()) -> AuditResult:
    """Audit a processed folder against the input folders (or files) it was parsed from, or,
    without `inputs`, against the texts the parse stored (texts.parquet)."""
    from .load import load_facts, load_reports

    inputs = [paths.resolve(p) for p in inputs]
    processed = paths.resolve(processed)
    texts = {} if inputs else stored_texts(processed)
    if not inputs and texts is None:
        raise NoTexts(f"{processed} holds no texts.parquet: give the folder(s) that were parsed "
                      f"with --inputs, so the audit can read the texts again")

    reports = load_reports(processed)
    facts = load_facts(processed, columns=["report_id", "measure", "key", "char_start", "char_end"])
    by_report = {rid: group for rid, group in facts.groupby("report_id", sort=False)}
    empty = facts.iloc[0:0]
    items: list[Item] = []
    trapped: list[Item] = []
    coverage_rows = []
    result = AuditResult(pd.DataFrame(), pd.DataFrame(), pd.DataFrame())
    for row in reports.itertuples(index=False):
        doc_facts = by_report.get(row.report_id, empty)
        has = _has(doc_facts)
        doc, why = _document(row, inputs, texts)
        found = None
        if doc is None:
            result.unread.append((row.source_file, why))
        else:
            spans = zip(doc_facts["char_start"].astype("Int64").fillna(-1).tolist(),
                        doc_facts["char_end"].astype("Int64").fillna(-1).tolist())
            found = audit_document(doc, spans)
            items += found.items
            trapped += found.trapped
            result.n_counts += found.n_counts
            result.n_used += found.n_used
            result.n_cells += found.n_cells
            result.n_cells_used += found.n_cells_used
            result.traps += found.traps
        coverage_rows.append(_coverage_row(row, has, found, why))
    result.items = items_frame(items)
    result.trapped = items_frame(trapped)
    result.families = families(result.items)
    result.coverage = pd.DataFrame(coverage_rows)
    return result


def stored_texts(processed: str | Path) -> dict[str, str] | None:
    """report_id -> the text as read, from texts.parquet; None when the parse stored none."""
    path = Path(processed) / "texts.parquet"
    if not path.exists():
        return None
    table = pd.read_parquet(path, columns=["report_id", "text"])
    return dict(zip(table["report_id"], table["text"]))


def _document(row, inputs: list[Path], texts: dict[str, str]) -> tuple[Document | None, str]:
    if row.status == "failed":
        return None, "failed to parse"
    if not inputs:
        raw = texts.get(row.report_id)
        if raw is None:
            return None, "no stored text"
        return Document(row.source_file, row.report_id, row.format, normalise(raw), raw), ""
    for folder in inputs:
        path = folder / row.source_file if folder.is_dir() else folder
        if folder.is_file() and folder.name != row.source_file:
            continue
        if not path.is_file():
            continue
        try:
            doc = read_document(path, row.source_file)
        except ReadError as exc:
            return None, f"unreadable now: {exc}"
        if doc.report_id != row.report_id:
            return None, "source changed since the parse (report id differs)"
        return doc, ""
    return None, "source file not found under the inputs"


def _coverage_row(row, has: set[str], found: DocAudit | None, why: str) -> dict:
    out = {"report_id": row.report_id, "source_file": row.source_file,
           "agency": row.agency, "report_year": row.report_year, "template": row.template}
    lacks = []
    for name, _, _ in STANDARD_MEASURES:
        if name in has:
            state = "fact"
        elif found is None:
            state = "unknown"
        else:
            state = "mentioned" if name in found.mentions else "absent"
        out[name] = state
        if state != "fact":
            lacks.append(name if state != "mentioned" else f"{name} (mentioned)")
    out["lacks"] = "; ".join(lacks)
    out["mentioned_in"] = " | ".join(f"{name}: {found.mentions[name]}"
                                     for name, _, _ in STANDARD_MEASURES
                                     if out[name] == "mentioned")
    out["open_items"] = len(found.items) if found is not None else pd.NA
    out["audited"] = found is not None
    out["why_not"] = why
    return out


def items_frame(items: Iterable[Item]) -> pd.DataFrame:
    return pd.DataFrame([{c: getattr(i, c) for c in ITEM_COLUMNS} for i in items],
                        columns=ITEM_COLUMNS)


def families(items: pd.DataFrame) -> pd.DataFrame:
    """One row per family key: documents touched, items, one example; most documents first."""
    if items.empty:
        return pd.DataFrame(columns=FAMILY_COLUMNS)
    groups = items.groupby("family", sort=False)
    table = pd.DataFrame({"docs": groups["report_id"].nunique(), "items": groups.size()})
    first = groups.head(1).set_index("family")
    table["example"] = (first["label"] + first["number"] + first["post"].str.slice(0, 8)
                        ).reindex(table.index).str.replace("|", "/", regex=False)
    table["example_source"] = first["source_file"].reindex(table.index)
    table["reports"] = groups["source_file"].agg(lambda files: "; ".join(dict.fromkeys(files)))
    table["status"] = "open"
    table = table.reset_index().sort_values(["docs", "items", "family"],
                                            ascending=[False, False, True], kind="stable")
    return table[FAMILY_COLUMNS].reset_index(drop=True)


def previous_statuses(path: str | Path) -> dict[str, str]:
    """family -> status from an earlier family table: audit-families.csv (edited by hand) or a
    Markdown table whose rows start with the family in backticks (docs/audit-unlabelled.md)."""
    path = Path(path)
    if path.suffix == ".csv":
        table = pd.read_csv(path, dtype=str, keep_default_na=False)
        return dict(zip(table["family"], table["status"]))
    statuses = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if (m := _MARKDOWN_FAMILY_ROW.match(line)):
            statuses[m["family"]] = m["status"].strip()
    return statuses


_MARKDOWN_FAMILY_ROW = re.compile(r"^\|\s*`(?P<family>[^`]+)`\s*\|.*\|(?P<status>[^|]*)\|\s*$")


def carry_statuses(fam: pd.DataFrame, previous: dict[str, str]) -> list[str]:
    """Give each family its earlier status (an `explained` family stays explained); return the
    earlier families no item belongs to any more (fixed, or renamed by a key change)."""
    fam["status"] = [previous.get(name) or "open" for name in fam["family"]]
    present = set(fam["family"])
    return sorted(name for name in previous if name not in present)


def families_markdown(fam: pd.DataFrame, fragment_chars: int = 6) -> str:
    """The family table as Markdown, each example cut to a short fragment (the last few
    characters of its label and the number), for notes and docs."""
    lines = ["| family | docs | items | example | status |", "|---|---:|---:|---|---|"]
    for row in fam.itertuples(index=False):
        fragment = _short(row.example, fragment_chars)
        lines.append(f"| `{row.family}` | {row.docs} | {row.items} | 「{fragment}」 | {row.status} |")
    return "\n".join(lines) + "\n"


def _short(example: str, chars: int) -> str:
    """…政府信息3460条: the words just before the first number, the number and its unit."""
    m = AUDIT_COUNT.search(example)
    if not m:
        return example[:chars]
    head = example[max(0, m.start() - chars):m.start()].lstrip()
    return ("…" if m.start() > chars else "") + head + m.group().strip()


def write(result: AuditResult, out_dir: str | Path) -> list[Path]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, table in (("audit-items.csv", result.items), ("audit-families.csv", result.families),
                        ("audit-coverage.csv", result.coverage),
                        ("audit-traps.csv", result.trapped)):
        path = out_dir / name
        table.to_csv(path, index=False, encoding="utf-8")
        written.append(path)
    return written


def summary(result: AuditResult, top: int = 30) -> Iterator[str]:
    """The readable summary printed by `ogi audit`."""
    cov = result.coverage
    n_docs = len(cov)
    audited = int(cov["audited"].sum()) if n_docs else 0
    yield f"{n_docs} reports, {audited} audited against their text"
    for source, why in result.unread[:10]:
        yield f"  not audited: {source}: {why}"
    if len(result.unread) > 10:
        yield f"  ... and {len(result.unread) - 10} more not audited"
    n_trapped = sum(result.traps.values())
    n_cells_left = result.n_cells - result.n_cells_used
    yield (f"{result.n_counts} counts in disclosure sentences: {result.n_used} used by a fact, "
           f"{n_trapped} set aside by a trap, {len(result.items) - n_cells_left} left behind")
    yield (f"{result.n_cells} numbers in disclosure tables: {result.n_cells_used} used by a fact, "
           f"{n_cells_left} left behind")
    yield f"{len(result.items)} items left behind in {len(result.families)} families"
    if result.traps:
        common = ", ".join(f"{word} {n}" for word, n in result.traps.most_common(8))
        yield f"  traps: {common}"
    if not result.families.empty and top > 0:
        yield ""
        yield f"{'docs':>4} {'items':>5}  family  (example)"
        for fam in result.families.head(top).itertuples(index=False):
            yield f"{fam.docs:>4} {fam.items:>5}  {fam.family}  ({fam.example})"
        if len(result.families) > top:
            yield f"  ... {len(result.families) - top} more families in audit-families.csv"
    if result.gone:
        yield ""
        yield f"{len(result.gone)} families of the earlier table have no item now (fixed?): " + \
            ", ".join(result.gone)
    if audited:
        yield ""
        yield "standard measures per audited report: fact / mentioned but no fact / absent"
        done = cov[cov["audited"]]
        for name, _, _ in STANDARD_MEASURES:
            counts = done[name].value_counts()
            yield (f"  {name:<20} {counts.get('fact', 0):>4} {counts.get('mentioned', 0):>4} "
                   f"{counts.get('absent', 0):>4}")
