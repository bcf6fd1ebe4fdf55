"""One function per chart type: tidy tables in, matplotlib Figure out. No file I/O.

Every chart states what it shows: the title names the subject, the subtitle the unit, the period
and how many reports contribute. Counts that cannot be added are never stacked: annual,
partial-year and cumulative figures go into separate panels, and channel counts are drawn side by
side as "items reaching channel X" because one item published on several channels is counted once
in the total (domain.md §0.5). A chart with nothing to show still returns a Figure that says so.
"""
from __future__ import annotations


import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from . import taxonomy
from .style import ACCENT, MUTED, NO_DATA, PALETTE

PERIODS = ("annual", "partial_year", "cumulative")

TEXT = {
    "zh": {
        "no_data": "无数据", "reports": "份报告", "documents": "份文件", "doc_unit": "件",
        "items": "条",
        "requests": "件", "cases": "件", "share": "占比（%）", "year": "年度",
        "annual": "年度数", "partial_year": "不足一年", "cumulative": "累计数",
        "unknown": "未知",
        "t_category": "主动公开信息：按类别", "t_channel": "主动公开信息：按公开渠道",
        "channel_note": "同一信息可经多个渠道公开，各渠道不可相加",
        "all_items": "主动公开总数", "t_docs": "语料概况：文件数", "by_status": "按解析状态",
        "by_template": "按格式", "by_year": "按报告年度", "t_coverage": "各指标的覆盖率",
        "coverage_sub": "含该指标至少一个数字的报告占比（%）", "t_checks": "一致性检查结果",
        "checks_sub": "检查次数，按规则和结果", "t_profile": "报告概要",
        "p_category": "主动公开：按类别（条）", "p_channel": "到达各渠道的信息（条）",
        "p_requests": "依申请公开（件）", "p_disputes": "复议与诉讼（件）",
        "t_funnel": "政府信息公开申请：收到与办理", "funnel": "收到、办理与结转",
        "applicants": "新收申请：按申请人", "t_rates": "申请办理结果比率",
        "rates_sub": "占办理总数的百分比，按年度汇总", "t_regdocs": "规章和规范性文件",
        "flow": "本年（件）", "stock": "存量（件）", "t_enforce": "行政许可、处罚和强制决定",
        "enforce_sub": "本年处理决定数量（件），按年度汇总", "t_disputes": "行政复议与行政诉讼",
        "disputes_sub": "案件数，按结果；三组分别统计", "t_dispute_rates": "每百件新收申请的复议和诉讼",
        "dispute_rates_sub": "按年度汇总（件/百件申请）", "stage_in": "收到", "stage_out": "结转",
        "t_audit": "未被读取的计数：按族", "audit_sub": "公开、申请、收费、复议、诉讼语句中未被任何事实使用的计数",
        "audit_docs": "涉及报告数", "t_audit_cov": "各报告的标准指标",
        "audit_cov_sub": "已读取 / 文中提及但未读取 / 未提及", "fact": "已读取",
        "mentioned": "提及但未读取", "absent": "未提及",
    },
    "en": {
        "no_data": "no data", "reports": "reports", "documents": "documents",
        "doc_unit": "documents", "items": "items",
        "requests": "requests", "cases": "cases", "share": "share (%)", "year": "report year",
        "annual": "annual", "partial_year": "part of a year", "cumulative": "cumulative",
        "unknown": "unknown",
        "t_category": "Proactively disclosed items by category",
        "t_channel": "Proactively disclosed items by channel",
        "channel_note": "one item can reach several channels: bars do not add up",
        "all_items": "all items (total)", "t_docs": "Corpus: documents",
        "by_status": "by parse status", "by_template": "by format", "by_year": "by report year",
        "t_coverage": "Coverage of measures",
        "coverage_sub": "share of reports with at least one number for the measure (%)",
        "t_checks": "Consistency checks", "checks_sub": "checks run, by rule and result",
        "t_profile": "Report profile", "p_category": "proactive items by category",
        "p_channel": "items reaching each channel", "p_requests": "requests",
        "p_disputes": "reconsideration and litigation (cases)",
        "t_funnel": "Information requests: received and handled",
        "funnel": "received, handled and carried over", "applicants": "new requests by applicant",
        "t_rates": "Request outcome rates", "rates_sub": "% of requests handled, summed by year",
        "t_regdocs": "Rules and normative documents", "flow": "this year (documents)",
        "stock": "stock (documents)", "t_enforce": "Licensing, penalty and coercion decisions",
        "enforce_sub": "decisions this year, summed by year",
        "t_disputes": "Administrative reconsideration and litigation",
        "disputes_sub": "cases by outcome; the three groups are counted separately",
        "t_dispute_rates": "Reconsideration and lawsuits per 100 new requests",
        "dispute_rates_sub": "summed by year (cases per 100 requests)",
        "stage_in": "received", "stage_out": "carried over",
        "t_audit": "Counts left behind, by family",
        "audit_sub": "counts in sentences on disclosure, requests, fees, reviews or lawsuits "
                     "that no fact uses",
        "audit_docs": "reports", "t_audit_cov": "Standard measures per report",
        "audit_cov_sub": "read / stated in the text but not read / not stated", "fact": "read",
        "mentioned": "stated, not read", "absent": "not stated",
    },
}

# Labels of the fixed-template keys (domain.md §2.2-2.4), in display order.
KEY_LABELS = {
    "requests.new": {
        "natural_person": ("自然人", "individuals"), "org_business": ("商业企业", "businesses"),
        "org_research": ("科研机构", "research bodies"),
        "org_public_interest": ("社会公益组织", "public-interest NGOs"),
        "org_legal_service": ("法律服务机构", "legal services"), "org_other": ("其他组织", "other orgs"),
    },
    "funnel": {
        "new": ("本年新收", "new this year"), "carried_in": ("上年结转", "carried in"),
        "granted": ("予以公开", "granted"), "partial": ("部分公开", "partly granted"),
        "deny": ("不予公开", "refused"), "unable": ("无法提供", "unable to provide"),
        "reject": ("不予处理", "not processed"), "other": ("其他处理", "other handling"),
        "carried_out": ("结转下年", "carried out"),
    },
    "rates": {
        "grant": ("公开率（含部分公开）", "granted (incl. partly)"),
        "deny": ("不予公开率", "hard refusal"), "unable": ("无法提供率", "unable to provide"),
        "reject": ("不予处理率", "not processed"),
    },
    "t2": {
        "rule": ("规章", "rules"), "normdoc": ("规范性文件", "normative documents"),
        "licensing": ("行政许可", "licensing"), "penalty": ("行政处罚", "penalties"),
        "coercion": ("行政强制", "coercion"), "other_service": ("其他对外管理服务", "other services"),
        "made": ("新制作", "made"), "published": ("新公开", "published"),
        "issued": ("制发", "issued"), "repealed": ("废止", "repealed"),
        "total_published": ("对外公开总数", "total published"), "in_force": ("现行有效", "in force"),
    },
    "disputes": {
        "review": ("行政复议", "reconsideration"),
        "litigation.direct": ("直接起诉", "sued directly"),
        "litigation.after_review": ("复议后起诉", "sued after reconsideration"),
        "litigation": ("行政诉讼", "lawsuits"),
        "upheld": ("维持", "upheld"), "corrected": ("纠正", "corrected"),
        "other": ("其他", "other"), "pending": ("尚未审结", "pending"),
    },
}
# What the charts read from facts.csv. A national year is ~11M facts: notebooks load these
# columns and only the measures their charts use (a measure ending in "." covers its family).
FACT_COLUMNS = ["report_id", "measure", "key", "label_raw", "value", "unit", "period", "char_start"]
COVERAGE_COLUMNS = ["report_id", "measure", "value"]
CHECK_COLUMNS = ["report_id", "check_id", "rule", "status"]
MEASURES = {
    "labels": ["proactive.category", "proactive.channel"],
    "category": ["proactive.category"],
    "channel": ["proactive.channel", "proactive"],
    "requests": ["requests."],
    "regulatory": ["t2."],
    "disputes": ["review", "litigation", "litigation.", "requests.new"],
}
OUTCOME_GROUPS = ("granted", "partial", "deny", "unable", "reject", "other")
DISPUTE_OUTCOMES = ("upheld", "corrected", "other", "pending")
REG_FLOW_KEYS = ("made", "published", "issued", "repealed")
REG_STOCK_KEYS = ("total_published", "in_force")
ENFORCE_ROWS = ("licensing", "penalty", "coercion", "other_service")


# --------------------------------------------------------------------------- labels
def category_label(category_id: str, lang: str) -> str:
    return taxonomy.category_label(category_id, lang)


def channel_label(channel_id: str, lang: str) -> str:
    return taxonomy.channel_label(channel_id, lang)


def _t(lang: str, key: str) -> str:
    return TEXT[lang][key]


def _key_label(group: str, key: str, lang: str) -> str:
    pair = KEY_LABELS[group].get(key)
    return key if pair is None else pair[0 if lang == "zh" else 1]


# --------------------------------------------------------------------------- helpers
def _check_lang(lang: str) -> None:
    if lang not in TEXT:
        raise ValueError(f"lang must be one of {sorted(TEXT)}, got {lang!r}")


def _titled(fig: Figure, title: str, subtitle: str) -> Figure:
    fig.suptitle(title, x=0.01, y=0.99, ha="left", va="top")
    fig.text(0.01, 0.925, subtitle, ha="left", va="top", fontsize=9, color=MUTED,
             gid="ogi-subtitle")
    # Constrained layout inside a rect that leaves room for the title block and the source line.
    fig.set_layout_engine("constrained", rect=(0, 0.04, 1, 0.86), w_pad=0.08)
    return fig


def subtitle_of(fig: Figure) -> str:
    """The subtitle line drawn by `_titled` (for tests and captions)."""
    return next(t.get_text() for t in fig.texts if t.get_gid() == "ogi-subtitle")


def _no_data(ax, lang: str) -> None:
    ax.set_axis_off()
    ax.text(0.5, 0.5, _t(lang, "no_data"), ha="center", va="center", fontsize=14,
            color=NO_DATA, transform=ax.transAxes)


def _period_span(frame: pd.DataFrame, reports: pd.DataFrame | None, lang: str) -> str:
    """'2019–2023, 12 reports' for the reports behind a chart."""
    ids = frame["report_id"].unique() if "report_id" in frame else []
    n = len(ids)
    years = ""
    if reports is not None and n:
        y = reports.loc[reports["report_id"].isin(ids), "report_year"].dropna()
        if len(y):
            lo, hi = int(y.min()), int(y.max())
            years = f"{lo}" if lo == hi else f"{lo}–{hi}"
    unit = _t(lang, "reports")
    count = f"{n} {unit}" if lang == "en" else f"{n}{unit}"
    return f"{years}, {count}" if years else count


def _pick(facts: pd.DataFrame, measure: str, periods=PERIODS) -> pd.DataFrame:
    out = facts[(facts["measure"] == measure) & facts["period"].isin(periods)]
    return out[out["value"].notna()]


def _items(frame: pd.DataFrame) -> pd.DataFrame:
    """Counts of items (条) only: a category stated in 件 (documents) or 期 is another unit."""
    return frame[frame["unit"] == "item"]


def _one_total_per_report(totals: pd.DataFrame) -> pd.DataFrame:
    """The first total each report states per period. A report that states two different
    totals has a `conflicting_values` check; adding both would count the report twice."""
    ordered = totals.sort_values(["report_id", "period", "char_start"], na_position="last")
    return ordered.drop_duplicates(["report_id", "period"])


def _hbar(ax, labels: list[str], values: list[float], color=ACCENT, unit: str = "") -> None:
    """Horizontal bars, largest at the top, value printed at the bar end."""
    ys = range(len(labels))[::-1]
    bars = ax.barh(list(ys), values, color=color)
    ax.set_yticks(list(ys), labels)
    ax.bar_label(bars, labels=[f"{v:,.0f}" for v in values], padding=3, fontsize=8)
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    ax.margins(x=0.15)  # room for the value labels
    if unit:
        ax.set_xlabel(unit)


def _facet_by_period(frame: pd.DataFrame, lang: str, width: float = 8.0):
    """One panel per period present (never mix annual with cumulative counts)."""
    periods = [p for p in PERIODS if p in set(frame["period"])] or ["annual"]
    fig, axes = plt.subplots(1, len(periods), figsize=(width, 4.8), squeeze=False)
    return fig, list(zip(periods, axes[0]))


def _sum_by(frame: pd.DataFrame, column: str) -> pd.Series:
    return frame.groupby(column)["value"].sum().sort_values(ascending=False)


def _with_year(frame: pd.DataFrame, reports: pd.DataFrame) -> pd.DataFrame:
    years = reports[["report_id", "report_year"]]
    return frame.merge(years, on="report_id", how="left").dropna(subset=["report_year"])


# --------------------------------------------------------------------------- volume
def volume_by_category(facts: pd.DataFrame, reports: pd.DataFrame | None = None, *,
                       lang: str = "zh", top: int = 12) -> Figure:
    """Proactively disclosed items per content category, summed over reports, one panel per
    period (annual / part of a year / cumulative)."""
    _check_lang(lang)
    data = _items(_pick(facts, "proactive.category"))
    fig, panels = _facet_by_period(data, lang)
    for period, ax in panels:
        part = data[data["period"] == period]
        if part.empty:
            _no_data(ax, lang)
            continue
        sums = _sum_by(part, "key").head(top)
        _hbar(ax, [category_label(k, lang) for k in sums.index], list(sums.values),
              unit=_t(lang, "items"))
        ax.set_title(_t(lang, period))
    return _titled(fig, _t(lang, "t_category"),
                   f"{_t(lang, 'items')} · {_period_span(data, reports, lang)}")


def volume_by_channel(facts: pd.DataFrame, reports: pd.DataFrame | None = None, *,
                      lang: str = "zh") -> Figure:
    """Items reaching each channel, side by side, next to the total of the same reports; one
    panel per period. Not a partition: an item on three channels appears in three bars."""
    _check_lang(lang)
    data = _items(_pick(facts, "proactive.channel"))
    totals = _one_total_per_report(_items(_pick(facts, "proactive")))
    fig, panels = _facet_by_period(data, lang)
    for period, ax in panels:
        part = data[data["period"] == period]
        if part.empty:
            _no_data(ax, lang)
            continue
        sums = _sum_by(part, "key")
        labels = [channel_label(k, lang) for k in sums.index]
        values = list(sums.values)
        colors = [ACCENT] * len(values)
        same = totals[(totals["period"] == period) & (totals["key"] == "total")
                      & totals["report_id"].isin(part["report_id"])]
        if not same.empty:
            labels.insert(0, _t(lang, "all_items"))
            values.insert(0, float(same["value"].sum()))
            colors.insert(0, MUTED)
        _hbar(ax, labels, values, color=colors, unit=_t(lang, "items"))
        ax.set_title(_t(lang, period))
    return _titled(fig, _t(lang, "t_channel"),
                   f"{_t(lang, 'items')} · {_period_span(data, reports, lang)} · "
                   f"{_t(lang, 'channel_note')}")


# --------------------------------------------------------------------------- corpus
def documents_overview(reports: pd.DataFrame, *, lang: str = "zh") -> Figure:
    """Documents by parse status, by format (template) and by report year."""
    _check_lang(lang)
    fig, axes = plt.subplots(1, 3, figsize=(10, 4.2), width_ratios=[1, 1.3, 2])
    unknown = _t(lang, "unknown")
    panels = (("status", "by_status"), ("template", "by_template"), ("report_year", "by_year"))
    for ax, (column, title) in zip(axes, panels):
        ax.set_title(_t(lang, title))
        if reports.empty:
            _no_data(ax, lang)
            continue
        values = reports[column].astype("string").fillna(unknown).replace("", unknown)
        counts = values.value_counts().sort_index()
        bars = ax.bar(counts.index.tolist(), counts.values, color=ACCENT)
        ax.bar_label(bars, fontsize=8)
        ax.tick_params(axis="x", rotation=45 if column != "status" else 0, labelsize=8)
    return _titled(fig, _t(lang, "t_docs"),
                   f"{_t(lang, 'documents')} · n = {len(reports)}")


def measure_coverage(facts: pd.DataFrame, reports: pd.DataFrame, *, lang: str = "zh") -> Figure:
    """Share of readable reports (status not failed) with at least one fact per measure."""
    _check_lang(lang)
    readable = reports.loc[reports["status"] != "failed", "report_id"]
    fig, ax = plt.subplots(figsize=(8, 5))
    have = facts[facts["report_id"].isin(readable)].groupby("measure")["report_id"].nunique()
    if have.empty or readable.empty:
        _no_data(ax, lang)
    else:
        share = (100 * have / len(readable)).sort_values(ascending=False)
        _hbar(ax, share.index.tolist(), list(share.values), unit=_t(lang, "share"))
        ax.set_xlim(0, 105)
    return _titled(fig, _t(lang, "t_coverage"),
                   f"{_t(lang, 'coverage_sub')} · n = {len(readable)}")


def checks_raised(checks: pd.DataFrame, *, lang: str = "zh") -> Figure:
    """Checks run, by rule, split by result (each check has exactly one result, so stacking
    adds up)."""
    _check_lang(lang)
    fig, ax = plt.subplots(figsize=(8, 4.8))
    if checks.empty:
        _no_data(ax, lang)
    else:
        table = checks.pivot_table(index="rule", columns="status", values="check_id",
                                   aggfunc="count", fill_value=0)
        table = table.loc[table.sum(axis=1).sort_values().index]
        left = pd.Series(0, index=table.index)
        for i, status in enumerate(sorted(table.columns)):
            ax.barh(table.index, table[status], left=left, label=status,
                    color=PALETTE[i % len(PALETTE)])
            left = left + table[status]
        ax.legend(loc="lower right")
        ax.grid(axis="y", visible=False)
        ax.grid(axis="x", visible=True)
    return _titled(fig, _t(lang, "t_checks"), f"{_t(lang, 'checks_sub')} · n = {len(checks)}")


# --------------------------------------------------------------------------- one report
def report_profile(facts: pd.DataFrame, report: pd.Series | dict, *, lang: str = "zh") -> Figure:
    """Four panels for one report: categories, channels, requests, disputes (annual figures)."""
    _check_lang(lang)
    report = dict(report)
    own = facts[(facts["report_id"] == report["report_id"]) & (facts["period"] == "annual")]
    fig, axes = plt.subplots(2, 2, figsize=(10, 7))
    panels = [
        ("p_category", own[own["measure"] == "proactive.category"], category_label),
        ("p_channel", own[own["measure"] == "proactive.channel"], channel_label),
    ]
    for ax, (title, part, labeller) in zip(axes[0], panels):
        ax.set_title(_t(lang, title))
        if part.empty:
            _no_data(ax, lang)
            continue
        sums = _sum_by(part, "key").head(10)
        _hbar(ax, [labeller(k, lang) for k in sums.index], list(sums.values))
    funnel = _funnel_values(own)
    ax = axes[1][0]
    ax.set_title(_t(lang, "p_requests"))
    if funnel.empty:
        _no_data(ax, lang)
    else:
        _hbar(ax, [_key_label("funnel", k, lang) for k in funnel.index], list(funnel.values))
    ax = axes[1][1]
    ax.set_title(_t(lang, "p_disputes"))
    totals = own[own["measure"].isin(["review", "litigation", "litigation.direct",
                                      "litigation.after_review"]) & (own["key"] == "total")]
    if totals.empty:
        _no_data(ax, lang)
    else:
        sums = totals.groupby("measure")["value"].sum()
        _hbar(ax, [_key_label("disputes", k, lang) for k in sums.index], list(sums.values))
    who = " ".join(str(report.get(c) or "") for c in ("agency", "report_year")).strip()
    return _titled(fig, f"{_t(lang, 't_profile')}: {who or report['report_id']}",
                   f"{report.get('template') or ''} · {report.get('source_file') or ''} · "
                   f"{_t(lang, 'annual')}")


# --------------------------------------------------------------------------- requests
def _group_outcomes(outcomes: pd.DataFrame) -> pd.DataFrame:
    """Per report: granted, partial and the deny/unable/reject/other groups. A group's stated
    subtotal (`deny.total`) wins over the sum of its sub-rows, which may be incomplete.
    Vectorised: a national year has ~60,000 reports with a table 三."""
    columns = ["report_id", *OUTCOME_GROUPS, "total"]
    by_key = outcomes.groupby(["report_id", "key"])["value"].sum().reset_index()
    if by_key.empty:
        return pd.DataFrame(columns=columns)
    group = by_key["key"].str.split(".", n=1).str[0]
    subtotal = by_key["key"].str.endswith(".total") & ~group.isin(["granted", "partial"])
    in_group = group.isin(OUTCOME_GROUPS)

    def wide(rows) -> pd.DataFrame:
        return (by_key[rows].assign(group=group[rows])
                .groupby(["report_id", "group"])["value"].sum().unstack())

    table = wide(in_group & subtotal).combine_first(wide(in_group & ~subtotal))
    reports = pd.Index(sorted(by_key["report_id"].unique()), name="report_id")
    table = table.reindex(index=reports, columns=list(OUTCOME_GROUPS)).astype("float64")
    stated_total = by_key[by_key["key"] == "total"].set_index("report_id")["value"]
    table["total"] = stated_total.reindex(reports).astype("float64")
    return table.reset_index()[columns].rename_axis(columns=None)


def _funnel_values(facts: pd.DataFrame) -> pd.Series:
    """new, carried_in, outcome groups, carried_out: summed over reports (annual facts)."""
    values = {}
    for measure, name in (("requests.new", "new"), ("requests.carried_in", "carried_in")):
        part = facts[(facts["measure"] == measure) & (facts["key"] == "total")]
        if not part.empty:
            values[name] = part["value"].sum()
    groups = _group_outcomes(facts[facts["measure"] == "requests.outcome"])
    for group in OUTCOME_GROUPS:
        if groups[group].notna().any():
            values[group] = groups[group].sum()
    part = facts[(facts["measure"] == "requests.carried_out") & (facts["key"] == "total")]
    if not part.empty:
        values["carried_out"] = part["value"].sum()
    return pd.Series(values, dtype="float64")


def request_funnel(facts: pd.DataFrame, reports: pd.DataFrame | None = None, *,
                   lang: str = "zh") -> Figure:
    """Table 三 as a funnel (received -> outcomes -> carried over) and new requests by applicant
    type; annual figures summed over reports."""
    _check_lang(lang)
    annual = facts[(facts["period"] == "annual") & facts["value"].notna()
                   & facts["measure"].str.startswith("requests.")]
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4.8), width_ratios=[1.4, 1])
    funnel = _funnel_values(annual)
    left.set_title(_t(lang, "funnel"))
    if funnel.empty:
        _no_data(left, lang)
    else:
        stage = {"new": 0, "carried_in": 0, "carried_out": 2}
        colors = [PALETTE[stage.get(k, 1)] for k in funnel.index]
        _hbar(left, [_key_label("funnel", k, lang) for k in funnel.index], list(funnel.values),
              color=colors, unit=_t(lang, "requests"))
    applicants = annual[(annual["measure"] == "requests.new") & (annual["key"] != "total")]
    right.set_title(_t(lang, "applicants"))
    if applicants.empty:
        _no_data(right, lang)
    else:
        order = [k for k in KEY_LABELS["requests.new"] if k in set(applicants["key"])]
        sums = applicants.groupby("key")["value"].sum().reindex(order)
        _hbar(right, [_key_label("requests.new", k, lang) for k in order], list(sums.values),
              unit=_t(lang, "requests"))
    return _titled(fig, _t(lang, "t_funnel"),
                   f"{_t(lang, 'requests')} · {_t(lang, 'annual')} · "
                   f"{_period_span(annual, reports, lang)}")


def outcome_rates(facts: pd.DataFrame, reports: pd.DataFrame, *, lang: str = "zh") -> Figure:
    """Grant, hard-refusal, unable-to-provide and not-processed rates by report year: group
    sums divided by the stated totals of the same reports (domain.md §4.6)."""
    _check_lang(lang)
    outcomes = facts[(facts["measure"] == "requests.outcome") & (facts["period"] == "annual")]
    groups = _group_outcomes(outcomes)
    groups = groups[groups["total"].fillna(0) > 0]
    fig, ax = plt.subplots(figsize=(8, 4.5))
    if groups.empty:
        _no_data(ax, lang)
        rates = pd.DataFrame()
    else:
        groups = _with_year(groups, reports)
        groups["grant"] = groups["granted"].fillna(0) + groups["partial"].fillna(0)
        by_year = groups.groupby("report_year")[["grant", "deny", "unable", "reject", "total"]].sum()
        rates = by_year[["grant", "deny", "unable", "reject"]].div(by_year["total"], axis=0) * 100
        years = [str(int(y)) for y in rates.index]
        width = 0.8 / len(rates.columns)
        for i, column in enumerate(rates.columns):
            xs = [x + (i - 1.5) * width for x in range(len(years))]
            ax.bar(xs, rates[column], width, label=_key_label("rates", column, lang),
                   color=PALETTE[i])
        ax.set_xticks(range(len(years)), years)
        ax.set_ylabel(_t(lang, "share"))
        ax.legend(ncols=2)
    return _titled(fig, _t(lang, "t_rates"),
                   f"{_t(lang, 'rates_sub')} · {_period_span(outcomes, reports, lang)}")


# --------------------------------------------------------------------------- table 二
def regulatory_documents(facts: pd.DataFrame, reports: pd.DataFrame, *,
                         lang: str = "zh") -> Figure:
    """Rules and normative documents (Table 二): flows this year and stocks in separate panels,
    by report year. E2 (made/published/total_published) and E3 (issued/repealed/in_force)
    columns keep their own bars: they are not the same quantity."""
    _check_lang(lang)
    data = facts[facts["measure"].isin(["t2.rule", "t2.normdoc"]) & facts["value"].notna()]
    data = _with_year(data, reports) if not data.empty else data
    fig, axes = plt.subplots(1, 2, figsize=(10, 4.8))
    for ax, keys, title in ((axes[0], REG_FLOW_KEYS, "flow"), (axes[1], REG_STOCK_KEYS, "stock")):
        ax.set_title(_t(lang, title))
        part = data[data["key"].isin(keys)] if not data.empty else data
        if part.empty:
            _no_data(ax, lang)
            continue
        part = part.assign(series=part["measure"].str.removeprefix("t2.") + "." + part["key"])
        table = part.pivot_table(index="report_year", columns="series", values="value",
                                 aggfunc="sum")
        _grouped_bars(ax, table, lambda s: " ".join(_key_label("t2", p, lang)
                                                    for p in s.split(".")))
    return _titled(fig, _t(lang, "t_regdocs"),
                   f"{_t(lang, 'doc_unit')} · {_period_span(data, reports, lang)}")


def _grouped_bars(ax, table: pd.DataFrame, label) -> None:
    """Side-by-side bars: one group per index value (year), one bar per column."""
    years = [str(int(y)) for y in table.index]
    width = 0.8 / max(len(table.columns), 1)
    for i, column in enumerate(table.columns):
        xs = [x + (i - (len(table.columns) - 1) / 2) * width for x in range(len(years))]
        ax.bar(xs, table[column].fillna(0), width, label=label(column),
               color=PALETTE[i % len(PALETTE)])
    ax.set_xticks(range(len(years)), years)
    ax.legend(fontsize=8)


def enforcement_decisions(facts: pd.DataFrame, reports: pd.DataFrame, *,
                          lang: str = "zh") -> Figure:
    """Licensing, penalty, coercion (and E2 other-service) decisions, by report year."""
    _check_lang(lang)
    measures = [f"t2.{row}" for row in ENFORCE_ROWS]
    data = facts[facts["measure"].isin(measures) & (facts["key"] == "decisions")
                 & facts["value"].notna()]
    fig, ax = plt.subplots(figsize=(8, 4.5))
    if data.empty:
        _no_data(ax, lang)
    else:
        data = _with_year(data, reports)
        table = data.pivot_table(index="report_year", columns="measure", values="value",
                                 aggfunc="sum")
        table = table[[m for m in measures if m in table.columns]]
        _grouped_bars(ax, table, lambda m: _key_label("t2", m.removeprefix("t2."), lang))
    return _titled(fig, _t(lang, "t_enforce"),
                   f"{_t(lang, 'enforce_sub')} · {_period_span(data, reports, lang)}")


# --------------------------------------------------------------------------- table 四
def review_and_litigation(facts: pd.DataFrame, reports: pd.DataFrame | None = None, *,
                          lang: str = "zh") -> Figure:
    """Reconsideration, direct suits and suits after reconsideration by outcome: one panel per
    group (a case can appear in reconsideration and then in a suit after it)."""
    _check_lang(lang)
    groups = ("review", "litigation.direct", "litigation.after_review")
    data = facts[facts["measure"].isin(groups) & (facts["period"] == "annual")
                 & facts["key"].isin(DISPUTE_OUTCOMES) & facts["value"].notna()]
    fig, axes = plt.subplots(1, 3, figsize=(10, 4.2), sharex=True)
    for ax, group in zip(axes, groups):
        ax.set_title(_key_label("disputes", group, lang))
        part = data[data["measure"] == group]
        if part.empty:
            _no_data(ax, lang)
            continue
        sums = part.groupby("key")["value"].sum().reindex(DISPUTE_OUTCOMES, fill_value=0)
        _hbar(ax, [_key_label("disputes", k, lang) for k in sums.index], list(sums.values))
    return _titled(fig, _t(lang, "t_disputes"),
                   f"{_t(lang, 'disputes_sub')} · {_t(lang, 'annual')} · "
                   f"{_period_span(data, reports, lang)}")


def dispute_rates(facts: pd.DataFrame, reports: pd.DataFrame, *, lang: str = "zh") -> Figure:
    """Reconsiderations and lawsuits per 100 new requests, by year, over the reports that state
    both the dispute total and the new-request total."""
    _check_lang(lang)
    annual = facts[(facts["period"] == "annual") & (facts["key"] == "total")
                   & facts["value"].notna()]
    new = annual[annual["measure"] == "requests.new"].groupby("report_id")["value"].sum()
    suits = annual[annual["measure"].isin(["litigation.direct", "litigation.after_review"])]
    suits = suits.groupby("report_id")["value"].sum()
    # Reports without the template split state only `litigation`; use it where the split is absent.
    plain = annual[annual["measure"] == "litigation"].groupby("report_id")["value"].sum()
    suits = pd.concat([suits, plain[~plain.index.isin(suits.index)]])
    review = annual[annual["measure"] == "review"].groupby("report_id")["value"].sum()
    table = pd.DataFrame({"new": new, "review": review, "litigation": suits}).dropna()
    table = table[table["new"] > 0]
    fig, ax = plt.subplots(figsize=(8, 4.5))
    if table.empty:
        _no_data(ax, lang)
        ids = []
    else:
        table = _with_year(table.rename_axis("report_id").reset_index(), reports)
        ids = table["report_id"]
        by_year = table.groupby("report_year")[["new", "review", "litigation"]].sum()
        rates = by_year[["review", "litigation"]].div(by_year["new"], axis=0) * 100
        _grouped_bars(ax, rates, lambda k: _key_label("disputes", k, lang))
    span = _period_span(pd.DataFrame({"report_id": list(ids)}), reports, lang)
    return _titled(fig, _t(lang, "t_dispute_rates"), f"{_t(lang, 'dispute_rates_sub')} · {span}")


# --------------------------------------------------------------------------- facts tables
# The numbers the notebooks print in their facts cells: the same aggregations the charts draw,
# as plain DataFrames (rounded by the caller, printed with to_string).
def _volume_table(facts: pd.DataFrame, measure: str, label, column: str, lang: str) -> pd.DataFrame:
    """Items per key and period, counted as the volume charts count them (条 only)."""
    data = _items(_pick(facts, measure))
    table = data.groupby(["period", "key"]).agg(**{column: ("value", "sum")},
                                                 reports=("report_id", "nunique")).reset_index()
    table.insert(2, "label", [label(k, lang) for k in table["key"]])
    return table.sort_values(["period", column, "key"], ascending=[True, False, True],
                             ignore_index=True)


def category_table(facts: pd.DataFrame, *, lang: str = "zh") -> pd.DataFrame:
    return _volume_table(facts, "proactive.category", category_label, "items", lang)


def channel_table(facts: pd.DataFrame, *, lang: str = "zh") -> pd.DataFrame:
    return _volume_table(facts, "proactive.channel", channel_label, "items_reaching", lang)


def documents_table(reports: pd.DataFrame) -> pd.DataFrame:
    """Documents by status and template."""
    return (reports.assign(template=reports["template"].replace("", "-"))
            .groupby(["status", "template"]).size().rename("documents").reset_index())


def coverage_table(facts: pd.DataFrame, reports: pd.DataFrame) -> pd.DataFrame:
    readable = reports.loc[reports["status"] != "failed", "report_id"]
    part = facts[facts["report_id"].isin(readable)]
    table = part.groupby("measure").agg(reports=("report_id", "nunique"),
                                        facts=("value", "size")).reset_index()
    table["share_pct"] = 100 * table["reports"] / max(len(readable), 1)
    return table.sort_values(["reports", "measure"], ascending=[False, True], ignore_index=True)


def checks_table(checks: pd.DataFrame) -> pd.DataFrame:
    return checks.groupby(["rule", "status"]).size().rename("checks").reset_index()


def unmapped_labels_table(facts: pd.DataFrame) -> pd.DataFrame:
    """Category and channel labels the taxonomy did not place (unknown ids and the umbrella
    `cat_unspecified`), with how often they occur: the to-do list for taxonomy synonyms."""
    known = set(taxonomy.entries("categories")) | set(taxonomy.entries("channels"))
    part = facts[facts["measure"].isin(["proactive.category", "proactive.channel"])]
    part = part[~part["key"].isin(known - {"cat_unspecified"})]
    return (part.groupby(["measure", "key", "label_raw"]).agg(facts=("value", "size"))
            .reset_index().sort_values(["facts", "measure", "key"], ascending=[False, True, True],
                                       ignore_index=True))


def funnel_table(facts: pd.DataFrame) -> pd.DataFrame:
    annual = facts[(facts["period"] == "annual") & facts["value"].notna()]
    values = _funnel_values(annual)
    return pd.DataFrame({"stage": values.index, "requests": values.values})


def outcome_rates_table(facts: pd.DataFrame, reports: pd.DataFrame) -> pd.DataFrame:
    outcomes = facts[(facts["measure"] == "requests.outcome") & (facts["period"] == "annual")]
    groups = _group_outcomes(outcomes)
    groups = groups[groups["total"].fillna(0) > 0]
    if groups.empty:
        return pd.DataFrame(columns=["report_year", "handled", "grant_pct", "deny_pct",
                                     "unable_pct", "reject_pct"])
    groups = _with_year(groups, reports)
    groups["grant"] = groups["granted"].fillna(0) + groups["partial"].fillna(0)
    by_year = groups.groupby("report_year")[["grant", "deny", "unable", "reject", "total"]].sum()
    table = by_year[["grant", "deny", "unable", "reject"]].div(by_year["total"], axis=0) * 100
    table.columns = [f"{c}_pct" for c in table.columns]
    table.insert(0, "handled", by_year["total"])
    return table.reset_index()


def regulatory_table(facts: pd.DataFrame, reports: pd.DataFrame) -> pd.DataFrame:
    data = facts[facts["measure"].str.startswith("t2.") & facts["value"].notna()]
    if data.empty:
        return pd.DataFrame(columns=["report_year", "measure", "key", "value", "reports"])
    data = _with_year(data, reports)
    return (data.groupby(["report_year", "measure", "key"])
            .agg(value=("value", "sum"), reports=("report_id", "nunique")).reset_index())


def disputes_table(facts: pd.DataFrame) -> pd.DataFrame:
    groups = ["review", "litigation", "litigation.direct", "litigation.after_review"]
    data = facts[facts["measure"].isin(groups) & (facts["period"] == "annual")
                 & facts["value"].notna()]
    return (data.groupby(["measure", "key"])
            .agg(cases=("value", "sum"), reports=("report_id", "nunique")).reset_index())


def report_table(facts: pd.DataFrame, report_id: str) -> pd.DataFrame:
    """One report's facts, by measure and key (values as stated)."""
    own = facts[facts["report_id"] == report_id]
    return (own.groupby(["measure", "key", "period"])["value"].sum().reset_index()
            .sort_values(["measure", "key", "period"], ignore_index=True))


# --------------------------------------------------------------------------- audit (ogi audit)
AUDIT_MEASURES = {
    "proactive_total": ("主动公开总数", "proactive total"),
    "proactive_category": ("按类别", "by category"), "proactive_channel": ("按渠道", "by channel"),
    "requests_new": ("收到申请", "requests received"),
    "requests_outcome": ("办理结果", "request outcomes"),
    "review": ("行政复议", "reconsideration"), "litigation": ("行政诉讼", "lawsuits"),
    "fees": ("收费", "fees"),
}
AUDIT_STATES = ("fact", "mentioned", "absent")


def audit_families(families: pd.DataFrame, *, top: int = 20, lang: str = "zh") -> Figure:
    """The families of counts `ogi audit` found unused, by the number of reports they touch."""
    _check_lang(lang)
    shown = families.head(top)
    fig, ax = plt.subplots(figsize=(8, 1.2 + 0.3 * max(len(shown), 4)))
    if shown.empty:
        _no_data(ax, lang)
    else:
        _hbar(ax, shown["family"].tolist(), shown["docs"].tolist(), unit=_t(lang, "audit_docs"))
    n_items = int(families["items"].sum()) if len(families) else 0
    return _titled(fig, _t(lang, "t_audit"),
                   f"{_t(lang, 'audit_sub')} · {len(families)} · n = {n_items}")


def audit_coverage(coverage: pd.DataFrame, *, lang: str = "zh") -> Figure:
    """Per standard measure, how many audited reports hold it, state it unread, or say nothing."""
    _check_lang(lang)
    audited = coverage[coverage["audited"]] if len(coverage) else coverage
    fig, ax = plt.subplots(figsize=(8, 4.8))
    if audited.empty:
        _no_data(ax, lang)
    else:
        names = list(AUDIT_MEASURES)[::-1]
        left = [0] * len(names)
        for state, color in zip(AUDIT_STATES, (PALETTE[0], PALETTE[3], NO_DATA)):
            counts = [int((audited[name] == state).sum()) for name in names]
            ax.barh(range(len(names)), counts, left=left, color=color, label=_t(lang, state))
            left = [a + b for a, b in zip(left, counts)]
        ax.set_yticks(range(len(names)),
                      [AUDIT_MEASURES[n][0 if lang == "zh" else 1] for n in names])
        ax.grid(axis="y", visible=False)
        ax.set_xlabel(_t(lang, "audit_docs"))
        ax.legend(loc="lower right", fontsize=8)
    return _titled(fig, _t(lang, "t_audit_cov"), f"{_t(lang, 'audit_cov_sub')} · n = {len(audited)}")

