"""Round 18: request prose families (every request's channel after the place it was handed in,
the outcomes' total row named in prose, free disclosure as the fee zero, the sum after 人民币,
complaints about 政务公开 work, a suit brought by a firm's head, a request more come in the year
before); each family in wordings of our own, with traps."""
from __future__ import annotations

import pytest
from snippets import NEW
from snippets import request_triples as triples


def of(measure: str, triples_: set) -> set:
    return {t for t in triples_ if t[0] == measure}


# --- every request handed in at a place named before the way ------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年受理政府信息公开申请3件，均为村民到镇便民服务中心当面提交。", {("requests.channel", "req_in_person", 3)}),
    ("全年收到政府信息公开申请2件，均由申请人在区行政服务大厅窗口现场递交。", {("requests.channel", "req_in_person", 2)}),
    ("全年收到政府信息公开申请4件，均为公民通过省政务服务网提出。", {("requests.channel", "req_online", 4)}),
    ("全年收到政府信息公开申请1件，系企业通过市政务服务网提交。", {("requests.channel", "req_online", 1)}),
    # trap: two ways named for all of them, neither is every request's
    ("全年收到政府信息公开申请6件，均由群众到局窗口当面提交或邮寄提交。", set()),
])
def test_channel_after_place(text, expected):
    assert of("requests.channel", triples(text, year=2021)) == expected


# --- 办理结果总计N件: the template row of the outcomes' total, in prose -----------------------

@pytest.mark.parametrize("text, value", [
    ("本年新收政府信息公开申请3件（法人），予以公开3件，办理结果总计3件；上年结转、结转下年度均为0。", 3),
    ("本年共收到政府信息公开申请2件。其中予以公开1件，另1件不予公开。办理结果合计2件，无结转。", 2),
    ("本年新收政府信息公开申请0件，上年结转0件，本年度办理结果总计0件，结转下年度继续办理0件。", 0),
    ("本年收到政府信息公开申请5件，办理结果总数为5件。", 5),
])
def test_outcomes_total_row(text, value):
    assert ("requests.outcome", "total", value) in triples(text)


def test_outcome_results_of_suggestions_are_no_requests():
    # trap: the results of handling deputies' suggestions, no disclosure requests
    assert not of("requests.outcome", triples("全年公开建议提案办理结果56件。"))


# --- free disclosure as the rule: the fee zero; a sum after 人民币 -----------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年收到政府信息公开申请2件。本局公开政府信息一律免费。", {("fees", "charged", 0)}),
    ("全年收到政府信息公开申请3件。依申请提供的信息均免费提供。", {("fees", "charged", 0)}),
    ("全年收到政府信息公开申请4件，申请人所需材料全部免费提供。", {("fees", "charged", 0)}),
    ("对5件申请收取了复印、邮寄费用，共计人民币240元。", {("fees", "charged", 240)}),
    # traps: the rest free beside a fee stated; a booklet given away
    ("全年收到政府信息公开申请2件，收取复印费30元，其余申请信息均免费提供。", {("fees", "charged", 30)}),
    ("编印办事指南2000册，向群众免费发放。", set()),
])
def test_free_of_charge(text, expected):
    assert of("fees", triples(text, year=2011)) == expected


# --- complaints about 政务公开 work ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "全年收到政府信息公开申请3件。全年未收到针对本镇的政务公开举报投诉。",
    "本年度没有发生政务公开工作投诉。",
    "全年无涉及政务公开的举报。",
])
def test_no_complaints_about_open_government(text):
    assert ("complaints", "total", 0) in triples(text)


def test_open_government_board_is_no_complaint_topic():
    # trap: 政务公开栏 beside a hotline's complaints
    assert not of("complaints", triples("更新政务公开栏12期，受理12345热线投诉举报300件。"))


# --- a suit brought by a firm's head or a lawyer -------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("有1名企业负责人就征地补偿信息答复提起行政诉讼，目前尚未判决。", 1),
    ("本年度有1位公司法定代表人对我局答复不服提起行政诉讼。", 1),
    ("有2名律师对本局信息公开答复不服提起行政诉讼。", 2),
])
def test_suit_by_firm_head(text, value):
    assert ("litigation", "total", value) in triples(text, year=2012)


# --- another request come in the year before ------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("全年收到政府信息公开申请5件，另有1件为上年12月受理、本年1月答复。", 1),
    ("全年收到政府信息公开申请5件。另有2件系去年底收到，今年办结。", 2),
    ("全年收到政府信息公开申请3件，此外还有1件属于上年11月下旬受理的申请。", 1),
])
def test_another_request_of_last_year(text, value):
    found = triples(text, year=2015)
    assert ("requests.carried_in", "total", value) in found
    assert (*NEW, value) not in found


def test_another_request_this_year_is_no_carry_in():
    # trap: another request of this year
    assert not of("requests.carried_in", triples("全年收到政府信息公开申请5件，另有1件为本年12月受理。", year=2015))


# --- who asked, then the way in brackets -------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年共收到政府信息公开申请3件，其中2件来自本村群众（当面提交），1件来自外地律师事务所（邮寄信函）。",
     {("requests.channel", "req_in_person", 2), ("requests.channel", "req_letter", 1)}),
    ("全年共收到政府信息公开申请4件，其中3件来自本区居民（网上申请），1件来自某公司（信函）。",
     {("requests.channel", "req_online", 3), ("requests.channel", "req_letter", 1)}),
    ("本年度收到政府信息公开申请2件，其中1件来自外省企业（通过网络提交），1件来自本县村民（当面申请）。",
     {("requests.channel", "req_online", 1), ("requests.channel", "req_in_person", 1)}),
    # trap: the bracket says what was asked, no way
    ("全年共收到政府信息公开申请2件，其中1件来自本村群众（征地补偿），1件来自某公司（规划许可）。", set()),
])
def test_way_in_brackets_after_who(text, expected):
    assert of("requests.channel", triples(text, year=2018)) == expected


def test_zhelibao_app_is_new_media():
    from ogi import taxonomy
    assert taxonomy.lookup("channels", "“浙里办”镇级服务专区") == "ch_newmedia"
    assert taxonomy.lookup("channels", "“随申办”移动端") == "ch_newmedia"


# --- no late answers is no zero of the answers ------------------------------------------------

@pytest.mark.parametrize("text", [
    "全年共收到政府信息公开申请21件，全部在法定期限内答复，无超期答复情况。",
    "全年共收到政府信息公开申请5件，均按时办结，未出现逾期办理情况。",
    "全年共收到政府信息公开申请3件，无延期答复情况。",
])
def test_no_late_answer_is_no_zero_outcome(text):
    assert ("requests.outcome", "total", 0) not in triples(text)


def test_no_answers_stays_zero_outcome():
    # neighbour: no requests, so no answers
    assert ("requests.outcome", "total", 0) in triples("本年度我镇未收到政府信息公开申请，无申请答复情况。")
