"""Pre-2019 statistics tables: every row shape the crawlers and readers produce."""
from __future__ import annotations

import pytest
from ogi.extract.stats_table import extract_stats_table
from ogi.model import Document, Metadata
from ogi.normalise import normalise
from ogi.paths import ROOT


def _doc(text: str) -> Document:
    return Document(source_file="t.txt", report_id="t", fmt="txt", text=normalise(text), raw_text=text)


def _facts(text: str, year: int = 2011):
    doc = _doc(text)
    template, facts = extract_stats_table(doc, Metadata(report_year=year))
    return doc, template, {(f.measure, f.key, f.period): f for f in facts}, facts


SPACED = ("二○一二年二月二十日 附件1：某县2011年政府信息公开情况统计表 指标名称 计量 单位 2011 年度 历年累计 "
          "主动公开信息数 条 120 900 其中：1.网站公开 条 100 850 2.政府公报公开 条 20 50 "
          "受理依申请公开信息总数 条 3 10 其中：1.当面申请数 条 1 4 2.电子邮件申请数 条 2 6 "
          "对申请的答复数 条 3 10 其中：1.同意公开答复数 条 2 8 2.同意部分公开答复数 条 1 1 "
          "3.否决公开答复数 条 0 1 行政复议数 条 0 0 行政诉讼数 条 0 0 行政申诉数 条 0 0 附件下载")


def test_space_separated_rows_with_split_header_give_annual_and_cumulative():
    doc, template, by, _ = _facts(SPACED)
    assert template == "stats_table_2014"
    assert by[("proactive", "total", "annual")].value == 120
    assert by[("proactive", "total", "cumulative")].value == 900
    assert by[("proactive.channel", "ch_website", "cumulative")].value == 850
    assert by[("proactive.channel", "ch_gazette", "annual")].value == 20
    assert by[("requests.new", "total", "annual")].value == 3
    assert by[("requests.channel", "req_online", "annual")].value == 2
    assert by[("requests.outcome", "partial", "annual")].value == 1
    assert by[("requests.outcome", "deny.total", "cumulative")].value == 1
    assert by[("complaints", "total", "annual")].value == 0
    assert by[("review", "total", "annual")].unit == "case"
    fact = by[("proactive.channel", "ch_website", "annual")]
    assert doc.text[fact.char_start:fact.char_end] == "100"
    assert fact.evidence == "其中：1.网站公开 条 100 850"
    assert fact.source_frame == "stats_table"


def test_glued_cells_are_split_by_prose_and_sub_row_sums():
    text = ("全年主动公开政府信息312条。 指标名称计量单位2012年度历年累计主动公开信息数条3121560"
            "其中：1.网站公开条30215302.政府公报公开条1030受理依申请公开信息总数条01"
            "其中：1.当面申请数条002.网上申请数条01")
    doc, _, by, facts = _facts(text, 2012)
    assert by[("proactive", "total", "annual")].value == 312          # 312 stated in prose
    assert by[("proactive", "total", "cumulative")].value == 1560
    assert by[("proactive.channel", "ch_website", "annual")].value == 302   # 302 + 10 = 312
    assert by[("proactive.channel", "ch_website", "cumulative")].value == 1530
    assert by[("proactive.channel", "ch_gazette", "cumulative")].value == 30
    assert by[("requests.new", "total", "cumulative")].value == 1
    assert by[("requests.channel", "req_in_person", "annual")].value == 0
    assert by[("requests.channel", "req_online", "cumulative")].value == 1
    assert not any(f.flag for f in facts)
    website = by[("proactive.channel", "ch_website", "cumulative")]
    assert doc.text[website.char_start:website.char_end] == "1530"


def test_glued_run_with_two_possible_splits_is_flagged_not_guessed():
    _, _, by, _ = _facts("指标名称计量单位2012年度历年累计行政复议数件1234", 2012)
    annual = by[("review", "total", "annual")]
    cumulative = by[("review", "total", "cumulative")]
    assert annual.value is None and annual.flag == "ambiguous_split"
    assert cumulative.value is None and cumulative.flag == "ambiguous_split"
    # the row's readings (123|4 would make the cumulative column smaller than the year's)
    assert annual.candidates.split("; ") == cumulative.candidates.split("; ") == [
        "1|234", "12|34"]


def test_cumulative_below_annual_reading_is_rejected():
    # 1|530 and 15|30 stay possible; 153|0 would make the cumulative column smaller.
    _, _, by, _ = _facts("指标名称计量单位2012年度历年累计行政诉讼数件1530", 2012)
    assert by[("litigation", "total", "annual")].candidates.split("; ") == ["1|530", "15|30"]


def test_one_column_table_2014_layout_with_blank_cells():
    text = ("统计指标 单位 统计数 一、主动公开情况 （一）主动公开政府信息数（不同渠道和方式公开相同信息计1条） 条 162 "
            "其中：主动公开规范性文件数 条 制发规范性文件总数 件 （二）通过不同渠道和方式公开政府信息的情况 "
            "1．政府公报公开政府信息数 条 2．政府网站公开政府信息数 条 92 3．政务微博公开政府信息数 条 "
            "4．政务微信公开政府信息数 条 6 5．其他方式公开政府信息数 条 64 二、回应解读情况 "
            "（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次） 次 3 "
            "三、依申请公开情况 （一）收到申请数 件 0 1．当面申请数 件 四、行政复议数量 件 2 "
            "（一）维持具体行政行为数 件 2 （二）被依法纠错数 件 （三）其他情形数 件 "
            "七、依申请公开信息收取的费用 万元 0.5 八、机构建设和保障经费情况 1．政府信息公开工作专门机构数 个 1")
    _, _, by, facts = _facts(text, 2018)
    assert by[("proactive", "total", "annual")].value == 162
    assert by[("proactive.channel", "ch_website", "annual")].value == 92
    assert by[("proactive.channel", "ch_wechat", "annual")].value == 6
    assert by[("proactive.channel", "ch_other", "annual")].value == 64
    assert by[("requests.new", "total", "annual")].value == 0
    assert by[("review", "total", "annual")].value == 2
    assert by[("review", "upheld", "annual")].value == 2
    assert by[("fees", "charged", "annual")].value == 5000      # 万元 -> yuan
    # Blank cells are not zeros: no fact at all.
    for blank in [("proactive.channel", "ch_gazette"), ("proactive.channel", "ch_weibo"),
                  ("proactive.category", "cat_policy"), ("requests.channel", "req_in_person"),
                  ("review", "corrected"), ("review", "other")]:
        assert (*blank, "annual") not in by
    # Rows outside the contract (responses, staffing) give no disclosure facts.
    assert all(f.value != 3 and f.value != 1 for f in facts)


def test_tab_separated_rows_keep_blank_cells_in_place():
    text = ("附表\n指标名称\t计量单位\t本年度\t历年累计\n主动公开信息数\t条\t45\t\n"
            "网站公开\t条\t\t300\n行政诉讼数\t件\t0\t0\n")
    _, _, by, _ = _facts(text)
    assert by[("proactive", "total", "annual")].value == 45
    assert ("proactive", "total", "cumulative") not in by
    assert by[("proactive.channel", "ch_website", "cumulative")].value == 300
    assert ("proactive.channel", "ch_website", "annual") not in by
    assert by[("litigation", "total", "cumulative")].value == 0


def test_one_column_local_table_with_spaced_row_numbers():
    text = ("平潭县某局 二○一○年四月十日 附表： 指标名称 计量单位 年末统计 主动公开信息数 条 3 "
            "其中：1．网站公开 条 3 2．政府公报公开 条 0 受理依申请公开信息总数 条 0 "
            "其中：1．当面申请数 条 0 4. 网上申请数 条 0 附件下载")
    _, _, by, facts = _facts(text, 2009)
    assert by[("proactive", "total", "annual")].value == 3
    assert by[("proactive.channel", "ch_gazette", "annual")].value == 0
    assert by[("requests.channel", "req_online", "annual")].value == 0
    assert all(f.period == "annual" for f in facts)
    assert len(facts) == 6


def test_no_table_no_facts_no_format_and_metadata_untouched():
    meta = Metadata(report_year=2013)
    assert extract_stats_table(_doc("本局共主动公开政府信息5条，没有收到申请。"), meta) == (None, [])
    assert meta == Metadata(report_year=2013)


CORPUS = ROOT.parent / "shared" / "corpus" / "raw"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available on this machine")
@pytest.mark.parametrize("name, expected", [
    ("006_pt_xian_2011.txt", {("proactive.channel", "ch_website", "annual"): 418,
                              ("proactive.channel", "ch_website", "cumulative"): 1509,
                              ("proactive", "total", "cumulative"): 1516}),
    ("004_pt_syq_2015.txt", {("proactive", "total", "cumulative"): 81916,
                             ("requests.outcome", "granted", "cumulative"): 1,
                             ("requests.outcome", "granted", "annual"): 0}),
])
def test_real_glued_tables(name, expected):
    from ogi.extract.metadata import extract_metadata
    from ogi.read import read_document
    doc = read_document(CORPUS / name, name)
    facts = extract_stats_table(doc, extract_metadata(doc)).facts
    by = {(f.measure, f.key, f.period): f.value for f in facts}
    for ident, value in expected.items():
        assert by[ident] == value
    assert not any(f.flag == "ambiguous_split" for f in facts)


def test_code_column_and_this_period_column_are_not_reported():
    # Dingxi-style layout: 指标名称 | 计量单位 | 代码 | 本期实际 | 本年累计 (year to date = annual).
    text = ("指标名称 计量单位 代码 本期实际 本年累计 主动公开信息数 条 01 12 140 "
            "申请总数 件 02 1 9 1.当面申请 件 03 0 4 2.电子邮件申请 件 04 1 5")
    _, _, by, facts = _facts(text, 2010)
    assert by[("proactive", "total", "annual")].value == 140
    assert by[("requests.new", "total", "annual")].value == 9
    assert by[("requests.channel", "req_online", "annual")].value == 5
    assert all(f.period == "annual" for f in facts) and len(facts) == 4


def test_row_counting_two_things_is_flagged():
    text = "指标名称 计量单位 2014年度 历年累计 3、信函、传真申请数 条 1 1 其中：主动公开政策、规范性文件数 条 2 2"
    _, _, by, _ = _facts(text, 2014)
    assert by[("requests.channel", "req_letter", "annual")].flag == "combined_row"
    assert by[("proactive.category", "cat_policy", "annual")].flag == ""


# --- a two-line header: 数量 (or 统计数) spans the period columns under it (written for these tests)
PAIR_ROWS = [("主动公开政府信息数", "条", "86", "640"), ("其中：政府网站公开政府信息数", "条", "80", "600"),
             ("收到申请数", "件", "6", "31"), ("1.当面申请数", "件", "2", "11"), ("2.网络申请数", "件", "4", "20"),
             ("行政复议数量", "件", "—", "3")]
PAIR_FACTS = {("proactive", "total", 86, "annual"), ("proactive", "total", 640, "cumulative"),
              ("proactive.channel", "ch_website", 80, "annual"), ("proactive.channel", "ch_website", 600, "cumulative"),
              ("requests.new", "total", 6, "annual"), ("requests.new", "total", 31, "cumulative"),
              ("requests.channel", "req_in_person", 2, "annual"), ("requests.channel", "req_in_person", 11, "cumulative"),
              ("requests.channel", "req_online", 4, "annual"), ("requests.channel", "req_online", 20, "cumulative"),
              ("review", "total", 3, "cumulative")}


@pytest.mark.parametrize("header, sep", [
    ("指标名称 计量单位 数量\n本年度 历年累计\n", " "),
    ("统计指标 单位 统计数\n2013年 历年累计\n", " "),
    ("指标名称\t计量单位\t数量\t\n\t\t本年度\t历年累计\n", "\t"),    # a grid: the span leaves empty cells
    ("指标名称\n计量单位\n数量\n本年度\n历年累计\n", "\n"),
])
def test_a_spanning_head_over_the_period_columns_is_no_column(header, sep):
    text = ("某县2013年政府信息公开工作年度报告\n附件：政府信息公开情况统计表\n" + header
            + "\n".join(sep.join(row) for row in PAIR_ROWS) + "\n\n某县人民政府办公室\n")
    _, template, _, facts = _facts(text, year=2013)
    assert template == "stats_table_2014"
    assert {(f.measure, f.key, f.value, f.period) for f in facts} == PAIR_FACTS
    assert not any(f.flag for f in facts)


def test_a_lone_quantity_column_stays_the_years_column():
    text = ("某县2013年政府信息公开工作年度报告\n附件：政府信息公开情况统计表\n指标名称 计量单位 数量\n"
            + "\n".join(" ".join(row[:3]) for row in PAIR_ROWS) + "\n\n某县人民政府办公室\n")
    _, _, _, facts = _facts(text, year=2013)
    assert {(f.measure, f.key, f.value, f.period) for f in facts} == {
        ("proactive", "total", 86, "annual"), ("proactive.channel", "ch_website", 80, "annual"),
        ("requests.new", "total", 6, "annual"), ("requests.channel", "req_in_person", 2, "annual"),
        ("requests.channel", "req_online", 4, "annual")}


# --- a row of a two-column table with one cell left empty and collapsed: which column is blank is
# unknown, so neither gets a value unless the table or the prose tells (written for these tests)
def _pair_table(prose: str, review: str) -> str:
    return ("某县2013年政府信息公开工作年度报告\n" + prose + "\n附件：政府信息公开情况统计表\n指标名称 计量单位 本年度 历年累计\n"
            "主动公开政府信息数 条 86 640\n收到申请数 件 6 31\n" + review + "\n\n某县人民政府办公室\n")


@pytest.mark.parametrize("review", ["行政复议数量 件 2", "行政复议数量\t件\t2", "行政复议数量 件2"])
def test_a_collapsed_blank_in_a_two_column_row_leaves_both_columns_open(review):
    _, _, _, facts = _facts(_pair_table("本年度依法办理各项工作。", review), year=2013)
    got = {(f.measure, f.period, f.value, f.flag, f.candidates) for f in facts if f.measure == "review"}
    if "\t" in review:   # a tab row keeps its empty cell in place: the 2 is this year's
        assert got == {("review", "annual", 2, "", "")}
    else:
        assert got == {("review", period, None, "blank_cell_unplaced", "2|blank; blank|2")
                       for period in ("annual", "cumulative")}


def test_the_prose_stating_the_years_figure_places_a_collapsed_cell():
    _, _, _, facts = _facts(_pair_table("本年度收到行政复议申请2件。", "行政复议数量 件 2"), year=2013)
    assert {(f.measure, f.period, f.value) for f in facts if f.measure == "review"} == {("review", "annual", 2)}


# --- a statistics table kept as Markdown pipe rows (header cells between pipes) ----------------
PIPE_ROWS = [("主动公开政府信息数", "条", "640"), ("政府网站公开政府信息数", "条", "600"),
             ("收到申请数", "件", "4"), ("当面申请数", "件", "3"), ("网络申请数", "件", "1"),
             ("行政复议数量", "件", "0"), ("依申请公开信息收取的费用", "万元", "0"),
             ("接受培训人员数", "人次", "25")]   # a trap: staff trained, no disclosure fact


@pytest.mark.parametrize("frame", ["{} | {} | {}", "| {} | {} | {} |", "|{}|{}|{}|"])
@pytest.mark.parametrize("delimiter", [True, False])
def test_a_pipe_table_is_read_like_a_tab_table(frame, delimiter):
    head = frame.format("统计指标", "单位", "统计数") + "\n"
    if delimiter:
        head += frame.format("---", "---", "---") + "\n"
    rows = "".join(frame.format(*r) + "\n" for r in PIPE_ROWS)
    _, template, _, facts = _facts("附表：政府信息公开情况统计表\n" + head + rows + "\n四、其他\n无。", year=2015)
    assert template == "stats_table_2014"
    assert {(f.measure, f.key, f.value, f.period) for f in facts} == {
        ("proactive", "total", 640, "annual"), ("proactive.channel", "ch_website", 600, "annual"),
        ("requests.new", "total", 4, "annual"), ("requests.channel", "req_in_person", 3, "annual"),
        ("requests.channel", "req_online", 1, "annual"), ("review", "total", 0, "annual"),
        ("fees", "charged", 0, "annual")}


def test_pipes_in_prose_are_no_table():
    _, template, _, facts = _facts("全年主动公开信息 | 共计 640 条 | 较上年增长。", year=2015)
    assert template is None and facts == []


# --- 本年 | 累计（2013年以来） glued in the header, cells glued after the unit -----------------------
GLUED_SINCE = ("附件：政府信息公开情况统计表\n指标名称计量单位{head}\n"
               "主动公开政府信息数条{total}\n其中：政府网站公开政府信息数条{web}\n"
               "政务微博公开政府信息数条{weibo}\n收到申请数件14\n行政复议数量件00\n")


@pytest.mark.parametrize("head", ["本年累计（2013年以来）", "本年累计(2013年以来)", "本年 累计（2013年以来）"])
def test_a_glued_since_header_gives_annual_and_cumulative_and_channel_sums_split_the_runs(head):
    # 97 | 431 = 80 | 400 + 17 | 31: the only split whose channels add up in both columns
    _, template, by, facts = _facts(GLUED_SINCE.format(head=head, total="97431", web="80400", weibo="1731"),
                                    year=2016)
    assert template == "stats_table_2014"
    assert {(f.measure, f.key, f.period, f.value) for f in facts} == {
        ("proactive", "total", "annual", 97), ("proactive", "total", "cumulative", 431),
        ("proactive.channel", "ch_website", "annual", 80), ("proactive.channel", "ch_website", "cumulative", 400),
        ("proactive.channel", "ch_weibo", "annual", 17), ("proactive.channel", "ch_weibo", "cumulative", 31),
        ("requests.new", "total", "annual", 1), ("requests.new", "total", "cumulative", 4),
        ("review", "total", "annual", 0), ("review", "total", "cumulative", 0)}


def test_glued_since_runs_whose_channels_do_not_add_up_stay_flagged():
    # 2 | 120 and 1 | 100 fit under 9 | 7431 and 97 | 431 alike and add up to neither: unproven
    _, _, by, facts = _facts(GLUED_SINCE.format(head="本年累计（2013年以来）", total="97431", web="2120",
                                                weibo="1100"), year=2016)
    total = [f for f in facts if f.measure == "proactive"]
    assert {(f.period, f.value, f.flag) for f in total} == {("annual", None, "ambiguous_split"),
                                                           ("cumulative", None, "ambiguous_split")}


def test_a_year_to_date_column_alone_stays_one_annual_column():
    _, _, by, facts = _facts("附表：政府信息公开情况统计表\n统计指标 单位 本年累计\n主动公开政府信息数 条 512\n"
                             "收到申请数 件 6\n", year=2016)
    assert {(f.measure, f.key, f.period, f.value) for f in facts} == {
        ("proactive", "total", "annual", 512), ("requests.new", "total", "annual", 6)}
