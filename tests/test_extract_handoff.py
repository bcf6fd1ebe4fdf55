"""What one extractor tells the next is passed explicitly (ogi.extract): the table extractors
return the report format they found, the prose reader takes it as an argument, and no
extractor writes the metadata the others read. So the facts do not depend on which extractor
ran first. Snippets written here."""
from __future__ import annotations

import copy

import pytest
from ogi.extract import extract, read_facts
from ogi.extract.metadata import extract_metadata
from ogi.extract.prose import extract_prose
from ogi.extract.stats_table import extract_stats_table
from ogi.extract.template import extract_template
from ogi.model import Document, Metadata
from ogi.normalise import normalise

WEAK = "weak total: no 主动/政府信息, kept only without a stronger total"

# A bare 发布信息N条 on one platform: the body's total in a free-text report, one platform's
# count in a template-era one (which states its total in 一、总体情况).
PLATFORM_COUNTS = ["区便民服务门户共发布各类信息 860 条。", "数据开放平台全年发布信息 230 条。"]

TABLE_THREE = ["信息内容\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计",
               "一、本年新收政府信息公开申请数量\t4\t1\t0\t0\t0\t0\t5",
               "二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1"]

STATS_TABLE = ["指标名称\t计量单位\t本年度\t历年累计",
               "受理依申请公开信息总数\t件\t5\t40"]


def _doc(narrative: str, table: list[str]) -> Document:
    text = "\n".join(["某县民政局2020年政府信息公开工作年度报告", "一、总体情况", narrative,
                      "三、收到和处理政府信息公开申请情况", *table, ""])
    return Document("t.txt", "t", "txt", normalise(text), text)


def _prose_facts(facts) -> set[tuple]:
    return {(f.measure, f.key, f.value, f.flag, f.char_start) for f in facts
            if f.source_frame == "free_text"}


@pytest.mark.parametrize("narrative", PLATFORM_COUNTS)
def test_the_prose_reader_takes_the_report_format_from_its_argument_not_the_metadata(narrative):
    doc = _doc(narrative, [])
    number = narrative.split()[1]
    start, value = doc.text.index(f" {number} ") + 1, float(number)
    free = {("proactive", "total", value, WEAK, start)}
    for recorded in ("free_text", "template_2019", "stats_table_2014"):   # a stale field is ignored
        meta = Metadata(agency="某县民政局", report_year=2020, template=recorded)
        assert _prose_facts(extract_prose(doc, meta, template="free_text")) == free
        assert _prose_facts(extract_prose(doc, meta, template="template_2019")) == set()


@pytest.mark.parametrize("narrative", PLATFORM_COUNTS)
def test_a_template_report_drops_the_platform_count_whatever_ran_first(narrative):
    doc = _doc(narrative, TABLE_THREE)
    meta, facts = extract(doc)
    assert meta.template == "template_2019"
    assert not [f for f in facts if f.source_frame == "free_text"]
    # the prose reader alone, told the format, gives what the whole run gave
    alone = extract_prose(doc, extract_metadata(doc), template="template_2019")
    assert _prose_facts(alone) == _prose_facts(read_facts(doc)[1]) == set()


@pytest.mark.parametrize("table, template", [(TABLE_THREE, "template_2019"),
                                             (STATS_TABLE, "stats_table_2014"),
                                             ([], None)])
def test_no_extractor_writes_the_metadata_and_any_order_gives_the_same_facts(table, template):
    doc = _doc(PLATFORM_COUNTS[0], table)
    meta = extract_metadata(doc)
    read = copy.deepcopy(meta)
    prose_first = _prose_facts(extract_prose(doc, meta, template=template or "free_text"))
    found = extract_template(doc)
    if not found.facts:
        found = extract_stats_table(doc, meta)
    prose_last = _prose_facts(extract_prose(doc, meta, template=template or "free_text"))
    assert meta == read
    assert found.template == template and (found.facts != []) == (template is not None)
    assert prose_first == prose_last
    final, facts = extract(doc)
    # a report whose tables show no layout is recorded with its era's (a 2020 report: 2019's);
    # the prose reader was told only what the tables showed
    assert final.template == (template or "template_2019")
    assert _prose_facts(facts) == prose_last
