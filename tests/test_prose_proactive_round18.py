"""Round 18: proactive prose families (录入 as a disclosure verb, places' counts paired by 分别
after where they were posted, a template-era weak total whose channels told after it add up to
it); each family in wordings of our own, with the exact facts expected and traps."""
from __future__ import annotations

import pytest
from snippets import ch, total, triples


def _town(text: str, year: int = 2020, template: str = "free_text") -> set:
    return triples(text, agency="某某镇人民政府", year=year, template=template)


def _sub(name: str, value: float) -> tuple[str, str, float]:
    return ("proactive.subunit", name, value)


# --- 录入 (entered into a platform) is the act of disclosing ----------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年依托市政府信息公开平台镇级专栏录入政府信息88条。", {total(88), ch("ch_platform", 88)}),
    ("本年度通过区政府信息公开平台录入政府信息120条。", {total(120), ch("ch_platform", 120)}),
    ("全年在县政府信息公开平台录入主动公开政府信息64条。", {total(64), ch("ch_platform", 64)}),
])
def test_entered_into_platform(text, expected):
    assert _town(text, year=2019) == expected


# --- places' counts paired by 分别, after where and what was posted ------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全镇12个村中，东岭村、西岭村分别在村务公开栏公开村级事务40条和31条。",
     {_sub("东岭村", 40), _sub("西岭村", 31)}),
    ("南湾村、北湾村分别通过村务公开栏公示各类事项25条、19条。",
     {_sub("南湾村", 25), _sub("北湾村", 19)}),
    ("上庄村、中庄村、下庄村分别在公开栏张贴村务信息12条、10条和8条。",
     {_sub("上庄村", 12), _sub("中庄村", 10), _sub("下庄村", 8)}),
    # neighbour: channels paired by 分别 stay channels
    ("开通政务微博和微信公众号，分别发布信息300条和150条。",
     {ch("ch_weibo", 300), ch("ch_wechat", 150)}),
])
def test_places_paired_after_where(text, expected):
    assert _town(text) == expected


# --- a weak total in a template-era report whose channels told after it add up to it ----------

@pytest.mark.parametrize("text, expected_total", [
    ("全年在区门户网站、微信公众号及抖音号等平台共发布信息1500条。按科室统计，办公室发布800条，"
     "其余科室发布700条。其中网站发布1000条，微信公众号推送300条，抖音号发布视频200条。", 1500),
    ("全年通过门户网站、政务微博等渠道共发布各类信息900条。网站发布600条，政务微博发布300条。", 900),
    ("全年依托网站、公众号、公开栏等平台共发布各类信息410条。其中网站发布200条，公众号推送150条，"
     "公开栏张贴60条。", 410),
    # trap: the channels do not add up to it, no total
    ("全年通过门户网站、政务微博等渠道共发布各类信息900条。网站发布500条，政务微博发布300条。", None),
])
def test_weak_total_channels_add_up(text, expected_total):
    totals = {t for t in _town(text, year=2022, template="template_2021") if t[0] == "proactive"}
    assert totals == ({total(expected_total)} if expected_total is not None else set())


# --- categories named by a resource licence, a village's 三资, firms' environmental disclosure,
# an emergency bureau's whole mandate ----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息90条，其中探矿权审批信息12条。", {total(90), ("proactive.category", "cat_service", 12)}),
    ("全年主动公开政府信息90条，其中农村集体“三资”管理信息30条。",
     {total(90), ("proactive.category", "cat_grassroots", 30)}),
    ("全年主动公开政府信息90条，其中重点企业环境信息依法披露20条。",
     {total(90), ("proactive.category", "cat_supervision", 20)}),
    ("全年主动公开政府信息90条，其中安全生产和应急管理类信息15条、安全生产信息9条。",
     {total(90), ("proactive.category", "cat_emergency", 15), ("proactive.category", "cat_supervision", 9)}),
])
def test_categories_round18(text, expected):
    assert _town(text) == expected
