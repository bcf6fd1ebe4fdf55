"""Proactive-disclosure phrasings met in the blind sets provinces-holdout19 and -holdout20: each
family in several wordings of our own, with the exact set of facts expected, and neighbours that
must not change."""
from __future__ import annotations

import pytest
from snippets import cat, ch, total, triples


def sub(key: str, value: float) -> tuple[str, str, float]:
    return ("proactive.subunit", key, value)


# --- A. the parts of a city's or county's total told by name -----------------------------------

@pytest.mark.parametrize("text, agency, expected", [
    ("全年全市共主动公开政府信息5200条，其中市政府办公厅公开640条，市直各部门公开3100条。",
     "白河市人民政府", {total(5200), sub("市政府办公厅", 640), sub("市直各部门", 3100)}),
    ("全县共主动公开政府信息1800条，其中县政府本级公开420条，各乡镇公开900条。",
     "石门县人民政府", {total(1800), sub("县政府本级", 420), sub("各乡镇", 900)}),
    ("今年全市共公开政府信息2.4万条，其中东城、西城两个区政府公开6300条。",
     "江陵市人民政府", {total(24000), sub("东城、西城两个区政府", 6300)}),
    ("全旗主动公开政府信息960条，其中旗政府本级公开310条。",
     "某某旗人民政府", {total(960), sub("旗政府本级", 310)}),
    # trap: the office reporting for itself states the total
    ("全年市政府办公厅主动公开政府信息120条。", "白河市人民政府办公厅", {total(120)}),
])
def test_named_parts_after_total(text, agency, expected):
    assert triples(text, agency=agency) == expected


# --- B. a count for a part of the year is no count of the year ----------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年我镇主动公开政府信息300条。1-6月，全镇公开信息141条，下半年公开量增加。", {total(300)}),
    ("全年我乡主动公开政府信息420条。上半年全乡新增公开信息180条。", {total(420)}),
    ("全年主动公开政府信息500条。一季度，我局公开信息90条。", {total(500)}),
    # neighbours: the whole year, and 全年 after the part
    ("1-12月，全镇公开信息141条。", {total(141)}),
    ("一季度公开信息30条，全年公开信息120条。", {total(120)}),
])
def test_part_of_year(text, expected):
    assert triples(text) == expected


# --- C. a free-text department report: its own information beside 政府信息, the rest named after ---

def test_kind_beside_government_information_and_rest():
    text = ("2011年，省水利厅主动公开水利信息和政府信息共计一千二百条。其中机构职能信息40条，"
            "政策法规及规范性文件80条，其余1080条为水利工作动态。")
    assert triples(text, agency="某某省水利厅") == {
        total(1200), cat("cat_org", 40), cat("cat_policy", 80), cat("cat_news", 1080)}


@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息900条，其中政策文件100条，其余800条为工作动态。",
     {total(900), cat("cat_policy", 100), cat("cat_news", 800)}),
    ("主动公开信息650条，其中人事信息50条，剩余600条均为政务动态。",
     {total(650), cat("cat_personnel", 50), cat("cat_news", 600)}),
    # trap: the rest of the requests is no category
    ("全年受理申请20件，其余5件为上年结转。", set()),
])
def test_rest_named_after_count(text, expected):
    assert triples(text) == expected


# --- D. a category's contents in an aside carry no trap word ------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息800条，其中重大项目信息（含项目审批和招投标）120条，人事信息30条。",
     {total(800), cat("cat_project", 120), cat("cat_personnel", 30)}),
    ("主动公开的信息中，政策法规类60条，行政许可类（采矿权、林地审批）210条。",
     {cat("cat_policy", 60), cat("cat_service", 210)}),
    # trap: approvals counted, no category before
    ("全年办理行政审批事项（含审批）300件。", set()),
])
def test_aside_of_category(text, expected):
    assert triples(text) == expected


# --- E. channels named by a quoted name ---------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息3000条。“某某交通网”全年发布信息1,200条。", {total(3000), ch("ch_website", 1200)}),
    ("全年主动公开政府信息3000条。“某某市人民政府网”微信公众号推送信息900条。",
     {total(3000), ch("ch_wechat", 900)}),
    ("全年主动公开政府信息3000条，“某某发布”政务微博发布信息600条，“某某政府网”微信公众号推送信息700条。",
     {total(3000), ch("ch_weibo", 600), ch("ch_wechat", 700)}),
])
def test_quoted_channel_names(text, expected):
    assert triples(text) == expected


# --- F. the body's own name is no category -------------------------------------------------------

@pytest.mark.parametrize("text, agency, expected", [
    ("2023年，省卫生健康委主动公开政府信息1,500条。", "某某省卫生健康委员会", {total(1500)}),
    ("2015年，省人力资源社会保障厅主动公开政府信息2100条。", "某某省人力资源和社会保障厅", {total(2100)}),
    ("2020年，市教育局主动公开政府信息480条。", "某某市教育局", {total(480)}),
])
def test_body_name_no_category(text, agency, expected):
    assert triples(text, agency=agency) == expected


# --- G. a site's own running output beside the year's total ------------------------------------

def _with_periods(text: str) -> set:
    from snippets import with_periods
    return with_periods(text, year=2020)


@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息900条。截至2020年底，区政府网站累计发布政府信息1.8万条。",
     {("proactive", "total", 900, "annual"), ("proactive.channel", "ch_website", 18000, "cumulative")}),
    ("全年主动公开政府信息900条。截至年底，政府门户网站累计公开政府信息12000条。",
     {("proactive", "total", 900, "annual"), ("proactive.channel", "ch_website", 12000, "cumulative")}),
    # neighbour: the body's own running total stands beside the year's
    ("全年主动公开政府信息900条。截至2020年底，我区累计公开政府信息1.8万条。",
     {("proactive", "total", 900, "annual"), ("proactive", "total", 18000, "cumulative")}),
])
def test_site_running_output_is_the_sites(text, expected):
    assert _with_periods(text) == expected


# --- H. what a category holds, told in an aside, is no channel's count ---------------------------

@pytest.mark.parametrize("text, expected", [
    ("主动公开信息中，防汛信息300条（含新闻发布会实录20篇），政策文件40条。",
     {cat("cat_emergency", 300), cat("cat_policy", 40)}),
    ("全年主动公开政府信息800条，其中疫情防控信息500条（包括新闻发布会实录12篇）。",
     {total(800), cat("cat_emergency", 500)}),
    # neighbour: a channel's count in an aside after a channel's count stays
    ("通过网站公开信息300条（含新闻发布会实录20篇）。", {ch("ch_website", 300), ch("ch_press", 20)}),
])
def test_aside_part_of_category(text, expected):
    assert triples(text) == expected


# --- I. things approved sharing the kind a category name ends on --------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息600条，其中医疗机构和执业人员审批信息90条。", {total(600), cat("cat_service", 90)}),
    ("全年主动公开政府信息600条，其中药品和医疗器械审批信息70条。", {total(600), cat("cat_service", 70)}),
    ("全年主动公开政府信息600条，其中建筑企业和从业人员资质审批信息50条。", {total(600), cat("cat_service", 50)}),
    # traps: a topic first keeps its own category
    ("全年主动公开政府信息600条，其中人事和工作动态80条，机构职能和政策法规40条。",
     {total(600), cat("cat_personnel", 80), cat("cat_org", 40)}),
])
def test_things_approved(text, expected):
    assert triples(text) == expected


# --- J. the kind named after the examples (…等“双公示”信息) is the category --------------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息475条，其中医疗机构执业许可等“双公示”信息254条。", {total(475), cat("cat_enforce", 254)}),
    ("全年主动公开政府信息300条，其中道路运输许可等“双公示”信息120条，工作动态80条。",
     {total(300), cat("cat_enforce", 120), cat("cat_news", 80)}),
    # neighbour: examples with plain 信息 after 等 keep the examples' category
    ("全年主动公开政府信息300条，其中政策文件、规范性文件等信息60条。", {total(300), cat("cat_policy", 60)}),
])
def test_kind_after_examples(text, expected):
    assert triples(text) == expected


# --- K. an account named later by its quoted name alone -----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年在区政府网站发布信息200条。街道开设政务微信公众号“东湖发布”、政务微博“东湖在线”。"
     "“东湖发布”自2016年开通以来累计推送信息2,800余条。",
     {("proactive", "total", 200, "annual"), ("proactive.channel", "ch_website", 200, "annual"),
      ("proactive.channel", "ch_wechat", 2800, "cumulative")}),
    ("全年在区政府网站发布信息200条。“南湖在线”政务微博开通于2015年。“南湖在线”开通以来累计发布信息900条。",
     {("proactive", "total", 200, "annual"), ("proactive.channel", "ch_website", 200, "annual"),
      ("proactive.channel", "ch_weibo", 900, "cumulative")}),
    # trap: a quoted name never told with its kind stays unread as a channel
    ("全年在区政府网站发布信息200条。“北湖之声”开通以来累计发布信息900条。",
     {("proactive", "total", 200, "annual"), ("proactive.channel", "ch_website", 200, "annual"),
      ("proactive", "total", 900, "cumulative")}),
])
def test_account_named_by_name(text, expected):
    assert _with_periods(text) == expected


# --- L. an account opened in the clause before its count ---------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息70条。“西岭发布”微信公众号于2020年5月开通，发布信息二百一十条。",
     {total(70), ch("ch_wechat", 210)}),
    ("全年主动公开政府信息70条。镇政务微博于3月正式上线，发布信息120条。", {total(70), ch("ch_weibo", 120)}),
    ("全年主动公开政府信息70条。县政府网站于3月改版上线，全年发布信息120条。", {total(70), ch("ch_website", 120)}),
    # trap: an account opened, its followers counted
    ("全年主动公开政府信息70条。“西岭发布”微信公众号于5月开通，关注人数3000人。", {total(70)}),
])
def test_account_opened_before_count(text, expected):
    assert triples(text, year=2020) == expected


# --- M. the published part of the documents produced is the documents' category ---------------

@pytest.mark.parametrize("text, expected", [
    ("全年通过区政府网站发布政府信息80条；产生政府文件信息15条，其中主动公开11条。",
     {total(80), ch("ch_website", 80), cat("cat_policy", 11)}),
    ("全年主动公开政府信息300条。产生政府文件26条，其中主动公开20条。", {total(300), cat("cat_policy", 20)}),
    # neighbour: the body's information produced, its published part the total
    ("共印发公文类政府信息150份，其中主动公开80份，依申请公开及不予公开70份。", {total(80)}),
    ("本年共制作政府信息75条，其中主动公开政府信息52条。", {total(52)}),
])
def test_published_part_of_documents(text, expected):
    assert triples(text) == expected
