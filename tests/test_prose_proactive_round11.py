"""Proactive-disclosure phrasings of the eighth session: each family in several wordings of our
own, with the exact set of facts expected, and neighbours that must not change."""
from __future__ import annotations

import pytest
from snippets import cat, ch, total, triples, with_periods


def _free_text(text: str) -> set:
    return triples(text, agency="某某镇人民政府", year=2010)


# --- A. a periodical that printed the items, though its title names no paper -------------------

@pytest.mark.parametrize("text, expected", [
    ("全年共主动公开政府信息八十条。其中政务公开栏公开60条，区政府网站公开15条，在《今日南川》刊发5篇。",
     {total(80), ch("ch_board", 60), ch("ch_website", 15), ch("ch_media", 5)}),
    ("全年主动公开信息96条，其中县政府网站发布70条，在《北岭视窗》上刊登26篇。",
     {total(96), ch("ch_website", 70), ch("ch_media", 26)}),
    ("全年公开信息40条，其中公开栏张贴31条，在《山乡风采》刊载9篇。",
     {total(40), ch("ch_board", 31), ch("ch_media", 9)}),
    # neighbours: a paper named as such, and the body's own bulletin, keep their channels
    ("全年公开信息52条，其中政府网站公开40条，在《北岭日报》刊发12篇。",
     {total(52), ch("ch_website", 40), ch("ch_media", 12)}),
])
def test_periodical_that_printed_items(text, expected):
    assert _free_text(text) == expected


# --- B. documents made, of which some published: the published part is the documents' count ---

@pytest.mark.parametrize("text, expected", [
    ("全年制发公文95件，其中主动公开61件。", {cat("cat_policy", 61)}),
    ("本年度共印发规范性文件14件，其中主动公开12件。", {cat("cat_policy", 12)}),
    ("今年共制发文件38件，其中主动公开30件。", {cat("cat_policy", 30)}),
    # neighbours: the year's own volume stays the total; a produced count of other things is no part
    ("全年制发公文95件。全年主动公开政府信息61条。", {total(61)}),
    ("全年主动公开政府信息120条，其中主动公开政策文件15条。", {total(120), cat("cat_policy", 15)}),
])
def test_published_part_of_documents_made(text, expected):
    assert _free_text(text) == expected


# --- C. topics given as examples, then the kind they are of: the kind names the category -------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息90条，其中随机抽查结果、产品抽检结果等监管信息40条，工作动态50条。",
     {total(90), cat("cat_supervision", 40), cat("cat_news", 50)}),
    ("全年主动公开政府信息70条，其中行政处罚决定、双随机抽查结果等执法信息25条，其他45条。",
     {total(70), cat("cat_enforce", 25), cat("cat_other", 45)}),
    ("全年主动公开政府信息60条，其中道路交通安全及应急预警信息18条，工作动态42条。",
     {total(60), cat("cat_supervision", 18), cat("cat_news", 42)}),
    ("全年公开政府信息39条，其中低保审批结果公示21条，救灾资金分配8条，机构职能10条。",
     {total(39), cat("cat_welfare", 21), cat("cat_fiscal", 8), cat("cat_org", 10)}),
    # neighbours: warnings stay emergency, a field's too; a fund's supervision stays fiscal
    ("全年主动公开政府信息20条，其中预警信息及应对情况8条，专项资金监管信息12条。",
     {total(20), cat("cat_emergency", 8), cat("cat_fiscal", 12)}),
    ("全年主动公开政府信息30条，其中道路交通安全预警提示9条，工作动态21条。",
     {total(30), cat("cat_emergency", 9), cat("cat_news", 21)}),
])
def test_kind_after_examples(text, expected):
    assert _free_text(text) == expected


# --- D. a breakdown opened by 在N条信息中, under a heading on the information's content ----------

@pytest.mark.parametrize("text, expected", [
    ("（一）公开数量。全年共发布政府信息50条。（二）公开信息的内容。在50条信息中，政策文件类信息10条，"
     "占20%；工作动态类信息40条，占80%。",
     {total(50), cat("cat_policy", 10), cat("cat_news", 40)}),
    ("全年共主动公开政府信息72条。（二）主动公开信息的类别。在72条信息中，人事信息类12条、通知公告类60条。",
     {total(72), cat("cat_personnel", 12), cat("cat_notice", 60)}),
    ("全年共公开政府信息30条。在30条政府信息中，财政预决算类信息6条，其他类信息24条。",
     {total(30), cat("cat_fiscal", 6), cat("cat_other", 24)}),
    # neighbour: a count of people under such a heading is no category
    ("全年共公开政府信息30条。（二）公开信息的内容。全镇从事信息公开工作人员3人。",
     {total(30)}),
])
def test_breakdown_in_items_counted(text, expected):
    assert _free_text(text) == expected


# --- E. a running total whose span is told after it, in brackets (2009年以来) -------------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开信息186条。全年累计公开信息1,524条（2009年以来）。",
     {("proactive", "total", 186, "annual"), ("proactive", "total", 1524, "cumulative")}),
    ("全年主动公开政府信息95条，累计公开信息2,310条（自2008年以来）。",
     {("proactive", "total", 95, "annual"), ("proactive", "total", 2310, "cumulative")}),
    ("全年共发布政府信息120条，总计公开信息3,600条（2010年开通以来）。",
     {("proactive", "total", 120, "annual"), ("proactive", "total", 3600, "cumulative")}),
    # neighbour: a bracket naming the year itself keeps the count the year's
    ("全年主动公开政府信息95条（2010年度）。", {("proactive", "total", 95, "annual")}),
])
def test_running_total_with_span_after(text, expected):
    assert with_periods(text, agency="某某镇人民政府", year=2010) == expected


# --- F. topics of no one kind given as examples of the information: the volume, as plain 信息 ---

@pytest.mark.parametrize("text, expected", [
    ("全年依托县政府网站“部门信息公开”栏目发布退牧还草补助、牲畜防疫、草场承包等信息64条，"
     "其中通知公告20条、工作动态44条。",
     {total(64), ch("ch_website", 64), cat("cat_notice", 20), cat("cat_news", 44)}),
    ("全年通过区政府网站发布林木采伐许可、森林防火、护林员选聘等信息58条，其中通知公告30条，工作动态28条。",
     {total(58), ch("ch_website", 58), cat("cat_notice", 30), cat("cat_news", 28)}),
    # neighbours: without the breakdown, the channel's count only; examples of one kind stay
    # that kind; a stated total keeps the channel a share
    ("我局全年通过县政府网站发布退耕补助、森林防火、林权登记等信息40条。", {ch("ch_website", 40)}),
    ("全年主动公开政府信息90条，其中城乡低保、特困供养等信息43条，工作动态47条。",
     {total(90), cat("cat_welfare", 43), cat("cat_news", 47)}),
    ("全年主动公开政府信息300条。通过微信公众号推送退耕补助、森林防火等信息120条。",
     {total(300), ch("ch_wechat", 120)}),
])
def test_topics_as_examples_of_the_information(text, expected):
    assert _free_text(text) == expected


# --- G. another channel's count told as an addition (另通过…) shares nothing of the volume -----

@pytest.mark.parametrize("text, expected", [
    ("本局全年通过县政府网站部门子站发布信息二百一十条，另通过“东岭农业”微信公众号推送九十六条。",
     {total(210), ch("ch_website", 210), ch("ch_wechat", 96)}),
    ("我镇全年通过区政府网站发布信息85条，另外在“平安东岭”公众号推送信息40条。",
     {total(85), ch("ch_website", 85), ch("ch_wechat", 40)}),
    ("全年在县政府网站公开政府信息150条，此外通过政务微博发布60条。",
     {total(150), ch("ch_website", 150), ch("ch_weibo", 60)}),
    # neighbour: two channels' counts side by side are shares, no total
    ("全年在县政府网站公开政府信息150条，通过政务微博发布60条。",
     {ch("ch_website", 150), ch("ch_weibo", 60)}),
])
def test_channel_count_told_as_addition(text, expected):
    assert _free_text(text) == expected


# --- H. a subscription account's posts; a quoted title that printed items ----------------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息200条，其中：网站公开120条，“北岭发布”微信订阅号推送80条。",
     {total(200), ch("ch_website", 120), ch("ch_wechat", 80)}),
    ("全年主动公开政府信息150条，其中县政府网站公开100条，在“今日北岭”刊发稿件50篇。",
     {total(150), ch("ch_website", 100), ch("ch_media", 50)}),
    ("全年公开政府信息96条，其中通过微信订阅号发布36条，在“北岭新闻”刊登60篇。",
     {total(96), ch("ch_wechat", 36), ch("ch_media", 60)}),
    # neighbours: a title told before as an account is that account; subscribers are no count
    ("我镇开通“北岭之声”微信公众号。全年主动公开政府信息90条，其中县政府网站公开60条，在“北岭之声”刊发稿件30篇。",
     {total(90), ch("ch_website", 60), ch("ch_wechat", 30)}),
    ("全年主动公开政府信息90条，微信订阅号订阅用户1200人。", {total(90)}),
])
def test_subscription_account_and_quoted_title(text, expected):
    assert _free_text(text) == expected
