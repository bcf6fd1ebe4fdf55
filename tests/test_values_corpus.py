"""values.csv on every corpus in ../shared: one row per identity, and the known repeats found."""
from __future__ import annotations

import pandas as pd
import pytest
from scoring import SHARED, parse

CORPORA = {"development": SHARED / "corpus" / "raw", "seeds": SHARED / "seeds",
           "unlabelled": SHARED / "corpus" / "unlabelled" / "raw"}
IDENTITY = ["report_id", "measure", "key", "period", "unit"]


def read(out, name: str) -> pd.DataFrame:
    return pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False)


@pytest.mark.slow
@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_values_are_unique_per_report_measure_key_period_and_unit(corpus, tmp_path):
    if not CORPORA[corpus].exists():
        pytest.skip(f"{CORPORA[corpus]} not present (the ../shared corpora live outside the repo)")
    parse([CORPORA[corpus]], tmp_path)
    values, facts = read(tmp_path, "values"), read(tmp_path, "facts")
    assert not values.duplicated(IDENTITY).any()
    # every fact is behind exactly one value row
    assert sorted(";".join(values["fact_ids"]).split(";")) == sorted(facts["fact_id"])


@pytest.mark.slow
@pytest.mark.skipif(not CORPORA["development"].exists(), reason="../shared corpus not present")
def test_pingtan_2011_has_one_website_value_and_its_republication_is_marked(tmp_path):
    parse([CORPORA["development"]], tmp_path)
    reports = read(tmp_path, "reports").set_index("source_file")
    values = read(tmp_path, "values")
    syq = reports.loc["001_pt_syq_2011.txt", "report_id"]
    assert reports.loc["006_pt_xian_2011.txt", "duplicate_of"] == syq
    assert (reports["duplicate_of"] != "").sum() == 1
    website = values[values["report_id"].eq(syq) & values["key"].eq("ch_website")
                     & values["period"].eq("annual")]
    assert website[["value", "status", "chosen_by", "alternatives"]].values.tolist() == [
        ["418", "conflict", "source_frame", "425"]]
