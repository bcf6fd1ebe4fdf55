"""Narrative extraction: one synthetic snippet per sentence-pattern family (domain notes §6)."""
from __future__ import annotations

import pytest
import snippets


# the shared helpers (tests/snippets.py), with this file's own default: reports of 2014
def facts_of(text: str, year: int = 2014, template: str = "free_text"):
    return snippets.facts_of(text, year=year, template=template)


def triples(text: str, year: int = 2014, template: str = "free_text") -> set[tuple[str, str, float]]:
    return snippets.triples(text, year=year, template=template)


def only(text: str, measure: str, **kw) -> list:
    return [f for f in facts_of(text, **kw) if f.measure == measure]


# --- P1 totals -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("2016年，本镇主动公开政府信息共128条。", 128),
    ("全年主动公开政府信息总数171条。", 171),
    ("2013年新增主动公开政府信息45条。", 45),
    ("全市主动公开政府信息26.8万条。", 268000),
    ("我局共公开政府信息254条，覆盖12个领域。", 254),
    ("本局共主动公开政府信息 3 条，其中全文电子化达100%。", 3),
])
def test_total_sentences(text, value):
    assert triples(text) == {("proactive", "total", value)}


def test_total_offsets_point_at_the_number_and_evidence_is_the_clause():
    text = "一、概述。2016年主动公开政府信息208条；依申请公开0件。"
    assert triples(text) == {("proactive", "total", 208), ("requests.new", "total", 0)}
    (fact,) = only(text, "proactive")
    assert text[fact.char_start:fact.char_end] == "208"
    assert fact.evidence == "2016年主动公开政府信息208条"
    assert fact.source_frame == "free_text" and fact.unit == "item"


@pytest.mark.parametrize("text, value, approx", [
    ("全年累计主动公开政府信息300余条。", 300, True),
    ("主动公开政府信息约120条。", 120, True),
    ("主动公开政府信息近90条。", 90, True),
    ("主动公开政府信息90条。", 90, False),
])
def test_approximate_markers(text, value, approx):
    assert triples(text) == {("proactive", "total", value)}
    (fact,) = only(text, "proactive")
    assert fact.is_approx is approx


def test_cumulative_within_the_report_year_is_annual():
    text = "2016年1月至今累计公开政府信息318条，其中概况类3条。"
    assert triples(text, year=2016) == {("proactive", "total", 318),
                                        ("proactive.category", "cat_overview", 3)}
    (fact,) = only(text, "proactive", year=2016)
    assert (fact.value, fact.period) == (318, "annual")


def test_cumulative_over_several_years():
    text = "2013年至2016年累计向社会公开政府信息612条。"
    assert triples(text, year=2016) == {("proactive", "total", 612)}
    (fact,) = only(text, "proactive", year=2016)
    assert fact.period == "cumulative"


def test_cleared_items_boilerplate_is_a_total():
    assert triples("共清理出7条政府公开信息，目前已在门户网站公开公布。") == {("proactive", "total", 7)}


# --- P2 categories ---------------------------------------------------------------------------

def test_category_list_after_qizhong():
    got = triples("2016年主动公开政府信息120条，其中机构设置类信息10条，领导分工6条，"
                  "工作动态类信息80条，资金信息9条，工作报告类5条，其他信息10条。")
    assert {("proactive", "total", 120), ("proactive.category", "cat_org", 10),
            ("proactive.category", "cat_leader", 6), ("proactive.category", "cat_news", 80),
            ("proactive.category", "cat_fiscal", 9), ("proactive.category", "cat_report", 5),
            ("proactive.category", "cat_other", 10)} == got


def test_category_list_in_the_next_sentence():
    got = triples("2015年新增主动公开政府信息30条。其中，政策法规及业务类的信息20条；规划计划类的信息10条。")
    assert got == {("proactive", "total", 30), ("proactive.category", "cat_policy", 20),
                   ("proactive.category", "cat_plan", 10)}


def test_colon_list_and_compound_labels_give_one_fact_each():
    text = ("主动公开政府信息的主要类别有：政策、规范性文件类信息12条，重大建设项目、为民办实事类信息8条，"
            "国土资源城乡建设环保能源类信息5条。")
    facts = facts_of(text)
    assert [(f.measure, f.key, f.value) for f in facts] == [
        ("proactive.category", "cat_policy", 12), ("proactive.category", "cat_project", 8),
        ("proactive.category", "cat_land", 5)]
    assert facts[0].label_raw == "政策、规范性文件类信息"


def test_statutory_wording_categories():
    got = triples("共公开政府信息20条，信息类别包括办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果2条，"
                  "扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况3条，"
                  "法律、法规、规章和国家有关规定应当主动公开的其他政府信息4条，其他应主动公开的政府信息11条。")
    # the statutory "其他政府信息4条" is a category, not a second total
    assert got == {("proactive", "total", 20), ("proactive.category", "cat_service", 2),
                   ("proactive.category", "cat_welfare", 3), ("proactive.category", "cat_other", 4),
                   ("proactive.category", "cat_other", 11)}


def test_items_separated_by_dunhao_keep_their_own_labels():
    text = "“某镇”微信公众号300条，其中乡村振兴40条、民政社保15条。"
    assert triples(text) == {("proactive.channel", "ch_wechat", 300),
                             ("proactive.category", "cat_welfare", 40),
                             ("proactive.category", "cat_welfare", 15)}
    facts = only(text, "proactive.category")
    assert [(f.key, f.value) for f in facts] == [("cat_welfare", 40), ("cat_welfare", 15)]
    assert [f.label_raw for f in facts] == ["乡村振兴", "民政社保"]


def test_unknown_category_is_kept_raw_outside_the_proactive_vocabulary():
    facts = facts_of("主动公开政府信息50条，其中工作动态40条，海洋渔业10条。")
    assert [(f.measure, f.key, f.value) for f in facts] == [
        ("proactive", "total", 50), ("proactive.category", "cat_news", 40),
        ("unmapped.proactive.category", "海洋渔业", 10)]


# --- P3 shares -------------------------------------------------------------------------------

def test_shares_are_attached_to_counts():
    facts = facts_of("主动公开信息按类别分：政策法规类信息39条，占18.5%；规划计划类信息18条，占比8.9%；"
                     "统计信息3条，所占比例为1.4%。")
    assert {f.measure for f in facts} == {"proactive.category"}
    assert [(f.key, f.share) for f in facts] == [("cat_policy", 18.5), ("cat_plan", 8.9),
                                                 ("cat_stats", 1.4)]


# --- P4 channels -----------------------------------------------------------------------------

def test_channel_counts_with_verbs_and_shares():
    text = ("累计向社会公开政府信息200条，其中政府网站发布100条，占比50%，微信发布60条，占比30%，"
            "其他发布40条，占比20%。")
    assert triples(text) == {("proactive", "total", 200), ("proactive.channel", "ch_website", 100),
                             ("proactive.channel", "ch_wechat", 60), ("proactive.channel", "ch_other", 40)}
    facts = only(text, "proactive.channel")
    assert [(f.key, f.value, f.share) for f in facts] == [
        ("ch_website", 100, 50), ("ch_wechat", 60, 30), ("ch_other", 40, 20)]


def test_channel_subjects():
    got = triples("共更新和发布信息300条，其中在统一平台发布250条，政府门户网站发布 50条。"
                  "政务信息公开栏公开政务信息97条，新媒体公开政务信息14条。")
    assert {("proactive.channel", "ch_platform", 250), ("proactive.channel", "ch_website", 50),
            ("proactive.channel", "ch_board", 97), ("proactive.channel", "ch_newmedia", 14),
            ("proactive", "total", 300)} == got


def test_parenthesised_account_name_stays_in_the_label():
    got = triples("在《某县人民政府公众信息网》等网站公开信息90余条，在微信公众号（某镇发布）上公开信息120余条。")
    assert got == {("proactive.channel", "ch_website", 90), ("proactive.channel", "ch_wechat", 120)}


def test_channel_named_after_the_number():
    assert triples("运营政务微信公众号，共发布321篇公众号信息。") == {("proactive.channel", "ch_wechat", 321)}


def test_channel_in_an_earlier_clause_of_the_sentence():
    got = triples("一是通过政府门户网站的“政务公开”专栏主动公开，共公开政府信息34条。")
    assert {("proactive", "total", 34), ("proactive.channel", "ch_website", 34)} == got


def test_account_output_described_by_topic_counts_for_the_account():
    got = triples("二是开设政务微信公众号，在政策解读等方面发挥作用，全年共推送工作动态150余篇。")
    assert got == {("proactive.channel", "ch_wechat", 150)}


def test_category_published_on_a_named_site_is_a_category():
    got = triples("全年在县政府采购信息网上主动公开政府采购项目信息88条。")
    assert got == {("proactive.category", "cat_procure", 88)}


def test_channel_mentioned_only_as_context_does_not_get_the_count():
    got = triples("通过“县政府门户网站”充实公开信息内容，共清理出4条政府公开信息。")
    assert got == {("proactive", "total", 4)}


def test_gazette_contents_count_for_the_gazette():
    got = triples("全年共编发公报12期，刊登政府规章、规范性文件等56件。")
    assert got == {("proactive.channel", "ch_gazette", 56)}


def test_include_list_of_channels():
    got = triples("全年主动公开政务信息182条，包括政府网站35条，公开栏67条。")
    assert got == {("proactive", "total", 182), ("proactive.channel", "ch_website", 35),
                   ("proactive.channel", "ch_board", 67)}


# --- P7 subunits -----------------------------------------------------------------------------

def test_subunits_by_level_and_villages():
    got = triples("其中，县直各部门主动公开政府信息210条，占70%。各乡镇主动公开政府信息90条，占30%。"
                  "所属各村公开信息 150条，其中东山村 80条、西河社区 70 条。", year=2018)
    assert got == {("proactive.subunit", "县直各部门", 210), ("proactive.subunit", "各乡镇", 90),
                   ("proactive.subunit", "所属各村", 150), ("proactive.subunit", "东山村", 80),
                   ("proactive.subunit", "西河社区", 70)}


def test_own_agency_is_a_total_not_a_subunit():
    got = triples("今年，我区政府信息公开单位共公布政府信息900条。")
    assert got == {("proactive", "total", 900)}


def test_weak_total_dropped_when_a_strong_one_exists():
    got = triples("2016年主动公开政府信息500条。区统计局着力推进统计信息公开，全年共发布信息40条。")
    assert got == {("proactive", "total", 500)}


# --- P10-P12 requests and outcomes -----------------------------------------------------------

def test_requests_by_channel_with_shares():
    facts = facts_of("共收到政府信息公开申请150件。其中，通过网络申请120件，占80%；通过信函申请20件，"
                     "占13.3%；当面申请10件，占6.7%。")
    got = {(f.measure, f.key, f.value) for f in facts}
    assert {("requests.new", "total", 150), ("requests.channel", "req_online", 120),
            ("requests.channel", "req_letter", 20), ("requests.channel", "req_in_person", 10)} == got


def test_letter_request_is_both_a_channel_and_the_total():
    got = triples("2016年全区收到有关政府信息公开的信函申请2条，已受理回复。")
    assert got == {("requests.new", "total", 2), ("requests.channel", "req_letter", 2)}


def test_outcomes_in_the_sentence_after_the_requests():
    got = triples("答复政府信息公开申请300件。其中，予以公开及部分公开100件，占33.3%；不予公开20件；"
                  "因本机关不掌握等原因无法提供90件；不予处理50件；其他处理0件。")
    assert got == {("requests.outcome", "total", 300), ("requests.outcome", "granted", 100),
                   ("requests.outcome", "deny.total", 20), ("requests.outcome", "unable.total", 90),
                   ("requests.outcome", "reject.total", 50), ("requests.outcome", "other", 0)}


def test_carry_over():
    got = triples("答复政府信息公开申请80件（含上年度结转申请5件），结转下年度继续办理3件。")
    assert got == {("requests.outcome", "total", 80), ("requests.carried_in", "total", 5),
                   ("requests.carried_out", "total", 3)}


# --- P13 zeros -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("2016年度，我局没有收到信息公开申请。", {("requests.new", "total", 0)}),
    ("本镇2016年无依申请公开政府信息情况。", {("requests.new", "total", 0)}),
    ("没有收到要求公开信息的申请。", {("requests.new", "total", 0)}),
    ("无收费及减免情况。", {("fees", "charged", 0)}),
    ("依申请提供政府信息暂不收费。", {("fees", "charged", 0)}),
    ("没有对政府信息公开申请收取任何费用。", {("fees", "charged", 0)}),
    ("本年度没有产生信息公开处理费。", {("fees", "charged", 0)}),
    ("未发生因政府信息公开申请行政复议和提起行政诉讼的情况。",
     {("review", "total", 0), ("litigation", "total", 0)}),
    ("未接到有关政府信息公开方面的复议、诉讼和申诉。",
     {("review", "total", 0), ("litigation", "total", 0), ("complaints", "total", 0)}),
    ("也没有收到各类针对本部门政府信息公开事务有关的申诉案。", {("complaints", "total", 0)}),
    ("我局无不予公开政府信息情况。", {("requests.outcome", "deny.total", 0)}),
])
def test_stated_zeros(text, expected):
    assert triples(text) == expected


def test_zero_statement_span_and_value():
    text = "2016年全区未收到有关政府信息公开的申请。"
    (fact,) = facts_of(text)
    assert fact.value == 0 and text[fact.char_start:fact.char_end] == "未"


def test_template_row_about_unpaid_fees_is_not_a_zero_fee():
    assert triples("2.申请人逾期未按收费通知要求缴纳费用") == set()


# --- P14 reconsideration and litigation, P15 fees --------------------------------------------

def test_review_and_litigation_counts():
    got = triples("信息公开类行政复议3件，诉讼4件，均获维持。")
    assert got == {("review", "total", 3), ("litigation", "total", 4)}


@pytest.mark.parametrize("text, expected", [
    ("本年度发生政府信息公开行政复议一起，已审结。", {("review", "total", 1)}),
    ("全年政府信息公开行政诉讼一起。", {("litigation", "total", 1)}),
    ("我局积极配合行政复议机关一起做好答复工作。", set()),        # 一起 = together
    ("会同行政诉讼代理人一起出庭应诉。", set()),
    ("配合行政复议机关 一起做好答复工作。", set()),
])
def test_one_case_in_qi_is_not_the_adverb_together(text, expected):
    assert triples(text) == expected


def test_review_parts():
    got = triples("政府信息公开行政复议 20件，其中结果维持 12 件，结果纠正 3 件，其他结果 4 件，尚未审结 1 件。")
    assert got == {("review", "total", 20), ("review", "upheld", 12), ("review", "corrected", 3),
                   ("review", "other", 4), ("review", "pending", 1)}


@pytest.mark.parametrize("text, value", [
    ("全年收取政府信息公开信息处理费 1200 元。", 1200),
    ("实际收取信息处理费共计400元。", 400),
    ("收取信息处理费0.5万元。", 5000),
])
def test_fees(text, value):
    assert triples(text) == {("fees", "charged", value)}


# --- P17 traps -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "联系电话：0591-24336243，邮编：350400。",
    "根据《关于做好政府信息公开工作的通知》（某政办〔2015〕83号）要求。",
    "本报告统计期限自2016年1月1日起至2016年12月31日止。",
    "全年出生人口105人，农村低保新增57人，独生子女办证90户。",
    "2016年政府信息公开专栏访问量达11460人次。",
    "办理人大代表意见建议14件，其中基础建设5件、环境保护3件。",
    "目前，区县已入驻审批服务部门13个，开设窗口26个，共受理申请121510件。",
    "制作、获取政府信息总数900条，其中作为依申请公开信息数40条，不予公开信息数700。",
    "全年电话咨询342条，现场咨询568条。",
    "2016年用于设立和更新公开栏等产生的政府信息公开费用1万元。",
    "我局没有从事政府信息公开工作的全职人员，兼职人员1人。",
    "全年召开会议5次，培训3场，全文电子化率达90.3%。",
    "要求各业务科室每周至少上报一条信息。",
    "共删除过期信息1215条。",
])
def test_traps_produce_nothing(text):
    assert facts_of(text) == []


def test_interpretation_counts_get_their_own_measure():
    got = triples("通过门户网站发布政策解读共32件。")
    assert got == {("interpretations", "total", 32)}


def test_template_era_drops_bare_platform_totals():
    assert triples("某国际服务门户目前共发布各类信息 1352 条。", year=2024, template="template_2021") == set()


def test_wrapped_pdf_lines_are_joined():
    text = "一、总体情况\n市政府网站主动公开各类政\n府信息 550 余条，全年新增公开市政府规章 1 件。\n"
    got = triples(text, year=2024, template="template_2021")
    assert {("proactive", "total", 550), ("proactive.channel", "ch_website", 550),
            ("proactive.category", "cat_policy", 1)} == got
    (total,) = only(text, "proactive", year=2024, template="template_2021")
    assert text[total.char_start:total.char_end] == "550" and total.is_approx


def test_table_rows_are_left_to_the_table_extractors():
    text = "附表：\n主动公开信息数\t条\t12\n受理依申请公开信息总数\t条\t0\n"
    assert facts_of(text) == []
