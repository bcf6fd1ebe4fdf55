"""Template tables as round-20 reports write them, snippets written for these tests (several
wordings per family): table 二 rows run on after their block caption and a colon, rows parted by
semicolons; table 四 as group rows where one 行政诉讼 row holds both lawsuit groups' ten cells."""
from __future__ import annotations

import pytest
from snippets import report_facts, table_triples

TITLE = "某某镇人民政府{year}年政府信息公开工作年度报告\n\n"
T3 = ("三、收到和处理政府信息公开申请情况\n本年新收申请0件，上年结转0件，本年度办理结果总计0件，"
      "结转下年度继续办理0件，表内其余各项均为0。\n")
T4_NONE = "四、政府信息公开行政复议、行政诉讼情况\n本年度无。\n五、存在的主要问题及改进情况\n略。\n"


def _t2(tmp_path, lines: list[str], year: int = 2023):
    body = "二、主动公开政府信息情况\n" + "\n".join(lines) + "\n" + T3 + T4_NONE
    return table_triples(tmp_path, TITLE.format(year=year) + body, ("t2.",))


@pytest.mark.parametrize("lines", [
    ["第二十条第（一）项：规章 0 0 0；行政规范性文件 2 1 7", "第二十条第（五）项：行政许可 12",
     "第二十条第（六）项：行政处罚 4；行政强制 0"],
    ["第二十条第(一)项: 规章 0 0 0; 行政规范性文件 2 1 7", "第二十条第(五)项: 行政许可 12",
     "第二十条第(六)项: 行政处罚 4; 行政强制 0"],
    ["第二十条第（一）项：规章 0 0 0，行政规范性文件 2 1 7", "第二十条第（五）项：行政许可 12",
     "第二十条第（六）项：行政处罚 4，行政强制 0"],
])
def test_rows_after_the_caption_and_a_colon(tmp_path, lines):
    assert _t2(tmp_path, lines) == {
        ("t2.rule", "issued", 0), ("t2.rule", "repealed", 0), ("t2.rule", "in_force", 0),
        ("t2.normdoc", "issued", 2), ("t2.normdoc", "repealed", 1), ("t2.normdoc", "in_force", 7),
        ("t2.licensing", "decisions", 12), ("t2.penalty", "decisions", 4), ("t2.coercion", "decisions", 0)}


def test_a_caption_named_in_prose_is_no_row(tmp_path):
    # words between caption and label: a sentence citing the article, no cells
    lines = ["按照第二十条第（一）项的规定公开规章和行政规范性文件情况。", "本年度行政处罚较上年有所减少。"]
    assert _t2(tmp_path, lines) == set()


T3_TABLE = ("三、收到和处理政府信息公开申请情况\n本年新收申请3件，上年结转0件，本年度办理结果总计3件，"
            "结转下年度继续办理0件，表内其余各项均为0。\n")


def _t4(tmp_path, rows: list[str], year: int = 2022):
    body = ("二、主动公开政府信息情况\n第二十条第（一）项\n规章\t0\t0\t0\n" + T3_TABLE
            + "四、政府信息公开行政复议、行政诉讼情况\n" + "\n".join(rows) + "\n五、存在的主要问题及改进情况\n略。\n")
    return table_triples(tmp_path, TITLE.format(year=year) + body, ("review", "litigation"))


def _group(g, values):
    return {(g, k, v) for k, v in zip(("upheld", "corrected", "other", "pending", "total"), values)}


@pytest.mark.parametrize("rows", [
    ["| 行政复议 | 2 | 0 | 0 | 1 | 3 |", "| 行政诉讼 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |"],
    ["行政复议\t2\t0\t0\t1\t3", "行政诉讼\t1\t0\t0\t0\t1\t0\t0\t0\t0\t0"],
    ["行政复议 2 0 0 1 3", "行政诉讼 1 0 0 0 1 0 0 0 0 0"],
])
def test_one_lawsuit_row_holds_both_lawsuit_groups(tmp_path, rows):
    assert _t4(tmp_path, rows) == (_group("review", (2, 0, 0, 1, 3)) | _group("litigation.direct", (1, 0, 0, 0, 1))
                                   | _group("litigation.after_review", (0, 0, 0, 0, 0)))


def test_a_lawsuit_row_of_five_cells_names_no_group(tmp_path):
    # five cells under 行政诉讼 alone: which lawsuit group they belong to is not told
    facts = _t4(tmp_path, ["行政复议 2 0 0 1 3", "行政诉讼 1 0 0 0 1"])
    assert not {f for f in facts if f[0].startswith("litigation") and f[2] is not None}


T2_ROW = "二、主动公开政府信息情况\n第二十条第（一）项\n规章\t0\t0\t0\n"


def _t3(tmp_path, lines: list[str], year: int = 2022):
    body = (T2_ROW + "三、收到和处理政府信息公开申请情况\n" + "\n".join(lines) + "\n"
            + T4_NONE)
    return table_triples(tmp_path, TITLE.format(year=year) + body, ("requests.",))


@pytest.mark.parametrize("s", ["\t", " | ", "  "])
def test_a_list_of_the_rows_with_data_naming_its_cells(tmp_path, s):
    # 结转下年度 and 上年结转 left out (no data): the rows kept balance alone
    lines = [f"一、本年新收政府信息公开申请数量{s}自然人 3{s}商业企业 1{s}总计 4",
             f"（一）予以公开{s}自然人 2{s}总计 2",
             f"（三）不予公开 1.属于国家秘密{s}商业企业 1{s}总计 1",
             f"（五）不予处理 2.重复申请{s}自然人 1{s}总计 1",
             f"（七）总计{s}自然人 3{s}商业企业 1{s}总计 4"]
    assert _t3(tmp_path, lines) == {
        ("requests.new", "natural_person", 3), ("requests.new", "org_business", 1), ("requests.new", "total", 4),
        ("requests.outcome", "granted", 2), ("requests.outcome", "deny.state_secret", 1),
        ("requests.outcome", "reject.duplicate", 1), ("requests.outcome", "total", 4)}


def test_a_list_of_named_cells_that_does_not_balance_is_no_list(tmp_path):
    # 4 new against 总计 3 and nothing carried over: a row is missing, read nothing
    lines = ["一、本年新收政府信息公开申请数量\t自然人 4\t总计 4", "（一）予以公开\t自然人 3\t总计 3",
             "（七）总计\t自然人 3\t总计 3"]
    assert not {f for f in _t3(tmp_path, lines) if f[2] is not None}


@pytest.mark.parametrize("sep", ["\n", "\n\n", "\n\t"])
def test_total_column_list_whose_total_row_lost_its_numbering(tmp_path, sep):
    lines = [f"本年新收政府信息公开申请数量{sep}5", f"上年结转政府信息公开申请数量{sep}1", f"予以公开{sep}3",
             f"部分公开{sep}1", f"不予处理 重复申请{sep}1", f"总计{sep}5", f"结转下年度继续办理{sep}1"]
    assert _t3(tmp_path, lines) == {
        ("requests.new", "total", 5), ("requests.carried_in", "total", 1), ("requests.outcome", "granted", 3),
        ("requests.outcome", "partial", 1), ("requests.outcome", "reject.duplicate", 1),
        ("requests.outcome", "total", 5), ("requests.carried_out", "total", 1)}


def test_a_bare_total_that_does_not_add_up_is_no_list(tmp_path):
    lines = ["本年新收政府信息公开申请数量\n5", "上年结转政府信息公开申请数量\n0", "予以公开\n3",
             "总计\n5", "结转下年度继续办理\n0"]
    assert not {f for f in _t3(tmp_path, lines) if f[0] == "requests.outcome" and f[1] == "total"}


def _sentence_facts(tmp_path, sentence: str, year: int = 2023):
    """Table 二's facts of a report telling it in a sentence, whichever reader reads them."""
    text = TITLE.format(year=year) + "二、主动公开政府信息情况\n" + sentence + "\n" + T3 + T4_NONE
    return {(f.measure, f.key, f.value) for f in report_facts(tmp_path, text)
            if f.measure.startswith("t2.") and f.value is not None}


@pytest.mark.parametrize("sentence,expected", [
    ("本年度本镇未制发、未废止行政规范性文件，现行有效件数为0；行政许可、行政处罚均无处理决定。",
     {("t2.normdoc", "issued", 0), ("t2.normdoc", "repealed", 0), ("t2.normdoc", "in_force", 0),
      ("t2.licensing", "decisions", 0), ("t2.penalty", "decisions", 0)}),
    ("全年本单位无规范性文件制发、废止，现行有效规范性文件3件；本年作出行政许可决定12件。",
     {("t2.normdoc", "issued", 0), ("t2.normdoc", "repealed", 0), ("t2.normdoc", "in_force", 3),
      ("t2.licensing", "decisions", 12)}),
    ("本年度无规章和行政规范性文件制发、废止，现行有效行政规范性文件2件；本年作出行政处罚决定4件。",
     {("t2.rule", "issued", 0), ("t2.normdoc", "issued", 0), ("t2.normdoc", "repealed", 0),
      ("t2.normdoc", "in_force", 2), ("t2.penalty", "decisions", 4)}),
    ("行政规范性文件：本年制发1件、废止0件、现行有效5件。行政许可本年处理决定30件。",
     {("t2.normdoc", "issued", 1), ("t2.normdoc", "repealed", 0), ("t2.normdoc", "in_force", 5),
      ("t2.licensing", "decisions", 30)}),
])
def test_table_two_told_in_sentences_denying_its_columns(tmp_path, sentence, expected):
    assert _sentence_facts(tmp_path, sentence) == expected


def test_a_denial_without_table_two_columns_is_no_row(tmp_path):
    # 制发 alone, no other column of the block and no decision row: any document count
    assert not _sentence_facts(tmp_path, "本年度未制发规范性文件，将继续加强制度建设。")


@pytest.mark.parametrize("note", [
    "本年度本单位未发生政府信息公开行政复议和行政诉讼，表中各项均为0。",
    "全年没有因政府信息公开被申请行政复议或提起行政诉讼的情况，本表各项数据均为零。",
    "2022年无相关复议、诉讼案件，表内所有项目均为0。",
])
def test_a_note_that_every_cell_of_table_four_is_zero(tmp_path, note):
    zeros = (0, 0, 0, 0, 0)
    assert _t4(tmp_path, [note]) == (_group("review", zeros) | _group("litigation.direct", zeros)
                                     | _group("litigation.after_review", zeros))


def test_a_zero_note_beside_counts_told_is_no_all_zero_table(tmp_path):
    # a count stands beside the note: the note speaks of the cells not told
    facts = _t4(tmp_path, ["本年度被申请行政复议1件，结果维持，表中其他各项均为0。"])
    assert ("review", "corrected", 0) not in facts


@pytest.mark.parametrize("sentence,expected", [
    ("行政复议：结果维持2件、结果纠正1件、其他结果0件、尚未审结0件，总计3件。",
     _group("review", (2, 1, 0, 0, 3))),
    ("本年度行政复议维持1件、纠正0件、其他0件、尚未审结2件，合计3件；未经复议直接起诉维持2件，合计2件。",
     _group("review", (1, 0, 0, 2, 3)) | {("litigation.direct", "upheld", 2), ("litigation.direct", "total", 2)}),
    ("复议后起诉：维持1件，纠正1件，共计2件。",
     {("litigation.after_review", "upheld", 1), ("litigation.after_review", "corrected", 1),
      ("litigation.after_review", "total", 2)}),
])
def test_a_group_told_in_its_column_words(tmp_path, sentence, expected):
    assert {f for f in _t4(tmp_path, [sentence]) if f[2] is not None} == expected


def test_a_group_whose_parts_exceed_its_total_is_not_read(tmp_path):
    facts = _t4(tmp_path, ["行政复议维持2件、纠正1件，合计2件。"])
    assert not {f for f in facts if f[0] == "review" and f[2] is not None and f[1] == "corrected"}


@pytest.mark.parametrize("sentence,expected", [
    ("本年度未制作、公开规章；新制作并公开规范性文件2件，对外公开规范性文件总数9件。",
     {("t2.rule", "made", 0), ("t2.rule", "published", 0), ("t2.normdoc", "made", 2),
      ("t2.normdoc", "published", 2), ("t2.normdoc", "total_published", 9)}),
    ("全年新制作并公开规章1件，对外公开规章总数4件。",
     {("t2.rule", "made", 1), ("t2.rule", "published", 1), ("t2.rule", "total_published", 4)}),
    ("本单位未制作和公开规范性文件，请社会监督。",
     {("t2.normdoc", "made", 0), ("t2.normdoc", "published", 0)}),
])
def test_the_2019_columns_denied_or_told_together(tmp_path, sentence, expected):
    assert _sentence_facts(tmp_path, sentence, year=2019) == expected


@pytest.mark.parametrize("sentence,row", [
    ("行政强制方面，上一年项目数量7项，本年无增减，处理决定数量15件。", "t2.coercion"),
    ("行政许可上一年项目数量9项，本年度没有增减，作出处理决定40件。", "t2.licensing"),
    ("行政处罚上一年项目数量20项，本年无增减，全年处理决定数量3件。", "t2.penalty"),
])
def test_an_unchanged_item_list_is_a_zero_delta(tmp_path, sentence, row):
    facts = _sentence_facts(tmp_path, "规章和规范性文件本年新制作、新公开均为0件。" + sentence, year=2019)
    assert (row, "delta", 0) in facts
