"""Proactive-disclosure phrasings met in the blind sets provinces-holdout3/4/5: each family in
several wordings of our own, with the exact set of facts expected, and neighbours that must not
change."""
from __future__ import annotations

import pytest
from ogi.extract import extract
from ogi.model import Document
from ogi.normalise import normalise
from snippets import cat, ch, total, triples, with_periods

# --- A. a heading over the breakdown the next sentence lists -----------------------------------

@pytest.mark.parametrize("text, expected", [
    ("1.公开数量。全年共主动公开政府信息60条。2.主要类别。机构介绍3条，政策法规12条，工作动态45条。",
     {total(60), cat("cat_org", 3), cat("cat_policy", 12), cat("cat_news", 45)}),
    ("全年主动公开政府信息40条。\n（二）公开内容\n通知公告10条，人事信息5条，工作动态25条。",
     {total(40), cat("cat_notice", 10), cat("cat_personnel", 5), cat("cat_news", 25)}),
    ("全年主动公开政府信息50条。\n二、公开形式：\n政务公开栏20条，门户网站30条。",
     {total(50), ch("ch_board", 20), ch("ch_website", 30)}),
])
def test_a_heading_opens_the_breakdown_below_it(text, expected):
    assert triples(text) == expected


def test_a_heading_over_other_work_opens_no_list():
    # (a heading not naming a breakdown, and numbers that are no disclosure counts)
    assert triples("全年主动公开政府信息60条。3.工作措施。培训业务骨干12人，修订制度3件。") == {total(60)}


# --- B. a count inside an aside does not cut the count before from its breakdown ---------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息87条（同一信息多渠道发布计1条），其中低保及临时救助15条、工作动态72条。",
     {total(87), cat("cat_welfare", 15), cat("cat_news", 72)}),
    ("本年度共公开政府信息40条（多平台重复发布的按1条计），其中政策文件10条，工作动态30条。",
     {total(40), cat("cat_policy", 10), cat("cat_news", 30)}),
    ("全年主动公开政府信息66条（每条信息只计1条），其中通知公告16条、财政资金50条。",
     {total(66), cat("cat_notice", 16), cat("cat_fiscal", 50)}),
])
def test_a_breakdown_after_an_aside_with_a_count(text, expected):
    assert triples(text) == expected


def test_a_breakdown_of_a_count_that_is_no_volume_stays_unread():
    assert triples("召开培训会议12次（参训132人），其中工作动态3条。") == set()


# --- C. categories named by subject, without 类 ------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息30条，其中本乡政府介绍2条，文件类信息8条，常规性工作信息20条。",
     {total(30), cat("cat_org", 2), cat("cat_policy", 8), cat("cat_news", 20)}),
    ("我局主动公开政府信息40条，按内容分：城乡低保20条，社会救济12条，救灾救济8条。",
     {total(40), cat("cat_welfare", 20), cat("cat_welfare", 12), cat("cat_welfare", 8)}),
    ("全年主动公开政府信息25条，其中国有建设用地出让公告10条，常规工作信息15条。",
     {total(25), cat("cat_land", 10), cat("cat_news", 15)}),
])
def test_subject_categories(text, expected):
    assert triples(text) == expected


def test_disaster_prevention_stays_emergency():
    assert triples("全年主动公开政府信息20条，其中防灾减灾救灾信息8条，其他12条。") == {
        total(20), cat("cat_emergency", 8), cat("cat_other", 12)}


# --- D. 审批 naming a category, and a column's quoted name, are no traps ------------------------

@pytest.mark.parametrize("text, expected", [
    ("我局共主动公开政府信息50条，其中行政审批事项及办事程序类20条，政策法规类30条。",
     {total(50), cat("cat_service", 20), cat("cat_policy", 30)}),
    ("全年主动公开政府信息45条，其中审批服务事项类15条、工作动态30条。",
     {total(45), cat("cat_service", 15), cat("cat_news", 30)}),
    ("我局在县政府网站“审批服务”专栏主动公开政府信息300条，其中行政许可结果公示280条、通知公告20条。",
     {total(300), ch("ch_website", 300), cat("cat_service", 280), cat("cat_notice", 20)}),
    ("我中心在市政府网站“投诉处理”栏目主动公开政府信息90条。", {total(90), ch("ch_website", 90)}),
])
def test_approval_categories_and_quoted_columns(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text", [
    "全年办理行政审批事项1200件，全部公开办理结果。",
    "全年受理投诉举报80件，公开处理结果。",
])
def test_approvals_and_complaints_handled_stay_traps(text):
    assert triples(text) == set()


# --- E. boards, screens and reading places hold what they show ---------------------------------

@pytest.mark.parametrize("text, expected", [
    ("镇政府门口电子显示屏滚动播出通知公告42条。", {ch("ch_screen", 42)}),
    ("便民大厅电子屏播放政策宣传信息60条。", {ch("ch_screen", 60)}),
    ("通过各村公开栏公开惠民政策及补贴发放信息120条。", {ch("ch_board", 120)}),
    ("在村务公示栏公开低保评议结果18条。", {ch("ch_board", 18)}),
    ("向县档案馆、县图书馆报送政策文件资料12份。", {ch("ch_venue", 12)}),
])
def test_what_a_display_shows_is_its_count(text, expected):
    assert triples(text) == expected


def test_a_websites_topic_stays_a_category():
    assert triples("在县政府网站公开通知公告42条。") == {cat("cat_notice", 42)}


def test_displays_named_as_examples_share_no_count():
    assert triples("通过公示栏、电子屏等载体公开惠民政策信息36条。") == {cat("cat_welfare", 36)}


@pytest.mark.parametrize("text, expected", [
    ("镇便民服务中心LED屏滚动播放各类信息500余条。", {ch("ch_screen", 500)}),
    ("在政务服务中心公开栏公示办事指南30条。", {ch("ch_board", 30)}),
    ("在县政务服务中心电子屏播放通知公告60条。", {ch("ch_screen", 60)}),
])
def test_a_display_where_it_stands_is_the_display(text, expected):
    assert triples(text) == expected


def test_a_service_hall_listed_beside_a_board_shares_the_count():
    assert triples("通过政务服务中心、公开栏等方式公开信息50条。") == {total(50)}


def test_a_board_beside_a_screen_states_no_total():
    assert triples("两级政务公开栏全年张贴公开信息130条，大院电子显示屏播出通知公告40条。") == {
        ch("ch_board", 130), ch("ch_screen", 40)}


# --- F. one channel's total beside a running total told in another sentence ---------------------

@pytest.mark.parametrize("text, year_total, running", [
    ("2015年，我镇在市政府网站镇专栏主动公开政府信息140条，在政务微博发布信息300条。"
     "自2008年开设专栏以来，已累计发布政府信息900条。", 140, 900),
    ("我乡通过县政府网站、乡公开栏公开政府信息共一百二十条，其中网上公开五十条，公开栏公开七十条。"
     "自条例施行以来，我乡累计公开政府信息三百条。", 120, 300),
    ("全年我局通过市政府门户网站部门专栏主动公开政府信息210条。自2010年以来累计公开政府信息1500条。", 210, 1500),
])
def test_the_years_channel_total_beside_a_running_total(text, year_total, running):
    got = with_periods(text)
    assert ("proactive", "total", year_total, "annual") in got
    assert ("proactive", "total", running, "cumulative") in got


def test_a_platforms_count_not_told_as_the_bodys_stays_the_platforms():
    got = with_periods("2014年至2017年，我乡累计公开政府信息300条。今年政务信息发布平台公布政府信息48条。",
                       year=2017)
    assert not any(m == "proactive" and p == "annual" for m, _, _, p in got)


def test_a_part_of_a_running_total_is_no_years_total():
    got = with_periods("自2008年以来累计公开政府信息1000条，其中通过政府网站公开800条。")
    assert not any(m == "proactive" and p == "annual" for m, _, _, p in got)


# --- G. 累计达 told of the year is the year's total ----------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("全年公开信息累计达二百一十条，其中政府信息公开网发布九十条，电子显示屏播出一百二十条。", 210),
    ("2015年，全镇公开政务信息累计达86条。", 86),
    ("今年共公开各类信息累计达300条。", 300),
])
def test_the_years_running_count_is_annual(text, value):
    assert ("proactive", "total", value, "annual") in with_periods(text)


def test_a_running_count_since_an_earlier_year_stays_cumulative():
    got = with_periods("全年主动公开政府信息50条。自2008年以来，累计公开政府信息累计达600条。")
    assert got == {("proactive", "total", 50, "annual"), ("proactive", "total", 600, "cumulative")}


# --- H. 网上公开N条 in a list of channels ------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年共公开政府信息90条，其中网上公开40条，公开栏公开50条。",
     {total(90), ch("ch_website", 40), ch("ch_board", 50)}),
    ("全年主动公开政府信息六十条，其中网上发布二十五条，村务公开栏公开三十五条。",
     {total(60), ch("ch_website", 25), ch("ch_board", 35)}),
    ("全年主动公开政府信息70条，其中在网上公布30条，通过广播播发40条。",
     {total(70), ch("ch_website", 30), ch("ch_media", 40)}),
])
def test_online_is_the_website_in_a_channel_list(text, expected):
    assert triples(text) == expected


def test_an_online_name_in_quotes_is_no_website():
    assert triples("“网上清溪”官方微博发布信息800条。") == {ch("ch_weibo", 800)}


# --- I. the body's own field between the verb and 信息 ------------------------------------------

@pytest.mark.parametrize("agency, text, expected", [
    ("青林县公安局", "全年我局共主动公开各类警务信息400条。", {total(400)}),
    ("青林市公安局", "全年通过市政府网站和“青林公安”网站主动公开警务信息1.5万余条，其中在市政府网站公开法定主动公开内容800条。",
     {total(15000), ch("ch_website", 800)}),
    ("青林县自然资源局", "全年通过县政府网站公开自然资源领域信息300条，其中工作动态200条，规划公示100条。",
     {total(300), ch("ch_website", 300), cat("cat_news", 200), cat("cat_plan", 100)}),
    ("青林县自然资源局", "我局主动公开自然资源领域信息120条。", {total(120)}),
    ("青林县市场监督管理局", "全年通过县政府网站公开市场监管领域信息300条。", {total(300), ch("ch_website", 300)}),
])
def test_the_bodys_own_field(agency, text, expected):
    assert triples(text, agency=agency) == expected


@pytest.mark.parametrize("agency, text, expected", [
    # a field not the body's stays a topic, even when a word of it is in the body's name
    ("青林县交通运输局", "全年通过县政府网站公开自然资源领域信息30条。", {cat("cat_land", 30)}),
    ("青林县人力资源和社会保障局", "全年通过县政府网站公开自然资源领域信息30条。", {cat("cat_land", 30)}),
    ("青林县应急管理局", "全年通过县政府网站公开安全生产领域信息30条。", {cat("cat_supervision", 30)}),
    # a part of the body disclosing its field: no total
    ("青林县公安局", "各派出所公开警务信息300条。", set()),
])
def test_a_field_not_the_bodys_or_told_by_a_part(agency, text, expected):
    assert triples(text, agency=agency) == expected


# --- J. the street office named by its level ----------------------------------------------------

@pytest.mark.parametrize("agency, text, expected", [
    ("青龙街道办事处", "2022年，街道在区政府门户网站“街道信息公开”栏目发布信息94条，涉及社会救助12条、工作动态82条。",
     {total(94), ch("ch_website", 94), cat("cat_welfare", 12), cat("cat_news", 82)}),
    ("青龙镇人民政府", "全年镇在县政府网站乡镇专栏发布信息60条。", {total(60), ch("ch_website", 60)}),
    ("青龙乡", "全年乡在县政府网站乡镇专栏更新信息35条。", {total(35), ch("ch_website", 35)}),
])
def test_the_body_by_its_level_through_its_channel(agency, text, expected):
    assert triples(text, agency=agency, template="template_2021") == expected


def test_a_street_in_a_towns_report_is_no_reporter():
    assert triples("街道在区政府网站发布信息94条。", agency="青龙镇人民政府", template="template_2021") == {
        ch("ch_website", 94)}


# --- K. several outlets of one kind beside one outlet's own count ------------------------------

def test_joint_outlets_count_is_the_total_not_the_kinds():
    assert triples("全年通过区政府网站和本局网站主动公开信息2000条，其中在区政府网站公开600条。") == {
        total(2000), ch("ch_website", 600)}


def test_one_outlet_named_in_two_words_keeps_its_count():
    assert triples("全年通过政府网站信息公开专栏主动公开信息300条。") == {total(300), ch("ch_website", 300)}


# --- L. of two channels' counts, the one said 主动公开 is the volume -----------------------------

@pytest.mark.parametrize("text, expected", [
    ("镇政府信息公开专栏全年主动公开各类信息190条。镇村两级政务公开栏全年张贴公开信息130条。",
     {total(190), ch("ch_website", 190), ch("ch_board", 130)}),
    ("全年通过县政府网站主动公开政府信息88条。通过政务公开栏全年公开政务信息40条。",
     {total(88), ch("ch_website", 88), ch("ch_board", 40)}),
])
def test_the_channel_count_said_proactive_is_the_total(text, expected):
    assert triples(text) == expected


def test_two_channels_both_said_proactive_state_no_total():
    assert triples("全年通过县政府网站主动公开政府信息88条。通过微信公众号主动推送政务信息40条。") == {
        ch("ch_website", 88), ch("ch_wechat", 40)}


# --- M. (holdout5) a category named with 信息公开类: 公开 there is part of the name ----------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息300条，其中征地信息公开类86条、政策法规类100条、工作动态类114条。",
     {total(300), cat("cat_land", 86), cat("cat_policy", 100), cat("cat_news", 114)}),
    ("全年主动公开政府信息300条，其中财政信息公开类86条、人事信息公开类14条、工作动态类200条。",
     {total(300), cat("cat_fiscal", 86), cat("cat_personnel", 14), cat("cat_news", 200)}),
    ("本局主动公开政府信息300条，按公开类别分，重大建设项目信息公开类50条，工作动态类250条。",
     {total(300), cat("cat_project", 50), cat("cat_news", 250)}),
])
def test_a_category_named_with_information_disclosure_kind(text, expected):
    assert triples(text) == expected


def test_a_disclosure_verb_before_its_object_still_reads():
    # (公开 followed by a topic, not by 类: the verb of a category count)
    assert triples("全年主动公开政府信息90条，其中公开财政信息30条、公开工作动态60条。") == {
        total(90), cat("cat_fiscal", 30), cat("cat_news", 60)}


# --- N. (holdout5) a sub-site of the government website is the website -------------------------

@pytest.mark.parametrize("text, expected", [
    ("2024年，我镇依托县政府门户网站镇政府子站、微信公众号公开信息，其中子站更新信息228条，公众号发布信息417条。",
     {ch("ch_website", 228), ch("ch_wechat", 417)}),
    ("全年我局通过县政府网站部门子网站主动公开信息150条，其中工作动态100条、通知公告50条。",
     {total(150), ch("ch_website", 150), cat("cat_news", 100), cat("cat_notice", 50)}),
    ("二级网站发布信息80条，政务微博发布120条。", {ch("ch_website", 80), ch("ch_weibo", 120)}),
])
def test_a_sub_site_is_the_website_channel(text, expected):
    assert triples(text) == expected


# --- O. (holdout5) a running total told up to a date written in Chinese numerals ----------------

@pytest.mark.parametrize("text, expected", [
    ("二〇一三年，我乡主动公开政府信息二百零七条。截至二〇一三年底，我乡累计主动公开政府信息九百六十三条。",
     {("proactive", "total", 207, "annual"), ("proactive", "total", 963, "cumulative")}),
    ("截至二〇一三年十二月，全镇累计公开政府信息五百条。全年主动公开政府信息六十条。",
     {("proactive", "total", 500, "cumulative"), ("proactive", "total", 60, "annual")}),
    # (the only count, told up to the year's end: the year's own)
    ("截至二〇一三年底，我乡累计主动公开政府信息六十条。", {("proactive", "total", 60, "annual")}),
])
def test_a_running_total_up_to_a_chinese_numeral_date(text, expected):
    assert with_periods(text, year=2013) == expected


def test_the_disclosure_work_kind_is_no_umbrella_category():
    # (政府信息公开类: guides and catalogues, not the umbrella 政府信息; kept raw, unmapped)
    assert triples("全年主动公开政府信息46条，其中工作动态类37条；政府信息公开类3条；其他类6条。") == {
        total(46), cat("cat_news", 37), ("unmapped.proactive.category", "政府信息公开类", 3), cat("cat_other", 6)}


# --- P. (holdout5) a running total through the column the year's count was told through --------

TEMPLATE_TOWN = {"year": 2021, "agency": "青石镇人民政府", "template": "template_2021"}


@pytest.mark.parametrize("text, expected", [
    ("2021年，青石镇在区政府网站信息公开专栏发布信息263条，其中政策文件18条、工作动态245条。"
     "该专栏自2016年开设以来累计发布信息2,180条。",
     {("proactive", "total", 263, "annual"), ("proactive.channel", "ch_website", 263, "annual"),
      ("proactive.category", "cat_policy", 18, "annual"), ("proactive.category", "cat_news", 245, "annual"),
      ("proactive", "total", 2180, "cumulative"), ("proactive.channel", "ch_website", 2180, "cumulative")}),
    ("2021年，我镇在区政府网站信息公开专栏发布信息263条。镇信息公开专栏自2016年开设以来累计发布信息2180条。",
     {("proactive", "total", 263, "annual"), ("proactive.channel", "ch_website", 263, "annual"),
      ("proactive", "total", 2180, "cumulative"), ("proactive.channel", "ch_website", 2180, "cumulative")}),
    ("2021年，我镇在区政府网站信息公开专栏发布信息263条。此栏目自2017年上线以来已累计发布信息1500条。",
     {("proactive", "total", 263, "annual"), ("proactive.channel", "ch_website", 263, "annual"),
      ("proactive", "total", 1500, "cumulative"), ("proactive.channel", "ch_website", 1500, "cumulative")}),
])
def test_a_running_total_through_the_years_column(text, expected):
    assert with_periods(text, **TEMPLATE_TOWN) == expected


def test_a_columns_running_visits_are_no_count():
    assert with_periods("2021年，我镇在区政府网站信息公开专栏发布信息263条。该专栏自2016年开设以来累计访问量2万次。",
                        **TEMPLATE_TOWN) == {("proactive", "total", 263, "annual"),
                                             ("proactive.channel", "ch_website", 263, "annual")}


# --- Q. (holdout5) since a start inside the report year: the report's own period ----------------

def report_periods(text: str) -> set[tuple[str, str, float, str]]:
    return {(f.measure, f.key, f.value, f.period) for f in extract(Document("t.txt", "t", "txt", normalise(text), text))[1]
            if f.measure.startswith("proactive")}


def test_since_the_bodys_founding_in_a_partial_year_report_is_partial_year():
    text = ("某县玉泉街道办事处2016年政府信息公开工作年度报告\n\n2016年4月18日，撤销玉泉乡设立玉泉街道办事处。"
            "本报告统计期限为2016年4月18日至2016年12月31日。\n一、主动公开情况\n"
            "街道成立以来，通过县政府信息公开平台主动公开信息147条，其中机构职能11条、政策文件136条。\n")
    assert report_periods(text) == {
        ("proactive", "total", 147, "partial_year"), ("proactive.channel", "ch_platform", 147, "partial_year"),
        ("proactive.category", "cat_org", 11, "partial_year"), ("proactive.category", "cat_policy", 136, "partial_year")}


@pytest.mark.parametrize("text, expected", [
    # a dated founding of the same body, no statistics period: the year's own count
    ("2019年3月，县退役军人事务局正式挂牌成立。\n一、主动公开情况\n我局挂牌成立以来，累计主动公开政府信息86条，"
     "其中工作动态50条、通知公告36条。\n",
     {("proactive", "total", 86, "annual"), ("proactive.category", "cat_news", 50, "annual"),
      ("proactive.category", "cat_notice", 36, "annual")}),
    # a month of this year, then a running total since an earlier year
    ("一、主动公开情况\n今年3月以来，我镇累计主动公开政府信息86条。自2008年以来累计公开政府信息1500条。\n",
     {("proactive", "total", 86, "annual"), ("proactive", "total", 1500, "cumulative")}),
    ("一、主动公开情况\n4月份以来，累计主动公开政府信息86条。\n", {("proactive", "total", 86, "annual")}),
    ("一、主动公开情况\n自2019年5月挂牌以来，我局累计主动公开政府信息40条。\n", {("proactive", "total", 40, "annual")}),
    # traps: the body founded earlier, or a group (not the body) founded this year
    ("一、主动公开情况\n全年主动公开政府信息120条。我局成立以来累计主动公开政府信息1500条。\n",
     {("proactive", "total", 120, "annual"), ("proactive", "total", 1500, "cumulative")}),
    ("2019年3月，我局成立了政务公开领导小组。\n一、主动公开情况\n全年主动公开政府信息120条。"
     "我局成立以来累计主动公开政府信息1500条。\n",
     {("proactive", "total", 120, "annual"), ("proactive", "total", 1500, "cumulative")}),
    ("一、主动公开情况\n全年主动公开政府信息120条。自2015年挂牌以来累计主动公开政府信息900条。\n",
     {("proactive", "total", 120, "annual"), ("proactive", "total", 900, "cumulative")}),
])
def test_since_a_start_inside_the_report_year(text, expected):
    assert report_periods("某县某某局2019年政府信息公开工作年度报告\n\n" + text) == expected


@pytest.mark.parametrize("year, period", [(2008, "annual"), (2012, "cumulative")])
def test_since_the_regulations_took_effect(year, period):
    # (in force from 1 May 2008: in 2008's report the year's own count, later a running total)
    text = "一、主动公开情况\n《条例》施行以来，我局累计主动公开政府信息320条。\n"
    assert report_periods(f"某县某某局{year}年政府信息公开工作年度报告\n\n" + text) == {("proactive", "total", 320, period)}


# --- holdout6: approvals disclosed, polluters monitored, a project's own notice, 信息公开网 -------

@pytest.mark.parametrize("text, expected", [
    # the notice of an approval is licensing, whatever project it is about
    ("全年主动公开环境信息150条，其中建设项目环评审批公示60条，行政处罚决定20条。",
     {total(150), cat("cat_service", 60), cat("cat_enforce", 20)}),
    ("全年主动公开信息80条，其中建设项目环评审批信息50条，环境影响评价审批公示30条。",
     {total(80), cat("cat_service", 50), cat("cat_service", 30)}),
    ("全年主动公开信息40条，其中水利工程行政许可公示40条。", {total(40), cat("cat_service", 40)}),
    # monitoring of polluters is supervision
    ("全年主动公开信息90条，其中重点排污单位监督性监测信息55条，环境质量信息35条。",
     {total(90), cat("cat_supervision", 55), cat("cat_supervision", 35)}),
    ("全年主动公开信息30条，其中排污单位自行监测数据30条。", {total(30), cat("cat_supervision", 30)}),
    # trap: approvals handled, a rate of notices
    ("全年办理行政审批事项120件，审批公示率100%。", set()),
])
def test_approvals_and_monitoring_of_polluters(text, expected):
    assert triples("一、主动公开情况\n" + text + "\n") == expected


@pytest.mark.parametrize("text, expected", [
    # 公示 after a project topic is that project's
    ("全年主动公开信息70条，其中补贴资金公示30条，农牧业项目公示25条，通知公告15条。",
     {total(70), cat("cat_fiscal", 30), cat("cat_project", 25), cat("cat_notice", 15)}),
    ("全年主动公开信息20条，其中村级基础设施项目公示12条，公示公告8条。",
     {total(20), cat("cat_project", 12), cat("cat_notice", 8)}),
    # traps: a field that names its own category before 项目公示, and a plain notice
    ("全年主动公开信息20条，其中招标项目公示9条，收费项目公示3条，任前公示2条，公示6条。",
     {total(20), cat("cat_procure", 9), cat("cat_fee", 3), cat("cat_personnel", 2), cat("cat_notice", 6)}),
])
def test_a_projects_own_notice(text, expected):
    assert triples("一、主动公开情况\n" + text + "\n") == expected


@pytest.mark.parametrize("text, expected", [
    ("全年主动公开信息93条。其中信息公开网发布52条，政务公开栏公示93条。",
     {total(93), ch("ch_website", 52), ch("ch_board", 93)}),
    ("全年主动公开信息93条，其中在市信息公开网公开60条，公开栏张贴33条。",
     {total(93), ch("ch_website", 60), ch("ch_board", 33)}),
    ("全年主动公开信息80条，其中通过县信息公开网发布信息52条，微信公众号推送28条。",
     {total(80), ch("ch_website", 52), ch("ch_wechat", 28)}),
])
def test_information_disclosure_net_is_a_website(text, expected):
    assert triples("一、主动公开情况\n" + text + "\n") == expected


@pytest.mark.parametrize("text, expected", [
    # a channel, then its count in brackets told only by the act
    ("全年主动公开政府信息200余条，主要渠道包括县政府门户网站（公开120条）、镇村公开栏（张贴公示63条）。",
     {total(200), ch("ch_website", 120), ch("ch_board", 63)}),
    ("全年主动公开政府信息200条，其中政府网站（发布120条），政务公开栏（张贴80条）。",
     {total(200), ch("ch_website", 120), ch("ch_board", 80)}),
    ("全年主动公开政府信息200条，主要包括工作动态（更新120条）、通知公告（发布80条）。",
     {total(200), cat("cat_news", 120), cat("cat_notice", 80)}),
    # traps: the total restated, a visit count, a part naming its own channel
    ("全年主动公开政府信息200条（公开200条）。", {total(200)}),
    ("全年主动公开政府信息200条，县政府网站（访问量1.2万次）。", {total(200)}),
    ("全年主动公开政府信息200条（其中网站公开150条）。", {total(200), ch("ch_website", 150)}),
])
def test_a_channels_count_in_brackets(text, expected):
    assert triples("一、主动公开情况\n" + text + "\n") == expected


@pytest.mark.parametrize("text, expected", [
    # a running total, then the report year's own part told by the act alone
    ("自2008年《条例》施行以来，我局累计主动公开政府信息428条，其中2016年公开131条。",
     {("proactive", "total", 428, "cumulative"), ("proactive", "total", 131, "annual")}),
    ("自2008年以来，我局累计主动公开政府信息428条，其中2016年公开信息131条。",
     {("proactive", "total", 428, "cumulative"), ("proactive", "total", 131, "annual")}),
    ("我局累计主动公开政府信息428条，其中本年度发布131条。",
     {("proactive", "total", 428, "cumulative"), ("proactive", "total", 131, "annual")}),
    # traps: another year's part, and a topic's count in the year's part
    ("自2008年以来，我局累计主动公开政府信息428条，其中2015年公开131条。",
     {("proactive", "total", 428, "cumulative")}),
    ("自2008年以来，我局累计主动公开政府信息428条，其中2016年公开政策文件31条。",
     {("proactive", "total", 428, "cumulative"), ("proactive.category", "cat_policy", 31, "annual")}),
])
def test_the_years_part_of_a_running_total_told_by_the_act(text, expected):
    assert with_periods("一、主动公开情况\n" + text + "\n", year=2016) == expected


@pytest.mark.parametrize("text, expected", [
    # a part of the total told in Chinese numerals, then where it went (在 / 同时报送 / 通过)
    ("本年度主动公开政府信息一百二十条，其中六十八条同时报送县政府门户网站发布。",
     {total(120), ch("ch_website", 68)}),
    ("本年度主动公开政府信息一百二十条，其中六十八条在县政府门户网站发布。",
     {total(120), ch("ch_website", 68)}),
    ("本年度主动公开政府信息120条，其中68条同时报送县政府门户网站发布。",
     {total(120), ch("ch_website", 68)}),
    ("本年度主动公开政府信息一百二十条，其中四十条通过政务微博发布。",
     {total(120), ch("ch_weibo", 40)}),
    # an idiom in Chinese numerals stays no count; a paper named 时报 stays news media
    ("我镇推行一条龙服务，全年主动公开政府信息86条。", {total(86)}),
    ("全年主动公开政府信息86条，其中在《清河时报》刊载12条。", {total(86), ch("ch_media", 12)}),
])
def test_a_chinese_numeral_part_then_where_it_went(text, expected):
    assert triples(text) == expected


# --- holdout7: the body's own field, said with no actor (全年…) or with 共计 -----------------

@pytest.mark.parametrize("agency, text, expected", [
    ("淮丰县财政局", "全年主动公开财政信息共计460条，包括部门预算、决算等。", {("proactive", "total", 460)}),
    ("淮丰县财政局", "全年主动公开财政信息460条。", {("proactive", "total", 460)}),
    ("淮丰县财政局", "本年度主动公开财政领域政府信息共计460条。", {("proactive", "total", 460)}),
    # another body's report: the topic is a category
    ("淮丰县人民政府", "全年主动公开财政信息共计460条。", {cat("cat_fiscal", 460)}),
    # a part named as the actor: no total of the body's
    ("淮丰县财政局", "各乡镇全年公开财政信息120条。", {cat("cat_fiscal", 120)}),
])
def test_holdout7_own_field_without_actor(agency, text, expected):
    assert triples(text, agency=agency) == expected


# --- holdout7: a total named by its topics, with 共计 before the count -------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年通过区政府门户网站公开环境行政许可、行政处罚、监测信息等共计2,115条。",
     {total(2115), ch("ch_website", 2115)}),
    ("在区政府网站公开行政许可、行政处罚、环境监测等信息共2115条。",
     {total(2115), ch("ch_website", 2115)}),
    ("全年公开政策文件、财政预决算等信息合计300条。", {total(300)}),
    # topics of one category: that category, no total
    ("全年公开低保、医疗救助等信息共计50条。", {cat("cat_welfare", 50)}),
])
def test_holdout7_topics_then_gongji(text, expected):
    assert triples(text, agency="浦江北区生态环境局") == expected


# --- holdout7: a column of a website named before the count is that website ------------------

@pytest.mark.parametrize("text, expected", [
    ("2010年，拉脊镇依托县政府信息公开网镇级子栏目，公开政务信息85条。", {total(85), ch("ch_website", 85)}),
    ("拉脊镇依托县政府网站乡镇专栏，公开政务信息85条。", {total(85), ch("ch_website", 85)}),
    ("利用县政府门户网站的乡镇信息公开专栏，全年发布信息60条。", {total(60), ch("ch_website", 60)}),
    # two channels before one count: none of them
    ("通过县政府网站和乡公开栏专栏，公开政务信息85条。", {total(85)}),
])
def test_holdout7_column_of_a_site(text, expected):
    assert triples(text, agency="拉脊镇人民政府") == expected


def test_holdout7_a_column_set_up_is_no_channel_named():
    # 设立专栏 is something done on the site, not the column the count went through
    assert triples("在网站显眼位置设立专栏，发布政策文件20件。") == {cat("cat_policy", 20)}


@pytest.mark.parametrize(("text", "expected"), [
    # 政务网: a government website by another name, a quoted column of it the same channel
    ("2013年，街道依托区政务网“社区之窗”专栏发布政务信息150条。",
     {ch("ch_website", 150), ("proactive", "total", 150)}),
    ("本年度我镇通过县政务网发布信息88条。", {ch("ch_website", 88), ("proactive", "total", 88)}),
    ("全年在市政务网“乡镇动态”栏目公开信息64条，通过政务微博推送信息30条。",
     {ch("ch_website", 64), ch("ch_weibo", 30)}),
    # an internal network is no website
    ("全年通过政务外网传输文件120份。", set()),
])
def test_channel_government_affairs_net(text, expected):
    assert triples(text, year=2013, agency="青石街道办事处") == expected


# --- holdout9: a list after the year's part of a running total is the year's ---------------------

@pytest.mark.parametrize("text, year, expected", [
    ("自2008年以来，我局累计主动公开政府信息540条，其中2012年新增公开130条，主要包括防汛信息50条、工作动态80条。",
     2012, {("proactive", "total", 540, "cumulative"), ("proactive", "total", 130, "annual"),
            ("proactive.category", "cat_emergency", 50, "annual"),
            ("proactive.category", "cat_news", 80, "annual")}),
    ("《条例》实施以来，本镇累计公开政府信息830条，其中本年度新增120条，包括通知公告40条，工作动态80条。",
     2015, {("proactive", "total", 830, "cumulative"), ("proactive", "total", 120, "annual"),
            ("proactive.category", "cat_notice", 40, "annual"), ("proactive.category", "cat_news", 80, "annual")}),
    ("截至2016年底，历年累计发布信息2100条，今年发布310条，其中网站发布200条、微信公众号110条。",
     2016, {("proactive", "total", 2100, "cumulative"), ("proactive", "total", 310, "annual"),
            ("proactive.channel", "ch_website", 200, "annual"), ("proactive.channel", "ch_wechat", 110, "annual")}),
    # traps: a list right after the running total is the running total's
    ("自2008年以来，我局累计主动公开政府信息540条，主要包括防汛信息50条、工作动态80条。",
     2012, {("proactive", "total", 540, "cumulative"), ("proactive.category", "cat_emergency", 50, "cumulative"),
            ("proactive.category", "cat_news", 80, "cumulative")}),
    ("截至2016年底，历年累计发布信息2100条，其中网站发布1800条、微信公众号300条。",
     2016, {("proactive", "total", 2100, "cumulative"), ("proactive.channel", "ch_website", 1800, "cumulative"),
            ("proactive.channel", "ch_wechat", 300, "cumulative")}),
])
def test_holdout9_a_list_after_the_years_part_is_annual(text, year, expected):
    assert with_periods(text, year=year) == expected


# --- holdout9: the body together with its departments is the body's total ----------------------

@pytest.mark.parametrize("agency, text, expected", [
    ("石山县人民政府", "县政府及各部门主动公开政府信息900条，其中县政府网站公开600条，新闻媒体公开300条。",
     {total(900), ch("ch_website", 600), ch("ch_media", 300)}),
    ("某市交通运输局", "本局及所属单位全年主动公开政府信息420条。", {total(420)}),
    ("青河区人民政府", "区政府和区直各部门共公开政府信息3120条。", {total(3120)}),
    ("平川市人民政府", "市政府及其工作部门主动公开政府信息5000余条。", {total(5000)}),
    # traps: told as a part (其中…) of a larger total, parts only, another body with its units
    ("平川市人民政府", "全市主动公开政府信息9000条，其中，市政府及其工作部门主动公开政府信息5000条，占55%。",
     {total(9000), ("proactive.subunit", "市政府及其工作部门", 5000)}),
    ("平川市人民政府", "全市主动公开政府信息9000条，其中市政府及市直部门公开5000条，各县区公开4000条。",
     {total(9000), ("proactive.subunit", "市政府及市直部门", 5000), ("proactive.subunit", "各县区", 4000)}),
    ("石山县人民政府", "各乡镇及各部门主动公开政府信息900条。", {("proactive.subunit", "各乡镇及各部门", 900)}),
    ("石山县人民政府", "县政府各部门主动公开政府信息900条。", {("proactive.subunit", "县政府各部门", 900)}),
    ("某市交通运输局", "市农业局及所属单位主动公开政府信息420条。", {("proactive.subunit", "市农业局及所属单位", 420)}),
])
def test_holdout9_the_body_with_its_departments(agency, text, expected):
    assert triples(text, agency=agency) == expected


def test_holdout9_the_body_with_its_departments_in_a_may_to_december_report():
    text = ("石山县人民政府2008年政府信息公开工作年度报告\n\n本报告统计时限为2008年5月1日至12月31日。\n"
            "一、主动公开情况\n《条例》施行以来，县政府及各部门主动公开政府信息900条，其中县政府网站公开600条。\n")
    assert report_periods(text) == {("proactive", "total", 900, "partial_year"),
                                    ("proactive.channel", "ch_website", 600, "partial_year")}


# --- holdout9: 张榜 is the notice board -----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年我镇主动公开政务信息一百二十条。公开方式以公开栏为主，张榜公布八十一条，其余通过网站发布。",
     {total(120), ch("ch_board", 81)}),
    ("全年主动公开政府信息150条，其中张榜公示60条，网站发布90条。",
     {total(150), ch("ch_board", 60), ch("ch_website", 90)}),
    ("本年度共公开政府信息七十条，张榜公开四十五条，政府网站公开二十五条。",
     {total(70), ch("ch_board", 45), ch("ch_website", 25)}),
    # traps: lists posted counted in 期, households named on them; 公示 alone stays a notice
    ("全年主动公开政府信息150条，张榜公布低保名单12期。", {total(150)}),
    ("全年主动公开政府信息150条。张榜公布惠农补贴发放名单涉及农户320户。", {total(150)}),
    ("全年主动公开政府信息150条，其中公示公告60条，网站发布90条。",
     {total(150), cat("cat_notice", 60), ch("ch_website", 90)}),
])
def test_holdout9_posted_on_the_board(text, expected):
    assert triples(text) == expected


# --- holdout9: a channel's count told by example topics, one an approval ------------------------

@pytest.mark.parametrize("agency, text, expected", [
    ("某市自然资源和规划局", "2022年，我局在市政府门户网站“法定主动公开内容”栏目发布国土空间规划、用地审批、"
     "矿产资源等政府信息五百三十一条，在“某某自然资源”微信公众号发布信息一百八十条。",
     {ch("ch_website", 531), ch("ch_wechat", 180)}),
    ("某县林业局", "我局在县政府网站公开林地审批、森林防火、野生动物保护等政务信息86条。", {ch("ch_website", 86)}),
    ("某县住房和城乡建设局", "全年主动公开政府信息500条，其中在县政府网站发布物业管理、房屋征收、建筑市场等政府信息三百二十条。",
     {total(500), ch("ch_website", 320)}),
    # traps: approvals done are no disclosure
    ("某县住房和城乡建设局", "全年办理行政审批事项240件，主动公开政府信息300条。", {total(300)}),
    ("某县住房和城乡建设局", "全年完成用地审批、规划许可等二百四十件，主动公开政府信息300条。", {total(300)}),
])
def test_holdout9_a_channels_count_by_example_topics(agency, text, expected):
    assert triples(text, agency=agency) == expected


# --- holdout9: table 二's documents in public to date are no category count ---------------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息900条。本年新制作规范性文件5件，新公开5件，截至年底对外公开规范性文件总数量达86件。",
     {total(900)}),
    ("全年主动公开政府信息900条。截至2017年底，本级规范性文件对外公开总数量为120件。", {total(900)}),
    ("全年主动公开政府信息900条。新制作规章2件，对外公开总数量15件。", {total(900)}),
    # the year's documents disclosed stay a category
    ("全年主动公开政府信息900条，其中对外公开规范性文件12件。", {total(900), cat("cat_policy", 12)}),
])
def test_holdout9_documents_in_public_to_date(text, expected):
    assert triples(text, year=2017) == expected


# --- holdout10-12: channels whose names hold category words -------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a board named by the grassroots affairs it shows, posting in step with the website
    ("全年通过区政府网站镇专栏公开信息72条；在12个村居务公开栏同步张贴信息200余条。",
     {total(72), ch("ch_website", 72), ch("ch_board", 200)}),
    ("全年主动公开政府信息90条，在7个嘎查村务公开栏同步公示信息60条。", {total(90), ch("ch_board", 60)}),
    ("全年主动公开政府信息90条，其中网站公开50条，居务公开栏公示40条。",
     {total(90), ch("ch_website", 50), ch("ch_board", 40)}),
    # a board called 公示板 / 公告板 is no notice category
    ("全年主动公开政府信息300条，其中门户网站发布120条，公告板公开180条。",
     {total(300), ch("ch_website", 120), ch("ch_board", 180)}),
    ("全年主动公开政府信息300条。其中，微信推送100条；公示板张贴200条。",
     {total(300), ch("ch_wechat", 100), ch("ch_board", 200)}),
    # trap: the notice category stays one
    ("全年主动公开政府信息300条，其中公示公告100条，工作动态200条。",
     {total(300), cat("cat_notice", 100), cat("cat_news", 200)}),
])
def test_holdout11_boards_named_by_category_words(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 网上公开信息N条 beside other channels' counts in a total's breakdown: the website
    ("全年主动公开政府信息500条。其中，网上公开信息200条，占40%；微信发布300条，占60%。",
     {total(500), ch("ch_website", 200), ch("ch_wechat", 300)}),
    ("全年共主动公开政府信息80条，其中公开栏公开30条，网上发布信息50条。",
     {total(80), ch("ch_board", 30), ch("ch_website", 50)}),
    ("全年主动公开政府信息120条，其中在网上公开政府信息70条，通过电子显示屏播出50条。",
     {total(120), ch("ch_website", 70), ch("ch_screen", 50)}),
    # traps: alone, or in a category's breakdown, it stays a part left unread
    ("全年主动公开政府信息120条，其中网上公开信息70条。", {total(120)}),
    ("全年共主动公开执法信息52条，其中网上公开信息30条，公开栏公开22条。",
     {cat("cat_enforce", 52), ch("ch_board", 22)}),
])
def test_holdout11_online_beside_other_channels(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quoted account name holding a category word is the account's
    ("全年主动公开政府信息900条，其中门户网站300条，“清河自然资源”微信公众号600条。",
     {total(900), ch("ch_website", 300), ch("ch_wechat", 600)}),
    ("全年主动公开政府信息500条，其中“平安交通”微博200条、“健康某县”公众号300条。",
     {total(500), ch("ch_weibo", 200), ch("ch_wechat", 300)}),
    # traps: a quoted category name stays a category
    ("全年主动公开政府信息300条，其中“双随机、一公开”信息12条。", {total(300), cat("cat_enforce", 12)}),
])
def test_holdout11_a_quoted_account_name_is_no_category(text, expected):
    assert triples(text) == expected


# --- holdout11-12: totals told as a number of items, and 工作信息 -------------------------------

@pytest.mark.parametrize("text, expected", [
    # (the street's own column: its count is the street's volume)
    ("2022年街道政务公开专栏公开数量为40条，其中机构职能5条，工作信息35条。",
     {total(40), ch("ch_website", 40), cat("cat_org", 5), cat("cat_news", 35)}),
    ("全年政府信息公开数量共计86条，其中政策文件6条、工作信息80条。",
     {total(86), cat("cat_policy", 6), cat("cat_news", 80)}),
    ("本年度主动公开政务信息总量为120条，其中通知公告20条，工作信息100条。",
     {total(120), cat("cat_notice", 20), cat("cat_news", 100)}),
    # a share after each count
    ("我局共主动公开政府信息六十条。其中，机构信息6条，占10%；工作信息54条，占90%。",
     {total(60), cat("cat_org", 6), cat("cat_news", 54)}),
    # trap: a number of visits is no volume
    ("全年主动公开政府信息60条，网站访问数量为12000次。", {total(60)}),
])
def test_holdout11_a_total_told_as_a_number(text, expected):
    assert triples(text, agency="某某街道办事处") == expected


# --- holdout10-11: copies printed, table 二's rows in prose, request outcomes --------------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息80条。印制《政府信息公开指南》3000份，发放到各村。", {total(80)}),
    ("全年主动公开政府信息80条，发放政务公开宣传资料1,500余份。", {total(80)}),
    ("全年主动公开政府信息80条。印刷双语公开目录200份。", {total(80)}),
    # trap: subsidies paid out are a category
    ("全年主动公开政府信息80条，其中惠农补贴发放30条，工作动态50条。",
     {total(80), cat("cat_fiscal", 30), cat("cat_news", 50)}),
])
def test_holdout10_copies_printed_are_no_disclosure(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text", [
    "全年主动公开政府信息80条。全年新制作规范性文件3件并全部公开，现对外公开的规范性文件累计共21件。",
    "全年主动公开政府信息80条。第二十条第（一）项规章0件；规范性文件本年新制作2件。",
    "全年主动公开政府信息80条。第二十条第（五）项行政许可处理决定数量120件。",
])
def test_holdout11_table_two_told_in_prose_is_no_category(text):
    assert triples(text) == {total(80)}


def test_holdout11_a_running_total_of_all_information_stays_a_total():
    assert triples("全年对外公开政府信息累计300条，其中规范性文件12件。") == {total(300), cat("cat_policy", 12)}


@pytest.mark.parametrize("text", [
    "本年度共受理政府信息公开申请十件，已公开八件，另两件所申请信息不存在。",
    "收到申请20件，公开12件，不予公开3件。",
    "全年接到公开申请6件，公开4件，2件因涉及个人隐私不予公开。",
])
def test_holdout10_a_requests_outcome_is_no_proactive_volume(text):
    assert not any(m.startswith("proactive") for m, _, _ in triples(text))


def test_holdout10_a_chinese_count_before_its_requests_outcome():
    got = triples("本年度共受理政府信息公开申请十件，另一件所申请信息不存在，一件因涉及个人隐私不同意公开。")
    assert ("requests.outcome", "unable.not_exist", 1) in got
    assert ("requests.outcome", "deny.privacy", 1) in got


@pytest.mark.parametrize("agency, text, expected", [
    ("某某镇人民政府", "2021年镇政府信息公开专栏发布各类信息95条。",
     {total(95), ch("ch_website", 95)}),
    ("某某街道办事处", "街道政务公开专栏发布信息60条。", {total(60), ch("ch_website", 60)}),
    # trap: the body's board is one outlet, beside the platform's volume
    ("某乡人民政府", "在平台发布信息204条，乡政务公开栏公示108条。", {total(204), ch("ch_board", 108)}),
    # traps: another body's column, and several channels each with its count
    ("某某镇人民政府", "在县政府信息公开专栏发布各类信息95条。", {ch("ch_website", 95)}),
    # (the body's own disclosure column is the volume beside other outlets, as 主动公开 is)
    ("某某镇人民政府", "镇政府信息公开专栏发布信息95条，镇政务公开栏张贴信息30条。",
     {total(95), ch("ch_website", 95), ch("ch_board", 30)}),
    ("某某镇人民政府", "2021年镇政府信息公开专栏发布各类信息95条；镇开设新媒体账号2个，其中“某某发布”微信公众号推送信息400条。",
     {total(95), ch("ch_website", 95), ch("ch_wechat", 400)}),
    ("某某镇人民政府", "在县政府信息公开专栏发布信息95条，镇政务公开栏张贴信息30条。",
     {ch("ch_website", 95), ch("ch_board", 30)}),
])
def test_holdout12_the_bodys_own_channel_states_its_volume(agency, text, expected):
    assert triples(text, agency=agency) == expected


# --- fa3: proactive families probed in other provinces' phrasings ------------------------------

@pytest.mark.parametrize("text, expected", [
    ("本年度共公开政府信息420条（其中主动公开401条，依申请公开19条）。", {total(401)}),
    ("全年公开各类政府信息138条，其中主动公开131条，依申请公开7条。", {total(131)}),
    ("全年公开政府信息共计96条。其中：主动公开90条，依申请公开6条。", {total(90)}),
    ("全年累计公开政府信息77条，其中主动公开75条、依申请公开2条。", {total(75)}),
    ("全年共发布各类政府信息3560条，其中，主动公开3541条，依申请公开19条。", {total(3541)}),
    ("2020年共计公开政务信息558条，主动公开信息546条，依申请公开信息12条。", {total(546)}),
    # the part released on request alone: the proactive volume is not stated
    ("我局全年公开信息175条（含依申请公开3条）。", set()),
    ("全年公开政府信息326条，其中依申请公开8条。", set()),
    # trap: a volume told 主动公开 beside what it leaves out
    ("全年主动公开政府信息326条（不含依申请公开8条）。", {total(326)}),
    # traps: a count told 主动公开 keeps its breakdown by channel; what was made (制发) is no
    # disclosure; a running total over several years keeps the year's part beside it
    ("主动公开政府信息264条，其中通过网站公开230条。", {total(264), ch("ch_website", 230)}),
    ("今年我镇制发政府信息58条，其中主动公开55条，依申请公开3条。", {total(55)}),
    ("累计公开政府信息4200条，其中本年度主动公开310条。", {total(4200), total(310)}),
])
def test_fa3_a_count_holding_requests_released_is_no_proactive_total(text, expected):
    # (the counts of requests released are prose_requests' reading, not asserted here)
    assert {t for t in triples(text) if t[0].startswith("proactive")} == expected


@pytest.mark.parametrize("text, expected", [
    ("主动公开政府信息128条。其中，在区政府网站公开92条，通过《政务简报》公开21条，在办事大厅公示15条。",
     {total(128), ch("ch_website", 92), ch("ch_gazette", 21), ch("ch_venue", 15)}),
    ("全年主动公开信息80条，其中在政务服务大厅公示信息26条，通过工作简报刊发信息9条。",
     {total(80), ch("ch_venue", 26), ch("ch_gazette", 9)}),
    ("全年主动公开信息64条，其中门户网站公开40条，便民服务中心公示24条。",
     {total(64), ch("ch_website", 40), ch("ch_venue", 24)}),
    ("在市档案馆、图书馆报送纸质文件33份。", {ch("ch_venue", 33)}),
    ("通过村村通广播播报信息41条。", {ch("ch_media", 41)}),
    ("全年主动公开政府信息300条。在便民服务大厅设置公开栏，张贴政务信息120份。",
     {total(300), ch("ch_board", 120)}),
    ("编印《政务公开》专刊4期，刊登政府信息56条。", {ch("ch_gazette", 56)}),
    # trap: copies an archive received are its own, no volume of the body's
    ("县档案馆、图书馆全年共接收公开信息1600多份。", {ch("ch_venue", 1600)}),
    # traps: 公示 opening a category's name, a bulletin sent upwards, issues of a bulletin
    ("全年主动公开信息60条，其中公示公告类信息15条，政策文件类信息45条。",
     {total(60), cat("cat_notice", 15), cat("cat_policy", 45)}),
    ("向市政府报送政务简报20篇。", set()),
    ("编印《工作简报》12期。", set()),
])
def test_fa3_channels_told_by_a_place_or_a_bulletin(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("依托政府信息公开平台，全年公开财政预决算、“三公”经费等信息23条，公开重大项目建设信息17条，公开征地拆迁信息9条。",
     {cat("cat_fiscal", 23), cat("cat_project", 17), cat("cat_land", 9)}),
    ("通过区政府门户网站，公开政策文件12条，公开工作动态130条。",
     {cat("cat_policy", 12), cat("cat_news", 130)}),
    ("在县政府网站上，发布人事任免信息6条，发布招考公告4条，发布安全生产信息11条。",
     {cat("cat_personnel", 6), cat("cat_personnel", 4), cat("cat_supervision", 11)}),
    # traps: one count after the channel is the channel's; an account's posts are its own
    ("依托政府信息公开平台公开信息49条。", {ch("ch_platform", 49)}),
    ("依托县政府门户网站，公开财政预决算信息23条。", {ch("ch_website", 23)}),
    ("开通微信公众号，推送工作动态200篇，转发文章70篇。", {ch("ch_wechat", 200), ch("ch_wechat", 70)}),
])
def test_fa3_a_channel_named_once_before_several_topic_counts(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全年新增主动公开信息183条，累计达2456条。",
     {("proactive", "total", 183, "annual"), ("proactive", "total", 2456, "cumulative")}),
    ("本年度主动公开政府信息95条，历年累计1380条。",
     {("proactive", "total", 95, "annual"), ("proactive", "total", 1380, "cumulative")}),
    ("全年主动公开信息230条，总数累计达到5120条。",
     {("proactive", "total", 230, "annual"), ("proactive", "total", 5120, "cumulative")}),
    ("本年度新增主动公开信息412条，截至年底累计主动公开信息8645条。",
     {("proactive", "total", 412, "annual"), ("proactive", "total", 8645, "cumulative")}),
    # trap: a running count with nothing before it is no total
    ("累计312条。", set()),
])
def test_fa3_a_running_total_told_after_the_years_count(text, expected):
    assert with_periods(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("本年度我局主动公开政府信息（含转载）1089条。", {total(1089)}),
    ("全年主动公开政府信息数达到1234条。", {total(1234)}),
    ("本年度共公开政府信息（不含重复）326条，其中主动公开318条，依申请公开8条。", {total(318)}),
    ("主动公开的信息中，规章制度类21条，办事服务类56条，应急管理类4条。",
     {cat("cat_policy", 21), cat("cat_service", 56), cat("cat_emergency", 4)}),
    # trap: an aside holding a count keeps its breakdown apart
    ("全年主动公开政府信息87条（同一信息多渠道发布计1条），其中低保及临时救助15条。",
     {total(87), cat("cat_welfare", 15)}),
])
def test_fa3_totals_with_an_aside_or_达到_and_service_categories(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("在“信用中国”网站公示行政许可信息126条、行政处罚信息18条。",
     {cat("cat_service", 126), cat("cat_enforce", 18)}),
    ("在区政府网站公示行政许可决定230件，行政处罚决定12件。",
     {cat("cat_service", 230), cat("cat_enforce", 12)}),
    ("通过门户网站公示双公示信息88条。", {cat("cat_enforce", 88)}),
    # traps: a board's name holding 公示, a notice period
    ("在公示栏张贴信息30条。", {ch("ch_board", 30)}),
    ("项目在网站公示7天。", set()),
])
def test_fa3_what_a_site_posts_by_公示_is_its_topic(text, expected):
    assert triples(text) == expected


# --- holdout13/14: categories named by their subject, and suggestions handled as a list item ---

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息50条，其中组织机构4条，脱贫攻坚16条，工作动态30条。",
     {total(50), cat("cat_org", 4), cat("cat_welfare", 16), cat("cat_news", 30)}),
    ("我局全年公开政府信息80条，其中：办税指南25条，税收政策55条。",
     {total(80), cat("cat_service", 25), cat("cat_policy", 55)}),
    ("本年度公开信息共42条，包括通知公告12条、人大建议政协提案办理10条、政策文件20条。",
     {total(42), cat("cat_notice", 12), cat("cat_proposal", 10), cat("cat_policy", 20)}),
    ("全年主动公开政府信息30条，包括工作动态22条、建议提案办理8条。",
     {total(30), cat("cat_news", 22), cat("cat_proposal", 8)}),
    # registration is a service; land taken or supplied is land
    ("全年主动公开政府信息100条，其中土地征收信息30条，不动产登记相关信息20条，工作动态50条。",
     {total(100), cat("cat_land", 30), cat("cat_service", 20), cat("cat_news", 50)}),
])
def test_subject_categories_and_suggestions_handled_as_a_list_item(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text", [
    "全年主动公开政府信息60条。全镇共办理人大代表建议11件，政协提案办理5件。",
    "全年主动公开政府信息60条，人大代表建议办理12件。",
])
def test_suggestions_handled_are_no_category(text):
    assert triples(text) == {total(60)}


# --- holdout14: a column's or account's running count beside the year's total ----------------

@pytest.mark.parametrize("text, expected", [
    # the column's own running count: the channel's only
    ("全年主动公开政府信息200条。截至年底，本局网站信息公开专栏累计发布信息9,000条。",
     {("proactive", "total", 200, "annual"), ("proactive.channel", "ch_website", 9000, "cumulative")}),
    ("全年主动公开政府信息200条。镇政府网站自2011年改版以来累计发布信息1,500余条。",
     {("proactive", "total", 200, "annual"), ("proactive.channel", "ch_website", 1500, "cumulative")}),
    ("全年主动公开政府信息200条。“某某发布”微信公众号自2013年开通以来累计推送信息1,400余条。",
     {("proactive", "total", 200, "annual"), ("proactive.channel", "ch_wechat", 1400, "cumulative")}),
    # the body's own running volume: said 主动公开政府信息, said by the body, or through the
    # channel the year's total was told through
    ("全年主动公开政府信息200条。截至2015年底，我局通过门户网站累计主动公开政府信息3,000条。",
     {("proactive", "total", 200, "annual"), ("proactive", "total", 3000, "cumulative"),
      ("proactive.channel", "ch_website", 3000, "cumulative")}),
    ("全年共主动公开政府信息86条。截至2015年底，我镇在县政府信息公开网累计公开信息412条。",
     {("proactive", "total", 86, "annual"), ("proactive", "total", 412, "cumulative"),
      ("proactive.channel", "ch_website", 412, "cumulative")}),
    ("全年在区政府网站本镇专栏发布信息263条，其中政策文件18条、工作动态245条。"
     "该专栏自2011年开设以来累计发布信息2,180条。",
     {("proactive", "total", 263, "annual"), ("proactive", "total", 2180, "cumulative"),
      ("proactive.category", "cat_news", 245, "annual"), ("proactive.category", "cat_policy", 18, "annual"),
      ("proactive.channel", "ch_website", 263, "annual"), ("proactive.channel", "ch_website", 2180, "cumulative")}),
])
def test_a_channels_running_count_beside_the_years_total(text, expected):
    assert with_periods(text) == expected


# --- holdout13/14: matters handled, and the boards of a service centre -------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息60条。镇便民服务中心全年为群众办理各类事项3,100件，网上公开的办事指南仍不完整。",
     {total(60)}),
    ("全年主动公开政府信息60条。全年办理12345热线转办件80件，网上公开办理结果。", {total(60)}),
    ("全年主动公开政府信息60条，其中行政许可办理结果20条、工作动态40条。",
     {total(60), cat("cat_service", 20), cat("cat_news", 40)}),
    ("全年主动公开政府信息60条，其中办理对外管理服务事项的依据、条件、程序12条。",
     {total(60), cat("cat_service", 12)}),
])
def test_matters_handled_are_no_disclosure(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全年通过网站公开信息50条，在镇政务服务中心及各村公示栏公开低保、救助等信息120余条。",
     {ch("ch_website", 50), ch("ch_board", 120)}),
    ("全年通过网站公开信息50条，在乡政务服务中心和各村委会公开栏公示惠农补贴信息80条。",
     {ch("ch_website", 50), ch("ch_board", 80)}),
    ("全年通过网站公开信息50条，在乡政务服务中心及各村公开栏公示低保、医疗救助、惠农补贴等信息90余条。",
     {ch("ch_website", 50), ch("ch_board", 90)}),
    # several outlets named as examples share no count
    ("全年通过网站公开信息50条，在便民服务中心、公开栏、电子屏等公开信息120条。",
     {total(50), ch("ch_website", 50)}),
])
def test_the_boards_of_a_service_centre(text, expected):
    assert triples(text) == expected


# --- holdout13: what the press and broadcasters carry is their own volume, whatever its topic ---

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息300条，其中网站公开200条，在某某日报、市电视台发布防汛预警信息30条。",
     {total(300), ch("ch_website", 200), ch("ch_media", 30)}),
    ("全年主动公开政府信息300条，通过县融媒体中心播发惠民政策信息45条。", {total(300), ch("ch_media", 45)}),
    ("全年主动公开政府信息300条，在县广播电台播报防灾减灾信息12条。", {total(300), ch("ch_media", 12)}),
    # no outlet named: the topic is the category
    ("全年主动公开政府信息300条，其中防汛预警信息30条。", {total(300), cat("cat_emergency", 30)}),
])
def test_what_the_press_carries_is_its_channel(text, expected):
    assert triples(text) == expected


# --- holdout13: the channel named as the main means (主要途径是…，共发布N条) -------------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息126条。公开的主要途径是县政府门户网站，共发布98条；其余信息通过公开栏张贴。",
     {total(126), ch("ch_website", 98)}),
    ("全年主动公开政府信息126条。信息公开的主要渠道为区政府网站，全年发布信息90条。",
     {total(126), ch("ch_website", 90)}),
    ("全年主动公开政府信息126条。公开载体主要是政务微信公众号，推送80条。",
     {total(126), ch("ch_wechat", 80)}),
    # requests received through a channel are no disclosure
    ("全年主动公开政府信息126条。申请的主要渠道是网站，共受理申请5件。",
     {total(126), ("requests.new", "total", 5)}),
])
def test_the_channel_named_as_the_main_means(text, expected):
    assert triples(text) == expected


# --- holdout14: several accounts told together by their kind (3个政务新媒体账号) -------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息500条。本镇现有微信公众号、微博和抖音号3个政务新媒体账号，全年共推送信息900条，粉丝2万。",
     {total(500), ch("ch_newmedia", 900)}),
    ("全年主动公开政府信息500条。局机关运营微信公众号“某某”、头条号“某某”2个新媒体账号，全年发布信息640条。",
     {total(500), ch("ch_newmedia", 640)}),
    # accounts named as examples, not counted: their output is no one channel's
    ("全年主动公开政府信息500条。开通微信、微博等政务新媒体，全年发布信息300条。", {total(500)}),
])
def test_accounts_told_together_by_their_kind(text, expected):
    assert triples(text) == expected
