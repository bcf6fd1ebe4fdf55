"""Round 16: proactive-disclosure families (warnings, hiring notices, enforcement inspections,
environmental assessments, family doctors; a change told with 多出 before the breakdown; every
item through one channel told after the total; items picked for an outlet); each in wordings of
our own, with neighbours that must not change."""
from __future__ import annotations

import pytest
from snippets import cat, ch, total, triples, with_periods


def _county(text: str) -> set:
    return triples(text, agency="某某县人民政府", year=2016)


# --- categories: the kind a label names ------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # warnings of an outbreak or a hazard are emergency management
    ("全年主动公开政府信息200条，其中动物疫情预警类15条，工作动态185条。",
     {total(200), cat("cat_emergency", 15), cat("cat_news", 185)}),
    ("全年主动公开政府信息200条，其中气象灾害预警信息40条，通知公告160条。",
     {total(200), cat("cat_emergency", 40), cat("cat_notice", 160)}),
    ("全年主动公开政府信息200条，其中疫情预警12条，政策文件188条。",
     {total(200), cat("cat_emergency", 12), cat("cat_policy", 188)}),
    # the people to be hired or appointed, put to the public, are personnel, not a notice
    ("全年主动公开政府信息200条，其中事业单位招聘公告及拟聘人员公示30条，工作动态170条。",
     {total(200), cat("cat_personnel", 30), cat("cat_news", 170)}),
    ("全年主动公开政府信息200条，其中拟任人员公示8条，工作动态192条。",
     {total(200), cat("cat_personnel", 8), cat("cat_news", 192)}),
    ("全年主动公开政府信息200条，其中公开招聘及拟录用人员公示22条，工作动态178条。",
     {total(200), cat("cat_personnel", 22), cat("cat_news", 178)}),
    # inspections enforcing a field's law are enforcement, the field's supervision stays its own
    ("全年主动公开政府信息200条，其中安全生产执法检查信息70条，工作动态130条。",
     {total(200), cat("cat_enforce", 70), cat("cat_news", 130)}),
    ("全年主动公开政府信息200条，其中劳动用工执法检查结果25条，工作动态175条。",
     {total(200), cat("cat_enforce", 25), cat("cat_news", 175)}),
    ("全年主动公开政府信息200条，其中安全生产信息60条，工作动态140条。",
     {total(200), cat("cat_supervision", 60), cat("cat_news", 140)}),
    # an environmental impact assessment put to the public is supervision; its approval licensing
    ("全年主动公开政府信息200条，其中环境影响评价公示31条，工作动态169条。",
     {total(200), cat("cat_supervision", 31), cat("cat_news", 169)}),
    ("全年主动公开政府信息200条，其中环评公示信息18条，工作动态182条。",
     {total(200), cat("cat_supervision", 18), cat("cat_news", 182)}),
    ("全年主动公开政府信息200条，其中环境影响评价审批结果18条，工作动态182条。",
     {total(200), cat("cat_service", 18), cat("cat_news", 182)}),
    # the family-doctor service of primary health care is welfare, whatever document tells it
    ("全年主动公开政府信息200条，其中家庭医生签约服务政策19条，工作动态181条。",
     {total(200), cat("cat_welfare", 19), cat("cat_news", 181)}),
    ("全年主动公开政府信息200条，其中家庭医生签约信息9条，工作动态191条。",
     {total(200), cat("cat_welfare", 9), cat("cat_news", 191)}),
])
def test_category_kinds(text, expected):
    assert _county(text) == expected


# --- 比上年多出N条，其中…: the change beside the total, then the breakdown ------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年发布信息500条，比上年多出20条，其中行政处罚结果公示300条，其他200条。",
     {total(500), cat("cat_enforce", 300), cat("cat_other", 200)}),
    ("全年发布信息500条，较去年多出了35条，其中工作动态260条，其他240条。",
     {total(500), cat("cat_news", 260), cat("cat_other", 240)}),
    ("全年发布信息500条，比2015年多出8条，其中通知公告120条，其他380条。",
     {total(500), cat("cat_notice", 120), cat("cat_other", 380)}),
])
def test_change_told_with_duochu_before_breakdown(text, expected):
    assert _county(text) == expected


# --- 上述信息均在X发布: every item of the total through that one channel ---------------------------

@pytest.mark.parametrize("text, expected", [
    ("本局主动公开政府信息共120条。上述信息均在县政府网站本局专栏发布。",
     {total(120), ch("ch_website", 120)}),
    ("本局主动公开政府信息共120条，较上年增加9条。以上信息全部通过县政府信息公开平台公开。",
     {total(120), ch("ch_platform", 120)}),
    ("本局主动公开政府信息共120条。上述政府信息全部在门户网站“某某之窗”子栏目发布，同时在公开栏张贴40条。",
     {total(120), ch("ch_website", 120), ch("ch_board", 40)}),
    # neighbours: two outlets together are neither's count; no total before, nothing to repeat
    ("本局主动公开政府信息共120条。上述信息均在县政府网站和局网站同步发布。",
     {total(120)}),
    ("本局主动公开政府信息共120条。上述信息均在县政府网站和乡政务公开栏发布。",
     {total(120)}),
    ("上述信息均在县政府网站发布。",
     set()),
])
def test_all_items_through_one_channel(text, expected):
    assert _county(text) == expected


# --- 选取N条通过X播出: the items picked out for an outlet named after their count ---------------------

@pytest.mark.parametrize("text, expected", [
    ("本局主动公开政府信息共120条，同时选取30条通过县电视台专题栏目播出。",
     {total(120), ch("ch_media", 30)}),
    ("本局主动公开政府信息共120条，并挑选了20条通过县广播电台播出。",
     {total(120), ch("ch_media", 20)}),
    ("本局主动公开政府信息共120条，其中精选12条在市日报刊登。",
     {total(120), ch("ch_media", 12)}),
    # neighbour: picked for no outlet named, a share of no kind
    ("本局主动公开政府信息共120条，同时选取15条。",
     {total(120)}),
])
def test_items_picked_for_an_outlet(text, expected):
    assert _county(text) == expected


# --- 制发规范性文件N件，主动公开M件: the documents issued, how many disclosed; no volume --------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息500条。县本级制发规范性文件40件，主动公开35件。",
     {total(500)}),
    ("全年主动公开政府信息500条。本年度印发行政规范性文件十二件，已主动公开十件。",
     {total(500)}),
    ("全年主动公开政府信息500条。县政府制发规范性文件9件，主动公开8件，其余1件涉及内部事务。",
     {total(500)}),
    # neighbour: the documents as a category of the volume
    ("全年主动公开政府信息500条，其中规范性文件12件。",
     {total(500), cat("cat_policy", 12)}),
])
def test_documents_issued_then_disclosed(text, expected):
    assert _county(text) == expected


# --- 通过公开栏、电子屏等其他方式N条: examples of the other ways, a list item without a verb -----------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息900条，其中网站发布600条，通过公开栏、电子屏等其他方式300条。",
     {total(900), ch("ch_website", 600), ch("ch_other", 300)}),
    ("全年主动公开政府信息900条，其中网站发布600条，利用显示屏、宣传栏等其他渠道300条。",
     {total(900), ch("ch_website", 600), ch("ch_other", 300)}),
    ("全年主动公开政府信息900条，其中网站发布600条，通过公示栏等其他形式300条。",
     {total(900), ch("ch_website", 600), ch("ch_other", 300)}),
])
def test_other_ways_after_examples(text, expected):
    assert _county(text) == expected


# --- a hall named by a category word, with other outlets: their joint count, no topic -------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息900条。其中：门户网站800条；政务服务大厅电子显示屏和公开栏100条。",
     {total(900), ch("ch_website", 800)}),
    ("全年主动公开政府信息900条。其中：门户网站800条；政务服务大厅触摸屏、公示栏100条。",
     {total(900), ch("ch_website", 800)}),
    # neighbours: the hall alone is a venue; the category told as such stays one
    ("全年主动公开政府信息900条。其中：门户网站800条，政务服务大厅100条。",
     {total(900), ch("ch_website", 800), ch("ch_venue", 100)}),
    ("全年主动公开政府信息900条，其中政务服务信息100条，工作动态800条。",
     {total(900), cat("cat_service", 100), cat("cat_news", 800)}),
])
def test_hall_with_other_outlets(text, expected):
    assert _county(text) == expected


# --- 县政府及各乡镇、县直部门: the body with its parts of both levels is the body's whole ----------------

@pytest.mark.parametrize("text, expected", [
    ("全年县政府及各乡镇、县直部门共公开政府信息八百一十条。", {total(810)}),
    ("全年县政府及各乡镇、县直各部门共主动公开政府信息500条。", {total(500)}),
    ("全年县政府及各乡镇和县直单位共公开政府信息420条。", {total(420)}),
])
def test_body_with_parts_of_both_levels(text, expected):
    assert _county(text) == expected


# --- 公开目录累计收录信息N条: what the catalogue holds to date is the running total --------------------

@pytest.mark.parametrize("text, value", [
    ("全年主动公开政府信息300条。截至年底，全县政府信息公开目录累计收录信息8,100条。", 8100),
    ("全年主动公开政府信息300条。截至年底，本镇信息公开目录累计收录政府信息2,400条。", 2400),
    ("全年主动公开政府信息300条。截至年底，县政府信息公开目录累计收录各类信息6500条。", 6500),
])
def test_catalogue_holds_running_total(text, value):
    assert with_periods(text, agency="某某县人民政府", year=2016) == {
        ("proactive", "total", 300, "annual"), ("proactive", "total", value, "cumulative")}


# --- 重点公开了X（N条）、Y（M条）等: a topic's own count in brackets after its name --------------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息900条。重点公开了财政预决算信息（40条）、工作动态（300条）等。",
     {total(900), cat("cat_fiscal", 40), cat("cat_news", 300)}),
    ("全年主动公开政府信息900条。主要公开了通知公告（50条）、人事任免（8条）和政策文件（30条）。",
     {total(900), cat("cat_notice", 50), cat("cat_personnel", 8), cat("cat_policy", 30)}),
    ("全年主动公开政府信息900条。重点公开了征地拆迁补偿安置（58条）、招商引资和项目建设信息（120条）等。",
     {total(900), cat("cat_land", 58), cat("cat_project", 120)}),
    # neighbour: offices named by their fields are no topics
    ("全年主动公开政府信息900条。公开信息较多的单位是县教育局（300条）和县民政局（100条）。",
     {total(900)}),
])
def test_topic_count_in_brackets(text, expected):
    assert _county(text) == expected


# --- …常务会议研究事项…发布会议信息N条: a meeting named before the meeting items counted ------------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息900条；县政府常务会议研究事项通过网站发布会议信息24条。",
     {total(900), cat("cat_meeting", 24)}),
    ("全年主动公开政府信息900条；镇党政联席会议决定事项通过网站发布会议纪要6条。",
     {total(900), cat("cat_meeting", 6)}),
    ("全年主动公开政府信息900条；区政府全体会议讨论事项在门户网站发布会议信息11条。",
     {total(900), cat("cat_meeting", 11)}),
    # neighbour: meetings held are no items
    ("全年主动公开政府信息900条，召开常务会议12次。", {total(900)}),
])
def test_meeting_named_before_meeting_items(text, expected):
    assert _county(text) == expected


# --- an account and the press carrying items together: their joint count, no one channel's ---------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息900条，通过“某某教育”微信公众号、县融媒体中心发布教育资讯共计390余条。",
     {total(900)}),
    ("全年主动公开政府信息900条，通过政务微博和县电视台发布工作动态120条。",
     {total(900)}),
    ("全年主动公开政府信息900条，借助微信公众号、市日报发布政策解读信息60条。",
     {total(900)}),
    # neighbours: one account alone; an account and its own video channel stay the account's
    ("全年主动公开政府信息900条，通过微信公众号发布工作动态200条。",
     {total(900), ch("ch_wechat", 200)}),
])
def test_account_and_press_together(text, expected):
    assert _county(text) == expected
