"""Cross-year checks: the same agency's consecutive reports must agree on what they share."""
from __future__ import annotations

import pandas as pd

from ogi.checks.corpus import cross_year_checks


def _tables(rows):
    reports = pd.DataFrame(
        [{"report_id": f"r{y}", "source_file": f"{y}.txt", "agency": "某县财政局", "report_year": y}
         for y in (2021, 2022)])
    facts = pd.DataFrame([{"report_id": f"r{y}", "source_file": f"{y}.txt", "measure": m, "key": k,
                           "value": float(v), "evidence": f"{m} {v}"} for y, m, k, v in rows])
    return reports, facts


def test_carry_over_between_years_passes_and_fails():
    reports, facts = _tables([(2021, "requests.carried_out", "total", 3),
                              (2022, "requests.carried_in", "total", 3)])
    [check] = cross_year_checks(reports, facts)
    assert (check["rule"], check["status"], check["report_id"]) == ("cross_year_carry_over", "pass", "r2022")

    reports, facts = _tables([(2021, "requests.carried_out", "total", 3),
                              (2022, "requests.carried_in", "total", 5)])
    [check] = cross_year_checks(reports, facts)
    assert check["status"] == "fail" and (check["expected"], check["observed"]) == ("3", "5")


def test_documents_in_force_follow_issued_and_repealed():
    rows = [(2021, "t2.normdoc", "in_force", 40), (2022, "t2.normdoc", "issued", 8),
            (2022, "t2.normdoc", "repealed", 2), (2022, "t2.normdoc", "in_force", 46)]
    reports, facts = _tables(rows)
    [check] = cross_year_checks(reports, facts)
    assert (check["rule"], check["status"]) == ("cross_year_in_force", "pass")
    reports, facts = _tables(rows[:-1] + [(2022, "t2.normdoc", "in_force", 50)])
    [check] = cross_year_checks(reports, facts)
    assert check["status"] == "fail" and check["expected"] == "46"


def test_no_check_without_the_previous_year():
    reports, facts = _tables([(2022, "requests.carried_in", "total", 3)])
    assert cross_year_checks(reports, facts) == []
