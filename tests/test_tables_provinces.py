"""Template and statistics tables as other provinces' crawlers and converters damage them, and the
report format (`Metadata.template`) of reports whose tables are lost: snippets written for
these tests, each family in several damage variants, asserting exact fact sets."""
from __future__ import annotations

import pytest
from ogi.checks import template as template_checks
from ogi.extract import extract
from ogi.model import Document
from ogi.normalise import normalise
from ogi.read import read_document

TITLE = "某某县某某局{year}年政府信息公开工作年度报告\n\n"


def _doc(text: str) -> Document:
    return Document("t.txt", "t", "txt", normalise(text), text)


def _run(text: str):
    return extract(_doc(text))


def _read(tmp_path, source: str, name: str = "report.txt"):
    path = tmp_path / name
    path.write_text(source, encoding="utf-8")
    doc = read_document(path, name)
    return doc, *extract(doc)


def _table_facts(facts, prefixes=("t2.", "requests.", "review", "litigation")) -> set[tuple[str, str, float]]:
    return {(f.measure, f.key, f.value) for f in facts if f.measure.startswith(prefixes)
            and f.source_frame == "template_table"}


T4_KEYS = [(g, c) for g in ("review", "litigation.direct", "litigation.after_review")
           for c in ("upheld", "corrected", "other", "pending", "total")]


def _t4(values) -> set[tuple[str, str, float]]:
    return {(g, c, v) for (g, c), v in zip(T4_KEYS, values) if v is not None}


# --- Markdown tables saved as plain text ------------------------------------------------------

T3_PIPE = ("三、收到和处理政府信息公开申请情况\n"
           "| | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n"
           "{delimiter}"
           "| 一、本年新收政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |\n"
           "| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
           "| （一）予以公开 | 1 | 1 | 0 | 0 | 0 | 0 | 2 |\n"
           "| 1.本机关不掌握相关政府信息 | 2 |  |  |  |  |  | 2 |\n"
           "| （七）总计 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |\n"
           "| 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n\n"
           "四、政府信息公开行政复议、行政诉讼情况\n本年度无。\n")


@pytest.mark.parametrize("delimiter", ["|---|---|---|---|---|---|---|---|\n", "| --- | :---: | --- | --- | --- | --- | --- | --- |\n", ""])
def test_a_markdown_table_in_a_text_file_is_read_as_table_rows(tmp_path, delimiter):
    doc, meta, facts = _read(tmp_path, TITLE.format(year=2020) + T3_PIPE.format(delimiter=delimiter))
    assert doc.fmt == "txt" and meta.template == "template_2019"
    got = {(m, k, v) for m, k, v in _table_facts(facts) if not k.startswith(("org_research", "org_public", "org_legal",
                                                                             "org_other"))}
    assert got == {
        ("requests.new", "natural_person", 3), ("requests.new", "org_business", 1), ("requests.new", "total", 4),
        ("requests.carried_in", "total", 0), ("requests.outcome", "granted", 2),
        ("requests.outcome", "unable.not_held", 2), ("requests.outcome", "total", 4),
        ("requests.carried_out", "total", 0)}
    # the blank organisation cells of the 不掌握 row: its total proves them 0, flagged so
    blanks = {f.key: (f.value, f.flag) for f in facts if f.measure == "t3.cell" and f.key.startswith("unable.not_held.")
              and f.key != "unable.not_held.natural_person"}
    assert set(blanks.values()) == {(0, "blank_as_zero")} and len(blanks) == 5


def test_text_with_a_lone_bar_stays_plain_text(tmp_path):
    source = TITLE.format(year=2015) + "全年主动公开政府信息120条 | 其中工作动态80条。\n| 备注：无 |\n"
    doc, _, facts = _read(tmp_path, source)
    assert doc.text == normalise(source)
    assert {(f.measure, f.key, f.value) for f in facts} == {("proactive", "total", 120),
                                                            ("proactive.category", "cat_news", 80)}


def test_a_crawler_header_still_names_the_title_of_a_text_file_with_tables(tmp_path):
    source = ("标题: 某某县某某局2020年政府信息公开工作年度报告\n发布时间: 2021-01-20\n==== 正文 ====\n"
              + T3_PIPE.format(delimiter=""))
    doc, meta, _ = _read(tmp_path, source)
    assert (doc.title_hint, doc.published_hint, meta.report_year) == (
        "某某县某某局2020年政府信息公开工作年度报告", "2021-01-20", 2020)


# --- table 四 alone, its group header lost ------------------------------------------------------

T4_HEADING = "四、政府信息公开行政复议、行政诉讼情况\n"
T4_COLUMNS_LINE = "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t" * 2 + "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
PROSE_BEFORE = "一、总体情况\n全年主动公开政府信息300条。\n"


@pytest.mark.parametrize("header", [
    "行政复议\t\t\t\t\t行政诉讼\n" + T4_COLUMNS_LINE,    # the 未经复议直接起诉 / 复议后起诉 row lost
    T4_COLUMNS_LINE,                                   # both group rows lost
    " ".join(["结果维持 结果纠正 其他结果 尚未审结 总计"] * 3) + "\n",   # PDF text, one line
    "行政复议 行政诉讼\n" + " ".join(["维持 纠正 其他结果 尚未审结 总计"] * 3) + "\n",   # short names
])
def test_table_four_alone_is_placed_by_the_templates_order(header):
    values = [3, 1, 0, 1, 5, 2, 0, 0, 1, 3, 1, 0, 0, 0, 1]
    row = ("\t" if "\t" in header else " ").join(map(str, values))
    meta, facts = _run(TITLE.format(year=2022) + PROSE_BEFORE + T4_HEADING + header + row + "\n五、存在的主要问题\n无。")
    assert meta.template == "template_2021"     # table 四 tells no layout: the report's era
    assert _table_facts(facts) == _t4(values)


def test_a_blank_in_a_table_four_row_that_writes_its_zeros_is_no_fact():
    values = [3, 1, 0, 1, 5, 2, None, 0, 1, 3, 1, 0, 0, 0, 1]
    row = "\t".join("" if v is None else str(v) for v in values)
    meta, facts = _run(TITLE.format(year=2021) + T4_HEADING + T4_COLUMNS_LINE + row + "\n五、其他\n无。")
    assert _table_facts(facts) == _t4(values)
    group = [c for c in template_checks.run(meta, facts)
             if c.rule == "t4_group_sum" and "litigation.direct" in c.subject]
    assert [(c.status, c.message) for c in group] == [("not_assessable", "blank or missing: corrected")]


def test_a_table_four_row_that_leaves_every_zero_blank_keeps_its_proven_zeros():
    values = [3, 1, None, 1, 5, 2, None, None, 1, 3, 1, None, None, None, 1]
    row = "\t".join("" if v is None else str(v) for v in values)
    _, facts = _run(TITLE.format(year=2021) + T4_HEADING + T4_COLUMNS_LINE + row + "\n五、其他\n无。")
    assert _table_facts(facts) == _t4([0 if v is None else v for v in values])
    assert {f.flag for f in facts if f.value == 0} == {"blank_as_zero"}


@pytest.mark.parametrize("prose", [
    "本年度发生行政复议1件，结果维持1件；行政诉讼2件，尚未审结2件。",
    "行政复议结果维持、结果纠正的案件数均为1件，行政诉讼0件。",
])
def test_table_four_words_in_prose_make_no_table(prose):
    meta, facts = _run(TITLE.format(year=2022) + T4_HEADING + prose + "\n五、存在的主要问题\n无。")
    assert not [f for f in facts if f.source_frame == "template_table"]


# --- table 二 without its 第二十条 block captions -------------------------------------------------

@pytest.mark.parametrize("layout, header, rows, expected, template", [
    ("tabs", "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n",
     "规章\t0\t0\t0\n行政规范性文件\t1\t2\t4\n信息内容\t本年处理决定数量\n行政处罚\t3\n行政强制\t0\n",
     {("t2.rule", "issued", 0), ("t2.rule", "repealed", 0), ("t2.rule", "in_force", 0),
      ("t2.normdoc", "issued", 1), ("t2.normdoc", "repealed", 2), ("t2.normdoc", "in_force", 4),
      ("t2.penalty", "decisions", 3), ("t2.coercion", "decisions", 0)}, "template_2021"),
    ("pipes", "| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n",
     "| 规章 | 0 | 0 | 2 |\n| 规范性文件 | 3 | 3 | 17 |\n",
     {("t2.rule", "made", 0), ("t2.rule", "published", 0), ("t2.rule", "total_published", 2),
      ("t2.normdoc", "made", 3), ("t2.normdoc", "published", 3), ("t2.normdoc", "total_published", 17)},
     "template_2019"),
])
def test_table_two_without_block_captions_starts_at_its_heading(tmp_path, layout, header, rows, expected,
                                                                 template):
    year = 2021 if template == "template_2021" else 2020
    source = TITLE.format(year=year) + "二、主动公开政府信息情况\n" + header + rows + "\n三、收到和处理政府信息公开申请情况\n本年度无。\n"
    _, meta, facts = _read(tmp_path, source)
    assert meta.template == template
    assert _table_facts(facts, ("t2.",)) == expected


def test_a_heading_without_the_tables_header_reads_no_table_two():
    text = (TITLE.format(year=2020) + "二、主动公开政府信息情况\n本年新制作规范性文件2件，"
            "修订后对外公开的规章共计5件。\n三、收到和处理政府信息公开申请情况\n本年度无。\n" + "。" * 200)
    text = text.replace("本年新制作规范性文件2件", "全年共制作规范性文件2件")
    _, facts = _run(text)
    assert not [f for f in facts if f.measure.startswith("t2.")]


# --- the report format of reports without tables of their own --------------------------------

@pytest.mark.parametrize("year, template", [
    (2012, "free_text"), (2018, "free_text"), (2019, "template_2019"), (2020, "template_2019"),
    (2021, "template_2021"), (2024, "template_2021"),
])
def test_a_prose_only_report_has_its_eras_format(year, template):
    meta, _ = _run(TITLE.format(year=year) + "一、总体情况\n全年主动公开政府信息300条。\n本年度未收到政府信息公开申请。\n")
    assert meta.template == template


def test_a_table_two_sentence_in_prose_gives_the_same_format_as_plain_prose():
    """A 2020 report quoting the 2019 table's column words in a sentence and one that does not:
    both are 2019-template reports."""
    plain = TITLE.format(year=2020) + "一、总体情况\n全年主动公开政府信息337条。\n"
    quoting = plain + "二、主动公开政府信息情况\n第二十条第（一）项：本年新制作规范性文件0件，新公开0件，对外公开总数量0件。\n"
    assert _run(plain)[0].template == _run(quoting)[0].template == "template_2019"


# --- a 2014 statistics table without its header line --------------------------------------------

HEADLESS_ROWS = [
    ("一、主动公开情况", None, None),
    ("（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", "230"),
    ("（二）通过不同渠道和方式公开政府信息的情况", None, None),
    ("1.政府公报公开政府信息数", "条", ""),
    ("2.政府网站公开政府信息数", "条", "201"),
    ("3.其他方式公开政府信息数", "条", "29"),
    ("三、依申请公开情况", None, None),
    ("（一）收到申请数", "件", "9"),
    ("1.当面申请数", "件", "2"),
    ("2.网络申请数", "件", "7"),
    ("（三）申请答复数", "件", "9"),
    ("1.同意公开答复数", "件", "8"),
    ("2.不同意公开答复数", "件", "1"),
    ("四、行政复议数量", "件", "0"),
    ("六、举报投诉数量", "件", "1"),
]
HEADLESS_FACTS = {
    ("proactive", "total", 230), ("proactive.channel", "ch_website", 201),
    ("proactive.channel", "ch_other", 29), ("requests.new", "total", 9),
    ("requests.channel", "req_in_person", 2), ("requests.channel", "req_online", 7),
    ("requests.outcome", "total", 9), ("requests.outcome", "granted", 8),
    ("requests.outcome", "deny.total", 1), ("review", "total", 0), ("complaints", "total", 1),
}


def _headless(sep: str, glue: str | None = None) -> str:
    lines = []
    for label, unit, value in HEADLESS_ROWS:
        if unit is None:
            lines.append(label)
        elif label == glue:
            lines.append(label + unit + value)          # a converter glued the row's cells
        else:
            lines.append(sep.join((label, unit, value)).rstrip(" ") if value or sep == "\t" else label + sep + unit)
    return (TITLE.format(year=2016) + "一、概述\n本局认真做好政府信息公开工作。\n\n附表：政府信息公开情况统计表（2016年度）\n"
            + "\n".join(lines) + "\n")


@pytest.mark.parametrize("sep, glue", [("\t", None), (" ", None), ("\t", "1.当面申请数"), (" ", "（一）收到申请数")])
def test_a_statistics_table_without_its_header_is_read_by_its_rows(sep, glue):
    meta, facts = _run(_headless(sep, glue))
    assert meta.template == "stats_table_2014"
    got = {(f.measure, f.key, f.value) for f in facts if f.source_frame == "stats_table"}
    assert got == HEADLESS_FACTS
    assert {f.period for f in facts} == {"annual"}


def test_prose_naming_the_tables_first_row_is_no_table():
    text = (TITLE.format(year=2016) + "一、主动公开情况\n主动公开政府信息数为230条，其中网站公开201条。\n"
            "二、依申请公开情况\n收到申请数9件，均已答复。\n")
    meta, facts = _run(text)
    assert meta.template == "free_text"
    assert not [f for f in facts if f.source_frame == "stats_table"]


def test_a_few_headless_rows_are_not_enough_for_a_table():
    text = (TITLE.format(year=2016) + "主动公开政府信息数\t条\t230\n收到申请数\t件\t9\n")
    meta, facts = _run(text)
    assert meta.template == "free_text"
    assert not [f for f in facts if f.source_frame == "stats_table"]


# --- table 二 cells written as dashes -------------------------------------------------------------

T2_SIX = ("二、主动公开政府信息情况\n{caption}信息内容{sep}上一年项目数量{sep}本年增/减{sep}处理决定数量\n"
          "{rows}\n三、收到和处理政府信息公开申请情况\n本年度未收到申请。\n")


@pytest.mark.parametrize("caption", ["第二十条第（六）项\n", ""])
@pytest.mark.parametrize("sep, penalty, coercion", [
    ("\t", "行政处罚\t—\t—\t26", "行政强制\t—\t—\t3"),
    (" ", "行政处罚 — — 26", "行政强制 — — 3"),
    (" ", "行政处罚  /  /  26", "行政强制  -  -  3"),
    (" ", "行政处罚 —— —— 26", "行政强制 —— —— 3"),
])
def test_dash_cells_of_table_two_are_blanks_placed_by_order(caption, sep, penalty, coercion):
    text = TITLE.format(year=2019) + T2_SIX.format(caption=caption, sep=sep, rows=penalty + "\n" + coercion)
    meta, facts = _run(text)
    assert meta.template == "template_2019"
    assert _table_facts(facts, ("t2.",)) == {("t2.penalty", "decisions", 26), ("t2.coercion", "decisions", 3)}


def test_a_dash_row_keeps_its_written_cells_in_their_columns():
    text = TITLE.format(year=2019) + T2_SIX.format(caption="第二十条第（六）项\n", sep=" ",
                                                   rows="行政处罚 12 — 26\n行政强制 — -2 3")
    _, facts = _run(text)
    assert _table_facts(facts, ("t2.",)) == {
        ("t2.penalty", "prev_items", 12), ("t2.penalty", "decisions", 26),
        ("t2.coercion", "delta", -2), ("t2.coercion", "decisions", 3)}


# --- table 二 told as a sentence ------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("全年制发行政规范性文件3件，废止5件，现行有效41件。",
     {("t2.normdoc", "issued", 3), ("t2.normdoc", "repealed", 5), ("t2.normdoc", "in_force", 41)}),
    ("本年度制定规章1件、废止规章2件、现行有效规章共12件。",
     {("t2.rule", "issued", 1), ("t2.rule", "repealed", 2), ("t2.rule", "in_force", 12)}),
    ("印发规范性文件6件，现行有效的规范性文件28件，均已在专栏公开。",
     {("t2.normdoc", "issued", 6), ("t2.normdoc", "in_force", 28)}),
    ("制发规范性文件4件，经清理宣布失效或废止文件2件。",
     {("t2.normdoc", "issued", 4), ("t2.normdoc", "repealed", 2)}),
])
def test_table_two_figures_in_a_sentence(sentence, expected):
    text = TITLE.format(year=2023) + "一、总体情况\n（一）主动公开。" + sentence + "\n"
    meta, facts = _run(text)
    got = {(f.measure, f.key, f.value) for f in facts if f.measure.startswith("t2.")}
    assert got == expected
    assert {(f.source_frame, f.extractor) for f in facts if f.measure.startswith("t2.")} == {
        ("free_text", "t2.sentence")}


@pytest.mark.parametrize("text, year", [
    ("全年制发规范性文件3件，均按程序备案。", 2023),                 # 制发 alone: any count
    ("本年度印发规范性文件5件，组织学习培训2次。", 2022),
    ("全年制发规范性文件3件，废止5件，现行有效41件。", 2016),        # before the template era
])
def test_no_table_two_sentence_without_the_tables_column_words(text, year):
    _, facts = _run(TITLE.format(year=year) + "一、总体情况\n" + text + "\n")
    assert not [f for f in facts if f.measure.startswith("t2.")]


def test_a_sentence_repeating_the_table_adds_nothing():
    table = ("二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
             "规章\t0\t0\t0\n行政规范性文件\t3\t5\t41\n三、收到和处理政府信息公开申请情况\n无。\n")
    text = TITLE.format(year=2023) + "一、总体情况\n全年制发行政规范性文件3件，废止5件，现行有效41件。\n" + table
    _, facts = _run(text)
    normdoc = [(f.key, f.value, f.source_frame) for f in facts if f.measure == "t2.normdoc"]
    assert sorted(normdoc) == [("in_force", 41, "template_table"), ("issued", 3, "template_table"),
                               ("repealed", 5, "template_table")]


def test_headless_rows_with_two_figures_are_not_placed_in_columns():
    """本年度 | 历年累计 without the header that names them: which figure is the year's is unknown."""
    text = _headless("\t").replace("\t230", "\t230\t1804").replace("\t201", "\t201\t1500").replace("\t9", "\t9\t40")
    meta, facts = _run(text)
    assert meta.template == "free_text"
    assert not [f for f in facts if f.source_frame == "stats_table"]


def test_indented_pipe_rows_of_a_text_file_are_table_rows(tmp_path):
    """Plain text is no Markdown: lines indented by four spaces are paragraphs, not code, and
    indented rows of a pipe table are still its rows."""
    indented = "\n".join("    " + line if line.startswith("|") else line
                         for line in T3_PIPE.format(delimiter="").splitlines()).replace("情况\n", "情况\n\n", 1)
    source = TITLE.format(year=2020) + "一、总体情况\n\n    全年未收取任何费用。\n\n" + indented + "\n"
    _, _, facts = _read(tmp_path, source)
    assert ("requests.outcome", "unable.not_held", 2) in _table_facts(facts)
    assert ("requests.new", "total", 4) in _table_facts(facts)
    assert ("fees", "charged", 0) in {(f.measure, f.key, f.value) for f in facts}


@pytest.mark.parametrize("sentence, expected", [
    ("第二十条第（一）项：本年新制作规范性文件2件，新公开2件，对外公开总数量15件。",
     {("t2.normdoc", "made", 2, "annual"), ("t2.normdoc", "published", 2, "annual"),
      ("t2.normdoc", "total_published", 15, "cumulative")}),
    ("全年新制作规章1件、本年新公开规章1件。",
     {("t2.rule", "made", 1, "annual"), ("t2.rule", "published", 1, "annual")}),
    ("新制作规范性文件3件，废止1件。", set()),          # one layout's words only
])
def test_table_two_figures_in_a_2019_template_sentence(sentence, expected):
    text = TITLE.format(year=2020) + "一、总体情况\n（一）主动公开。" + sentence + "\n"
    _, facts = _run(text)
    assert {(f.measure, f.key, f.value, f.period) for f in facts if f.measure.startswith("t2.")} == expected


# --- table 四 with a blank cell lost altogether (fourteen cells) ------------------------------------

T4_SPACED_HEAD = T4_HEADING + "行政复议 行政诉讼\n" + " ".join(["结果维持 结果纠正 其他结果 尚未审结 总计"] * 3) + "\n"


@pytest.mark.parametrize("sep", [" ", "\t"])
def test_fourteen_cells_of_table_four_are_placed_where_the_group_sums_allow_one_place(sep):
    # review's total was blank: only there do all three groups still add up
    values = [2, 1, 0, 0, None, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0]
    row = sep.join(str(v) for v in values if v is not None)
    _, facts = _run(TITLE.format(year=2021) + T4_SPACED_HEAD + row + "\n五、存在的主要问题\n无。")
    assert _table_facts(facts) == _t4(values)
    assert not any(f.flag for f in facts if f.source_frame == "template_table")


@pytest.mark.parametrize("sep", [" ", "\t"])
def test_fourteen_cells_that_several_places_fit_leave_those_cells_unplaced(sep):
    # the blank was the 直接起诉 结果纠正 cell; 2 0 1 3 fits the group with the blank in four places
    values = [3, 1, 0, 1, 5, 2, None, 0, 1, 3, 1, 0, 0, 0, 1]
    row = sep.join(str(v) for v in values if v is not None)
    meta, facts = _run(TITLE.format(year=2021) + T4_SPACED_HEAD + row + "\n五、存在的主要问题\n无。")
    certain = [v if g != "litigation.direct" else None for (g, _), v in zip(T4_KEYS, values)]
    assert {fact for fact in _table_facts(facts) if fact[2] is not None} == _t4(certain)
    unplaced = [f for f in facts if f.measure == "litigation.direct"]
    assert {(f.key, f.value, f.flag) for f in unplaced} == {
        (k, None, "blank_cell_unplaced") for k in ("upheld", "corrected", "other", "pending", "total")}
    assert all("2|blank|0|1|3" in f.candidates and "blank|2|0|1|3" in f.candidates for f in unplaced)
    checks = template_checks.run(meta, facts)
    assert [c.status for c in checks if c.rule == "t4_group_sum"] == ["pass", "not_assessable", "pass"]
    assert [(c.status, c.subject.split()[0]) for c in checks if c.rule == "cell_unplaced"] == [
        ("not_assessable", "litigation.direct")]
