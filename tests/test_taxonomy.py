"""Category and channel lookup (domain notes §5) and the domain vocabulary as data: every key
once, every word naming one key, every outcome key the code uses present and the contract's."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import ogi
import pytest
import yaml
from ogi import taxonomy
from ogi.charts import OUTCOME_GROUPS
from ogi.extract.stats_table import ROW_RULES
from ogi.layout import E2, E3, t3_outcome_rows
from ogi.paths import ROOT


@pytest.mark.parametrize("label, expected", [
    ("机构设置类信息", "cat_org"),
    ("领导分工", "cat_leader"),
    ("概况类信息更新量", "cat_overview"),
    ("政务动态信息数", "cat_news"),
    ("政策、规范性文件类信息", "cat_policy"),             # compound, both parts agree
    ("重大建设项目、为民办实事类信息", "cat_project"),
    ("安全生产、应急管理类信息", "cat_supervision"),      # compound, first part decides
    ("国土资源城乡建设环保能源类信息", "cat_land"),       # unseparated compound
    ("“三公”经费", "cat_fiscal"),                          # quotes ignored
    ("行政规范性文件", "cat_policy"),                      # longest synonym, not 规章/文件
    ("政策解读", "cat_interpret"),                         # longest synonym, not 政策
    ("市政府其他文件", "cat_policy"),
    ("其他应主动公开的政府信息", "cat_other"),
    ("法律、法规、规章和国家有关规定应当主动公开的其他政府信息", "cat_other"),  # head decides
    ("扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况类", "cat_welfare"),
    ("政务信息", "cat_unspecified"),
    ("海洋渔业", None),
    ("", None),
])
def test_category_lookup(label, expected):
    assert taxonomy.category_id(label) == expected


@pytest.mark.parametrize("label, expected", [
    ("政府门户网站", "ch_website"),
    ("在“政府信息公开”专栏", "ch_website"),
    ("在统一平台", "ch_platform"),
    ("《某市人民政府公报》", "ch_gazette"),
    ("微信公众号", "ch_wechat"),
    ("政务信息公开栏", "ch_board"),                        # a board, not the 政务信息 category
    ("电子显示屏", "ch_screen"),
    ("其他方式", "ch_other"),
    ("县档案馆", "ch_venue"),
    ("专题专栏", None),
])
def test_channel_lookup(label, expected):
    assert taxonomy.channel_id(label) == expected


@pytest.mark.parametrize("label, expected", [
    ("当面申请数", "req_in_person"), ("电子邮件申请数", "req_online"), ("通过网络", "req_online"),
    ("信函", "req_letter"), ("传真申请数", "req_fax"), ("其它形式申请数", "req_other"),
])
def test_request_channel_lookup(label, expected):
    assert taxonomy.request_channel_id(label) == expected


def test_every_domain_id_has_labels_in_both_languages():
    cats = taxonomy.entries("categories")
    chans = taxonomy.entries("channels")
    assert {"cat_org", "cat_news", "cat_other", "cat_unspecified", "cat_grassroots"} <= set(cats)
    assert {"ch_website", "ch_platform", "ch_gazette", "ch_weibo", "ch_wechat", "ch_board",
            "ch_other"} <= set(chans)
    for key in cats:
        assert taxonomy.category_label(key, "zh") and taxonomy.category_label(key, "en")
    assert taxonomy.category_label("cat_news", "en") == "Work news / updates"
    assert taxonomy.channel_label("ch_board") == "公开栏"
    assert taxonomy.channel_label("ch_unknown") == "ch_unknown"


def test_synonyms_are_not_shared_between_ids():
    for group in ("categories", "channels", "request_channels"):
        owner: dict[str, str] = {}
        for entry in taxonomy.entries(group).values():
            for syn in entry.synonyms:
                assert owner.setdefault(syn, entry.id) == entry.id, (group, syn)


def test_match_offsets_refer_to_the_original_text():
    text = "在“政府信息公开”专栏发布"
    (m,) = taxonomy.find_all("channels", text)
    assert (m.id, text[m.start:m.end]) == ("ch_website", "政府信息公开”专栏")


# ------------------------------------------------------------------ the vocabulary as data
def _mapping_keys(filename: str, group: str | None = None) -> list[str]:
    """The keys of a YAML mapping as written, duplicates kept (yaml.safe_load keeps the last)."""
    node = yaml.compose((Path(ogi.__file__).parent / filename).read_text(encoding="utf-8"))
    if group is not None:
        node = next(value for key, value in node.value if key.value == group)
    return [key.value for key, _ in node.value]


def test_every_key_is_written_once():
    for filename, group in [("outcomes.yaml", None), ("taxonomy.yaml", None),
                            *(("taxonomy.yaml", g) for g in _mapping_keys("taxonomy.yaml"))]:
        keys = _mapping_keys(filename, group)
        assert len(keys) == len(set(keys)), (filename, group, [k for k in keys if keys.count(k) > 1])


def test_every_word_names_one_key():
    """A word an extractor searches for decides one key: no synonym, table-row word or template
    word is listed under two."""
    outcomes = taxonomy.outcomes().values()
    lists = {"outcome table-row words": [(w, o.key) for o in outcomes for w in o.table_rows],
             "outcome template words": [(w, o.key) for o in outcomes for w in o.template]}
    for group in ("channels", "request_channels"):
        lists[f"{group} table rows"] = [(w, e.id) for e in taxonomy.entries(group).values()
                                        for w in e.table_rows]
    for name, pairs in lists.items():
        owner: dict[str, str] = {}
        for word, key in pairs:
            assert word and owner.setdefault(word, key) == key, (name, word, owner[word], key)


def test_table_row_words_are_synonyms_of_their_channel():
    # a statistics-table row word names the channel the taxonomy lookup gives it
    for group in ("channels", "request_channels"):
        for entry in taxonomy.entries(group).values():
            for word in entry.table_rows:
                assert taxonomy.lookup(group, word) == entry.id, (group, word)


# An outcome key as code writes it: a group and its sub-key (deny.state_secret), or granted/partial.
_OUTCOME_KEY = re.compile(r"(?:granted|partial|(?:deny|unable|reject|other)\.[a-z_]+)")


def test_every_outcome_key_the_code_uses_is_in_the_data():
    """Layout, extractors, checks, charts and the synthetic reports name outcome keys the data
    has, and every outcome group a chart draws has a label in both languages."""
    known = taxonomy.outcomes()
    for version in (E2, E3):
        assert set(t3_outcome_rows(version)) <= set(known)
    assert {key for _, measure, key in ROW_RULES if measure == "requests.outcome"} <= set(known)
    for path in sorted(Path(ogi.__file__).parent.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and _OUTCOME_KEY.fullmatch(node.value):
                assert node.value in known, f"{path.name}: {node.value}"
    for group in OUTCOME_GROUPS:    # a group is labelled by its own entry or its subtotal's
        assert group in known or f"{group}.total" in known, group
    for outcome in known.values():
        assert outcome.zh and outcome.en, outcome.key


def test_outcome_words_follow_the_data_order():
    reasons = taxonomy.outcome_words("unable", template_rows_only=True)
    order = list(taxonomy.outcomes())
    assert [key for _, key in reasons] == sorted((key for _, key in reasons), key=order.index)
    assert {key for _, key in reasons} == {"unable.not_held", "unable.needs_creation", "unable.unclear"}
    assert ("不存在", "unable.not_exist") in taxonomy.outcome_words("unable")
    assert taxonomy.outcome_label("deny", "en") == "refused"
    assert taxonomy.outcome_label("granted") == "予以公开"
    assert taxonomy.outcome_label("no_such_key") == "no_such_key"


SHARED_DOCS = ROOT.parent / "shared" / "docs"


@pytest.mark.skipif(not (SHARED_DOCS / "facts-contract.md").exists(), reason="shared docs not available")
def test_outcome_keys_are_the_contracts():
    """The keys in outcomes.yaml are those the facts contract allows for requests.outcome (its
    explicit keys and its deny.* patterns) and include every key it or the template table (domain
    notes §2.3) names."""
    contract = (SHARED_DOCS / "facts-contract.md").read_text(encoding="utf-8")
    rows = [line.split("|")[2] for line in contract.splitlines()
            if line.startswith("| `requests.outcome`")]
    named = {k for row in rows for k in re.findall(r"`([a-z_.*]+)`", row)}
    domain = (SHARED_DOCS / "domain.md").read_text(encoding="utf-8")
    template_keys = set(re.findall(r"`res\.([a-z_.]+)`", domain))
    explicit = {k for k in named if not k.endswith(".*")} | template_keys
    patterns = [re.compile(re.escape(k[:-1]) + r"[a-z_]+") for k in named if k.endswith(".*")]
    assert rows and patterns and template_keys
    keys = set(taxonomy.outcomes())
    assert explicit <= keys, explicit - keys
    assert {k for k in keys if k not in explicit and not any(p.fullmatch(k) for p in patterns)} == set()
