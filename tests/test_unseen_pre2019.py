"""Pre-2019 reports the extractors were not written on: a scored fixture set of synthetic reports
(tests/fixtures/unseen-pre2019: documents + hand-made labels) and one focused test per rule
added to make them generalise."""
from __future__ import annotations

import pytest
from ogi import taxonomy
from ogi.checks import totals
from ogi.extract import metadata, prose, stats_table
from ogi.model import Document, Fact, Metadata
from ogi.normalise import normalise
from ogi.paths import ROOT
from scoring import metadata_all_right, needs_scorer, parse, score

FIXTURES = ROOT / "tests" / "fixtures" / "unseen-pre2019"


def _doc(text: str) -> Document:
    return Document(source_file="t.txt", report_id="t", fmt="txt", text=normalise(text), raw_text=text)


def _table(text: str, year: int = 2015) -> dict[tuple[str, str, str], float]:
    facts = stats_table.extract_stats_table(_doc(text), Metadata(report_year=year)).facts
    return {(f.measure, f.key, f.period): f.value for f in facts}


def _prose(text: str, year: int = 2016) -> set[tuple[str, str, float]]:
    facts = prose.extract_prose(_doc(text), Metadata(report_year=year), template="free_text")
    return {(f.measure, f.key, f.value) for f in facts}


@needs_scorer
def test_unseen_fixture_set_scores(tmp_path):
    docs = sorted((FIXTURES / "docs").iterdir())
    assert len(docs) >= 15
    parse([FIXTURES / "docs"], tmp_path)
    result = score(tmp_path, FIXTURES / "labels")
    assert result["recall"] >= 0.99, result["details"]
    assert result["precision"] >= 0.99, result["details"]
    assert metadata_all_right(result["details"], len(docs)), result["details"]


# --- statistics tables -------------------------------------------------------------------------

def test_district_table_reports_the_total_column_not_the_level_columns():
    by = _table("统计指标 单位 合计 区政府 区直单位 乡镇街道 "
                "1.主动公开政府信息数 条 186 21 120 45 （2）政府网站公开政府信息数 条 150 18 100 32 "
                "三、行政复议数量 件 2 1 1 0")
    assert by == {("proactive", "total", "annual"): 186,
                  ("proactive.channel", "ch_website", "annual"): 150,
                  ("review", "total", "annual"): 2}


def test_already_public_row_is_an_outcome_not_a_second_total():
    by = _table("统计指标 单位 统计数 （一）主动公开政府信息数 条 428 （三）申请答复数 件 12 "
                "1．属于已主动公开范围数 件 2 2．同意公开答复数 件 8")
    assert by[("proactive", "total", "annual")] == 428
    assert by[("requests.outcome", "other.already_public", "annual")] == 2


def test_e0_refusal_reasons_map_to_unable_keys():
    by = _table("指标名称 计量单位 本年累计 否决公开答复数 件 1 六、否决公开的原因 "
                "其中：非《规定》所指政府信息 件 0 非本部门掌握 件 2 申请内容不明确 件 3", 2010)
    assert ("requests.outcome", "deny.total", "annual") in by and by[
        ("requests.outcome", "deny.total", "annual")] == 1       # the heading is not a second row
    assert by[("requests.outcome", "deny.not_gov_info", "annual")] == 0
    assert by[("requests.outcome", "unable.not_held", "annual")] == 2
    assert by[("requests.outcome", "unable.unclear", "annual")] == 3


def test_rows_counted_in_people_are_never_requests():
    by = _table("指标名称 计量单位 代码 本期实际 本年累计 网上咨询数 人次 07 3 12 "
                "网上申请数 件 14 0 1", 2010)
    assert by == {("requests.channel", "req_online", "annual"): 1}


def test_subset_row_under_a_total_is_not_a_second_total():
    by = _table("指标名称 计量单位 代码 本期实际 本年累计 一、主动公开信息数 条 01 86 312 "
                "其中：全文电子化的主动公开信息数 条 02 80 296", 2010)
    assert by == {("proactive", "total", "annual"): 312}


# --- prose: requests ---------------------------------------------------------------------------

def test_e0_answer_kinds_and_answer_total_in_prose():
    facts = _prose("全年共受理政府信息公开申请20件。已答复18件，其中同意公开9件，属于已主动公开范围2件，"
                   "信息不存在3件，不属于本机关公开范围2件，申请内容不明确2件。")
    assert {("requests.outcome", "total", 18), ("requests.outcome", "granted", 9),
            ("requests.outcome", "other.already_public", 2), ("requests.outcome", "unable.not_exist", 3),
            ("requests.outcome", "unable.not_held", 2), ("requests.outcome", "unable.unclear", 2)} <= facts


def test_carry_over_stated_after_the_count():
    facts = _prose("共受理政府信息公开申请30件，已办结26件，另有4件结转至2017年办理。")
    assert ("requests.carried_out", "total", 4) in facts
    assert ("requests.new", "total", 30) in facts


def test_bare_none_answers_the_heading_before_it():
    facts = _prose("四、因政府信息公开申请提起行政复议、行政诉讼的情况\n无。\n三、收费及减免情况：无。\n")
    assert facts == {("review", "total", 0), ("litigation", "total", 0), ("fees", "charged", 0)}


def test_bare_none_after_a_long_sentence_is_not_read():
    facts = _prose("我镇认真开展政府信息公开工作，不断完善工作机制，加强队伍建设，提高服务水平，"
                   "做好行政复议和诉讼的应诉准备。\n无。\n")
    assert facts == set()


# --- prose: proactive counts -------------------------------------------------------------------

def test_trap_word_in_a_later_list_item_does_not_drop_earlier_items():
    facts = _prose("全年主动公开政府信息58条，其中乡镇动态21条、通知公告14条、低保和救灾救济等民生信息17条。")
    assert {("proactive.category", "cat_news", 21), ("proactive.category", "cat_notice", 14),
            ("proactive.category", "cat_welfare", 17)} <= facts


def test_one_count_for_several_channels_is_a_total_only():
    facts = _prose("我乡通过县政府网站、乡政务公开栏、各村村务公开栏等形式主动公开政府信息58条。")
    assert facts == {("proactive", "total", 58)}


def test_channels_given_as_examples_of_other_channels():
    facts = _prose("在市政府网站公开信息759条，通过电子显示屏、公示栏等其他方式公开133条。")
    assert ("proactive.channel", "ch_other", 133) in facts
    assert not any(key in ("ch_screen", "ch_board", "cat_notice") for _, key, _ in facts)


def test_items_listed_one_a_line_after_qizhong():
    facts = _prose("所属各村（社区）公开村务信息共计318条，其中：\n红山村 92条\n东街社区 69条\n"
                   "全年接待来访群众286人次。\n")
    assert {("proactive.subunit", "红山村", 92), ("proactive.subunit", "东街社区", 69)} <= facts


def test_list_items_naming_levels_of_government_are_subunits_but_a_subject_is_not():
    facts = _prose("全区共主动公开政府信息1862条，其中区政府215条，区直单位1204条，乡镇街道443条。")
    assert {("proactive.subunit", "区政府", 215), ("proactive.subunit", "区直单位", 1204),
            ("proactive.subunit", "乡镇街道", 443)} <= facts
    assert ("proactive", "total", 1260) in _prose("2021年，县政府主动公开政府信息1260条。", 2021)


def test_licence_is_licensing_whatever_its_field():
    assert taxonomy.category_id("安全生产许可证") == "cat_service"
    assert taxonomy.category_id("安全生产、应急管理类信息") == "cat_supervision"


# --- metadata ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, agency, level", [
    ("2011年政府信息公开工作年度报告\n正文。\n\n白沙乡人民政府\n二〇一二年元月五日\n", "白沙乡人民政府", "township"),
    ("2014年政府信息公开工作年度报告 正文。 金山市教育局 2015年3月10日", "金山市教育局", "department"),
])
def test_agency_from_the_signature_when_the_title_names_none(text, agency, level):
    meta = metadata.extract_metadata(_doc(text))
    assert (meta.agency, meta.admin_level) == (agency, level)
    assert "agency_from_signature" in meta.flags


def test_signature_without_an_agency_like_name_gives_nothing():
    meta = metadata.extract_metadata(_doc("2011年政府信息公开工作年度报告\n正文。\n特此报告\n2012年1月5日\n"))
    assert meta.agency == "" and "agency_not_found" in meta.flags


# --- rules found by the second, blind batch (u18-u25) --------------------------------------------

def test_heading_glued_in_front_of_a_flattened_sentence_is_not_a_subunit():
    facts = _prose("当前位置：首页 年度报告 一、概述 2012年我局主动公开政府信息46条，主要通过县政府门户网站公开。",
                   2012)
    assert facts == {("proactive", "total", 46)}


def test_several_channels_before_the_count_give_no_channel():
    facts = _prose("依托县政府网站、镇村两级公开栏和微信公众号，全年共发布各类信息300余条。", 2015)
    assert facts == {("proactive", "total", 300)}
    one = _prose("开设微信公众号，全年推送工作动态200篇。")
    assert ("proactive.channel", "ch_wechat", 200) in one


def test_channel_count_is_the_total_only_when_no_total_is_stated():
    both = _prose("全省共主动公开政府信息26.8万条。省政府门户网站全年发布信息3.6万条。", 2012)
    assert ("proactive", "total", 36000) not in both
    assert {("proactive", "total", 268000), ("proactive.channel", "ch_website", 36000)} <= both
    alone = _prose("全年通过县政府网站主动公开信息420条。")
    assert {("proactive", "total", 420), ("proactive.channel", "ch_website", 420)} <= alone


def test_told_to_use_another_route_is_an_outcome_not_a_category():
    facts = _prose("共收到政府信息公开申请5件，其中同意公开3件，告知通过其他途径办理2件。")
    assert ("requests.outcome", "other.other_route", 2) in facts
    assert not any(m.startswith("proactive") for m, _, _ in facts)


def test_request_channel_worded_as_submitted():
    facts = _prose("全年共收到政府信息公开申请12件，其中通过网络提交9件，现场提交3件。", 2010)
    assert {("requests.channel", "req_online", 9), ("requests.channel", "req_in_person", 3),
            ("requests.new", "total", 12)} <= facts
    assert _prose("全镇通过网络提交材料9件。") == set()


# --- rules found by the third, blind batch (u26-u30) ---------------------------------------------

def test_breakdown_sentence_introduced_by_a_criterion():
    facts = _prose("全年我局主动公开政府信息一百二十三条，其中通过县政府信息公开网公开九十八条。"
                   "按内容分，林业政策法规类十二条，工作动态类六十七条。")
    assert {("proactive", "total", 123), ("proactive.channel", "ch_website", 98),
            ("proactive.category", "cat_policy", 12), ("proactive.category", "cat_news", 67)} <= facts
    assert _prose("按内容分，工作动态类六十七条。") == set()      # no count before: not a breakdown


def test_bare_none_under_a_reconsideration_heading_without_ogi_words():
    facts = _prose("四、行政复议、行政诉讼情况\n无。\n")
    assert facts == {("review", "total", 0), ("litigation", "total", 0)}


def test_requests_by_applicant_type():
    facts = _prose("全年共收到政府信息公开申请8件，其中自然人申请7件，法人申请1件。", 2014)
    assert {("requests.new", "total", 8), ("requests.new", "natural_person", 7)} <= facts
    assert not any(key == "total" and value == 7 for _, key, value in facts)


# --- rules found by the fourth, blind batch (u31-u33) --------------------------------------------

def test_spaced_out_header_in_traditional_characters():
    text = "指 標 名 稱　計量單位　本年度\n主動公開信息數　條　１５６０\n其中：１.網站公開　條　１３２０\n"
    by = _table(text, 2012)
    assert by == {("proactive", "total", "annual"): 1560,
                  ("proactive.channel", "ch_website", "annual"): 1320}


def test_one_figure_for_reconsideration_and_litigation_together():
    assert _prose("行政复议、行政诉讼均为0件。") == {("review", "total", 0), ("litigation", "total", 0)}
    assert _prose("因政府信息公开申请引发行政复议2件，行政诉讼1件。") == {
        ("review", "total", 2), ("litigation", "total", 1)}


def test_environment_bureau_reports_environmental_information():
    facts = _prose("2015年我局主动公开环境信息共计1126条，其中环境质量信息312条，建设项目环评审批信息428条。",
                   2015)
    assert {("proactive", "total", 1126), ("proactive.category", "cat_supervision", 312),
            ("proactive.category", "cat_service", 428)} <= facts
    assert _prose("全年办理审批事项1234件，公开办理结果。", 2015) == set()


# --- rules found by the fifth, blind batch (u34-u36) ---------------------------------------------

def test_names_and_counts_paired_by_fenbie():
    facts = _prose("全年共主动公开政府信息148条，其中乡政府网站、乡政务公开栏、村务公开栏分别公开信息62条、51条、35条。",
                   2013)
    assert facts == {("proactive", "total", 148), ("proactive.channel", "ch_website", 62),
                     ("proactive.channel", "ch_board", 51), ("proactive.channel", "ch_board", 35)}
    # counts and names that do not pair up are left to the ordinary reading
    assert ("proactive.channel", "ch_website", 62) not in _prose(
        "乡政府网站、公开栏分别公开信息62条、51条、35条。", 2013)


def test_title_opened_by_guanyu_names_no_agency():
    meta = metadata.extract_metadata(_doc("关于2013年度政府信息公开工作情况的报告\n正文。\n\n红旗乡人民政府\n2014年元月8日\n"))
    assert (meta.agency, meta.report_year, meta.published) == ("红旗乡人民政府", 2013, "2014-01-08")


def test_breakdown_opened_by_zhuyao_neirong():
    facts = _prose("本年度主动公开信息48条。主要内容为：政策法规9条，通知公告17条。", 2014)
    assert {("proactive.category", "cat_policy", 9), ("proactive.category", "cat_notice", 17)} <= facts


def test_zero_under_an_inline_section_heading():
    facts = _prose("（三）复议诉讼情况：本年度未发生相关行政复议、行政诉讼及投诉。", 2014)
    assert facts == {("review", "total", 0), ("litigation", "total", 0), ("complaints", "total", 0)}
    assert _prose("本年度未发生相关行政复议、行政诉讼及投诉。", 2014) == set()   # no OGI words, no heading


def test_channel_named_with_a_category_word_is_a_channel():
    facts = _prose("全年主动公开政府信息86条，其中村务公开栏35条，公示栏20条，政策文件31条。", 2014)
    assert {("proactive.channel", "ch_board", 35), ("proactive.channel", "ch_board", 20),
            ("proactive.category", "cat_policy", 31)} <= facts


# --- rules found by the sixth, blind batch (u37-u39) ---------------------------------------------

def test_local_table_channel_rows_named_by_any_channel():
    by = _table("指标名称 计量单位 2010年度 历年累计 主动公开信息数 条 73 196 其中：1.网站公开 条 41 102 "
                "2.公开栏公开 条 32 94 3.电子显示屏公开政府信息数 条 5 9 受理依申请公开信息总数 条 0 0", 2010)
    assert by[("proactive.channel", "ch_board", "cumulative")] == 94
    assert by[("proactive.channel", "ch_screen", "annual")] == 5
    assert ("requests.new", "total", "annual") in by
    assert taxonomy.channel_id("镇政府网页") == "ch_website"


# --- periods and consistency checks on the unseen reports ----------------------------------------

def _prose_facts(text: str, year: int):
    doc = _doc(text)
    meta = Metadata(report_year=year)
    return meta, prose.extract_prose(doc, meta, template="free_text")


def _periods(text: str, year: int) -> dict[float, str]:
    return {f.value: f.period for f in _prose_facts(text, year)[1]}


def test_period_of_each_count_in_one_sentence():
    assert _periods("全年共主动公开政府信息64条，历年累计公开政府信息397条。", 2013) == {
        64: "annual", 397: "cumulative"}
    assert _periods("自2008年《政府信息公开条例》实施以来，我乡累计主动公开政府信息1362条。", 2016) == {
        1362: "cumulative"}
    assert _periods("2014年至2017年累计公开政府信息256条，其中政府网站发布111条。", 2017) == {
        256: "cumulative", 111: "cumulative"}
    assert _periods("2014年1月至今累计公开政府信息547条。", 2014) == {547: "annual"}


def _statuses(text: str, year: int = 2014) -> dict[str, str]:
    meta, facts = _prose_facts(text, year)
    return {c.subject: c.status for c in totals.run(meta, facts) if c.rule == "parts_vs_total"}


def test_checks_do_not_call_explained_mismatches_failures():
    # one 其中 figure; documents beside items; an item the taxonomy cannot name; a nested list
    single = [Fact("proactive", "total", 428, "item", source_frame="stats_table", label_raw="主动公开政府信息数"),
              Fact("proactive.category", "cat_policy", 6, "item", source_frame="stats_table",
                   label_raw="其中：主动公开规范性文件数")]
    assert [c.status for c in totals.parts_vs_total(single)] == ["not_assessable"]
    assert set(_statuses("区政府共主动公开政府信息1208条，其中主动公开政府文件86份。", 2010).values()) == {
        "not_assessable"}
    assert set(_statuses("我局主动公开政府信息542条，其中惠农补贴信息87条，普法宣传信息64条，"
                         "政策文件35条，工作动态356条。", 2018).values()) == {"not_assessable"}
    nested = _statuses("我局主动公开政府信息337条。通过局政务微信发布122条，其中政策法规18条、通知公告56条、"
                       "住房保障信息48条。")
    assert nested["proactive.category vs proactive (annual, free_text)"] == "not_assessable"
    # a real contradiction still fails
    assert set(_statuses("主动公开政府信息共20条，其中工作动态类信息12条，其他信息5条。").values()) == {"fail"}


def test_channels_below_the_total_fail_only_in_a_statistics_table():
    prose_part = [Fact("proactive", "total", 100, "item"), Fact("proactive.channel", "ch_website", 60, "item")]
    table_part = [Fact("proactive", "total", 100, "item", source_frame="stats_table"),
                  Fact("proactive.channel", "ch_website", 60, "item", source_frame="stats_table"),
                  Fact("proactive.channel", "ch_gazette", 10, "item", source_frame="stats_table")]
    assert [c.status for c in totals.parts_vs_total(prose_part)] == ["not_assessable"]
    assert [c.status for c in totals.parts_vs_total(table_part)] == ["fail"]


# --- rules found by the seventh, blind batch (u40-u41) -------------------------------------------

def test_label_and_figure_separated_by_a_colon():
    facts = _prose("二、依申请公开情况\n1.收到申请数：5件；\n2.答复数：5件，其中同意公开：3件，不同意公开：2件；\n"
                   "三、复议诉讼\n行政复议：0件；行政诉讼：0件。\n", 2012)
    assert facts == {("requests.new", "total", 5), ("requests.outcome", "total", 5),
                     ("requests.outcome", "granted", 3), ("requests.outcome", "deny.total", 2),
                     ("review", "total", 0), ("litigation", "total", 0)}
    assert _prose("全年主动公开政府信息：120条，其中工作动态：80条。", 2012) == {
        ("proactive", "total", 120), ("proactive.category", "cat_news", 80)}


# --- rules found by the eighth, blind batch (u42-u43) --------------------------------------------

def test_cases_counted_in_qi():
    facts = _prose("全年因政府信息公开被申请行政复议1起，被提起行政诉讼1起，均在审理中。")
    assert facts == {("review", "total", 1), ("litigation", "total", 1)}
    assert _prose("全年共受理政府信息公开申请3起。") == set()        # 起 counts cases, not requests


def test_posted_on_a_board_is_the_board_channel():
    facts = _prose("公开各类信息共计186条，其中公开栏张贴公示86条，微信公众号发布100条，电子屏播放信息40条。", 2017)
    assert {("proactive.channel", "ch_board", 86), ("proactive.channel", "ch_wechat", 100),
            ("proactive.channel", "ch_screen", 40)} <= facts
    assert ("proactive.category", "cat_notice", 86) not in facts


# --- rules found by the ninth, blind batch (u44-u45) ---------------------------------------------

def test_table_extracted_one_cell_a_line():
    text = ("统计指标\n单位\n统计数\n（一）主动公开政府信息数\n条\n2041\n1.政府公报公开政府信息数\n条\n56\n"
            "2.政府网站公开政府信息数\n条\n\n3.政务微博公开政府信息数\n条\n113\n四、行政复议数量\n件\n0\n")
    by = _table(text)
    assert by == {("proactive", "total", "annual"): 2041, ("proactive.channel", "ch_gazette", "annual"): 56,
                  ("proactive.channel", "ch_weibo", "annual"): 113, ("review", "total", "annual"): 0}


@pytest.mark.parametrize("title, agency, level", [
    ("青山县林业局关于2014年度政府信息公开工作的报告", "青山县林业局", "department"),
    ("青山盟行政公署2013年政府信息公开工作年度报告", "青山盟行政公署", "city"),
    ("二○一三年度青山镇政府信息公开工作年度报告", "青山镇", "township"),
])
def test_agency_in_less_common_title_shapes(title, agency, level):
    meta = metadata.extract_metadata(_doc(title + "\n正文。\n"))
    assert (meta.agency, meta.admin_level) == (agency, level)


# --- forms found by probing sentences ------------------------------------------------------------

def test_list_closed_by_its_total():
    facts = _prose("2015年，共公开政府信息：工作动态86条、通知公告24条、人事信息6条，合计116条。")
    assert facts == {("proactive", "total", 116), ("proactive.category", "cat_news", 86),
                     ("proactive.category", "cat_notice", 24), ("proactive.category", "cat_personnel", 6)}


def test_fenbie_with_the_names_in_the_clause_before():
    facts = _prose("开通“青山发布”政务微博和微信公众号，分别发布信息320条和156条。")
    assert facts == {("proactive.channel", "ch_weibo", 320), ("proactive.channel", "ch_wechat", 156)}


def test_requests_counted_in_fen():
    assert _prose("全年共收到信息公开申请5份，均已答复。") == {("requests.new", "total", 5)}
    assert _prose("全年印发政府信息公开宣传资料3000份。") == set()


# --- rules found by the tenth, blind batch (u46-u47) ---------------------------------------------

def test_letter_requests_and_told_to_amend():
    facts = _prose("2013年我局受理政府信息公开申请4件，其中网上申请3件，来信申请1件。"
                   "依法予以公开3件，因申请内容不明确告知申请人更改、补充1件。", 2013)
    assert {("requests.channel", "req_letter", 1), ("requests.outcome", "granted", 3),
            ("requests.outcome", "unable.unclear", 1)} <= facts
