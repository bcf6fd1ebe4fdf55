"""Requests, fees, reconsideration and suits in prose (families of the blind sets
provinces-holdout15 … -holdout18): each family in several wordings of our own, with the exact
set of facts expected, and neighbours that must give none."""
from __future__ import annotations

import pytest
from snippets import outcome
from snippets import triples as _triples


def triples(text: str, year: int = 2016) -> set[tuple[str, str, float]]:
    return _triples(text, year=year)


NEW = "requests.new"
CH = "requests.channel"
IN = "requests.carried_in"


# --- a fee named by the services it covers (检索、复制成本费) ------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("依照规定收取检索、复制成本费30元，未予减免。", {("fees", "charged", 30)}),
    ("本年度依申请提供信息时收取复印、邮寄成本费共计45元。", {("fees", "charged", 45)}),
    ("全年收取检索复制成本费18元。", {("fees", "charged", 18)}),
    # charges of another kind, listed alike, are no disclosure fees
    ("全年收取停车、保管等服务费100元。", set()),
    ("全年收取办公场地租赁成本费300元。", set()),
])
def test_a_fee_named_by_the_services_it_covers(text, expected):
    assert triples(text, 2009) == expected


# --- an outcome said by what was handed over ------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("全年收到政府信息公开申请3件，均为居民当面提出，均已当场予以答复并提供了相关文件。",
     {(NEW, "total", 3), (CH, "req_in_person", 3), outcome("granted", 3)}),
    ("本年度收到政府信息公开申请4件，均已及时答复并提供了所需材料。",
     {(NEW, "total", 4), outcome("granted", 4)}),
    ("本年度收到政府信息公开申请1件，已当场答复并提供复印件。",
     {(NEW, "total", 1), outcome("granted", 1)}),
    ("全年受理政府信息公开申请2件。其中1件涉及本人低保审批材料，当场提供了复印件；另1件正在办理。",
     {(NEW, "total", 2), outcome("granted", 1)}),
    ("全年收到政府信息公开申请2件，均已书面答复并提供相关信息。",
     {(NEW, "total", 2), outcome("granted", 2)}),
    ("全年收到政府信息公开申请3件，其中2件已当面提供了所申请的文件，1件信息不存在。",
     {(NEW, "total", 3), outcome("granted", 2), outcome("unable.not_exist", 1)}),
    ("全年收到政府信息公开申请2件，均当场给予答复并提供了复印件。",
     {(NEW, "total", 2), outcome("granted", 2)}),
    ("全年收到政府信息公开申请1件，已及时予以答复，并提供了相关文件。",
     {(NEW, "total", 1), outcome("granted", 1)}),
    ("全年收到政府信息公开申请2件，均已答复，并向申请人提供了相关材料。",
     {(NEW, "total", 2), outcome("granted", 2)}),
    # copies counted in 份 after the answers are no outcome
    ("全年收到政府信息公开申请2件，均已答复。同时提供相关复印件200份。", {(NEW, "total", 2)}),
    # two requests, no 均: whose outcome it is stays unsaid
    ("本年度收到政府信息公开申请3件，已答复并提供了相关文件。", {(NEW, "total", 3)}),
    # copies handed out are no requests
    ("全年向群众提供复印件200余份。", set()),
])
def test_an_outcome_said_by_what_was_handed_over(text, expected):
    assert triples(text, 2010) == expected


# --- outcomes said in descriptive words -----------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # content unclear, the applicant told to correct it and silent after
    ("本年度收到政府信息公开申请5件，同意公开3件，信息不存在1件，申请内容不明确、经告知补正后申请人未再提交1件。",
     {(NEW, "total", 5), outcome("granted", 3), outcome("unable.not_exist", 1), outcome("unable.unclear", 1)}),
    ("本年度收到政府信息公开申请4件，予以公开2件，申请内容不明确、通知申请人补充后未再提交材料2件。",
     {(NEW, "total", 4), outcome("granted", 2), outcome("unable.unclear", 2)}),
    ("本年度收到政府信息公开申请3件，同意公开2件，申请内容不明确，书面告知补正后未补正的1件。",
     {(NEW, "total", 3), outcome("granted", 2), outcome("unable.unclear", 1)}),
    # to be made anew, in other verbs than 另行制作
    ("本年度收到政府信息公开申请2件，1件予以公开；另1件要求提供分区域用电数据，需另行加工汇总，已告知不予提供。",
     {(NEW, "total", 2), outcome("granted", 1), outcome("unable.needs_creation", 1)}),
    ("本年度收到政府信息公开申请3件，予以公开2件；另1件所需数据须另行统计整理，告知申请人无法提供。",
     {(NEW, "total", 3), outcome("granted", 2), outcome("unable.needs_creation", 1)}),
    # another body's duty, 属 alone, a bracket inside its name
    ("本年度收到政府信息公开申请3件，予以公开2件；另1件所申请信息属市（州）住建部门管辖范围，已告知申请人向其申请。",
     {(NEW, "total", 3), outcome("granted", 2), outcome("unable.not_held", 1)}),
    ("本年度收到政府信息公开申请2件，予以公开1件；1件所申请事项属乡镇人民政府职责。",
     {(NEW, "total", 2), outcome("granted", 1), outcome("unable.not_held", 1)}),
    # a plan to sum data up is no request's outcome
    ("本年度统计数据需另行汇总，预计下年度公布。", set()),
])
def test_outcomes_in_descriptive_words(text, expected):
    assert triples(text, 2016) == expected


@pytest.mark.parametrize(("text", "year", "expected"), [
    # asked to correct, then never did: the E3 row 逾期不补正 (其他处理 before 2021), not unclear
    ("本年度收到政府信息公开申请2件，1件予以公开；另1件经书面通知补正，申请人逾期未补正，按规定不再处理。", 2022,
     {(NEW, "total", 2), outcome("granted", 1), outcome("other.no_correction", 1)}),
    ("本年度收到政府信息公开申请3件，2件予以公开；另1件告知申请人补正，申请人逾期未补正，依法不再处理。", 2023,
     {(NEW, "total", 3), outcome("granted", 2), outcome("other.no_correction", 1)}),
    ("本年度收到政府信息公开申请3件，2件予以公开；另1件告知申请人补正，申请人逾期未补正，依法不再处理。", 2020,
     {(NEW, "total", 3), outcome("granted", 2), outcome("other", 1)}),
])
def test_asked_to_correct_and_never_did(text, year, expected):
    assert triples(text, year) == expected


# --- request channels: an online system named in full, items after the first ----------------

@pytest.mark.parametrize(("text", "expected"), [
    ("全年新收政府信息公开申请17件，其中通过省政府信息公开申请平台提交14件、信函提交3件；上年结转2件。",
     {(NEW, "total", 17), (CH, "req_online", 14), (CH, "req_letter", 3), (IN, "total", 2)}),
    ("全年收到政府信息公开申请9件，其中经市政府信息公开网上申请系统提交6件，当面提交3件。",
     {(NEW, "total", 9), (CH, "req_online", 6), (CH, "req_in_person", 3)}),
    ("共收到政府信息公开申请5件（信函3件、网络2件），均在规定时限内答复。",
     {(NEW, "total", 5), (CH, "req_letter", 3), (CH, "req_online", 2)}),
    ("全年共收到政府信息公开申请6件（当面2件，网上4件）。",
     {(NEW, "total", 6), (CH, "req_in_person", 2), (CH, "req_online", 4)}),
    ("全年收到政府信息公开申请6件，其中通过“某省政务服务网”提交4件，来信2件。",
     {(NEW, "total", 6), (CH, "req_online", 4), (CH, "req_letter", 2)}),
    # a petitions platform is no disclosure request's channel
    ("本年度收到群众来信3件，其中通过信访平台提交2件。", set()),
])
def test_request_channels_named_in_full(text, expected):
    assert triples(text, 2020) == expected


# --- suits of one kind, no other counted: the year's suits ----------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("因政府信息公开被申请行政复议1件，结果维持；被直接提起行政诉讼1件，法院判决驳回原告诉讼请求。",
     {("review", "total", 1), ("review", "upheld", 1), ("litigation", "total", 1),
      ("litigation.direct", "total", 1), ("litigation.direct", "upheld", 1)}),
    ("本年度因政府信息公开被直接提起行政诉讼2件，均在审理中。",
     {("litigation", "total", 2), ("litigation.direct", "total", 2), ("litigation.direct", "pending", 2)}),
    ("全年发生未经复议直接起诉的政府信息公开行政诉讼3件。",
     {("litigation", "total", 3), ("litigation.direct", "total", 3)}),
    # a part of the suits counted before, or beside the other kind: no total of its own
    ("本年度因政府信息公开被提起行政诉讼3件，其中直接起诉2件。",
     {("litigation", "total", 3), ("litigation.direct", "total", 2)}),
    ("本年度政府信息公开行政诉讼3件，直接起诉2件。",
     {("litigation", "total", 3), ("litigation.direct", "total", 2)}),
    ("全年直接起诉2件、复议后起诉1件，均为政府信息公开案件。",
     {("litigation.direct", "total", 2), ("litigation.after_review", "total", 1)}),
])
def test_suits_of_one_kind_alone(text, expected):
    assert triples(text, 2021) == expected


# --- 其他情形 among the results of reconsideration ----------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("因政府信息公开引发行政复议9件，其中维持原具体行政行为6件，被依法纠错2件，其他情形1件。",
     {("review", "total", 9), ("review", "upheld", 6), ("review", "corrected", 2), ("review", "other", 1)}),
    ("本年度政府信息公开行政复议5件，结果维持3件、纠错1件、其他情形1件。",
     {("review", "total", 5), ("review", "upheld", 3), ("review", "corrected", 1), ("review", "other", 1)}),
    ("本年度因政府信息公开被直接提起行政诉讼2件，其中维持1件、其他情形1件。",
     {("litigation", "total", 2), ("litigation.direct", "total", 2), ("litigation.direct", "upheld", 1),
      ("litigation.direct", "other", 1)}),
    # after the requests' outcomes, 其他情形 is theirs
    ("本年度行政复议1件，维持1件；收到政府信息公开申请3件，予以公开2件，其他情形1件。",
     {("review", "total", 1), ("review", "upheld", 1), (NEW, "total", 3), outcome("granted", 2),
      outcome("other", 1)}),
])
def test_other_result_of_reconsideration(text, expected):
    assert triples(text, 2013) == expected


# --- a table's column heads: 未审结 is a column, no denial -------------------------------------

def test_pending_column_head_is_no_zero():
    text = ("四、政府信息公开行政复议、行政诉讼情况\n"
            "行政复议（维持、纠正、其他、未审结、总计）　行政诉讼：未经复议直接起诉（同左）\n")
    assert triples(text, 2024) == set()
