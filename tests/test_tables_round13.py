"""Template tables as round-13 converters write them, snippets written for these tests (several
wordings per family, with neighbours that must not change): table 三 whose 本年新收 / 上年结转 rows
keep every applicant cell while its outcome rows keep only their 总计 cell, one row a line."""
from __future__ import annotations

import pytest
from ogi.extract.metadata import extract_metadata
from ogi.model import Document
from ogi.normalise import normalise
from snippets import report_facts, table_triples

TITLE = "某某乡人民政府{year}年政府信息公开工作年度报告\n\n"
T3_HEAD = "三、收到和处理政府信息公开申请情况\n申请人情况{s}自然人{s}商业企业{s}科研机构{s}社会公益组织{s}法律服务机构{s}其他{s}总计\n"
T4_NONE = "四、政府信息公开行政复议、行政诉讼情况\n本年度无。\n"


def _facts(tmp_path, body: str, year: int = 2022, prefixes=("requests.",)):
    return table_triples(tmp_path, TITLE.format(year=year) + body, prefixes)


def _new(values):
    keys = ("natural_person", "org_business", "org_research", "org_public_interest", "org_legal_service",
            "org_other", "total")
    return {("requests.new", k, v) for k, v in zip(keys, values)}


def _table(s: str, rows: list[str], new="5{s}1{s}0{s}0{s}0{s}0{s}6", carried="1{s}0{s}0{s}0{s}0{s}0{s}1") -> str:
    return (T3_HEAD.format(s=s) + f"一、本年新收政府信息公开申请数量{s}" + new.format(s=s) + "\n"
            + f"二、上年结转政府信息公开申请数量{s}" + carried.format(s=s) + "\n"
            + "\n".join(r.format(s=s) for r in rows) + "\n" + T4_NONE)


ROWS_2021 = ["三、本年度办理结果 （一）予以公开{s}4", "（二）部分公开{s}1", "（三）不予公开 6.属于四类过程性信息{s}1",
             "（五）不予处理 2.重复申请{s}0", "（六）其他处理 3.其他{s}0", "（七）总计{s}6", "四、结转下年度继续办理{s}1"]
ROWS_2019 = ["三、本年度办理结果 （一）予以公开{s}3", "（四）无法提供 1.本机关不掌握相关政府信息{s}2",
             "（六）其他处理{s}1", "（七）总计{s}6", "四、结转下年度继续办理{s}1"]
FLOW = _new((5, 1, 0, 0, 0, 0, 6)) | {("requests.carried_in", "total", 1), ("requests.carried_out", "total", 1),
                                      ("requests.outcome", "total", 6)}


@pytest.mark.parametrize("s", ["\t", " ", "  ", " | "])
def test_full_intake_rows_beside_outcome_rows_cut_to_their_total(tmp_path, s):
    assert _facts(tmp_path, _table(s, ROWS_2021)) == FLOW | {
        ("requests.outcome", "granted", 4), ("requests.outcome", "partial", 1),
        ("requests.outcome", "deny.process_info", 1), ("requests.outcome", "reject.duplicate", 0),
        ("requests.outcome", "other.other", 0)}


@pytest.mark.parametrize("s", ["\t", " "])
def test_the_2019_layout_cut_the_same_way(tmp_path, s):
    assert _facts(tmp_path, _table(s, ROWS_2019), year=2020) == FLOW | {
        ("requests.outcome", "granted", 3), ("requests.outcome", "unable.not_held", 2),
        ("requests.outcome", "other", 1)}


@pytest.mark.parametrize("rows,new", [
    # the outcome rows add up to 5, not the 总计 6
    (["（一）予以公开{s}3", "（二）部分公开{s}2", "（七）总计{s}6", "四、结转下年度继续办理{s}1"], None),
    # intake 6 + 1 against outcome 6 + carried 2
    (["（一）予以公开{s}4", "（二）部分公开{s}2", "（七）总计{s}6", "四、结转下年度继续办理{s}2"], None),
    # the intake row's cells do not add up to its 总计
    (["（一）予以公开{s}4", "（二）部分公开{s}2", "（七）总计{s}6", "四、结转下年度继续办理{s}1"],
     "5{s}2{s}0{s}0{s}0{s}0{s}6"),
])
def test_cut_rows_that_do_not_balance_give_no_total_cells(tmp_path, rows, new):
    kw = {"new": new} if new else {}
    got = _facts(tmp_path, _table("\t", rows, **kw))
    assert not {f for f in got if f[0] in ("requests.outcome", "requests.carried_out") and f[2] is not None}


def test_a_grid_row_with_one_number_and_blank_cells_after_is_no_total_cell(tmp_path):
    # '（一）予以公开\t4\t\t\t…': the 4 stands in the 自然人 column, the 总计 cell is blank
    rows = ["（一）予以公开{s}4{s}{s}{s}{s}{s}{s}", "（二）部分公开{s}2{s}{s}{s}{s}{s}{s}", "（七）总计{s}6{s}{s}{s}{s}{s}{s}",
            "四、结转下年度继续办理{s}1{s}{s}{s}{s}{s}{s}"]
    got = _facts(tmp_path, _table("\t", rows))
    assert not {f for f in got if f[0] in ("requests.outcome", "requests.carried_out") and f[2] is not None}


# --- a local statistics appendix headed 项目 | 单位 ------------------------------------------------

def _stats(tmp_path, table: str, year: int = 2011):
    body = "一、概述\n本年度工作有序开展。\n附件：统计表\n" + table
    facts = report_facts(tmp_path, TITLE.format(year=year) + body)
    return {(f.measure, f.key, f.value, f.period) for f in facts if f.source_frame == "stats_table"}


@pytest.mark.parametrize("table", [
    "项目 单位 2011年 2009年以来累计\n主动公开信息 条 120 400\n电子显示屏 条 20 60\n依申请公开 件 2 5\n行政复议 件 0 1\n",
    "项目\t单位\t本年度\t历年累计\n主动公开信息\t条\t120\t400\n电子显示屏\t条\t20\t60\n依申请公开\t件\t2\t5\n行政复议\t件\t0\t1\n",
    "序号 项 目 计量单位 2011年度 累计\n1.主动公开信息 条 120 400\n2.电子显示屏 条 20 60\n3.依申请公开 件 2 5\n"
    "4.行政复议 件 0 1\n",
])
def test_an_appendix_headed_item_and_unit_is_a_statistics_table(tmp_path, table):
    assert _stats(tmp_path, table) == {
        ("proactive", "total", 120, "annual"), ("proactive", "total", 400, "cumulative"),
        ("proactive.channel", "ch_screen", 20, "annual"), ("proactive.channel", "ch_screen", 60, "cumulative"),
        ("requests.new", "total", 2, "annual"), ("requests.new", "total", 5, "cumulative"),
        ("review", "total", 0, "annual"), ("review", "total", 1, "cumulative")}


@pytest.mark.parametrize("table,expected", [
    # screens counted in 个 are devices, items for requests in 条 are no requests
    ("项目 单位 2011年 累计\n主动公开信息 条 120 400\n电子显示屏 个 3 3\n依申请公开 条 9 9\n",
     {("proactive", "total", 120, "annual"), ("proactive", "total", 400, "cumulative")}),
    # a channel row under no disclosure row is not read as one
    ("项目 单位 2011年 累计\n行政复议 件 0 1\n公开栏 条 5 9\n",
     {("review", "total", 0, "annual"), ("review", "total", 1, "cumulative")}),
])
def test_appendix_rows_that_are_no_channel_or_request_rows(tmp_path, table, expected):
    assert _stats(tmp_path, table) == expected


def test_a_sentence_naming_a_project_unit_is_no_table(tmp_path):
    assert _stats(tmp_path, "建设项目 单位 2011年 共计12个，完成投资3亿元。\n") == set()


# --- table 二 told in prose: counts with their units, a decrease, a column all zero ---------------

T3_NONE = "三、收到和处理政府信息公开申请情况\n本年度未收到申请。\n" + T4_NONE


@pytest.mark.parametrize("rows,expected", [
    ("行政许可上一年项目数量52项，本年减少3项，全年作出许可决定1,204件。\n",
     {("t2.licensing", "prev_items", 52), ("t2.licensing", "delta", -3), ("t2.licensing", "decisions", 1204)}),
    ("行政许可上一年项目数量52项，本年增加3项，作出处理决定96件。行政处罚作出处理决定315件。\n",
     {("t2.licensing", "prev_items", 52), ("t2.licensing", "delta", 3), ("t2.licensing", "decisions", 96),
      ("t2.penalty", "decisions", 315)}),
    ("本机关无规章制定权，规章一栏均为0。行政处罚上一年项目数量8项，本年增加1项，作出处理决定40件。"
     "行政强制全年作出决定27件。\n",
     {("t2.rule", "made", 0), ("t2.rule", "published", 0), ("t2.rule", "total_published", 0),
      ("t2.penalty", "prev_items", 8), ("t2.penalty", "delta", 1), ("t2.penalty", "decisions", 40),
      ("t2.coercion", "decisions", 27)}),
])
def test_table_two_told_in_prose(tmp_path, rows, expected):
    body = "二、主动公开政府信息情况\n" + rows + T3_NONE
    assert _facts(tmp_path, body, year=2019, prefixes=("t2.",)) == expected


@pytest.mark.parametrize("rows", [
    # a count whose words name no column is no cell, nor is it split into glued cells
    "行政处罚案件共办理418件。",
    "行政强制涉及企业13件。",
    # 均为 before a number other than 0 tells no cells
    "规章一栏均为3。",
])
def test_prose_counts_that_are_no_table_two_cells(tmp_path, rows):
    body = "二、主动公开政府信息情况\n" + rows + "行政许可上一年项目数量52项，本年减少3项，作出处理决定96件。\n" + T3_NONE
    got = _facts(tmp_path, body, year=2019, prefixes=("t2.",))
    assert {f for f in got if f[2] is not None} == {
        ("t2.licensing", "prev_items", 52), ("t2.licensing", "delta", -3), ("t2.licensing", "decisions", 96)}


# --- metadata: the issuer named by the sentence that publishes the report -------------------------

def _agency(text: str) -> str:
    return extract_metadata(Document("t.txt", "t", "txt", normalise(text), text)).agency


@pytest.mark.parametrize("text,agency", [
    ("根据《条例》要求，现公布某某区青山街道2019年政府信息公开工作年度报告。\n一、总体情况\n", "某某区青山街道"),
    ("2010年政府信息公开工作年度报告\n根据上级部署，现编制某某县水利局2010年度政府信息公开工作年度报告。\n",
     "某某县水利局"),
    ("2012年政府信息公开年度报告\n按照规定，特发布某某市农业局2012年政府信息公开年度报告如下。\n", "某某市农业局"),
    # neighbours: a title naming its agency keeps it; a sentence naming no issuer gives none
    ("某某县林业局2015年政府信息公开工作年度报告\n现公布如下。\n", "某某县林业局"),
    ("2013年政府信息公开工作年度报告\n现将2013年政府信息公开工作情况报告如下。\n", ""),
])
def test_the_agency_the_publishing_sentence_names(text, agency):
    assert _agency(text) == agency
