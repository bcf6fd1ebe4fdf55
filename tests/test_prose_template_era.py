"""Narratives of 2019-2024 reports (一、总体情况): the reporting body as subject, category heads,
channels named in the means, pieces counted in 个, parts of a count, fee row remnants."""
from __future__ import annotations

import pytest
import snippets
from ogi import taxonomy
from ogi.extract.metadata import extract_metadata
from ogi.model import Document
from ogi.normalise import normalise


# the shared helper (tests/snippets.py), with this file's own defaults: 2021 reports in the 2019
# template, agency '' (not None)
def triples(text: str, agency: str = "", year: int = 2021) -> set[tuple[str, str, float]]:
    return snippets.triples(text, year=year, agency=agency, template="template_2019")


@pytest.mark.parametrize("agency, sentence, value", [
    ("北垣乡人民政府", "2021年，北垣乡主动公开政府信息265条。", 265),
    ("沧澜市生态环境局", "2021年，市生态环境局主动公开政府信息1207条。", 1207),
    ("石门镇人民政府", "2022年，石门镇人民政府共主动公开政府信息215条。", 215),
    ("白沙街道办事处", "2020年，白沙街道全年主动公开政府信息215条。", 215),
    ("某县交通运输局", "2020年，局机关主动公开政府信息215条。", 215),
])
def test_the_reporting_body_as_subject_states_the_total(agency, sentence, value):
    assert triples(sentence, agency) == {("proactive", "total", value)}


def test_a_named_part_of_the_reporting_body_is_a_subunit():
    got = triples("2021年，各乡镇主动公开政府信息90条，县政府办公室主动公开政府信息40条。",
                  agency="青溪县人民政府")
    assert got == {("proactive.subunit", "各乡镇", 90), ("proactive.subunit", "县政府办公室", 40)}


def test_government_names_hold_no_welfare_topic():
    assert taxonomy.category_id("柳塘乡人民政府") is None
    assert taxonomy.category_id("民政救助") == "cat_welfare"
    assert taxonomy.channel_id("县人民政府网站") == "ch_website"


@pytest.mark.parametrize("label, cat", [
    ("突发公共卫生事件应急类", "cat_emergency"),
    ("环境质量信息类", "cat_supervision"),
    ("社会救助信息", "cat_welfare"),
])
def test_category_heads(label, cat):
    assert taxonomy.category_id(label) == cat


def test_channel_is_read_from_the_means_not_from_the_actor():
    got = triples("2021年，区档案馆通过区政府网站主动公开政府信息58条。", agency="兰溪区档案馆")
    assert got == {("proactive.channel", "ch_website", 58), ("proactive", "total", 58)}


def test_videos_counted_in_ge_are_pieces_but_accounts_are_not():
    got = triples("通过视频号发布短视频20个。全区开通政务新媒体账号12个，视频号3个。")
    assert got == {("proactive.channel", "ch_newmedia", 20)}


def test_a_part_of_the_count_before_is_no_category():
    got = triples("主动公开政府信息1426条，其中行政许可类信息1830条中的结果公示1024条。",
                  agency="东岭县交通运输局")
    assert got == {("proactive", "total", 1426), ("proactive.category", "cat_service", 1830)}


def test_broken_fee_row_label_is_no_stated_zero():
    got = triples("（四）其他\n2.申请人逾期未按收费\n通知要求缴纳费用\n本年度共收取信息处理费4500元。")
    assert got == {("fees", "charged", 4500)}


def test_a_source_line_above_the_title_is_not_part_of_the_agency():
    text = "发布时间：2021-01-28 来源：海湾市市场监督管理局\n海湾市市场监督管理局2020年政府信息公开工作年度报告\n一、总体情况\n"
    doc = Document("t.txt", "t", "txt", normalise(text), text)
    assert extract_metadata(doc).agency == "海湾市市场监督管理局"


def test_parts_of_an_interpretation_count_are_no_categories():
    got = triples("全年主动公开政府信息300条。发布政策解读稿件45篇，其中图解12篇、视频解读3篇。")
    assert got == {("proactive", "total", 300), ("interpretations", "total", 45)}


def test_documents_cleaned_up_are_not_disclosed():
    got = triples("全年主动公开政府信息300条。全年清理规范性文件23件，对以往文件进行公开属性审查。")
    assert got == {("proactive", "total", 300)}


def test_a_quoted_name_holds_no_verb():
    got = triples("全年主动公开政府信息300条。其中：“双随机、一公开”抽查结果86条，食品安全抽检信息18条。")
    assert got == {("proactive", "total", 300), ("proactive.category", "cat_enforce", 86),
                   ("proactive.category", "cat_supervision", 18)}


def test_a_subunit_publishing_its_own_affairs():
    got = triples("各社区共公开居务信息1450条，其中青石社区312条。", agency="南湖街道办事处")
    assert got == {("proactive.subunit", "各社区", 1450), ("proactive.subunit", "青石社区", 312)}


def test_an_umbrella_word_inside_a_longer_name_is_not_that_category():
    assert taxonomy.category_id("定点医药机构信息") is None
    assert taxonomy.category_id("机构信息") == "cat_org"
    assert taxonomy.category_id("政务信息") == "cat_unspecified"


def test_short_videos_and_their_views():
    got = triples("全年主动公开政府信息300条。开通视频号1个，发布短视频36个；41条短视频播放量超2300万。")
    assert got == {("proactive", "total", 300), ("proactive.channel", "ch_newmedia", 36)}


def test_offices_listed_as_the_parts_that_reported():
    got = triples("本机关主动公开政府信息418条，较上年增加36条。各科室、下属单位报送信息情况：规划科68条，"
                  "不动产登记中心132条，执法大队45条。", agency="临川区自然资源局")
    assert got == {("proactive", "total", 418), ("proactive.subunit", "规划科", 68),
                   ("proactive.subunit", "不动产登记中心", 132), ("proactive.subunit", "执法大队", 45)}


def test_city_level_itself_is_a_subunit_of_a_city_wide_total():
    got = triples("全市各级行政机关共主动公开政府信息5.6万条。其中，市本级主动公开政府信息1.8万条。",
                  agency="西岭市人民政府办公室")
    assert got == {("proactive", "total", 56000), ("proactive.subunit", "市本级", 18000)}


def test_a_category_named_with_a_verb_inside():
    got = triples("全年主动公开政府信息146条，其中财政预决算信息12条、村务公开信息38条。")
    assert got == {("proactive", "total", 146), ("proactive.category", "cat_fiscal", 12),
                   ("proactive.category", "cat_grassroots", 38)}


def test_outcome_with_its_reason_and_applicants_in_prose():
    got = triples("全年收到政府信息公开申请5件，其中自然人申请4件，法人或其他组织申请1件；予以公开3件，"
                  "不予公开（属于国家秘密）1件。")
    # 法人或其他组织 groups several template columns: no one key holds it (not org_other)
    assert got == {("requests.new", "total", 5), ("requests.new", "natural_person", 4),
                   ("requests.outcome", "granted", 3), ("requests.outcome", "deny.state_secret", 1)}


def test_a_topic_subset_of_requests_in_brackets_is_no_request_total():
    got = triples("依申请公开方面，本年度新收申请21件（其中涉及征地拆迁的申请15件）。")
    assert got == {("requests.new", "total", 21)}


def test_gazette_accounts_and_handling_results():
    got = triples("全区共主动公开政府信息8452条。区政府公报发布规范性文件15件，政务新媒体矩阵（含46个账号）"
                  "发布信息3180条。全年办理人大代表建议32件、政协提案24件，并公开建议提案办理结果56件。",
                  agency="临溪区人民政府")
    assert got == {("proactive", "total", 8452), ("proactive.channel", "ch_gazette", 15),
                   ("proactive.channel", "ch_newmedia", 3180), ("proactive.category", "cat_proposal", 56)}


def test_a_subordinate_office_is_a_subunit():
    got = triples("市交通运输局主动公开政府信息2146条。下属市公路事业发展中心公开信息312条。",
                  agency="南江市交通运输局")
    assert got == {("proactive", "total", 2146), ("proactive.subunit", "下属市公路事业发展中心", 312)}


@pytest.mark.parametrize("text", [
    "四、政府信息公开行政复议、行政诉讼情况\n未发生行政复议、行政诉讼。",
    "四、政府信息公开行政复议、行政诉讼情况\n本年度行政复议和行政诉讼均为零。",
])
def test_zero_cases_under_their_heading(text):
    got = triples(text)
    assert got == {("review", "total", 0), ("litigation", "total", 0)}


def test_interpretation_parts_after_a_channel_total_in_an_earlier_sentence():
    got = triples("通过政府网站主动公开信息300条。召开专题会议2次，发布政策解读12篇，其中图文解读8篇。")
    assert got == {("proactive.channel", "ch_website", 300), ("proactive", "total", 300),
                   ("interpretations", "total", 12)}
