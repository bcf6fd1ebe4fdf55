"""Requests, outcomes, reconsideration, suits and complaints in the wording of other provinces
(issue 12): each family in several wordings of our own, with the exact set of facts expected,
and neighbours that must give none."""
from __future__ import annotations

import pytest
from snippets import outcome, with_periods
from snippets import triples as _triples


def triples(text: str, year: int = 2022) -> set[tuple[str, str, float]]:
    # (a 2022 report unless told: the year decides which sub-row keys an outcome takes)
    return _triples(text, year=year)


# --- template sub-rows named alone, and breakdowns in brackets ---------------------------------

@pytest.mark.parametrize("text, expected", [
    ("本年度新收申请12件，办结12件，其中予以公开7件，本机关不掌握相关政府信息3件，重复申请2件。",
     {("requests.new", "total", 12), outcome("total", 12), outcome("granted", 7),
      outcome("unable.not_held", 3), outcome("reject.duplicate", 2)}),
    ("已答复申请9件：部分公开4件，属于信访举报投诉类申请3件，没有现成信息需要另行制作2件。",
     {outcome("total", 9), outcome("partial", 4), outcome("reject.petition", 3),
      outcome("unable.needs_creation", 2)}),
    ("办理政府信息公开申请20件。从结果看，补正后申请内容仍不明确的2件，要求提供公开出版物1件，"
     "无正当理由大量反复申请4件，申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请的3件。",
     {outcome("unable.unclear", 2), outcome("reject.publication", 1),
      outcome("reject.mass_repeat", 4), outcome("other.no_correction", 3)}),
])
def test_template_sub_rows_named_alone(text, expected):
    assert triples(text) == expected


def test_a_petition_disguised_as_a_request_is_no_complaint():
    facts = triples("本年度收到申请6件，其中信访、举报、投诉类申请2件，予以公开4件。")
    assert ("complaints", "total", 2) not in facts
    assert outcome("reject.petition", 2) in facts


@pytest.mark.parametrize("text, expected", [
    ("全年收到政府信息公开申请30件。办理结果：不予处理6件（重复申请4件、信访举报投诉类申请2件），"
     "无法提供9件（其中本机关不掌握相关政府信息8件）。",
     {("requests.new", "total", 30), outcome("reject.total", 6), outcome("reject.duplicate", 4),
      outcome("reject.petition", 2), outcome("unable.total", 9), outcome("unable.not_held", 8)}),
    # a reason without a count of its own names the sub-row, and the count stays the total too
    ("收到政府信息公开申请5件，不予处理2件（均为重复申请），予以公开3件。",
     {("requests.new", "total", 5), outcome("reject.total", 2), outcome("reject.duplicate", 2),
      outcome("granted", 3)}),
])
def test_a_breakdown_in_brackets_leaves_the_outcome_its_total(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("year, key", [(2023, "other.no_correction"), (2020, "other")])
def test_other_handling_with_one_reason_in_brackets(year, key):
    text = "收到政府信息公开申请8件。其他处理2件（均为申请人逾期未补正），予以公开6件。"
    assert triples(text, year) == {("requests.new", "total", 8), outcome("other", 2), outcome(key, 2),
                                   outcome("granted", 6)}


@pytest.mark.parametrize("lead", ["办理结果中，", "从办理结果看，", "办结情况：", ""])
def test_an_outcome_list_after_a_sentence_of_totals_that_never_says_request(lead):
    text = f"全年新收政府信息公开申请43件。共办结40件，结转下年度3件。{lead}予以公开21件，不予公开4件，无法提供15件。"
    assert triples(text) == {("requests.new", "total", 43), outcome("total", 40), ("requests.carried_out", "total", 3),
                             outcome("granted", 21), outcome("deny.total", 4),
                             outcome("unable.total", 15)}


def test_outcome_words_outside_any_request_text_are_no_outcomes():
    assert not {f for f in triples("全年印发宣传资料200份，予以公开的文件30件。")
                if f[0] == "requests.outcome"}


# --- answer wordings of the 2008 scheme --------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年受理申请6件，同意公开3件，不属于本局职责范围的2件，非本机关政府信息1件。",
     {("requests.new", "total", 6), outcome("granted", 3), outcome("unable.not_held", 2),
      outcome("unable.not_held", 1)}),
    ("受理申请5件，其中：不同意公开2件（涉及个人隐私1件、不是《条例》所指政府信息1件），同意公开3件。",
     {("requests.new", "total", 5), outcome("deny.total", 2), outcome("deny.privacy", 1),
      outcome("deny.not_gov_info", 1), outcome("granted", 3)}),
    ("收到申请4件，非《条例》所称政府信息1件，同意公开3件。",
     {("requests.new", "total", 4), outcome("deny.not_gov_info", 1), outcome("granted", 3)}),
])
def test_answer_wordings_before_2019(text, expected):
    assert triples(text, 2012) == expected


@pytest.mark.parametrize("text, expected", [
    # the outcome, then what the applicant was told, in the same clause or the next
    ("受理信息公开申请7件：属于已主动公开范围、告知查询方式2件，同意公开5件。",
     {("requests.new", "total", 7), outcome("other.already_public", 2), outcome("granted", 5)}),
    ("受理信息公开申请7件：同意公开5件，已主动公开的，告知申请人获取途径2件。",
     {("requests.new", "total", 7), outcome("granted", 5), outcome("other.already_public", 2)}),
    ("共收到政府信息公开申请3件，因不属于本镇掌握范围书面告知申请人向县民政局咨询3件。",
     {("requests.new", "total", 3), outcome("unable.not_held", 3)}),
])
def test_an_outcome_followed_by_what_the_applicant_was_told(text, expected):
    assert triples(text, 2012) == expected


def test_a_telling_clause_alone_names_no_outcome():
    # the clause before holds a count of its own: nothing to borrow from it
    assert triples("收到政府信息公开申请3件，同意公开2件，告知申请人获取途径1件。", 2012) == \
        {("requests.new", "total", 3), outcome("granted", 2)}


@pytest.mark.parametrize("text, expected", [
    ("共收到政府信息公开申请2件，其中1件予以公开，另1件所申请的信息不属于本机关掌握范围。",
     {("requests.new", "total", 2), outcome("granted", 1), outcome("unable.not_held", 1)}),
    ("收到信息公开申请3件，2件同意公开、1件不予公开。",
     {("requests.new", "total", 3), outcome("granted", 2), outcome("deny.total", 1)}),
    # a count before words that are no outcome stays without one
    ("收到信息公开申请3件，其中2件涉及征地补偿。", {("requests.new", "total", 3)}),
])
def test_a_count_opening_its_clause_takes_the_outcome_after_it(text, expected):
    assert triples(text, 2012) == expected


# --- reconsideration parts and the two kinds of suit -------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("因政府信息公开被申请行政复议3件，其中2件维持、1件撤销重新答复。",
     {("review", "total", 3), ("review", "upheld", 2), ("review", "corrected", 1)}),
    ("涉及政府信息公开的行政复议2件，1件被维持，1件尚未审结。",
     {("review", "total", 2), ("review", "upheld", 1), ("review", "pending", 1)}),
])
def test_review_parts_with_the_count_first(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("因政府信息公开被提起行政诉讼5件，其中直接起诉3件、复议后起诉2件。",
     {("litigation", "total", 5), ("litigation.direct", "total", 3),
      ("litigation.after_review", "total", 2)}),
    ("被提起信息公开行政诉讼4件（未经复议直接起诉3件，经复议后起诉1件）。",
     {("litigation", "total", 4), ("litigation.direct", "total", 3),
      ("litigation.after_review", "total", 1)}),
    ("涉及政府信息公开的行政诉讼2件，其中未经复议直接提起诉讼的2件。",
     {("litigation", "total", 2), ("litigation.direct", "total", 2)}),
])
def test_suits_split_by_kind(text, expected):
    assert triples(text) == expected


def test_a_courts_ruling_after_the_suits_is_no_review_result():
    text = ("因政府信息公开被申请行政复议2件，维持2件；被提起行政诉讼3件，其中直接起诉2件、"
            "复议后起诉1件，法院判决维持2件。")
    assert triples(text) == {("review", "total", 2), ("review", "upheld", 2),
                             ("litigation", "total", 3), ("litigation.direct", "total", 2),
                             ("litigation.after_review", "total", 1)}


@pytest.mark.parametrize("text", [
    "因政府信息公开被提起行政诉讼1件，为未经复议直接起诉。",
    "涉及信息公开的行政诉讼1件，系未经行政复议直接向法院起诉。",
])
def test_without_reconsideration_is_no_zero_statement(text):
    assert triples(text) == {("litigation", "total", 1), ("litigation.direct", "total", 1)}


# --- zeros under a heading, carry-over denied, complaints after the cases ----------------------

REVIEW0, SUIT0 = ("review", "total", 0), ("litigation", "total", 0)


@pytest.mark.parametrize("text", [
    "五、因政府信息公开引起的行政复议、行政诉讼情况\n没有发生。",
    "四、政府信息公开行政复议、行政诉讼情况\n本年度无。",
    "（四）信息公开行政复议和行政诉讼情况\n全年未发生。",
])
def test_a_bare_denial_under_its_heading(text):
    assert triples(text) == {REVIEW0, SUIT0}


def test_a_bare_denial_under_another_heading_states_no_case():
    assert triples("六、存在的主要问题\n没有发生。") == set()


@pytest.mark.parametrize("text, expected", [
    ("四、收费、复议和诉讼情况\n本年度未收取任何费用。我局没有发生相关的行政复议和行政诉讼。",
     {("fees", "charged", 0), REVIEW0, SUIT0}),
    ("（五）行政诉讼情况\n全年未发生有关的行政诉讼。", {SUIT0}),
    ("五、行政复议、行政诉讼和举报投诉情况\n本局全年未发生行政复议。也没有接到举报。",
     {REVIEW0, ("complaints", "total", 0)}),
])
def test_cases_denied_in_their_section(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text", [
    # no section on cases, no disclosure words: whose cases is not said
    "我局没有发生相关的行政复议和行政诉讼。",
    # the section is another one
    "六、存在的主要问题\n本局全年没有发生行政诉讼，但干部法治意识仍需加强。",
])
def test_cases_denied_outside_their_section_state_nothing(text):
    assert triples(text) == set()


@pytest.mark.parametrize("text, expected", [
    ("本年度未收到政府信息公开申请，无上年结转。",
     {("requests.new", "total", 0), ("requests.carried_in", "total", 0)}),
    ("全年新收政府信息公开申请4件，办结4件，无结转。",
     {("requests.new", "total", 4), outcome("total", 4), ("requests.carried_out", "total", 0)}),
    ("本年度收到信息公开申请3件，均已答复，没有结转到下一年度的申请。",
     {("requests.new", "total", 3), ("requests.carried_out", "total", 0)}),
])
def test_no_carry_over(text, expected):
    assert triples(text) == expected


def test_no_carry_over_outside_requests_is_no_zero():
    assert triples("本年度项目资金无结转。") == set()


@pytest.mark.parametrize("text, expected", [
    ("因政府信息公开被申请行政复议1件，结果维持1件。全年未收到举报投诉。",
     {("review", "total", 1), ("review", "upheld", 1), ("complaints", "total", 0)}),
    ("涉及信息公开的行政诉讼2件，均在审理中。收到举报投诉1件，已核实处理。",
     {("litigation", "total", 2), ("complaints", "total", 1)}),
])
def test_complaints_after_a_sentence_about_disclosure_cases(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text", [
    "全年未收到举报投诉。",
    "全年受理市场投诉举报1500件，办结率100%。",
])
def test_complaints_alone_are_not_about_disclosure(text):
    assert triples(text) == set()


# --- closed and carried in a pre-2019 report; applicants in brackets ---------------------------

@pytest.mark.parametrize("text, expected", [
    ("本年度受理政府信息公开申请40件。已办结37件，另有3件正在办理并结转至2017年。",
     {("requests.new", "total", 40), outcome("total", 37), ("requests.carried_out", "total", 3)}),
    ("本年度受理政府信息公开申请12件。共办结10件，还有2件尚未办结，转入下年度。",
     {("requests.new", "total", 12), outcome("total", 10), ("requests.carried_out", "total", 2)}),
])
def test_closed_beside_the_rest_carried_over_is_every_answer(text, expected):
    assert triples(text, 2016) == expected


@pytest.mark.parametrize("text, year", [
    ("本年度新收政府信息公开申请30件，上年结转2件。办理完毕29件，结转下年度3件。", 2022),
    ("本年度新收政府信息公开申请30件，上年结转2件。全年处理完毕29件，另有3件结转至2017年。", 2016),
])
def test_closed_in_other_words(text, year):
    assert triples(text, year) == {("requests.new", "total", 30), ("requests.carried_in", "total", 2),
                                   outcome("total", 29), ("requests.carried_out", "total", 3)}


def test_closed_alone_before_2019_stays_an_indicator_of_its_own():
    assert triples("本年度受理政府信息公开申请12件，已办结10件。", 2016) == \
        {("requests.new", "total", 12)}


@pytest.mark.parametrize("text, expected", [
    ("全年新收政府信息公开申请20件（自然人17件、商业企业3件）。",
     {("requests.new", "total", 20), ("requests.new", "natural_person", 17),
      ("requests.new", "org_business", 3)}),
    ("本年度收到信息公开申请9件(公民申请8件，法律服务机构1件)。",
     {("requests.new", "total", 9), ("requests.new", "natural_person", 8),
      ("requests.new", "org_legal_service", 1)}),
])
def test_applicants_listed_in_brackets(text, expected):
    assert triples(text) == expected


# --- counts without a numeral, implied for a count just stated ---------------------------------

REQ = "政府信息公开申请"


@pytest.mark.parametrize("text, expected", [
    (f"本年度共收到{REQ}3件，均为申请人到窗口当面提出。",
     {("requests.new", "total", 3), ("requests.channel", "req_in_person", 3)}),
    (f"全年受理{REQ}4件，全部通过网络提交。",
     {("requests.new", "total", 4), ("requests.channel", "req_online", 4)}),
    (f"今年收到{REQ}1件，系公民以信函方式提出。",
     {("requests.new", "total", 1), ("requests.channel", "req_letter", 1),
      ("requests.new", "natural_person", 1)}),
    (f"全年受理{REQ}2件，均为自然人网上申请。",
     {("requests.new", "total", 2), ("requests.channel", "req_online", 2),
      ("requests.new", "natural_person", 2)}),
    # several requests without 均: not said to be all of one kind
    (f"今年收到{REQ}3件，为当面提出。", {("requests.new", "total", 3)}),
])
def test_every_request_of_one_kind(text, expected):
    assert triples(text, 2012) == expected


@pytest.mark.parametrize("text, expected", [
    (f"全年收到{REQ}1件，已在法定期限内答复，答复结果为予以公开。",
     {("requests.new", "total", 1), outcome("granted", 1)}),
    (f"本年度受理{REQ}2件，办理结果均为“部分公开”。",
     {("requests.new", "total", 2), outcome("partial", 2)}),
    (f"全年收到{REQ}3件，均予以公开。",
     {("requests.new", "total", 3), outcome("granted", 3)}),
    (f"全年收到{REQ}1件，答复结果为本机关不掌握相关政府信息。",
     {("requests.new", "total", 1), outcome("unable.not_held", 1)}),
])
def test_an_outcome_for_every_request(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text", [
    # several requests, one answer named without 均: which of them is unknown
    f"全年收到{REQ}3件，答复结果为同意公开。",
    # requests from last year answered too: the outcomes are of more requests than received
    f"全年收到{REQ}2件（另有上年结转1件），均予以公开。",
])
def test_no_outcome_when_the_count_it_would_take_is_not_plain(text):
    assert not {f for f in triples(text) if f[0] == "requests.outcome"}


@pytest.mark.parametrize("text, expected", [
    ("因政府信息公开被申请行政复议1件，复议机关维持了原具体行政行为。",
     {("review", "total", 1), ("review", "upheld", 1)}),
    ("涉及政府信息公开的行政复议2件，均被维持。",
     {("review", "total", 2), ("review", "upheld", 2)}),
    ("因政府信息公开被申请行政复议1件，目前尚在审理中。",
     {("review", "total", 1), ("review", "pending", 1)}),
    # two cases, one result without 均: nothing for the result
    ("因政府信息公开被申请行政复议2件，结果维持。", {("review", "total", 2)}),
])
def test_a_result_for_every_review(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("被提起信息公开行政诉讼4件（直接起诉3件，复议后起诉1件），均在审理中。",
     {("litigation", "total", 4), ("litigation.direct", "total", 3),
      ("litigation.direct", "pending", 3), ("litigation.after_review", "total", 1),
      ("litigation.after_review", "pending", 1)}),
    ("因政府信息公开被提起行政诉讼2件，其中直接起诉1件，法院判决驳回原告诉讼请求；"
     "复议后起诉1件，尚未审结。",
     {("litigation", "total", 2), ("litigation.direct", "total", 1),
      ("litigation.direct", "upheld", 1), ("litigation.after_review", "total", 1),
      ("litigation.after_review", "pending", 1)}),
    # without 均 after the bracket, no item takes the result
    ("被提起信息公开行政诉讼3件（直接起诉2件，复议后起诉1件），已审结1件。",
     {("litigation", "total", 3), ("litigation.direct", "total", 2),
      ("litigation.after_review", "total", 1)}),
])
def test_a_result_for_every_suit_of_a_kind(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text", [
    "政务服务中心全年办结各类事项15000件，办理结果中，予以公开办件1200件。",
    "全年办结群众信访事项30件，不予处理2件。",
])
def test_another_caseload_closed_is_no_request_text(text):
    assert not {f for f in triples(text) if f[0].startswith("requests.")}


def test_another_caseload_after_disclosure_cases_is_no_complaint_count():
    text = "因政府信息公开被申请行政复议1件。全年受理群众投诉举报1200件，办结率100%。"
    assert triples(text) == {("review", "total", 1)}


@pytest.mark.parametrize("text, expected", [
    ("因政府信息公开被提起行政诉讼1件，为未经复议直接起诉，法院判决维持。",
     {("litigation", "total", 1), ("litigation.direct", "total", 1),
      ("litigation.direct", "upheld", 1)}),
    ("涉及政府信息公开的行政诉讼2件，均系经复议后提起诉讼。",
     {("litigation", "total", 2), ("litigation.after_review", "total", 2)}),
    # two suits, one kind named without 均: which of them is unknown
    ("涉及政府信息公开的行政诉讼2件，为直接起诉。", {("litigation", "total", 2)}),
])
def test_the_kind_of_every_suit(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    (f"全年收到{REQ}5件，上年无结转。",
     {("requests.new", "total", 5), ("requests.carried_in", "total", 0)}),
    (f"全年收到{REQ}5件，无上年度结转申请。",
     {("requests.new", "total", 5), ("requests.carried_in", "total", 0)}),
])
def test_no_carry_in_with_the_year_before_or_after_the_denial(text, expected):
    assert triples(text) == expected


def test_one_request_granted_without_the_word_all():
    assert triples(f"全年收到{REQ}1件，已依法予以公开。") == \
        {("requests.new", "total", 1), outcome("granted", 1)}


def test_a_list_of_the_templates_outcome_rows_speaks_of_requests_alone():
    text = "全年新收政府信息公开申请30件。\n（一）情况说明\n予以公开20件，部分公开3件，无法提供5件。"
    assert triples(text) == {("requests.new", "total", 30), outcome("granted", 20),
                             outcome("partial", 3), outcome("unable.total", 5)}
    # one row name alone is no list
    assert outcome("granted", 20) not in triples("（一）情况说明\n予以公开20件。")


@pytest.mark.parametrize("text, key, value", [
    (f"收到{REQ}6件，予以公开4件，不予处理2件，均为重复申请。", "reject.duplicate", 2),
    (f"收到{REQ}6件，予以公开5件，不予处理1件，系要求提供公开出版物。", "reject.publication", 1),
    # two refusals, a reason without 均: which of them is unknown
    (f"收到{REQ}6件，予以公开4件，不予处理2件，为重复申请。", "reject.total", 2),
])
def test_a_reason_in_the_clause_after_an_outcome(text, key, value):
    # the count is the outcome's total whatever its reason, and the sub-row's when the reason is sure
    assert triples(text) == {("requests.new", "total", 6), outcome("granted", 6 - value),
                             outcome("reject.total", value), outcome(key, value)}


def test_other_handling_with_its_reason_in_the_next_clause():
    text = f"收到{REQ}3件，予以公开2件，其他处理1件，系申请人逾期未补正。"
    assert outcome("other.no_correction", 1) in triples(text, 2023)


def test_a_section_ends_at_the_next_numbered_heading_even_one_run_on_into_text():
    text = ("四、政府信息公开行政复议、行政诉讼情况\n本年度未发生行政复议。\n"
            "五、存在的问题：一是宣传不够。我单位没有发生行政诉讼，但仍需加强。")
    assert triples(text) == {REVIEW0}


# --- 宗 as the unit of requests (Guangdong and elsewhere) ----------------------------------------

@pytest.mark.parametrize("text, year, expected", [
    ("全年共受理政府信息公开申请4宗，其中网上申请3宗，当面申请1宗。已答复4宗：同意公开3宗，所申请信息不存在1宗。",
     2010, {("requests.new", "total", 4), ("requests.channel", "req_online", 3),
            ("requests.channel", "req_in_person", 1), outcome("total", 4), outcome("granted", 3),
            outcome("unable.not_exist", 1)}),
    ("本年度共收到政府信息公开申请５宗，上年结转０宗，均已按时办结：予以公开２宗，"
     "无法提供（本机关不掌握）２宗，不予处理（信访举报投诉类）１宗。",
     2022, {("requests.new", "total", 5), ("requests.carried_in", "total", 0), outcome("granted", 2),
            outcome("unable.not_held", 2), outcome("reject.petition", 1)}),
    # the sentence with the outcomes never says 申请: the heading above it does
    ("二、依申请公开情况\n本年度受理申请6宗。同意公开4宗，同意部分公开2宗。",
     2015, {("requests.new", "total", 6), outcome("granted", 4), outcome("partial", 2)}),
    # reconsideration counted in 宗 beside requests
    ("全年受理政府信息公开申请3宗，同意公开3宗。因政府信息公开被申请行政复议1宗，复议机关维持原答复。",
     2013, {("requests.new", "total", 3), outcome("granted", 3), ("review", "total", 1),
            ("review", "upheld", 1)}),
    # land named in the sentence, the requests named too: the requests' count stands
    ("全年共受理政府信息公开申请8宗，主要涉及征地补偿、土地出让等方面。",
     2016, {("requests.new", "total", 8)}),
])
def test_requests_counted_in_zong(text, year, expected):
    assert triples(text, year) == expected


@pytest.mark.parametrize("text, expected", [
    # parcels, deals, registrations and crimes counted in 宗 near requests are no requests
    ("全年共受理政府信息公开申请3宗。全年依法出让土地5宗，公开土地出让结果5宗。", {("requests.new", "total", 3)}),
    ("二、依申请公开情况\n全年办理不动产登记申请300宗，同意公开出让地块3宗。", set()),
    ("二、依申请公开情况\n查处违法用地案件12宗，均已公开处理结果。", set()),
    # no disclosure request anywhere near: 宗 counts something else
    ("全年共受理群众来信12宗，已答复12宗。", set()),
])
def test_zong_counting_other_things_gives_no_request(text, expected):
    assert triples(text, 2016) == expected


# --- the outcome total stated count first ----------------------------------------------------

@pytest.mark.parametrize("text, answered", [
    ("（一）申请情况：全年共受理政府信息公开申请19件。（二）申请处理情况：19件申请均已答复。", 19),
    ("全年共受理政府信息公开申请12件，上年结转2件。上述14件申请均已按时答复完毕。", 14),
    ("全年共受理政府信息公开申请9件，对上述9件申请全部依法予以答复。", 9),
    ("全年共受理政府信息公开申请7件，7件申请已全部办结。", 7),
])
def test_answered_requests_counted_first(text, answered):
    assert outcome("total", answered) in triples(text, 2012)


@pytest.mark.parametrize("text", [
    "全年共受理政府信息公开申请19件，19件申请中有3件尚未办结。",
    "全年共收到政府信息公开申请12件，均已按时答复。",       # received, answers not said complete
    "全年共受理群众来信19件，19件来信均已答复。",
])
def test_no_answered_total_without_every_request_answered(text):
    assert not {f for f in triples(text, 2012) if f[:2] == ("requests.outcome", "total")}


# --- channels after 其中 in a sentence that never says 信息公开 ---------------------------------

@pytest.mark.parametrize("text, expected", [
    ("二、依申请公开情况\n全年受理申请40件，较上年增加8件。其中网上申请25件、信函申请10件、当面申请5件。",
     {("requests.new", "total", 40), ("requests.channel", "req_online", 25),
      ("requests.channel", "req_letter", 10), ("requests.channel", "req_in_person", 5)}),
    ("三、依申请公开政府信息情况\n本年度共受理申请11件，比上年减少2件。其中，当面申请7件，信函申请4件。",
     {("requests.new", "total", 11), ("requests.channel", "req_in_person", 7),
      ("requests.channel", "req_letter", 4)}),
])
def test_channels_under_a_heading_on_requests(text, expected):
    assert triples(text, 2014) == expected


def test_channels_under_another_heading_are_no_requests():
    text = "二、行政审批情况\n全年受理申请40件，较上年增加8件。其中网上申请25件、当面申请15件。"
    assert triples(text, 2014) == set()


# --- no requests carried over, in longer wordings --------------------------------------------

@pytest.mark.parametrize("tail", ["无结转下年度办理的申请", "无转入下年度的申请", "没有结转到下一年度办理的申请",
                                  "无需要结转下年度的政府信息公开申请"])
def test_no_carry_over_in_longer_wordings(tail):
    text = f"全年共收到政府信息公开申请6件，予以公开6件，{tail}。"
    assert triples(text, 2017) == {("requests.new", "total", 6), outcome("granted", 6),
                                   ("requests.carried_out", "total", 0)}


def test_nothing_taken_in_is_no_carry_over():
    # 转入 without the next year may speak of requests coming in
    text = "全年共收到政府信息公开申请6件，予以公开6件，无转入的申请。"
    assert ("requests.carried_out", "total", 0) not in triples(text, 2017)


# --- the reason of a refusal in brackets after its count ------------------------------------

@pytest.mark.parametrize("text, year, expected", [
    ("不予公开2件（保护第三方合法权益）", 2023, {outcome("deny.total", 2), outcome("deny.third_party", 2)}),
    ("不予公开3件（均属于四类过程性信息）", 2023, {outcome("deny.total", 3), outcome("deny.process_info", 3)}),
    ("不予公开1件，属于国家秘密", 2023, {outcome("deny.total", 1), outcome("deny.state_secret", 1)}),
    ("不同意公开2件（均涉及商业秘密）", 2014, {outcome("deny.total", 2), outcome("deny.trade_secret", 2)}),
    ("不予处理5件（均为重复申请）", 2023, {outcome("reject.total", 5), outcome("reject.duplicate", 5)}),
    # a reason before the count: the count is that sub-row's alone
    ("不予公开（属于行政执法案卷）1件", 2023, {outcome("deny.enforcement_file", 1)}),
    # a breakdown with counts of its own: the total, then each item
    ("不予公开3件（其中涉及国家秘密1件、第三方合法权益2件）", 2023,
     {outcome("deny.total", 3), outcome("deny.state_secret", 1), outcome("deny.third_party", 2)}),
    # a reason that names no sub-row: the total alone
    ("不予公开2件（已书面说明理由）", 2023, {outcome("deny.total", 2)}),
])
def test_refusal_reason_after_its_count(text, year, expected):
    facts = triples(f"全年收到{REQ}9件，办理结果：{text}。", year)
    assert facts - {("requests.new", "total", 9)} == expected


# --- suit results by the kind of suit named before them --------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("因政府信息公开被提起行政诉讼2件，均为未经复议直接起诉，1件维持，1件尚未审结。",
     {("litigation", "total", 2), ("litigation.direct", "total", 2), ("litigation.direct", "upheld", 1),
      ("litigation.direct", "pending", 1)}),
    ("行政诉讼方面，未经复议直接起诉3件，其中2件驳回诉讼请求，1件尚未审结；复议后起诉0件。",
     {("litigation.direct", "total", 3), ("litigation.direct", "upheld", 2),
      ("litigation.direct", "pending", 1), ("litigation.after_review", "total", 0)}),
    ("因政府信息公开引发的复议后起诉2件，其中1件被依法纠错，1件维持原行政行为。",
     {("litigation.after_review", "total", 2), ("litigation.after_review", "corrected", 1),
      ("litigation.after_review", "upheld", 1)}),
    # both kinds named before the results: whose results they are is unknown
    ("因政府信息公开被提起行政诉讼3件，其中直接起诉2件、复议后起诉1件，2件维持，1件尚未审结。",
     {("litigation", "total", 3), ("litigation.direct", "total", 2), ("litigation.after_review", "total", 1)}),
    # no kind named: no result by kind
    ("因政府信息公开被提起行政诉讼2件，1件维持，1件尚未审结。", {("litigation", "total", 2)}),
])
def test_suit_results_by_the_kind_named(text, expected):
    assert triples(text, 2023) == expected


@pytest.mark.parametrize("text, value", [
    ("本年度发生政府信息公开类行政复议1件（结果维持）。", 1),
    ("本年度因政府信息公开被申请行政复议3件（结果均为维持）。", 3),
    ("本年度因政府信息公开被申请行政复议2件，复议均维持原答复。", 2),
    ("本年度因政府信息公开被申请行政复议2件，结果均为维持。", 2),
])
def test_review_results_said_briefly(text, value):
    assert triples(text, 2015) == {("review", "total", value), ("review", "upheld", value)}


def test_a_bracket_with_counts_of_its_own_is_no_result_for_all():
    text = "本年度因政府信息公开被申请行政复议3件（其中维持2件）。"
    assert triples(text, 2015) == {("review", "total", 3), ("review", "upheld", 2)}


# --- told to ask another body: the information is held elsewhere ----------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年受理政府信息公开申请6宗，同意公开3宗，因所申请信息不属于本局职责范围，告知申请人向有关部门申请3宗。",
     {("requests.new", "total", 6), outcome("granted", 3), outcome("unable.not_held", 3)}),
    ("全年受理政府信息公开申请6件，告知申请人向相关部门咨询2件，告知其向区住建局申请1件，同意公开3件。",
     {("requests.new", "total", 6), outcome("unable.not_held", 2), outcome("unable.not_held", 1),
      outcome("granted", 3)}),
    ("全年受理政府信息公开申请5件，其中4件予以公开，1件告知申请人向其他行政机关申请。",
     {("requests.new", "total", 5), outcome("granted", 4), outcome("unable.not_held", 1)}),
])
def test_told_to_ask_another_body(text, expected):
    assert triples(text, 2012) == expected


def test_told_how_to_get_it_is_no_other_bodys_information():
    text = "全年受理政府信息公开申请5件，属于已主动公开范围的，告知获取途径2件，同意公开3件。"
    assert outcome("unable.not_held", 2) not in triples(text, 2012)


# --- a request's channel or applicant in brackets, a channel's bare name in a list ----------

@pytest.mark.parametrize("text, expected", [
    ("本年度受理政府信息公开申请1件（信函申请），已按期答复。",
     {("requests.new", "total", 1), ("requests.channel", "req_letter", 1)}),
    ("全年收到依申请公开1件（自然人）。",
     {("requests.new", "total", 1), ("requests.new", "natural_person", 1)}),
    ("全年收到政府信息公开申请3件（均为网上申请）。",
     {("requests.new", "total", 3), ("requests.channel", "req_online", 3)}),
    ("全年收到政府信息公开申请1件（企业通过传真提交）。",
     {("requests.new", "total", 1), ("requests.channel", "req_fax", 1),
      ("requests.new", "org_business", 1)}),
    # several requests, no 均: the bracket may name only some of them
    ("全年收到政府信息公开申请3件（网上申请），已按期答复。", {("requests.new", "total", 3)}),
    # a bracket naming no channel or applicant
    ("全年收到政府信息公开申请1件（同比持平）。", {("requests.new", "total", 1)}),
    ("全年收到政府信息公开申请1件（网上申请为主）。", {("requests.new", "total", 1)}),
    # a bracket with counts of its own is a breakdown, read item by item
    ("全年收到政府信息公开申请4件（企业1件、自然人3件）。",
     {("requests.new", "total", 4), ("requests.new", "org_business", 1),
      ("requests.new", "natural_person", 3)}),
])
def test_a_requests_kind_in_brackets(text, expected):
    assert triples(text, 2019) == expected


@pytest.mark.parametrize("text, expected", [
    ("全年受理依申请公开20件，其中当面提交2件、信函6件、网上申请12件。",
     {("requests.new", "total", 20), ("requests.channel", "req_in_person", 2),
      ("requests.channel", "req_letter", 6), ("requests.channel", "req_online", 12)}),
    ("本年度收到政府信息公开申请9件，其中网上5件、来信3件、现场1件。",
     {("requests.new", "total", 9), ("requests.channel", "req_online", 5),
      ("requests.channel", "req_letter", 3), ("requests.channel", "req_in_person", 1)}),
    ("本年度收到政府信息公开申请9件，通过信函方式7件，当面2件。",
     {("requests.new", "total", 9), ("requests.channel", "req_letter", 7),
      ("requests.channel", "req_in_person", 2)}),
])
def test_a_channels_bare_name_in_a_list(text, expected):
    assert triples(text, 2019) == expected


@pytest.mark.parametrize("text", [
    "本年度收到政府信息公开申请9件。全年处理网络舆情5件，信函回复3件。",
    "全年收到来信5件，网上留言3件。",
])
def test_channel_words_of_other_things_are_no_channels(text):
    assert not {t for t in triples(text, 2019) if t[0] == "requests.channel"}


# --- an outcome without a count of its own, for every request counted ------------------------

@pytest.mark.parametrize("text, expected", [
    ("本年度收到政府信息公开申请1件（自然人），予以公开。",
     {("requests.new", "total", 1), ("requests.new", "natural_person", 1), outcome("granted", 1)}),
    ("本年度共收到政府信息公开申请3件，均已在法定期限内答复，予以公开。",
     {("requests.new", "total", 3), outcome("granted", 3)}),
    ("本年度共收到政府信息公开申请2件，均为自然人通过网络提出，均已按期答复，同意公开。",
     {("requests.new", "total", 2), ("requests.new", "natural_person", 2),
      ("requests.channel", "req_online", 2), outcome("granted", 2)}),
    ("全年受理政府信息公开申请4件，均予以公开。",
     {("requests.new", "total", 4), outcome("granted", 4)}),
    # several requests, nothing saying all of them: the outcome may be some of them
    ("本年度共收到政府信息公开申请3件，已按期答复，予以公开。", {("requests.new", "total", 3)}),
    # a count of their own: read as counts
    ("本年度共收到政府信息公开申请3件，均已按期答复，其中予以公开2件。",
     {("requests.new", "total", 3), outcome("granted", 2)}),
])
def test_an_outcome_after_a_clause_saying_all(text, expected):
    assert triples(text, 2021) == expected


# --- reconsideration results after a list of case counts ---------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("因政府信息公开被申请行政复议3宗、行政诉讼1宗，复议均维持原答复，诉讼尚在审理中。",
     {("review", "total", 3), ("review", "upheld", 3), ("litigation", "total", 1)}),
    ("因政府信息公开被申请行政复议2件和被提起行政诉讼1件，复议结果均为维持。",
     {("review", "total", 2), ("review", "upheld", 2), ("litigation", "total", 1)}),
    ("因政府信息公开被申请行政复议1件、行政诉讼1件，复议机关撤销原答复。",
     {("review", "total", 1), ("review", "corrected", 1), ("litigation", "total", 1)}),
    # the result names no measure: reconsideration or suit, unsaid
    ("因政府信息公开被申请行政复议2件、行政诉讼1件，均维持原答复。",
     {("review", "total", 2), ("litigation", "total", 1)}),
    # two reviews, no 均: some of them
    ("因政府信息公开被申请行政复议2件、行政诉讼1件，复议维持原答复。",
     {("review", "total", 2), ("litigation", "total", 1)}),
])
def test_review_results_after_the_suits_listed(text, expected):
    assert triples(text, 2016) == expected


# --- the E3 其他处理 sub-rows with the body named ---------------------------------------------

@pytest.mark.parametrize("text, key", [
    ("全年办结政府信息公开申请5件：予以公开4件，申请人逾期不补正、本机关不再处理1件。", "other.no_correction"),
    ("全年办结政府信息公开申请5件：予以公开4件，申请人逾期未补正、本局不再处理的1件。", "other.no_correction"),
    ("全年办结政府信息公开申请5件：予以公开4件，申请人逾期不补正，本机关不再处理其申请1件。", "other.no_correction"),
    ("全年办结政府信息公开申请5件：予以公开4件，逾期不缴纳信息处理费、本单位不再处理的1件。", "other.fee_unpaid"),
])
def test_other_handling_sub_rows_with_the_body_named(text, key):
    assert triples(text, 2023) == {outcome("total", 5), outcome("granted", 4), outcome(key, 1)}


def test_no_longer_handled_without_a_reason_is_no_sub_row():
    text = "全年办结政府信息公开申请5件：予以公开4件，本机关不再处理1件。"
    outcomes = {t for t in triples(text, 2023) if t[0] == "requests.outcome"}
    assert outcomes == {outcome("total", 5), outcome("granted", 4)}


# --- zeros: a qualifier, the passive, two denials in one clause, a heading on requests -------

@pytest.mark.parametrize("text, expected", [
    ("全年未发生政务公开类行政复议和行政诉讼。", {("review", "total", 0), ("litigation", "total", 0)}),
    ("本年度没有发生政务公开方面的行政复议。", {("review", "total", 0)}),
    ("被申请行政复议1件，结果维持；未被提起行政诉讼。",
     {("review", "total", 1), ("review", "upheld", 1), ("litigation", "total", 0)}),
    ("行政诉讼2件；未被申请行政复议。", {("litigation", "total", 2), ("review", "total", 0)}),
    ("本年度未接到政府信息公开申请且未发生行政复议、行政诉讼。",
     {("requests.new", "total", 0), ("review", "total", 0), ("litigation", "total", 0)}),
    ("全年未收到信息公开申请，也未收取任何费用。",
     {("requests.new", "total", 0), ("fees", "charged", 0)}),
    ("本年度没有政府信息公开申请，同时没有收取费用。",
     {("requests.new", "total", 0), ("fees", "charged", 0)}),
])
def test_zeros_in_more_wordings(text, expected):
    assert triples(text, 2023) == expected


@pytest.mark.parametrize("heading", ["三、政府信息依申请公开办理情况", "（二）依申请公开情况",
                                     "二、收到和处理政府信息公开申请情况"])
@pytest.mark.parametrize("denial", ["没有收到过相关申请。", "本年度未收到申请。", "全年未接到任何申请。"])
def test_no_request_under_a_heading_on_requests(heading, denial):
    assert triples(f"{heading}\n{denial}\n", 2016) == {("requests.new", "total", 0)}


@pytest.mark.parametrize("heading", ["四、政府信息公开的收费及减免情况", "五、存在的主要问题"])
def test_a_denial_of_requests_under_another_heading_is_no_zero(heading):
    assert triples(f"{heading}\n没有收到过相关申请。\n", 2016) == set()


def test_a_denial_beside_cases_of_another_kind_is_no_zero_without_them():
    # no count of cases beside it, no heading, no disclosure named: any suit at all
    assert triples("本单位全年未被提起行政诉讼。", 2023) == set()


# --- the kind of suit in brackets ----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("行政诉讼（未经复议直接起诉）2件，均尚未审结。",
     {("litigation", "total", 2), ("litigation.direct", "total", 2), ("litigation.direct", "pending", 2)}),
    ("因政府信息公开被提起行政诉讼（复议后起诉）1件，法院判决驳回诉讼请求。",
     {("litigation", "total", 1), ("litigation.after_review", "total", 1),
      ("litigation.after_review", "upheld", 1)}),
    ("因政府信息公开被提起行政诉讼（经复议后起诉）3件，其中维持2件，尚未审结1件。",
     {("litigation", "total", 3), ("litigation.after_review", "total", 3),
      ("litigation.after_review", "upheld", 2), ("litigation.after_review", "pending", 1)}),
    ("因政府信息公开被提起行政诉讼1件（直接起诉），结果维持。",
     {("litigation", "total", 1), ("litigation.direct", "total", 1), ("litigation.direct", "upheld", 1)}),
    ("因政府信息公开被提起行政诉讼2件（均为未经复议直接起诉），均尚未审结。",
     {("litigation", "total", 2), ("litigation.direct", "total", 2), ("litigation.direct", "pending", 2)}),
    # two suits, a kind in brackets without 均: not said of both
    ("因政府信息公开被提起行政诉讼2件（未经复议直接起诉），结果维持。", {("litigation", "total", 2)}),
])
def test_the_kind_of_suit_in_brackets(text, expected):
    assert triples(text, 2023) == expected


# --- requests closed after those carried in: the year's account, before the 2019 template ----

@pytest.mark.parametrize("text, expected", [
    ("受理依申请公开事项12宗，上年结转3宗，共办结15宗。",
     {("requests.new", "total", 12), ("requests.carried_in", "total", 3), outcome("total", 15)}),
    ("全年收到政府信息公开申请20件，上年度遗留2件，已办结21件。",
     {("requests.new", "total", 20), ("requests.carried_in", "total", 2), outcome("total", 21)}),
    ("全年受理政府信息公开申请8件，2015年结转1件，办结9件。",
     {("requests.new", "total", 8), ("requests.carried_in", "total", 1), outcome("total", 9)}),
    # no account of the year: 申请办结数 is an indicator of its own before 2019
    ("全年受理政府信息公开申请8件，办结7件。", {("requests.new", "total", 8)}),
])
def test_requests_closed_after_those_carried_in(text, expected):
    assert triples(text, 2016) == expected


# --- a none after a clause of the year alone; a running total of requests beside the year's ----

@pytest.mark.parametrize("heading, denial, expected", [
    ("三、政府信息依申请公开办理情况", "2018年，我局无此相关情况。", {("requests.new", "total", 0)}),
    ("（三）依申请公开情况", "本年度，本单位无此类情况发生。", {("requests.new", "total", 0)}),
    ("四、行政复议和行政诉讼情况", "2018年，我局无此类情况。",
     {("review", "total", 0), ("litigation", "total", 0)}),
    # a clause before the none that is no time word stays its topic (here: none of ours)
    ("三、依申请公开情况", "本年度收到咨询电话12个，我局无此类情况。", set()),
])
def test_a_none_after_the_year_alone_answers_the_heading(heading, denial, expected):
    assert triples(f"{heading}\n{denial}\n", 2018) == expected


@pytest.mark.parametrize("text, expected", [
    ("三、依申请公开情况\n2018年，我局无此相关情况（历年累计1件）。\n",
     {("requests.new", "total", 0.0, "annual"), ("requests.new", "total", 1.0, "cumulative")}),
    ("三、依申请公开情况\n本年度受理政府信息公开申请2件（历年累计受理9件），均已按时答复。\n",
     {("requests.new", "total", 2.0, "annual"), ("requests.new", "total", 9.0, "cumulative")}),
    ("全年共收到政府信息公开申请5件，2012年以来累计收到申请21件。",
     {("requests.new", "total", 5.0, "annual"), ("requests.new", "total", 21.0, "cumulative")}),
    # a bare 累计 may be the year's own sum: no reading rather than a guess at its period
    ("全年共收到政府信息公开申请3件（累计12件）。", {("requests.new", "total", 3.0, "annual")}),
    # a running total under a heading on proactive disclosure is no request count
    ("二、主动公开情况\n2018年，我局无此相关情况（历年累计1件）。\n", set()),
])
def test_a_running_total_of_requests_beside_the_year(text, expected):
    assert with_periods(text, year=2018) == expected


# --- review and suits denied together right after a sentence on requests and their answers ------

@pytest.mark.parametrize("before", ["收到自然人申请1件，已按期予以公开。", "全年收到并办结申请2件。",
                                    "本年度收到申请3件，均已按时答复。"])
@pytest.mark.parametrize("denial", ["行政复议、行政诉讼均为0。", "行政复议和行政诉讼均为零。",
                                    "未发生行政复议、行政诉讼。"])
def test_cases_denied_after_a_sentence_on_requests(before, denial):
    found = {t for t in triples(before + denial, 2021) if t[0] in ("review", "litigation")}
    assert found == {("review", "total", 0), ("litigation", "total", 0)}


@pytest.mark.parametrize("text", [
    "全年办理12345工单465件，均已办结。行政复议、行政诉讼均为0。",      # a caseload of another kind
    "全年开展执法检查50次。行政复议、行政诉讼均为0。",
    "本年度收到申请3件，均已按时答复。因行政处罚引起的行政复议、行政诉讼均为0。",
])
def test_cases_denied_after_other_work_are_no_zero(text):
    assert {t for t in triples(text, 2021) if t[0] in ("review", "litigation")} == set()


# --- the way of asking named before the channel list (申请方式为当面申请2件、网上申请3件) -------------

@pytest.mark.parametrize("text, expected", [
    ("三、依申请公开情况\n本年度收到政府信息公开申请5件，申请方式为当面申请2件、网上申请3件。\n",
     {("requests.new", "total", 5), ("requests.channel", "req_in_person", 2),
      ("requests.channel", "req_online", 3)}),
    ("三、依申请公开情况\n本年度收到政府信息公开申请4件，受理方式主要为当面申请1件、信函申请3件。\n",
     {("requests.new", "total", 4), ("requests.channel", "req_in_person", 1),
      ("requests.channel", "req_letter", 3)}),
    ("三、依申请公开情况\n全年收到申请3件，提交渠道为：网上申请2件、当面申请1件。\n",
     {("requests.new", "total", 3), ("requests.channel", "req_online", 2),
      ("requests.channel", "req_in_person", 1)}),
])
def test_the_way_of_asking_before_the_channel_list(text, expected):
    assert triples(text, 2017) == expected
