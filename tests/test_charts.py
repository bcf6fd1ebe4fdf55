"""Chart functions put the right numbers, labels and titles on the axes (data, not pixels)."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402
from test_load import write_tidy  # noqa: E402

from ogi import charts, load, style  # noqa: E402


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    style.use()
    folder = write_tidy(tmp_path_factory.mktemp("tidy"))
    yield load.load_facts(folder), load.load_reports(folder), load.load_checks(folder)
    plt.close("all")


def _bars(ax) -> dict[str, float]:
    """Horizontal bars: y tick label -> bar width."""
    labels = [t.get_text() for t in ax.get_yticklabels()]
    rects = [p for p in ax.patches if isinstance(p, Rectangle)]
    by_y = {round(r.get_y() + r.get_height() / 2, 6): r.get_width() for r in rects}
    return {label: by_y[round(tick, 6)] for label, tick in zip(labels, ax.get_yticks())}


def _title(fig) -> str:
    return fig._suptitle.get_text()


def test_category_volume_separates_annual_from_cumulative(tables):
    facts, reports, _ = tables
    fig = charts.volume_by_category(facts, reports, lang="en")
    annual, cumulative = fig.axes
    assert annual.get_title("left") == "annual" and cumulative.get_title("left") == "cumulative"
    label = charts.category_label
    assert _bars(annual) == {label("cat_news", "en"): 300, label("cat_policy", "en"): 200}
    assert _bars(cumulative) == {label("cat_policy", "en"): 9000}
    assert "category" in _title(fig)
    assert "2014–2021" in charts.subtitle_of(fig) and "items" in charts.subtitle_of(fig)


def test_chinese_labels(tables):
    facts, reports, _ = tables
    fig = charts.volume_by_category(facts, reports, lang="zh")
    assert _title(fig) == "主动公开信息：按类别"
    assert charts.category_label("cat_policy", "zh") in _bars(fig.axes[0])
    with pytest.raises(ValueError, match="lang"):
        charts.volume_by_category(facts, reports, lang="fr")


def test_channels_are_side_by_side_next_to_the_total_not_stacked(tables):
    facts, reports, _ = tables
    fig = charts.volume_by_channel(facts, reports, lang="en")
    annual = fig.axes[0]
    bars = _bars(annual)
    assert bars == {"all items (total)": 500, charts.channel_label("ch_website", "en"): 480,
                    charts.channel_label("ch_wechat", "en"): 200}
    assert sum(bars.values()) - 500 > 500  # channels overlap: they exceed the total
    assert all(p.get_x() == 0 for p in annual.patches)  # every bar starts at zero
    assert "do not add up" in charts.subtitle_of(fig)


def test_request_funnel_groups_outcomes(tables):
    facts, reports, _ = tables
    fig = charts.request_funnel(facts, reports, lang="en")
    funnel, applicants = fig.axes
    assert _bars(funnel) == {"new this year": 40, "carried in": 2, "granted": 20,
                             "partly granted": 5, "refused": 4, "unable to provide": 8,
                             "not processed": 2, "carried out": 3}
    assert _bars(applicants) == {"individuals": 30, "businesses": 10}


def test_outcome_rates_use_stated_totals(tables):
    facts, reports, _ = tables
    table = charts.outcome_rates_table(facts, reports)
    row = table.iloc[0]
    assert row["report_year"] == 2019 and row["handled"] == 39
    assert row["grant_pct"] == pytest.approx(25 / 39 * 100)
    assert row["deny_pct"] == pytest.approx(4 / 39 * 100)
    fig = charts.outcome_rates(facts, reports, lang="en")
    heights = sorted(round(p.get_height(), 3) for p in fig.axes[0].patches)
    assert round(25 / 39 * 100, 3) in heights


def test_outcome_groups_per_report_prefer_a_stated_subtotal():
    rows = [("a", "granted", 5), ("a", "deny.state_secret", 1), ("a", "deny.third_party", 2),
            ("a", "deny.total", 4), ("a", "total", 9),           # stated deny subtotal wins
            ("b", "unable.not_held", 3), ("b", "unable.unclear", None), ("b", "other", 1)]
    outcomes = pd.DataFrame(rows, columns=["report_id", "key", "value"]).astype({"value": "Float64"})
    groups = charts._group_outcomes(outcomes).set_index("report_id")
    assert groups.loc["a", "granted"] == 5 and groups.loc["a", "deny"] == 4
    assert groups.loc["a", "total"] == 9
    assert groups.loc["b", "unable"] == 3 and groups.loc["b", "other"] == 1
    # absent groups and an unstated total stay missing, not zero
    assert groups[["partial", "reject"]].isna().all().all() and pd.isna(groups.loc["b", "total"])
    assert pd.isna(groups.loc["b", "deny"]) and pd.isna(groups.loc["a", "unable"])


def test_regulatory_documents_split_flows_and_stocks(tables):
    facts, reports, _ = tables
    fig = charts.regulatory_documents(facts, reports, lang="en")
    flow, stock = fig.axes
    assert [t.get_text() for t in flow.get_legend().get_texts()] == ["rules issued"]
    assert [p.get_height() for p in flow.patches] == [4]
    assert [p.get_height() for p in stock.patches] == [30]
    assert [t.get_text() for t in flow.get_xticklabels()] == ["2021"]


def test_disputes_per_group(tables):
    facts, reports, _ = tables
    fig = charts.review_and_litigation(facts, reports, lang="en")
    review, direct, after = fig.axes
    assert _bars(review) == {"upheld": 2, "corrected": 1, "other": 0, "pending": 0}
    assert direct.texts[0].get_text() == "no data" and not direct.axison


def test_overview_charts(tables):
    facts, reports, checks = tables
    fig = charts.documents_overview(reports, lang="en")
    status = fig.axes[0]
    assert {t.get_text(): p.get_height() for t, p in
            zip(status.get_xticklabels(), status.patches)} == {"failed": 1, "ok": 3}
    coverage = charts.coverage_table(facts, reports).set_index("measure")
    assert coverage.loc["proactive.category", "reports"] == 3
    assert coverage.loc["review", "share_pct"] == pytest.approx(100 / 3)
    assert charts.checks_table(checks).set_index(["rule", "status"])["checks"].to_dict() == {
        ("t3_balance", "pass"): 2, ("t3_column_sum", "fail"): 1}


def test_every_chart_says_no_data_on_empty_tables(tables, tmp_path):
    style.use()
    folder = write_tidy(tmp_path, facts=False)
    facts, reports, checks = (load.load_facts(folder), load.load_reports(folder),
                              load.load_checks(folder))
    figs = [charts.volume_by_category(facts, reports), charts.volume_by_channel(facts, reports),
            charts.measure_coverage(facts, reports), charts.checks_raised(checks),
            charts.report_profile(facts, reports.iloc[0]), charts.request_funnel(facts, reports),
            charts.outcome_rates(facts, reports), charts.regulatory_documents(facts, reports),
            charts.enforcement_decisions(facts, reports),
            charts.review_and_litigation(facts, reports), charts.dispute_rates(facts, reports)]
    for fig in figs:
        texts = [t.get_text() for ax in fig.axes for t in ax.texts]
        assert "无数据" in texts, _title(fig)
    plt.close("all")


def test_a_report_with_two_stated_totals_counts_once():
    totals = pd.DataFrame({"report_id": ["r1", "r1", "r2"], "period": ["annual"] * 3,
                           "char_start": [900, 120, 50], "value": [739.0, 1913.0, 10.0],
                           "unit": ["item"] * 3})
    kept = charts._one_total_per_report(totals)
    assert sorted(kept["value"]) == [10.0, 1913.0]      # r1's first-stated total, not 739 + 1913


def test_category_volume_leaves_out_other_units():
    facts = pd.DataFrame({"measure": ["proactive.category"] * 2, "key": ["cat_policy"] * 2,
                          "period": ["annual"] * 2, "value": [5.0, 7.0], "unit": ["item", "document"]})
    assert list(charts._items(facts)["value"]) == [5.0]
