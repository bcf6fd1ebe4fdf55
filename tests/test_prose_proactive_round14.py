"""Proactive-disclosure phrasings of the fourteenth session: each family in several wordings of our
own, with the exact set of facts expected, and neighbours that must not change."""
from __future__ import annotations

import pytest
from snippets import cat, ch, total, triples


def _of(agency: str, text: str) -> set:
    return {t for t in triples(text, agency=agency, year=2021) if t[0].startswith("proactive")}


def _subunit(name: str, value: float) -> tuple[str, str, float]:
    return ("proactive.subunit", name, value)


STREET = "某某街道办事处"
TOWN = "某某镇人民政府"
COUNTY = "某某县人民政府"


# --- A. the body named by its kind of office as the subject of the year's total -------------------

@pytest.mark.parametrize("agency, text, expected", [
    (STREET, "2021年街道办事处主动公开政府信息85条，其中工作动态50条。", {total(85), cat("cat_news", 50)}),
    (STREET, "本年度街道办事处主动公开信息120条，涵盖工作动态70条、通知公告20条。",
     {total(120), cat("cat_news", 70), cat("cat_notice", 20)}),
    (STREET, "2020年度街道办事处公开政府信息64条。", {total(64)}),
    # neighbours already read: the office after 全年, the township's government by its kind
    (STREET, "全年街道办事处共公开信息64条。", {total(64)}),
    (TOWN, "2021年镇人民政府共公开信息96条，各村公开40条。", {total(96), _subunit("各村", 40)}),
    # traps: the kind of a lower body in a county's report, and the parts of the street
    (COUNTY, "全县主动公开政府信息900条，其中街道办事处公开信息30条。", {total(900), _subunit("街道办事处", 30)}),
    (STREET, "本年度各社区居委会公开信息20条。", {_subunit("各社区居委会", 20)}),
])
def test_body_by_its_kind_of_office(agency, text, expected):
    assert _of(agency, text) == expected


# --- B. the body by its own name, then topics as examples and the total ---------------------------

@pytest.mark.parametrize("agency, text, expected", [
    ("某县石桥镇人民政府", "本年度石桥镇公开了人事任免、项目建设等各类政府信息共计96条。", {total(96)}),
    ("某县石桥镇人民政府", "2021年石桥镇公开了财政预算、低保名单等信息共120条，通过微信公众号推送信息40条。",
     {total(120), ch("ch_wechat", 40)}),
    ("某县白河乡人民政府", "全年白河乡发布了领导分工、惠农补贴等各类信息共计58条。", {total(58)}),
    # trap: a part of the body named with its topics is no total of the body
    ("某县石桥镇人民政府", "全年各村公开了低保名单、惠农补贴等信息共45条。", set()),
])
def test_total_after_topics_by_the_body_itself(agency, text, expected):
    assert _of(agency, text) == expected


# --- C. new media named with several of their kinds in brackets; paper copies of items at a venue --

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息900条；政务新媒体矩阵（微信、抖音）发布1,200条。",
     {total(900), ch("ch_newmedia", 1200)}),
    ("全年主动公开政府信息900条，政务新媒体（微博、头条号）推送信息210条。",
     {total(900), ch("ch_newmedia", 210)}),
    ("全年主动公开政府信息900条，通过新媒体平台（微信、抖音、快手）发布信息88条。",
     {total(900), ch("ch_newmedia", 88)}),
    # the body's own count through its site, broken down by category, stays the total beside them
    ("全县在政府网站公开政府信息700条，其中政策文件30条；政务新媒体（微信、抖音）发布1,500条。",
     {total(700), ch("ch_website", 700), cat("cat_policy", 30), ch("ch_newmedia", 1500)}),
    # traps: another channel included in brackets is a joint count; an unbroken site count beside
    # another channel is the site's share
    ("全年主动公开政府信息900条，通过门户网站（含微信公众号）发布信息50条。", {total(900)}),
    ("网站公开信息500条，其中政策文件20条；微信推送100条。",
     {ch("ch_website", 500), cat("cat_policy", 20), ch("ch_wechat", 100)}),
])
def test_new_media_with_several_kinds(text, expected):
    assert _of(COUNTY, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("网站发布300条，通过县档案馆查阅点提供纸质信息45条。", {ch("ch_website", 300), ch("ch_venue", 45)}),
    ("在政务网发布610条，通过档案馆、图书馆查阅点提供纸质信息77条。", {ch("ch_website", 610), ch("ch_venue", 77)}),
    ("网站发布300条，在县图书馆查阅点提供纸质政府信息12条。", {ch("ch_website", 300), ch("ch_venue", 12)}),
    # trap: paper copies (份) laid out to read are no items disclosed
    ("网站发布300条，在县档案馆设立查阅点2个，全年提供纸质文件90份。", {ch("ch_website", 300)}),
])
def test_paper_items_at_a_reading_place(text, expected):
    assert _of(COUNTY, text) == expected


# --- D. an announcement on a livelihood topic is an announcement ---------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开信息500条，其中招生考试公告60条。", {total(500), cat("cat_notice", 60)}),
    ("全年主动公开信息500条，其中学生资助通知20条。", {total(500), cat("cat_notice", 20)}),
    ("全年主动公开信息500条，其中医疗保障通告12条。", {total(500), cat("cat_notice", 12)}),
    # traps: a topic with a category of its own keeps it; a list posted (公示) and the topic
    # itself stay the livelihood umbrella
    ("全年主动公开信息500条，其中招聘公告33条。", {total(500), cat("cat_personnel", 33)}),
    ("全年主动公开信息500条，其中低保公示30条。", {total(500), cat("cat_welfare", 30)}),
    ("全年主动公开信息500条，其中招生考试信息70条。", {total(500), cat("cat_welfare", 70)}),
])
def test_announcement_on_a_livelihood_topic(text, expected):
    assert _of(COUNTY, text) == expected


# --- E. new media counted by their accounts, kinds in brackets, then what they posted ------------

@pytest.mark.parametrize("text, expected", [
    ("全镇主动公开政府信息150条。镇里现有政务新媒体3个（微信公众号、微博、抖音号各1个），全年共推送信息420条。",
     {total(150), ch("ch_newmedia", 420)}),
    ("全镇主动公开政府信息150条。我镇运营新媒体2个（微博、快手），年内推送信息88条。",
     {total(150), ch("ch_newmedia", 88)}),
    ("全镇主动公开政府信息150条。本镇开通了政务新媒体2个（公众号、视频号），全年发布信息97条。",
     {total(150), ch("ch_newmedia", 97)}),
    # neighbours: accounts counted without brackets; one account of its own kind; a kind's own
    # count told after the accounts
    ("全镇主动公开政府信息150条。镇政府开通政务新媒体账号3个，全年发布信息400条。",
     {total(150), ch("ch_newmedia", 400)}),
    ("全镇主动公开政府信息150条。镇里开通政务微信公众号1个，全年推送信息212条。",
     {total(150), ch("ch_wechat", 212)}),
    ("全镇主动公开政府信息150条。我镇现有政务新媒体2个，其中微信公众号全年推送信息60条。",
     {total(150), ch("ch_wechat", 60)}),
])
def test_new_media_accounts_counted_then_posts(text, expected):
    assert _of(TOWN, text) == expected
