"""Extraction: a normalised Document -> report metadata and facts.

Each document family has its own module; this one runs them (`read_facts`), gives the counts
the report's own statistics period (`apply_report_period`) and merges what they found. Merging
only removes a number stated twice (same measure, key, period and value, e.g. a prose total
repeated in the statistics table); different values for the same thing are all kept and left to
`ogi.checks` to report.

What one extractor tells the next is passed explicitly: the metadata reader's `Metadata` is
read, never written, by the others; the table extractors return the report format they found
(`TableRead.template`) and the prose reader receives it as an argument. `read_facts` records
it as `Metadata.template` once, after every extractor ran; a report whose tables show no layout
(prose only, table 四 alone) is recorded with its era's (`metadata.template_by_era`).
"""
from __future__ import annotations

from bisect import bisect_right

from ..model import FREE_TEXT, Document, Fact, Metadata
from . import metadata, prose, stats_table, template


def extract(doc: Document) -> tuple[Metadata, list[Fact]]:
    meta, facts = read_facts(doc)
    facts = merge_repeated(apply_report_period(facts, meta))
    facts.sort(key=lambda f: (f.char_start, f.measure, f.key))
    if doc.ocr:
        mark_ocr(doc, facts)
    return meta, facts


def read_facts(doc: Document) -> tuple[Metadata, list[Fact]]:
    """The report's metadata and every fact the extractors find, table cells first (a prose
    sentence repeating a cell is then the twin `merge_repeated` drops, so the table
    reconciliation checks see every cell of their table), before periods and merging."""
    meta = metadata.extract_metadata(doc)
    tables = template.extract_template(doc, meta.report_year)
    report_format = tables.template
    if not tables.facts:   # template headings without cells still leave a statistics table a chance
        tables = stats_table.extract_stats_table(doc, meta)
        report_format = tables.template or report_format
    # the prose reader is told what the tables showed (no table: free text), not the era
    prose_facts = prose.extract_prose(doc, meta, template=report_format or FREE_TEXT)
    # inside table 三 its cells tell the requests: a row label read as a sentence tells nothing
    if extent := template.table_three_extent(doc.text, tables.facts):
        prose_facts = [f for f in prose_facts if not (f.measure.startswith("requests.")
                                                      and extent[0] <= f.char_start < extent[1])]
    # no table told its layout (prose only, table 四 alone): the template of the report's era
    report_format = report_format or metadata.template_by_era(meta.report_year)
    # a template-era report may tell table 二 in a sentence (its table lost or abridged)
    sentences = template.table_two_sentences(doc) if report_format.startswith("template") else []
    meta.template = report_format
    return meta, tables.facts + sentences + prose_facts


OCR_UNSURE = "ocr_uncertain"


def mark_ocr(doc: Document, facts: list[Fact]) -> None:
    """Give facts read from OCR text the lowest confidence of the boxes their number came from,
    and flag `ocr_uncertain` a number with a digit recognised below the confidence threshold.
    A fact that already has a flag keeps it (it is already an unsure number)."""
    starts = [span.text_start for span in doc.ocr]
    for fact in facts:
        if fact.char_start < 0:
            continue
        i = max(0, bisect_right(starts, fact.char_start) - 1)
        confidence, unsure = None, False
        while i < len(doc.ocr) and doc.ocr[i].text_start < fact.char_end:
            span = doc.ocr[i]
            i += 1
            if span.text_start + span.length <= fact.char_start:
                continue
            confidence = span.confidence if confidence is None else min(confidence,
                                                                        span.confidence)
            unsure = unsure or any(fact.char_start <= span.text_start + k < fact.char_end
                                   for k in span.unsure)
        fact.ocr_confidence = confidence
        if unsure and not fact.flag:
            fact.flag = OCR_UNSURE


def merge_repeated(facts: list[Fact]) -> list[Fact]:
    """Drop a fact that repeats one already kept: same measure, key, period and value, and
    either the same label or a different frame (prose vs table) or a total.

    Two category lines that map to the same key with the same value but different labels
    (政策文件 4条 and 其他文件 4条) are separate items and both stay.
    """
    kept: list[Fact] = []
    seen: dict[tuple, list[Fact]] = {}
    for fact in facts:
        ident = (fact.measure, fact.key, fact.period, fact.value)
        twins = seen.get(ident)
        if twins is None:   # the common case: nothing to compare with
            seen[ident] = [fact]
        elif any(t.label_raw == fact.label_raw or t.source_frame != fact.source_frame
                 or fact.key == "total" or t.char_start == fact.char_start for t in twins):
            continue
        else:
            twins.append(fact)
        kept.append(fact)
    return kept


YEAR_END_STOCKS = {"in_force"}   # table 二 (2019) 现行有效件数: counted on the year's last day


def apply_report_period(facts: list[Fact], meta: Metadata) -> list[Fact]:
    """Give the report's statistics period to the counts that state none of their own.

    The extractors read each number's own period words (累计, 历年累计 columns, 全年) and call
    everything else `annual`. When the report's statistics period (`meta.period_start` ..
    `period_end`) covers less than the report year, those counts are `partial_year`; when it
    spans several years, `cumulative`. Cumulative counts stay cumulative, and a prose count
    whose own clause states a date range (2019年1月1日至12月31日共收到申请3件) keeps the period
    that range gives. A stock told at the year's end (现行有效 documents in force) is a count on
    one day, not over the period: it stays `annual` (the project's convention).
    """
    default = metadata.report_period(meta)
    if default == "annual":
        return facts
    year = meta.report_year
    for fact in facts:
        if fact.period == "annual" and fact.key not in YEAR_END_STOCKS and not (
                fact.source_frame == "free_text"
                and metadata.stated_period(fact.evidence, year) == "annual"):
            fact.period = default
    return facts
