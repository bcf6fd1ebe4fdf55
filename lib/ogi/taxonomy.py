"""The domain vocabulary as data: category and channel taxonomies (domain notes §5) and the
outcomes of requests (§2.3), with their ids, labels and the words that name them.

The vocabulary lives in taxonomy.yaml and outcomes.yaml so it can grow without code changes;
extractors, checks and charts read it only through this module. Outcomes are a file of their
own because they are not looked up like the taxonomies: they are the fixed keys of table 三,
whose words each extractor searches in its own order of precedence (`outcome_words`), and
their Chinese label is a display label (总计), not a word to search for.

Taxonomy lookup rules:
- quotes and book-title marks are ignored, the suffixes 类/信息/数/更新量 are stripped;
- at each position the longest synonym wins, and the leftmost match decides: a compound label
  (政策、规范性文件; 国土资源城乡建设环保能源) is one fact with the id of its first recognisable
  part;
- a list of examples closed by 等 and a head (资金、低保等民生类) is the head's id when the head is
  recognisable;
- an explicit "other" head (…应当主动公开的其他政府信息) is `cat_other` whatever its modifiers name,
  and a licence (安全生产许可证) is `cat_service` whatever field it is for.
Unknown labels return None: callers keep the raw label so the taxonomy can grow.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

_QUOTES = re.compile(r"[“”\"'‘’《》〈〉「」『』]")
_SUFFIX = re.compile(r"(?:的)?(?:类|信息|数|更新量|数量|总数)+$")
# A licence named by its field (安全生产许可证, 施工许可证) is a licensing item, whatever the field.
_LICENCE_HEAD = re.compile(r"许可证$")
# 人民政府 holds 民政 (a welfare synonym): the body's name is never a topic; a website's
# “信息公开”栏目 is no 公开栏; 同时报送 holds no 时报 (a paper).
_NOT_A_WORD = re.compile(r"人民(?=政府)|栏(?=目)|(?<=同)时(?=报送)")
_OTHER_HEAD = re.compile(r"其[他它](?:应当?主动公开的?|应公开的?)?(?:政府|政务)?(?:信息|事项)?$")


@dataclass(frozen=True)
class Entry:
    id: str
    zh: str
    en: str
    synonyms: tuple[str, ...]
    # the words that name it in a row label of a 2014 statistics table (政府网站公开, 信函申请),
    # narrower than the synonyms: those tables' rows name many things beside channels
    table_rows: tuple[str, ...] = ()


@dataclass(frozen=True)
class Outcome:
    key: str
    zh: str
    en: str
    synonyms: tuple[str, ...]    # in a sentence or a statistics-table row, in search order
    table_words: tuple[str, ...]  # only in a statistics-table row label (更改补充)
    template: tuple[str, ...]    # in its row label of the template's table 三 (if it has a row)

    @property
    def table_rows(self) -> tuple[str, ...]:
        """Every word that names it in a row label of a 2014 statistics table."""
        return self.synonyms + self.table_words


@dataclass(frozen=True)
class Match:
    id: str
    synonym: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _load() -> dict[str, dict[str, Entry]]:
    text = resources.files("ogi").joinpath("taxonomy.yaml").read_text(encoding="utf-8")
    raw = yaml.safe_load(text)
    out: dict[str, dict[str, Entry]] = {}
    for group, entries in raw.items():
        out[group] = {
            key: Entry(key, e["zh"], e["en"], tuple(dict.fromkeys([e["zh"], *e.get("synonyms", [])])),
                       tuple(e.get("table_rows", ())))
            for key, e in entries.items()}
    return out


@lru_cache(maxsize=1)
def outcomes() -> dict[str, Outcome]:
    """Every `requests.outcome` key in the template's order, each group's keys of earlier
    reports (2008-2018 answers) after its template rows."""
    text = resources.files("ogi").joinpath("outcomes.yaml").read_text(encoding="utf-8")
    return {key: Outcome(key, e["zh"], e["en"], tuple(e.get("synonyms", ())), tuple(e.get("table_words", ())),
                         tuple(e.get("template", ())))
            for key, e in yaml.safe_load(text).items()}


def outcome_words(group: str, *, template_rows_only: bool = False) -> tuple[tuple[str, str], ...]:
    """(word, key) for the sub-keys of an outcome group (deny, unable, reject, other), in data
    order: the reasons a sentence may give for 不予公开, 无法提供 or 不予处理. With
    `template_rows_only`, only the sub-keys the template prints a row for."""
    return tuple((word, o.key) for o in outcomes().values()
                 if o.key.startswith(group + ".") and o.key != group + ".total"
                 and (o.template or not template_rows_only) for word in o.synonyms)


def outcome_label(key: str, lang: str = "zh") -> str:
    """Display label of an outcome key or group ('deny' is labelled by 'deny.total'); an
    unknown key is returned as is."""
    found = outcomes().get(key) or outcomes().get(f"{key}.total")
    if found is None:
        return key
    return found.zh if lang == "zh" else found.en


def alternation(words) -> str:
    """A regex matching any of `words` (taken literally), tried in the order given."""
    return "|".join(map(re.escape, words))


@lru_cache(maxsize=8)
def _pattern(group: str) -> tuple[re.Pattern, dict[str, str]]:
    """One alternation of every synonym of a group, longest first, and synonym -> id."""
    owner: dict[str, str] = {}
    for entry in _load()[group].values():
        for syn in entry.synonyms:
            owner.setdefault(_QUOTES.sub("", syn), entry.id)
    alts = sorted(owner, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, alts))), owner


def entries(group: str) -> dict[str, Entry]:
    """All entries of 'categories', 'channels', 'request_channels' or 'applicant_types'."""
    return _load()[group]


def clean_label(label: str) -> str:
    """The label as looked up: no quotes or spaces, trailing 类/信息/数/更新量 removed."""
    text = _QUOTES.sub("", re.sub(r"\s+", "", label))
    return _SUFFIX.sub("", text) or text


# Extractors look up the same few hundred labels and clauses over and over: both lookups are
# pure functions of their arguments, so they are cached.
@lru_cache(maxsize=4096)
def find_all(group: str, text: str) -> tuple[Match, ...]:
    """Every synonym of `group` in `text`, left to right, longest at each position."""
    pattern, owner = _pattern(group)
    # Quotes removed for matching (“政府信息公开”专栏), offsets mapped back to `text`.
    if _QUOTES.search(text):
        kept = [i for i, c in enumerate(text) if not _QUOTES.match(c)]
        text = "".join(text[i] for i in kept)
    else:
        kept = range(len(text))
    bare = _NOT_A_WORD.sub(lambda m: "\0" * len(m.group()), text)
    return tuple(Match(owner[m.group()], m.group(), kept[m.start()], kept[m.end() - 1] + 1)
                 for m in pattern.finditer(bare))


@lru_cache(maxsize=4096)
def lookup(group: str, label: str) -> str | None:
    """The id of a raw label in `group`, or None when no part of it is recognised."""
    text = clean_label(label)
    if not text:
        return None
    if group == "categories" and _OTHER_HEAD.search(text):
        return "cat_other"
    if group == "categories" and _LICENCE_HEAD.search(text):
        return "cat_service"
    # Umbrella words are themselves made of suffixes (政务信息): retry on the unstripped label,
    # where the word must open it (定点医药机构信息 names institutions, not 机构信息).
    if group == "categories" and (head := _head_after_examples(text)):
        return head
    found = find_all(group, text) or [
        m for m in find_all(group, _QUOTES.sub("", re.sub(r"\s+", "", label)))
        if m.start == 0]
    return found[0].id if found else None


def _head_after_examples(text: str) -> str | None:
    """资金、低保、特困供养等民生: examples listed with 、 then 等 and the head that names the kind."""
    cut = text.rfind("等")
    if cut < 0 or "、" not in text[:cut] or "、" in text[cut:]:
        return None
    found = find_all("categories", text[cut + 1:])
    return found[0].id if found else None


def category_id(label: str) -> str | None:
    return lookup("categories", label)


def channel_id(label: str) -> str | None:
    return lookup("channels", label)


def request_channel_id(label: str) -> str | None:
    return lookup("request_channels", label)


def _label(group: str, key: str, lang: str) -> str:
    entry = _load()[group].get(key)
    if entry is None:
        return key
    return entry.zh if lang == "zh" else entry.en


def category_label(key: str, lang: str = "zh") -> str:
    """Display label of a category id ('zh' or 'en'); an unknown id is returned as is."""
    return _label("categories", key, lang)


def channel_label(key: str, lang: str = "zh") -> str:
    """Display label of a channel id ('zh' or 'en'); an unknown id is returned as is."""
    return _label("channels", key, lang)
