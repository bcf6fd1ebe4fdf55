"""Requests, carry-over, reconsideration, suits and fees in prose (families of the blind sets
provinces-holdout3/4): each family in several wordings of our own, with the exact set of facts
expected, and neighbours that must give none."""
from __future__ import annotations

import pytest
from snippets import outcome, total
from snippets import triples as _triples


def triples(text: str, year: int = 2022) -> set[tuple[str, str, float]]:
    # (a 2022 report unless told: the year decides which sub-row keys an outcome takes)
    return _triples(text, year=year)


NEW = "requests.new"
IN = "requests.carried_in"
OUT = "requests.carried_out"


# --- an outcome said once for every request counted (no count of its own) --------------------

@pytest.mark.parametrize("text, expected", [
    ("本年度乡政府收到政府信息公开申请1件，系群众查询低保名单，已当场予以公开。",
     {(NEW, "total", 1), outcome("granted", 1)}),
    ("全年收到政府信息公开申请3件，均为企业提出，已全部予以公开，无结转。",
     {(NEW, "total", 3), (NEW, "org_business", 3), outcome("granted", 3), (OUT, "total", 0)}),
    ("本年度收到政府信息公开申请4件，均予以公开，无上年结转和结转下年度申请。",
     {(NEW, "total", 4), outcome("granted", 4), (IN, "total", 0), (OUT, "total", 0)}),
    ("本年度收到政府信息公开申请5件，已全部按期予以公开。",
     {(NEW, "total", 5), outcome("granted", 5)}),
    ("本年度收到政府信息公开申请4件，已在法定期限内全部予以公开。",
     {(NEW, "total", 4), outcome("granted", 4)}),
    ("本年度收到政府信息公开申请2件，已当即予以公开。",
     {(NEW, "total", 2)}),                      # two requests, no 均/全部: whose outcome is unsaid
])
def test_an_outcome_for_every_request_counted(text, expected):
    assert triples(text, 2020) == expected


def test_requests_carried_from_last_year_leave_the_outcome_unsaid():
    assert triples("全年收到政府信息公开申请3件，上年结转1件，均予以公开。", 2020) == {
        (NEW, "total", 3), (IN, "total", 1)}


# --- a count opening its clause, its outcome after it -----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("二、依申请公开情况\n本年度收到政府信息公开申请2件。对其中1件予以公开；另1件所需信息属于居民委员会自治事项，"
     "已告知申请人向居委会查询。",
     {(NEW, "total", 2), outcome("granted", 1), outcome("unable.not_held", 1)}),
    ("二、依申请公开情况\n全年受理政府信息公开申请3件。对于其中2件同意公开；另有1件涉及供水管网资料，"
     "已告知申请人向县自来水公司所属供水站咨询。",
     {(NEW, "total", 3), outcome("granted", 2), outcome("unable.not_held", 1)}),
    ("二、依申请公开情况\n收到政府信息公开申请2件，其中1件予以公开，另1件申请的信息由街道社区服务中心掌握，"
     "已告知申请人向该中心申请。",
     {(NEW, "total", 2), outcome("granted", 1), outcome("unable.not_held", 1)}),
])
def test_a_count_then_its_outcome_then_where_the_applicant_was_sent(text, expected):
    assert triples(text, 2015) == expected


def test_a_telling_without_a_body_to_ask_is_no_outcome():
    facts = triples("收到政府信息公开申请2件，其中1件予以公开，另1件涉及个人档案，已告知申请人办理进度。", 2015)
    assert outcome("unable.not_held", 1) not in facts


# --- partial grants and reasons before 无法提供 --------------------------------------------------

@pytest.mark.parametrize("words", ["部分同意公开", "予以部分公开", "部分予以公开", "同意部分公开"])
def test_partial_grant_in_either_order(words):
    text = f"办理政府信息公开申请10件，其中同意公开6件，{words}4件。"
    assert triples(text, 2012) == {outcome("granted", 6), outcome("partial", 4)}


@pytest.mark.parametrize("words", ["因申请信息不存在无法提供", "因所申请的政府信息不存在而无法提供",
                                   "由于信息不存在无法提供"])
def test_a_missing_information_reason_names_its_row(words):
    text = f"本年度受理政府信息公开申请5件，其中同意公开3件，{words}2件。"
    assert triples(text, 2011) == {(NEW, "total", 5), outcome("granted", 3), outcome("unable.not_exist", 2)}


def test_every_reason_together_stays_unable_total():
    text = "本年度受理政府信息公开申请5件，其中同意公开3件，因信息不存在等原因无法提供2件。"
    assert outcome("unable.not_exist", 2) not in triples(text, 2011)


# --- requests channels ---------------------------------------------------------------------------

@pytest.mark.parametrize("words", ["邮寄信函", "寄送信函", "邮寄"])
def test_a_letter_sent_by_post(words):
    text = f"全年受理政府信息公开申请9件，其中网上申请5件，当面申请3件，{words}1件。"
    assert triples(text, 2013) == {(NEW, "total", 9), ("requests.channel", "req_online", 5),
                                   ("requests.channel", "req_in_person", 3),
                                   ("requests.channel", "req_letter", 1)}


# --- all answered, without the noun -----------------------------------------------------------

@pytest.mark.parametrize("closing", ["4件均在法定期限内答复", "上述4件均已按时办结", "4件均已依法答复完毕"])
def test_every_request_answered_said_after_the_list(closing):
    text = (f"全年共收到政府信息公开申请4件：第一件予以公开；第二件予以部分公开；其余两件属于本机关不掌握的信息。"
            f"{closing}。")
    assert outcome("total", 4) in triples(text, 2018)


def test_an_item_of_a_list_answered_is_no_total():
    text = "全年共收到政府信息公开申请6件，其中4件均在法定期限内答复，2件延期答复。"
    assert outcome("total", 4) not in triples(text, 2018)


# --- carry-over both ways ----------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("本年度收到政府信息公开申请12件，另有上年12月受理、结转至本年度办理的申请2件。截至12月31日办结11件，"
     "3件在法定答复期限内转入2020年办理。",
     {(NEW, "total", 12), (IN, "total", 2), outcome("total", 11), (OUT, "total", 3)}),
    ("本年度新收政府信息公开申请9件，加上2016年结转的1件，年内办结8件，另有2件因需征求第三方意见转入2018年办理。",
     {(NEW, "total", 9), (IN, "total", 1), outcome("total", 8), (OUT, "total", 2)}),
    ("全年受理政府信息公开申请5件，截至年底办结4件，1件因材料需补充结转至下一年度。",
     {(NEW, "total", 5), outcome("total", 4), (OUT, "total", 1)}),
])
def test_carried_in_and_out_with_reasons_between(text, expected):
    assert triples(text, 2019 if "2020年" in text else 2017) == expected


@pytest.mark.parametrize("rest", ["尚有1件在法定期限内办理", "还有1件正在办理中", "另有1件尚未办结", "1件尚在办理中"])
def test_requests_still_open_at_the_year_end_are_carried_out(rest):
    text = f"全年共受理政府信息公开申请5件，办结4件，{rest}。"
    assert triples(text, 2024) == {(NEW, "total", 5), outcome("total", 4), (OUT, "total", 1)}


def test_closed_before_the_rest_still_open_is_every_answer_in_any_year():
    text = "全年共受理政府信息公开申请7件，办结6件，1件尚在办理中。"
    assert triples(text, 2016) == {(NEW, "total", 7), outcome("total", 6), (OUT, "total", 1)}


def test_closed_after_a_sentence_with_requests_carried_in_is_every_answer():
    text = "本年度共收到政府信息公开申请5件，另有上年度结转申请1件。已办结6件，无结转下一年度的申请。"
    assert triples(text, 2016) == {(NEW, "total", 5), (IN, "total", 1), outcome("total", 6), (OUT, "total", 0)}


def test_a_request_still_open_without_a_count_closed_is_no_carry_over():
    text = "全年共受理政府信息公开申请5件，其中4件予以公开，尚有1件在法定期限内办理。"
    assert (OUT, "total", 1) not in triples(text, 2024)


@pytest.mark.parametrize("text, expected", [
    ("全年新收政府信息公开申请4件，共办结4件。无结转下年度的申请。",
     {(NEW, "total", 4), outcome("total", 4), (OUT, "total", 0)}),
    ("办理结果：予以公开3件，部分公开1件，没有结转到下一年度的申请。",
     {outcome("granted", 3), outcome("partial", 1), (OUT, "total", 0)}),
    ("全年收到政府信息公开申请5件，无上年结转及结转至下年度的申请。",
     {(NEW, "total", 5), (IN, "total", 0), (OUT, "total", 0)}),
    ("全年收到政府信息公开申请5件，没有上年度转结和转入下年度的申请。",
     {(NEW, "total", 5), (IN, "total", 0), (OUT, "total", 0)}),
])
def test_no_carry_over_stated(text, expected):
    assert triples(text, 2021) == expected


def test_a_denial_of_other_carry_over_is_no_request_zero():
    assert not {f for f in triples("全年无结转下年度的建设项目。", 2021) if f[0].startswith("requests")}


# --- reconsideration and suits -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n本年度未发生此类情况。",
    "四、政府信息公开行政复议和行政诉讼情况\n全年没有出现上述情形。",
    "四、因政府信息公开引起的行政复议、行政诉讼情况\n未发生相关情况。",
    "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n今年无此类情况发生。",
])
def test_a_denial_under_a_heading_on_review_and_suits(text):
    assert triples(text, 2010) == {("review", "total", 0), ("litigation", "total", 0)}


@pytest.mark.parametrize("lawsuit", ["本年度未被提起行政诉讼", "全年没有被提起行政诉讼", "未发生行政复议"])
def test_a_denied_suit_after_a_sentence_on_requests(lawsuit):
    measure = "review" if "复议" in lawsuit else "litigation"
    text = f"全年共收到政府信息公开申请4件，均在法定期限内答复。{lawsuit}。"
    assert triples(text, 2023) == {(NEW, "total", 4), (measure, "total", 0)}


@pytest.mark.parametrize("text", ["全年开展普法宣传12次。本年度未被提起行政诉讼。",
                                  "全年收到政府信息公开申请3件。没有发生因行政处罚引起的行政复议。"])
def test_a_denied_suit_elsewhere_stays_unread(text):
    assert not {f for f in triples(text, 2023) if f[0] in ("review", "litigation")}


@pytest.mark.parametrize("text, expected", [
    ("四、行政复议和行政诉讼情况\n全年无因政府信息公开引起的行政复议；有1起行政诉讼，截至年底尚在审理中。",
     {("review", "total", 0), ("litigation", "total", 1)}),
    ("本年度发生2件因政府信息公开引起的行政复议，未发生行政诉讼。",
     {("review", "total", 2), ("litigation", "total", 0)}),
    ("因政府信息公开，本局全年共有1起行政诉讼。",
     {("litigation", "total", 1)}),
])
def test_a_case_named_after_its_count(text, expected):
    assert triples(text, 2014) == expected


def test_a_case_after_its_count_outside_disclosure_stays_unread():
    assert triples("全年有1起行政诉讼，涉及工伤认定。", 2014) == set()


@pytest.mark.parametrize("result", ["经复议机关审查被依法纠错", "复议机关以程序问题予以纠正",
                                    "经复议机关复查后以答复超期为由予以撤销", "复议机关责令重新答复"])
def test_review_corrected_with_who_and_why(result):
    text = f"本年度因政府信息公开被申请行政复议1件，{result}；行政诉讼0件。"
    assert triples(text, 2018) == {("review", "total", 1), ("review", "corrected", 1),
                                   ("litigation", "total", 0)}


@pytest.mark.parametrize("unit", ["起", "宗"])
def test_review_results_listed_in_cases(unit):
    text = f"发生政府信息公开行政复议3{unit}，其中维持2{unit}、尚未审结1{unit}。"
    assert triples(text, 2024) == {("review", "total", 3), ("review", "upheld", 2), ("review", "pending", 1)}


# --- fees ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["依申请公开不收取任何费用。", "本镇依申请提供政府信息不收取费用。",
                                  "我局对政府信息公开申请一律不收费。"])
def test_fees_not_charged(text):
    assert triples(text, 2017) == {("fees", "charged", 0)}


def test_a_charge_not_collected_for_another_service_is_no_fee_zero():
    assert triples("逾期不缴纳的，不收取其申请。", 2017) == set()


# --- complaints of another caseload --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "全年受理环境信访投诉1,472件，将加大重点排污单位信息公开力度。",
    "全年办理群众信访举报320件，并按要求做好政府信息公开。",
])
def test_petitions_of_another_caseload_are_no_complaints(text):
    assert not {f for f in triples(text, 2018) if f[0] == "complaints"}


def test_disclosure_complaints_still_read():
    assert ("complaints", "total", 1) in triples("全年收到政府信息公开工作举报投诉1件，已办结。", 2018)


@pytest.mark.parametrize("text", ["便民停车场不收取任何费用。", "办事大厅复印材料一律不收费。"])
def test_a_free_service_of_another_kind_is_no_fee_zero(text):
    assert triples(text, 2017) == set()


# --- families of the blind set provinces-holdout5 -----------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("四、因政府信息公开申请行政复议、提起行政诉讼情况\n均为0。", {("review", "total", 0), ("litigation", "total", 0)}),
    ("五、政府信息公开行政复议和行政诉讼情况\n本年度数量均为零。", {("review", "total", 0), ("litigation", "total", 0)}),
    ("四、复议诉讼情况：均为零。", {("review", "total", 0), ("litigation", "total", 0)}),
    ("三、收费及减免情况\n为零。", {("fees", "charged", 0)}),
])
def test_a_zero_without_a_topic_answers_its_heading(text, expected):
    assert triples(text, 2020) == expected


@pytest.mark.parametrize("text", ["四、存在的主要问题\n均为0。", "全年开展培训2次，考核不合格人数为零。"])
def test_a_zero_under_another_heading_stays_unread(text):
    assert triples(text, 2020) == set()


def test_a_closing_zero_after_clauses_with_their_own_zeros_adds_none():
    text = "我局未收取任何费用，也未发生因政府信息公开引起的行政复议、行政诉讼，上述事项均为零。"
    assert triples(text, 2010) == {("fees", "charged", 0), ("review", "total", 0), ("litigation", "total", 0)}


@pytest.mark.parametrize("text, expected", [
    ("2012年，我乡依申请公开、收费、复议和诉讼数量均为零。",
     {(NEW, "total", 0), ("fees", "charged", 0), ("review", "total", 0), ("litigation", "total", 0)}),
    ("本年度依申请公开、行政复议和行政诉讼均为0。",
     {(NEW, "total", 0), ("review", "total", 0), ("litigation", "total", 0)}),
    ("依申请公开政府信息件数、行政复议、行政诉讼都为零。",
     {(NEW, "total", 0), ("review", "total", 0), ("litigation", "total", 0)}),
    # (因依申请公开引起的: the requests are the cause, not counted)
    ("因依申请公开引起的行政复议和行政诉讼均为零。", {("review", "total", 0), ("litigation", "total", 0)}),
])
def test_requests_by_their_section_name_among_zeros(text, expected):
    assert triples(text, 2012) == expected


@pytest.mark.parametrize("text, expected", [
    ("2011年我镇依申请公开政府信息为零申请。", {(NEW, "total", 0)}),
    ("二、依申请公开情况\n本年度零申请。", {(NEW, "total", 0)}),
    ("本年度政府信息公开工作实现零申请、零复议、零诉讼。",
     {(NEW, "total", 0), ("review", "total", 0), ("litigation", "total", 0)}),
    ("全面推行惠企政策免申即享，实现零申请兑现。", set()),
    ("企业开办实现零申请材料。", set()),
])
def test_zero_requests_said_as_zero_applications(text, expected):
    assert triples(text, 2011) == expected


@pytest.mark.parametrize("text", ["本年收取信息处理费共计300元。未发生行政复议和行政诉讼。",
                                  "全年未收取信息处理费。全年未发生行政复议、行政诉讼。"])
def test_cases_denied_after_disclosure_fees(text):
    facts = triples(text, 2025)
    assert {("review", "total", 0), ("litigation", "total", 0)} <= facts


def test_cases_denied_after_other_work_stay_unread():
    assert triples("全年开展法治宣传3次。未发生行政复议和行政诉讼。", 2025) == set()


@pytest.mark.parametrize("text, expected", [
    ("（二）依申请公开。全年新收政府信息公开申请3宗，无上年结转。予以公开3宗。年末无结转。",
     {(NEW, "total", 3), (IN, "total", 0), outcome("granted", 3), (OUT, "total", 0)}),
    ("二、依申请公开情况\n本年度收到政府信息公开申请3件，均予以公开。年底无结转申请。",
     {(NEW, "total", 3), outcome("granted", 3), (OUT, "total", 0)}),
    ("二、重点项目建设情况\n全年完成项目3个。年末无结转。", set()),
])
def test_no_carry_over_said_alone_under_a_heading_on_requests(text, expected):
    assert triples(text, 2024) == expected


# --- outcomes a clause or two after the count ---------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("本年度共收到信息公开申请2件。其中1件属于本局掌握的信息，已当场提供；另1件涉及林地确权，属于县林业站职责，"
     "已告知申请人向该站申请。",
     {(NEW, "total", 2), outcome("granted", 1), outcome("unable.not_held", 1)}),
    ("全年收到依申请公开3件。其中，2件已按申请人要求提供，1件因所需信息需向县自然资源局申请，已告知其申请途径。",
     {(NEW, "total", 3), outcome("granted", 2), outcome("unable.not_held", 1)}),
    ("二、依申请公开情况\n全年受理政府信息公开申请3件。其中2件均已向申请人提供相关信息；1件所需信息系县人社局职责范围内的事项。",
     {(NEW, "total", 3), outcome("granted", 2), outcome("unable.not_held", 1)}),
    ("二、依申请公开情况\n全年受理政府信息公开申请2件。对其中1件予以提供；另1件申请的信息应到县不动产登记中心查询。",
     {(NEW, "total", 2), outcome("granted", 1), outcome("unable.not_held", 1)}),
])
def test_provided_and_another_bodys_duty(text, expected):
    assert triples(text, 2012) == expected


@pytest.mark.parametrize("text", [
    "二、依申请公开情况\n全年受理政府信息公开申请2件，其中1件需申请人补充身份证明材料，1件已告知申请人提供身份证明。",
    "二、依申请公开情况\n全年受理政府信息公开申请2件，其中1件涉及本局职责，1件正在办理。",
])
def test_asking_the_applicant_to_provide_is_no_outcome(text):
    assert triples(text, 2012) == {(NEW, "total", 2)}


def test_requests_in_zong_with_their_outcomes_after():
    text = ("（二）依申请公开。全年新收政府信息公开申请4宗。予以公开2宗；1宗申请人要求提供已出版的《县志》，"
            "属于要求提供公开出版物，不予处理；另1宗申请人逾期未缴纳信息处理费，不再处理。")
    assert triples(text, 2024) == {(NEW, "total", 4), outcome("granted", 2), outcome("reject.publication", 1),
                                   outcome("other.fee_unpaid", 1)}


def test_land_parcels_in_zong_stay_out_of_outcomes():
    text = "全年收到政府信息公开申请2件。出让土地3宗，属于县自然资源局职责。"
    assert triples(text, 2024) == {(NEW, "total", 2)}


# --- requests and cases counted by the people who brought them ----------------------------------

@pytest.mark.parametrize("text, expected", [
    ("二〇一三年，有二名村民到乡便民服务中心当面申请公开土地承包信息，我乡均予以公开。",
     {(NEW, "total", 2), ("requests.channel", "req_in_person", 2), outcome("granted", 2)}),
    ("二、依申请公开情况\n全年共有3名居民通过网上申请公开征收补偿信息，均已予以公开。",
     {(NEW, "total", 3), ("requests.channel", "req_online", 3), outcome("granted", 3)}),
    ("本年度有1位群众以信函方式申请公开低保名单，已当场予以公开。",
     {(NEW, "total", 1), ("requests.channel", "req_letter", 1), outcome("granted", 1)}),
    ("二、依申请公开情况\n全年有5名群众来电咨询政策，均已解答。", set()),
    ("我镇配备工作人员2名负责依申请公开工作。", set()),
    ("二、依申请公开情况\n全年有2名村民申请低保。", set()),
])
def test_requests_counted_by_the_people_who_asked(text, expected):
    assert triples(text, 2013) == expected


@pytest.mark.parametrize("text, expected", [
    ("五、行政复议、行政诉讼情况\n有1名申请人对我局答复不服，向县人民政府申请行政复议。未发生行政诉讼。",
     {("review", "total", 1), ("litigation", "total", 0)}),
    ("全年有2位申请人对政府信息公开答复不服，申请了行政复议。", {("review", "total", 2)}),
    ("本年度1名当事人对本局政府信息公开答复不服，向市中级人民法院提起行政诉讼。", {("litigation", "total", 1)}),
    ("全年有1名当事人对行政处罚决定不服，申请行政复议。", set()),
])
def test_cases_counted_by_the_people_who_brought_them(text, expected):
    assert triples(text, 2009) == expected


# --- reconsideration sent back, carry-over within the time limit --------------------------------

@pytest.mark.parametrize("result", ["1件被复议机关责令重新答复", "1件被责令限期重新答复", "1件复议机关责令重新作出答复"])
def test_review_ordered_to_answer_again_is_corrected(result):
    text = f"因依申请公开答复被申请行政复议2件，1件维持、{result}。"
    assert triples(text, 2022) == {("review", "total", 2), ("review", "upheld", 1), ("review", "corrected", 1)}


@pytest.mark.parametrize("text, out", [
    ("全年受理政府信息公开申请十件，办结九件；年底尚有一件在办理期限内，结转至二〇二五年。", 1),
    ("全年受理政府信息公开申请6件，办结5件，另有1件尚在答复期限内，转入下一年度办理。", 1),
    ("全年受理政府信息公开申请8件，办结6件，年末仍有2件处于法定期限内，顺延至2025年答复。", 2),
    ("全年受理政府信息公开申请十件，办结八件，另有两件在法定答复期限内结转至二〇二五年。", 2),
])
def test_carried_out_within_the_time_limit(text, out):
    facts = triples(text, 2024)
    assert (OUT, "total", out) in facts and not {f for f in facts if f[0] == OUT and f[2] != out}


def test_projects_within_a_time_limit_are_no_carry_over():
    assert triples("全年完成建设项目3个，年底尚有两件在施工期限内，结转至二〇二五年。", 2024) == set()


@pytest.mark.parametrize("text, expected", [
    ("二、依申请公开情况\n全年受理政府信息公开申请2件。其中1件当场提供，另1件由县草原站负责，已告知申请人。",
     {(NEW, "total", 2), outcome("granted", 1), outcome("unable.not_held", 1)}),
    ("二、依申请公开情况\n全年受理政府信息公开申请2件。其中1件当场提供了相关信息，另1件应由县住建局公开。",
     {(NEW, "total", 2), outcome("granted", 1), outcome("unable.not_held", 1)}),
    ("二、依申请公开情况\n全年受理政府信息公开申请2件，均已当场提供。", {(NEW, "total", 2), outcome("granted", 2)}),
    ("二、依申请公开情况\n全年受理政府信息公开申请1件，已按申请人要求提供。", {(NEW, "total", 1), outcome("granted", 1)}),
    # (two requests, no 均: whose outcome is unsaid; 由专人负责 names no other body; 不予提供 is no grant)
    ("二、依申请公开情况\n全年受理政府信息公开申请2件，已当场提供。", {(NEW, "total", 2)}),
    ("二、依申请公开情况\n全年受理政府信息公开申请2件，其中1件由专人负责办理，1件无法提供。",
     {(NEW, "total", 2), outcome("unable.total", 1)}),
    ("二、依申请公开情况\n全年受理政府信息公开申请2件，均不予提供。", {(NEW, "total", 2)}),
])
def test_provided_said_in_other_words(text, expected):
    assert triples(text, 2012) == expected


@pytest.mark.parametrize("text, out", [
    ("全年受理政府信息公开申请十件，办结八件，结转至二〇二五年办理二件。", 2),
    ("全年受理政府信息公开申请十件，办结十件，无结转至二〇二五年的申请。", 0),
    ("全年受理政府信息公开申请十件，办结十件，无结转到2025年的申请。", 0),
])
def test_carry_over_to_a_year_in_either_numerals(text, out):
    assert (OUT, "total", out) in triples(text, 2024)


def test_a_denial_with_a_count_after_it_stays_no_zero():
    assert triples("全年未发生1件行政复议。", 2024) == set()


@pytest.mark.parametrize("text, expected", [
    # parts of the requests received: their channels, no second total, no outcome for a part
    ("全年收到政府信息公开申请3件。其中2名群众通过网上申请公开征地信息，1名群众当面申请公开低保信息，均已予以公开。",
     {(NEW, "total", 3), ("requests.channel", "req_online", 2), ("requests.channel", "req_in_person", 1)}),
    ("全年收到政府信息公开申请3件，其中2名群众当面申请公开征地补偿信息。",
     {(NEW, "total", 3), ("requests.channel", "req_in_person", 2)}),
    # several people counted: no one of them is the total, 均 speaks for all
    ("有2名村民当面申请公开征地信息，1名村民通过信函申请公开低保信息，均予以公开。",
     {("requests.channel", "req_in_person", 2), ("requests.channel", "req_letter", 1)}),
    ("全年有2名申请人对政府信息公开答复不服申请行政复议，另有1名申请人也申请了行政复议。", set()),
])
def test_people_counted_in_parts(text, expected):
    assert triples(text, 2013) == expected


@pytest.mark.parametrize("text, expected", [
    ("2012年，我乡依申请公开、收费、行政复议和行政诉讼情况均无。",
     {(NEW, "total", 0), ("fees", "charged", 0), ("review", "total", 0), ("litigation", "total", 0)}),
    ("本年度政府信息公开申请、行政复议和行政诉讼均没有发生。",
     {(NEW, "total", 0), ("review", "total", 0), ("litigation", "total", 0)}),
    ("本年度因政府信息公开引起的行政复议、行政诉讼均无。", {("review", "total", 0), ("litigation", "total", 0)}),
    ("被申请行政复议1件，行政诉讼均未发生。", {("review", "total", 1), ("litigation", "total", 0)}),
    # (cases of no stated subject, or other events: no zero)
    ("本年度行政复议和行政诉讼均未发生。", set()),
    ("全年安全生产事故和环境污染事件均未发生。", set()),
])
def test_topics_before_a_closing_denial(text, expected):
    assert triples(text, 2012) == expected


def test_cases_denied_after_the_outcomes_of_requests():
    facts = triples("办结12件，其中予以公开5件，部分公开1件，不予处理2件。未发生行政复议和行政诉讼。", 2025)
    assert {("review", "total", 0), ("litigation", "total", 0)} <= facts


def test_cases_denied_after_other_caseloads_stay_unread():
    assert triples("全年办结行政审批事项120件。未发生行政复议和行政诉讼。", 2025) == set()


# --- the reason of an outcome said before it (holdout6): that sub-row only, as the labels read
# 因涉及个人隐私不予公开1件; a reason after the count (不予公开2件（涉及个人隐私）) is total + sub-row

H = "二、依申请公开情况\n"


@pytest.mark.parametrize("text, year, expected", [
    (H + "全年收到政府信息公开申请4件，同意公开3件，因涉及个人隐私不予公开1件。", 2013,
     {(NEW, "total", 4), outcome("granted", 3), outcome("deny.privacy", 1)}),
    (H + "全年收到政府信息公开申请5件，同意公开3件，2件因涉及商业秘密不予公开。", 2013,
     {(NEW, "total", 5), outcome("granted", 3), outcome("deny.trade_secret", 2)}),
    (H + "全年收到政府信息公开申请3件，部分公开1件，涉及国家秘密不予公开2件。", 2015,
     {(NEW, "total", 3), outcome("partial", 1), outcome("deny.state_secret", 2)}),
    (H + "全年收到政府信息公开申请3件，同意公开1件，不予公开2件（涉及个人隐私）。", 2013,
     {(NEW, "total", 3), outcome("granted", 1), outcome("deny.total", 2), outcome("deny.privacy", 2)}),
    # (经审查 names no reason)
    (H + "全年收到政府信息公开申请3件，同意公开1件，经审查不予公开2件。", 2013,
     {(NEW, "total", 3), outcome("granted", 1), outcome("deny.total", 2)}),
    # the reason in the clause before an outcome opening its clause
    (H + "全年收到政府信息公开申请6件。予以公开2件；因没有现成信息需另行制作，告知无法提供2件；"
     "申请人要求确认已获取信息，不予处理1件；申请内容属于信访事项，转信访渠道办理1件。", 2023,
     {(NEW, "total", 6), outcome("granted", 2), outcome("unable.needs_creation", 2),
      outcome("reject.confirm_reissue", 1), outcome("reject.petition", 1)}),
    (H + "全年收到政府信息公开申请4件。予以公开2件；经核查，告知无法提供1件；另有1件按信访程序处理。", 2022,
     {(NEW, "total", 4), outcome("granted", 2), outcome("unable.total", 1), outcome("reject.petition", 1)}),
    (H + "全年收到政府信息公开申请4件。其中予以公开3件；1件申请获取公开出版的地方志，告知其购买途径，不予处理。",
     2022, {(NEW, "total", 4), outcome("granted", 3), outcome("reject.publication", 1)}),
    (H + "全年收到政府信息公开申请2件。其中予以公开1件；1件系要求提供已正式出版的年鉴，不予处理。",
     2022, {(NEW, "total", 2), outcome("granted", 1), outcome("reject.publication", 1)}),
    ("全年受理信访事项12件，均按信访程序处理。", 2022, set()),
])
def test_a_reason_said_before_its_outcome(text, year, expected):
    assert triples(text, year) == expected


# --- 本年新收: the template row's name, 申请 implied; a count of requests handled including
# those carried in is no count of new ones

@pytest.mark.parametrize("text, year, expected", [
    (H + "全年共办理政府信息公开申请7件，其中上年度结转2件、本年度新收5件。", 2016,
     {(IN, "total", 2), (NEW, "total", 5)}),
    (H + "上年结转1件，本年新收8件（自然人7件、企业1件）。", 2023,
     {(IN, "total", 1), (NEW, "total", 8), (NEW, "natural_person", 7), (NEW, "org_business", 1)}),
    (H + "今年新收申请3件，上年结转1件。", 2020, {(IN, "total", 1), (NEW, "total", 3)}),
    (H + "全年共办理政府信息公开申请6件（含上年结转1件）。", 2016, {(IN, "total", 1)}),
    ("一、主动公开情况\n本年新收文件30件。", 2016, set()),
])
def test_requests_new_this_year(text, year, expected):
    assert triples(text, year) == expected


# --- a fee notice unpaid, nothing collected: the fee zero in a clause of its own

@pytest.mark.parametrize("text, expected", [
    ("本年度发出收费通知1份，申请人逾期未缴纳，未实际收取信息处理费。", {("fees", "charged", 0)}),
    ("因申请人逾期未缴费，本机关没有收取任何费用。", {("fees", "charged", 0)}),
    ("本年度向1名申请人发出缴费通知，申请人逾期未缴纳费用。", set()),
    ("申请人逾期未缴纳信息处理费。", set()),
])
def test_fees_not_collected_after_a_notice(text, expected):
    assert triples(text, 2021) == expected


# --- the row of a single request's outcome named in a clause after the count

@pytest.mark.parametrize("text, year, expected", [
    (H + "本年度收到政府信息公开申请1件，经审查，所申请内容属于已主动公开范围，已告知获取途径。", 2012,
     {(NEW, "total", 1), outcome("other.already_public", 1)}),
    ("全年收到政府信息公开申请2件，均已按时答复，申请的信息均属于已主动公开范围，告知了查询方式。", 2012,
     {(NEW, "total", 2), outcome("other.already_public", 2)}),
    ("全年收到政府信息公开申请1件，该申请属于其他处理。", 2020, {(NEW, "total", 1), outcome("other", 1)}),
    # (two requests, no 均: whose outcome is unsaid; 10条 is proactive)
    ("全年收到政府信息公开申请2件，已按时答复，申请内容属于已主动公开范围。", 2012, {(NEW, "total", 2)}),
    ("全年收到政府信息公开申请3件，本局主动公开信息属于已主动公开范围的有10条。", 2012, {(NEW, "total", 3)}),
])
def test_a_single_requests_outcome_row_named(text, year, expected):
    assert triples(text, year) == expected


# --- the one request of the sentence before, its row named in a sentence of its own

@pytest.mark.parametrize("text, year, expected", [
    (H + "全年收到政府信息公开申请1件，上年无结转。该申请人未按要求提供身份证明，经告知后逾期未补正，属于其他处理。",
     2020, {(NEW, "total", 1), (IN, "total", 0), outcome("other", 1)}),
    (H + "本年度收到政府信息公开申请1件。该申请人逾期未补正，本机关不再处理，属于其他处理。", 2022,
     {(NEW, "total", 1), outcome("other.no_correction", 1)}),
    (H + "本年度受理政府信息公开申请1件。该申请所涉信息涉及商业秘密，属于不予公开。", 2013,
     {(NEW, "total", 1), outcome("deny.trade_secret", 1)}),
    # (two requests, or one carried in too: which one is unsaid)
    (H + "本年度受理政府信息公开申请2件。该申请人逾期未补正，属于其他处理。", 2013, {(NEW, "total", 2)}),
    (H + "本年度受理政府信息公开申请1件，上年结转1件。该申请人逾期未补正，属于其他处理。", 2013,
     {(NEW, "total", 1), (IN, "total", 1)}),
])
def test_the_outcome_of_the_one_request_before(text, year, expected):
    assert triples(text, year) == expected


@pytest.mark.parametrize("text", [
    H + "全年收到政府信息公开申请3件。予以公开2件；经审核确认，不予处理1件。",
    H + "全年收到政府信息公开申请3件。予以公开2件；1件经核实确认后不予处理。",
])
def test_how_the_body_decided_names_no_sub_row(text):
    assert triples(text, 2022) == {(NEW, "total", 3), outcome("granted", 2), outcome("reject.total", 1)}


# --- holdout7: the one outcome said for every request (another body's duty, 按规定) ---------

@pytest.mark.parametrize("text, expected", [
    ("依申请公开情况：受理居民申请1件，申请内容不属于本街道职责范围，已告知其向区房管局申请。",
     {(NEW, "total", 1), outcome("unable.not_held", 1)}),
    ("本年度收到政府信息公开申请1件，申请内容不属于本镇职责范围，已告知申请人向县民政局申请。",
     {(NEW, "total", 1), outcome("unable.not_held", 1)}),
    ("本年度收到政府信息公开申请2件，所申请信息均非本局掌握范围。",
     {(NEW, "total", 2), outcome("unable.not_held", 2)}),
    # two requests, no 均: which of them is not said
    ("本年度收到政府信息公开申请2件，所申请信息不属于本局掌握范围。", {(NEW, "total", 2)}),
    ("全年受理群众申请公开政府信息2件，均按规定予以公开，答复率100%。",
     {(NEW, "total", 2), outcome("granted", 2)}),
    ("本年度收到政府信息公开申请3件，均按照规定及时予以公开。",
     {(NEW, "total", 3), outcome("granted", 3)}),
    ("本年度收到政府信息公开申请3件，依规予以公开2件。",
     {(NEW, "total", 3), outcome("granted", 2)}),
])
def test_holdout7_outcome_of_every_request(text, expected):
    assert triples(text) == expected


# --- holdout7: extended, then carried over; a reconsideration terminated; a query matter ----

@pytest.mark.parametrize("text, expected", [
    ("本年度收到政府信息公开申请9件，上年结转2件。全年办结10件：予以公开4件；部分公开6件。"
     "剩余1件依法延期，结转下年度继续办理。",
     {(NEW, "total", 9), (IN, "total", 2), (OUT, "total", 1), outcome("total", 10),
      outcome("granted", 4), outcome("partial", 6)}),
    ("全年收到政府信息公开申请5件，办结4件，1件延长答复期限后转入下年度办理。",
     {(NEW, "total", 5), outcome("total", 4), (OUT, "total", 1)}),
    ("全年收到政府信息公开申请5件，已答复4件，另有1件经批准延期答复，结转至2023年。",
     {(NEW, "total", 5), outcome("total", 4), (OUT, "total", 1)}),
    # extended, not said carried: no carry-over
    ("全年收到政府信息公开申请5件，其中1件依法延期答复。", {(NEW, "total", 5)}),
])
def test_holdout7_extended_then_carried(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("因政府信息公开被申请行政复议2件，其中维持1件、终止1件；被提起行政诉讼1件。",
     {("review", "total", 2), ("review", "upheld", 1), ("review", "other", 1), ("litigation", "total", 1)}),
    ("全年发生政府信息公开行政复议3件，结果维持2件，复议机关终止审理1件。",
     {("review", "total", 3), ("review", "upheld", 2), ("review", "other", 1)}),
    ("政府信息公开行政复议1件，因申请人撤回申请终止1件。",
     {("review", "total", 1), ("review", "other", 1)}),
    # a request ended, no reconsideration: the withdrawn request is the request's 其他处理
    # (labelled so in provinces-holdout20: 1件申请人在答复期限内撤回)
    ("本年度收到政府信息公开申请3件，1件因申请人撤回申请终止办理。",
     {(NEW, "total", 3), ("requests.outcome", "other.other", 1)}),
])
def test_holdout7_review_terminated(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("本年度收到政府信息公开申请3件，予以公开1件，部分公开1件，告知申请人该信息属于不动产登记查询事项、不予公开1件。",
     {(NEW, "total", 3), outcome("granted", 1), outcome("partial", 1), outcome("deny.admin_query", 1)}),
    ("本年度收到政府信息公开申请4件，予以公开3件；所申请信息属于工商登记资料查询事项，不予公开1件。",
     {(NEW, "total", 4), outcome("granted", 3), outcome("deny.admin_query", 1)}),
    ("本年度收到政府信息公开申请4件，予以公开3件；因属于户籍档案查询事项不予公开1件。",
     {(NEW, "total", 4), outcome("granted", 3), outcome("deny.admin_query", 1)}),
    # (privacy in a template-era report is the template's row 保护第三方合法权益)
    ("本年度收到政府信息公开申请4件，予以公开3件；因涉及个人隐私不予公开1件。",
     {(NEW, "total", 4), outcome("granted", 3), outcome("deny.third_party", 1)}),
])
def test_holdout7_query_matter_refused(text, expected):
    assert triples(text) == expected


# --- holdout7: the template's rows named in a list, one zero for all -------------------------

@pytest.mark.parametrize("text, expected", [
    ("本年度新收政府信息公开申请数、上年结转数、办理数和结转下年度数均为0。",
     {(NEW, "total", 0), (IN, "total", 0), outcome("total", 0), (OUT, "total", 0)}),
    ("本年度收到政府信息公开申请数、办结数均为0。", {(NEW, "total", 0), outcome("total", 0)}),
    ("上年结转申请数和结转下年度申请数均为零。", {(IN, "total", 0), (OUT, "total", 0)}),
    ("本年度政府信息公开申请、行政复议和行政诉讼均为0。",
     {(NEW, "total", 0), ("review", "total", 0), ("litigation", "total", 0)}),
    # a list with a count that is no template row: nothing
    ("本年度新收政府信息公开申请数、咨询数均为0。", set()),
])
def test_holdout7_listed_rows_all_zero(text, expected):
    assert triples(text) == expected


# --- holdout7: complaints said to be no disclosure matter ------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年处理医疗投诉举报58件（非信息公开事项）。", set()),
    ("全年受理投诉举报12件，均不属于政府信息公开事项。", set()),
    ("本年度未发生政府信息公开行政复议、行政诉讼。全年处理医疗投诉举报58件（非信息公开事项）。",
     {("review", "total", 0), ("litigation", "total", 0)}),
    # disclosure complaints stay
    ("全年收到政府信息公开投诉举报2件。", {("complaints", "total", 2)}),
    ("本年度未发生政府信息公开行政复议、行政诉讼。全年收到举报3件。",
     {("review", "total", 0), ("litigation", "total", 0), ("complaints", "total", 3)}),
])
def test_holdout7_complaints_of_no_disclosure_matter(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the applicants of the requests received, after 涉及 / 其中 / 申请人为, with 接收 as the verb
    ("本年度共接收政府信息公开申请81件，涉及自然人80件、商业企业1件。",
     {("requests.new", "total", 81), ("requests.new", "natural_person", 80),
      ("requests.new", "org_business", 1)}),
    ("本年度共接收政府信息公开申请81件，其中自然人80件、商业企业1件。",
     {("requests.new", "total", 81), ("requests.new", "natural_person", 80),
      ("requests.new", "org_business", 1)}),
    ("本年度收到政府信息公开申请12件，申请人为自然人10件、科研机构2件。",
     {("requests.new", "total", 12), ("requests.new", "natural_person", 10),
      ("requests.new", "org_research", 2)}),
    # letters received are no requests: their writers are no applicants
    ("本年度共接收群众来信12件，涉及自然人10件、企业2件。", set()),
])
def test_applicants_of_the_requests_received(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the reconsideration body's decision, 决定 before what it ordered
    ("本年度因政府信息公开被申请行政复议1件，复议机关决定责令重新答复。",
     {("review", "total", 1), ("review", "corrected", 1)}),
    ("因政府信息公开申请行政复议1件，经复议决定维持原答复。",
     {("review", "total", 1), ("review", "upheld", 1)}),
    ("本年度发生政府信息公开行政复议1件，复议机关决定撤销原答复。",
     {("review", "total", 1), ("review", "corrected", 1)}),
    # a decision that is none of the case's result stays out
    ("本年度发生政府信息公开行政复议1件，复议机关决定受理。", {("review", "total", 1)}),
])
def test_review_result_decided(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a withdrawn reconsideration ends without a decision on the answer: 其他结果
    ("因政府信息公开被申请行政复议2件，1件维持，1件申请人撤回。",
     {("review", "total", 2), ("review", "upheld", 1), ("review", "other", 1)}),
    ("因政府信息公开被申请行政复议3件，其中维持2件，申请人主动撤回1件。",
     {("review", "total", 3), ("review", "upheld", 2), ("review", "other", 1)}),
    ("政府信息公开行政复议2件，1件被纠正，1件撤回复议申请。",
     {("review", "total", 2), ("review", "corrected", 1), ("review", "other", 1)}),
    # a withdrawn disclosure request is no reconsideration result, but the request's 其他处理
    ("本年度收到政府信息公开申请3件，1件申请人撤回。",
     {("requests.new", "total", 3), ("requests.outcome", "other.other", 1)}),
    ("本年度未发生行政复议，收到政府信息公开申请3件，1件申请人撤回。",
     {("review", "total", 0), ("requests.new", "total", 3), ("requests.outcome", "other.other", 1)}),
    ("本年度行政复议1件，维持1件；收到政府信息公开申请3件，其中申请人撤回1件。",
     {("review", "total", 1), ("review", "upheld", 1), ("requests.new", "total", 3),
      ("requests.outcome", "other.other", 1)}),
])
def test_review_withdrawn(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the outcome in brackets after the count of requests closed
    ("全年收到政府信息公开申请2件，已办结1件（予以公开），另1件结转下年度办理。",
     {(NEW, "total", 2), outcome("total", 1), outcome("granted", 1), (OUT, "total", 1)}),
    ("本年度收到政府信息公开申请3件，均已办结（均为同意公开）。",
     {(NEW, "total", 3)}),
    ("本年度收到政府信息公开申请3件，已答复3件（均予以公开）。",
     {(NEW, "total", 3), outcome("total", 3), outcome("granted", 3)}),
    ("本年度受理政府信息公开申请2件，已办结2件（不予公开）。",
     {(NEW, "total", 2), outcome("total", 2)}),
    # a bracket naming no outcome adds none
    ("本年度收到政府信息公开申请2件，已办结1件（网上申请），另1件结转下年度办理。",
     {(NEW, "total", 2), outcome("total", 1), (OUT, "total", 1)}),
])
def test_outcome_in_brackets_after_closed(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the kind of suit named before the word 行政诉讼 (no reconsideration counted with it)
    # (the one kind counted, and no other: every suit of the year, litigation's total too)
    ("本年度未经复议直接起诉的行政诉讼2件，其中结果维持1件、尚未审结1件。",
     {("litigation.direct", "total", 2), ("litigation.direct", "upheld", 1),
      ("litigation.direct", "pending", 1), ("litigation", "total", 2)}),
    ("本年度政府信息公开方面经复议后起诉的行政诉讼1件。", {("litigation.after_review", "total", 1)}),
    ("因政府信息公开直接起诉的行政诉讼案件3件。", {("litigation.direct", "total", 3), ("litigation", "total", 3)}),
    # reconsideration and suits counted together stay one combined count
    ("本年度政府信息公开行政复议、行政诉讼共计3件。", {("legal.combined", "review+litigation", 3)}),
])
def test_suit_kind_before_the_suit(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the requests received counted through their one channel: the only count, so the total too
    ("本年度以信函方式收到政府信息公开申请3件，均已按期办结。",
     {(NEW, "total", 3), ("requests.channel", "req_letter", 3)}),
    ("二、依申请公开情况\n全年通过网络收到申请5件。",
     {(NEW, "total", 5), ("requests.channel", "req_online", 5)}),
    ("二、依申请公开情况\n本年度当面受理申请2件。",
     {(NEW, "total", 2), ("requests.channel", "req_in_person", 2)}),
    # a part of a total stated before, or one item of a list of channels: no total
    ("本年度收到政府信息公开申请8件，其中以信函方式收到申请3件。",
     {(NEW, "total", 8), ("requests.channel", "req_letter", 3)}),
    ("二、依申请公开情况\n本年度以信函方式收到申请3件，通过网络收到申请5件。",
     {("requests.channel", "req_letter", 3), ("requests.channel", "req_online", 5)}),
])
def test_requests_received_through_one_channel(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("本年度共收取信息处理费380元。", {("fees", "charged", 380)}),
    ("本年度依申请公开收取检索、复制费用共计120元。", {("fees", "charged", 120)}),
    ("本年度收取复印费20元。", {("fees", "charged", 20)}),
    ("本年度依申请公开收费0元。", {("fees", "charged", 0)}),
    # charges of another kind are no disclosure fees
    ("全年收取停车费300元。", set()),
    ("全年共收取物业管理费1200元。", set()),
])
def test_only_disclosure_fees_are_fees(text, expected):
    assert triples(text) == expected


# --- provinces-holdout9 families ------------------------------------------------------------

H = "二、依申请公开情况\n"


@pytest.mark.parametrize("text, expected", [
    # one outcome per request counted in Chinese numerals, each count opening its clause
    (H + "本年度收到申请两件，其中一件同意公开，另一件所需信息不属于本机关掌握。",
     {(NEW, "total", 2), outcome("granted", 1), outcome("unable.not_held", 1)}),
    (H + "全年受理申请三件，一件予以公开，其余两件所申请信息非本机关掌握。",
     {(NEW, "total", 3), outcome("granted", 1), outcome("unable.not_held", 2)}),
    (H + "受理申请五件，其中一件部分公开，其余四件均同意公开。",
     {(NEW, "total", 5), outcome("partial", 1), outcome("granted", 4)}),
    (H + "受理申请3件，其中1件予以公开，其余2件因涉及商业秘密不予公开。",
     {(NEW, "total", 3), outcome("granted", 1), outcome("deny.trade_secret", 2)}),
    # trap: a count in Chinese numerals running on into a noun, no outcome after it
    (H + "受理申请两件，一件事关低保名单。", {(NEW, "total", 2)}),
])
def test_an_outcome_for_each_request_of_a_few(text, expected):
    assert triples(text, 2009) == expected


@pytest.mark.parametrize("text, year, expected", [
    (H + "共受理申请7件。已办结7件：同意公开4件，信息不存在的3件。", 2008,
     {(NEW, "total", 7), outcome("total", 7), outcome("granted", 4), outcome("unable.not_exist", 3)}),
    (H + "全年受理申请10件，已办结9件：予以公开6件，信息不存在3件；1件尚在办理中。", 2012,
     {(NEW, "total", 10), outcome("total", 9), outcome("granted", 6), outcome("unable.not_exist", 3),
      (OUT, "total", 1)}),
    (H + "全年受理申请10件。共办结9件：公开8件、不予公开1件。", 2012,
     {(NEW, "total", 10), outcome("total", 9), outcome("granted", 8), outcome("deny.total", 1)}),
    # trap: requests closed with no breakdown are no outcome total before the template
    (H + "全年受理申请10件，已办结9件。", 2012, {(NEW, "total", 10)}),
])
def test_requests_closed_then_their_outcomes_after_a_colon(text, year, expected):
    assert triples(text, year) == expected


@pytest.mark.parametrize("text, expected", [
    (H + "全年受理依申请公开事项4件。其中按申请内容提供3件；1件因涉及他人个人隐私，依法不予公开。",
     {(NEW, "total", 4), outcome("granted", 3), outcome("deny.privacy", 1)}),
    (H + "收到政府信息公开申请6件，按照申请人要求提供4件，无法提供2件。",
     {(NEW, "total", 6), outcome("granted", 4), outcome("unable.total", 2)}),
    (H + "收到政府信息公开申请6件，依申请人要求予以提供5件，按申请内容无法提供1件。",
     {(NEW, "total", 6), outcome("granted", 5), outcome("unable.total", 1)}),
    # a bare 公开 beside other outcome rows is the granted row
    (H + "收到申请20件，办理结果为：公开12件、部分公开3件、无法提供5件。",
     {(NEW, "total", 20), outcome("granted", 12), outcome("partial", 3), outcome("unable.total", 5)}),
])
def test_provided_as_asked_and_a_bare_disclosed_are_granted(text, expected):
    assert triples(text, 2013) == expected


def test_a_bare_disclosed_alone_is_no_outcome():
    assert outcome("granted", 12) not in triples(H + "收到申请20件，公开12件。", 2013)


@pytest.mark.parametrize("text, expected", [
    (H + "本年新收申请40件，另有上年结转2件；新收申请中自然人申请36件，法人或其他组织申请4件。",
     {(NEW, "total", 40), (IN, "total", 2), (NEW, "natural_person", 36)}),
    (H + "本年受理申请25件，受理的申请当中公民申请20件、企业申请5件。",
     {(NEW, "total", 25), (NEW, "natural_person", 20), (NEW, "org_business", 5)}),
    (H + "本年受理申请25件，新收申请中网上申请20件、信函申请5件。",
     {(NEW, "total", 25), ("requests.channel", "req_online", 20), ("requests.channel", "req_letter", 5)}),
    # the population alone with no key after it: no total either
    (H + "本年受理申请25件，新收申请中法人或其他组织申请5件。", {(NEW, "total", 25)}),
])
def test_the_requests_received_name_the_population_the_applicant_the_key(text, expected):
    assert triples(text, 2020) == expected


@pytest.mark.parametrize("text, expected", [
    ("因政府信息公开被申请行政复议1件，复议机关决定维持；申请人不服复议决定提起行政诉讼1件。",
     {("review", "total", 1), ("review", "upheld", 1), ("litigation.after_review", "total", 1)}),
    ("因政府信息公开被申请行政复议3件；不服行政复议决定而提起诉讼的2件。",
     {("review", "total", 3), ("litigation.after_review", "total", 2)}),
    ("本年度政府信息公开行政复议2件，均维持原答复；对复议结果不服向人民法院起诉1件，法院驳回起诉。",
     {("review", "total", 2), ("review", "upheld", 2), ("litigation.after_review", "total", 1),
      ("litigation.after_review", "upheld", 1)}),
    # trap: a suit against the answer itself is of no stated kind
    ("因政府信息公开申请人不服答复提起行政诉讼2件。", {("litigation", "total", 2)}),
])
def test_a_suit_against_the_review_decision(text, expected):
    assert triples(text, 2023) == expected


@pytest.mark.parametrize("text, year, expected", [
    (H + "收到申请5件，予以公开3件，2件因申请人逾期未补正终止办理。", 2022,
     {(NEW, "total", 5), outcome("granted", 3), outcome("other.no_correction", 2)}),
    (H + "收到申请5件，予以公开3件，申请人逾期不补正视为放弃申请2件。", 2022,
     {(NEW, "total", 5), outcome("granted", 3), outcome("other.no_correction", 2)}),
    (H + "收到申请5件，予以公开3件，2件申请人逾期未补正，依法终止处理。", 2022,
     {(NEW, "total", 5), outcome("granted", 3), outcome("other.no_correction", 2)}),
    # before the 2021 template, one 其他处理 row
    (H + "收到申请5件，予以公开3件，2件因申请人逾期未补正终止办理。", 2019,
     {(NEW, "total", 5), outcome("granted", 3), outcome("other", 2)}),
    # trap: a reconsideration ended is the review's 其他结果
    (H + "被申请行政复议2件，1件维持，1件终止。", 2022,
     {("review", "total", 2), ("review", "upheld", 1), ("review", "other", 1)}),
])
def test_a_request_ended_when_the_applicant_did_not_correct_it(text, year, expected):
    assert triples(text, year) == expected


# --- holdout10/12 families ---------------------------------------------------------------------

@pytest.mark.parametrize("text, year, expected", [
    # the template row's words, 转 alone, in prose: a sentence of its own after the outcome rows
    ("本年新收政府信息公开申请9件。予以公开6件，部分公开1件。转下年度继续办理2件。", 2020,
     {(NEW, "total", 9), outcome("granted", 6), outcome("partial", 1), (OUT, "total", 2)}),
    ("全年收到政府信息公开申请7件，已办结6件，另有1件转下年度继续办理。", 2020,
     {(NEW, "total", 7), outcome("total", 6), (OUT, "total", 1)}),
    # the rest, with a clause or two of why before the carry-over
    ("镇政府共受理政府信息公开申请4件，截至年底已答复3件，还有1件为12月30日受理，尚在答复期限内，"
     "转入2011年办理。", 2010,
     {(NEW, "total", 4), outcome("total", 3), (OUT, "total", 1)}),
    # the one request of the sentence before, carried as 该申请
    ("本年度我乡收到1件政府信息公开申请，内容为征地补偿。因接收时已近年末，该申请结转至2019年继续办理。", 2018,
     {(NEW, "total", 1), (OUT, "total", 1)}),
    ("全年受理政府信息公开申请一件。该申请因需征求第三方意见，转入下一年度办理。", 2017,
     {(NEW, "total", 1), (OUT, "total", 1)}),
    # traps: several requests (which one is 该申请?), and 转 of another thing
    ("本年度收到政府信息公开申请3件。该申请结转至2019年办理。", 2018, {(NEW, "total", 3)}),
    ("本年度收到政府信息公开申请2件，均予以公开。转下年度工作计划3件。", 2018,
     {(NEW, "total", 2), outcome("granted", 2)}),
])
def test_carried_over_in_prose_wordings(text, year, expected):
    assert triples(text, year) == expected


@pytest.mark.parametrize("text, expected", [
    ("三、依申请公开政府信息情况\n我镇2013年度无申请。\n", {(NEW, "total", 0)}),
    ("二、依申请公开情况\n本局全年无申请。\n", {(NEW, "total", 0)}),
    ("五、因政府信息公开申请行政复议、提起行政诉讼的情况\n我乡2013年度无此类情况。\n",
     {("review", "total", 0), ("litigation", "total", 0)}),
    ("五、行政复议和行政诉讼情况\n本年度未发生此类案件。\n",
     {("review", "total", 0), ("litigation", "total", 0)}),
    # traps: the heading names no request or case
    ("二、主动公开情况\n本年度无申请。\n", set()),
    ("六、存在的主要问题\n我乡2013年度无此类情况。\n", set()),
    ("六、存在的主要问题\n本年度未发生此类案件。\n", set()),
])
def test_a_bare_none_answers_its_heading(text, expected):
    assert triples(text, 2013) == expected


@pytest.mark.parametrize("text, expected", [
    ("全年收到政府信息公开申请6件。截至年底已答复5件：同意公开4件，不同意公开1件。",
     {(NEW, "total", 6), outcome("total", 5), outcome("granted", 4), outcome("deny.total", 1)}),
    ("全县共收到政府信息公开申请8件。8件申请均已答复：同意公开6件，同意部分公开2件。",
     {(NEW, "total", 8), outcome("total", 8), outcome("granted", 6), outcome("partial", 2)}),
    ("本年度受理政府信息公开申请3件，3件申请均已办结。", {(NEW, "total", 3), outcome("total", 3)}),
])
def test_answered_totals_by_the_years_end_and_count_first(text, expected):
    assert triples(text, 2014) == expected


@pytest.mark.parametrize("text, expected", [
    ("四、行政复议和行政诉讼情况\n有1名群众对答复不服，向县政府申请行政复议，县政府维持了原答复。\n",
     {("review", "total", 1), ("review", "upheld", 1)}),
    ("四、行政复议和行政诉讼情况\n1名申请人不服答复申请行政复议，经市政府复议，维持了本局的答复。\n",
     {("review", "total", 1), ("review", "upheld", 1)}),
    ("全年因政府信息公开被申请行政复议1件，复议机关以程序不当为由责令我局重新答复。",
     {("review", "total", 1), ("review", "corrected", 1)}),
    ("本年度因政府信息公开被申请行政复议1件，截至年底尚未审结。",
     {("review", "total", 1), ("review", "pending", 1)}),
    # trap: two reconsiderations, one result said: whose is unsaid
    ("本年度因政府信息公开被申请行政复议2件，截至年底尚未审结。", {("review", "total", 2)}),
])
def test_review_results_in_other_wordings(text, expected):
    assert triples(text, 2015) == expected


@pytest.mark.parametrize("text, expected", [
    ("全年接到5条提出公开政府信息的申请。", {(NEW, "total", 5)}),
    ("本年度共收到2件要求公开政府信息的申请，均予以公开。", {(NEW, "total", 2), outcome("granted", 2)}),
    # trap: a suggestion asking for disclosure is no request
    ("全年接到3条提出公开的建议。", set()),
])
def test_requests_received_named_by_what_they_ask(text, expected):
    assert triples(text, 2015) == expected


@pytest.mark.parametrize("text, expected", [
    ("全年收到政府信息公开申请2件，其中1件予以公开；另1件所要的是房屋登记资料，已告知其通过县不动产登记中心查询办理。",
     {(NEW, "total", 2), outcome("granted", 1), outcome("other.other_route", 1)}),
    ("收到政府信息公开申请3件，同意公开2件，另有1件申请查阅人事档案，已告知申请人按照档案查阅程序办理。",
     {(NEW, "total", 3), outcome("granted", 2), outcome("other.other_route", 1)}),
    # trap: told to ask another body: that body holds it
    ("收到政府信息公开申请2件，同意公开1件，另1件所需信息由县住建局掌握，已告知其向县住建局申请。",
     {(NEW, "total", 2), outcome("granted", 1), outcome("unable.not_held", 1)}),
])
def test_told_to_use_a_route_of_its_own(text, expected):
    assert triples(text, 2016) == expected


@pytest.mark.parametrize("text, year, expected", [
    # requests handled are new and carried-in together: no new total
    ("全年共办理政府信息公开申请5件。其中，上年结转申请2件，本年新收申请3件。", 2024,
     {(IN, "total", 2), (NEW, "total", 3)}),
    ("全年共接受办理政府信息公开申请30件，其中本年新收28件。", 2024, {(NEW, "total", 28)}),
    ("本年度共受理政府信息公开申请6件。", 2024, {(NEW, "total", 6)}),
    # the reason before names the sub-row of 无法提供
    ("已办结4件：予以公开3件；因所需信息需要另行加工制作，告知申请人无法提供1件。", 2024,
     {outcome("total", 4), outcome("granted", 3), outcome("unable.needs_creation", 1)}),
    # the rest paid nothing: the fee stated is the fee
    ("四、收费情况\n向2名申请人收取复印费20元，其余申请均未收费。\n", 2014, {("fees", "charged", 20)}),
    ("四、收费情况\n本年度未收取任何费用。\n", 2014, {("fees", "charged", 0)}),
])
def test_precision_of_requests_handled_reasons_and_zeros(text, year, expected):
    assert triples(text, year) == expected


# --- fb3 families (probed in the phrasings real reports use) -----------------------------------

H2 = "二、依申请公开情况\n"
H4 = "四、行政复议和诉讼情况\n"


@pytest.mark.parametrize("text, expected", [
    # people or person-times who asked are the requests
    (H2 + "全年共有12人次提出政府信息公开申请，均已按时答复。", {(NEW, "total", 12)}),
    (H2 + "本年度共有7人提出申请，均予以公开。", {(NEW, "total", 7), outcome("granted", 7)}),
    (H2 + "全年共有3人次通过信函申请公开政府信息，均予以公开。",
     {(NEW, "total", 3), ("requests.channel", "req_letter", 3), outcome("granted", 3)}),
    # requests counted in times
    (H2 + "全年接到群众申请公开政府信息的请求6次，均已答复。", {(NEW, "total", 6)}),
    (H2 + "全年受理政府信息公开申请15人次。", {(NEW, "total", 15)}),
    # traps: consultations and visits are no requests; a bare 提出申请 off the subject says nothing
    (H2 + "全年接待咨询60人次，来访群众30人次。", set()),
    (H2 + "全年接待群众来访30人次，受理政府信息公开申请5件。", {(NEW, "total", 5)}),
    (H2 + "全年接待群众咨询40人次，其中申请公开政府信息的有5人次。", set()),
    ("一、概述\n本年度共有12人提出申请。", set()),
    ("一、概述\n全年受理群众建议12人次。", set()),
])
def test_requests_counted_by_people_or_times(text, expected):
    assert triples(text, 2016) == expected


def test_people_asking_for_reconsideration_are_cases():
    assert triples(H4 + "本年度有2人提出行政复议申请，复议机关均维持原答复。", 2016) == {
        ("review", "total", 2), ("review", "upheld", 2)}


@pytest.mark.parametrize("text, expected", [
    (H2 + "全年受理申请4件，其中予以公开3件，不予公开1件。无上年结转及结转下年情况。",
     {(NEW, "total", 4), outcome("granted", 3), outcome("deny.total", 1), (IN, "total", 0), (OUT, "total", 0)}),
    (H2 + "全年受理申请4件，均予以公开。上年度和本年度均无结转。",
     {(NEW, "total", 4), outcome("granted", 4), (IN, "total", 0), (OUT, "total", 0)}),
    (H2 + "全年受理申请4件，均予以公开，上年度和本年度均无结转。",
     {(NEW, "total", 4), outcome("granted", 4), (IN, "total", 0), (OUT, "total", 0)}),
    (H2 + "全年受理申请4件，均予以公开。上年和本年均没有结转申请。",
     {(NEW, "total", 4), outcome("granted", 4), (IN, "total", 0), (OUT, "total", 0)}),
    # one way only
    (H2 + "全年受理申请4件，均予以公开。无上年结转。",
     {(NEW, "total", 4), outcome("granted", 4), (IN, "total", 0)}),
    # 无结转 (件): none goes on to next year, as the labels read it
    (H2 + "全年受理申请4件，均予以公开，无结转件。",
     {(NEW, "total", 4), outcome("granted", 4), (OUT, "total", 0)}),
    # traps: off the subject of requests
    ("一、主动公开情况\n全年发布信息40条。无上年结转及结转下年情况。", {total(40)}),
    ("六、其他\n全年拨付资金40万元。上年度和本年度均无结转。", set()),
])
def test_no_carry_over_either_way(text, expected):
    assert triples(text, 2016) == expected


@pytest.mark.parametrize("text, year, expected", [
    (H2 + "本年度共受理政府信息公开申请3件，其中2件已答复，1件因申请人未按要求补正材料，视为放弃申请。", 2022,
     {(NEW, "total", 3), outcome("other.no_correction", 1)}),
    (H2 + "本年度共受理政府信息公开申请3件，其中2件已答复，1件因申请人未按要求补正材料，视为放弃申请。", 2019,
     {(NEW, "total", 3), outcome("other", 1)}),
    (H2 + "全年收到政府信息公开申请4件，予以公开2件，不予公开1件，1件申请人未在规定期限内补正，终止办理。", 2022,
     {(NEW, "total", 4), outcome("granted", 2), outcome("deny.total", 1), outcome("other.no_correction", 1)}),
    (H2 + "全年收到政府信息公开申请5件，予以公开3件，2件因申请人未按时补正终止处理。", 2022,
     {(NEW, "total", 5), outcome("granted", 3), outcome("other.no_correction", 2)}),
    (H2 + "全年收到政府信息公开申请5件，予以公开4件，1件申请人未按收费通知缴纳费用，视为放弃申请。", 2022,
     {(NEW, "total", 5), outcome("granted", 4), outcome("other.fee_unpaid", 1)}),
    # traps: told to correct, nothing closed, is the unclear request (as before); answered alone
    # is no outcome row
    (H2 + "全年收到政府信息公开申请5件，予以公开4件，1件已告知申请人补正材料。", 2022,
     {(NEW, "total", 5), outcome("granted", 4)}),
    (H2 + "本年度共受理政府信息公开申请3件，其中2件已答复，1件正在办理中。", 2022, {(NEW, "total", 3)}),
])
def test_a_request_closed_when_not_corrected_without_the_word_overdue(text, year, expected):
    assert triples(text, year) == expected


@pytest.mark.parametrize("text, expected", [
    (H2 + "2014年，我局受理的依申请公开事项共4件，办理答复4件，答复率100%。",
     {(NEW, "total", 4), outcome("total", 4)}),
    (H2 + "本年度共受理政府信息公开申请6件，已办理答复5件，1件结转下年度。",
     {(NEW, "total", 6), outcome("total", 5), (OUT, "total", 1)}),
    (H2 + "全年受理申请3件，答复3件。", {(NEW, "total", 3), outcome("total", 3)}),
    # trap: answers by phone to consultations are no answers to requests
    (H2 + "全年受理申请3件，电话答复咨询20件。", {(NEW, "total", 3)}),
])
def test_answers_after_the_requests_received(text, expected):
    assert triples(text, 2014) == expected


@pytest.mark.parametrize("text, expected", [
    (H4 + "本年度发生行政复议案件1件（复议机关已作出维持决定），行政诉讼案件0件。",
     {("review", "total", 1), ("review", "upheld", 1), ("litigation", "total", 0)}),
    (H4 + "本年度发生政府信息公开行政复议案件1件（已撤销原答复），行政诉讼案件0件。",
     {("review", "total", 1), ("review", "corrected", 1), ("litigation", "total", 0)}),
    (H4 + "本年度被申请行政复议2件（均尚在审理中），未发生行政诉讼。",
     {("review", "total", 2), ("review", "pending", 2), ("litigation", "total", 0)}),
    (H4 + "本年度被申请行政复议1件（结果为维持），未发生行政诉讼。",
     {("review", "total", 1), ("review", "upheld", 1), ("litigation", "total", 0)}),
    # trap: two cases, one result without 均: whose is unsaid
    (H4 + "本年度被申请行政复议2件（复议机关已作出维持决定），未发生行政诉讼。",
     {("review", "total", 2), ("litigation", "total", 0)}),
])
def test_a_review_result_in_brackets(text, expected):
    assert triples(text, 2016) == expected


@pytest.mark.parametrize("text, expected", [
    (H2 + "全年受理申请12人次，均予以公开。", {(NEW, "total", 12), outcome("granted", 12)}),
    (H2 + "全年共有6人次来我局申请公开政府信息，均予以公开。", {(NEW, "total", 6), outcome("granted", 6)}),
    (H2 + "本年度，共有5名群众提出政府信息公开申请。", {(NEW, "total", 5)}),
    # traps: a bare 申请 of another caseload, or off the subject of requests
    (H2 + "全年受理低保申请300人次。", set()),
    ("一、概述\n全年受理申请12人次。", set()),
])
def test_requests_counted_in_times_with_a_bare_noun(text, expected):
    assert triples(text, 2016) == expected


@pytest.mark.parametrize("text, expected", [
    (H4 + "本年度发生行政复议案件3件（复议机关均作出维持决定），行政诉讼案件0件。",
     {("review", "total", 3), ("review", "upheld", 3), ("litigation", "total", 0)}),
    # 确认违法 corrects the answer; a withdrawn or ended case is 其他结果
    (H4 + "本年度发生行政复议案件1件（复议机关已作出确认违法决定）。",
     {("review", "total", 1), ("review", "corrected", 1)}),
    (H4 + "本年度发生行政复议案件1件（申请人已撤回复议申请）。", {("review", "total", 1), ("review", "other", 1)}),
    (H4 + "本年度发生行政复议案件2件（申请人均已撤回）。", {("review", "total", 2), ("review", "other", 2)}),
    (H4 + "本年度发生行政复议案件1件（已终止审理）。", {("review", "total", 1), ("review", "other", 1)}),
    # trap: a decision made, its result unsaid
    (H4 + "本年度发生行政复议案件1件（已作出复议决定）。", {("review", "total", 1)}),
])
def test_a_review_result_in_brackets_in_more_wordings(text, expected):
    assert triples(text, 2016) == expected


@pytest.mark.parametrize("text, expected", [
    (H2 + "全年受理申请4件，均予以公开。无上年度结转和下年度结转的申请。",
     {(NEW, "total", 4), outcome("granted", 4), (IN, "total", 0), (OUT, "total", 0)}),
    (H2 + "全年受理申请4件，均予以公开。本年度无结转，上年度亦无结转。",
     {(NEW, "total", 4), outcome("granted", 4), (IN, "total", 0), (OUT, "total", 0)}),
    (H2 + "全年受理申请4件，均予以公开。不存在上年结转和结转下年的情况。",
     {(NEW, "total", 4), outcome("granted", 4), (IN, "total", 0), (OUT, "total", 0)}),
    (H2 + "全年受理申请4件，均予以公开。上年结转和结转下年均为0件。",
     {(NEW, "total", 4), outcome("granted", 4), (IN, "total", 0), (OUT, "total", 0)}),
])
def test_no_carry_over_either_way_in_more_wordings(text, expected):
    assert triples(text, 2016) == expected


@pytest.mark.parametrize("text, expected", [
    (H2 + "全年共受理依申请公开事项4件，已全部办理答复4件。", {(NEW, "total", 4), outcome("total", 4)}),
    (H2 + "全年共受理依申请公开事项4件，办理并答复4件。", {(NEW, "total", 4), outcome("total", 4)}),
    # traps: answers to consultations or to deputies' suggestions are no answers to requests
    (H2 + "全年接受群众咨询答复120件，受理依申请公开事项4件。", {(NEW, "total", 4)}),
    (H2 + "全年办理答复人大建议4件。", set()),
])
def test_answers_after_the_requests_received_in_more_wordings(text, expected):
    assert triples(text, 2014) == expected


@pytest.mark.parametrize("text, year, expected", [
    (H2 + "全年收到政府信息公开申请3件，予以公开2件，另1件因申请人未能按要求补充材料，视为放弃申请。", 2022,
     {(NEW, "total", 3), outcome("granted", 2), outcome("other.no_correction", 1)}),
    (H2 + "全年收到政府信息公开申请3件，予以公开2件，另有1件申请人未按要求补正，按规定终止办理。", 2022,
     {(NEW, "total", 3), outcome("granted", 2), outcome("other.no_correction", 1)}),
    # the label before the count
    (H2 + "全年收到政府信息公开申请3件，予以公开2件，因申请人未按要求补正材料视为放弃申请1件。", 2022,
     {(NEW, "total", 3), outcome("granted", 2), outcome("other.no_correction", 1)}),
    (H2 + "全年收到政府信息公开申请3件，予以公开2件，申请人未按期补正、本机关不再处理的1件。", 2019,
     {(NEW, "total", 3), outcome("granted", 2), outcome("other", 1)}),
    # trap: nothing closed, the applicant only told to add to it
    (H2 + "全年收到政府信息公开申请3件，予以公开2件，另有1件申请人未按要求补充说明，我局已告知其补充。", 2022,
     {(NEW, "total", 3), outcome("granted", 2)}),
])
def test_not_corrected_then_closed_in_more_wordings(text, year, expected):
    assert triples(text, year) == expected


@pytest.mark.parametrize("text, expected", [
    (H2 + "全年共有3人提出低保申请。", set()),
    (H2 + "有2人提出信访申请，已转信访部门办理。", set()),
    (H2 + "全年收到政府信息公开申请2件，均予以公开。上年度和本年度均无结转资金。",
     {(NEW, "total", 2), outcome("granted", 2)}),
    (H4 + "本年度发生行政复议案件1件（申请人对答复不服）。", {("review", "total", 1)}),
])
def test_fb3_neighbours_that_stay_out(text, expected):
    assert triples(text, 2016) == expected


@pytest.mark.parametrize("text, expected", [
    # information released, sorted by how (主动/依申请): no request was counted
    ("一、概述\n本年度共公开政府信息175条（含依申请公开3条）。", set()),
    ("一、概述\n全年公开各类政府信息212条，其中依申请公开6条。", set()),
    ("一、概述\n本年度公开政务信息90条（包括依申请公开的政府信息2条）。", set()),
    # requests received stay requests, beside a count of information or not
    (H2 + "本年度共受理依申请公开3条，均已答复。", {(NEW, "total", 3)}),
    (H2 + "本年度公开政府信息175条，受理依申请公开3件。",
     {(NEW, "total", 3), total(175)}),
])
def test_information_released_on_request_is_no_request_count(text, expected):
    assert triples(text, 2012) == expected


# --- holdout13/14: every request through one channel (均为…提出), the outcomes after a colon ---

CH = "requests.channel"


@pytest.mark.parametrize("text, expected", [
    (H2 + "本年度新收申请3件，均为申请人到中心窗口当面提出：2件予以公开；另1件经查不存在，已告知。",
     {(NEW, "total", 3), (CH, "req_in_person", 3), outcome("granted", 2), outcome("unable.not_exist", 1)}),
    (H2 + "全年受理申请4件，全部为当面申请：3件予以公开，1件部分公开。",
     {(NEW, "total", 4), (CH, "req_in_person", 4), outcome("granted", 3), outcome("partial", 1)}),
    (H2 + "全年受理政府信息公开申请3件，都是通过网络提交的：2件同意公开，1件不予公开。",
     {(NEW, "total", 3), (CH, "req_online", 3), outcome("granted", 2), outcome("deny.total", 1)}),
    (H2 + "本年新收申请2件，均以信函方式提出。",
     {(NEW, "total", 2), (CH, "req_letter", 2)}),
    # traps: a channel's own count after its colon stays that channel's; no 均, no channel
    (H2 + "全年受理申请5件，其中当面申请：3件，网络申请：2件。",
     {(NEW, "total", 5), (CH, "req_in_person", 3), (CH, "req_online", 2)}),
    (H2 + "全年受理申请5件，均已办结：3件予以公开，2件部分公开。",
     {(NEW, "total", 5), outcome("granted", 3), outcome("partial", 2)}),
    (H2 + "全年受理申请3件，均为自然人提出：2件予以公开，1件部分公开。",
     {(NEW, "total", 3), (NEW, "natural_person", 3), outcome("granted", 2), outcome("partial", 1)}),
])
def test_every_request_through_one_channel_then_outcomes(text, expected):
    assert triples(text, 2011) == expected


# --- holdout13: an answer put off into the next year is a request carried over ----------------

@pytest.mark.parametrize("text, expected", [
    (H2 + "全年受理申请9件，已答复8件，1件因需征求第三方意见延期至2018年答复。",
     {(NEW, "total", 9), outcome("total", 8), (OUT, "total", 1)}),
    (H2 + "全年受理申请6件，已答复5件，另有1件因涉及第三方延期至次年答复。",
     {(NEW, "total", 6), outcome("total", 5), (OUT, "total", 1)}),
    (H2 + "全年受理申请4件，已答复3件，另1件依法延期到下一年度办理。",
     {(NEW, "total", 4), outcome("total", 3), (OUT, "total", 1)}),
    (H2 + "全年受理申请8件，已答复6件，2件经批准延长答复期限至2018年1月。",
     {(NEW, "total", 8), outcome("total", 6), (OUT, "total", 2)}),
    # traps: extended within the year, or for some days only: answered in the year
    (H2 + "全年受理申请6件，已全部答复，其中1件延期至2017年12月答复。", {(NEW, "total", 6)}),
    (H2 + "全年受理申请6件，已全部答复，其中1件延长答复期限15个工作日。", {(NEW, "total", 6)}),
    (H2 + "全年受理申请6件，已全部答复，其中1件因征求第三方意见延期答复。", {(NEW, "total", 6)}),
])
def test_answer_put_off_into_next_year_is_carried_over(text, expected):
    assert triples(text, 2017) == expected


# --- holdout13: one count for two reasons joined (或/和/、): the outcome's total, unsplit ----------

@pytest.mark.parametrize("text, year, expected", [
    (H2 + "全年收到申请20件，予以公开9件，因属于行政执法案卷或行政查询事项不予公开5件，本机关不掌握的6件。", 2024,
     {(NEW, "total", 20), outcome("granted", 9), outcome("deny.total", 5), outcome("unable.not_held", 6)}),
    (H2 + "全年收到申请10件，予以公开8件，涉及商业秘密、个人隐私不予公开2件。", 2016,
     {(NEW, "total", 10), outcome("granted", 8), outcome("deny.total", 2)}),
    (H2 + "全年收到申请10件，予以公开7件，因系信访举报类申请或重复申请不予处理3件。", 2022,
     {(NEW, "total", 10), outcome("granted", 7), outcome("reject.total", 3)}),
    (H2 + "全年收到申请10件，予以公开7件，因不属于本机关掌握或信息不明确无法提供3件。", 2022,
     {(NEW, "total", 10), outcome("granted", 7), outcome("unable.total", 3)}),
    # traps: one reason in several words stays its sub-row
    (H2 + "全年收到申请10件，予以公开7件，因属于信访、举报类申请不予处理3件。", 2022,
     {(NEW, "total", 10), outcome("granted", 7), outcome("reject.petition", 3)}),
    (H2 + "全年收到申请10件，予以公开7件，因没有现成信息需要另行制作无法提供3件。", 2022,
     {(NEW, "total", 10), outcome("granted", 7), outcome("unable.needs_creation", 3)}),
    (H2 + "全年收到申请10件，予以公开7件，因涉及第三方合法权益不予公开3件。", 2022,
     {(NEW, "total", 10), outcome("granted", 7), outcome("deny.third_party", 3)}),
])
def test_two_reasons_joined_give_the_outcome_total(text, year, expected):
    assert triples(text, year) == expected


# --- a result said of every case, 均 before the decision (均决定维持 / 法院均判决驳回) ---------------

@pytest.mark.parametrize("text, expected", [
    (H4 + "本年度因政府信息公开被申请行政复议2件，复议机关均决定维持。",
     {("review", "total", 2), ("review", "upheld", 2)}),
    (H4 + "因政府信息公开被申请行政复议3件，均决定维持原答复。",
     {("review", "total", 3), ("review", "upheld", 3)}),
    (H4 + "被提起行政诉讼（直接起诉）2件，法院均判决驳回原告诉讼请求。",
     {("litigation", "total", 2), ("litigation.direct", "total", 2), ("litigation.direct", "upheld", 2)}),
    (H4 + "被提起行政诉讼（复议后起诉）1件，一审判决驳回诉讼请求。",
     {("litigation", "total", 1), ("litigation.after_review", "total", 1),
      ("litigation.after_review", "upheld", 1)}),
    # traps: two cases, the decision not said of both; a plain suit has no result key
    (H4 + "本年度因政府信息公开被申请行政复议2件，复议机关决定维持。", {("review", "total", 2)}),
    (H4 + "本年度因政府信息公开被提起行政诉讼1件，法院判决驳回原告诉讼请求。", {("litigation", "total", 1)}),
])
def test_a_result_for_every_case_said_before_the_decision(text, expected):
    assert triples(text, 2023) == expected


# --- the information held by another body, said with 属于/系/为…掌握 -----------------------------

@pytest.mark.parametrize("text, expected", [
    (H2 + "全年受理申请3件，2件同意公开；另1件所需信息属于市档案馆掌握，已告知申请人向其提出。",
     {(NEW, "total", 3), outcome("granted", 2), outcome("unable.not_held", 1)}),
    (H2 + "全年受理申请2件，1件同意公开，1件系其他部门掌握的信息，已告知申请人。",
     {(NEW, "total", 2), outcome("granted", 1), outcome("unable.not_held", 1)}),
    (H2 + "全年受理申请2件，1件同意公开，1件为县民政局所掌握的信息。",
     {(NEW, "total", 2), outcome("granted", 1), outcome("unable.not_held", 1)}),
    # traps: held by the body itself; kept elsewhere but not said to be held; no count of its own
    (H2 + "全年受理申请2件，1件同意公开，1件属于本局掌握的信息，正在办理。",
     {(NEW, "total", 2), outcome("granted", 1)}),
    (H2 + "全年受理申请2件，1件同意公开，1件属于区档案馆保存的档案。",
     {(NEW, "total", 2), outcome("granted", 1)}),
    (H2 + "全年受理申请2件，均予以公开。相关信息属于县统计局掌握。",
     {(NEW, "total", 2), outcome("granted", 2)}),
])
def test_held_by_another_body_said_with_its_name(text, expected):
    assert triples(text, 2010) == expected


# --- a count opening its clause, then the applicant or channel of those requests ----------------

@pytest.mark.parametrize("text, expected", [
    (H2 + "全年收到政府信息公开申请4件，其中1件为企业申请，3件为个人申请。",
     {(NEW, "total", 4), (NEW, "org_business", 1), (NEW, "natural_person", 3)}),
    (H2 + "全年受理申请5件，3件系公民提出，2件由企业提出，均已答复。",
     {(NEW, "total", 5), (NEW, "natural_person", 3), (NEW, "org_business", 2)}),
    (H2 + "全年受理申请6件，其中4件通过网络提交，2件为当面申请；5件予以公开，1件部分公开。",
     {(NEW, "total", 6), (CH, "req_online", 4), (CH, "req_in_person", 2),
      outcome("granted", 5), outcome("partial", 1)}),
    # traps: no requests received before; what was asked for, not who asked
    ("一、概述\n全年接待群众来访5件，其中3件为公民申请。", set()),
    (H2 + "全年受理申请5件，其中3件为公民申请公开低保信息。", {(NEW, "total", 5)}),
])
def test_count_first_then_applicant_or_channel(text, expected):
    assert triples(text, 2015) == expected


# --- every request of one way, then answered in full (已全部按期答复完毕) ----------------------------

@pytest.mark.parametrize("text, expected", [
    (H2 + "共受理政府信息公开申请3件，均为公民通过信函提出，已全部按期答复完毕。",
     {(NEW, "total", 3), (NEW, "natural_person", 3), (CH, "req_letter", 3), outcome("total", 3)}),
    (H2 + "共受理政府信息公开申请2件，均通过网络提交，均已办理完毕。",
     {(NEW, "total", 2), (CH, "req_online", 2), outcome("total", 2)}),
    # traps: answered, not said complete; requests of another year answered too
    (H2 + "共受理政府信息公开申请3件，均为当面申请，均已答复。",
     {(NEW, "total", 3), (CH, "req_in_person", 3)}),
    (H2 + "共受理政府信息公开申请3件，均为当面申请，上年结转1件，均已答复完毕。",
     {(NEW, "total", 3), (CH, "req_in_person", 3), (IN, "total", 1)}),
])
def test_one_way_then_all_answered(text, expected):
    assert triples(text, 2009) == expected


# --- other answers and case results in more wordings -----------------------------------------------

@pytest.mark.parametrize("text, expected", [
    (H2 + "全年受理申请2件，其中1件经审查属于已主动公开信息，告知申请人获取途径；1件予以公开。",
     {(NEW, "total", 2), outcome("granted", 1), outcome("other.already_public", 1)}),
    (H2 + "全年受理申请3件，2件予以公开，1件所申请内容为已主动公开的政府信息。",
     {(NEW, "total", 3), outcome("granted", 2), outcome("other.already_public", 1)}),
    (H4 + "因政府信息公开引起的行政复议1件，申请人于复议期间撤回申请。",
     {("review", "total", 1), ("review", "other", 1)}),
    (H4 + "因政府信息公开引起的行政复议2件，申请人均在复议过程中主动撤回。",
     {("review", "total", 2), ("review", "other", 2)}),
    # traps: information released (no answer); a step during the review, no result
    ("一、概述\n全年已主动公开信息120条。", {total(120)}),
    (H4 + "因政府信息公开引起的行政复议1件，申请人在复议期间补充了材料。", {("review", "total", 1)}),
])
def test_already_public_and_withdrawn_review_in_more_wordings(text, expected):
    assert triples(text, 2016) == expected


# --- the rest still open at the year's end, in its answering period (carried over) ---------------

@pytest.mark.parametrize("text, expected", [
    (H2 + "全年受理申请6件，已办结5件，另1件尚在法定答复期限内。",
     {(NEW, "total", 6), outcome("total", 5), (OUT, "total", 1)}),
    (H2 + "全年受理申请6件，已办结5件，另1件于12月29日受理，尚在法定答复期限内。",
     {(NEW, "total", 6), outcome("total", 5), (OUT, "total", 1)}),
    (H2 + "全年受理申请6件，已办结4件，2件因年底受理，正在办理中。",
     {(NEW, "total", 6), outcome("total", 4), (OUT, "total", 2)}),
    # traps: answered after all, or counted among the closed ones
    (H2 + "全年受理申请6件，已办结5件，另1件于12月29日受理，已于次年1月答复。", {(NEW, "total", 6)}),
    (H2 + "全年受理申请6件，已办结6件，其中1件于12月29日受理。", {(NEW, "total", 6)}),
])
def test_rest_still_open_in_its_period_is_carried_over(text, expected):
    assert triples(text, 2017) == expected


# --- a count opening its clause, the outcome, then its reason in brackets ---------------------------

@pytest.mark.parametrize("text, expected", [
    (H2 + "全年新收申请3件，其中2件予以公开，1件不予公开（属于过程性信息）。",
     {(NEW, "total", 3), outcome("granted", 2), outcome("deny.total", 1), outcome("deny.process_info", 1)}),
    (H2 + "全年新收申请5件，其中2件予以公开，3件不予处理（均为重复申请）。",
     {(NEW, "total", 5), outcome("granted", 2), outcome("reject.total", 3), outcome("reject.duplicate", 3)}),
    (H2 + "全年新收申请4件，其中2件予以公开，2件无法提供（本机关不掌握相关政府信息）。",
     {(NEW, "total", 4), outcome("granted", 2), outcome("unable.total", 2), outcome("unable.not_held", 2)}),
    # traps: a reason the outcome has no sub-row for; the reason before (that sub-row alone)
    (H2 + "全年新收申请4件，其中2件予以公开，2件部分公开（涉及个人隐私）。",
     {(NEW, "total", 4), outcome("granted", 2), outcome("partial", 2)}),
    (H2 + "全年新收申请4件，其中3件予以公开，1件因涉及第三方合法权益不予公开。",
     {(NEW, "total", 4), outcome("granted", 3), outcome("deny.third_party", 1)}),
])
def test_count_first_outcome_then_reason_in_brackets(text, expected):
    assert triples(text, 2022) == expected


# --- a fee stated, then no other fee: the stated one stands, no zero beside it ----------------------

@pytest.mark.parametrize("text, expected", [
    ("四、收费情况\n全年收取工本费30元，未收取其他费用。", {("fees", "charged", 30)}),
    ("四、收费情况\n全年依申请提供信息收取复印费15元，除此之外未收取其它任何费用。", {("fees", "charged", 15)}),
    # traps: no amount stated, the denial is the zero
    ("四、收费情况\n全年未收取任何费用。", {("fees", "charged", 0)}),
    ("四、收费情况\n全年未收取其他任何费用。", {("fees", "charged", 0)}),
])
def test_a_fee_then_no_other_fee(text, expected):
    assert triples(text, 2012) == expected


# --- a case, what it was against, then its result (申请人不服…，目前尚在审理中) ------------------------

@pytest.mark.parametrize("text, expected", [
    (H4 + "本年度收到行政复议申请1件，申请人不服本局作出的信息公开答复，目前尚在审理中。",
     {("review", "total", 1), ("review", "pending", 1)}),
    (H4 + "本年度因政府信息公开被申请行政复议1件，为不服本局政府信息公开答复，复议机关维持了原答复。",
     {("review", "total", 1), ("review", "upheld", 1)}),
    (H4 + "本年度因政府信息公开被提起行政诉讼1件（直接起诉），原告对本局答复不服，法院判决驳回诉讼请求。",
     {("litigation", "total", 1), ("litigation.direct", "total", 1), ("litigation.direct", "upheld", 1)}),
    # traps: two cases without 均; the applicant's demand is no result
    (H4 + "本年度因政府信息公开被申请行政复议2件，申请人不服本局的答复，复议机关维持了原答复。",
     {("review", "total", 2)}),
    (H4 + "本年度因政府信息公开被申请行政复议1件，申请人不服本局的答复，要求重新答复。",
     {("review", "total", 1)}),
])
def test_case_then_what_it_was_against_then_result(text, expected):
    assert triples(text, 2011) == expected


# --- 申请人均为自然人: the applicants of every request counted, named after them --------------------

@pytest.mark.parametrize("text, expected", [
    (H2 + "全年共受理政府信息公开申请4件，申请人均为自然人，均予以公开。",
     {(NEW, "total", 4), (NEW, "natural_person", 4), outcome("granted", 4)}),
    (H2 + "全年共受理政府信息公开申请3件，申请人全部为企业。",
     {(NEW, "total", 3), (NEW, "org_business", 3)}),
    # trap: most of them, not all
    (H2 + "全年共受理政府信息公开申请4件，申请人多为自然人，均予以公开。",
     {(NEW, "total", 4), outcome("granted", 4)}),
])
def test_applicants_of_all_named_after_the_count(text, expected):
    assert triples(text, 2023) == expected
