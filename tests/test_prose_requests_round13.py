"""Round 13: request prose families (pre-2019 third-party refusal rows, review and suits denied
beside the disclosure fee, two closes after a missed correction, 年末结转, outcome totals of the
requests handled or closed); each family in wordings of our own, with traps."""
from __future__ import annotations

import pytest
from snippets import IN, NEW, OUT
from snippets import outcome as out
from snippets import request_triples as triples

# --- 第三方商业秘密 before 2019: the tables' trade-secret row (no third-party row then) -------

@pytest.mark.parametrize("text, year, expected", [
    ("答复情况：予以公开9件，部分公开3件，不予公开2件（均涉及第三方商业秘密）。", 2016,
     {out("granted", 9), out("partial", 3), out("deny.total", 2), out("deny.trade_secret", 2)}),
    ("共收到政府信息公开申请4件，其中予以公开3件；1件因涉及第三方商业秘密不予公开。", 2014,
     {(*NEW, 4), out("granted", 3), out("deny.trade_secret", 1)}),
    ("受理政府信息公开申请五件，四件予以公开，因属于第三方的商业秘密不予公开1件。", 2011,
     {(*NEW, 5), out("granted", 4), out("deny.trade_secret", 1)}),
    # since 2019 the template's third-party row
    ("共收到政府信息公开申请4件，其中予以公开3件；1件因涉及第三方商业秘密不予公开。", 2021,
     {(*NEW, 4), out("granted", 3), out("deny.third_party", 1)}),
])
def test_third_party_trade_secret_by_era(text, year, expected):
    assert triples(text, year=year) == expected


# --- review and suits denied in a sentence naming the disclosure fee -----------------------

ZEROS = {("review", "total", 0), ("litigation", "total", 0), ("fees", "charged", 0)}


@pytest.mark.parametrize("text, expected", [
    ("本年度无行政复议、行政诉讼，未收取信息处理费。", ZEROS),
    ("未收取信息处理费，也未发生行政复议和行政诉讼。", ZEROS),
    ("全年没有行政复议及行政诉讼，依申请公开未收取费用。", ZEROS),
    # traps: no disclosure word at all; a review about land beside the fee
    ("本年度无行政复议、行政诉讼。", set()),
    ("本年度收取信息处理费0元，无因征地引起的行政复议。", {("fees", "charged", 0)}),
    ("未收取信息处理费，未收到举报投诉。", {("fees", "charged", 0)}),
])
def test_cases_denied_beside_the_disclosure_fee(text, expected):
    assert triples(text, year=2023) == expected


# --- a missed correction closed in two words (按其他处理终止办理): 其他处理, no unclear request --

@pytest.mark.parametrize("text, year, key", [
    ("本年度新收申请3件。办理结果：予以公开2件；1件因申请人在规定期限内未补正，按其他处理终止办理。", 2020, "other"),
    ("本年度新收申请4件，予以公开3件，另有1件申请人未在规定期限内补正，作其他处理、终止办理。", 2020, "other"),
    ("本年度新收申请4件，予以公开3件；1件因申请人未按要求补正材料，视为放弃申请，终止办理。", 2020, "other"),
    ("本年度新收申请4件，予以公开3件；1件因申请人在规定期限内未补正，按其他处理终止办理。", 2022,
     "other.no_correction"),
    # traps: the content stayed unclear (the template's unable row)
    ("本年度新收申请4件，予以公开3件；1件经告知补正后申请内容仍不明确，终止办理。", 2020, "unable.unclear"),
    ("本年度新收申请4件，予以公开3件；1件申请内容不明确，已告知申请人补正。", 2020, "unable.unclear"),
])
def test_missed_correction_with_two_closes(text, year, key):
    granted = 2 if "予以公开2件" in text else 3
    assert {f for f in triples(text, year=year) if f[0] == "requests.outcome"} == {out("granted", granted), out(key, 1)}


# --- 年末结转N件: carried out (上年末 / a year named before 年末: carried in, or nothing) --------

@pytest.mark.parametrize("text, expected", [
    ("本年度新收申请3件，上年结转0件。办理结果：予以公开3件。年末结转0件。",
     {(*IN, 0), (*OUT, 0), out("granted", 3)}),
    ("全年收到政府信息公开申请6件，已办结5件，年底结转1件。", {(*NEW, 6), out("total", 5), (*OUT, 1)}),
    ("全年收到政府信息公开申请6件，已办结5件，年末转结1件至下年度。", {(*NEW, 6), out("total", 5), (*OUT, 1)}),
    # traps
    ("本年度新收申请3件，上年末结转2件，办结5件。", {out("total", 5)}),
    ("2019年末结转申请2件，本年新收申请3件。", set()),
    ("年末结转资金30万元。", set()),
])
def test_carried_out_at_the_year_end(text, expected):
    assert triples(text, year=2020) == expected


# --- the requests handled (all answered) or closed (their outcomes among them): outcome total --

@pytest.mark.parametrize("text, expected", [
    ("全年新收政府信息公开申请40件，加上2017年结转的2件，共办理42件，全部在法定期限内答复。",
     {(*NEW, 40), (*IN, 2), out("total", 42)}),
    ("全年新收政府信息公开申请40件，上年结转2件，共办理42件，均已按时答复。",
     {(*NEW, 40), (*IN, 2), out("total", 42)}),
    ("全年新收政府信息公开申请7件，上年结转1件。已办结的8件中，予以公开4件，部分公开1件。",
     {(*NEW, 7), (*IN, 1), out("total", 8), out("granted", 4), out("partial", 1)}),
    ("全年新收政府信息公开申请7件，上年结转1件。在办结的8件申请中，予以公开7件，部分公开1件。",
     {(*NEW, 7), (*IN, 1), out("total", 8), out("granted", 7), out("partial", 1)}),
    # traps: some carried on (the handled are more than the answered); a subject among the closed
    ("全年新收政府信息公开申请40件，上年结转2件，共办理42件，其中40件已答复，2件结转下年度。",
     {(*NEW, 40), (*IN, 2), (*OUT, 2)}),
    ("全年新收政府信息公开申请7件，已办结的6件中有2件涉及土地。", {(*NEW, 7)}),
])
def test_outcome_total_of_requests_handled_or_closed(text, expected):
    assert triples(text, year=2018) == expected


# --- 收费 listed with 行政许可/处罚/强制: the body's administrative charges, no disclosure fee ----

@pytest.mark.parametrize("text, expected", [
    ("本镇无规章和规范性文件制发，无行政许可、处罚、强制及收费事项。", set()),
    ("本年度未发生行政许可、行政处罚、行政强制和行政事业性收费事项。", set()),
    ("本局没有行政处罚、行政强制及收费项目。", set()),
    # traps: the disclosure fee denied beside them, or alone
    ("本年度未收取任何信息公开费用，无行政许可事项。", {("fees", "charged", 0)}),
    ("本年度无收费事项。", {("fees", "charged", 0)}),
])
def test_administrative_charges_are_no_disclosure_fee(text, expected):
    assert triples(text, year=2020) == expected


# --- a count in Chinese numerals, what was asked for, then its outcome; the part that may be
# disclosed, given (partial) ---------------------------------------------------------------

R5 = "本年度共收到政府信息公开申请5件"


@pytest.mark.parametrize("text, expected", [
    (R5 + "。三件要求公开征地补偿方案，我局按规定提供了可以公开的部分。", {(*NEW, 5), out("partial", 3)}),
    (R5 + "。一件要求公开某公司内部管理制度，不属于《条例》所指政府信息。", {(*NEW, 5), out("deny.not_gov_info", 1)}),
    (R5 + "。一件要求公开2012年财政预算，已予以公开。", {(*NEW, 5), out("granted", 1)}),
    (R5 + "，其中两件涉及拆迁安置，已对可以公开的部分予以公开。", {(*NEW, 5), out("partial", 2)}),
    (R5 + "，其中3件涉及征地补偿方案，我局提供了可以公开的部分。", {(*NEW, 5), out("partial", 3)}),
    # traps: no outcome yet; no request at all
    (R5 + "。一件要求公开某项目资料，因涉及第三方，正在征求意见。", {(*NEW, 5)}),
    ("全镇有一件事关群众利益的工作，已予以公开。", set()),
])
def test_count_asked_for_then_outcome(text, expected):
    assert triples(text, year=2012) == expected


# --- none by one way (the online system), 另收到 requests by another: that count is the year's --

@pytest.mark.parametrize("text, expected", [
    ("本年度通过网上申请系统未收到政府信息公开申请，另收到信函申请1件。",
     {(*NEW, 1), ("requests.channel", "req_letter", 1)}),
    ("本年度政务服务网未收到信息公开申请，另外接到当面申请2件。",
     {(*NEW, 2), ("requests.channel", "req_in_person", 2)}),
    ("本年度依申请公开平台未收到政府信息公开申请，另接收信函申请3件。",
     {(*NEW, 3), ("requests.channel", "req_letter", 3)}),
    # traps: two other ways (no total said); none at all
    ("本年度未收到政府信息公开申请，另收到信函申请1件，当面申请2件。",
     {("requests.channel", "req_letter", 1), ("requests.channel", "req_in_person", 2)}),
    ("本年度未收到政府信息公开申请。", {(*NEW, 0)}),
])
def test_none_by_one_way_then_another(text, expected):
    assert triples(text, year=2018) == expected
