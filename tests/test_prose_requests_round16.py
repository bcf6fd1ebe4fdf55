"""Round 16: request prose families (a fee denied with 不涉及, answers due in the next year, the
applicants of every request said right after the count, both kinds of suit given one figure);
each family in wordings of our own, with neighbours."""
from __future__ import annotations

import pytest
from snippets import NEW, OUT, report_facts
from snippets import outcome as out
from snippets import triples as _triples


def triples(text: str, year: int = 2018) -> set[tuple[str, str, float]]:
    return _triples(text, year=year)


FEE = ("fees", "charged")


# --- 不涉及信息公开收费: no fee arose -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "本乡不涉及政府信息公开收费，也没有减免情况。",
    "本镇不涉及依申请公开收费及减免事项。",
    "本年度本局不涉及信息公开收费。",
])
def test_fee_not_involved_is_zero(text):
    assert (*FEE, 0) in triples(text)


# --- 将于次年答复: the requests still open are carried over ---------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全年收到政府信息公开申请9件，已答复6件，尚有3件申请在法定期限内，将于2019年答复。",
     {(*NEW, 9), out("total", 6), (*OUT, 3)}),
    ("全年收到政府信息公开申请9件，已答复8件，另有1件尚在答复期限内，将于次年办结。",
     {(*NEW, 9), out("total", 8), (*OUT, 1)}),
    ("全年收到政府信息公开申请9件，已答复7件。还有2件申请在法定期限内，将于下一年度作出答复。",
     {(*NEW, 9), out("total", 7), (*OUT, 2)}),
])
def test_answer_due_next_year_is_carried_out(text, expected):
    assert triples(text) == expected


# --- N件申请均为自然人提出: the applicants of every request, no comma between ----------------------

@pytest.mark.parametrize("text, applicant, value", [
    ("本年新收的4件政府信息公开申请均为自然人提出。", "natural_person", 4),
    ("本年度新收的2件信息公开申请均为公民个人提出。", "natural_person", 2),
    ("本年新收的3件政府信息公开申请全部为企业提出。", "org_business", 3),
])
def test_applicants_of_every_request(text, applicant, value):
    assert {(*NEW, value), ("requests.new", applicant, value)} <= triples(text)


# --- 直接起诉和复议后起诉的行政诉讼均为0件: each kind of suit, not a bare total ------------------------

@pytest.mark.parametrize("text", [
    "本年度政府信息公开行政复议1件，维持1件；未经复议直接起诉的行政诉讼和复议后起诉的行政诉讼均为0件。",
    "本年度政府信息公开行政复议1件，维持1件；直接起诉和复议后起诉的行政诉讼案件均为0件。",
    "本年度政府信息公开行政复议1件，维持1件；未经复议直接起诉、经复议后起诉的案件都为0件。",
])
def test_both_kinds_of_suit_one_figure(text):
    found = triples(text, year=2022)
    assert {("litigation.direct", "total", 0), ("litigation.after_review", "total", 0)} <= found
    assert ("litigation", "total", 0) not in found
    assert ("review", "total", 0) not in found


# --- a table's header and figures glued before a sentence are no words of its label ---------------

@pytest.mark.parametrize("text, expected", [
    ("行政复议 结果维持 结果纠正 其他结果 尚未审结 总计 0 1 0 0 1 本年度因政府信息公开被申请行政复议1件，复议机关责令重新答复。",
     {("review", "total", 1), ("review", "corrected", 1)}),
    ("结果维持 结果纠正 其他 未审结 合计 0 0 1 0 1 本年度被申请政府信息公开行政复议1件，申请人撤回复议申请。",
     {("review", "total", 1), ("review", "other", 1)}),
    ("行政复议 维持 纠正 其他 尚未审结 总计 0 0 0 1 1 全年发生政府信息公开行政复议1件，尚未审结。",
     {("review", "total", 1), ("review", "pending", 1)}),
])
def test_table_figures_glued_before_the_label(text, expected):
    assert triples(text, year=2021) == expected


# --- numbered outcome items under the requests' heading, after an item naming 主动公开 -------------

@pytest.mark.parametrize("text, expected", [
    ("三、依申请公开情况\n本年度受理政府信息公开申请30件。\n办理结果如下：\n1.属于已主动公开范围的4件；\n2.同意公开的20件；\n3.同意部分公开的6件。",
     {out("other.already_public", 4), out("granted", 20), out("partial", 6)}),
    ("三、依申请公开情况\n本年度受理政府信息公开申请12件。\n答复情况：\n1.属于已主动公开的3件；\n2.同意公开的7件；\n3.不同意公开的2件。",
     {out("other.already_public", 3), out("granted", 7), out("deny.total", 2)}),
    ("三、依申请公开情况\n本年度受理政府信息公开申请9件。\n答复情况如下：\n（1）属于已主动公开范围的2件；\n（2）同意公开的5件；\n（3）同意部分公开的2件。",
     {out("other.already_public", 2), out("granted", 5), out("partial", 2)}),
])
def test_numbered_outcomes_under_requests_heading(tmp_path, text, expected):
    facts = report_facts(tmp_path, "某某县公安局2013年政府信息公开工作年度报告\n" + text + "\n")
    found = {(f.measure, f.key, f.value) for f in facts}
    assert expected <= found
    assert not any(f.measure == "proactive" for f in facts)


# --- 乡政府在N个工作日内作出了同意公开的答复: the answer made to the one request --------------------------

@pytest.mark.parametrize("text, expected", [
    ("本年度共收到政府信息公开申请1件，申请人要求查阅本村危房改造名单，镇政府在12个工作日内作出了同意公开的答复。",
     {(*NEW, 1), out("granted", 1)}),
    ("本年度共收到政府信息公开申请1件，乡政府在10个工作日内作出了不予公开的答复。",
     {(*NEW, 1), out("deny.total", 1)}),
    ("本年度共收到政府信息公开申请1件，申请人要求查阅征地补偿标准，我局及时作出同意公开的答复。",
     {(*NEW, 1), out("granted", 1)}),
])
def test_answer_made_to_one_request(text, expected):
    assert triples(text, year=2011) == expected
