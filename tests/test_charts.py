"""Chart functions put the right numbers, labels and words on the figure (data, not pixels):
values in, one number per count; names instead of ids; zero drawn, missing named; n on every
rate; a sentence instead of empty axes."""
from __future__ import annotations

import re

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402
from ogi import charts, labels, style  # noqa: E402
from test_load import FACTS, REPORTS  # noqa: E402

REPORT_FRAME = pd.DataFrame(REPORTS, columns=["report_id", "status", "agency", "admin_level",
                                              "report_year", "template"]).assign(
    source_file=lambda d: d["report_id"] + ".txt", duplicate_of="")
REPORT_FRAME["report_year"] = pd.to_numeric(REPORT_FRAME["report_year"], errors="coerce")


def values_frame(rows, reports: pd.DataFrame = REPORT_FRAME) -> pd.DataFrame:
    """A values table as ogi.notebook.load_values returns it: (report_id, measure, key, value,
    unit, period[, status]) rows joined with their report columns."""
    rows = [(*r, "single") if len(r) == 6 else r for r in rows]
    frame = pd.DataFrame(rows, columns=["report_id", "measure", "key", "value", "unit", "period",
                                        "status"]).astype({"value": "float64"})
    return frame.merge(reports.drop(columns="status"), on="report_id", how="inner")


@pytest.fixture(autouse=True)
def house_style():
    style.use()
    yield
    plt.close("all")


@pytest.fixture()
def values():
    return values_frame(FACTS)


def _bars(ax) -> dict[str, float]:
    """Horizontal bars: y tick label -> bar width."""
    names = [t.get_text() for t in ax.get_yticklabels()]
    rects = [p for p in ax.patches if isinstance(p, Rectangle)]
    by_y = {round(r.get_y() + r.get_height() / 2, 6): r.get_width() for r in rects}
    return {label: by_y[round(tick, 6)] for label, tick in zip(names, ax.get_yticks())}


def _title(fig) -> str:
    return fig._suptitle.get_text()


def _all_text(fig) -> str:
    """Every string drawn on the figure: titles, tick labels, axis labels, legends, notes."""
    fig.draw_without_rendering()
    found = [t.get_text() for t in fig.findobj(matplotlib.text.Text)]
    return "\n".join(found)


def test_category_volume_separates_annual_from_cumulative(values):
    fig = charts.volume_by_category(values, REPORT_FRAME, lang="en")
    annual, cumulative = fig.axes
    assert annual.get_title("left") == "annual" and cumulative.get_title("left") == "cumulative"
    label = charts.category_label
    assert _bars(annual) == {label("cat_news", "en"): 300, label("cat_policy", "en"): 200}
    assert _bars(cumulative) == {label("cat_policy", "en"): 9000}
    assert "category" in _title(fig)
    assert "2014–2021" in charts.subtitle_of(fig) and "items" in charts.subtitle_of(fig)
    assert charts.note_of(fig) == "3 reports"


def test_chinese_labels_and_notes(values):
    fig = charts.volume_by_category(values, REPORT_FRAME, lang="zh")
    assert _title(fig) == "主动公开信息：按类别"
    assert charts.category_label("cat_policy", "zh") in _bars(fig.axes[0])
    assert charts.note_of(fig) == "3份报告"
    assert fig.axes[0].get_title("left") == "年度数"
    with pytest.raises(ValueError, match="lang"):
        charts.volume_by_category(values, REPORT_FRAME, lang="fr")


def test_items_and_documents_are_never_added(values):
    """A category counted in 件 (documents) is another unit: left out of the item bars and
    counted in the note."""
    extra = values_frame([("r2019", "proactive.category", "cat_policy", 7, "document", "annual")])
    fig = charts.volume_by_category(pd.concat([values, extra]), REPORT_FRAME, lang="en")
    assert _bars(fig.axes[0])[charts.category_label("cat_policy", "en")] == 200
    assert "1 numbers in other units left out" in charts.note_of(fig)


def test_channels_are_side_by_side_next_to_the_total_not_stacked(values):
    fig = charts.volume_by_channel(values, REPORT_FRAME, lang="en")
    annual = fig.axes[0]
    bars = _bars(annual)
    assert bars == {"all items (total)": 500, charts.channel_label("ch_website", "en"): 480,
                    charts.channel_label("ch_wechat", "en"): 200}
    assert sum(bars.values()) - 500 > 500  # channels overlap: they exceed the total
    assert all(p.get_x() == 0 for p in annual.patches)  # every bar starts at zero
    assert "do not add up" in charts.subtitle_of(fig)


def test_note_counts_conflicts_duplicates_and_unsure_numbers():
    rows = [("r2019", "proactive", "total", 500, "item", "annual", "conflict"),
            ("r2021", "proactive", "total", 80, "item", "annual", "agreed"),
            ("r2014", "proactive", "total", None, "item", "annual", "conflict")]
    reports = REPORT_FRAME.assign(duplicate_of=["", "", "", "r2019"])
    values = values_frame(rows, reports)
    assert charts.note(values, reports, "en") == (
        "2 reports; 1 conflicting statements resolved; 1 duplicate reports left out; "
        "1 unsure numbers left out")
    assert charts.note(values, reports, "zh") == (
        "2份报告；1处说法不一已按规则取值；1份重复报告未计入；1个存疑数字未计入")


def test_request_funnel_groups_outcomes(values):
    fig = charts.request_funnel(values, REPORT_FRAME, lang="en")
    funnel, applicants = fig.axes
    assert _bars(funnel) == {"new this year": 40, "carried in": 2, "granted": 20,
                             "partly granted": 5, "refused": 4, "unable to provide": 8,
                             "not processed": 2, "carried out": 3}
    assert _bars(applicants) == {"individuals": 30, "businesses": 10}


def test_outcome_rates_use_stated_totals_and_hide_small_groups(values):
    table = charts.outcome_rates_table(values, REPORT_FRAME, min_n=30)
    row = table.iloc[0]
    assert row["report_year"] == 2019 and row["handled"] == 39 and row["reports"] == 1
    assert row["grant_pct"] == pytest.approx(25 / 39 * 100)
    assert row["deny_pct"] == pytest.approx(4 / 39 * 100)
    fig = charts.outcome_rates(values, REPORT_FRAME, lang="en", min_n=30)
    heights = sorted(round(p.get_height(), 3) for p in fig.axes[0].patches)
    assert round(25 / 39 * 100, 3) in heights
    assert [t.get_text() for t in fig.axes[0].get_xticklabels()] == ["2019\nn = 39 (1)"]
    assert "fewer than 30 requests handled" in charts.note_of(fig)

    hidden = charts.outcome_rates_table(values, REPORT_FRAME, min_n=40)
    assert hidden[[f"{g}_pct" for g in charts.RATE_GROUPS]].isna().all().all()
    fig = charts.outcome_rates(values, REPORT_FRAME, lang="zh", min_n=40)
    assert not fig.axes[0].patches                       # no rate drawn on 39 requests
    assert any(t.get_text() == "n<40，不显示" for t in fig.axes[0].texts)
    assert "办理总数少于40件的组不显示比率" in charts.note_of(fig)


def test_outcome_rates_by_level_and_agency_name_their_groups(values):
    by_level = charts.outcome_rates_table(values, REPORT_FRAME, by="admin_level", min_n=1)
    assert list(by_level["admin_level"]) == ["county"]
    fig = charts.outcome_rates(values, REPORT_FRAME, by="admin_level", lang="zh", min_n=1)
    assert fig.axes[0].get_xticklabels()[0].get_text().startswith("县区\n")
    fig = charts.outcome_rates(values, REPORT_FRAME, by="agency", lang="en", min_n=1)
    assert fig.axes[0].get_yticklabels()[0].get_text() == "甲县人民政府 n = 39 (1)"


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


def test_regulatory_documents_split_flows_and_stocks(values):
    fig = charts.regulatory_documents(values, REPORT_FRAME, lang="en")
    flow, stock = fig.axes
    assert [t.get_text() for t in flow.get_legend().get_texts()] == ["rules issued"]
    assert [p.get_height() for p in flow.patches] == [4]
    assert [p.get_height() for p in stock.patches] == [30]
    assert [t.get_text() for t in flow.get_xticklabels()] == ["2021"]
    assert flow.get_xlabel() == "report year" and flow.get_ylabel() == "documents"


def test_dispute_outcomes_show_zero_and_missing_differently(values):
    rows = [("r2019", "review", "upheld", 2, "case", "annual"),
            ("r2019", "review", "other", 0, "case", "annual")]
    fig = charts.review_and_litigation(values_frame(rows), REPORT_FRAME, lang="en")
    review, direct, _ = fig.axes
    assert _bars(review) == {"upheld": 2, "corrected": 0, "other": 0, "pending": 0}
    value_labels = [t.get_text() for t in review.texts]
    assert value_labels.count("0") == 1                     # the stated zero
    assert value_labels.count(" not stated") == 2           # corrected, pending: nobody said
    assert charts.no_data_text(fig) == ["no reports in this selection have sued directly",
                                        "no reports in this selection have sued after reconsideration"]
    assert not direct.axison


def test_overview_charts_name_every_id(values):
    fig = charts.documents_overview(REPORT_FRAME, lang="en")
    status = fig.axes[0]
    assert {t.get_text(): p.get_height() for t, p in
            zip(status.get_xticklabels(), status.patches)} == {"failed": 1, "parsed": 3}
    coverage = charts.coverage_table(values, REPORT_FRAME).set_index("measure")
    assert coverage.loc["proactive.category", "reports"] == 3
    assert coverage.loc["review", "share_pct"] == pytest.approx(100 / 3)
    checks = pd.DataFrame({"report_id": ["r2019", "r2019", "r2021"], "check_id": ["a", "b", "c"],
                           "rule": ["t3_balance", "t3_row_sum", "t3_balance"],
                           "status": ["pass", "fail", "pass"]})
    assert charts.checks_table(checks).set_index(["rule", "status"])["checks"].to_dict() == {
        ("t3_balance", "pass"): 2, ("t3_row_sum", "fail"): 1}
    for lang in ("zh", "en"):
        for fig in (charts.measure_coverage(values, REPORT_FRAME, lang=lang),
                    charts.checks_raised(checks, REPORT_FRAME, lang=lang),
                    charts.documents_overview(REPORT_FRAME, lang=lang),
                    charts.regulatory_documents(values, REPORT_FRAME, lang=lang),
                    charts.enforcement_decisions(values, REPORT_FRAME, lang=lang)):
            text = _all_text(fig)
            assert not re.search(r"\b(t[234][._]\w+|[a-z]+_[a-z_]+|proactive\.\w+|requests\.\w+)\b",
                                 text), (lang, _title(fig), text)


def test_every_measure_and_rule_the_parser_writes_has_a_name():
    """Measures of the contract and the project, and every rule string a check can carry."""
    import ogi.checks

    source = "\n".join(p.read_text(encoding="utf-8")
                       for p in __import__("pathlib").Path(ogi.checks.__file__).parent.glob("*.py"))
    rules = set(re.findall(r'Check\(\s*"(\w+)"', source)) | {"cross_year_carry_over",
                                                             "cross_year_in_force"}
    assert rules and all(labels.is_named("rule", r) for r in rules), \
        sorted(r for r in rules if not labels.is_named("rule", r))
    contract = ["proactive", "proactive.category", "proactive.channel", "proactive.subunit",
                "requests.new", "requests.channel", "requests.carried_in", "requests.carried_out",
                "requests.outcome", "review", "litigation", "litigation.direct",
                "litigation.after_review", "complaints", "fees", "t3.cell", "interpretations",
                "unmapped.proactive.category",
                *(f"t2.{row}" for row in ("rule", "normdoc", "licensing", "other_service",
                                          "penalty", "coercion", "fee", "procurement"))]
    assert [m for m in contract if not labels.is_named("measure", m)] == []
    assert labels.name("rule", "t9_new_rule", "en") == "t9 new rule"   # never dropped


def test_count_axes_are_integers_with_thousands_separators_and_no_offset():
    rows = [("r2019", "proactive", "total", 1_250_000, "item", "annual"),
            ("r2021", "proactive", "total", 3_400_000, "item", "annual"),
            ("r2014", "proactive", "total", 2_000_000, "item", "annual")]
    fig = charts.agency_ranking(values_frame(rows), REPORT_FRAME, lang="en")
    fig.draw_without_rendering()
    ax = fig.axes[0]
    ticks = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert ticks and all(re.fullmatch(r"\d{1,3}(,\d{3})*", t) for t in ticks), ticks
    assert ax.xaxis.get_offset_text().get_text() == ""
    assert "3,400,000" in [t.get_text() for t in ax.texts]
    assert ax.get_xlabel() == "items per report" and ax.get_ylabel() == "agency (report year)"


def test_agency_ranking_takes_each_agencys_latest_report():
    reports = pd.concat([REPORT_FRAME, pd.DataFrame([{
        "report_id": "r2020", "status": "ok", "agency": "甲县人民政府", "admin_level": "county",
        "report_year": 2020, "template": "template_2019", "source_file": "r2020.txt",
        "duplicate_of": ""}])], ignore_index=True)
    rows = [("r2019", "proactive", "total", 500, "item", "annual"),
            ("r2020", "proactive", "total", 0, "item", "annual"),
            ("r2021", "proactive", "total", 80, "item", "annual")]
    table = charts.agency_table(values_frame(rows, reports), reports)
    assert list(zip(table["agency"], table["report_year"], table["value"])) == [
        ("乙市人民政府", 2021, 80), ("甲县人民政府", 2020, 0)]
    fig = charts.agency_ranking(values_frame(rows, reports), reports, lang="zh")
    assert _bars(fig.axes[0]) == {"乙市人民政府（2021）": 80, "甲县人民政府（2020）": 0}
    assert "0" in [t.get_text() for t in fig.axes[0].texts]   # a stated zero is drawn
    assert charts.note_of(fig) == "2份报告"


def test_volume_trend_small_multiples_with_median_and_spread():
    reports = pd.DataFrame({"report_id": [f"r{i}" for i in range(8)], "status": "ok",
                            "agency": [f"机关{i}" for i in range(8)], "admin_level": "township",
                            "report_year": [2019] * 4 + [2020] * 4, "template": "free_text",
                            "source_file": "x", "duplicate_of": ""})
    rows = [(f"r{i}", "proactive.category", key, v, "item", "annual")
            for i, (key, v) in enumerate([("cat_news", 10), ("cat_news", 20), ("cat_news", 30),
                                          ("cat_news", 1000), ("cat_news", 5), ("cat_news", 7),
                                          ("cat_policy", 9), ("cat_news", 0)])]
    values = values_frame(rows, reports)
    table = charts.trend_table(values, reports, by="category").set_index(["key", "report_year"])
    assert table.loc[("cat_news", 2019), "median"] == 25       # not the sum, 1,060
    assert table.loc[("cat_news", 2019), "sum"] == 1060
    assert table.loc[("cat_news", 2020), "reports"] == 3
    fig = charts.volume_trend(values, reports, by="category", lang="en")
    news, policy = [ax for ax in fig.axes if ax.axison]
    assert news.get_title("left") == "Work news / updates (7 reports)"
    medians = news.lines[0].get_ydata()
    assert list(medians) == [25, 5]
    dots = news.collections[-1].get_offsets()
    assert sorted(dots[:, 1]) == [0, 5, 7, 10, 20, 30, 1000]    # every report, zero included
    assert news.get_ylabel() == "items per report" and policy.get_xlabel() == "report year"


def test_volume_trend_with_one_year_draws_one_strip_per_key(values):
    one_year = values[values["report_year"] == 2019]
    fig = charts.volume_trend(one_year, REPORT_FRAME, by="channel", lang="zh")
    assert _title(fig) == "各渠道主动公开信息的变化（2019年）"
    ax = fig.axes[0]
    assert ax.get_xlabel() == "每份报告的条数" and ax.get_ylabel() == "渠道"


def test_level_distribution_shows_every_report_per_level(values):
    fig = charts.level_distribution(values, REPORT_FRAME, measure="proactive.category",
                                    key="cat_policy", lang="en")
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["county\nn = 1", "city\nn = 1"]
    table = charts.level_table(values, REPORT_FRAME, measure="proactive.category", key="cat_policy")
    assert list(table["admin_level"]) == ["county", "city"] and list(table["median"]) == [120, 80]


EMPTY_CHARTS = [
    lambda v, r: charts.volume_by_category(v, r), lambda v, r: charts.volume_by_channel(v, r),
    lambda v, r: charts.volume_trend(v, r), lambda v, r: charts.volume_trend(v, r, by="channel"),
    lambda v, r: charts.measure_coverage(v, r),
    lambda v, r: charts.report_profile(v, r.iloc[0]), lambda v, r: charts.request_funnel(v, r),
    lambda v, r: charts.outcome_rates(v, r), lambda v, r: charts.outcome_rates(v, r, by="agency"),
    lambda v, r: charts.regulatory_documents(v, r), lambda v, r: charts.enforcement_decisions(v, r),
    lambda v, r: charts.review_and_litigation(v, r), lambda v, r: charts.dispute_rates(v, r),
    lambda v, r: charts.agency_ranking(v, r), lambda v, r: charts.level_distribution(v, r),
]


@pytest.mark.parametrize("chart", EMPTY_CHARTS)
def test_every_chart_says_what_an_empty_selection_lacks(chart):
    fig = chart(values_frame([]), REPORT_FRAME)
    sentences = charts.no_data_text(fig)
    assert sentences and all(s.startswith("所选报告中没有") for s in sentences), _title(fig)
    assert not [ax for ax in fig.axes if ax.axison and not ax.has_data()]   # no empty axes


def test_corpus_source_names_the_reports_charted():
    reports = REPORT_FRAME.assign(duplicate_of=["", "r2019", "", ""])
    assert charts.corpus_source(reports, "data/processed", "en") == (
        "2 OGI annual reports (政府信息公开工作年度报告) in data/processed, 2014–2019, "
        "2 agencies; parsed by ogi")
    assert charts.corpus_source(reports, "data/processed", "zh", {"levels": ["county"]}) == (
        "data/processed中的2份政府信息公开工作年度报告（2014–2019，2个机关），由ogi解析；"
        "选取：层级 县区")


def test_titles_notes_and_source_fit_inside_the_canvas(values):
    from ogi import figures

    long = values.assign(agency="一个名字非常非常长的机关" * 3)
    for fig in (charts.agency_ranking(long, None, lang="zh"),
                charts.volume_by_channel(values, REPORT_FRAME, lang="en")):
        figures._stamp_source(fig, "a source line", "en")
        fig.draw_without_rendering()
        renderer = fig.canvas.get_renderer()
        canvas = fig.bbox
        for text in fig.texts + [fig._suptitle]:
            box = text.get_window_extent(renderer)
            assert box.x0 >= canvas.x0 - 1 and box.y0 >= canvas.y0 - 1, text.get_text()
            assert box.y1 <= canvas.y1 + 1, text.get_text()
        boxes = [t.get_window_extent(renderer) for t in fig.texts]
        for i, a in enumerate(boxes):   # subtitle, note and source never overlap
            for b in boxes[i + 1:]:
                assert not a.overlaps(b)
        for ax in fig.axes:
            assert ax.get_tightbbox(renderer).y1 <= boxes[0].y0 + 1   # axes below the subtitle


def test_jitter_is_deterministic():
    part = pd.DataFrame({"report_year": [2019, 2019, 2019, 2020], "value": [1, 2, 3, 4]})
    assert list(charts._jitter(part)) == list(charts._jitter(part))
    assert list(np.round(charts._jitter(part), 3)) == [-0.25, 0, 0.25, 0]


def test_counts_spanning_three_orders_of_magnitude_get_a_log_axis_that_keeps_zero():
    reports = pd.DataFrame({"report_id": [f"r{i}" for i in range(4)], "status": "ok",
                            "agency": list("ABCD"), "admin_level": "city",
                            "report_year": [2019, 2019, 2020, 2020], "template": "free_text",
                            "source_file": "x", "duplicate_of": ""})
    rows = [(f"r{i}", "proactive", "total", v, "item", "annual") for i, v in enumerate([0, 3, 40, 9000])]
    fig = charts.volume_trend(values_frame(rows, reports), reports, lang="en")
    ax = fig.axes[0]
    assert ax.get_yscale() == "symlog" and ax.get_ylim()[0] == 0
    assert ax.get_ylabel() == "items per report (log scale)"
    narrow = [(f"r{i}", "proactive", "total", v, "item", "annual") for i, v in enumerate([0, 3, 40, 900])]
    assert charts.volume_trend(values_frame(narrow, reports), reports, lang="en").axes[0].get_yscale() == "linear"


def test_an_axis_of_zeros_starts_at_zero_without_negative_ticks():
    rows = [("r2019", "requests.new", "total", 0, "request", "annual")]
    fig = charts.report_profile(values_frame(rows), REPORT_FRAME.iloc[0], lang="en")
    fig.draw_without_rendering()
    requests = fig.axes[2]
    assert requests.get_xlim() == (0, 1)
    assert [t.get_text() for t in requests.get_xticklabels()] == ["0", "1"]
    assert [t.get_text() for t in requests.texts] == ["0"]


def _bars_top_down(ax) -> list[tuple[str, float]]:
    """Horizontal bars as (tick label, width), from the top bar down."""
    names = [t.get_text() for t in ax.get_yticklabels()]
    rects = [p for p in ax.patches if isinstance(p, Rectangle)]
    by_y = {round(r.get_y() + r.get_height() / 2, 6): r.get_width() for r in rects}
    drawn = [(tick, label, by_y[round(tick, 6)]) for label, tick in zip(names, ax.get_yticks())]
    return [(label, width) for _, label, width in sorted(drawn, reverse=True)]


def test_volume_charts_draw_their_quoted_tables_row_for_row():
    """Ties in size keep the table's order (by key), so the bars read as the table does."""
    rows = [("r2019", "proactive.category", key, value, "item", "annual")
            for key, value in (("cat_emergency", 5), ("cat_other", 52), ("cat_plan", 1),
                               ("cat_project", 4), ("cat_service", 4), ("cat_supervision", 29),
                               ("cat_welfare", 17))]
    rows += [("r2019", "proactive.channel", key, 7, "item", "annual")
             for key in ("ch_wechat", "ch_website", "ch_weibo")]
    values = values_frame(rows)
    table = charts.category_table(values, lang="en")
    [ax] = charts.volume_by_category(values, REPORT_FRAME, lang="en", top=6).axes
    assert _bars_top_down(ax) == list(zip(table["label"], table["items"]))[:6]
    assert list(table["key"][3:6]) == ["cat_emergency", "cat_project", "cat_service"]
    table = charts.channel_table(values, lang="en")
    [ax] = charts.volume_by_channel(values, REPORT_FRAME, lang="en").axes
    assert _bars_top_down(ax) == list(zip(table["label"], table["items_reaching"]))


def test_dispute_rates_draw_their_table():
    rows = [("r2019", "requests.new", "total", 40, "request", "annual"),
            ("r2019", "review", "total", 2, "case", "annual"),
            ("r2019", "litigation.direct", "total", 1, "case", "annual"),
            ("r2019", "litigation.after_review", "total", 1, "case", "annual"),
            ("r2021", "requests.new", "total", 50, "request", "annual"),
            ("r2021", "review", "total", 5, "case", "annual"),
            ("r2021", "litigation", "total", 3, "case", "annual"),
            ("r2014", "requests.new", "total", 10, "request", "annual")]   # no dispute totals
    values = values_frame(rows)
    table = charts.dispute_rates_table(values, REPORT_FRAME)
    assert table[["report_year", "reports", "review_per_100", "litigation_per_100"]] \
        .values.tolist() == [[2019, 1, 5.0, 5.0], [2021, 1, 10.0, 6.0]]
    [ax] = charts.dispute_rates(values, REPORT_FRAME, lang="en").axes
    heights = sorted((round(p.get_x(), 6), p.get_height()) for p in ax.patches
                     if isinstance(p, Rectangle) and p.get_height() > 0)
    # year by year, reconsideration then lawsuits
    assert [h for _, h in heights] == [5.0, 5.0, 10.0, 6.0]
    assert charts.dispute_rates_table(values_frame([rows[-1]]), REPORT_FRAME).empty


def test_level_distribution_counts_what_the_level_table_counts():
    values = values_frame([("r2019", "proactive", "total", 500, "item", "annual"),
                           ("r2021", "proactive", "total", 80, "item", "annual"),
                           ("r2014", "proactive", "total", 9, "item", "annual")])
    [ax] = charts.level_distribution(values, REPORT_FRAME, lang="en").axes
    table = charts.level_table(values, REPORT_FRAME)
    assert list(table["admin_level"]) == ["township", "county", "city"]
    ticks = [t.get_text() for t in ax.get_yticklabels()][::-1]   # first level at the top
    assert [t.split("\n")[1] for t in ticks] == [f"n = {n}" for n in table["reports"]]
