"""Category and channel lookup (domain notes §5)."""
from __future__ import annotations

import pytest
from ogi import taxonomy


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
