"""Round 15: request prose families (carry-over told in prose, outcomes told for every request
or a part of them, the 2019 template's reasons in prose by era, several zeros quoted at once,
applicant kinds that asked nothing, a billed fee never paid); each family in wordings of our
own, with traps."""
from __future__ import annotations

import pytest
from snippets import IN, NEW, OUT
from snippets import outcome as out
from snippets import request_triples as triples

# --- carry-over in prose: 2012年末未办结的 / 2014年底结转的 (in), 在期限内办理，将转入 (out) ------

@pytest.mark.parametrize("text, year, expected", [
    ("全年受理政府信息公开申请40件，另有2015年末未办结的申请2件转入本年办理。", 2016, {(*NEW, 40), (*IN, 2)}),
    ("共收到政府信息公开申请12件；另有2017年底结转的申请4件，均已在本年办结。", 2018, {(*NEW, 12), (*IN, 4)}),
    ("本年受理政府信息公开申请8件，此外2010年度遗留的申请1件一并办理。", 2011, {(*NEW, 8), (*IN, 1)}),
    # trap: a year other than the one before is no carry-in
    ("全年受理政府信息公开申请40件，另有2013年末未办结的申请2件转入本年办理。", 2016, {(*NEW, 40)}),
])
def test_carried_in_from_last_years_end(text, year, expected):
    assert triples(text, year=year) == expected


@pytest.mark.parametrize("text, year, expected", [
    ("本年度受理政府信息公开申请10件，已办结7件。截至年底尚有3件在法定期限内办理，将转入2017年答复。", 2016,
     {(*NEW, 10), (*OUT, 3)}),
    ("全年办结申请20件，另有2件仍在答复期限内办理中，拟结转至下一年度。", 2014,
     {out("total", 20), (*OUT, 2)}),
    ("已答复申请9件，1件在法定期限内答复，将转入2013年。", 2012, {out("total", 9), (*OUT, 1)}),
])
def test_carried_out_still_in_time(text, year, expected):
    assert triples(text, year=year) == expected


@pytest.mark.parametrize("text", [
    "本年度共受理政府信息公开申请3件（上年无结转），均已按期答复。",
    "全年收到信息公开申请5件（上年度无结转），已全部办结。",
    "全年受理政府信息公开申请2件（无上年结转申请），均已答复。",
])
def test_no_carry_in_in_brackets(text):
    assert (*IN, 0) in triples(text, year=2015)


def test_denial_in_brackets_stops_there():
    # the bracket closes the denial: the clause after it is no part of it
    assert (*IN, 0) not in triples("本年度共受理政府信息公开申请3件（无错报），上年结转情况另行说明。", year=2015)


# --- outcomes told for every request, or the one, without a count of their own -------------

@pytest.mark.parametrize("text, expected", [
    ("全年收到依申请公开3件，均为村民当面提出，内容涉及低保评定，街道在10个工作日内全部予以公开答复。",
     out("granted", 3)),
    ("本年度收到政府信息公开申请1件（上年无结转），系居民申请查阅征收公告，已于法定期限内予以公开。",
     out("granted", 1)),
    ("全年共受理信息公开申请4件，均为群众来电申请，内容涉及医保报销政策，我局已在规定时限内同意公开并提供了相关材料。",
     out("granted", 4)),
])
def test_every_request_granted(text, expected):
    assert expected in triples(text, year=2016)


def test_answer_with_a_count_in_between_is_no_grant_of_all():
    # trap: 2件予以公开 counts its own, the whole 5 is not granted
    assert out("granted", 5) not in triples("全年共受理申请5件，均为当面申请，其中2件予以公开。", year=2016)


@pytest.mark.parametrize("text, expected", [
    ("本年度受理申请8件。8件中7件予以公开，1件不予公开。", {out("granted", 7), out("deny.total", 1)}),
    ("本年度受理申请6件。上述申请中4件同意公开，2件因信息不存在无法提供。",
     {out("granted", 4), out("unable.not_exist", 2)}),
    ("本年度受理申请9件，办结的9件申请中有8件予以公开，1件部分公开。",
     {out("granted", 8), out("partial", 1)}),
])
def test_part_of_the_requests_granted(text, expected):
    got = {t for t in triples(text, year=2013) if t[0] == "requests.outcome" and t[1] != "total"}
    assert got == expected


# --- the template's reasons in prose, by era ----------------------------------------------

@pytest.mark.parametrize("text, year, expected", [
    ("办理结果：予以公开5件；因涉及企业商业秘密不予公开2件。", 2023, out("deny.third_party", 2)),
    ("办理结果：予以公开5件；因涉及他人个人隐私不予公开1件。", 2020, out("deny.third_party", 1)),
    # before 2019 the tables' own rows
    ("办理结果：予以公开5件；因涉及企业商业秘密不予公开2件。", 2015, out("deny.trade_secret", 2)),
])
def test_third_party_reasons_by_era(text, year, expected):
    assert expected in triples(text, year=year)


@pytest.mark.parametrize("text, year, expected", [
    ("办理结果：予以公开5件；因属于内部工作流程信息不予公开1件。", 2023, out("deny.internal_affairs", 1)),
    ("办理结果：予以公开3件，不予公开2件（均属内部管理信息）。", 2021, out("deny.internal_affairs", 2)),
    ("全年予以公开6件；属于内部工作流程信息、不予公开的3件。", 2019, out("deny.internal_affairs", 3)),
])
def test_internal_affairs_in_prose(text, year, expected):
    assert expected in triples(text, year=year)


def test_internal_affairs_before_2019_stays_a_refusal():
    got = triples("办理结果：予以公开3件，不予公开2件（均属内部管理信息）。", year=2015)
    assert out("deny.total", 2) in got
    assert not any(k == "deny.internal_affairs" for _, k, _ in got)


@pytest.mark.parametrize("text", [
    "予以公开5件；以信访举报内容提出申请、依法不作为政府信息公开申请处理的3件。",
    "予以公开5件；申请人以政府信息公开申请形式进行信访投诉，不予处理3件。",
    "予以公开5件；另有3件属于投诉事项，告知不作为信息公开申请处理。",
])
def test_petition_not_handled_as_a_request(text):
    assert out("reject.petition", 3) in triples(text, year=2022)


@pytest.mark.parametrize("text, year, key", [
    ("办结申请6件，其中予以公开5件，申请人逾期未补正不再处理1件。", 2018, "other.no_correction"),
    ("办结申请6件，其中予以公开5件，申请人逾期未补正不再处理1件。", 2016, "other.no_correction"),
    # the 2019 template has one 其他处理 row, the 2021 one its sub-rows
    ("办结申请6件，其中予以公开5件，申请人逾期未补正不再处理1件。", 2020, "other"),
    ("办结申请6件，其中予以公开5件，申请人逾期未补正不再处理1件。", 2022, "other.no_correction"),
])
def test_no_correction_by_era(text, year, key):
    assert out(key, 1) in triples(text, year=year)


# --- several zeros at once, the zero quoted -----------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("本年度依申请公开、收费、行政复议、行政诉讼均为“零”。",
     {(*NEW, 0), ("fees", "charged", 0), ("review", "total", 0), ("litigation", "total", 0)}),
    ("全年我乡政府信息公开行政复议、行政诉讼情况都是“0”。",
     {("review", "total", 0), ("litigation", "total", 0)}),
    ("本年度政府信息公开收费及行政复议均为\"零\"。", {("fees", "charged", 0), ("review", "total", 0)}),
])
def test_zeros_quoted(text, expected):
    assert triples(text, year=2014) == expected


# --- applicant kinds that asked nothing ----------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("本年新收申请3件，其中自然人2件、商业企业1件，科研机构、社会公益组织、法律服务机构及其他组织均未提出申请。",
     {("requests.new", k, 0) for k in ("org_research", "org_public_interest", "org_legal_service", "org_other")}),
    ("全年收到政府信息公开申请4件，企业和其他组织都没有提交申请。",
     {("requests.new", "org_business", 0), ("requests.new", "org_other", 0)}),
    ("本年度收到政府信息公开申请3件。法律服务机构、科研机构均未提出政府信息公开申请。",
     {("requests.new", "org_legal_service", 0), ("requests.new", "org_research", 0)}),
])
def test_applicants_that_asked_nothing(text, expected):
    got = {t for t in triples(text, year=2020) if t[0] == "requests.new" and t[2] == 0}
    assert got == expected


def test_asked_nothing_needs_applicant_kinds():
    # trap: 群众 and 部门 are no applicant kinds of the table
    got = triples("全年收到政府信息公开申请4件，群众和相关部门均未提出异议申请。", year=2020)
    assert not any(m == "requests.new" and v == 0 for m, _, v in got)


# --- a fee billed but never paid ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "本年度向申请人发出收费通知，应收取信息处理费300元，申请人逾期未缴纳，实际收取信息处理费0元。",
    "按件计收需收取信息处理费120元，因申请人未缴纳，未实际收费。",
    "本年度发出收费通知书1份，收费通知金额为80元，申请人逾期未缴纳。",
])
def test_billed_fee_is_no_charge(text):
    got = {v for m, k, v in triples(text, year=2023) if m == "fees"}
    assert got <= {0}


def test_fee_paid_still_counts():
    assert ("fees", "charged", 150) in triples("本年度收取信息处理费150元。", year=2023)


# --- applicants: who asked before the way (收到企业以信函方式提交的), 公民个人 ---------------------

@pytest.mark.parametrize("text, expected", [
    ("依申请公开情况。全年收到企业通过信函方式提出的申请3件，均已答复。",
     {("requests.new", "org_business", 3), ("requests.channel", "req_letter", 3)}),
    ("依申请公开情况。本年度收到公民以网络方式提交的申请5件。",
     {("requests.new", "natural_person", 5), ("requests.channel", "req_online", 5)}),
    ("受理政府信息公开申请8件，其中网上申请6件、当面申请2件；公民个人提出7件，企业提出1件。",
     {("requests.new", "natural_person", 7), ("requests.new", "org_business", 1)}),
    ("全年收到政府信息公开申请9件，其中公民个人申请7件、企业申请2件。",
     {("requests.new", "natural_person", 7), ("requests.new", "org_business", 2)}),
])
def test_applicant_kinds(text, expected):
    assert expected <= triples(text, year=2016)


def test_who_asked_needs_the_receiving_verb():
    # trap: 群众 is no applicant kind; 企业 after the way names no asker
    got = triples("全年收到群众以信函方式提交的政府信息公开申请3件。", year=2016)
    assert not any(m == "requests.new" and k != "total" for m, k, _ in got)


# --- review and suits with their results ---------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年因政府信息公开被申请行政复议1件，市人社局复议后予以维持。", ("review", "upheld", 1)),
    ("本年度因政府信息公开被申请行政复议1件，省交通运输厅复议后予以纠正。", ("review", "corrected", 1)),
    ("全年发生政府信息公开行政复议1件，区教育局复议后决定维持。", ("review", "upheld", 1)),
])
def test_review_result_by_a_department(text, expected):
    assert expected in triples(text, year=2016)


@pytest.mark.parametrize("text, expected", [
    ("全年收到政府信息公开申请3件。有1名申请人不服答复直接向区人民法院提起行政诉讼，至年底尚未审结。",
     {("litigation", "total", 1), ("litigation.direct", "total", 1), ("litigation.direct", "pending", 1)}),
    ("全年收到政府信息公开申请4件。1名申请人经复议后向市中级人民法院提起行政诉讼，目前尚在审理。",
     {("litigation", "total", 1), ("litigation.after_review", "total", 1),
      ("litigation.after_review", "pending", 1)}),
    ("全年收到政府信息公开申请5件。2名申请人对答复不服，未经复议直接向法院起诉。",
     {("litigation", "total", 2), ("litigation.direct", "total", 2)}),
])
def test_suit_by_people_of_a_kind(text, expected):
    got = {t for t in triples(text, year=2018) if t[0].startswith("litigation")}
    assert got == expected


@pytest.mark.parametrize("text, total", [
    ("全年因政府信息公开引起行政复议4件、行政诉讼5件；诉讼中3件法院判决维持，2件尚在审理。", 5),
    ("本年度发生政府信息公开行政诉讼4件，诉讼案件中有2件法院驳回起诉。", 4),
    ("全年因政府信息公开被提起行政诉讼6件，其中诉讼中1件原告撤诉。", 6),
])
def test_part_of_the_suits_is_no_total(text, total):
    got = {v for m, k, v in triples(text, year=2015) if (m, k) == ("litigation", "total")}
    assert got == {total}


# --- another route: 告知申请人通过…查询途径办理 after what was asked, 属于告知通过其他途径办理 ----

@pytest.mark.parametrize("text", [
    "全年收到政府信息公开申请5件。答复情况：同意公开4件，另有1件申请查阅某企业的排污许可档案，"
    "已告知申请人通过环境监测站查询途径办理。",
    "全年收到政府信息公开申请5件。答复情况：同意公开4件，另有1件申请查询本人社保缴费记录，"
    "已告知申请人通过社保经办机构查询渠道办理。",
    "全年收到信函申请1件，申请人要求提供本人宅基地的补偿标准。经查，该补偿由乡镇政府负责发放，"
    "我局告知申请人向乡镇政府提出申请，属于告知通过其他途径办理。",
])
def test_other_route(text):
    assert out("other.other_route", 1) in triples(text, year=2014)


@pytest.mark.parametrize("text, expected", [
    ("本年度受理政府信息公开申请1件，申请人要求公开某路段的改造方案。经核实，该方案已在县政府网站发布，属于已主动公开范围。",
     out("other.already_public", 1)),
    # trap: two requests before, the row named is not the outcome of one of them
    ("本年度受理政府信息公开申请2件，申请人要求公开某路段的改造方案。经核实，该方案已在县政府网站发布，属于已主动公开范围。",
     None),
])
def test_row_named_after_looking_into_the_one_request(text, expected):
    got = {t for t in triples(text, year=2014) if t[0] == "requests.outcome"}
    assert got == ({expected} if expected else set())


# --- outcomes one by one: 第一件，…；第二件，… ------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年收到政府信息公开申请3件。第一件，居民申请公开小区改造方案，已予以公开；第二件，企业申请公开招标文件，"
     "经审查同意公开；第三件，申请人要求公开的信息不属于本机关掌握范围，已告知其向县住建局申请。",
     {out("granted", 2), out("unable.not_held", 1)}),
    ("本年度受理政府信息公开申请2件：第一件，申请公开低保名单，于5个工作日内予以公开；第二件，申请公开征地补偿标准，"
     "所需信息不存在。", {out("granted", 1), out("unable.not_exist", 1)}),
    ("全年收到政府信息公开申请2件。第一件，申请公开年度预算，因该信息已在县政府门户网站主动公开，告知了获取途径；"
     "第二件，申请公开补偿标准，同意公开。", {out("granted", 1), out("other.already_public", 1)}),
])
def test_outcomes_one_by_one(text, expected):
    got = {t for t in triples(text, year=2013) if t[0] == "requests.outcome" and t[1] != "total"}
    assert got == expected


@pytest.mark.parametrize("text", [
    # traps: no requests told before the items; an item holding a count of its own
    "今年办好两件实事。第一件，完善值班制度，予以公开；第二件，更新便民栏目，同意公开。",
    "全年收到政府信息公开申请5件。第一件，涉及2件相关材料，予以公开；第二件，同意公开。",
])
def test_one_by_one_needs_single_requests(text):
    got = triples(text, year=2013)
    assert not any(m == "requests.outcome" for m, _, _ in got)


@pytest.mark.parametrize("text", [
    "本年度受理政府信息公开申请3件，予以公开2件，另1件所申请信息已通过政务公开栏主动公开，已告知申请人获取方式。",
    "本年度受理政府信息公开申请3件，同意公开2件；1件因该信息此前已在县政府网站主动公开，告知其查阅。",
    "全年收到政府信息公开申请3件，予以公开2件，1件系该信息已于市政府公报主动公开。",
])
def test_released_where_named(text):
    assert out("other.already_public", 1) in triples(text, year=2013)


# --- a refusal's reasons listed after it, a longer reason among them -----------------------

@pytest.mark.parametrize("text, expected", [
    ("答复情况：不同意公开5件，其中涉及商业秘密2件、公开后可能危及社会稳定3件。", out("deny.security_stability", 3)),
    ("答复情况：不予公开4件，其中公开后可能危及公共安全1件、涉及个人隐私3件。", out("deny.security_stability", 1)),
    ("答复情况：不予公开3件，其中涉及国家秘密1件、公开后会危及国家安全2件。", out("deny.security_stability", 2)),
])
def test_longer_refusal_reason(text, expected):
    assert expected in triples(text, year=2013)
