"""Proactive-disclosure phrasings met in the blind sets provinces-holdout23 and -holdout24: each
family in several wordings of our own, with the exact set of facts expected, and neighbours that
must not change."""
from __future__ import annotations

import pytest
from snippets import cat, ch, total, triples, with_periods


def _template(text: str) -> set:
    return triples(text, agency="某某街道办事处", year=2023, template="template_2019")


# --- A. template era: a plain 公开信息 count split over channels is the body's volume -----------

@pytest.mark.parametrize("text, expected", [
    ("（一）主动公开。全年公开信息共计52条，其中通过区政府门户网站公开40条、街道公示栏公开12条。",
     {total(52), ch("ch_website", 40), ch("ch_board", 12)}),
    ("本年度共发布信息130条，其中政府网站发布90条，微信公众号发布40条。",
     {total(130), ch("ch_website", 90), ch("ch_wechat", 40)}),
    ("全年公开信息合计75条，其中镇政府网站公开60条，村务公开栏公开15条。",
     {total(75), ch("ch_website", 60), ch("ch_board", 15)}),
    # traps: one channel's part only, or topics, say nothing of the volume
    ("全年公开信息86条，其中通过镇政府网站公开70条。", {ch("ch_website", 70)}),
    ("全年发布信息300条，其中工作动态200条、通知公告100条。",
     {cat("cat_news", 200), cat("cat_notice", 100)}),
    # trap: beside a stated total it stays a platform's count
    ("全年主动公开政府信息500条。全年发布信息130条，其中政府网站发布90条，微信公众号发布40条。",
     {total(500), ch("ch_website", 90), ch("ch_wechat", 40)}),
])
def test_template_weak_total_split_over_channels(text, expected):
    assert _template(text) == expected


# --- B. the running count of the site the year's total was told through ------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年市政府网站主动公开政府信息820条。截至2016年底，市政府网站累计公开政府信息5,300条。",
     {("proactive", "total", 820, "annual"), ("proactive.channel", "ch_website", 820, "annual"),
      ("proactive", "total", 5300, "cumulative"), ("proactive.channel", "ch_website", 5300, "cumulative")}),
    ("本年度通过区政府门户网站主动公开政府信息1,200条，其中工作动态800条。"
     "截至年底，区政府门户网站累计发布政府信息9600条。",
     {("proactive", "total", 1200, "annual"), ("proactive.channel", "ch_website", 1200, "annual"),
      ("proactive.category", "cat_news", 800, "annual"),
      ("proactive", "total", 9600, "cumulative"), ("proactive.channel", "ch_website", 9600, "cumulative")}),
    ("全年通过县政府网站主动公开政府信息640条。截至2016年12月31日，县政府网站累计公开政府信息7,210条。",
     {("proactive", "total", 640, "annual"), ("proactive.channel", "ch_website", 640, "annual"),
      ("proactive", "total", 7210, "cumulative"), ("proactive.channel", "ch_website", 7210, "cumulative")}),
    # trap: the year's total told without the site, the site's running output stays the site's
    ("全年主动公开政府信息900条。截至2016年底，区政府网站累计发布政府信息1.8万条。",
     {("proactive", "total", 900, "annual"), ("proactive.channel", "ch_website", 18000, "cumulative")}),
])
def test_running_count_of_the_years_site(text, expected):
    assert with_periods(text, year=2016) == expected
