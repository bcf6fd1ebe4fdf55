"""The blind set (tests/fixtures/blind: reports and labels written by someone who never saw the
parser) scored as a whole, and one synthetic test per rule added after it exposed a miss."""
from __future__ import annotations

import pytest
from ogi import taxonomy
from ogi.extract import prose, stats_table
from ogi.model import Document, Metadata
from ogi.normalise import normalise
from ogi.paths import ROOT
from scoring import metadata_all_right, needs_scorer, parse, score

FIXTURES = ROOT / "tests" / "fixtures" / "blind"


def _doc(text: str) -> Document:
    return Document(source_file="t.txt", report_id="t", fmt="txt", text=normalise(text), raw_text=text)


def _table(text: str, year: int = 2018) -> dict[tuple[str, str], float]:
    meta = Metadata(report_year=year)
    facts = stats_table.extract_stats_table(_doc(text), meta).facts
    return {(f.measure, f.key): f.value for f in facts if f.period == "annual"}


def _prose(text: str, agency: str = "某市人民政府", year: int = 2012) -> set[tuple[str, str, float]]:
    facts = prose.extract_prose(_doc(text), Metadata(report_year=year, agency=agency), template="free_text")
    return {(f.measure, f.key, f.value) for f in facts}


@needs_scorer
def test_blind_set_scores(tmp_path):
    docs = sorted((FIXTURES / "docs").iterdir())
    assert len(docs) == 30
    parse([FIXTURES / "docs"], tmp_path)
    result = score(tmp_path, FIXTURES / "labels")
    assert result["recall"] >= 0.99, result["details"]
    assert result["precision"] >= 0.995, result["details"]
    assert metadata_all_right(result["details"], len(docs)), result["details"]


# --- 2014 统计表 split by administrative level ---------------------------------------------------

LEVEL_TABLE = ("附件：统计表\n统计指标\t单位\t全区合计\t其中\t\t\n\t\t\t区政府\t区直部门\t镇（街道）\n"
               "主动公开政府信息数\t条\t900\t100\t600\t200\n"
               "其中：政府公报公开政府信息数\t条\t40\t40\t\t\n"
               "政务微博公开政府信息数\t条\t130\t30\t100\t\n"
               "收到申请数\t件\t13\t5\t8\t0\n"
               "不同意公开答复数\t件\t2\t\t\t\n")


def test_level_split_table_under_a_two_line_header_reports_the_total_column():
    assert _table(LEVEL_TABLE) == {("proactive", "total"): 900,
                                   ("proactive.channel", "ch_gazette"): 40,
                                   ("proactive.channel", "ch_weibo"): 130,
                                   ("requests.new", "total"): 13,
                                   ("requests.outcome", "deny.total"): 2}


def test_level_split_table_space_separated_with_missing_trailing_cells():
    by = _table("统计指标 单位 全县合计 县政府 县直部门 乡镇（街道） "
                "主动公开政府信息数 条 98 12 61 25 政务微博公开政府信息数 条 13 3 10 "
                "收到申请数 件 7 2 5 0")
    assert by == {("proactive", "total"): 98, ("proactive.channel", "ch_weibo"): 13,
                  ("requests.new", "total"): 7}


def test_law_ground_under_refusals_is_law_prohibited_and_a_plain_other_stays_other():
    rows = ("统计指标 单位 统计数 4.不同意公开答复数 件 3 其中：涉及国家秘密 件 1 "
            "法律法规规定的其他情形 件 2 5.不属于本行政机关公开数 件 4")
    assert _table(rows) == {("requests.outcome", "deny.total"): 3,
                            ("requests.outcome", "deny.state_secret"): 1,
                            ("requests.outcome", "deny.law_prohibited"): 2,
                            ("requests.outcome", "unable.not_held"): 4}
    other = _table("统计指标 单位 统计数 4.不同意公开答复数 件 3 其中：其他情形 件 3")
    assert other == {("requests.outcome", "deny.total"): 3, ("requests.outcome", "deny.other"): 3}


# --- prose: subunits ------------------------------------------------------------------------------

def test_level_named_with_an_aside_is_a_subunit_not_the_total():
    got = _prose("全市共主动公开政府信息1000条。其中，市政府及其部门公开600条，占60%；"
                 "乡镇政府（街道办事处）公开400条，占40%。")
    assert got == {("proactive", "total", 1000), ("proactive.subunit", "市政府及其部门", 600),
                   ("proactive.subunit", "乡镇政府（街道办事处）", 400)}


def test_own_level_of_a_region_is_a_subunit():
    got = _prose("2017年，全区各级行政机关主动公开政府信息42.6万条，其中自治区本级主动公开5.8万条。",
                 agency="某某自治区人民政府", year=2017)
    assert got == {("proactive", "total", 426000), ("proactive.subunit", "自治区本级", 58000)}


def test_list_item_with_an_aside_and_a_breakdown_sentence_of_new_items():
    got = _prose("全区共主动公开政府信息316条，其中区政府及区直部门187条，镇（街道）129条。")
    assert got == {("proactive", "total", 316), ("proactive.subunit", "区政府及区直部门", 187),
                   ("proactive.subunit", "镇（街道）", 129)}
    got = _prose("我县累计主动公开政府信息2845条，其中2013年新增主动公开621条。"
                 "2013年新增信息中，县政府及县直部门487条，乡镇134条。", agency="某县人民政府", year=2013)
    assert got == {("proactive", "total", 2845), ("proactive", "total", 621),
                   ("proactive.subunit", "县政府及县直部门", 487), ("proactive.subunit", "乡镇", 134)}


# --- prose: categories and channels ------------------------------------------------------------

def test_examples_then_head_take_the_heads_category():
    assert taxonomy.category_id("惠民资金、低保、特困供养等民生类信息") == "cat_welfare"
    assert taxonomy.category_id("政策、规范性文件") == "cat_policy"     # no 等: first part decides
    assert taxonomy.category_id("防汛救灾") == "cat_emergency"


def test_posting_on_a_board_is_that_channel_and_a_topic_breakdown_sentence_is_read():
    got = _prose("全年在平台发布信息204条，乡政务公开栏公示108条。"
                 "涉及惠民资金、低保、特困供养等民生类信息96条。", agency="某乡人民政府", year=2021)
    assert got == {("proactive", "total", 204), ("proactive.channel", "ch_board", 108),
                   ("proactive.category", "cat_welfare", 96)}


# --- prose: requests, outcomes, reconsideration -----------------------------------------------

def test_refusal_reasons_and_a_not_held_phrase_in_a_list_of_outcomes():
    got = _prose("全年共收到政府信息公开申请100件，全部办结，其中同意公开50件，不予公开8件（涉及商业秘密3件、"
                 "个人隐私5件），不属于本机关公开职责范围的42件。")
    assert got == {("requests.new", "total", 100), ("requests.outcome", "granted", 50), ("requests.outcome", "deny.total", 8),
                   ("requests.outcome", "deny.trade_secret", 3), ("requests.outcome", "deny.privacy", 5),
                   ("requests.outcome", "unable.not_held", 42)}


def test_other_closing_an_outcome_list_is_the_other_outcome():
    got = _prose("共受理申请30件。已答复29件，其中同意公开20件，不予公开5件，其他4件；"
                 "另有1件因在年底受理，转入2013年办理。")
    assert got == {("requests.outcome", "total", 29),
                   ("requests.outcome", "granted", 20), ("requests.outcome", "deny.total", 5),
                   ("requests.outcome", "other", 4), ("requests.carried_out", "total", 1)}


@pytest.mark.parametrize("text, outcomes", [
    # done without a breakdown is no answered total (as below)
    ("全年共收到政府信息公开申请10件，已办理7件，其余3件转入2015年办理。", set()),
    ("全区共受理政府信息公开申请10件。办结7件，其中同意公开5件。另有3件结转至2018年办理。",
     {("requests.outcome", "total", 7), ("requests.outcome", "granted", 5)}),
])
def test_carried_over_phrasings(text, outcomes):
    assert _prose(text) == {("requests.new", "total", 10), ("requests.carried_out", "total", 3),
                            *outcomes}


def test_closed_with_an_outcome_breakdown_is_the_answered_total_and_without_it_is_not():
    got = _prose("全区共受理政府信息公开申请80件。办结76件，其中，同意公开50件，占65.8%。")
    assert got == {("requests.new", "total", 80), ("requests.outcome", "total", 76),
                   ("requests.outcome", "granted", 50)}
    got = _prose("全区共受理政府信息公开申请80件，按时办结76件。")
    assert got == {("requests.new", "total", 80)}


def test_received_including_carried_in_is_not_new_and_an_exclusion_is_no_zero():
    got = _prose("全年共收到政府信息公开申请15件（含上年结转1件），办结14件。另外，登记中心受理查询"
                 "3万件，未纳入政府信息公开申请统计。", year=2022)
    assert got == {("requests.carried_in", "total", 1), ("requests.outcome", "total", 14)}


def test_review_parts_revoked_and_still_under_review():
    got = _prose("因政府信息公开引发行政复议4件，其中维持2件，撤销1件，尚在审理1件。")
    assert got == {("review", "total", 4), ("review", "upheld", 2), ("review", "corrected", 1),
                   ("review", "pending", 1)}
    assert _prose("行政复议4件，均已审理完毕4件。") == {("review", "total", 4)}


def test_running_total_with_the_years_additions_as_its_part_is_cumulative():
    facts = prose.extract_prose(_doc("截至2013年底，我县累计主动公开政府信息28456条，其中2013年新增主动公开6218条。"),
                                Metadata(report_year=2013, agency="某县人民政府"), template="free_text")
    periods = {f.value: f.period for f in facts if f.measure == "proactive"}
    assert periods == {28456: "cumulative", 6218: "annual"}
