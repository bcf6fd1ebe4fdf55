"""Round 12: request prose families (suit results only for suits of a kind named, applicants,
outcome totals, zeros, fees, reasons); each family in wordings of our own, with traps."""
from __future__ import annotations

import pytest
from snippets import NEW, outcome
from snippets import request_triples as triples


def suit(key: str, value: float) -> tuple[str, str, float]:
    return ("litigation", key, value)


# --- suits of no kind named: their total alone (the contract splits results by kind; the
# development labels give prose suits their total only) ---------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("本年度发生涉及政府信息公开的行政诉讼4件（维持2件、纠错2件）。",
     {suit("total", 4)}),
    ("全年因政府信息公开被提起行政诉讼3件，其中2件驳回原告诉讼请求，1件经法院调解原告撤诉。",
     {suit("total", 3)}),
    ("年内发生政府信息公开行政诉讼6件，其中维持或驳回诉讼请求3件、纠错2件、其他情形1件。",
     {suit("total", 6)}),
    ("本年度被提起政府信息公开行政诉讼3件，2件驳回原告诉讼请求，1件尚未审结。",
     {suit("total", 3)}),
    ("本年度因政府信息公开被提起行政诉讼1件，人民法院判决驳回原告诉讼请求。",
     {suit("total", 1)}),
    ("本年度发生政府信息公开行政诉讼1件，经审理，法院驳回原告的诉讼请求。",
     {suit("total", 1)}),
])
def test_suits_of_no_kind_give_their_total_alone(text, expected):
    assert triples(text, year=2016) == expected


@pytest.mark.parametrize("text, expected", [
    # one suit of a kind named, still open at the year's end: the kind's pending
    ("本年度被提起行政诉讼1件，为未经复议直接起诉，至年底尚未审结。",
     {suit("total", 1), ("litigation.direct", "total", 1), ("litigation.direct", "pending", 1)}),
    ("本机关全年被提起政府信息公开行政诉讼1件，系未经复议直接起诉，年末尚未审结。",
     {suit("total", 1), ("litigation.direct", "total", 1), ("litigation.direct", "pending", 1)}),
])
def test_suit_kind_then_pending(text, expected):
    assert triples(text, year=2023) == expected


@pytest.mark.parametrize("text, expected", [
    # two suits and no 均: whose result the court's ruling is, is not said
    ("本年度发生政府信息公开行政诉讼2件，法院驳回原告诉讼请求。", {suit("total", 2)}),
    # suits of both kinds: which kind's result, not said
    ("全年被提起政府信息公开行政诉讼3件，其中直接起诉2件、复议后起诉1件，其中1件驳回原告诉讼请求。",
     {suit("total", 3), ("litigation.direct", "total", 2), ("litigation.after_review", "total", 1)}),
    # the reconsiderations' result said after both counts is theirs alone
    ("因政府信息公开被申请行政复议2起、被提起行政诉讼1起，复议均维持原答复，诉讼仍在审理中。",
     {("review", "total", 2), ("review", "upheld", 2), suit("total", 1)}),
    # reconsiderations and suits counted together: the results are neither's
    ("全市涉及政府信息公开的行政复议、行政诉讼案件9件，结果维持7件，纠错2件。",
     {("legal.combined", "review+litigation", 9)}),
    # reconsideration results stay reconsideration's
    ("全年发生政府信息公开行政复议3件，维持2件，纠错1件。",
     {("review", "total", 3), ("review", "upheld", 2), ("review", "corrected", 1)}),
    # a withdrawn request is no suit's result
    ("全年收到政府信息公开申请3件，其中1件申请人撤回申请。", {(*NEW, 3), outcome("other", 1)}),
])
def test_suit_results_traps(text, expected):
    assert triples(text, year=2016) == expected


# --- applicants counted by who they are after 申请人中 (人次 / 家) ----------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年共受理政府信息公开申请40件，申请人中公民38人次，企业2家。",
     {(*NEW, 40), ("requests.new", "natural_person", 38), ("requests.new", "org_business", 2)}),
    ("本年度收到信息公开申请7件，申请人中自然人6人次、企业1家。",
     {(*NEW, 7), ("requests.new", "natural_person", 6), ("requests.new", "org_business", 1)}),
    ("全年受理政府信息公开申请12件，申请人当中，公民12人次。",
     {(*NEW, 12), ("requests.new", "natural_person", 12)}),
])
def test_askers_among(text, expected):
    assert triples(text, year=2016) == expected


@pytest.mark.parametrize("text, expected", [
    # no requests received said: the people are no applicants of requests counted
    ("接待来访群众30人次，申请人中公民多为外出务工人员。", set()),
    # a count of days after the applicants is none of theirs
    ("全年受理政府信息公开申请5件，申请人中公民均在15个工作日内获得答复。", {(*NEW, 5)}),
])
def test_askers_among_traps(text, expected):
    assert triples(text, year=2016) == expected


# --- the outcome total: 办结N件 before a breakdown, 总计N件 right after the outcome rows --------

@pytest.mark.parametrize("text, year, expected", [
    ("全年收到政府信息公开申请12件，办结12件：属于已主动公开范围2件，同意公开10件。", 2015,
     {(*NEW, 12), outcome("total", 12), outcome("other.already_public", 2), outcome("granted", 10)}),
    ("本年新收政府信息公开申请2件，予以公开1件，部分公开1件，总计2件。", 2024,
     {(*NEW, 2), outcome("granted", 1), outcome("partial", 1), outcome("total", 2)}),
    ("全年受理依申请公开3件，其中予以公开2件，不予公开1件，合计3件。", 2016,
     {(*NEW, 3), outcome("granted", 2), outcome("deny.total", 1), outcome("total", 3)}),
])
def test_outcome_total(text, year, expected):
    assert triples(text, year=year) == expected


def test_outcome_total_trap():
    # a sum of new and carried-in requests is no outcome total
    assert triples("本年收到政府信息公开申请2件，上年结转1件，总计3件。", year=2024) == \
        {(*NEW, 2), ("requests.carried_in", "total", 1)}


# --- not held: 不属于受理机关掌握范围 / 不属于本机关公开职责权限范围 ----------------------------

@pytest.mark.parametrize("text", [
    "全年受理政府信息公开申请5件，其中予以公开4件，不属于本机关公开职责权限范围的1件。",
    "全年受理政府信息公开申请5件，其中予以公开4件，不属于受理机关掌握范围1件。",
    "全年受理政府信息公开申请5件，其中4件予以公开，1件不属于本局职责权限范围。",
])
def test_not_held_remit(text):
    assert triples(text, year=2013) == {(*NEW, 5), outcome("granted", 4), outcome("unable.not_held", 1)}


# --- reconsideration and suits listed, one zero for both (no 均) ------------------------------

@pytest.mark.parametrize("text", [
    "本年度行政复议、行政诉讼0件。",
    "全年因政府信息公开引起的行政复议、行政诉讼0件。",
    "本年度涉及政府信息公开的行政复议和行政诉讼0起。",
])
def test_review_and_suits_zero(text):
    assert triples(text, year=2020) == {("review", "total", 0), ("litigation", "total", 0)}


@pytest.mark.parametrize("text, expected", [
    # a count of its own before: the zero is the suits' alone
    ("本年度因政府信息公开引起的行政复议2件、行政诉讼0件。",
     {("review", "total", 2), ("litigation", "total", 0)}),
    # a sum over both that is no zero: neither's
    ("本年度涉及政府信息公开的行政复议、行政诉讼3件。", {("legal.combined", "review+litigation", 3)}),
])
def test_review_and_suits_zero_traps(text, expected):
    assert triples(text, year=2020) == expected


# --- every row of the requests' table named, one zero for all --------------------------------

ALL4 = {(*NEW, 0), ("requests.carried_in", "total", 0), outcome("total", 0), ("requests.carried_out", "total", 0)}


@pytest.mark.parametrize("text, expected", [
    ("本年新收、上年结转、办理结果及结转下年度各项均为0。", ALL4),
    ("本年新收申请数、上年结转数、办理结果和结转下年度数均为零。", ALL4),
    ("本年度新收、上年结转、办结及结转下年度的政府信息公开申请均为0。", ALL4),
    ("本年新收、上年结转均为0件。", {(*NEW, 0), ("requests.carried_in", "total", 0)}),
    # rows of another table, or a row named twice: none
    ("行政许可、行政处罚、行政强制各项均为0。", set()),
    ("本年新收和新收均为0。", set()),
])
def test_rows_all_zero(text, expected):
    assert triples(text, year=2022) == expected


# --- a fee charged after a clause on spending -------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全市政府信息公开工作支出约90万元；全年收取依申请公开检索、复制费用共计2,400元。",
     {("fees", "charged", 2400)}),
    ("全年信息公开工作经费支出12万元；收取信息检索费、复制费共计820元。", {("fees", "charged", 820)}),
    # the spending alone is no fee
    ("全年政府信息公开工作经费支出约20万元。", set()),
])
def test_fee_after_spending(text, expected):
    assert triples(text, year=2011) == expected


# --- per-request outcomes: the reason, not the procedure; a union of two rows; the rest's ------

@pytest.mark.parametrize("text, expected", [
    # 经征求第三方意见 is how it was decided: the reason is the trade secret
    ("全年受理政府信息公开申请8件，其中同意公开6件，1件申请公开某公司财务数据，涉及商业秘密，"
     "经征求第三方意见后不予公开，1件所申请信息不存在。",
     {(*NEW, 8), outcome("granted", 6), outcome("deny.trade_secret", 1), outcome("unable.not_exist", 1)}),
    ("全年受理政府信息公开申请2件，1件涉及企业商业秘密，经征求权利人意见后不予公开，1件予以公开。",
     {(*NEW, 2), outcome("deny.trade_secret", 1), outcome("granted", 1)}),
    # two rows counted together (或): the first named, as the labels' convention
    ("全年受理政府信息公开申请42件，同意公开35件，信息不存在或非本机关掌握7件。",
     {(*NEW, 42), outcome("granted", 35), outcome("unable.not_exist", 7)}),
    ("全年受理政府信息公开申请10件，同意公开6件，非本机关掌握或者信息不存在4件。",
     {(*NEW, 10), outcome("granted", 6), outcome("unable.not_held", 4)}),
    # the rest provided free: no outcome of the one charged for
    ("全年受理政府信息公开申请3件，均予以公开。对1件需复印大量档案的申请收取复印费50元，其余均免费提供。",
     {(*NEW, 3), outcome("granted", 3), ("fees", "charged", 50)}),
])
def test_request_outcome_reasons(text, expected):
    assert triples(text, year=2009) == expected


# --- one request still open at the year's end, said outright (至年底尚在答复期限内) ------------

@pytest.mark.parametrize("text, expected", [
    ("全年收到政府信息公开申请3件，同意公开2件；另1件至年底尚在答复期限内，将于次年1月答复。",
     {(*NEW, 3), outcome("granted", 2), ("requests.carried_out", "total", 1)}),
    ("全年收到政府信息公开申请5件，予以公开4件，还有1件到年末仍在办理期限内。",
     {(*NEW, 5), outcome("granted", 4), ("requests.carried_out", "total", 1)}),
    # open now, with no year's end named and nothing closed said: not said to be carried over
    ("全年收到政府信息公开申请3件，同意公开2件；另1件尚在答复期限内。",
     {(*NEW, 3), outcome("granted", 2)}),
])
def test_open_at_years_end(text, expected):
    assert triples(text, year=2014) == expected


# --- every request granted, said by the station or office after what was asked ---------------

@pytest.mark.parametrize("text, expected", [
    ("2015年我站收到政府信息公开申请3件，均为本乡农户当面申请，要求公开补贴发放名单，我站已全部予以公开。",
     {(*NEW, 3), ("requests.channel", "req_in_person", 3), outcome("granted", 3)}),
    ("全年我所收到政府信息公开申请2件，均为网上申请，要求公开检测报告，我所均予以公开。",
     {(*NEW, 2), ("requests.channel", "req_online", 2), outcome("granted", 2)}),
    # no 全部 or 均: whose outcome, not said
    ("2015年我站收到政府信息公开申请2件，要求公开补贴名单，我站予以公开。", {(*NEW, 2)}),
])
def test_all_granted_by_station(text, expected):
    assert triples(text, year=2015) == expected


# --- the people, then 个人: every request an individual's (均为市民个人申请) --------------------

@pytest.mark.parametrize("text, expected", [
    ("全年收到政府信息公开申请3件，均为市民个人申请。", {(*NEW, 3), ("requests.new", "natural_person", 3)}),
    ("全年收到政府信息公开申请2件，均为村民个人提出。", {(*NEW, 2), ("requests.new", "natural_person", 2)}),
    ("全年收到政府信息公开申请4件，均为居民个人通过网上提交。",
     {(*NEW, 4), ("requests.new", "natural_person", 4), ("requests.channel", "req_online", 4)}),
    # the people alone name no applicant type of the template
    ("全年收到政府信息公开申请2件，均为市民。", {(*NEW, 2)}),
])
def test_people_as_individuals(text, expected):
    assert triples(text, year=2020) == expected


@pytest.mark.parametrize("text, expected", [
    # 均 after both counts speaks of both: the suits' alone is not read
    ("涉及信息公开的行政复议2件，诉讼3件，均获维持。", {("review", "total", 2), suit("total", 3)}),
    # the one suit's ruling after the reconsiderations' own is no reconsideration result
    ("因政府信息公开被申请行政复议2件（维持1件、纠错1件），被提起行政诉讼1件，法院判决驳回原告诉讼请求。",
     {("review", "total", 2), ("review", "upheld", 1), ("review", "corrected", 1), suit("total", 1)}),
])
def test_suit_results_after_reconsiderations(text, expected):
    assert triples(text, year=2016) == expected
