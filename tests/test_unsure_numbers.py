"""One policy for unsure numbers in every table extractor (data/README.md): a glued digit run
with several readings is flagged `ambiguous_split` with the row's readings in `candidates`; a
cell keeps a value only when every reading agrees on it, or when the table's constraints and
the format's conventions rank one reading strictly above the others. Snippets written here."""
from __future__ import annotations

from ogi.extract.stats_table import extract_stats_table
from ogi.extract.template import extract_template
from ogi.model import Document, Metadata
from ogi.normalise import normalise
from ogi.read.markdown import read_markdown
from snippets import triples


def _cells(extractor, text: str, year: int = 2020) -> dict[tuple[str, str, str], tuple]:
    doc = Document("t.txt", "t", "txt", normalise(text), text)
    facts = extractor(doc, Metadata(report_year=year)).facts
    return {(f.measure, f.key, f.period): (f.value, f.flag, f.candidates) for f in facts}


def _template(normdoc: str, licensing: str) -> dict:
    text = ("二、主动公开政府信息情况\n第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量"
            f"规章000规范性文件{normdoc}"
            "第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量"
            f"行政许可{licensing}\n三、收到和处理政府信息公开申请情况\n")
    return {(m, k): v for (m, k, _), v in _cells(lambda doc, _meta: extract_template(doc), text).items()}


def test_template_keeps_a_reading_its_conventions_single_out_and_flags_it():
    got = _template("4417", "3605")
    # 4|4|17 (made = published) ranks above 44|1|7; 36|0|5 (an unchanged item list) above
    # 3|60|5 and 3|6|05 is no reading (a leading zero)
    readings = "4|4|17; 44|1|7"
    assert [got[("t2.normdoc", k)] for k in ("made", "published", "total_published")] == [
        (4, "ambiguous_split", readings), (4, "ambiguous_split", readings),
        (17, "ambiguous_split", readings)]
    assert got[("t2.licensing", "delta")] == (0, "ambiguous_split", "36|0|5; 3|60|5")
    assert got[("t2.licensing", "decisions")] == (5, "", "")     # every reading agrees


def test_template_leaves_a_tie_without_a_value():
    got = _template("000", "2718")
    # 2|7|18, 2|71|8 and 27|1|8 all change the item list: nothing ranks one first
    assert {got[("t2.licensing", k)][:2] for k in ("prev_items", "delta", "decisions")} == {
        (None, "ambiguous_split")}
    assert sorted(got[("t2.licensing", "delta")][2].split("; ")) == ["27|1|8", "2|71|8", "2|7|18"]
    assert got[("t2.rule", "made")] == (0, "", "")


def test_statistics_table_leaves_every_unsure_cell_without_a_value():
    text = "指标名称 计量单位 本年度 历年累计\n主动公开信息数 条 35 240\n行政诉讼数件2745\n"
    got = _cells(extract_stats_table, text, year=2012)
    # 27|45 and 2|745 (274|5 would make the cumulative column smaller than the year's)
    assert got[("litigation", "total", "annual")] == (None, "ambiguous_split", "2|745; 27|45")
    assert got[("litigation", "total", "cumulative")] == (None, "ambiguous_split", "2|745; 27|45")
    assert got[("proactive", "total", "annual")] == (35, "", "")



BAD = "\ufffd"   # what a decoder leaves for bytes it lost


def test_statistics_table_flags_a_garbled_cell_in_every_layout_and_keeps_its_neighbours():
    layouts = {
        "spaced": f"指标名称 计量单位 本年度 历年累计\n主动公开信息数 条 35 240\n行政诉讼数 件 2{BAD} 7\n行政复议数 件 1 3\n",
        "tabbed": f"指标名称\t计量单位\t本年度\t历年累计\n主动公开信息数\t条\t35\t240\n行政诉讼数\t件\t2{BAD}\t7\n"
                  "行政复议数\t件\t1\t3\n",
        # a Markdown pipe table, as the Markdown reader hands it over
        "pipes": read_markdown(f"| 指标名称 | 计量单位 | 本年度 | 历年累计 |\n|---|---|---|---|\n"
                               f"| 主动公开信息数 | 条 | 35 | 240 |\n| 行政诉讼数 | 件 | 2{BAD} | 7 |\n"
                               "| 行政复议数 | 件 | 1 | 3 |\n".encode(), "t.md", "t").text,
        "one_cell_a_line": f"指标名称\n计量单位\n本年度\n历年累计\n主动公开信息数\n条\n35\n240\n行政诉讼数\n件\n2{BAD}\n7\n"
                           "行政复议数\n件\n1\n3\n",
    }
    for layout, text in layouts.items():
        got = _cells(extract_stats_table, text, year=2012)
        assert got[("litigation", "total", "annual")] == (None, "garbled_cell", "2" + BAD), layout
        assert got[("litigation", "total", "cumulative")] == (7, "", ""), layout
        assert got[("review", "total", "annual")] == (1, "", ""), layout
        assert got[("proactive", "total", "cumulative")] == (240, "", ""), layout


def test_statistics_table_flags_every_column_of_a_glued_run_with_a_glyph_inside():
    text = f"指标名称 计量单位 本年度 历年累计\n主动公开信息数 条 35 240\n行政诉讼数件27{BAD}45\n行政复议数件13\n"
    got = _cells(extract_stats_table, text, year=2012)
    assert got[("litigation", "total", "annual")] == (None, "garbled_cell", f"27{BAD}45")
    assert got[("litigation", "total", "cumulative")] == (None, "garbled_cell", f"27{BAD}45")
    assert got[("review", "total", "annual")] == (1, "", "")   # 13 = 1|3, the only reading


def test_statistics_table_glyph_without_a_digit_is_no_cell():
    text = f"指标名称 计量单位 本年度 历年累计\n主动公开信息数 条 35 240\n行政诉讼数 件 2 7\n{BAD}行政复议数 件 1 3\n"
    got = _cells(extract_stats_table, text, year=2012)
    assert got[("litigation", "total", "annual")] == (2, "", "")
    assert got[("review", "total", "cumulative")] == (3, "", "")


def _prose(text: str) -> set[tuple[str, str, float]]:
    return triples(text)


def test_prose_reads_no_number_a_glyph_ends_or_starts():
    # a count written with a lost digit ('2\ufffd条', '\ufffd35条') is no count: nothing read, nothing guessed
    assert _prose(f"全年主动公开政府信息2{BAD}条。") == set()
    assert _prose(f"本年度主动公开政府信息{BAD}35条。") == set()
    assert _prose(f"本年共收到政府信息公开申请12件，其中予以公开1{BAD}件，不予公开2件。") == {
        ("requests.new", "total", 12), ("requests.outcome", "deny.total", 2)}


def test_prose_reads_no_number_out_of_a_glued_run_with_a_glyph_inside():
    assert _prose(f"通过政府网站公开信息4{BAD}1条，政府公报公开3条。") == {("proactive.channel", "ch_gazette", 3)}
    assert _prose(f"全年主动公开政府信息215条，其中政府网站公开1{BAD}0条。") == {("proactive", "total", 215)}
