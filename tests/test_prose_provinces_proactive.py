"""Proactive-disclosure phrasings of other provinces (issue 12, provinces blind sets): each
family in several wordings of our own, with the exact set of facts expected, and neighbours that
must not change."""
from __future__ import annotations

import pytest
from snippets import cat, ch, total, triples, with_periods

# --- A. a category list told from a point of view (从内容看，…) ---------------------------------

@pytest.mark.parametrize("text, expected", [
    ("本年度我镇共主动公开政府信息86条。从内容看，机构设置及领导分工6条，工作计划和总结10条，"
     "惠民资金发放30条，低保、临时救助等社会救助信息25条，其他15条。",
     {total(86), cat("cat_org", 6), cat("cat_plan", 10), cat("cat_fiscal", 30),
      cat("cat_welfare", 25), cat("cat_other", 15)}),
    ("全年主动公开信息120条。从公开类别上看，政策文件40条，工作动态50条，通知公告30条。",
     {total(120), cat("cat_policy", 40), cat("cat_news", 50), cat("cat_notice", 30)}),
    ("全年公开政府信息64条。从信息内容来看：人事信息9条、规划计划5条、通知公告50条。",
     {total(64), cat("cat_personnel", 9), cat("cat_plan", 5), cat("cat_notice", 50)}),
    ("全年主动公开政府信息90条。具体为：政策文件30条，工作动态60条。",
     {total(90), cat("cat_policy", 30), cat("cat_news", 60)}),
    ("全年主动公开政府信息90条。内容涵盖政策文件30条、工作动态60条。",
     {total(90), cat("cat_policy", 30), cat("cat_news", 60)}),
])
def test_category_list_from_a_point_of_view(text, expected):
    assert triples(text) == expected


def test_channel_list_from_a_point_of_view():
    assert triples("全年主动公开政府信息90条。从公开形式看，门户网站60条，公开栏30条。") == {
        total(90), ch("ch_website", 60), ch("ch_board", 30)}


def test_a_point_of_view_on_requests_gives_no_categories():
    got = triples("全年主动公开政府信息64条。从申请方式看，网络申请3件，信函申请4件。")
    assert not any(m.startswith("proactive.") for m, _, _ in got)


# --- B. the year's additions inside a running total, and their breakdown ------------------------

def test_years_additions_inside_a_running_total_are_the_annual_total():
    got = with_periods("截至2015年底，我局累计主动公开政府信息1200条，其中本年度新增公开150条。")
    assert got == {("proactive", "total", 1200, "cumulative"), ("proactive", "total", 150, "annual")}


@pytest.mark.parametrize("text, running, year", [
    ("历年累计公开信息2000条，本年新增180条。", 2000, 180),
    ("截至2015年底累计公开政府信息3000条，当年新增公开信息260条。", 3000, 260),
    ("累计公开政府信息1000条，今年新增公开120条。", 1000, 120),
])
def test_years_additions_after_a_running_total_without_qizhong(text, running, year):
    assert with_periods(text) == {("proactive", "total", running, "cumulative"),
                                  ("proactive", "total", year, "annual")}


def test_years_additions_then_their_categories_with_shares():
    got = with_periods("历年累计公开信息2300条，其中2015年新增信息210条。本年新增信息中：政策法规类30条，"
                       "占14.3%；工作动态类180条，占85.7%。")
    assert got == {("proactive", "total", 2300, "cumulative"), ("proactive", "total", 210, "annual"),
                   ("proactive.category", "cat_policy", 30, "annual"),
                   ("proactive.category", "cat_news", 180, "annual")}


def test_additions_breakdown_after_a_colon():
    assert triples("本年度共主动公开政府信息15条。本年度新增信息中：通知公告12条，人事信息3条。") == {
        total(15), cat("cat_notice", 12), cat("cat_personnel", 3)}


def test_new_documents_of_a_kind_are_no_years_additions():
    # 新增 names documents of one kind inside the year's total, not the year's additions
    assert triples("全年主动公开政府信息300条，其中新增规范性文件12件。") == {
        total(300), cat("cat_policy", 12)}


# --- E. a count through one channel is that channel's; the total only when nothing else is -----

@pytest.mark.parametrize("text, expected", [
    ("全年通过县政府网站公开政府信息67条，通过微信公众号推送信息105条。",
     {ch("ch_website", 67), ch("ch_wechat", 105)}),
    ("2019年，我镇在县政府门户网站乡镇专栏公开政府信息45条，在镇村两级公开栏公开信息30条。",
     {ch("ch_website", 45), ch("ch_board", 30)}),
    ("通过区政府门户网站发布政府信息900条，“某某发布”政务新媒体发布信息1300条。",
     {ch("ch_website", 900), ch("ch_newmedia", 1300)}),
])
def test_channels_side_by_side_state_no_total(text, expected):
    assert triples(text) == expected


def test_several_channels_for_one_count_beside_another_channel_state_no_total():
    assert triples("全年通过政务微博、微信发布信息500条，在政务公开栏公开信息56条。") == {
        ch("ch_board", 56)}


def test_the_bodys_own_count_through_its_only_channel_is_the_total():
    assert triples("我局在市政府门户网站部门专栏公开信息184条，其中政策文件20条、工作动态164条。") == {
        ch("ch_website", 184), total(184), cat("cat_policy", 20), cat("cat_news", 164)}


def test_the_portals_count_is_the_total_when_the_accounts_output_is_told_elsewhere():
    text = ("（一）主动公开。2024年在区政府门户网站公开政府信息共计96条，其中工作动态80条，"
            "财政预决算信息16条。\n（四）平台建设。全年“某某镇”微信公众号推送文章300篇。")
    assert triples(text) == {ch("ch_website", 96), total(96), cat("cat_news", 80),
                             cat("cat_fiscal", 16), ch("ch_wechat", 300)}


def test_proactively_disclosed_through_a_channel_is_the_total_beside_other_channels():
    assert triples("区档案馆通过区政府网站主动公开政府信息40条，通过微信公众号发布信息90条。") == {
        ch("ch_website", 40), total(40), ch("ch_wechat", 90)}


def test_a_channel_count_beside_a_stated_total_is_only_the_channels():
    assert triples("全年主动公开政府信息1500条。依托区政府网站公开政府信息1250条，其中通知公告300条。") == {
        total(1500), ch("ch_website", 1250), cat("cat_notice", 300)}


# --- F. channels given as examples of a kind of means, after other channels' counts -----------

@pytest.mark.parametrize("text, expected", [
    ("以上信息通过公开栏公开80条，在政府网站发布65条，通过发放宣传单、召开村民会议等方式公开30条。",
     {ch("ch_board", 80), ch("ch_website", 65), ch("ch_other", 30)}),
    ("全年主动公开政府信息1.5万条，其中门户网站发布1.2万条，电子屏、公示栏等线下渠道发布2000余条。",
     {total(15000), ch("ch_website", 12000), ch("ch_other", 2000)}),
    ("全年在网站公开信息300条，利用宣传册、座谈会等形式公开120条。",
     {ch("ch_website", 300), ch("ch_other", 120)}),
])
def test_channels_listed_as_a_kind_of_means_are_the_other_channels(text, expected):
    assert triples(text) == expected


def test_the_only_count_through_several_channels_is_the_total():
    assert triples("我乡通过县政府网站、乡政务公开栏等形式主动公开政府信息58条。") == {total(58)}


# --- C/D. category names: the head kind after a field, and names the taxonomy lacked ------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息200条，其中交通运输政策法规类30条、城市管理执法信息20条、林业工作动态150条。",
     {total(200), cat("cat_policy", 30), cat("cat_enforce", 20), cat("cat_news", 150)}),
    ("全年主动公开政府信息87条，主要包括：排污许可审批结果45条，环境违法行为行政处罚决定12条，"
     "生态环境工作动态30条。",
     {total(87), cat("cat_service", 45), cat("cat_enforce", 12), cat("cat_news", 30)}),
    ("本年度公开信息26条，其中国土资源规范性文件6条，安全生产监管执法信息20条。",
     {total(26), cat("cat_policy", 6), cat("cat_enforce", 20)}),
])
def test_the_head_kind_names_the_category_not_the_field_before_it(text, expected):
    assert triples(text) == expected


def test_fields_keep_their_category_before_words_that_are_no_kind():
    # 政策, 公告 and 采购 follow a field without being a kind of document of their own
    assert triples("全年主动公开政府信息40条，其中扶贫政策12条，征地拆迁公告8条，政府采购公告20条。") == {
        total(40), cat("cat_welfare", 12), cat("cat_land", 8), cat("cat_procure", 20)}


def test_category_names_the_taxonomy_lacked():
    text = ("2014年，我局主动公开政府信息88条。按内容分：优抚安置信息20条，社会组织登记和年检信息15条，"
            "计划生育奖励扶助10条，干部任免及分工5条，行政审批与办事指南类30条，政策文件及上级转发文件8条。")
    assert triples(text) == {total(88), cat("cat_welfare", 20), cat("cat_service", 15),
                             cat("cat_welfare", 10), cat("cat_personnel", 5), cat("cat_service", 30),
                             cat("cat_policy", 8)}


def test_forwarding_is_still_a_disclosure_verb():
    assert triples("全年转发上级政策文件42条。") == {cat("cat_policy", 42)}


# --- D. posting on a board (公开栏公示) is the board's count, not a notice category ------------

@pytest.mark.parametrize("text, expected", [
    ("县政府网站发布信息60条，全镇各村（社区）公开栏公示信息520条。",
     {ch("ch_website", 60), ch("ch_board", 520)}),
    ("在镇村两级政务公开栏公示各类信息90余条。", {ch("ch_board", 90)}),
    ("网站发布信息40条，在村务公开栏公示低保、危房改造、惠农补贴等信息36条。",
     {ch("ch_website", 40), ch("ch_board", 36)}),
    ("通过社区宣传栏张贴公示救助信息15条。", {ch("ch_board", 15)}),
])
def test_posting_on_a_board_is_the_boards_count(text, expected):
    assert triples(text) == expected


def test_notices_listed_as_a_category_stay_a_category():
    assert triples("全年主动公开政府信息50条，其中公示公告30条，工作动态20条。") == {
        total(50), cat("cat_notice", 30), cat("cat_news", 20)}


# --- an account's posts described by their kind are the account's count ----------------------

@pytest.mark.parametrize("text, expected", [
    ("同时在“某某街道”微信公众号发布动态信息三百余条。", {ch("ch_wechat", 300)}),
    ("全年通过政务微博发布工作动态210条。", {ch("ch_weibo", 210)}),
    ("在抖音号发布民生政策短视频35条。", {ch("ch_newmedia", 35)}),
])
def test_an_accounts_posts_described_by_kind_are_its_count(text, expected):
    assert triples(text) == expected


def test_a_topic_published_on_a_website_is_a_category():
    assert triples("全年在县政府采购网上公开政府采购项目信息66条。") == {cat("cat_procure", 66)}


# --- the statistics period named before a total is a time, not the statistics category ----------

@pytest.mark.parametrize("text", [
    "统计期内主动公开政府信息241条。",
    "报告期间，我局主动公开政府信息241条。",
    "统计时段内共公开政府信息241条。",
])
def test_the_statistics_period_is_no_category(text):
    assert triples(text) == {total(241)}


def test_statistics_published_in_the_period_stay_a_category():
    assert triples("统计期内发布统计信息12条。") == {cat("cat_stats", 12)}


# --- running totals: 自…以来累计 beside the year's total; 截至…累计 above the year's total --------

@pytest.mark.parametrize("text", [
    "本年度我乡主动公开政府信息173条，自2008年《条例》施行以来累计公开812条。",
    "全年主动公开政府信息173条，《条例》实施以来累计发布信息812条。",
])
def test_a_running_total_beside_the_years_total(text):
    assert with_periods(text, year=2013) == {("proactive", "total", 173, "annual"),
                                            ("proactive", "total", 812, "cumulative")}


def test_a_running_count_up_to_a_date_above_the_years_total_is_cumulative():
    text = "截至2014年底，我镇在县政府信息公开网累计公开信息412条。全年累计公开政府信息86条。"
    assert with_periods(text, year=2014) == {
        ("proactive.channel", "ch_website", 412, "cumulative"), ("proactive", "total", 412, "cumulative"),
        ("proactive", "total", 86, "annual")}


def test_a_count_up_to_the_years_end_equal_to_the_years_total_is_the_years():
    text = "截至2020年12月31日，累计主动公开政府信息152条。全年通过门户网站主动公开信息152条。"
    assert with_periods(text, year=2020) == {("proactive", "total", 152, "annual"),
                                            ("proactive.channel", "ch_website", 152, "annual")}


# --- periodicals in 《》 and channels named as a clause's subject -------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全区主动公开政府信息2356条，其中门户网站发布1820条，《某某政务》编印12期、刊载信息301条。",
     {total(2356), ch("ch_website", 1820), ch("ch_gazette", 301)}),
    ("编发《某某工作通讯》6期，刊登政府信息48条。", {ch("ch_gazette", 48)}),
    ("全年主动公开政府信息900条。县电视台、《某某报》开设专栏，发布政府信息120余条。",
     {total(900), ch("ch_media", 120)}),
    ("全年主动公开政府信息500条。市广播电台开辟政务公开专栏，全年播发政府信息36条。",
     {total(500), ch("ch_media", 36)}),
])
def test_periodicals_and_channels_named_as_the_subject(text, expected):
    assert triples(text) == expected


def test_a_column_set_up_on_a_site_leaves_the_topic_a_category():
    assert triples("在网站显眼位置设立专栏，发布政策文件20件。") == {cat("cat_policy", 20)}


def test_a_video_account_inside_wechat_is_new_media():
    assert triples("全年主动公开政府信息300条。其中，微信视频号发布96条。") == {
        total(300), ch("ch_newmedia", 96)}


def test_more_category_names_from_real_reports():
    text = "全年主动公开政府信息30条，其中科教卫健类信息12条，公共服务类信息10条，社会组织管理类信息8条。"
    assert triples(text) == {total(30), cat("cat_welfare", 12), cat("cat_service", 10),
                             cat("cat_service", 8)}


# --- category vocabulary of other provinces: community and village affairs, documents, the
# annual report itself (issue 12, round 2) ------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息60条，其中社区事务21条、工作动态39条。", {total(60), cat("cat_grassroots", 21), cat("cat_news", 39)}),
    ("本年度公开信息45条，包括村务信息17条，财务公开28条。", {total(45), cat("cat_grassroots", 17), cat("cat_fiscal", 28)}),
    ("全年主动公开政府信息33条，其中居务类信息13条，通知公告20条。", {total(33), cat("cat_grassroots", 13), cat("cat_notice", 20)}),
    ("全年主动公开政府信息50条，其中嘎查务公开信息30条、规划计划20条。",
     {total(50), cat("cat_grassroots", 30), cat("cat_plan", 20)}),
    ("全年主动公开政府信息25条，其中屯务10条，其他信息15条。", {total(25), cat("cat_grassroots", 10), cat("cat_other", 15)}),
])
def test_community_and_village_affairs_are_grassroots(text, expected):
    assert triples(text) == expected


def test_a_parts_own_village_affairs_stay_its_volume():
    assert triples("各村共公开村务信息300条，其中东湾村80条。", agency="东湾镇人民政府") == {
        ("proactive.subunit", "各村", 300), ("proactive.subunit", "东湾村", 80)}


@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息40条，其中公文类信息9条，工作动态31条。", {total(40), cat("cat_policy", 9), cat("cat_news", 31)}),
    ("全年主动公开政府信息40条，其中政府文件类12条，人事信息28条。", {total(40), cat("cat_policy", 12), cat("cat_personnel", 28)}),
    ("全年主动公开政府信息40条，其中公文类政府信息15条、财政预决算25条。",
     {total(40), cat("cat_policy", 15), cat("cat_fiscal", 25)}),
])
def test_documents_as_a_list_item_are_the_documents_category(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # after a verb, the body's documents are its volume: their categories follow
    ("全年公开公文类政府信息共80条，其中规范性文件类信息10条，民政就业类信息70条。",
     {total(80), cat("cat_policy", 10), cat("cat_welfare", 70)}),
    ("本局主动公开公文类的政府信息56条，其中人事任免6条、其他应主动公开的政府信息50条。",
     {total(56), cat("cat_personnel", 6), cat("cat_other", 50)}),
])
def test_documents_after_a_verb_are_the_total(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全年共发布公文类政府信息90条，送交两馆的公文类政府信息70条。", {total(90), ch("ch_venue", 70)}),
    ("全年主动公开政府信息80条，报送档案馆、图书馆的文件30件。", {total(80), ch("ch_venue", 30)}),
    ("全年主动公开政府信息64条，其中移交县档案馆信息12条。", {total(64), ch("ch_venue", 12)}),
])
def test_copies_deposited_at_the_archive_and_library_are_that_channels(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息30条，其中政府信息公开年报2条，通知公告28条。",
     {total(30), cat("cat_report", 2), cat("cat_notice", 28)}),
    ("全年主动公开政府信息30条，其中政务公开年度报告1条、政府工作报告1条、工作动态28条。",
     {total(30), cat("cat_report", 1), cat("cat_report", 1), cat("cat_news", 28)}),
    ("全年主动公开政府信息12条，其中年度报告类信息2条，其他政府信息10条。",
     {total(12), cat("cat_report", 2), cat("cat_other", 10)}),
])
def test_the_annual_report_itself_is_a_work_report(text, expected):
    assert triples(text) == expected


# --- a field before a kind of document: the kind decides -----------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息50条，其中教育政策法规12条、卫生健康政策性文件8条、农业农村行政规范性文件5条、"
     "民政法规文件3条、社保相关政策文件22条。",
     {total(50), cat("cat_policy", 12), cat("cat_policy", 8), cat("cat_policy", 5), cat("cat_policy", 3),
      cat("cat_policy", 22)}),
    ("全年主动公开政府信息40条，其中：教育类政策法规12条；医疗卫生政策文件类10条；三农规章制度8条；扶贫政策10条。",
     {total(40), cat("cat_policy", 12), cat("cat_policy", 10), cat("cat_policy", 8), cat("cat_welfare", 10)}),
    ("本年度公开教育领域政策文件6条，民政规范性文件4条。", {cat("cat_policy", 6), cat("cat_policy", 4)}),
])
def test_a_field_before_a_document_kind_is_the_kind(text, expected):
    assert triples(text) == expected


def test_interpreting_documents_is_no_field_of_them():
    assert triples("全年主动公开政府信息20条，其中通知公告12条，解读政策性文件8条。") == {
        total(20), cat("cat_notice", 12), cat("cat_interpret", 8)}


# --- 项 as the unit of a category inside a breakdown counted in 条 -----------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息20条，其中政府采购信息7项、通知公告13条。",
     {total(20), cat("cat_procure", 7), cat("cat_notice", 13)}),
    ("全年主动公开政府信息20条，其中主动公开政府采购信息7项，通知公告13条。",
     {total(20), cat("cat_procure", 7), cat("cat_notice", 13)}),
    ("本年度共公开信息30条，包括行政许可结果6项，工作动态24条。",
     {total(30), cat("cat_service", 6), cat("cat_news", 24)}),
])
def test_a_category_counted_in_items_inside_a_breakdown(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 项 outside a breakdown, or counting powers, matters and tasks, is no disclosed item
    ("公开政府采购信息7项。", set()),
    ("梳理权责清单事项120项，全年主动公开政府信息30条，其中工作动态30条。", {total(30), cat("cat_news", 30)}),
    ("全年主动公开政府信息30条，其中工作动态30条；完成重点任务5项，公开政务服务事项12项。",
     {total(30), cat("cat_news", 30)}),
    ("全年主动公开政府信息30条，其中工作动态30条，建立公开制度4项。", {total(30), cat("cat_news", 30)}),
])
def test_items_elsewhere_count_powers_and_tasks(text, expected):
    assert triples(text) == expected


# --- channels given as examples (…等形式) before a count of topics ------------------------------

@pytest.mark.parametrize("text, expected", [
    # several channels named as examples share one count (domain notes P5): no channel gets it
    ("利用村委会公示栏、广播等形式公开惠民政策、低保评定等信息210多条。", {cat("cat_welfare", 210)}),
    ("通过政务公开栏、大喇叭等方式公开信息80余条。", {total(80)}),
    ("依托公示栏、电子显示屏等载体公开惠农补贴信息36条。", {cat("cat_fiscal", 36)}),
])
def test_channels_named_as_examples_share_no_count(text, expected):
    assert triples(text) == expected


def test_a_count_of_key_areas_tasks_in_items_is_no_category():
    assert triples("全面推进就业、养老、救助等重点领域 60 项公开任务，全年主动公开政府信息30条，其中工作动态30条。") == {
        total(30), cat("cat_news", 30)}


# --- labels of the unlabelled corpus that name a known kind --------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息100条，其中公示公告栏20条，价格详情栏50条，食品安全栏30条。",
     {total(100), cat("cat_notice", 20), cat("cat_fee", 50), cat("cat_supervision", 30)}),
    ("全年主动公开政府信息40条，其中价格信息15条、人事信息25条。", {total(40), cat("cat_fee", 15), cat("cat_personnel", 25)}),
    # a price of a field's services, among that field's topics, stays the field's
    ("全年公开医疗卫生信息、医疗服务价格、药品价格等信息50条。", {cat("cat_welfare", 50)}),
])
def test_prices_are_fees_and_prices(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("对本局产生的政府信息进行清理，共整理出9条政府公开信息。", {total(9)}),
    ("经全面梳理，共整理出政府信息15条。", {total(15)}),
])
def test_information_sorted_out_is_the_volume_like_cleared_out(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text", [
    "全年接收通过邮寄、网络提交的政府信息公开申请共计12件，涉及自然人11件、商业企业1件。",
    "本年度共收悉政府信息公开申请6件，涉及公民5件、企业1件。",
])
def test_who_asked_is_no_category(text):
    assert not {f for f in triples(text) if f[0].startswith(("proactive", "unmapped"))}


@pytest.mark.parametrize("text, expected", [
    # the report's title glued onto its first sentence is no subject, and no annual-report category
    ("青山镇2018年政府信息公开工作年度报告\n全年主动公开政府信息88条。", {total(88)}),
    ("某县民政局2015年政府信息公开年报我局共主动公开政府信息120条。", {total(120)}),
    ("全年主动公开政府信息12条，其中公开年报类信息2条，政府信息公开年报、工作总结3条，其他政府信息7条。",
     {total(12), cat("cat_report", 2), cat("cat_report", 3), cat("cat_other", 7)}),
])
def test_the_reports_own_title_is_no_annual_report_category(text, expected):
    assert triples(text) == expected


# --- submissions upwards (政务信息报送) and their uptake are no disclosure -----------------------

@pytest.mark.parametrize("text", [
    "全年向区政府办报送政务信息45条，被区政府网站采用38条。",
    "全年上报政务信息60条，其中被市政府办录用21条。",
    "向县委办、县政府办报送信息52篇，被《每日要情》采用9篇。",
    "全年给市政府报送工作信息30条，获省级刊物采纳4条。",
])
def test_information_sent_upwards_and_taken_up_is_no_count(text):
    assert triples(text) == set()


@pytest.mark.parametrize("text", [
    "全年主动公开政府信息300条，其中网站公开280条。向县档案馆、图书馆报送政府信息120条。",
    "全年主动公开政府信息300条，其中网站公开280条。报送县档案馆政府信息120条。",
])
def test_copies_sent_to_the_archive_or_library_stay_the_reading_places_channel(text):
    assert triples(text) == {total(300), ch("ch_website", 280), ch("ch_venue", 120)}


def test_a_volume_beside_submissions_upwards_keeps_its_own_reading():
    text = ("2017年，我街道公开信息总量达482条，其中在区政府网站街道专栏上传信息265条，通过微信公众号推送信息"
            "217条。全年向区政府办报送政务信息45条，被区政府网站采用38条。")
    assert triples(text) == {total(482), ch("ch_website", 265), ch("ch_wechat", 217)}


@pytest.mark.parametrize("text", [
    "全年公开信息200条，无法提供3件。",
    "全年公开信息200条。不予处理2件。",
    "全年公开信息200条；本机关不再处理1件。",
])
def test_request_outcome_words_are_no_proactive_category(text):
    assert triples(text) == {total(200)}


# --- a count whose object is told in the clause before (…发布…政府信息，全年共发布N条) ----------

@pytest.mark.parametrize("text, expected", [
    ("本年度主动公开政府信息500条。在政府门户网站“信息公开”栏目发布应主动公开的政府信息，全年共发布263条。",
     {total(500), ch("ch_website", 263)}),
    ("本年度主动公开政府信息500条。通过县政府门户网站公开政府信息，共计发布420条，通过政务微博发布信息80条。",
     {total(500), ch("ch_website", 420), ch("ch_weibo", 80)}),
    ("本年度主动公开政府信息500条。依托政务微信公众号发布各类信息，全年累计推送156篇。",
     {total(500), ch("ch_wechat", 156)}),
    ("本年度主动公开政府信息500条。利用政府网站“政府信息公开专栏”，全年发布信息320条。",
     {total(500), ch("ch_website", 320)}),
    # without a total of its own the channel's count is the volume, beside copies sent to the
    # archive and library (they repeat items, not share them)
    ("在政府网站“政府信息公开”栏目发布应主动公开的政府信息，全年共发布180条，送交两馆的政府信息150条。",
     {total(180), ch("ch_website", 180), ch("ch_venue", 150)}),
    # no channel: the clause before still names the plain information, so the count is the total
    ("我局按照要求主动公开政府信息，全年共公开420条。", {total(420)}),
])
def test_count_takes_the_object_told_in_the_clause_before(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text", [
    # a topic's clause (教育领域, 等内容) gives no object of a volume
    "本年度主动公开政府信息500条。一是推进教育领域信息公开，推进招生政策、招生结果等内容公开，全年共发布152条。",
    "本年度主动公开政府信息500条。在政府网站公开教育领域信息，全年共发布152条。",
])
def test_topic_clause_before_a_bare_count_gives_no_channel(text):
    assert triples(text) == {total(500)}


def test_running_total_of_the_year_stays_annual():
    assert with_periods("本年度主动公开政府信息500条。依托政务微信公众号发布各类信息，全年累计推送156篇。") == {
        ("proactive", "total", 500, "annual"), ("proactive.channel", "ch_wechat", 156, "annual")}
