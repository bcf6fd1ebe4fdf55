"""Cross-year checks: the same agency's consecutive reports must agree on what they share."""
from __future__ import annotations

import csv

from ogi.checks.corpus import CorpusInputs, ReportKey, cross_year_checks, inputs_of
from ogi.model import Fact, Metadata, ParsedReport
from ogi.outputs import RunOutputs
from ogi.tidy import render

REPORTS = [ReportKey(f"r{y}", f"{y}.txt", "某县财政局", y) for y in (2021, 2022)]


def _facts(rows):
    return [(f"r{y}", m, k, float(v), f"{m} {v}") for y, m, k, v in rows]


def test_carry_over_between_years_passes_and_fails():
    [c] = cross_year_checks(REPORTS, _facts([(2021, "requests.carried_out", "total", 3),
                                             (2022, "requests.carried_in", "total", 3)]))
    assert (c.check.rule, c.check.status, c.report_id) == ("cross_year_carry_over", "pass", "r2022")
    [c] = cross_year_checks(REPORTS, _facts([(2021, "requests.carried_out", "total", 3),
                                             (2022, "requests.carried_in", "total", 5)]))
    assert c.check.status == "fail" and (c.check.expected, c.check.observed) == (3, 5)


def test_documents_in_force_follow_issued_and_repealed():
    rows = [(2021, "t2.normdoc", "in_force", 40), (2022, "t2.normdoc", "issued", 8),
            (2022, "t2.normdoc", "repealed", 2), (2022, "t2.normdoc", "in_force", 46)]
    [c] = cross_year_checks(REPORTS, _facts(rows))
    assert (c.check.rule, c.check.status) == ("cross_year_in_force", "pass")
    [c] = cross_year_checks(REPORTS, _facts(rows[:-1] + [(2022, "t2.normdoc", "in_force", 50)]))
    assert c.check.status == "fail" and c.check.expected == 46


def test_no_check_without_the_previous_year_or_with_two_values():
    assert cross_year_checks(REPORTS[1:], _facts([(2022, "requests.carried_in", "total", 3)])) == []
    two = _facts([(2021, "requests.carried_out", "total", 3), (2021, "requests.carried_out", "total", 4),
                  (2022, "requests.carried_in", "total", 3)])
    assert cross_year_checks(REPORTS, two) == []


def test_inputs_are_the_rule_facts_with_a_value_of_a_report_with_agency_and_year():
    facts = [Fact(measure="requests.carried_in", key="total", value=4, unit="request", evidence="结转\n4件"),
             Fact(measure="requests.carried_in", key="total", value=None, unit="request", evidence="unsure"),
             Fact(measure="requests.new", key="total", value=9, unit="request"),
             Fact(measure="t2.rule", key="in_force", value=12.5, unit="document", evidence="现行有效12.5")]
    meta = Metadata(agency="某县财政局", report_year=2022)
    assert inputs_of(meta, facts) == ["某县财政局", 2022, [
        ["requests.carried_in", "total", 4.0, "结转\n4件"],
        ["t2.rule", "in_force", 12.5, "现行有效12.5"]]]
    assert inputs_of(Metadata(report_year=2022), facts) is None
    assert inputs_of(Metadata(agency="某县财政局"), facts) is None


def test_the_run_appends_cross_year_checks_to_checks_csv(tmp_path):
    def report(year, measure, value):
        fact = Fact(measure=measure, key="total", value=value, unit="request", evidence=f"{measure} {value}")
        return ParsedReport(f"{year}.txt", f"r{year}", "txt", "ok",
                            metadata=Metadata(agency="某县财政局", report_year=year), facts=[fact])

    outputs = RunOutputs(tmp_path)
    outputs.write(report(2021, "requests.carried_out", 2))   # parsed, rendered by the run
    parsed = report(2022, "requests.carried_in", 5)
    outputs.write(render(parsed, corpus=inputs_of(parsed.metadata, parsed.facts)))
    outputs.close()
    with (tmp_path / "checks.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["check_id"], r["rule"], r["status"]) for r in rows] == \
        [("r2022-x-carry", "cross_year_carry_over", "fail")]
    import pandas as pd
    assert list(pd.read_parquet(tmp_path / "checks.parquet")["check_id"]) == ["r2022-x-carry"]
    assert not list(tmp_path.glob(".*"))   # the scratch store and staging folder are gone


def test_an_aborted_run_publishes_nothing_and_leaves_no_scratch(tmp_path):
    outputs = RunOutputs(tmp_path)
    parsed = ParsedReport("a.txt", "ra", "txt", "ok", metadata=Metadata(agency="某县", report_year=2021))
    outputs.write(render(parsed, corpus=inputs_of(parsed.metadata, parsed.facts)))
    outputs.abort()
    assert list(tmp_path.iterdir()) == []


def test_the_on_disk_store_gives_the_checks_of_the_whole_corpus_at_once(tmp_path):
    """Agency by agency from disk = one pass over everything in memory, in the same order,
    quoting the first evidence when a report repeats a value."""
    agencies = ["乙县教育局", "甲市人民政府", "Z county", "甲市人民政府财政局"]
    reports, facts = [], []
    for i, year in enumerate([2022, 2020, 2021, 2023, 2019]):   # years out of order
        for agency in agencies:
            rid = f"{agency}-{year}-{i}"
            reports.append(ReportKey(rid, f"{rid}.txt", agency, year))
            facts += [(rid, "requests.carried_in", "total", float(i), f"in {i}"),
                      (rid, "requests.carried_out", "total", float(i + year % 2), f"out {i}"),
                      (rid, "requests.carried_out", "total", float(i + year % 2), "repeated")]
    store = CorpusInputs(tmp_path / "store.sqlite")
    for report in reports:
        store.add(report, [(m, k, v, e) for rid, m, k, v, e in facts if rid == report.report_id])
    from_disk = list(store.checks())
    store.close()
    in_memory = cross_year_checks(reports, facts)
    assert from_disk == in_memory
    assert len(in_memory) > len(agencies)   # the comparison is not vacuous
    assert not (tmp_path / "store.sqlite").exists()
