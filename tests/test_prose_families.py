"""Phrasing families of issue 12 (reports from many provinces): each family in several wordings
of our own, with the exact set of facts expected, and neighbours that must give none."""
from __future__ import annotations

import pytest

from ogi.extract.prose import extract_prose
from ogi.model import Document, Metadata
from ogi.normalise import normalise


def facts_of(text: str, year: int = 2021, agency: str | None = None):
    doc = Document("t.txt", "t", "txt", normalise(text), text)
    return extract_prose(doc, Metadata(report_year=year, template="free_text", agency=agency))


def triples(text: str, **kw) -> set[tuple[str, str, float]]:
    return {(f.measure, f.key, f.value) for f in facts_of(text, **kw)}


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
    # requests received, then all answered: the received count only
    ("本年度受理政府信息公开申请12件，均在法定期限内答复完毕。", {("requests.new", "total", 12)}),
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
    assert ("requests.carried_in", "total", 1) not in triples(
        "2021年新收政府信息公开申请9件，2018年度结转的申请1件。")


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

@pytest.mark.parametrize("text, channel", [
    ("依托区政府网站公开政府信息1250条。", "ch_website"),
    ("全年通过门户网站发布政府信息870条。", "ch_website"),
    ("本年度借助政务微信公众号主动公开政务信息430条。", "ch_wechat"),
])
def test_one_channel_alone_states_the_total(text, channel):
    value = facts_of(text)[0].value
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
