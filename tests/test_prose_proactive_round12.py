"""Proactive-disclosure phrasings of the twelfth session: each family in several wordings of our
own, with the exact set of facts expected, and neighbours that must not change."""
from __future__ import annotations

import pytest
from snippets import cat, ch, total, triples


def _county(text: str) -> set:
    return triples(text, agency="某某县人民政府", year=2012)


def _city(text: str) -> set:
    return triples(text, agency="某某市人民政府", year=2012)


# --- A. a field's statistics, funds and registrations: the kind the name ends on ---------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息200条，其中卫生统计数据20条，卫生经费和收费标准15条，工作动态165条。",
     {total(200), cat("cat_stats", 20), cat("cat_fiscal", 15), cat("cat_news", 165)}),
    ("全年主动公开政府信息90条，其中农业统计信息30条，农机补贴和项目资金40条，工作动态20条。",
     {total(90), cat("cat_stats", 30), cat("cat_fiscal", 40), cat("cat_news", 20)}),
    ("全年主动公开政府信息100条，其中药品经营企业和从业人员执业登记、校验信息70条，工作动态30条。",
     {total(100), cat("cat_service", 70), cat("cat_news", 30)}),
    # neighbours: a field alone keeps its category; fees stay fees, 三公经费 funds
    ("全年主动公开政府信息100条，其中教育信息60条，收费项目40条。",
     {total(100), cat("cat_welfare", 60), cat("cat_fee", 40)}),
    ("全年主动公开政府信息100条，其中水资源费征收标准30条，三公经费70条。",
     {total(100), cat("cat_fee", 30), cat("cat_fiscal", 70)}),
])
def test_head_kind_after_a_field(text, expected):
    assert _county(text) == expected


# --- B. funds shared by the projects joined before them; the rest told with a kind -------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息100条，其中水利项目及补助资金类60条，其他40条。",
     {total(100), cat("cat_fiscal", 60), cat("cat_other", 40)}),
    ("全年主动公开政府信息100条，其中城乡医保和公共卫生服务项目资金50条，工作动态50条。",
     {total(100), cat("cat_fiscal", 50), cat("cat_news", 50)}),
    ("全年主动公开政府信息100条，其中政务动态及其他60条，政策文件40条。",
     {total(100), cat("cat_news", 60), cat("cat_policy", 40)}),
    ("全年主动公开政府信息100条，其中工作动态和其它70条，人事信息30条。",
     {total(100), cat("cat_news", 70), cat("cat_personnel", 30)}),
    # neighbours: a project alone stays a project; other alone stays other
    ("全年主动公开政府信息100条，其中重点项目60条，其他信息40条。",
     {total(100), cat("cat_project", 60), cat("cat_other", 40)}),
])
def test_shared_funds_and_rest_with_a_kind(text, expected):
    assert _county(text) == expected


# --- C. a breakdown told as 内容上， / 在载体上， -----------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息100条。内容上，机构职能与内设科室信息9条，水务法规和规范性文件43条，水务工作动态48条。",
     {total(100), cat("cat_org", 9), cat("cat_policy", 43), cat("cat_news", 48)}),
    ("全年主动公开政府信息60条。在类别上：人事信息20条，工作动态40条。",
     {total(60), cat("cat_personnel", 20), cat("cat_news", 40)}),
    ("全年主动公开政府信息60条。从内容上，政策文件10条，工作动态50条。",
     {total(60), cat("cat_policy", 10), cat("cat_news", 50)}),
    # neighbour: a sentence of another matter with 上 stays unread
    ("全年主动公开政府信息60条。工作上，培训干部12人次。", {total(60)}),
])
def test_breakdown_from_a_point_of_view(text, expected):
    assert _county(text) == expected


# --- D. press, radio and TV that opened a column, then broadcast the items ----------------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息900条。县电视台、县广播电台开设专栏，发布信息800余条。",
     {total(900), ch("ch_media", 800)}),
    ("全年主动公开政府信息900条。《北岭日报》和县广播电视台开设“政务公开”栏目，刊播信息1,500余条。",
     {total(900), ch("ch_media", 1500)}),
    ("全年主动公开政府信息900条。市电视台和市广播电台开办专题节目，播发信息300条。",
     {total(900), ch("ch_media", 300)}),
    ("全年主动公开政府信息900条。县电视台刊播信息120条。", {total(900), ch("ch_media", 120)}),
    # neighbour: a site and a station together are two kinds, one count: unread
    ("全年主动公开政府信息900条。县政府网站和县电视台开设专栏，发布信息800余条。", {total(900)}),
])
def test_media_opening_a_column(text, expected):
    assert _county(text) == expected


# --- E. boards set up and counted, then posted on; copies laid out to read ----------------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息900条。在各村设置政务公开栏30块，张贴信息205条。",
     {total(900), ch("ch_board", 205)}),
    ("全年主动公开政府信息900条。各社区设立公示栏五处，张贴公开信息88条。",
     {total(900), ch("ch_board", 88)}),
    ("全年主动公开政府信息900条。在镇大院设置公开栏2块，张贴公开信息305条；在县档案馆设立查阅点2个，全年提供纸质文件138份。",
     {total(900), ch("ch_board", 305)}),
    # neighbour: copies laid out at a reading point are no category
    ("全年主动公开政府信息900条，其中政府网站发布800条，公开栏张贴60条；查阅点提供文件资料40份。",
     {total(900), ch("ch_website", 800), ch("ch_board", 60)}),
])
def test_boards_set_up_and_posted(text, expected):
    assert _county(text) == expected


# --- F. screens in halls: the hall named twice is one place, the screen the channel -------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息900条。各村均设置了公开栏；县政务服务中心大厅和各乡镇便民中心电子显示屏全年滚动播出信息3,200余条。",
     {total(900), ch("ch_screen", 3200)}),
    ("全年主动公开政府信息900条。区行政服务中心大厅及各街道便民服务站LED屏播放信息1500条。",
     {total(900), ch("ch_screen", 1500)}),
    ("全年主动公开政府信息900条。市民中心大厅电子屏滚动发布信息700条。",
     {total(900), ch("ch_screen", 700)}),
    # neighbour: the hall alone is a venue
    ("全年主动公开政府信息900条。通过政务服务中心大厅公示信息50条。",
     {total(900), ch("ch_venue", 50)}),
])
def test_screens_in_halls(text, expected):
    assert _county(text) == expected


# --- G. the body's own level alone is its volume; the levels below as one part -----------------

@pytest.mark.parametrize("text, expected", [
    ("全年县本级主动公开政府信息1436条。按内容分，机构职能类87条，其他类1349条。",
     {total(1436), cat("cat_org", 87), cat("cat_other", 1349)}),
    ("2012年县本级共公开信息800条，其中政府网站发布700条，公开栏100条。",
     {total(800), ch("ch_website", 700), ch("ch_board", 100)}),
    ("本年度县人民政府本级主动公开政府信息520条。", {total(520)}),
])
def test_own_level_alone_is_the_total(text, expected):
    assert _county(text) == expected


def test_own_level_beside_other_parts_stays_a_part():
    assert _county("全年县本级主动公开政府信息1436条，各乡镇主动公开信息3000条。") == {
        ("proactive.subunit", "县本级", 1436.0), ("proactive.subunit", "各乡镇", 3000.0)}


@pytest.mark.parametrize("text, parts", [
    ("2012年，全市主动公开政府信息4.6万条，其中市直部门1.2万条，县（市、区）3.4万条。",
     {"市直部门": 12000, "县（市、区）": 34000}),
    ("2012年全市主动公开政府信息4万条，其中市直单位10,795条，县市区29,205条。",
     {"市直单位": 10795, "县市区": 29205}),
    ("全市共主动公开政府信息3万条，其中市本级8000条，县区22000条。",
     {"市本级": 8000, "县区": 22000}),
])
def test_lower_levels_as_one_part(text, parts):
    facts = _city(text)
    assert {(m, k) for m, k, _ in facts if m == "proactive.subunit"} == {
        ("proactive.subunit", k) for k in parts}
    assert {k: v for m, k, v in facts if m == "proactive.subunit"} == parts


# --- H. counts in the capital numerals of accounts ---------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年发布政府信息叁拾陆条。", {total(36)}),
    ("全年主动公开政府信息壹佰零伍条，其中政策文件贰拾条。", {total(105), cat("cat_policy", 20)}),
    ("本年度共公开政府信息捌拾条。", {total(80)}),
    # neighbours: 队伍 and 陆续 are words, not numbers
    ("全年主动公开政府信息40条。加强干部队伍建设，举办培训2次。", {total(40)}),
])
def test_capital_numerals(text, expected):
    assert _county(text) == expected


# --- I. accounts opened or registered, then their posts ----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息300条。开通政务新媒体账号3个，全年累计发布信息1,260条。",
     {total(300), ch("ch_newmedia", 1260)}),
    ("全年主动公开政府信息300条。注册政务抖音号1个，全年发布视频58条。",
     {total(300), ch("ch_newmedia", 58)}),
    ("全年主动公开政府信息300条。开通政务快手号2个，发布短视频40条。",
     {total(300), ch("ch_newmedia", 40)}),
    # neighbours: a kind with its own channel keeps it; accounts alone, no total beside, are no total
    ("全年主动公开政府信息300条。开通微信公众号1个，推送信息90条。", {total(300), ch("ch_wechat", 90)}),
    ("开通政务新媒体账号3个，全年累计发布信息1,260条。", {ch("ch_newmedia", 1260)}),
])
def test_accounts_opened_then_posts(text, expected):
    assert _county(text) == expected


# --- J. the rest of a breakdown by channel is the other channels --------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息217条。按公开形式分：政府网站183条，公开栏28条，其他6条。",
     {total(217), ch("ch_website", 183), ch("ch_board", 28), ch("ch_other", 6)}),
    ("全年主动公开政府信息90条，其中微信公众号50条、电子显示屏30条、其它10条。",
     {total(90), ch("ch_wechat", 50), ch("ch_screen", 30), ch("ch_other", 10)}),
    # neighbour: the rest of a breakdown by content is the other category
    ("全年主动公开政府信息217条。按内容分：政策文件183条，工作动态28条，其他6条。",
     {total(217), cat("cat_policy", 183), cat("cat_news", 28), cat("cat_other", 6)}),
])
def test_other_in_a_channel_breakdown(text, expected):
    assert _county(text) == expected


# --- K. the whole information with its news; topics as examples before the verb ----------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政务信息和工作动态420条。", {total(420)}),
    ("全年主动公开政府工作信息、动态755多条。", {total(755)}),
    ("全年共发布各类信息和工作动态420余条。", {total(420)}),
    ("本年度我乡通过县政府门户网站发布乡镇动态、公示公告、文件等主动公开信息96条。其中乡镇动态18条，公示公告44条，文件类信息34条。",
     {total(96), ch("ch_website", 96), cat("cat_news", 18), cat("cat_notice", 44), cat("cat_policy", 34)}),
    # neighbours: news alone, or beside a field's information, is a category
    ("全年发布工作动态300条。", {cat("cat_news", 300)}),
    ("全年主动公开政府信息500条，发布环保信息和工作动态120条。", {total(500), cat("cat_supervision", 120)}),
])
def test_whole_information_with_its_news(text, expected):
    assert _county(text) == expected


def test_requests_table_told_as_a_sentence_is_no_proactive_total():
    assert _county("全年主动公开政府信息50条。本年新收1件（自然人1件），予以公开1件，总计1件，无结转。") == {total(50)}


# --- L. tenders and funds of a field: the kind the name ends on --------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息100条，其中水利工程项目招投标及实施情况39条，其他61条。",
     {total(100), cat("cat_procure", 39), cat("cat_other", 61)}),
    ("全年主动公开政府信息100条，其中道路建设项目招标投标信息39条，重点项目61条。",
     {total(100), cat("cat_procure", 39), cat("cat_project", 61)}),
    ("全年主动公开政府信息216条，其中精准扶贫资金公示19条，扶贫政策43条，惠农补贴资金30条，教育资金20条。",
     {total(216), cat("cat_fiscal", 19), cat("cat_welfare", 43), cat("cat_fiscal", 30), cat("cat_fiscal", 20)}),
    # neighbours: a field alone keeps its category
    ("全年主动公开政府信息216条，其中扶贫信息19条，机构职责10条。",
     {total(216), cat("cat_welfare", 19), cat("cat_org", 10)}),
])
def test_tenders_and_funds_of_a_field(text, expected):
    assert _county(text) == expected


def test_answers_to_requests_are_no_categories():
    facts = _county("全年主动公开政府信息216条。已全部办结：同意公开4件，属于已主动公开范围的1件，"
                    "信息不存在的1件，不属于本机关公开职责权限范围的1件。")
    assert {f for f in facts if f[0].startswith("proactive")} == {total(216)}


# --- M. in 2008, May to December is the time the Regulations were in force ----------------------

@pytest.mark.parametrize("text, expected", [
    ("2008年5月至12月，我局共主动公开政府信息45条，其中机构职能7条，政策法规19条。",
     {total(45), cat("cat_org", 7), cat("cat_policy", 19)}),
    ("2008年5月-12月，本办主动公开政府信息30条。", {total(30)}),
    ("2008年五月至十二月，我乡公开政府信息12条。", {total(12)}),
])
def test_may_to_december_2008(text, expected):
    assert triples(text, agency="某县劳动局", year=2008) == expected


@pytest.mark.parametrize("text, year", [
    # neighbours: those months of another year, or other months of 2008, are a part of the year
    ("2009年5月至12月，我局共主动公开政府信息45条。", 2009),
    ("2008年1月至4月，我局共主动公开政府信息45条。", 2008),
])
def test_part_of_another_year_stays_unread(text, year):
    assert triples(text, agency="某县劳动局", year=year) == set()


# --- N. a template-era report's running total since a year, beside the year's total -----------

def _template(text: str) -> set:
    from ogi.extract.prose import extract_prose
    from ogi.model import Document, Metadata
    from ogi.normalise import normalise
    doc = Document("t.txt", "t", "txt", normalise(text), text)
    return {(f.measure, f.key, f.value, f.period)
            for f in extract_prose(doc, Metadata(report_year=2022, agency="某县北坡镇人民政府"),
                                   template="template_2021")}


@pytest.mark.parametrize("text, expected", [
    ("2022年，北坡镇全年主动公开政府信息418条。自2019年开设乡镇信息公开专栏以来，累计公开信息3,150条。",
     {("proactive", "total", 418.0, "annual"), ("proactive", "total", 3150.0, "cumulative")}),
    ("2022年，北坡镇全年主动公开政府信息96条。自2015年以来累计发布信息1200条。",
     {("proactive", "total", 96.0, "annual"), ("proactive", "total", 1200.0, "cumulative")}),
])
def test_running_total_since_a_year_in_template_era(text, expected):
    assert _template(text) == expected


def test_site_running_output_is_no_total_in_template_era():
    # a site's running output, no year it runs from, is the site's, not the body's
    facts = _template("2022年，北坡镇全年主动公开政府信息418条。县政府网站累计发布信息3,150条。")
    assert {f for f in facts if f[0] == "proactive"} == {("proactive", "total", 418.0, "annual")}
