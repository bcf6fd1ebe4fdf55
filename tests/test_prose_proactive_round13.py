"""Proactive-disclosure phrasings of the thirteenth session: each family in several wordings of our
own, with the exact set of facts expected, and neighbours that must not change."""
from __future__ import annotations

import pytest
from snippets import cat, ch, total, triples


def _county(text: str) -> set:
    return triples(text, agency="某某县人民政府", year=2020)


def _unmapped(label: str, value: float) -> tuple[str, str, float]:
    return ("unmapped.proactive.category", label, value)


# --- A. new media with its own kinds in brackets: the new media are the channel ------------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息300条，其中通过政务新媒体（微信公众号等）公开120条。",
     {total(300), ch("ch_newmedia", 120)}),
    ("全年主动公开政府信息300条，政务新媒体矩阵（微信号等）发布2,460条。",
     {total(300), ch("ch_newmedia", 2460)}),
    ("全年主动公开政府信息300条，通过新媒体平台（微信公众号、微信服务号）推送信息88条。",
     {total(300), ch("ch_newmedia", 88)}),
    # neighbours: one account named in brackets, or with its name in brackets, is the account;
    # another channel
    # included in brackets (含…) makes a joint count, no one channel's
    ("全年主动公开政府信息300条，通过政务新媒体（“某某发布”微信公众号）发布信息50条。",
     {total(300), ch("ch_wechat", 50)}),
    ("全年主动公开政府信息300条，通过微信公众号（某某发布）发布信息50条。",
     {total(300), ch("ch_wechat", 50)}),
    ("全年主动公开政府信息300条，通过门户网站（含微信公众号）发布信息50条。",
     {total(300)}),
    ("全年主动公开政府信息300条，通过政务新媒体发布信息50条，其中微信公众号30条，抖音号20条。",
     {total(300), ch("ch_newmedia", 50), ch("ch_wechat", 30), ch("ch_newmedia", 20)}),
])
def test_new_media_with_its_kinds_in_brackets(text, expected):
    assert _county(text) == expected


# --- B. cards handed out and cases a hall handled: no items disclosed ----------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息200条，向群众发放惠民政策明白卡3000份。", {total(200)}),
    ("全年主动公开政府信息200条，入户发放扶贫政策明白卡1200份，走访农户83户。", {total(200)}),
    ("全年主动公开政府信息200条，镇便民服务中心全年办件2.3万件。", {total(200)}),
    ("全年主动公开政府信息200条，政务服务中心办件量达5600件。", {total(200)}),
    # neighbour: handing out leaflets named as a means keeps its count
    ("全年主动公开政府信息200条，通过发放明白纸、张贴公告等方式公开信息60条。",
     {total(200), ch("ch_print", 60)}),
])
def test_copies_and_cases_are_no_items(text, expected):
    assert _county(text) == expected


# --- C. fields of several kinds given as examples of a 领域, or listed in a column's brackets ----

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息517条，其中城镇老旧小区改造、保障性住房分配等重点领域信息203条。",
     {total(517), _unmapped("城镇老旧小区改造、保障性住房分配等重点领域信息", 203)}),
    ("全年主动公开政府信息500条，其中财政预决算、重大建设项目等领域信息120条。",
     {total(500), _unmapped("财政预决算、重大建设项目等领域信息", 120)}),
    ("全年主动公开信息300条，其中动态信息（要闻、图片新闻）120条，专栏信息（财政预算、三公经费、政府采购）40条。",
     {total(300), cat("cat_news", 120), _unmapped("专栏信息（财政预算、三公经费、政府采购）", 40)}),
    # neighbours: fields of one kind are that kind; a kind named before its listed contents keeps it
    ("全年主动公开政府信息517条，其中低保救助、医疗救助等重点领域信息203条。",
     {total(517), cat("cat_welfare", 203)}),
    ("全年主动公开政府信息500条，其中食品抽检、安全生产等方面信息120条。",
     {total(500), cat("cat_supervision", 120)}),
    ("全年主动公开信息300条，其中公示信息（通知、公告）50条，其他信息（规划、统计、人事）40条。",
     {total(300), cat("cat_notice", 50), cat("cat_other", 40)}),
])
def test_fields_of_several_kinds_are_no_category(text, expected):
    assert _county(text) == expected


# --- D. normative documents issued, repealed and in force: table 二 told in prose ---------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开信息318条。本年度行政规范性文件发布0件，废止0件，现行有效0件。", {total(318)}),
    ("全年主动公开信息318条。本年度发布规范性文件3件，废止1件，现行有效12件。", {total(318)}),
    ("全年主动公开信息318条。制发行政规范性文件2件，现行有效规范性文件共15件。", {total(318)}),
    # neighbours: documents counted in the breakdown of the volume stay a category
    ("全年主动公开信息318条，其中规范性文件3件，工作动态300条。",
     {total(318), cat("cat_policy", 3), cat("cat_news", 300)}),
    ("全年主动公开信息318条，其中规范性文件30条，工作动态288条；清理废止文件5件。",
     {total(318), cat("cat_policy", 30), cat("cat_news", 288)}),
])
def test_normative_document_tally_is_no_category(text, expected):
    assert _county(text) == expected


# --- E. requests by letter (信件) -------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年共收到政府信息公开申请6件，其中信件申请2件、网络申请4件。",
     {("requests.new", "total", 6), ("requests.channel", "req_letter", 2), ("requests.channel", "req_online", 4)}),
    ("全年共收到政府信息公开申请6件，其中以信件方式提出2件，通过网络提出4件。",
     {("requests.new", "total", 6), ("requests.channel", "req_letter", 2), ("requests.channel", "req_online", 4)}),
    ("全年共收到政府信息公开申请6件，其中信函申请2件、网络申请4件。",
     {("requests.new", "total", 6), ("requests.channel", "req_letter", 2), ("requests.channel", "req_online", 4)}),
])
def test_requests_by_letter(text, expected):
    assert _county(text) == expected


# --- F. the class named before the one account it is; 政务公开网 is the site --------------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开信息318条。政务新媒体“某某发布”公众号共发布信息201条。",
     {total(318), ch("ch_wechat", 201)}),
    ("全年主动公开信息318条。政务新媒体“某某发布”微信公众号共发布信息201条，视频号发布视频21条。",
     {total(318), ch("ch_wechat", 201), ch("ch_newmedia", 21)}),
    ("全年主动公开信息318条。通过政务新媒体“某某发布”抖音号发布短视频60条。",
     {total(318), ch("ch_newmedia", 60)}),
    # neighbours: two accounts share one count; the class alone is new media
    ("全年主动公开信息318条。政务新媒体“某某发布”公众号、“某某”抖音号共发布信息201条。", {total(318)}),
    ("全年主动公开信息318条。政务新媒体发布信息201条。", {total(318), ch("ch_newmedia", 201)}),
    ("全年主动公开信息300条，其中政务公开网发布59条，微信公众号发布241条。",
     {total(300), ch("ch_website", 59), ch("ch_wechat", 241)}),
    ("全年主动公开信息300条，其中在县政务公开网公开59条，公开栏公示241条。",
     {total(300), ch("ch_website", 59), ch("ch_board", 241)}),
])
def test_account_after_its_class_and_the_disclosure_site(text, expected):
    assert _county(text) == expected


# --- G. credit records made public (信用信息公示) are the 双公示 of enforcement --------------------

@pytest.mark.parametrize("text, expected", [
    ("全年公开信息981条，其中行政处罚案件信息公示214条、企业信用信息公示379条。",
     {total(981), cat("cat_enforce", 214), cat("cat_enforce", 379)}),
    ("全年公开信息300条，其中信用信息双公示200条，通知公告100条。",
     {total(300), cat("cat_enforce", 200), cat("cat_notice", 100)}),
    # neighbour: a credit grade announced with arrears stays a notice
    ("全年公开信息173条，其中纳税信用等级及欠税公告37条，工作动态136条。",
     {total(173), cat("cat_notice", 37), cat("cat_news", 136)}),
])
def test_credit_records(text, expected):
    assert _county(text) == expected


# --- H. the main means named by 以…为主阵地/主渠道/主要平台, then the year's output --------------

@pytest.mark.parametrize("text, expected", [
    ("以“某某之窗”微信公众号为政务信息公开主阵地，全年发布政务信息六十三条。",
     {total(63), ch("ch_wechat", 63)}),
    ("本年度以微信公众号为主要平台，共推送信息80条。", {total(80), ch("ch_wechat", 80)}),
    ("全年以县政府门户网站为主渠道，发布政府信息120条，通过公开栏公示45条。",
     {ch("ch_website", 120), ch("ch_board", 45)}),
    # neighbours: 以 naming no channel, or a channel's building as the lever, names no means
    ("坚持以人民为中心，全年通过门户网站发布政府信息120条。", {total(120), ch("ch_website", 120)}),
    ("以门户网站建设为抓手，全年发布政府信息120条。", {total(120)}),
    ("以门户网站和微信公众号为主阵地，全年发布政府信息120条。", {total(120)}),
])
def test_main_means_named_by_yi_wei(text, expected):
    assert _county(text) == expected
