"""Proactive-disclosure phrasings of the fifteenth session: each family in several wordings of our
own, with the exact set of facts expected, and neighbours that must not change."""
from __future__ import annotations

from datetime import date

import pytest
from ogi.extract.metadata import stats_period
from ogi.extract.prose_counts import _category_id
from snippets import cat, ch, total, triples, with_periods


def _county(text: str) -> set:
    return triples(text, agency="某某县人民政府", year=2020)


def _town(text: str) -> set:
    return with_periods(text, agency="某某镇人民政府", year=2020)


# --- A. the statistics period named 统计起止时间 / 数据的时间范围 ---------------------------------------

@pytest.mark.parametrize("sentence, period", [
    ("本报告所列数据的统计起止时间为2020年5月1日至2020年12月31日。", (date(2020, 5, 1), date(2020, 12, 31))),
    ("报告中统计数据的起止时间为2020年3月1日至12月31日。", (date(2020, 3, 1), date(2020, 12, 31))),
    ("报告中所有统计数据的时间范围为2020年1月1日至2020年12月31日。", (date(2020, 1, 1), date(2020, 12, 31))),
    ("本报告数据统计起止日期为2020年7月1日至2020年12月31日。", (date(2020, 7, 1), date(2020, 12, 31))),
    ("所列数据统计时间范围：2020年2月1日至2020年11月30日。", (date(2020, 2, 1), date(2020, 11, 30))),
])
def test_statistics_period_named_by_its_range(sentence, period):
    assert stats_period("一、概述\n" + sentence + "本报告电子版可在门户网站下载。") == period


def test_a_start_and_end_without_statistics_is_no_period():
    # neighbour: a range told of some work, not of the report's data
    assert stats_period("专项检查的起止时间为2020年5月1日至2020年6月30日。") is None


# --- B. a running total since the column opened or since a year (自…年起) --------------------------

@pytest.mark.parametrize("text, expected", [
    ("2020年，镇政府新增主动公开信息120条，自2012年开设信息公开专栏以来累计达3,045条。",
     {("proactive", "total", 120, "annual"), ("proactive", "total", 3045, "cumulative")}),
    ("全年我镇主动公开政府信息97条。自2015年起本镇累计公开信息六百余条。",
     {("proactive", "total", 97, "annual"), ("proactive", "total", 600, "cumulative")}),
    ("全年我镇主动公开政府信息97条。从2013年度起，我镇累计公开信息1,230条。",
     {("proactive", "total", 97, "annual"), ("proactive", "total", 1230, "cumulative")}),
    ("全年我镇主动公开政府信息97条。镇政府信息公开专栏自2011年开通以来累计公开信息4,500条。",
     {("proactive", "total", 97, "annual"), ("proactive", "total", 4500, "cumulative"),
      ("proactive.channel", "ch_website", 4500, "cumulative")}),
    # neighbours: a start inside the report year is the year's own; another outlet opened keeps
    # its own running count
    ("自2020年起，我镇全年主动公开政府信息97条。", {("proactive", "total", 97, "annual")}),
    ("全年我镇主动公开政府信息97条。镇政务微博自2014年开通以来累计发布信息830条。",
     {("proactive", "total", 97, "annual"), ("proactive.channel", "ch_weibo", 830, "cumulative")}),
])
def test_running_total_since_a_start(text, expected):
    assert _town(text) == expected


# --- C. one count through several kinds of channel together is no channel's --------------------

@pytest.mark.parametrize("text, expected", [
    ("我局在县政府网站和局务公开栏等载体上发布各类便民信息240余条。", {total(240)}),
    ("全年在县政府网站、政务公开栏上公开各种涉企信息85条。", {total(85)}),
    ("我局在县政府信息公开网和局微信公众号上公开人才政策、招聘公告、社保待遇等信息共计410条，其中网站发布260条、微信推送150条。",
     {total(410), ch("ch_website", 260), ch("ch_wechat", 150)}),
    # neighbours: one channel keeps the count
    ("我局在县政府网站上发布各类便民信息240余条。", {ch("ch_website", 240)}),
    ("全年主动公开政府信息300条，通过镇便民服务中心公示屏、村务公开栏公开低保、救助等信息88条。",
     {total(300), ch("ch_board", 88)}),
])
def test_several_channels_share_no_count(text, expected):
    assert _county(text) == expected


# --- D. categories read by their head or by the kind of thing they are ---------------------------

@pytest.mark.parametrize("label, expected", [
    ("辖区拆迁安置信息", "cat_land"),
    ("城区房屋拆迁信息", "cat_land"),
    ("保障性安居工程信息", "cat_land"),
    ("企业服务指南和审批事项", "cat_service"),
    ("建设项目环评受理及审批公示", "cat_service"),
    ("建设项目环境影响评价受理信息", "cat_service"),
    ("学校布局调整和校舍安全工程信息", "cat_project"),
    ("农村饮水安全工程", "cat_project"),
    ("建设工程招标公告", "cat_procure"),
    ("教育收费标准及减免政策", "cat_fee"),
    ("医疗服务收费标准", "cat_fee"),
    ("村级财务公开", "cat_grassroots"),
    ("村财务收支", "cat_grassroots"),
    ("劳动保障监察信息", "cat_enforce"),
    ("劳动监察及欠薪治理信息", "cat_enforce"),
    ("招商及项目建设动态", "cat_news"),
    ("招商和园区建设动态", "cat_news"),
    ("会议信息", "cat_meeting"),
    ("水旱灾害防御预警信息", "cat_emergency"),
    ("地质灾害防御信息", "cat_emergency"),
    # neighbours: a topic of its own first keeps its kind; a project's works stay projects
    ("人事和工作动态", "cat_personnel"),
    ("重点项目建设信息", "cat_project"),
    ("民生工程", "cat_welfare"),
])
def test_category_by_head_or_kind(label, expected):
    assert _category_id(label) == expected


@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息400条，其中房屋拆迁安置信息35条，劳动保障监察信息12条。",
     {total(400), cat("cat_land", 35), cat("cat_enforce", 12)}),
    ("全年主动公开政府信息400条，其中村级财务公开六十条，水旱灾害防御预警信息44条。",
     {total(400), cat("cat_grassroots", 60), cat("cat_emergency", 44)}),
])
def test_categories_in_a_breakdown(text, expected):
    assert _county(text) == expected


# --- E. a category naming what is disclosed of an act (会议纪要, 减免政策, 受理及审批公示) -------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开信息60条，其中：\n1.镇政府文件及会议纪要二十条\n2.其他四十条",
     {total(60), cat("cat_policy", 20), cat("cat_other", 40)}),
    ("全年主动公开政府信息300条，其中学生资助及学费减免政策52条，工作动态80条。",
     {total(300), cat("cat_welfare", 52), cat("cat_news", 80)}),
    ("全年主动公开政府信息300条，其中建设项目环评受理及审批公示48条，工作动态80条。",
     {total(300), cat("cat_service", 48), cat("cat_news", 80)}),
    ("全年主动公开政府信息300条，其中企业服务指南和审批事项23条，工作动态80条。",
     {total(300), cat("cat_service", 23), cat("cat_news", 80)}),
    # neighbours: meetings held, requests accepted and fees waived are acts, no items
    ("全年主动公开政府信息300条，召开专题会议12次，受理申请3件。",
     {total(300), ("requests.new", "total", 3)}),
    ("全年主动公开政府信息300条，为困难群众减免费用20件。", {total(300)}),
])
def test_disclosed_side_of_an_act(text, expected):
    assert _county(text) == expected


# --- F. boards and new media told by what is posted or by how many accounts ----------------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息300条，社区公开栏公示事项95条。", {total(300), ch("ch_board", 95)}),
    ("全年主动公开政府信息300条，村务公开栏张贴信息40条。", {total(300), ch("ch_board", 40)}),
    ("全年主动公开政府信息3000条。运营“某某发布”微信公众号、抖音号等政务新媒体3个，全年发布信息1,420条。",
     {total(3000), ch("ch_newmedia", 1420)}),
    ("全年主动公开政府信息3000条。开通微博、抖音号等新媒体账号5个，全年推送信息600条。",
     {total(3000), ch("ch_newmedia", 600)}),
    # neighbours: a site beside a screen shares no count; a category posted on a board keeps its kind
    ("全年主动公开政府信息500条，通过网站和电子屏公开信息90条。", {total(500)}),
])
def test_boards_and_accounts(text, expected):
    assert _county(text) == expected


# --- G. parts named with a bare count in brackets, their affairs alone, or their number ----------

@pytest.mark.parametrize("text, expected", [
    ("全年我镇主动公开政府信息356条。各村公开村务信息的，以桥头村（48条）、河口村（41条）最多。",
     {total(356), ("proactive.subunit", "桥头村", 48), ("proactive.subunit", "河口村", 41)}),
    ("全年我镇主动公开政府信息356条，各社区中尤以东街社区（60条）、西街社区（52条）最多。",
     {total(356), ("proactive.subunit", "东街社区", 60), ("proactive.subunit", "西街社区", 52)}),
    ("2020年，我镇合计主动公开政府信息214条。其中桥头村公开村务41条、河口村36条。",
     {total(214), ("proactive.subunit", "桥头村", 41), ("proactive.subunit", "河口村", 36)}),
    ("全年我镇主动公开政府信息214条，其中东街社区公开居务50条。",
     {total(214), ("proactive.subunit", "东街社区", 50)}),
    ("全年全县主动公开政府信息1.3万条，其中县直部门公开5,000条，18个乡镇公开8,000条。",
     {total(13000), ("proactive.subunit", "县直部门", 5000), ("proactive.subunit", "乡镇", 8000)}),
    # neighbours: a category with a bare count in brackets is that category, no part (round 16);
    # offices ranked by their counts are no parts
    ("全年我镇主动公开政府信息356条，其中政策文件（12条）。", {total(356), ("proactive.category", "cat_policy", 12)}),
    ("全年全县主动公开政府信息3000条，公开较多的是县财政局（326条）和县民政局（198条）。", {total(3000)}),
])
def test_parts_by_brackets_affairs_or_number(text, expected):
    assert {t for t in _county(text) if t[0] != "unmapped.proactive.category"} == expected


# --- H. a breakdown opening with 其中 after a sentence naming what was disclosed, without counts ----

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息9000条。重点公开了财政预决算、征地拆迁等信息。其中财政资金类信息800条，征地拆迁类信息300条。",
     {total(9000), cat("cat_fiscal", 800), cat("cat_land", 300)}),
    ("全年主动公开政府信息9000条。围绕群众关注的热点，着重公开民生保障和环境保护信息。其中民生保障类信息2000条。",
     {total(9000), cat("cat_welfare", 2000)}),
    ("全年主动公开政府信息9000条。我县突出发布政策解读和工作动态。其中，政策解读120条，工作动态3100条。",
     {total(9000), cat("cat_interpret", 120), cat("cat_news", 3100)}),
    # neighbour: a sentence about other work does not open a breakdown
    ("全年主动公开政府信息9000条。县政府高度重视培训工作。其中培训班举办3期。", {total(9000)}),
])
def test_breakdown_after_topics_told(text, expected):
    assert _county(text) == expected
