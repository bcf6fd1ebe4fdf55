"""ogi.load reads the tidy tables (Parquet when present, CSV otherwise) with contract dtypes.

`write_tidy` builds the tiny synthetic tables that the chart, figure and notebook tests share.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest
from ogi import load
from ogi.tidy import TABLES, read_table_csv

REPORTS = [
    # report_id, status, agency, admin_level, report_year, template
    ("r2019", "ok", "甲县人民政府", "county", 2019, "template_2019"),
    ("r2021", "ok", "乙市人民政府", "city", 2021, "template_2021"),
    ("r2014", "ok", "丙镇人民政府", "township", 2014, "stats_table_2014"),
    ("rfail", "failed", "", "", "", ""),
]
FACTS = [
    # report_id, measure, key, value, unit, period
    ("r2019", "proactive", "total", 500, "item", "annual"),
    ("r2019", "proactive.category", "cat_policy", 120, "item", "annual"),
    ("r2019", "proactive.category", "cat_news", 300, "item", "annual"),
    ("r2021", "proactive.category", "cat_policy", 80, "item", "annual"),
    ("r2014", "proactive.category", "cat_policy", 9000, "item", "cumulative"),
    ("r2019", "proactive.channel", "ch_website", 480, "item", "annual"),
    ("r2019", "proactive.channel", "ch_wechat", 200, "item", "annual"),
    ("r2014", "proactive.channel", "ch_website", 9000, "item", "cumulative"),
    ("r2019", "requests.new", "total", 40, "request", "annual"),
    ("r2019", "requests.new", "natural_person", 30, "request", "annual"),
    ("r2019", "requests.new", "org_business", 10, "request", "annual"),
    ("r2019", "requests.carried_in", "total", 2, "request", "annual"),
    ("r2019", "requests.outcome", "granted", 20, "request", "annual"),
    ("r2019", "requests.outcome", "partial", 5, "request", "annual"),
    ("r2019", "requests.outcome", "deny.state_secret", 1, "request", "annual"),
    ("r2019", "requests.outcome", "deny.third_party", 3, "request", "annual"),
    ("r2019", "requests.outcome", "unable.not_held", 8, "request", "annual"),
    ("r2019", "requests.outcome", "reject.duplicate", 2, "request", "annual"),
    ("r2019", "requests.outcome", "total", 39, "request", "annual"),
    ("r2019", "requests.carried_out", "total", 3, "request", "annual"),
    ("r2019", "review", "upheld", 2, "case", "annual"),
    ("r2019", "review", "corrected", 1, "case", "annual"),
    ("r2019", "review", "total", 3, "case", "annual"),
    ("r2021", "t2.rule", "issued", 4, "document", "annual"),
    ("r2021", "t2.rule", "in_force", 30, "document", "cumulative"),
    ("r2021", "t2.penalty", "decisions", 120, "case", "annual"),
]
CHECKS = [
    ("r2019", "t3_balance", "pass"),
    ("r2019", "t3_column_sum", "fail"),
    ("r2021", "t3_balance", "pass"),
]


def write_tidy(folder: Path, *, facts: bool = True, parquet: bool = True) -> Path:
    """Synthetic reports/facts/checks tables in the contract's CSV layout (+ Parquet twins)."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = {
        "reports": [dict(report_id=r, source_file=f"{r}.txt", status=s, agency=a, admin_level=lv,
                         report_year=y, template=t, format="txt") for r, s, a, lv, y, t in REPORTS],
        "facts": [dict(report_id=r, source_file=f"{r}.txt", measure=m, key=k, label_raw=k,
                       value=v, unit=u, period=p, is_approx="false",
                       fact_id=f"{r}-f{i:04d}")
                  for i, (r, m, k, v, u, p) in enumerate(FACTS if facts else [], 1)],
        "checks": [dict(report_id=r, source_file=f"{r}.txt", check_id=f"{r}-c{i:04d}", rule=rule,
                        status=st) for i, (r, rule, st) in enumerate(CHECKS if facts else [], 1)],
        # every synthetic fact has an identity of its own: one `single` value each
        "values": [dict(report_id=r, measure=m, key=k, period=p, unit=u, value=v,
                        status="single", fact_ids=f"{r}-f{i:04d}")
                   for i, (r, m, k, v, u, p) in enumerate(FACTS if facts else [], 1)],
    }
    for name, columns in TABLES.items():
        with (folder / f"{name}.csv").open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, columns, lineterminator="\n")
            writer.writeheader()
            writer.writerows({c: row.get(c, "") for c in columns} for row in rows[name])
        if parquet:  # the twin `ogi parse` writes: same columns, contract dtypes
            read_table_csv(folder / f"{name}.csv", name).to_parquet(folder / f"{name}.parquet")
    return folder


def test_parquet_and_csv_give_the_same_table(tmp_path):
    with_parquet = write_tidy(tmp_path / "pq")
    csv_only = write_tidy(tmp_path / "csv", parquet=False)
    a = load.load_facts(with_parquet)
    b = load.load_facts(csv_only)
    pd.testing.assert_frame_equal(a, b)
    assert a["value"].dtype == "Float64"
    assert a["is_approx"].dtype == bool


def test_only_requested_columns_are_returned(tmp_path):
    folder = write_tidy(tmp_path)
    df = load.load_facts(folder, columns=["measure", "value"])
    assert list(df.columns) == ["measure", "value"]
    assert len(df) == len(FACTS)


def test_filters_on_report_columns_apply_to_facts_and_checks(tmp_path):
    folder = write_tidy(tmp_path)
    facts = load.load_facts(folder, filters={"report_year": [2019], "admin_level": []})
    assert set(facts["report_id"]) == {"r2019"}
    checks = load.load_checks(folder, filters={"admin_level": "city"})
    assert list(checks["report_id"]) == ["r2021"]
    reports = load.load_reports(folder, columns=["report_id"], filters={"status": "failed"})
    assert list(reports["report_id"]) == ["rfail"]


def test_own_column_filter_and_unknown_filter(tmp_path):
    folder = write_tidy(tmp_path)
    facts = load.load_facts(folder, filters={"measure": "review"})
    assert set(facts["key"]) == {"upheld", "corrected", "total"}
    with pytest.raises(KeyError, match="colour"):
        load.load_facts(folder, filters={"colour": "red"})


@pytest.mark.parametrize("parquet", [True, False])
def test_measure_prefixes_select_every_measure_under_them(tmp_path, parquet):
    folder = write_tidy(tmp_path, parquet=parquet)
    facts = load.load_facts(folder, columns=["key", "value"],
                            filters={"measure": ["requests.", "review"]})
    expected = [(k, v) for _, m, k, v, _, _ in FACTS if m.startswith("requests.") or m == "review"]
    assert list(facts.itertuples(index=False, name=None)) == expected
    # a prefix needs its dot: "request" is an exact measure name, and there is none
    assert load.load_facts(folder, filters={"measure": "requests"}).empty


@pytest.mark.parametrize("parquet", [True, False])
def test_filters_on_columns_not_returned_and_filters_that_match_nothing(tmp_path, parquet):
    folder = write_tidy(tmp_path, parquet=parquet)
    facts = load.load_facts(folder, columns=["value"],
                            filters={"report_id": ["r2019", "r2021"], "report_year": 2021,
                                     "measure": "t2."})
    assert list(facts.columns) == ["value"]
    assert sorted(facts["value"]) == [4, 30, 120]
    # report filters no report passes: no rows (not "no filter")
    assert load.load_facts(folder, filters={"report_year": 1999}).empty
    assert load.load_checks(folder, filters={"report_id": "r2014", "report_year": 2019}).empty


@pytest.mark.parametrize("parquet", [True, False])
def test_filter_values_take_their_column_type(tmp_path, parquet):
    folder = write_tidy(tmp_path, parquet=parquet)
    as_text = load.load_facts(folder, filters={"report_year": ["2021"]})
    assert as_text.equals(load.load_facts(folder, filters={"report_year": [2021]}))
    assert set(as_text["report_id"]) == {"r2021"}
    with pytest.raises(ValueError, match="None"):
        load.load_facts(folder, filters={"measure": ["review", None]})


def test_missing_tables_say_how_to_make_them(tmp_path):
    with pytest.raises(FileNotFoundError, match="ogi parse"):
        load.load_reports(tmp_path)


def test_input_files_are_the_csvs(tmp_path):
    assert [p.name for p in load.input_files(tmp_path)] == ["reports.csv", "facts.csv",
                                                            "checks.csv", "values.csv"]
