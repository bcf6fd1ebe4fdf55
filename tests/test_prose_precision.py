"""Precision families of issue 12: numbers the prose readers took and filed wrongly on real
reports nobody tuned them on (a share read as the total, a list total with no list, a count of
deeds done as a category, a running total called annual, information sorted by how it may be
released read as requests). Snippets of our own, several wordings a family, exact fact sets,
and the neighbouring wordings that must keep their reading."""
from __future__ import annotations

import pytest
import snippets
from snippets import cat as category
from snippets import ch as channel
from snippets import total


# the shared helpers (tests/snippets.py), with this file's own default: reports of 2021. (The old
# copy also set Metadata.template; extract_prose takes the template as its argument and never
# reads it from the metadata, so that made no difference.)
def triples(text: str, year: int = 2021, agency: str | None = None,
            template: str = "free_text") -> set[tuple[str, str, float]]:
    return snippets.triples(text, year=year, agency=agency, template=template)


def with_period(text: str, year: int = 2021, agency: str | None = None,
                template: str = "free_text") -> set[tuple[str, str, float, str]]:
    return snippets.with_periods(text, year=year, agency=agency, template=template)


# --- a share or a part of the volume is not the volume ----------------------------------------

@pytest.mark.parametrize("text, expected", [
    # the full-text (全文电子化) share of the items disclosed
    ("2016年主动公开政府信息88条，其中全文电子化主动公开信息80条。", {total(88)}),
    ("在主动公开的42条政府信息中，全文电子化的主动公开信息数共30条，工作动态类信息共12条。",
     {total(42), category("cat_news", 12)}),
    ("本年度主动公开政府信息64条，其中全文电子化公开信息64条，包括规划计划类信息4条、其他类信息60条。",
     {total(64), category("cat_plan", 4), category("cat_other", 60)}),
    # a part (其中…) of the count before, disclosed some way, without 主动: no total even when
    # the count before is a category and no other total is stated
    ("我局全年公开安全生产信息40条，其中网上公开信息25条，占62%。", {category("cat_supervision", 40)}),
    ("全年共主动公开执法信息52条，其中在网上发布信息30条，通过公告栏等方式公开22条。",
     {category("cat_enforce", 52), channel("ch_board", 22)}),
    ("全年公开政务信息40条，其中网上公开信息25条。", {total(40)}),
    ("我办共发布信息60条，其中网上发布信息45条。", {total(60)}),
    # a part named with 政务/政府信息 stays a strong total, as before
    ("全年发布工作动态300条，其中公开政务信息120条。", {category("cat_news", 300), total(120)}),
    # the part disclosed proactively of everything made is the volume
    ("制作政府信息总数30条，其中主动公开政府信息30条。", {total(30)}),
    ("本年共制作政府信息75条，其中主动公开政府信息52条。", {total(52)}),
])
def test_shares_and_parts_are_no_totals(text, expected):
    assert triples(text) == expected


# --- a list total needs its list ---------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("对涉及拆迁的有关政府信息不予公开，共120条。", set()),
    ("按规定对部分信息暂缓公开，合计15条。", set()),
    ("涉及个人隐私的信息一律不予发布，共计9条。", set()),
    # counts before it: the list's own total
    ("全年发布工作动态86条、通知公告24条，合计110条。",
     {category("cat_news", 86), category("cat_notice", 24), total(110)}),
    ("本年度主动公开信息中，公示公告类12条、人事信息5条，共17条。",
     {category("cat_notice", 12), category("cat_personnel", 5), total(17)}),
    # a list written one item a line, its total on a line of its own
    ("全年主动公开政府信息分类如下：\n工作动态86条\n通知公告24条\n合计110条\n",
     {category("cat_news", 86), category("cat_notice", 24), total(110)}),
    ("按规定对部分信息暂缓公开：\n合计15条\n", set()),
])
def test_list_total_without_a_list(text, expected):
    assert triples(text) == expected


# --- an account's name may hold 政务 ------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("“清河政务”微信公众号累计发布信息300条，“清河发布”微信公众号累计发布信息120条，官方微博累计发布信息500条。",
     {channel("ch_wechat", 300), channel("ch_wechat", 120), channel("ch_weibo", 500)}),
    ("“云溪文旅”公众号累计推送信息210条，“云溪政务服务”公众号累计推送信息45条，抖音号累计发布视频信息60条。",
     {channel("ch_wechat", 210), channel("ch_wechat", 45), channel("ch_newmedia", 60)}),
])
def test_quoted_account_name_states_no_total(text, expected):
    assert triples(text) == expected


# --- the year after the subject: the body itself, not its field -------------------------------

@pytest.mark.parametrize("agency, text", [
    ("青林县民政局", "青林县民政局2016年主动公开政府信息36条。"),
    ("青林县交通运输局", "青林县交通运输局今年主动公开政府信息36条。"),
    ("青林县卫生健康局", "青林县卫生健康局2020年度共主动公开政府信息36条。"),
    ("青林街道办事处", "青林街道2019年主动公开政府信息36条。"),
    (None, "本局2014年度主动公开政府信息36条。"),
    # (the body's name unknown: still no subunit)
    (None, "青林镇2019年主动公开政府信息36条。"),
    (None, "青林镇全年主动公开政府信息36条。"),
])
def test_reporting_body_named_before_the_year(agency, text):
    assert triples(text, agency=agency) == {total(36)}


# --- other forms and carriers are the other channels --------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("通过门户网站公开35条，其他形式公开6条。", {channel("ch_website", 35), channel("ch_other", 6)}),
    ("其他载体发布信息12条。", {channel("ch_other", 12)}),
    ("通过公示栏公开20条，其它方式公开3条。", {channel("ch_board", 20), channel("ch_other", 3)}),
])
def test_other_forms_are_other_channels(text, expected):
    assert triples(text) == expected


# --- deeds done for the public are no disclosed items ------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年共发布警务信息800多条，在网上为民办实事150余件。", set()),
    # (one channel's count with 全年 and no other total is the volume, as before)
    ("全年通过网站发布信息90条，为群众办实事40件。", {channel("ch_website", 90), total(90)}),
    # the category 为民办实事类信息 stays a category
    ("全年主动公开政府信息50条，其中为民办实事类信息12条。", {total(50), category("cat_project", 12)}),
    ("全年主动公开政府信息50条，其中重大建设项目8条，为民办实事14条。",
     {total(50), category("cat_project", 8), category("cat_project", 14)}),
])
def test_deeds_done(text, expected):
    assert triples(text) == expected


# --- a running total whose year's part follows is cumulative ----------------------------------

@pytest.mark.parametrize("year, text, expected", [
    (2018, "截至2018年12月，我局在门户网站累计主动公开政府信息900条，全文电子化达100%，"
           "其中2018年度主动公开政府信息150条。",
     {("proactive.channel", "ch_website", 900, "cumulative"), ("proactive", "total", 900, "cumulative"),
      ("proactive", "total", 150, "annual")}),
    (2017, "截止2017年12月20日，我局在门户网站累计主动公开政府信息640条。其中2017年度我局共主动公开政府信息210条。",
     {("proactive.channel", "ch_website", 640, "cumulative"), ("proactive", "total", 640, "cumulative"),
      ("proactive", "total", 210, "annual")}),
    (2019, "年内，我局累计主动公开政府信息1200条，其中本年度主动公开政府信息260条。",
     {("proactive", "total", 1200, "cumulative"), ("proactive", "total", 260, "annual")}),
    # the part is a channel, not the year's own count: the year's running total stays annual
    (2017, "今年以来累计主动公开政府信息300条，其中通过网站公开200条。",
     {("proactive", "total", 300, "annual"), ("proactive.channel", "ch_website", 200, "annual")}),
    # a running total tied to the report year by its own words stays annual
    (2019, "全年累计主动公开政府信息300条，其中本年度规范性文件5条。",
     {("proactive", "total", 300, "annual"), ("proactive.category", "cat_policy", 5, "annual")}),
    (2019, "2019年累计主动公开政府信息300条，其中本年度制发规范性文件5件。",
     {("proactive", "total", 300, "annual")}),
    # another year's part says nothing of this year's running total
    (2019, "截至12月底累计主动公开政府信息500条。其中2018年度主动公开政府信息90条。",
     {("proactive", "total", 500, "annual"), ("proactive", "total", 90, "annual")}),
])
def test_running_total_with_the_years_part(year, text, expected):
    assert with_period(text, year=year) == expected


# the year's part and the year's additions are one rule: either may open the next sentence, follow a
# running total told from a year (自2008年以来), and only the report year's counts weigh a running
# total told up to a date
@pytest.mark.parametrize("year, text, expected", [
    (2019, "历年累计公开信息2000条。本年新增公开信息180条。",
     {("proactive", "total", 2000, "cumulative"), ("proactive", "total", 180, "annual")}),
    (2019, "累计主动公开政府信息3000条。2019年新增信息260条，其中政策法规类30条。",
     {("proactive", "total", 3000, "cumulative"), ("proactive", "total", 260, "annual"),
      ("proactive.category", "cat_policy", 30, "annual")}),
    (2019, "自2008年以来累计主动公开政府信息5000条，其中2019年度主动公开政府信息300条。",
     {("proactive", "total", 5000, "cumulative"), ("proactive", "total", 300, "annual")}),
    (2019, "截至2019年底累计主动公开政府信息800条，其中2018年度主动公开政府信息90条。"
           "全年主动公开政府信息100条。",
     {("proactive", "total", 800, "cumulative"), ("proactive", "total", 90, "annual"),
      ("proactive", "total", 100, "annual")}),
])
def test_running_total_settled_by_one_rule(year, text, expected):
    assert with_period(text, year=year) == expected


# --- counts of requests by outcome are no categories -------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("已答复中“部分公开”的件数为2件，“非政府信息、政府信息不存在”的件数为6件。",
     {("requests.outcome", "partial", 2)}),
    ("依申请公开答复中，“不予公开、无法提供”的件数共3件。", set()),
    ("行政规范性文件公开情况：现行有效件数14件。", set()),
])
def test_counts_named_by_their_number_of_cases(text, expected):
    assert triples(text) == expected


# --- topics listed as examples before 各类政府信息 ------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开行政许可、行政处罚等各类政府信息95条。", {total(95)}),
    ("全年发布政策文件、通知公告等各类信息210余条，其中规范性文件6条。",
     {total(210), category("cat_policy", 6)}),
    # beside a total of its own it is none (the channel in its subject keeps the count)
    ("全年主动公开政府信息300条。通过网站公开人事任免、财政预算等各项信息95条。",
     {total(300), channel("ch_website", 95)}),
])
def test_topics_listed_before_all_kinds_of_information(text, expected):
    assert triples(text) == expected


# --- information sorted by how it may be released is no request count -------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年共制发政府信息200条，其中，主动公开政府信息90条、依申请公开70条、不予公开40条。", {total(90)}),
    ("2022年全局制发各类政府信息260条：主动公开政府信息100条，依申请公开120条，不予公开40条。",
     {total(100)}),
    ("今年我局共制作政府信息310条，其中主动公开信息120条，依申请公开信息150条，不予公开信息40条。",
     {total(120)}),
    ("共印发公文类政府信息150份，其中主动公开80份，依申请公开及不予公开70份。",
     {("proactive", "total", 80)}),
    # requests and refusals, with no proactive part beside them, stay requests
    ("全年收到依申请公开5件，不予公开2件。",
     {("requests.new", "total", 5), ("requests.outcome", "deny.total", 2)}),
    ("本年度共受理政府信息公开申请8件，其中予以公开6件，不予公开2件。",
     {("requests.new", "total", 8), ("requests.outcome", "granted", 6),
      ("requests.outcome", "deny.total", 2)}),
])
def test_release_classes_are_no_requests(text, expected):
    assert triples(text) == expected


# --- interpretation of documents, tender evaluation ---------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年发布政策文件解读45篇。", {("interpretations", "total", 45)}),
    ("同步发布文件解读稿件20篇。", {("interpretations", "total", 20)}),
    ("全年主动公开政府信息100条，其中招标信息30条，评标结果公示25条，中标结果公示20条。",
     {total(100), category("cat_procure", 30), category("cat_procure", 25),
      category("cat_procure", 20)}),
    ("发布评标结果12条。", {category("cat_procure", 12)}),
])
def test_interpretations_and_tender_evaluation(text, expected):
    assert triples(text) == expected


# --- the reporter's own field, without 政府 ------------------------------------------------------

@pytest.mark.parametrize("agency, text, expected", [
    ("青林县综合执法局", "截止今年12月，全局主动公开执法信息30条，其中网上公开信息14条，占总数的47%。",
     {total(30)}),
    ("青林县公安局", "本局全年主动公开公安信息120条。", {total(120)}),
    # a field the body's name does not hold stays a topic
    ("青林县综合执法局", "我局主动公开安全生产信息12条。", {category("cat_supervision", 12)}),
    # and so does the field when a part of the body, not the body, discloses it
    ("青林县综合执法局", "各中队主动公开执法信息9条。", {category("cat_enforce", 9)}),
])
def test_reporters_own_field(agency, text, expected):
    assert triples(text, agency=agency) == expected


# --- a series named by its title, topics given as examples -------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("我局通过官方微信公众号发布88篇《为民办实事·菜价播报》系列文章。", {channel("ch_wechat", 88)}),
    ("全年通过政务微博推送《身边好人》系列报道36篇。", {channel("ch_weibo", 36)}),
    # a document's or a special's title may name its kind or topic: read as before
    ("我局通过门户网站发布《安全生产月》专题信息15条。", {category("cat_supervision", 15)}),
    # (what an account posts is its own count, whatever its topic)
    ("我局通过政务微博发布《安全生产月》专题信息15条。", {channel("ch_weibo", 15)}),
    ("全年通过门户网站发布《政府工作报告》等信息3条。", {category("cat_report", 3)}),
    # several kinds of piece named as examples, one of them a topic: none of them
    ("充分发挥公众号作用，全年共推送主题教育、文明创建、平安建设等文章877余篇。", set()),
    ("全年推送招商引资、人才引进、营商环境等内容230篇。", set()),
    # examples that agree on one topic name it
    ("全年公开医疗卫生信息、医疗服务价格、药品价格、耗材价格等信息96条。", {category("cat_welfare", 96)}),
    ("发布扶贫政策、扶贫对象等信息4篇。", {category("cat_welfare", 4)}),
])
def test_titles_and_examples(text, expected):
    assert triples(text) == expected


# --- 公示 as the verb before its object -----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("在门户网站进行公示相关投标信息180条。", {category("cat_procure", 180)}),
    # (what a board displays is the board's count, whatever its topic)
    ("在公开栏进行公示低保名单信息24条。", {channel("ch_board", 24)}),
    # 公示 as a noun stays the notice category
    ("全年主动公开政府信息60条，其中公示公告类20条。", {total(60), category("cat_notice", 20)}),
])
def test_public_notice_as_a_verb(text, expected):
    assert triples(text) == expected


# --- the answers total of the 2008-2018 scheme is the outcome total ----------------------------

@pytest.mark.parametrize("text, expected", [
    ("全县共收到政府信息公开申请7条；对依申请公开的答复总数3条，其中同意公开答复数2条。",
     {("requests.new", "total", 7), ("requests.outcome", "total", 3), ("requests.outcome", "granted", 2)}),
    ("今年共受理政府信息公开申请6件，申请答复总数为6件，其中同意部分公开答复数1件。",
     {("requests.new", "total", 6), ("requests.outcome", "total", 6), ("requests.outcome", "partial", 1)}),
    ("本局收到政府信息公开申请2件。对政府信息公开申请的答复总数2件。",
     {("requests.new", "total", 2), ("requests.outcome", "total", 2)}),
    # answers to anything but requests are none
    ("全年答复总数达300人次。", set()),
    ("热线答复总数45件。", set()),
])
def test_answers_total(text, expected):
    assert triples(text) == expected


# --- a clause on one channel's role, then a count: that channel's output -----------------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息161条。充分发挥微信公众号传递政府声音的作用，及时公开各类政府信息756条。",
     {total(161), channel("ch_wechat", 756)}),
    ("全年主动公开政府信息90条。发挥好门户网站第一平台作用，更新政务信息420条。",
     {total(90), channel("ch_website", 420)}),
    # with no total of its own, the one channel's output is the volume, as for 通过网站公开…
    ("充分发挥微信公众号的宣传作用，及时公开各类政府信息756条。",
     {channel("ch_wechat", 756), total(756)}),
    # several channels' role: one count for all of them is no channel's
    ("充分发挥政务微博、微信公众号的作用，公开政府信息500条。", {total(500)}),
    # the body itself named after the role clause states its total
    ("我局充分发挥门户网站的作用，我局全年主动公开政府信息300条。", {total(300)}),
])
def test_count_after_a_channels_role(text, expected):
    assert triples(text) == expected


# --- documents in force are a stock, not the year's items ---------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("设立文件库，集中公开现行有效行政规范性文件520件，动态更新本年度制发的规范性文件40件。",
     {category("cat_policy", 40)}),
    ("全面梳理我局现行有效的规范性文件16件，在专栏下集中公开。", set()),
    ("清理并集中发布现行有效规章12件。", set()),
    # the year's new documents stay a category
    ("本年度发布规范性文件9件。", {category("cat_policy", 9)}),
])
def test_documents_in_force(text, expected):
    assert triples(text) == expected


# --- the 2008 licensing category names an application for a licence, not a request -------------

@pytest.mark.parametrize("text, expected", [
    ("在公开的40条信息中，行政许可的事项、依据、条件、数量、程序、期限以及申请行政许可需要提交的全部材料目录及办理情况22条，工作动态18条。",
     {total(40), category("cat_service", 22), category("cat_news", 18)}),
    ("2014年主动公开政府信息30条，其中机构职能类3条；行政许可的事项、依据、条件、数量、程序、期限以及申请行政许可"
     "需要提交的全部材料和实施情况0条。",
     {total(30), category("cat_org", 3), category("cat_service", 0)}),
    # a request for disclosure in a list stays out
    ("全年主动公开政府信息40条，申请公开信息3条。", {total(40)}),
])
def test_licensing_category_of_2008(text, expected):
    assert triples(text) == expected
