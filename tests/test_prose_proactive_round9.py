"""Proactive-disclosure phrasings met in the blind sets provinces-holdout21 and -holdout22: each
family in several wordings of our own, with the exact set of facts expected, and neighbours that
must not change."""
from __future__ import annotations

import pytest
from snippets import cat, ch, total, triples


def sub(key: str, value: float) -> tuple[str, str, float]:
    return ("proactive.subunit", key, value)


# --- A. after the whole's total, the government with its own bodies is a part ------------------

@pytest.mark.parametrize("text, expected", [
    ("全县全年主动公开政府信息5000条。其中县政府及县级机关公开3200条，各乡镇公开1800条。",
     {total(5000), sub("县政府及县级机关", 3200), sub("各乡镇", 1800)}),
    ("全区主动公开信息2600条，较上年增长5%。其中区政府和区级机关发布1500条。",
     {total(2600), sub("区政府和区级机关", 1500)}),
    ("全县共主动公开政府信息900条，其中县政府与县直机关公开600条，各镇公开300条。",
     {total(900), sub("县政府与县直机关", 600), sub("各镇", 300)}),
    # traps: the body with its parts as the subject is the body's whole
    ("县政府及县级机关全年主动公开政府信息900条。", {total(900)}),
    ("本局及所属单位全年主动公开政府信息600条。", {total(600)}),
])
def test_government_with_its_bodies_as_part(text, expected):
    assert triples(text, agency="某某县人民政府") == expected


# --- B. a count in Chinese numerals after 信息数 -------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("2012年度主动公开信息数五十八条。", {total(58)}),
    ("本年度公开信息数三十条，其中网站公开二十条。", {total(30), ch("ch_website", 20)}),
    ("全年主动公开政府信息数二百零五条。", {total(205)}),
    # traps: 数十条, 数百份 are no counts
    ("全年公开各类文件数百份，发布信息数十余条。", set()),
])
def test_chinese_numerals_after_shu(text, expected):
    assert triples(text, year=2012) == expected


# --- C. category and channel words ----------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # what medical insurance pays is welfare; the fund's supervision is not
    ("全年公开信息300条，其中政策文件20条，医保待遇信息130条，工作动态150条。",
     {total(300), cat("cat_policy", 20), cat("cat_welfare", 130), cat("cat_news", 150)}),
    ("全年公开信息90条，其中医保报销政策及经办信息40条。", {total(90), cat("cat_welfare", 40)}),
    # the items a website files under 政务公开 beside its news: an umbrella, no topic
    ("门户网站发布信息900条，其中政务公开类信息500条，政务动态类信息400条。",
     {ch("ch_website", 900), cat("cat_unspecified", 500), cat("cat_news", 400)}),
    # 机构简介 is the body's organisation
    ("全年公开信息30条，其中机构简介2条，通知公告28条。",
     {total(30), cat("cat_org", 2), cat("cat_notice", 28)}),
])
def test_category_words(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the 2007 Regulations' relief and welfare money and goods: welfare, not emergency
    ("全年公开信息40条。按类别分：抢险救灾、优抚、救济类信息七条；工作动态类信息三十三条。",
     {total(40), cat("cat_welfare", 7), cat("cat_news", 33)}),
    ("全年公开信息40条，其中抢险救灾、优抚、救济、社会捐助等款物的管理、使用和分配情况类信息6条，"
     "抢险救灾信息3条。", {total(40), cat("cat_welfare", 6), cat("cat_emergency", 3)}),
    ("全年公开信息40条，其中救灾、优抚、救济等款物管理使用信息6条。", {total(40), cat("cat_welfare", 6)}),
])
def test_relief_money_and_goods(text, expected):
    assert triples(text, year=2012) == expected


@pytest.mark.parametrize("text, expected", [
    ("“某某乡村”微信公众号发布新闻稿300条，在省级及以上媒体刊发新闻20条。",
     {ch("ch_wechat", 300), ch("ch_media", 20)}),
    ("全年在主流媒体刊发稿件45篇，通过政务新媒体发布信息120条。",
     {ch("ch_media", 45), ch("ch_newmedia", 120)}),
    ("通过门户网站公开信息80条，在市级以上媒体发表信息12篇。", {ch("ch_website", 80), ch("ch_media", 12)}),
])
def test_press_at_large(text, expected):
    assert triples(text) == expected


# --- D. a kind of channel, then the one account in brackets ---------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息400条，其中通过县政府网站公开50条，通过政务新媒体（“某某之声”微信公众号）公开350条。",
     {total(400), ch("ch_website", 50), ch("ch_wechat", 350)}),
    ("全年主动公开政府信息500条，其中通过政务新媒体（“某某发布”微博）发布120条，通过政务新媒体公开30条。",
     {total(500), ch("ch_weibo", 120), ch("ch_newmedia", 30)}),
    ("通过政务新媒体（抖音号）发布信息60条。", {ch("ch_newmedia", 60)}),
    # (accounts of several kinds in the brackets are the new media's examples too: round 14,
    # as labelled in provinces-holdout30 and -34)
    ("通过政务新媒体（微信公众号、抖音号）发布信息200条。", {ch("ch_newmedia", 200)}),
    # trap: a site's own column stays the site
    ("通过门户网站（政务公开专栏）公开信息80条。", {ch("ch_website", 80)}),
])
def test_account_named_in_brackets(text, expected):
    assert triples(text) == expected


# --- E. a count of items told by its verb and 信息, the unit left out --------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年在镇政府网站公开信息85；在微信公众号推送信息40。", {ch("ch_website", 85), ch("ch_wechat", 40)}),
    ("全年主动公开政府信息200条，其中在网站更新信息35。", {total(200), ch("ch_website", 35)}),
    ("本年度通过政务微博发布信息64。", {ch("ch_weibo", 64)}),
    # traps: a year, a number running on into a unit of its own or a share
    ("本单位2020年发布信息2020。", set()),
    ("全年在镇政府网站公开信息85条，浏览量达5000次。", {total(85), ch("ch_website", 85)}),
    ("网站公开信息占比35%。", set()),
])
def test_count_without_unit(text, expected):
    assert triples(text) == expected


# --- F. decisions made (作出…决定N件) and the items listed after them are no disclosed items ---------

@pytest.mark.parametrize("text, expected", [
    ("全年作出行政许可决定120件，行政处罚决定15件，均已在网站公示。", set()),
    ("全年做出行政处罚决定8件，并依法公示。", set()),
    ("本期作出行政许可决定30件、行政强制决定2件，均按规定公示。", set()),
    # neighbours: the decisions' information disclosed is a category list
    ("全年主动公开政府信息300条，其中行政许可信息120条，行政处罚信息15条。",
     {total(300), cat("cat_service", 120), cat("cat_enforce", 15)}),
    ("全年主动公开政府信息300条，其中政策文件20条，通知公告15条。",
     {total(300), cat("cat_policy", 20), cat("cat_notice", 15)}),
])
def test_decisions_made(text, expected):
    assert triples(text, year=2023) == expected
