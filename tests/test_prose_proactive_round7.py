"""Proactive-disclosure phrasings met in the blind sets provinces-holdout15 … -holdout18: each family
in several wordings of our own, with the exact set of facts expected, and neighbours that must not
change."""
from __future__ import annotations

import pytest
from ogi import taxonomy
from snippets import cat, ch, total, triples


def sub(key: str, value: float) -> tuple[str, str, float]:
    return ("proactive.subunit", key, value)


# --- A. categories named by their subject, without 类 --------------------------------------------

@pytest.mark.parametrize("label, expected", [
    # 惠农 policies are the subsidies paid to farmers
    ("惠农政策及补助资金发放类", "cat_fiscal"),
    ("强农惠农政策落实信息", "cat_fiscal"),
    ("粮食直补等补助资金信息", "cat_fiscal"),
    # a project or works named by its own name
    ("易地扶贫搬迁安置工程信息", "cat_welfare"),      # (a field naming its own category comes first)
    ("农村饮水安全工程和乡村道路项目信息", "cat_project"),
    ("棚改安置房建设项目", "cat_land"),
    ("城镇老旧小区改造类", "cat_project"),
    # the bodies of the Party and government and their duties
    ("党政机构及工作职责信息", "cat_org"),
    ("乡党政机构设置类", "cat_org"),
    ("各站所工作职责", "cat_org"),
    # public housing and its allocation is housing, not a notice
    ("保障性住房分配公示信息", "cat_land"),
    ("公租房配租结果公示", "cat_land"),
    ("廉租住房资格审核公示类", "cat_land"),
    # traps: the fields that name their own category before 项目 / 工程
    ("招标项目公示", "cat_procure"),
    ("收费项目", "cat_fee"),
    ("民生工程信息", "cat_welfare"),
    ("定点医药机构信息", None),
])
def test_categories_named_by_subject(label, expected):
    assert taxonomy.category_id(label) == expected


@pytest.mark.parametrize("text, expected", [
    ("本局共主动公开政府信息80条，其中项目审批核准信息30条、通知公告50条。",
     {total(80), cat("cat_service", 30), cat("cat_notice", 50)}),
    ("全年主动公开信息45条，按内容分：建设项目审批类信息20条，企业投资项目核准信息15条，工作动态10条。",
     {total(45), cat("cat_service", 20), cat("cat_service", 15), cat("cat_news", 10)}),
    ("我乡共公开政府信息60条，其中安居工程和牧民定居项目信息25条，党政机构及职责信息5条，惠农政策及补助发放类30条。",
     {total(60), cat("cat_project", 25), cat("cat_org", 5), cat("cat_fiscal", 30)}),
])
def test_subject_categories_in_a_list(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the kind after a field decides: tenders of works, approvals of projects, funds of projects
    ("全年主动公开信息90条，其中工程招投标信息60条，项目审批类（行政许可）20条，项目资金类10条。",
     {total(90), cat("cat_procure", 60), cat("cat_service", 20), cat("cat_fiscal", 10)}),
    ("全年主动公开信息30条，其中建设工程招标公告18条、扶贫项目公示12条。",
     {total(30), cat("cat_procure", 18), cat("cat_welfare", 12)}),
])
def test_the_kind_after_a_project_word(text, expected):
    assert triples(text) == expected


def test_approvals_counted_stay_no_category():
    # (approvals done, not disclosed items)
    assert triples("全年完成项目审批核准45件，主动公开政府信息300条。") == {total(300)}


# --- B. the body itself by its short name is no subunit; real parts are --------------------------

@pytest.mark.parametrize("agency, text, expected", [
    ("某某高新技术产业开发区管理委员会", "2016年，高新区管委会主动公开政府信息820条，其中通过门户网站公开700条。",
     {total(820), ch("ch_website", 700)}),
    ("某某市某某新区管理委员会", "2013年，新区管委会共主动公开各类政府信息200余条。", {total(200)}),
    ("某某经济技术开发区管理委员会", "全年经开区管委会主动公开政府信息360条，依申请公开2件。", {total(360)}),
    ("某某经济开发区管理委员会", "本年度，管委会主动公开政府信息150条。", {total(150)}),
    ("某某经济开发区管理委员会", "本年度，开发区管委会主动公开政府信息150条。", {total(150)}),
    ("某某工业园区管理委员会", "2019年，园区管委会共主动公开政府信息210条。", {total(210)}),
])
def test_the_body_by_its_short_name_states_its_total(agency, text, expected):
    assert {f for f in triples(text, agency=agency) if f[0].startswith("proactive")} == expected


@pytest.mark.parametrize("agency, text, expected", [
    ("某县人民政府", "全县主动公开政府信息900条，其中县经开区管委会公开110条。",
     {total(900), sub("县经开区管委会", 110)}),
    ("某某市人民政府", "全市主动公开政府信息900条，其中各开发区管委会公开110条。",
     {total(900), sub("各开发区管委会", 110)}),
])
def test_a_zone_committee_in_a_governments_report_is_a_part(agency, text, expected):
    assert triples(text, agency=agency) == expected


@pytest.mark.parametrize("text, expected", [
    ("全年公开政务信息一百五十条，其中苏木本级公开六十条，各嘎查公开九十条。",
     {total(150), sub("苏木本级", 60), sub("各嘎查", 90)}),
    ("本年度共公开信息120条，其中乡本级公开40条、各村公开80条。",
     {total(120), sub("乡本级", 40), sub("各村", 80)}),
    ("全市主动公开政府信息9.2万条。其中市本级3.1万条，各县（区）6.1万条。",
     {total(92000), sub("市本级", 31000), sub("各县（区）", 61000)}),
    ("全年主动公开政府信息90条，其中局本级公开60条，下属单位公开30条。",
     {total(90), sub("局本级", 60), sub("下属单位", 30)}),
    ("全盟主动公开政府信息5万条，其中盟直部门1.2万条，各旗（县、市）3.8万条。",
     {total(50000), sub("盟直部门", 12000), sub("各旗（县、市）", 38000)}),
])
def test_parts_of_the_body(text, expected):
    assert triples(text) == expected


# --- C. totals through a channel, with a year word, beside a change ------------------------------

@pytest.mark.parametrize("text, expected", [
    # a channel's count broken down by topic is the volume the topics share
    ("（一）主动公开。通过区政府网站部门专栏公开信息200条，其中政策文件20条、工作动态180条。",
     {total(200), ch("ch_website", 200), cat("cat_policy", 20), cat("cat_news", 180)}),
    ("本年度在县政府信息公开平台发布信息90条，包括通知公告30条，财政预决算60条。",
     {total(90), ch("ch_platform", 90), cat("cat_notice", 30), cat("cat_fiscal", 60)}),
    ("依托门户网站公开信息75条，其中规划计划15条，人事信息60条。",
     {total(75), ch("ch_website", 75), cat("cat_plan", 15), cat("cat_personnel", 60)}),
])
def test_a_channel_count_broken_down_by_topic_is_the_total(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # beside a stated total, or beside another channel's count, it stays the channel's
    ("全年主动公开政府信息300条。通过区政府网站公开信息200条，其中政策文件20条、工作动态180条。",
     {total(300), ch("ch_website", 200), cat("cat_policy", 20), cat("cat_news", 180)}),
    ("通过区政府网站公开信息200条，其中政策文件20条；通过微信公众号推送信息90条。",
     {ch("ch_website", 200), cat("cat_policy", 20), ch("ch_wechat", 90)}),
    # broken down by channel, not by topic
    ("通过区政府网站公开信息200条，其中在部门专栏发布150条。", {ch("ch_website", 200)}),
])
def test_a_channel_count_beside_others_stays_the_channels(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, year, expected", [
    ("截至2012年底，我镇累计主动公开政府信息520条，其中2012年度新公开133条。", 2012,
     {total(520), total(133)}),
    ("我局历年累计公开政府信息900条，其中本年度新公开210条。", 2016, {total(900), total(210)}),
    ("自2008年以来累计主动公开信息1500条，其中今年新公开320条。", 2014, {total(1500), total(320)}),
])
def test_the_years_new_items_after_a_running_total(text, year, expected):
    assert triples(text, year=year) == expected


@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息180条，较上年增加30条，其中在县政府门户网站公开150条，在《某某日报》发布30条。",
     {total(180), ch("ch_website", 150), ch("ch_media", 30)}),
    ("全年主动公开政府信息95条，比上年减少12条，其中政策文件20条、工作动态75条。",
     {total(95), cat("cat_policy", 20), cat("cat_news", 75)}),
    ("本年度共主动公开信息260条，同比增长40条，其中通过微信公众号推送100条。",
     {total(260), ch("ch_wechat", 100)}),
    ("全年主动公开政府信息217条，较2015年增加58条，其中在县政府门户网站公开193条。",
     {total(217), ch("ch_website", 193)}),
    ("全年主动公开政府信息217条，比去年多58条，其中工作动态150条。",
     {total(217), cat("cat_news", 150)}),
])
def test_a_change_beside_the_count_keeps_its_breakdown(text, expected):
    assert triples(text) == expected


def test_the_breakdown_of_a_count_that_is_no_volume_stays_unread():
    # (a count of approvals, its change, then its parts: no disclosure)
    assert triples("全年办结行政审批事项400件，较上年增加50件，其中网上办理300件。") == set()


# --- D. precision: what a count is not ----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # the count of what the named channel did not carry
    ("全年主动公开政府信息120条。网站以外的30条主要通过公示栏和广播发布。", {total(120)}),
    ("全年主动公开政府信息120条，除门户网站外的信息30条通过公示栏张贴。", {total(120)}),
    ("本年度主动公开政府信息88条，门户网站之外的20条在政务公开栏公布。", {total(88)}),
    ("全年主动公开政府信息148条，网站以外的其他信息40条在公示栏张贴。", {total(148)}),
    ("全年主动公开政府信息148条，其中网站发布108条，其余40条通过公示栏和电视台发布。",
     {total(148), ch("ch_website", 108)}),
    # (an explicit other kind in a list of categories stays cat_other)
    ("全年主动公开政府信息70条，其中工作动态30条，其他信息40条。",
     {total(70), cat("cat_news", 30), cat("cat_other", 40)}),
])
def test_the_count_of_the_other_channels(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # hotline tickets handled
    ("（四）其他。办理12345政务服务便民热线转办工单520件，组织政务公开培训3次。", set()),
    ("全年主动公开政府信息60条。受理市长热线转办件88件，公开办理结果。", {total(60)}),
    ("全年主动公开政府信息60条，处理政务服务热线工单公开回复130件。", {total(60)}),
    # copies of materials put out or handed out
    ("在区政务服务中心查阅点摆放公开资料1500余份。", set()),
    ("通过门户网站公开信息400条；在便民服务大厅放置政策宣传资料600份。", {ch("ch_website", 400)}),
    ("全年主动公开政府信息50条，在村委会发放公开资料手册800份。", {total(50)}),
])
def test_tickets_and_copies_are_no_items(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an online part beside an offline one is no total
    ("线上，通过区政府网站街道专栏主动公开信息60条；线下，通过社区公开栏张贴信息45条。",
     {ch("ch_website", 60), ch("ch_board", 45)}),
    ("线下在便民服务中心公示信息30份，线上通过门户网站主动公开政府信息72条。",
     {ch("ch_venue", 30), ch("ch_website", 72)}),
    ("2022年，线上依托门户网站主动公开政府信息40条，线下通过公示栏公开20条。",
     {ch("ch_website", 40), ch("ch_board", 20)}),
])
def test_online_and_offline_parts(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # several displays of different kinds: their joint volume, no channel's and no topic's
    ("通过政务服务中心公开专区和社区公告栏公开政策文件80份。", set()),
    ("在便民服务大厅和各村公开栏、电子显示屏公示低保信息43条。", set()),
    ("全年主动公开政府信息100条，在查阅点、公示栏和电子屏公开通知公告30条。", {total(100)}),
    # one display keeps its volume; channels named as examples (等) leave the topic
    ("在村务公开栏公示低保信息43条。", {ch("ch_board", 43)}),
    ("依托公示栏、电子屏等载体公开惠农补贴信息36条。", {cat("cat_fiscal", 36)}),
])
def test_several_displays_share_one_count(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # one count for a board and a screen told together: no one channel's (P5; the taxonomy keeps
    # ch_board and ch_screen apart, and names no kind holding both)
    ("全年共公开政府信息约400条。其中，通过区政府网站街道专栏发布信息96条；通过社区宣传栏、LED显示屏公开信息约300条。",
     {total(400), ch("ch_website", 96)}),
    ("全年主动公开政府信息150条，通过公开栏和电子屏公开信息60条。", {total(150)}),
    ("全年主动公开政府信息150条，其中在镇公示栏、村务公开栏张贴信息60条。", {total(150), ch("ch_board", 60)}),
])
def test_a_count_for_several_channels_together(text, expected):
    assert triples(text) == expected
