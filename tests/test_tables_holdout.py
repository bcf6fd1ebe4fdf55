"""Statistics and template tables as the fourth and fifth provinces' converters damage them:
snippets written for these tests (never copied from a fixture), each family in several wordings
and with neighbours that must not change, asserting exact fact sets."""
from __future__ import annotations

import pytest
from ogi.extract import extract
from ogi.model import Document
from ogi.normalise import normalise
from ogi.read import read_document

TITLE = "某某县某某局{year}年政府信息公开工作年度报告\n\n"


def _run(text: str):
    return extract(Document("t.txt", "t", "txt", normalise(text), text))


def _read(tmp_path, source: str):
    path = tmp_path / "report.txt"
    path.write_text(source, encoding="utf-8")
    doc = read_document(path, "report.txt")
    return extract(doc)


def triples(facts, frame: str) -> set[tuple[str, str, float]]:
    return {(f.measure, f.key, f.value) for f in facts if f.source_frame == frame}


# --- a 2014 statistics table written as one indicator line per row -----------------------------
# (指标（单位）：值; the table's grid and header lost, rows in any order, some missing)

INDICATOR_LINES = [
    ("一、主动公开情况", None, None),
    ("主动公开政府信息数", "条", "415"),
    ("政府网站公开政府信息数", "条", "390"),
    ("政务微信公开政府信息数", "条", "61"),
    ("二、回应解读情况", None, None),
    ("政策解读稿件发布数", "篇", "7"),
    ("三、依申请公开情况", None, None),
    ("网络申请数", "件", "5"),
    ("收到申请数", "件", "8"),
    ("当面申请数", "件", "3"),
    ("申请答复数", "件", "8"),
    ("同意公开答复数", "件", "6"),
    ("申请信息不存在数", "件", "2"),
    ("四、行政复议数量", "件", "1"),
    ("七、依申请公开信息收取的费用", "万元", "0"),
    ("八、机构建设和保障经费情况", None, None),
    ("设置政府信息公开查阅点数", "个", "4"),
    ("接受培训人员数", "人次", "36"),
]
INDICATOR_FACTS = {
    ("proactive", "total", 415), ("proactive.channel", "ch_website", 390),
    ("proactive.channel", "ch_wechat", 61), ("requests.channel", "req_online", 5),
    ("requests.new", "total", 8), ("requests.channel", "req_in_person", 3),
    ("requests.outcome", "total", 8), ("requests.outcome", "granted", 6),
    ("requests.outcome", "unable.not_exist", 2), ("review", "total", 1), ("fees", "charged", 0),
}


def _indicator_lines(line: str, drop_first: bool = False) -> str:
    rows = []
    for label, unit, value in INDICATOR_LINES:
        if drop_first and label == "主动公开政府信息数":
            continue
        rows.append(label if unit is None else line.format(label=label, unit=unit, value=value))
    return (TITLE.format(year=2015) + "2015年我局主动公开政府信息415条，全县新增就业2,310人。\n\n"
            "附件：政府信息公开情况统计表（2015年度）\n" + "\n".join(rows) + "\n\n某某县某某局\n2016年3月1日\n")


@pytest.mark.parametrize("line", [
    "{label}（{unit}）：{value}",        # full-width brackets and colon
    "{label}({unit}): {value}",          # half-width, a space after the colon
    "{label}（{unit}）\t{value}",         # a tab between the two cells
])
def test_indicator_lines_of_a_statistics_table_are_read_by_their_row_names(line):
    meta, facts = _run(_indicator_lines(line))
    assert meta.template == "stats_table_2014"
    assert triples(facts, "stats_table") == INDICATOR_FACTS


def test_indicator_lines_without_the_tables_first_row_start_at_its_title():
    meta, facts = _run(_indicator_lines("{label}（{unit}）：{value}", drop_first=True))
    assert meta.template == "stats_table_2014"
    assert triples(facts, "stats_table") == INDICATOR_FACTS - {("proactive", "total", 415)}


def test_indicator_lines_without_units_take_the_rows_own():
    """申请答复数：8 — counts of a row that writes no unit; money without its unit is not read."""
    text = _indicator_lines("{label}（{unit}）：{value}").replace("（件）：", "：").replace("（条）：", "：")
    text = text.replace("（万元）：0", "：3")
    meta, facts = _run(text)
    assert meta.template == "stats_table_2014"
    assert triples(facts, "stats_table") == INDICATOR_FACTS - {("fees", "charged", 0)}


def test_a_few_indicator_lines_in_prose_are_no_table():
    text = (TITLE.format(year=2016) + "一、主动公开情况\n主动公开政府信息数（条）：120\n"
            "二、依申请公开情况\n收到申请数（件）：2，均已答复。\n")
    meta, facts = _run(text)
    assert meta.template == "free_text"
    assert not [f for f in facts if f.source_frame == "stats_table"]
