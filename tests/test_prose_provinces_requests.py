"""Requests, outcomes, reconsideration, suits and complaints in the wording of other provinces
(issue 12): each family in several wordings of our own, with the exact set of facts expected,
and neighbours that must give none."""
from __future__ import annotations

import pytest
from ogi.extract.prose import extract_prose
from ogi.model import Document, Metadata
from ogi.normalise import normalise


def triples(text: str, year: int = 2022) -> set[tuple[str, str, float]]:
    doc = Document("t.txt", "t", "txt", normalise(text), text)
    return {(f.measure, f.key, f.value)
            for f in extract_prose(doc, Metadata(report_year=year), template="free_text")}


def outcome(key: str, value: float) -> tuple[str, str, float]:
    return ("requests.outcome", key, value)


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
    # a reason without a count of its own still names the sub-row
    ("收到政府信息公开申请5件，不予处理2件（均为重复申请），予以公开3件。",
     {("requests.new", "total", 5), outcome("reject.duplicate", 2), outcome("granted", 3)}),
])
def test_a_breakdown_in_brackets_leaves_the_outcome_its_total(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("year, key", [(2023, "other.no_correction"), (2020, "other")])
def test_other_handling_with_one_reason_in_brackets(year, key):
    text = "收到政府信息公开申请8件。其他处理2件（均为申请人逾期未补正），予以公开6件。"
    assert triples(text, year) == {("requests.new", "total", 8), outcome(key, 2), outcome("granted", 6)}


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
    assert triples(text) == {("requests.new", "total", 6), outcome("granted", 6 - value),
                             outcome(key, value)}


def test_other_handling_with_its_reason_in_the_next_clause():
    text = f"收到{REQ}3件，予以公开2件，其他处理1件，系申请人逾期未补正。"
    assert outcome("other.no_correction", 1) in triples(text, 2023)


def test_a_section_ends_at_the_next_numbered_heading_even_one_run_on_into_text():
    text = ("四、政府信息公开行政复议、行政诉讼情况\n本年度未发生行政复议。\n"
            "五、存在的问题：一是宣传不够。我单位没有发生行政诉讼，但仍需加强。")
    assert triples(text) == {REVIEW0}
