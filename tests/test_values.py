"""values_of: one value per (measure, key, period, unit) of a report, chosen by precedence."""
from __future__ import annotations

from ogi.model import Fact
from ogi.values import Value, readings, values_of


def fact(value, frame="free_text", measure="proactive.channel", key="ch_website", unit="item",
         period="annual", flag="", candidates="", extractor="prose.x", at=-1) -> Fact:
    return Fact(measure, key, value, unit, period, source_frame=frame, flag=flag,
                candidates=candidates, extractor=extractor, char_start=at, char_end=at + 2)


def resolve(*facts: Fact) -> list[Value]:
    return values_of(list(facts), [f"r-f{i:04d}" for i in range(1, len(facts) + 1)])


def one(*facts: Fact) -> tuple:
    [v] = resolve(*facts)
    return v.value, v.status, v.chosen_by, v.alternatives, v.fact_ids


def test_a_single_statement_is_its_own_value():
    assert one(fact(418.0, "stats_table")) == (418.0, "single", "", [], ["r-f0001"])


def test_the_same_number_stated_twice_is_agreed():
    assert one(fact(12.0), fact(12.0, "template_table")) == (
        12.0, "agreed", "", [], ["r-f0001", "r-f0002"])


def test_a_table_outranks_prose_and_keeps_the_prose_number_as_alternative():
    assert one(fact(425.0), fact(418.0, "stats_table")) == (
        418.0, "conflict", "source_frame", [425.0], ["r-f0001", "r-f0002"])
    assert one(fact(7.0, "stats_table"), fact(9.0, "template_table"))[:3] == (
        9.0, "conflict", "source_frame")


def test_a_stated_total_outranks_a_sum_of_parts():
    assert one(fact(30.0, extractor="prose.sum"), fact(28.0))[:4] == (
        28.0, "conflict", "total_over_sum", [30.0])


def test_a_certain_number_outranks_a_flagged_one_in_the_same_frame():
    assert one(fact(5.0, "template_table", flag="blank_as_zero"),
               fact(0.0, "template_table"))[:3] == (0.0, "conflict", "certain_over_flagged")


def test_equal_rank_takes_the_most_stated_then_the_first_stated():
    assert one(fact(3.0), fact(4.0), fact(4.0))[:4] == (4.0, "conflict", "most_stated", [3.0])
    assert one(fact(3.0), fact(4.0))[:4] == (3.0, "conflict", "first_stated", [4.0])
    # first in the text, whatever order the extractors listed them in
    assert one(fact(3.0, at=50), fact(4.0, at=10))[:4] == (4.0, "conflict", "first_stated", [3.0])


def test_units_are_part_of_the_identity_so_item_and_document_counts_never_merge():
    rows = resolve(fact(60.0, measure="proactive.category", key="cat_policy", unit="item"),
                   fact(13.0, measure="proactive.category", key="cat_policy", unit="document"))
    assert [(v.unit, v.value, v.status) for v in rows] == [
        ("item", 60.0, "single"), ("document", 13.0, "single")]


def test_periods_are_separate_values():
    rows = resolve(fact(418.0, "stats_table"), fact(1509.0, "stats_table", period="cumulative"))
    assert [(v.period, v.value, v.status) for v in rows] == [
        ("annual", 418.0, "single"), ("cumulative", 1509.0, "single")]


SPLIT = "12|3|15; 1|23|24"   # a glued run read two ways (cells | separated, readings ;)


def test_readings_are_every_number_of_every_reading():
    assert readings(fact(None, candidates=SPLIT)) == {12.0, 3.0, 15.0, 1.0, 23.0, 24.0}
    assert readings(fact(None, candidates="7; blank; … (14 readings)")) == {7.0}


def test_an_unsure_split_alone_has_no_value_even_if_the_extractor_kept_a_reading():
    assert one(fact(12.0, "template_table", flag="ambiguous_split", candidates=SPLIT)) == (
        None, "single", "", [], ["r-f0001"])


def test_a_prose_statement_picking_a_reading_gives_the_value():
    assert one(fact(None, "template_table", flag="ambiguous_split", candidates=SPLIT),
               fact(23.0)) == (23.0, "agreed", "reading_confirmed", [], ["r-f0001", "r-f0002"])


def test_a_prose_number_that_no_reading_allows_leaves_the_value_empty():
    assert one(fact(None, "template_table", flag="ambiguous_split", candidates=SPLIT),
               fact(40.0)) == (None, "conflict", "unsure_unresolved", [40.0],
                               ["r-f0001", "r-f0002"])


def test_a_certain_table_number_outranks_an_unsure_split_of_the_same_frame():
    assert one(fact(None, "stats_table", flag="ambiguous_split", candidates=SPLIT),
               fact(40.0, "stats_table"))[:3] == (40.0, "conflict", "certain_over_flagged")


def test_a_statement_without_a_number_is_listed_and_changes_nothing_else():
    assert one(fact(None), fact(6.0, "stats_table")) == (
        6.0, "agreed", "", [], ["r-f0001", "r-f0002"])
    assert one(fact(None)) == (None, "single", "", [], ["r-f0001"])


def test_a_report_with_every_conflict_at_once_still_gets_one_row_per_key():
    total = dict(measure="proactive", key="total")
    part = dict(measure="proactive.category", key="cat_news")
    facts = [
        fact(100.0, **total), fact(120.0, "stats_table", **total),
        fact(90.0, "template_table", **total),                       # three values for one key
        fact(150.0, "template_table", **part),                       # a part above its total
        fact(None, "template_table", flag="ambiguous_split", candidates="5|6; 56|0",
             measure="t2.rule", key="made", unit="document"),
        fact(56.0, measure="t2.rule", key="made", unit="document"),  # prose picks a reading
        fact(None, "template_table", flag="ambiguous_split", candidates="8|9; 89|0",
             measure="t2.rule", key="published", unit="document"),
        fact(70.0, measure="t2.rule", key="published", unit="document"),  # ... or none
        fact(float("inf"), "free_text", **part),
    ]
    rows = resolve(*facts)
    assert [(v.measure, v.key, v.value, v.status, v.chosen_by) for v in rows] == [
        ("proactive", "total", 90.0, "conflict", "source_frame"),
        ("proactive.category", "cat_news", 150.0, "conflict", "source_frame"),
        ("t2.rule", "made", 56.0, "agreed", "reading_confirmed"),
        ("t2.rule", "published", None, "conflict", "unsure_unresolved"),
    ]
    assert rows[0].alternatives == [120.0, 100.0]
    assert sorted(i for v in rows for i in v.fact_ids) == [f"r-f{i:04d}" for i in range(1, 10)]
