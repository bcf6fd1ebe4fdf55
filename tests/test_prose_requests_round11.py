"""Round 11: a single request's outcome told without a count, carry-over denied in other words,
suits of one kind told with the court, ...; each family in wordings of our own, with traps."""
from __future__ import annotations

import pytest
from snippets import NEW, outcome
from snippets import request_triples as triples

# --- one request, its outcome without a count (已于8个工作日内全部公开 / 予以部分公开) -----------------

@pytest.mark.parametrize("text, expected", [
    ("全年受理依申请公开1件，系某企业查询施工许可信息，经审查，予以部分公开。",
     {(*NEW, 1), outcome("partial", 1)}),
    ("本年度受理政府信息公开申请1件，系某合作社查询补贴名单，已于8个工作日内全部公开。",
     {(*NEW, 1), outcome("granted", 1)}),
    ("全年收到信息公开申请1件，已于五个工作日内予以公开。",
     {(*NEW, 1), outcome("granted", 1)}),
])
def test_one_request_outcome_without_count(text, expected):
    assert triples(text, year=2015) == expected


@pytest.mark.parametrize("text, expected", [
    # two requests and no 均: which outcome is whose is not said
    ("全年收到信息公开申请2件，已于5个工作日内予以公开。", {(*NEW, 2)}),
    # the days are no count of anything
    ("全年收到信息公开申请1件，于3个工作日内答复，涉及3户。", {(*NEW, 1)}),
])
def test_one_request_outcome_traps(text, expected):
    assert triples(text, year=2015) == expected


# --- carry-over denied in other words -------------------------------------------------------

IN0, OUT0 = ("requests.carried_in", "total", 0), ("requests.carried_out", "total", 0)
ASKED = "全年收到政府信息公开申请3件，均已办结。"


@pytest.mark.parametrize("tail, expected", [
    ("上年度没有遗留申请，无转入下年度的件数。", {IN0, OUT0}),
    ("无上年结转及年末未办结申请。", {IN0, OUT0}),
    ("上年未结转，本年未产生结转。", {IN0, OUT0}),
    ("上年无结转，年底无待办申请。", {IN0, OUT0}),
    ("本年度未产生跨年度结转申请。", {OUT0}),
    ("上年度没有遗留的申请，年末也没有未办结的申请。", {IN0, OUT0}),
])
def test_carry_over_denied(tail, expected):
    assert triples(ASKED + tail, year=2020) == {(*NEW, 3), *expected}


@pytest.mark.parametrize("text, expected", [
    # other matters pending or left over are no requests
    (ASKED + "年底无待办事项。", {(*NEW, 3)}),
    (ASKED + "上年度没有遗留问题。", {(*NEW, 3)}),
    ("全年办理建议提案12件，年底无待办件。", set()),
])
def test_carry_over_traps(text, expected):
    assert triples(text, year=2020) == expected


# --- a suit of one kind, the court named (直接向人民法院提起行政诉讼1件) -------------------------------

@pytest.mark.parametrize("text, expected", [
    ("被申请行政复议1件，结果维持；申请人直接向人民法院提起行政诉讼1件，尚未审结。",
     {("review", "total", 1), ("review", "upheld", 1), ("litigation", "total", 1),
      ("litigation.direct", "total", 1), ("litigation.direct", "pending", 1)}),
    # (after review alone: no total of all suits, as test_prose_holdout_requests has it)
    ("申请人经复议后提起行政诉讼1件，法院判决驳回诉讼请求。",
     {("litigation.after_review", "total", 1), ("litigation.after_review", "upheld", 1)}),
    ("本年度行政复议1件，申请人复议后向区法院起诉1件，尚在审理中。",
     {("review", "total", 1), ("litigation.after_review", "total", 1),
      ("litigation.after_review", "pending", 1)}),
])
def test_suit_of_one_kind_with_court(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # both kinds counted: no total of all suits is said
    ("本年度被直接起诉1件，复议后起诉2件。",
     {("litigation.direct", "total", 1), ("litigation.after_review", "total", 2)}),
    # a part after the total of suits
    ("行政诉讼3件，其中复议后起诉1件。",
     {("litigation", "total", 3), ("litigation.after_review", "total", 1)}),
])
def test_suit_kinds_traps(text, expected):
    assert triples(text) == expected


# --- requests counted in 起 (收到依申请公开4起) -------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("2014年，我乡收到政府信息依申请公开3起，其中2起为低保名单查询，1起为林权信息查询，均按时答复，"
     "其中2起予以公开，1起因属于县林业局职责，告知其向该局申请。",
     {(*NEW, 3), outcome("granted", 2), outcome("unable.not_held", 1)}),
    ("本年度共受理依申请公开3起，其中2起予以公开，1起不予公开。",
     {(*NEW, 3), outcome("granted", 2), outcome("deny.total", 1)}),
])
def test_requests_counted_in_qi(text, expected):
    assert triples(text, year=2014) == expected


@pytest.mark.parametrize("text, expected", [
    # 起 beside requests in 件 still counts cases, or something else entirely
    ("全年受理信息公开申请5件，发生行政复议1起，行政诉讼1起。",
     {(*NEW, 5), ("review", "total", 1), ("litigation", "total", 1)}),
    ("全年受理信息公开申请5件，查处违法用地案件3起。", {(*NEW, 5)}),
    ("依申请公开方面，全年发生安全生产事故2起。", set()),
    # no outcome counted in 起: 起 stays cases (test_unseen_pre2019)
    ("本年度我局收到信息公开申请2起。", set()),
])
def test_qi_traps(text, expected):
    assert triples(text, year=2014) == expected


# --- requests asked for in a letter (接到群众来信申请公开信息3件) --------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("今年我局共接到群众来信申请公开信息3件，申请人均为个人。",
     {(*NEW, 3), ("requests.new", "natural_person", 3), ("requests.channel", "req_letter", 3)}),
    ("本年度受理申请公开信息1件。", {(*NEW, 1)}),
])
def test_asked_in_a_letter(text, expected):
    assert triples(text, year=2020) == expected


@pytest.mark.parametrize("text, expected", [
    # letters of complaint, no requests
    ("全年接到群众来信反映问题12件。", set()),
])
def test_letters_traps(text, expected):
    assert triples(text, year=2020) == expected


# --- all the applicants of one kind, said after the channels (申请人均为自然人) ----------------------

@pytest.mark.parametrize("text, expected", [
    ("全年收到政府信息公开申请4件，其中网上申请3件、信函申请1件；申请人均为自然人。",
     {(*NEW, 4), ("requests.new", "natural_person", 4), ("requests.channel", "req_online", 3),
      ("requests.channel", "req_letter", 1)}),
    ("收到有关政府信息公开的申请2件，其中网络申请1件、传真申请1件，申请人均为企业。",
     {(*NEW, 2), ("requests.new", "org_business", 2), ("requests.channel", "req_online", 1),
      ("requests.channel", "req_fax", 1)}),
    ("全年收到政府信息公开申请四件，其中网上申请三件；申请人均为企业。",
     {(*NEW, 4), ("requests.new", "org_business", 4), ("requests.channel", "req_online", 3)}),
])
def test_all_applicants_after_channels(text, expected):
    assert triples(text, year=2017) == expected


@pytest.mark.parametrize("text, expected", [
    # applicants already counted, or no kind of the template named
    ("全年收到政府信息公开申请3件，其中自然人2件，申请人均为本地居民。",
     {(*NEW, 3), ("requests.new", "natural_person", 2)}),
])
def test_all_applicants_traps(text, expected):
    assert triples(text, year=2017) == expected


# --- the people named with 群众/居民 before them (其中群众个人提出四件) -----------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年县政府共收到政府信息公开申请五件，其中群众个人提出四件，村集体经济组织提出一件。",
     {(*NEW, 5), ("requests.new", "natural_person", 4)}),
    ("全年共收到政府信息公开申请5件，其中群众个人提出4件，企业提出1件。",
     {(*NEW, 5), ("requests.new", "natural_person", 4), ("requests.new", "org_business", 1)}),
    ("全年共收到政府信息公开申请3件，其中居民个人申请2件，律师事务所申请1件。",
     {(*NEW, 3), ("requests.new", "natural_person", 2), ("requests.new", "org_legal_service", 1)}),
])
def test_people_named_with_qunzhong(text, expected):
    assert triples(text, year=2023) == expected


def test_visitors_are_no_applicants():
    assert triples("全年共收到政府信息公开申请3件，接待群众来访12人次。", year=2023) == {(*NEW, 3)}


# --- not held, in the words of 未掌握 / 未制作也未获取 ------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年共收到政府信息公开申请5件，予以公开三件，部分公开一件，另有一件所申请信息本机关未掌握，已告知申请人。",
     {(*NEW, 5), outcome("granted", 3), outcome("partial", 1), outcome("unable.not_held", 1)}),
    ("共收到政府信息公开申请8件，依法予以公开5件；其余3件经检索本机关未制作也未获取相关信息，均已书面告知申请人。",
     {(*NEW, 8), outcome("granted", 5), outcome("unable.not_held", 3)}),
    ("共收到政府信息公开申请3件，予以公开2件，另1件所申请内容本单位未制作或获取，已告知申请人。",
     {(*NEW, 3), outcome("granted", 2), outcome("unable.not_held", 1)}),
    ("共收到政府信息公开申请3件，予以公开2件，1件因本机关未掌握相关信息无法提供。",
     {(*NEW, 3), outcome("granted", 2), outcome("unable.not_held", 1)}),
])
def test_not_held_in_other_words(text, expected):
    assert triples(text, year=2024) == expected


def test_not_held_words_without_count():
    assert triples("本机关未掌握的情况较多，全年收到政府信息公开申请3件。", year=2024) == {(*NEW, 3)}


# --- an administrative query named alone; not corrected, handled as 其他 ------------------------------

@pytest.mark.parametrize("text, year, expected", [
    ("本年度受理政府信息公开申请3件，同意公开2件；1件系查询婚姻登记档案，属于行政查询事项，告知按有关规定办理。",
     2020, {(*NEW, 3), outcome("granted", 2), outcome("deny.admin_query", 1)}),
    ("本年度受理政府信息公开申请3件，同意公开2件；1件为查询本人社保缴费记录，系行政查询事项，已告知其到社保窗口查询。",
     2021, {(*NEW, 3), outcome("granted", 2), outcome("deny.admin_query", 1)}),
    # the refusal counted, the query its reason: both rows
    ("本年度受理政府信息公开申请3件，同意公开2件，不予公开1件（属于行政查询事项）。",
     2021, {(*NEW, 3), outcome("granted", 2), outcome("deny.total", 1), outcome("deny.admin_query", 1)}),
    ("本年度受理政府信息公开申请2件，同意公开1件；1件申请人在规定期限内未补正，按其他情形处理。",
     2020, {(*NEW, 2), outcome("granted", 1), outcome("other", 1)}),
    ("本年度受理政府信息公开申请2件，同意公开1件；1件申请人逾期未补正，作其他处理。",
     2022, {(*NEW, 2), outcome("granted", 1), outcome("other.no_correction", 1)}),
    # told to correct and never did, no close said: still unclear
    ("本年度受理政府信息公开申请2件，同意公开1件；1件因申请内容不明确告知补正，申请人未再补正。",
     2022, {(*NEW, 2), outcome("granted", 1), outcome("unable.unclear", 1)}),
])
def test_query_and_other_handling(text, year, expected):
    assert triples(text, year=year) == expected


# --- the outcomes after their heading and a colon (答复情况：2件全部公开，…) ---------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年新收政府信息公开申请4件。答复情况：2件全部公开，1件区分处理后部分公开，1件为保护第三方合法权益不予公开。",
     {(*NEW, 4), outcome("granted", 2), outcome("partial", 1), outcome("deny.third_party", 1)}),
    ("全年新收政府信息公开申请3件。办理结果：2件予以公开，1件不予公开。",
     {(*NEW, 3), outcome("granted", 2), outcome("deny.total", 1)}),
    ("全年受理依申请公开1件，为某公司查询检测结果，已按时答复，予以部分公开（涉及个人信息部分已作区分处理）。",
     {(*NEW, 1), outcome("partial", 1)}),
])
def test_outcomes_after_their_heading(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全年新收政府信息公开申请3件。答复情况：3件均已按期答复。", {(*NEW, 3)}),
    ("全年新收政府信息公开申请3件，处理结果2件。", {(*NEW, 3)}),
    ("全年受理依申请公开1件，已按时答复（共3页）。", {(*NEW, 1)}),
])
def test_outcomes_heading_traps(text, expected):
    assert triples(text) == expected


# --- money of another kind is no fee (收取土地出让价款2.87亿元) ----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年受理不动产登记业务8,764件，收取土地出让价款2.87亿元。", set()),
    ("全年收取国有土地使用权出让金1200万元，收取信息处理费30元。", {("fees", "charged", 30)}),
    ("收取政府信息公开申请处理费共计120元。", {("fees", "charged", 120)}),
    ("全年收到信息公开申请2件，收取检索复制费用60元。", {(*NEW, 2), ("fees", "charged", 60)}),
])
def test_money_of_another_kind_is_no_fee(text, expected):
    assert triples(text, year=2023) == expected


# --- the channel of each request counted, where and how (2件通过信函邮寄、1件在…现场递交) ----------------

@pytest.mark.parametrize("text, expected", [
    ("全年共接到政府信息公开申请3件（其中2件通过信函邮寄、1件在乡便民服务大厅现场递交）。",
     {(*NEW, 3), ("requests.channel", "req_letter", 2), ("requests.channel", "req_in_person", 1)}),
    ("全年收到政府信息公开申请4件，其中3件通过信函邮寄，1件在镇政务服务中心当面提交。",
     {(*NEW, 4), ("requests.channel", "req_letter", 3), ("requests.channel", "req_in_person", 1)}),
    ("全年收到政府信息公开申请3件（其中1件为企业申请）。",
     {(*NEW, 3), ("requests.new", "org_business", 1)}),
    ("全年收到政府信息公开申请3件（其中2件予以公开，1件不予公开）。",
     {(*NEW, 3), outcome("granted", 2), outcome("deny.total", 1)}),
])
def test_channel_of_each_request(text, expected):
    assert triples(text, year=2017) == expected


@pytest.mark.parametrize("text, expected", [
    # where it was received names no channel
    ("全年收到政府信息公开申请3件，其中2件在县政务大厅受理。", {(*NEW, 3)}),
])
def test_channel_traps(text, expected):
    assert triples(text, year=2017) == expected
