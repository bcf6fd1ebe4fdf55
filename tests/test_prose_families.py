"""Phrasing families of issue 12 (reports from many provinces): each family in several wordings
of our own, with the exact set of facts expected, and neighbours that must give none."""
from __future__ import annotations

import pytest
import snippets
from ogi.numerals import read_number


# the shared helpers (tests/snippets.py), with this file's own default: reports of 2021
def facts_of(text: str, year: int = 2021, agency: str | None = None):
    return snippets.facts_of(text, year=year, agency=agency)


def triples(text: str, year: int = 2021, agency: str | None = None) -> set[tuple[str, str, float]]:
    return snippets.triples(text, year=year, agency=agency)


REVIEW0, SUIT0, FEES0 = ("review", "total", 0), ("litigation", "total", 0), ("fees", "charged", 0)
REQUESTS0 = ("requests.new", "total", 0)


# --- one zero for several measures -----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("本年度我单位信息公开类行政复议、行政诉讼案件数均为零。", {REVIEW0, SUIT0}),
    ("今年没有发生涉及政府信息公开的收费、行政复议及行政诉讼事项。", {FEES0, REVIEW0, SUIT0}),
    ("本局全年不存在因信息公开收取费用、引发行政复议和行政诉讼的情形。", {FEES0, REVIEW0, SUIT0}),
    ("五、政府信息公开收费、复议、诉讼情况：均无。", {FEES0, REVIEW0, SUIT0}),
    ("2021年度，本乡政府信息公开申请、行政复议、行政诉讼数量均为零。", {REQUESTS0, REVIEW0, SUIT0}),
    ("全年政府信息公开工作做到零收费、零复议、零诉讼。", {FEES0, REVIEW0, SUIT0}),
    ("本机关信息公开工作实现零复议，零诉讼。", {REVIEW0, SUIT0}),
])
def test_one_zero_for_several_measures(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the application for review, not a request for information
    ("全年没有收到有关政府信息公开行政复议的申请。", {REVIEW0}),
    # 申请 as the cause of the cases: no request count
    ("本年度未发生因政府信息公开申请提起行政复议和行政诉讼的情况。", {REVIEW0, SUIT0}),
    # 零 of other things, outside any disclosure sentence
    ("全年安全生产实现零事故，信访工作零诉讼。", set()),
])
def test_zero_neighbours(text, expected):
    assert triples(text) == expected


# --- numbers ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value, approx", [
    ("全年主动公开政府信息3.2万余条。", 32000, True),
    ("本年度主动公开政府信息1.05万条。", 10500, False),
    ("全年主动公开政府信息十五条。", 15, False),
    ("全年共主动公开政府信息两千三百余条。", 2300, True),
])
def test_totals_in_any_number_form(text, value, approx):
    (fact,) = facts_of(text)
    assert (fact.measure, fact.key, fact.value, fact.is_approx) == ("proactive", "total", value, approx)


def test_requests_in_chinese_numerals():
    assert triples("本年度共收到政府信息公开申请二十三件，其中予以公开十一件。") == {
        ("requests.new", "total", 23), ("requests.outcome", "granted", 11)}


@pytest.mark.parametrize("text", [
    "全年主动公开政府信息数十条。",                       # vague: 数十 is no number
    "推行审批一条龙服务，群众办事更加方便。",              # an idiom, not one item
    "落实省政府关于优化营商环境的七条措施。",              # rules of a document
    "依照《条例》第二十条公开有关信息。",                   # an article of the regulation
    "聚焦高效办成一件事，推动政务公开提质增效。",
])
def test_chinese_numerals_that_are_no_counts(text):
    assert triples(text) == set()


# --- requests told in prose ------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年共收到政府信息公开申请20件，其中准予公开5件，告知申请人不属于本机关公开职责1件，申请人撤回申请2件。",
     {("requests.new", "total", 20), ("requests.outcome", "granted", 5),
      ("requests.outcome", "unable.not_held", 1), ("requests.outcome", "other.other", 2)}),
    ("本年受理信息公开申请8件：同意公开6件，申请人主动撤回的2件。",
     {("requests.new", "total", 8), ("requests.outcome", "granted", 6),
      ("requests.outcome", "other.other", 2)}),
])
def test_outcomes_in_prose(text, expected):
    assert triples(text) == expected


def test_a_withdrawal_before_the_2021_template_is_other():
    assert triples("共收到政府信息公开申请4件，予以公开3件，申请人撤回申请1件。", year=2020) == {
        ("requests.new", "total", 4), ("requests.outcome", "granted", 3),
        ("requests.outcome", "other", 1)}


def test_a_withdrawal_inside_another_outcome_is_no_outcome_of_its_own():
    assert triples("收到政府信息公开申请9件，其他处理5件（含申请人主动撤回3件）。") == {
        ("requests.new", "total", 9), ("requests.outcome", "other", 5)}


@pytest.mark.parametrize("text, expected", [
    ("本年度办理政府信息公开申请12件，均在法定期限内答复完毕。", {("requests.outcome", "total", 12)}),
    ("全年处理依申请公开申请7件，已全部按时办结。", {("requests.outcome", "total", 7)}),
    ("全年我委依法办结政府信息公开申请58件。", {("requests.outcome", "total", 58)}),
    # requests received, then all answered and the answers complete: the outcome total too
    ("本年度受理政府信息公开申请12件，均在法定期限内答复完毕。",
     {("requests.new", "total", 12), ("requests.outcome", "total", 12)}),
    ("本年度共收到5件政府信息公开申请，已全部答复完毕。",
     {("requests.new", "total", 5), ("requests.outcome", "total", 5)}),
    # received and answered, completion not said: the received count only
    ("本年度受理政府信息公开申请12件，均已按时答复。", {("requests.new", "total", 12)}),
    # carried over: the handled count is no outcome total
    ("本年度办理政府信息公开申请6件，均已答复，另有1件结转下年度办理。",
     {("requests.carried_out", "total", 1)}),
])
def test_outcome_total_in_prose(text, expected):
    assert triples(text) == expected


def test_closed_requests_before_the_2019_template_are_no_outcome_total():
    # the 2014 statistics table counts 申请办结数 as an indicator of its own
    assert triples("全年我委依法办结政府信息公开申请58件。", year=2016) == set()


@pytest.mark.parametrize("text, expected", [
    ("全年收到政府信息公开申请5件。移交下年度办理3件，上年度遗留的2件已办结。",
     {("requests.new", "total", 5), ("requests.carried_out", "total", 3),
      ("requests.carried_in", "total", 2)}),
    ("三、收到和处理政府信息公开申请情况。本年度共收到70件申请，依法办结69件，1件结转下年度继续办理。",
     {("requests.new", "total", 70), ("requests.outcome", "total", 69),
      ("requests.carried_out", "total", 1)}),
    ("全镇共收到信息公开申请154件，共办结148件，结转至2022年6件。",
     {("requests.new", "total", 154), ("requests.outcome", "total", 148),
      ("requests.carried_out", "total", 6)}),
    ("2021年新收政府信息公开申请9件，2020年度结转的申请1件。",
     {("requests.new", "total", 9), ("requests.carried_in", "total", 1)}),
])
def test_carry_over_both_ways(text, expected):
    assert triples(text) == expected


def test_a_year_before_the_last_is_not_carried_in():
    assert triples("2021年新收政府信息公开申请9件，2018年度结转的申请1件。") == {
        ("requests.new", "total", 9)}


# --- totals with words between the verb and 信息 ----------------------------------------------

@pytest.mark.parametrize("text, agency, value", [
    ("2021年本委公开卫生健康领域政府信息356条。", "某市卫生健康委员会", 356),
    ("全年主动公开教育领域政府信息1200余条。", "某县教育局", 1200),
    ("全年发布本部门产生的各类政务信息428条。", None, 428),
    ("本年度主动公开本机关制作的政府信息85条。", None, 85),
    ("我局共主动公开当年生成的各类政府信息46条。", None, 46),
    ("全年主动公开我县各级单位政府信息2645条。", None, 2645),
])
def test_totals_with_words_before_information(text, agency, value):
    assert triples(text, agency=agency) == {("proactive", "total", value)}


def test_a_field_other_than_the_bodys_own_is_a_category():
    assert triples("全年主动公开教育领域政府信息1200条。", agency="某县人民政府") == {
        ("proactive.category", "cat_welfare", 1200)}


def test_made_and_obtained_is_no_disclosure_but_its_proactive_part_is():
    assert triples("本年度制作、获取政府信息总数310条，其中主动公开政府信息96条。") == {
        ("proactive", "total", 96)}


# --- totals stated through a channel ---------------------------------------------------------

@pytest.mark.parametrize("text, channel, value", [
    ("依托区政府网站公开政府信息1250条。", "ch_website", 1250),
    ("全年通过门户网站发布政府信息870条。", "ch_website", 870),
    ("本年度借助政务微信公众号主动公开政务信息430条。", "ch_wechat", 430),
])
def test_one_channel_alone_states_the_total(text, channel, value):
    assert triples(text) == {("proactive.channel", channel, value), ("proactive", "total", value)}


def test_a_channel_beside_a_stated_total_is_only_a_channel():
    assert triples("全年主动公开政府信息1500条。依托区政府网站公开政府信息1250条。") == {
        ("proactive", "total", 1500), ("proactive.channel", "ch_website", 1250)}


def test_two_channels_with_their_own_counts_state_no_total():
    assert triples("依托区政府网站公开政府信息1250条，通过政务微信公开政府信息320条。") == {
        ("proactive.channel", "ch_website", 1250), ("proactive.channel", "ch_wechat", 320)}


def test_a_stronger_channel_statement_wins_over_an_accounts_running_count():
    assert triples("本局通过门户网站主动公开政府信息55条。局微信公众号累计推送150余条信息。") == {
        ("proactive.channel", "ch_website", 55), ("proactive", "total", 55),
        ("proactive.channel", "ch_wechat", 150)}


# --- new media -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("运营政务微博3个，全年推文760篇。", {("proactive.channel", "ch_weibo", 760)}),
    ("开设政务微信公众号2个，全年推送信息1520条。", {("proactive.channel", "ch_wechat", 1520)}),
    ("现有抖音号1个、快手号1个，发布短视频58条。", {("proactive.channel", "ch_newmedia", 58)}),
    ("依托视频号发布短视频36条，抖音号发布作品30条，快手号更新视频22个。",
     {("proactive.channel", "ch_newmedia", 36), ("proactive.channel", "ch_newmedia", 30),
      ("proactive.channel", "ch_newmedia", 22)}),
])
def test_accounts_beside_their_posts(text, expected):
    assert triples(text) == expected


def test_accounts_output_is_no_total_beside_one():
    assert triples("开通政务微博1个，全年发布信息300条。全年主动公开政府信息1500条。") == {
        ("proactive.channel", "ch_weibo", 300), ("proactive", "total", 1500)}


@pytest.mark.parametrize("text", [
    "全区现有政务新媒体账号33个，粉丝总数12万人。",
    "开设视频号2个，累计播放量达5万次。",
])
def test_accounts_and_followers_are_no_counts(text):
    assert triples(text) == set()


# --- category lists --------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年公开政府信息900条，其中工作动态300条，通知公告64条，人事信息9条，规划计划5条。",
     {("proactive", "total", 900), ("proactive.category", "cat_news", 300),
      ("proactive.category", "cat_notice", 64), ("proactive.category", "cat_personnel", 9),
      ("proactive.category", "cat_plan", 5)}),
    ("本年度主动公开政府信息70条，包括部门文件23条、机构职责4条、通知类信息31条、减税降费12条。",
     {("proactive", "total", 70), ("proactive.category", "cat_policy", 23),
      ("proactive.category", "cat_org", 4), ("proactive.category", "cat_notice", 31),
      ("proactive.category", "cat_fiscal", 12)}),
    ("主动公开政府信息120条，其中农村危房改造信息17条，义务教育招生信息8条，疫情防控信息40条。",
     {("proactive", "total", 120), ("proactive.category", "cat_land", 17),
      ("proactive.category", "cat_welfare", 8), ("proactive.category", "cat_emergency", 40)}),
    ("共主动公开政府信息95条：交通运输类21条、文化旅游类14条、城乡建设类30条、农业农村类30条。",
     {("proactive", "total", 95), ("proactive.category", "cat_transport", 21),
      ("proactive.category", "cat_culture", 14), ("proactive.category", "cat_urban", 30),
      ("proactive.category", "cat_agriculture", 30)}),
])
def test_category_lists_in_any_naming(text, expected):
    assert triples(text) == expected


def test_unknown_topics_stay_unmapped_with_their_label():
    facts = facts_of("全年主动公开政府信息40条，其中普法宣传信息7条，工作动态33条。")
    assert {(f.measure, f.key, f.value) for f in facts} == {
        ("proactive", "total", 40), ("unmapped.proactive.category", "普法宣传信息", 7),
        ("proactive.category", "cat_news", 33)}


def test_a_list_naming_suggestion_results_is_still_a_list():
    assert triples("全年主动公开政府信息60条，其中安全生产10条，人大代表建议和政协提案办理结果6条，"
                   "工作动态44条。") == {
        ("proactive", "total", 60), ("proactive.category", "cat_supervision", 10),
        ("proactive.category", "cat_proposal", 6), ("proactive.category", "cat_news", 44)}


def test_handling_suggestions_is_no_disclosure():
    assert triples("全年办理人大代表建议12件、政协提案8件，办结率100%。") == set()


@pytest.mark.parametrize("text, expected", [
    ("主动公开政策文件、通知公告、财政预决算信息等内容139条。", {("proactive", "total", 139)}),
    ("依托门户网站，主动公开机构职能、人事任免、规划计划等信息86条。",
     {("proactive", "total", 86), ("proactive.channel", "ch_website", 86)}),
    # topics of one category: that category
    ("全年主动公开财政预算、决算等信息12条。", {("proactive.category", "cat_fiscal", 12)}),
    # beside a total of its own: a part, not a second total
    ("全年主动公开政府信息300条。主动公开政策文件、通知公告等信息139条。", {("proactive", "total", 300)}),
])
def test_a_count_named_by_several_topics(text, expected):
    assert triples(text) == expected


def test_a_kind_of_channel_after_examples():
    assert triples("全年公开政府信息98条，其中，微信等新媒体发布66条，在门户网站公开信息32条。") == {
        ("proactive", "total", 98), ("proactive.channel", "ch_newmedia", 66),
        ("proactive.channel", "ch_website", 32)}


def test_answers_with_carry_over_written_as_zhuanjie():
    assert triples("答复政府信息公开申请98件（含上年度转结申请8件，另有5件申请转结下年度继续办理）。") == {
        ("requests.outcome", "total", 98), ("requests.carried_in", "total", 8),
        ("requests.carried_out", "total", 5)}


@pytest.mark.parametrize("text, expected", [
    ("2022年，全镇收到政府信息公开申请75件，涉及自然人72件、商业企业3件。",
     {("requests.new", "total", 75), ("requests.new", "natural_person", 72),
      ("requests.new", "org_business", 3)}),
    ("全年受理政府信息公开申请9件，其中公民申请7件，企业提出2件。",
     {("requests.new", "total", 9), ("requests.new", "natural_person", 7),
      ("requests.new", "org_business", 2)}),
    # every organisation together has no key of its own
    ("全年收到政府信息公开申请9件，其中自然人申请7件，法人或其他组织申请2件。",
     {("requests.new", "total", 9), ("requests.new", "natural_person", 7)}),
])
def test_applicants_named_alone(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("收到政府信息公开申请6件，依照《条例》规定，及时规范答复6件。",
     {("requests.new", "total", 6), ("requests.outcome", "total", 6)}),
    ("本年度共收到政府信息公开申请2件，办结依申请2件，其中公开答复1件，无法提供1件。",
     {("requests.new", "total", 2), ("requests.outcome", "total", 2),
      ("requests.outcome", "granted", 1), ("requests.outcome", "unable.total", 1)}),
    ("本年度结转上年度政府信息公开申请1件。", {("requests.carried_in", "total", 1)}),
    ("三、收到和处理政府信息公开申请情况。本年度共收到4件申请。", {("requests.new", "total", 4)}),
])
def test_request_sentences_in_other_wordings(text, expected):
    assert triples(text) == expected


def test_a_bare_application_elsewhere_is_no_request():
    assert triples("全年共收到30件低保申请，均已审核。") == set()


# --- fees in any wording ---------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("依申请公开信息处理费 200 元。", 200),
    ("本年度收取信息处理费3笔，共计300元。", 300),
    ("信息处理费收取金额为0。", 0),
    ("全年共收取政府信息公开处理费1.2万元。", 12000),
])
def test_fee_amounts(text, value):
    assert triples(text) == {("fees", "charged", value)}


@pytest.mark.parametrize("text", [
    "全年收费项目12，收费标准公开。",
    "全年减免信息处理费150元。",
    "政府信息公开工作经费支出3万元。",
])
def test_fee_neighbours(text):
    assert triples(text) == set()


def test_an_other_answer_is_no_grant():
    # (the answers total is the outcome total: test_prose_precision.test_answers_total)
    assert triples("对依申请公开的答复总数3条，其中同意公开答复数2条，其它公开答复数1条。",
                   year=2013) == {("requests.outcome", "total", 3), ("requests.outcome", "granted", 2)}


@pytest.mark.parametrize("num, mult, value", [
    ("3.2", "万", 32000), ("1,250", None, 1250), ("二十三", None, 23), ("两千三百", None, 2300),
    ("一百零五", None, 105), ("万", None, None),
])
def test_one_number_reader(num, mult, value):
    assert read_number(num, mult) == value


# --- reconsideration and litigation told together -------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("涉及政府信息公开的行政复议和行政诉讼各1件。",
     {("review", "total", 1), ("litigation", "total", 1)}),
    ("政府信息公开行政复议、行政诉讼分别为2件、1件。",
     {("review", "total", 2), ("litigation", "total", 1)}),
    ("因政府信息公开被申请行政复议和提起行政诉讼的案件分别是3件和2件。",
     {("review", "total", 3), ("litigation", "total", 2)}),
    ("本年度政府信息公开行政复议、行政诉讼数为0。", {REVIEW0, SUIT0}),
])
def test_cases_stated_together(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("全市行政复议、行政诉讼案件分别为120件、45件。", set()),      # the city's caseload
    ("因政府信息公开引起的行政复议、行政诉讼分别为2件、1件。",
     {("review", "total", 2), ("litigation", "total", 1)}),
    ("本年度涉及政府信息公开的行政复议和行政诉讼案件分别是3件和2件。",
     {("review", "total", 3), ("litigation", "total", 2)}),
])
def test_counts_told_respectively_are_each_kinds_and_no_combined_count(text, expected):
    """分别为120件、45件: 120 is the reconsiderations alone; no count covers both kinds."""
    assert triples(text) == expected


def test_an_unheld_record_alone_is_its_own_reason():
    assert triples("收到申请10件，因本机关不掌握相关政府信息无法提供3件，因本机关不掌握等原因无法提供2件。") == {
        ("requests.new", "total", 10), ("requests.outcome", "unable.not_held", 3),
        ("requests.outcome", "unable.total", 2)}


def test_a_total_stated_as_a_quantity():
    assert triples("主动公开政府信息数量为563条，较上年增加41条。") == {("proactive", "total", 563)}


def test_kinds_of_interpretation_are_no_categories():
    assert triples("本年度共发布政策解读50条，其中文字解读12条，图片解读34条。") == {
        ("interpretations", "total", 50)}


def test_a_total_through_several_channels_then_each_channel():
    assert triples("全年我办共通过门户网站及政务新媒体方式主动公开907条，其中通过政府网站公开86条，"
                   "微信公众号公开821条。") == {
        ("proactive", "total", 907), ("proactive.channel", "ch_website", 86),
        ("proactive.channel", "ch_wechat", 821)}


@pytest.mark.parametrize("text, expected", [
    ("共收到政府信息公开申请9件，告知申请人通过其他途径获取1件，申请内容不明确告知申请人补正1件，"
     "属于重复申请不予处理1件，没有现成信息需要另行制作无法提供1件。",
     {("requests.new", "total", 9), ("requests.outcome", "other.other_route", 1),
      ("requests.outcome", "unable.unclear", 1), ("requests.outcome", "reject.duplicate", 1),
      ("requests.outcome", "unable.needs_creation", 1)}),
    ("共收到政府信息公开申请9件，申请人逾期未补正1件，申请人逾期未缴纳信息处理费1件，信访类申请不予处理2件。",
     {("requests.new", "total", 9), ("requests.outcome", "other.no_correction", 1),
      ("requests.outcome", "other.fee_unpaid", 1), ("requests.outcome", "reject.petition", 2)}),
    # (the reason after the count: the count is the row's total and its sub-row's)
    ("共收到政府信息公开申请9件，不予处理2件（均为重复申请），无法提供3件。",
     {("requests.new", "total", 9), ("requests.outcome", "reject.total", 2),
      ("requests.outcome", "reject.duplicate", 2), ("requests.outcome", "unable.total", 3)}),
    # 等原因: every reason together, the row's total
    ("共收到政府信息公开申请9件，因重复申请等原因不予处理4件。",
     {("requests.new", "total", 9), ("requests.outcome", "reject.total", 4)}),
])
def test_outcome_reasons_in_prose(text, expected):
    assert triples(text) == expected


def test_other_handling_rows_before_the_2021_template_are_one_row():
    assert triples("共收到政府信息公开申请3件，申请人逾期未补正1件。", year=2020) == {
        ("requests.new", "total", 3), ("requests.outcome", "other", 1)}


@pytest.mark.parametrize("text, expected", [
    ("本年度未产生信息公开费用。", {FEES0}),
    ("全年未收到申请，未产生任何费用。", {FEES0}),
    ("本机关未因政府信息公开被申请复议或被起诉。", {REVIEW0, SUIT0}),
    ("因政府信息公开被起诉2件。", {("litigation", "total", 2)}),
    ("全年没有减免费用。", set()),
])
def test_fee_and_suit_words_of_other_wordings(text, expected):
    assert triples(text) == expected


def test_a_years_output_on_the_portal_alone_is_the_total():
    assert triples("2022年，我县全年在县政府门户网站发布各类信息1.2万余条。") == {
        ("proactive.channel", "ch_website", 12000), ("proactive", "total", 12000)}


def test_channels_closed_by_their_sum():
    assert triples("通过政府网站公开政府信息200条，通过公开栏公开政府信息50条，合计250条。") == {
        ("proactive.channel", "ch_website", 200), ("proactive.channel", "ch_board", 50),
        ("proactive", "total", 250)}


@pytest.mark.parametrize("text", [
    "本年度政府信息公开申请数量为8件。",
    "全年共有8件政府信息公开申请。",
    "全年收到申请公开政府信息8件。",
])
def test_requests_received_without_the_usual_verb(text):
    assert triples(text) == {("requests.new", "total", 8)}


@pytest.mark.parametrize("text, expected", [
    ("信息处理费收取金额为0。", {("fees", "charged", 0)}),
    ("收费金额为0元。", {("fees", "charged", 0)}),
    ("本年度政府信息公开行政复议、行政诉讼均为0件。", {("review", "total", 0), ("litigation", "total", 0)}),
])
def test_a_zero_is_stated_once(text, expected):
    facts = facts_of(text)
    assert len(facts) == len({(f.measure, f.key) for f in facts})
    assert triples(text) == expected
