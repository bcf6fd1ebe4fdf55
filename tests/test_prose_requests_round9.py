"""Requests, fees, reconsideration and suits in prose (families of the blind sets
provinces-holdout21 and -holdout22): each family in several wordings of our own, with the exact
set of facts expected, and neighbours that must give none."""
from __future__ import annotations

import pytest
from snippets import outcome
from snippets import triples as _triples


def triples(text: str, year: int = 2022) -> set[tuple[str, str, float]]:
    return _triples(text, year=year)


NEW = "requests.new"
IN = "requests.carried_in"
OUT = "requests.carried_out"


# --- one figure for several template rows named together (…均为0件) --------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("本年新收、上年结转政府信息公开申请均为0件，本年度办理结果、结转下年度继续办理均为0件。",
     {(NEW, "total", 0), (IN, "total", 0), outcome("total", 0), (OUT, "total", 0)}),
    ("本年度我局新收和上年结转的政府信息公开申请均为0件；办结及结转下年度的申请均为0件。",
     {(NEW, "total", 0), (IN, "total", 0), outcome("total", 0), (OUT, "total", 0)}),
    ("全年受理政府信息公开申请0件，办理结果、转下年度继续办理的均为0件。",
     {(NEW, "total", 0), outcome("total", 0), (OUT, "total", 0)}),
    ("上年结转、本年新收申请均为0件，答复数、结转下年度数均为0件。",
     {(NEW, "total", 0), (IN, "total", 0), outcome("total", 0), (OUT, "total", 0)}),
    # two rows, as before
    ("上年结转和结转下年的政府信息公开申请均为0件。", {(IN, "total", 0), (OUT, "total", 0)}),
])
def test_rows_named_together(text, expected):
    assert triples(text, 2024) == expected


# --- 涉及第三方个人隐私: the privacy row before 2019, the third party's row since -------------

@pytest.mark.parametrize(("text", "year", "key"), [
    ("共收到政府信息公开申请4件，其中予以公开3件；1件因所申请的合同涉及第三方个人隐私，决定不予公开。",
     2012, "deny.privacy"),
    ("共收到政府信息公开申请4件，其中予以公开3件；1件因涉及第三方个人隐私不予公开。", 2016, "deny.privacy"),
    ("受理政府信息公开申请五件，三件予以公开，因属于第三方的个人隐私不予公开1件。", 2010, "deny.privacy"),
    ("共收到政府信息公开申请4件，其中予以公开3件；1件因涉及第三方个人隐私不予公开。", 2020, "deny.third_party"),
    ("受理政府信息公开申请五件，三件予以公开，因属于第三方的个人隐私不予公开1件。", 2022, "deny.third_party"),
])
def test_third_party_privacy_by_era(text, year, key):
    found = {k for m, k, _ in triples(text, year) if m == "requests.outcome"}
    assert found == {"granted", key}


def test_third_party_privacy_in_brackets():
    text = "收到政府信息公开申请4件，予以公开3件，不予公开1件（涉及第三方个人隐私）。"
    assert triples(text, 2013) == {(NEW, "total", 4), outcome("granted", 3), outcome("deny.total", 1),
                                   outcome("deny.privacy", 1)}


# --- answers to messages, letters or questions: no requests answered -----------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("“县长信箱”共收到群众留言143条，答复143条，答复率达到100%。", set()),
    ("全年通过市长热线收到群众来电52个，已答复52个。", set()),
    ("本年度共收到网民来信36件，已答复36件。", set()),
    ("本年度受理群众咨询80人次，已答复80人次。", set()),
    # requests named: the answers are theirs
    ("本年度受理政府信息公开申请12件，已答复12件。", {(NEW, "total", 12), outcome("total", 12)}),
    ("本年度通过信箱收到政府信息公开申请9件，已答复9件。", {(NEW, "total", 9), outcome("total", 9)}),
])
def test_messages_answered(text, expected):
    assert triples(text, 2017) == expected


# --- a withdrawn request in the count's own clause: the request's 其他处理 ---------------------

@pytest.mark.parametrize(("text", "year", "expected"), [
    ("全年受理政府信息公开申请3件：予以公开2件；1件申请人在答复期限内撤回。", 2022,
     {(NEW, "total", 3), outcome("granted", 2), outcome("other.other", 1)}),
    ("全年受理政府信息公开申请4件，予以公开3件，另1件申请人主动撤回了申请。", 2023,
     {(NEW, "total", 4), outcome("granted", 3), outcome("other.other", 1)}),
    ("全年受理政府信息公开申请4件，其中3件同意公开，1件申请人于办理期间自行撤回。", 2015,
     {(NEW, "total", 4), outcome("granted", 3), outcome("other", 1)}),
    # a reconsideration withdrawn stays the reconsideration's
    ("因政府信息公开被申请行政复议2件，1件维持，1件申请人撤回。", 2022,
     {("review", "total", 2), ("review", "upheld", 1), ("review", "other", 1)}),
    ("本年度行政复议2件，1件维持，1件申请人于复议期间撤回。", 2016,
     {("review", "total", 2), ("review", "upheld", 1), ("review", "other", 1)}),
])
def test_withdrawn_in_own_clause(text, year, expected):
    assert triples(text, year) == expected


# --- a numbered heading run into its bare 无 (a page flattened to one line) ------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("四、收费及减免情况 未收费。 五、因政府信息公开被申请行政复议、提起行政诉讼的情况 无。 六、存在的主要问题",
     {("fees", "charged", 0), ("review", "total", 0), ("litigation", "total", 0)}),
    ("三、依申请公开政府信息办理情况 无。 四、政府信息公开的收费及减免情况 无。",
     {(NEW, "total", 0), ("fees", "charged", 0)}),
    ("（五）行政复议和行政诉讼情况 本年度无。", {("review", "total", 0), ("litigation", "total", 0)}),
    # a heading on no disclosure fact: nothing
    ("二、主动公开情况 无。", set()),
    ("六、存在的主要问题 无。", set()),
])
def test_inline_heading_then_none(text, expected):
    assert triples(text, 2011) == expected


# --- 收到依申请公开信息N件: received, in 件, the on-request disclosures are requests ----------

CH = "requests.channel"


@pytest.mark.parametrize(("text", "expected"), [
    ("三、依申请公开政府信息情况（一）2017年度共收到依申请公开信息4件。主要受理方式为信函3件、网络申请1件。",
     {(NEW, "total", 4), (CH, "req_letter", 3), (CH, "req_online", 1)}),
    ("全年受理依申请公开信息5件，主要受理方式为网络3件、信函2件。",
     {(NEW, "total", 5), (CH, "req_online", 3), (CH, "req_letter", 2)}),
    ("本年度共收到依申请公开信息3件，受理渠道为当面提交3件。", {(NEW, "total", 3), (CH, "req_in_person", 3)}),
    ("全年接到依申请公开信息申请2件。", {(NEW, "total", 2)}),
    # items by their disclosure attribute (条, no receiving): no requests
    ("2013年全局依申请公开信息数107条。", set()),
    ("本年度我局收到依申请公开信息12条。", set()),
])
def test_received_on_request_information(text, expected):
    assert triples(text, 2016) == expected
