"""A table cell whose digits a crawler or decoder mangled ('2\ufffd': a replacement or private-use
glyph next to or inside its digits) is no number: flagged `garbled_cell` (the cell as written in
`candidates`, a `digit_split` check), its value empty unless the row's own sum (总计 = the six
applicant columns) gives one that keeps the digits the cell still shows. Rows of our own, in
every layout the readers hand over."""
from __future__ import annotations

import pytest
from ogi.checks import template as template_checks
from ogi.extract.digits import shows
from ogi.extract.template import extract_template
from ogi.model import Document, Metadata
from ogi.normalise import normalise
from ogi.read.markdown import read_markdown

BAD = "\ufffd"
ROWS = [("new", "一、本年新收政府信息公开申请数量", ["6", "2", "0", "0", "1", "0", "9"]),
        ("carried_in", "二、上年结转政府信息公开申请数量", ["1", "0", "0", "0", "0", "0", "1"]),
        ("granted", "三、本年度办理结果（一）予以公开", ["4", "2", "0", "0", "1", "0", "7"]),
        ("partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ["1", "0", "0", "0", "0", "0", "1"]),
        ("unable.not_held", "（四）无法提供1.本机关不掌握相关政府信息", ["1", "0", "0", "0", "0", "0", "1"]),
        ("outcome_total", "（七）总计", ["6", "2", "0", "0", "1", "0", "9"]),
        ("carried_out", "四、结转下年度继续办理", ["1", "0", "0", "0", "0", "0", "1"])]
HEAD = ("三、收到和处理政府信息公开申请情况\n申请人情况 自然人 法人或其他组织 总计 "
        "商业企业 科研机构 社会公益组织 法律服务机构 其他\n")


def table(layout: str, granted: list[str]) -> str:
    rows = []
    for key, label, cells in ROWS:
        cells = granted if key == "granted" else cells
        if layout == "spaced":
            rows.append(label + " " + " ".join(cells))
        elif layout == "tabbed":
            rows.append(label + "\t" + "\t".join(cells))
        elif layout in ("pipes", "markdown"):
            rows.append("| " + label + " | " + " | ".join(cells) + " |")
        else:   # one cell a line
            rows.append("\n".join([label, *cells]))
    return HEAD + "\n".join(rows) + "\n四、政府信息公开行政复议、行政诉讼情况\n本年度未发生。\n"


def granted(layout: str, cells: list[str]) -> dict[tuple[str, str], tuple]:
    text = table(layout, cells)
    if layout == "markdown":   # a .md file: its reader hands the pipe rows over as tab lines
        pipe_head = ("| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n"
                     + "|---" * 8 + "|\n")
        text = read_markdown(text.replace(HEAD, HEAD.split("\n")[0] + "\n" + pipe_head).encode(), "t.md", "t").text
    facts = extract_template(Document("t.txt", "t", "txt", normalise(text), text)).facts
    return {(f.measure, f.key): (f.value, f.flag, f.candidates) for f in facts
            if f.key.startswith("granted")}


LAYOUTS = ["spaced", "tabbed", "pipes", "markdown", "one_cell_a_line"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_garbled_total_is_flagged_and_takes_the_row_sum_that_keeps_its_digits(layout):
    got = granted(layout, ["4", "2", "0", "0", "1", "0", "7" + BAD])
    assert got[("requests.outcome", "granted")] == (7, "garbled_cell", "7" + BAD)
    assert got[("t3.cell", "granted.natural_person")] == (4, "", "")
    assert got[("t3.cell", "granted.org_legal_service")] == (1, "", "")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_lost_second_digit_is_read_from_the_row_sum(layout):
    got = granted(layout, ["8", "3", "0", "0", "1", "0", "1" + BAD])   # 12, its 2 lost
    assert got[("requests.outcome", "granted")] == (12, "garbled_cell", "1" + BAD)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_sum_the_shown_digits_contradict_gives_no_value(layout):
    got = granted(layout, ["4", "2", "0", "0", "1", "0", "3" + BAD])   # the cells add up to 7, not 3…
    assert got[("requests.outcome", "granted")] == (None, "garbled_cell", "3" + BAD)
    got = granted(layout, ["4", "2", "0", "0", "1", "0", "1" + BAD + "3"])   # …nor 1?3
    assert got[("requests.outcome", "granted")] == (None, "garbled_cell", "1" + BAD + "3")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_garbled_applicant_cell_is_flagged_and_the_clean_total_kept(layout):
    got = granted(layout, ["4", BAD + "2", "0", "0", "1", "0", "7"])
    assert got[("t3.cell", "granted.org_business")] == (2, "garbled_cell", BAD + "2")
    assert got[("requests.outcome", "granted")] == (7, "", "")


def test_two_garbled_cells_in_a_row_give_no_value():
    got = granted("spaced", ["4" + BAD, "2", "0", "0", "1", "0", "7" + BAD])
    assert got[("requests.outcome", "granted")] == (None, "garbled_cell", f"4{BAD} | 7{BAD}")
    assert got[("t3.cell", "granted.natural_person")][:2] == (None, "garbled_cell")


def test_private_use_glyphs_are_mangled_digits_too():
    got = granted("spaced", ["4", "2", "0", "0", "1", "0", "\ue0127"])
    assert got[("requests.outcome", "granted")] == (7, "garbled_cell", "\ue0127")


def test_clean_rows_beside_it_are_unchanged_and_no_blank_is_read_as_zero():
    text = table("spaced", ["4", "2", "0", "0", "1", "0", "7" + BAD])
    facts = extract_template(Document("t.txt", "t", "txt", normalise(text), text)).facts
    got = {(f.measure, f.key): f.value for f in facts if not f.flag}
    assert got[("requests.new", "total")] == 9 and got[("requests.outcome", "total")] == 9
    assert got[("requests.outcome", "partial")] == 1 and got[("requests.carried_out", "total")] == 1
    assert not any(f.flag == "blank_as_zero" for f in facts)


def test_the_check_reports_each_garbled_cell():
    text = table("tabbed", ["4", "2", "0", "0", "1", "0", "3" + BAD])
    facts = extract_template(Document("t.txt", "t", "txt", normalise(text), text)).facts
    checks = [c for c in template_checks.run(Metadata(template="template_2021"), facts)
              if c.rule == "digit_split" and "mangled" in c.message]
    assert [(c.status, c.observed) for c in checks] == [("not_assessable", None)]
    assert "3" + BAD in checks[0].message


def test_shows_lets_each_glyph_run_stand_for_lost_digits():
    assert shows("2" + BAD, 21) and shows("2" + BAD, 2) and shows("2" + BAD + "3", 203)
    assert not shows("2" + BAD, 12) and not shows("2" + BAD + "3", 31) and not shows("2" + BAD, -2)
