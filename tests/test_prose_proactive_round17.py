"""Proactive-disclosure phrasings of the seventeenth session: each family in several wordings of our
own, with the exact set of facts expected, and neighbours that must not change."""
from __future__ import annotations

import pytest
from snippets import cat, ch, total, triples, with_periods


def _county(text: str, year: int = 2017) -> set:
    return triples(text, agency="某某县人民政府", year=year)


def _sub(key: str, value: float) -> tuple[str, str, float]:
    return ("proactive.subunit", key, value)


# --- A. a breakdown one item a line, each item after its ordinal （一）（二）… ---------------------

@pytest.mark.parametrize("text, expected", [
    ("全年共公开政府信息300条。按内容分：\n（一）工作动态类120条；\n（二）人事信息30条；\n（三）其他50条。\n",
     {total(300), cat("cat_news", 120), cat("cat_personnel", 30), cat("cat_other", 50)}),
    ("本年度主动公开信息210条。从公开内容看：\n（一）政策文件类60条；\n（二）财政预决算15条；\n",
     {total(210), cat("cat_policy", 60), cat("cat_fiscal", 15)}),
    ("全年主动公开政府信息90条，其中：\n（1）通知公告40条；\n（2）规划计划12条；\n",
     {total(90), cat("cat_notice", 40), cat("cat_plan", 12)}),
    # neighbour: a line with no count before it opens no list
    ("按内容分：\n（一）工作动态类120条；\n", set()),
])
def test_category_list_one_item_a_line_after_ordinals(text, expected):
    assert _county(text) == expected


# --- B. the services of a zone to its firms, of a subdistrict to its residents --------------------

@pytest.mark.parametrize("text, expected", [
    ("全年公开信息150条，其中工作动态类80条，企业服务类40条，其他类30条。",
     {total(150), cat("cat_news", 80), cat("cat_service", 40), cat("cat_other", 30)}),
    ("街道共主动公开政府信息90条，按内容分，社区服务类35条，工作动态类55条。",
     {total(90), cat("cat_service", 35), cat("cat_news", 55)}),
    # neighbour: the policies for firms are policies
    ("全年公开信息150条，其中企业服务政策25条，工作动态类125条。",
     {total(150), cat("cat_policy", 25), cat("cat_news", 125)}),
])
def test_services_to_firms_and_residents(text, expected):
    assert _county(text) == expected


# --- C. a running total from the Regulations' start to a date ----------------------------------

@pytest.mark.parametrize("text, year, period", [
    ("自《条例》施行至2010年底，我局累计主动公开政府信息800条。", 2010, "cumulative"),
    ("从条例实施起至2011年12月底，本办累计主动公开政府信息1,250条。", 2011, "cumulative"),
    ("自《政府信息公开条例》正式实施到2009年末，累计主动公开政府信息640条。", 2009, "cumulative"),
    # neighbour: in a 2008 report that span is the report year's own
    ("自《条例》施行至2008年底，我局累计主动公开政府信息95条。", 2008, "annual"),
])
def test_running_total_from_the_regulations_to_a_date(text, year, period):
    facts = with_periods(text, agency="某某县人民政府", year=year)
    assert {f[3] for f in facts if f[:2] == ("proactive", "total")} == {period}


# --- D. a part named after its standing or its rank ---------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全镇主动公开政府信息500条。12个村通过村务公开栏公开信息共300条，其中示范村东岭村45条。",
     {total(500), ch("ch_board", 300), _sub("东岭村", 45)}),
    ("全镇主动公开政府信息500条。各村依托公开栏公示村务信息共210条，其中试点村河西村30条、重点村北山村26条。",
     {total(500), ch("ch_board", 210), _sub("河西村", 30), _sub("北山村", 26)}),
    ("全年主动公开信息180条，其中社区公开栏公开120条。公开量较多的是青松社区33条、竹园社区28条。",
     {total(180), ch("ch_board", 120), _sub("青松社区", 33), _sub("竹园社区", 28)}),
    ("全年主动公开信息180条，其中社区公开栏公开120条。发布数量最多的是红星村41条。",
     {total(180), ch("ch_board", 120), _sub("红星村", 41)}),
])
def test_part_named_after_its_standing_or_rank(text, expected):
    assert _county(text, 2016) == expected


# --- E. one account family on three platforms or more: the new media ---------------------------

@pytest.mark.parametrize("text, expected", [
    ("全县主动公开政府信息5,000条。通过“某县发布”微信公众号、微博、抖音号同步推送信息2,100条。",
     {total(5000), ch("ch_newmedia", 2100)}),
    ("全县主动公开政府信息5,000条。“某县之声”微信、微博、视频号共推送信息980条。",
     {total(5000), ch("ch_newmedia", 980)}),
    ("全县主动公开政府信息5,000条。依托“某县融媒”微博、微信公众号和头条号发布信息1,320条。",
     {total(5000), ch("ch_newmedia", 1320)}),
    # neighbours: an account family on two platforms keeps no one channel's count; no account named
    ("全县主动公开政府信息5,000条。通过“某县发布”微信公众号、微博发布信息2,100条。",
     {total(5000)}),
    ("全县主动公开政府信息5,000条。通过微信公众号、微博、抖音号发布信息2,100条。",
     {total(5000)}),
])
def test_account_family_on_several_platforms(text, expected):
    assert _county(text, 2024) == expected


# --- F. documents reviewed for their disclosure attribute are no disclosure --------------------

@pytest.mark.parametrize("text", [
    "对2015年以来的局发文件开展公开属性复核，累计复核文件820件，调整公开属性12件。",
    "组织对历年规范性文件进行复查，共复查文件310件。",
    "全年对拟公开文件开展公开属性复核，复核公文406件。",
])
def test_attribute_review_is_no_disclosure(text):
    assert not {f for f in _county(text, 2022) if f[0].startswith("proactive")}
