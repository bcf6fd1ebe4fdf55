"""One function per chart type: tidy tables in, matplotlib Figure out. No file I/O.

Charts read the values table (one value per report, measure, key, period and unit; see
data/README.md), never facts: a number a report states twice is counted once, and a conflict
counts the value the documented precedence chose. Each `values` argument is that long table
joined with its report's columns (agency, admin_level, report_year, ...), duplicates of other
reports already left out, as `ogi.notebook.Notebook.values` returns it.

Every chart states what it shows, in the figure's language and without internal ids: the title
names the subject, the subtitle the unit, the period and the reports behind it, and a note line
counts the reports charted, the conflicts resolved, the duplicates and the unsure numbers left
out. Counts that cannot be added are never stacked: annual, part-year and cumulative numbers go
into separate panels, items (条) and documents (件) are never summed together, and channel counts
are drawn side by side as "items reaching channel X" because one item published on several
channels is counted once in the total. A stated zero is drawn (a bar labelled 0 or a dot on the
axis), a number nobody stated is not: it is named "not stated". A chart with nothing to show
still returns a Figure whose panel says, in a sentence, that no report in the selection has it.
"""
from __future__ import annotations

import textwrap

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from . import taxonomy
from .labels import LEVEL_ORDER, check_lang, name
from .style import ACCENT, MUTED, NO_DATA, PALETTE

PERIODS = ("annual", "partial_year", "cumulative")

TEXT = {
    "zh": {
        "reports_n": "{n}份报告", "agencies_n": "{n}个机关", "documents": "文件数",
        "items": "条", "items_per_report": "每份报告的条数", "items_all": "条数（各报告合计）",
        "requests": "件", "cases": "件", "share": "占比（%）", "year": "报告年度",
        "rate": "占办理总数的比例（%）", "unknown": "未知", "not_stated": "未说明",
        "none_have": "所选报告中没有{what}",
        "t_category": "主动公开信息：按类别", "t_channel": "主动公开信息：按公开渠道",
        "channel_note": "同一信息可经多个渠道公开，各渠道不可相加",
        "all_items": "主动公开总数", "t_docs": "语料概况：文件数", "by_status": "按解析状态",
        "by_template": "按格式", "by_year": "按报告年度", "t_coverage": "各指标的覆盖率",
        "coverage_sub": "含该指标的报告占可读报告的比例（%）",
        "t_checks": "一致性检查结果", "checks_sub": "检查次数，按规则和结果",
        "checks_axis": "检查次数", "rule_axis": "检查规则",
        "t_profile": "报告概要", "p_category": "主动公开：按类别（条）",
        "p_channel": "到达各渠道的信息（条）", "p_requests": "依申请公开（件）",
        "p_disputes": "复议与诉讼（件）",
        "t_funnel": "政府信息公开申请：收到与办理", "funnel": "收到、办理与结转",
        "applicants": "新收申请：按申请人", "t_rates": "申请办理结果比率",
        "rates_sub": "各组报告的办理结果之和除以其办理总数",
        "rates_rule": "办理总数少于{min_n}件的组不显示比率",
        "hidden": "n<{min_n}，不显示", "t_regdocs": "规章和规范性文件",
        "flow": "本年（件）", "stock": "存量（件）", "t_enforce": "行政许可、处罚和强制决定",
        "enforce_sub": "本年处理决定数量（件），按年度汇总", "t_disputes": "行政复议与行政诉讼",
        "disputes_sub": "案件数，按结果；三组分别统计", "t_dispute_rates": "每百件新收申请的复议和诉讼",
        "dispute_rates_sub": "按年度汇总（件/百件申请）", "per_100": "件/百件新收申请",
        "t_trend_total": "主动公开信息数量的变化", "t_trend_category": "各类别主动公开信息的变化",
        "t_trend_channel": "各渠道主动公开信息的变化",
        "trend_sub": "年度数；点为单份报告，线为中位数，阴影为四分位距（每年至少3份报告时）",
        "trend_one_year": "只有一个报告年度：每个点为一份报告，竖线为中位数",
        "per_report": "每份报告", "sum_reports": "各报告合计",
        "t_agencies": "各机关比较：{what}", "agencies_sub": "每个机关取所选范围内最近一年的报告；年度数",
        "more_agencies": "另有{n}个机关未显示", "agency_axis": "机关（报告年度）",
        "t_levels": "按行政层级的分布：{what}",
        "levels_sub": "每个点为一份报告，箱体为四分位距，竖线为中位数；年度数",
        "level_axis": "行政层级", "log_scale": "（对数刻度）", "category_axis": "类别",
        "channel_axis": "渠道", "total_axis": "",
        "t_agency_rates": "各机关的申请办理结果比率",
        "note_reports": "{n}份报告", "note_conflicts": "{n}处说法不一已按规则取值",
        "note_duplicates": "{n}份重复报告未计入", "note_unsure": "{n}个存疑数字未计入",
        "note_missing": "{n}份报告未说明",
        "note_units": "{n}个以其他单位计的数字未计入",
        "corpus": "{folder}中的{n}份政府信息公开工作年度报告（{years}，{agencies}），由ogi解析",
        "selection": "选取：{what}", "sel_years": "年度 {v}", "sel_levels": "层级 {v}",
        "sel_agencies": "机关 {v}", "sep": "；", "list_sep": "、", "n_eq": "n = {n:,}",
        "t_audit": "未被读取的计数：按族", "audit_sub": "公开、申请、收费、复议、诉讼语句中未被任何事实使用的计数",
        "audit_docs": "涉及报告数", "audit_items": "未被读取的计数", "t_audit_cov": "各报告的标准指标",
        "audit_cov_sub": "已读取 / 文中提及但未读取 / 未提及", "fact": "已读取",
        "mentioned": "提及但未读取", "absent": "未提及", "audited_reports": "可核对原文的报告",
    },
    "en": {
        "reports_n": "{n} reports", "agencies_n": "{n} agencies", "documents": "documents",
        "items": "items", "items_per_report": "items per report",
        "items_all": "items (all reports together)",
        "requests": "requests", "cases": "cases", "share": "share (%)", "year": "report year",
        "rate": "share of requests handled (%)", "unknown": "unknown", "not_stated": "not stated",
        "none_have": "no reports in this selection have {what}",
        "t_category": "Proactively disclosed items by category",
        "t_channel": "Proactively disclosed items by channel",
        "channel_note": "one item can reach several channels: bars do not add up",
        "all_items": "all items (total)", "t_docs": "Corpus: documents",
        "by_status": "by parse status", "by_template": "by format", "by_year": "by report year",
        "t_coverage": "Coverage of measures",
        "coverage_sub": "share of readable reports with a value for the measure (%)",
        "t_checks": "Consistency checks", "checks_sub": "checks run, by rule and result",
        "checks_axis": "checks", "rule_axis": "check rule",
        "t_profile": "Report profile", "p_category": "proactive items by category",
        "p_channel": "items reaching each channel", "p_requests": "requests",
        "p_disputes": "reconsideration and litigation (cases)",
        "t_funnel": "Information requests: received and handled",
        "funnel": "received, handled and carried over", "applicants": "new requests by applicant",
        "t_rates": "Request outcome rates",
        "rates_sub": "outcomes of a group's reports divided by the requests they handled",
        "rates_rule": "rates are not shown for groups with fewer than {min_n} requests handled",
        "hidden": "n<{min_n}: not shown",
        "t_regdocs": "Rules and normative documents", "flow": "this year (documents)",
        "stock": "stock (documents)", "t_enforce": "Licensing, penalty and coercion decisions",
        "enforce_sub": "decisions this year, summed by year",
        "t_disputes": "Administrative reconsideration and litigation",
        "disputes_sub": "cases by outcome; the three groups are counted separately",
        "t_dispute_rates": "Reconsideration and lawsuits per 100 new requests",
        "dispute_rates_sub": "summed by year", "per_100": "cases per 100 new requests",
        "t_trend_total": "Proactively disclosed items over time",
        "t_trend_category": "Proactive items by category over time",
        "t_trend_channel": "Proactive items by channel over time",
        "trend_sub": "annual counts; dots are reports, the line the median, the band the "
                     "interquartile range (years with 3 reports or more)",
        "trend_one_year": "one report year only: each dot is a report, the tick the median",
        "per_report": "per report", "sum_reports": "all reports together",
        "t_agencies": "Agencies compared: {what}",
        "agencies_sub": "each agency's latest report in the selection; annual counts",
        "more_agencies": "{n} more agencies not shown", "agency_axis": "agency (report year)",
        "t_levels": "By administrative level: {what}",
        "levels_sub": "dots are reports, boxes the interquartile range, the line the median; "
                      "annual counts",
        "level_axis": "administrative level", "log_scale": " (log scale)",
        "category_axis": "category", "channel_axis": "channel", "total_axis": "",
        "t_agency_rates": "Request outcome rates by agency",
        "note_reports": "{n} reports", "note_conflicts": "{n} conflicting statements resolved",
        "note_duplicates": "{n} duplicate reports left out",
        "note_unsure": "{n} unsure numbers left out", "note_missing": "{n} reports do not say",
        "note_units": "{n} numbers in other units left out",
        "corpus": "{n} OGI annual reports (政府信息公开工作年度报告) in {folder}, {years}, "
                  "{agencies}; parsed by ogi",
        "selection": "selection: {what}", "sel_years": "years {v}", "sel_levels": "levels {v}",
        "sel_agencies": "agencies {v}", "sep": "; ", "list_sep": ", ", "n_eq": "n = {n:,}",
        "t_audit": "Counts left behind, by family",
        "audit_sub": "counts in sentences on disclosure, requests, fees, reviews or lawsuits "
                     "that no fact uses",
        "audit_docs": "reports", "audit_items": "counts left behind",
        "t_audit_cov": "Standard measures per report",
        "audit_cov_sub": "read / stated in the text but not read / not stated", "fact": "read",
        "mentioned": "stated, not read", "absent": "not stated",
        "audited_reports": "reports whose text could be read",
    },
}

# What a subject is called in "no reports in this selection have X".
SUBJECTS = {
    "zh": {"category": "按类别的主动公开数", "channel": "按渠道的主动公开数",
           "total": "主动公开总数", "requests": "依申请公开的数字", "outcomes": "申请办理结果",
           "applicants": "按申请人的新收申请", "t2": "模板表二（规章、规范性文件）",
           "enforce": "模板表二的处理决定数", "disputes": "行政复议或诉讼的数字",
           "dispute_rates": "同时说明复议诉讼与新收申请的数字", "reports": "可读的报告",
           "checks": "一致性检查", "measure": "{what}"},
    "en": {"category": "proactive counts by category", "channel": "proactive counts by channel",
           "total": "a proactive total", "requests": "request numbers",
           "outcomes": "request outcomes", "applicants": "new requests by applicant type",
           "t2": "template table 2 (rules, normative documents)",
           "enforce": "template table 2 decisions", "disputes": "reconsideration or lawsuit numbers",
           "dispute_rates": "both dispute and new-request numbers", "reports": "readable reports",
           "checks": "consistency checks", "measure": "{what}"},
}

# Labels of the fixed-template keys (domain notes §2.2-2.4), in display order.
KEY_LABELS = {
    "requests.new": {
        "natural_person": ("自然人", "individuals"), "org_business": ("商业企业", "businesses"),
        "org_research": ("科研机构", "research bodies"),
        "org_public_interest": ("社会公益组织", "public-interest NGOs"),
        "org_legal_service": ("法律服务机构", "legal services"), "org_other": ("其他组织", "other orgs"),
    },
    "funnel": {
        "new": ("本年新收", "new this year"), "carried_in": ("上年结转", "carried in"),
        # the outcome groups, labelled by the domain vocabulary (outcomes.yaml)
        **{group: (taxonomy.outcome_label(group, "zh"), taxonomy.outcome_label(group, "en"))
           for group in ("granted", "partial", "deny", "unable", "reject", "other")},
        "carried_out": ("结转下年", "carried out"),
    },
    "rates": {
        "grant": ("公开率（含部分公开）", "granted (incl. partly)"),
        "deny": ("不予公开率", "refused"), "unable": ("无法提供率", "unable to provide"),
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
# The columns charts read from the values table, and the measures each notebook needs (a
# measure ending in "." covers its family), so a notebook on a national year loads only those.
VALUE_COLUMNS = ["report_id", "measure", "key", "period", "unit", "value", "status"]
CHECK_COLUMNS = ["report_id", "check_id", "rule", "status"]
MEASURES = {
    "category": ["proactive.category", "proactive"],
    "channel": ["proactive.channel", "proactive"],
    "requests": ["requests."],
    "regulatory": ["t2."],
    "disputes": ["review", "litigation", "litigation.", "requests.new"],
    "agencies": ["proactive", "requests.", "proactive.category"],
}
OUTCOME_GROUPS = ("granted", "partial", "deny", "unable", "reject", "other")
RATE_GROUPS = ("grant", "deny", "unable", "reject")
DISPUTE_OUTCOMES = ("upheld", "corrected", "other", "pending")
REG_FLOW_KEYS = ("made", "published", "issued", "repealed")
REG_STOCK_KEYS = ("total_published", "in_force")
ENFORCE_ROWS = ("licensing", "penalty", "coercion", "other_service")
MIN_REQUESTS = 30   # fewest requests handled for which a group's outcome rates are drawn


# --------------------------------------------------------------------------- labels
def category_label(category_id: str, lang: str) -> str:
    return taxonomy.category_label(category_id, lang)


def channel_label(channel_id: str, lang: str) -> str:
    return taxonomy.channel_label(channel_id, lang)


def _t(lang: str, key: str, **fields) -> str:
    text = TEXT[lang][key]
    return text.format(**fields) if fields else text


def _key_label(group: str, key: str, lang: str) -> str:
    pair = KEY_LABELS[group].get(key)
    return str(key).replace("_", " ") if pair is None else pair[0 if lang == "zh" else 1]


def _subject(lang: str, key: str, **fields) -> str:
    return SUBJECTS[lang][key].format(**fields)


def _num(value: float) -> str:
    """A count as printed on a figure: thousands separators, no decimals for whole numbers."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


# --------------------------------------------------------------------------- page furniture
def _titled(fig: Figure, title: str, subtitle: str, note: str = "") -> Figure:
    """Title, subtitle (unit, period, reports) and note line, placed in inches so they never
    overlap; the layout keeps the axes clear of them and of the source line that
    figures.save adds at the bottom."""
    width, height = fig.get_figwidth(), fig.get_figheight()
    fig.suptitle(_wrap(title, width, 14), x=0.01, y=1 - 0.08 / height, ha="left", va="top")
    title_lines = fig._suptitle.get_text().count("\n") + 1
    sub = _wrap(subtitle, width, 9)
    sub_top = 0.12 + 0.28 * title_lines
    fig.text(0.01, 1 - sub_top / height, sub, ha="left", va="top", fontsize=9, color=MUTED,
             gid="ogi-subtitle")
    top = sub_top + 0.17 * (sub.count("\n") + 1) + 0.1
    note = _wrap(note, width, 7.5) if note else ""
    bottom = SOURCE_LINE_INCHES + 0.08
    if note:
        fig.text(0.01, bottom / height, note, ha="left", va="bottom", fontsize=7.5,
                 color="#6b6b6b", gid="ogi-note")
        bottom += 0.15 * (note.count("\n") + 1) + 0.05
    fig.set_layout_engine("constrained", rect=(0, bottom / height, 1, 1 - (top + bottom) / height),
                          w_pad=0.08, h_pad=0.08)
    return fig


SOURCE_LINE_INCHES = 0.22   # figures.save puts the source line in the bottom 0.22 inch


def _wrap(text: str, fig_width: float, fontsize: float) -> str:
    """Wrap a line to the figure's width (a CJK glyph is about twice as wide as a Latin one)."""
    per_inch = 72 / fontsize * 1.9
    limit = max(20, int(fig_width * per_inch))
    cjk = sum(ord(c) > 0x2E80 for c in text)
    if len(text) + cjk <= limit:
        return text
    if cjk > len(text) / 3:   # Chinese: wrap by characters, about half as many per line
        step = max(10, limit // 2)
        return "\n".join(text[i:i + step] for i in range(0, len(text), step))
    return textwrap.fill(text, limit)


def subtitle_of(fig: Figure) -> str:
    """The subtitle line drawn by `_titled` (for tests and captions)."""
    return _gid_text(fig, "ogi-subtitle").replace("\n", " ")


def note_of(fig: Figure) -> str:
    """The note line (counts behind the chart), or ''."""
    return _gid_text(fig, "ogi-note").replace("\n", " ")


def _gid_text(fig: Figure, gid: str) -> str:
    return next((t.get_text() for t in fig.texts if t.get_gid() == gid), "")


def _no_data(ax, lang: str, what: str) -> None:
    """An empty panel says which reports it lacks, in a sentence, instead of empty axes."""
    ax.set_axis_off()
    ax.text(0.5, 0.5, textwrap.fill(_t(lang, "none_have", what=what), 34 if lang == "en" else 17),
            ha="center", va="center", fontsize=11, color=NO_DATA, transform=ax.transAxes,
            gid="ogi-no-data")


def no_data_text(fig: Figure) -> list[str]:
    """The 'no reports in this selection have X' sentences of a figure (for tests)."""
    return [t.get_text().replace("\n", " ") for ax in fig.axes for t in ax.texts
            if t.get_gid() == "ogi-no-data"]


def _count_axis(ax, which: str = "x") -> None:
    """Counts: integer ticks, thousands separators, never a 1e6 offset."""
    axis = ax.xaxis if which == "x" else ax.yaxis
    axis.set_major_locator(MaxNLocator(integer=True, nbins="auto", min_n_ticks=2))
    axis.set_major_formatter(FuncFormatter(_count_tick))


def _count_tick(v: float, _=None) -> str:
    return f"{int(round(v)):,}"   # never "-0" or "1e6"


def _percent_axis(ax, which: str = "y") -> None:
    axis = ax.xaxis if which == "x" else ax.yaxis
    axis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}"))


def _year_axis(ax) -> None:
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:.0f}"))


def _hbar(ax, labels: list[str], values: list[float], color=ACCENT, unit: str = "",
          category: str = "") -> None:
    """Horizontal bars, first label at the top, the value at the bar end. A missing value
    (NaN) gets no bar and the words "not stated"; a zero gets a visible 0."""
    ys = list(range(len(labels)))[::-1]
    heights = [0.0 if pd.isna(v) else float(v) for v in values]
    bars = ax.barh(ys, heights, color=color)
    ax.set_yticks(ys, labels)
    texts = ["" if pd.isna(v) else _num(v) for v in values]
    ax.bar_label(bars, labels=texts, padding=3, fontsize=8)
    for y, v in zip(ys, values):
        if pd.isna(v):
            ax.text(0, y, f" {_not_stated_marker(ax)}", va="center", ha="left", fontsize=8,
                    color=MUTED, style="italic")
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    ax.margins(x=0.15)  # room for the value labels
    if max(heights, default=0) == 0:
        ax.set_xlim(0, 1)   # only zeros (or nothing stated): an axis from 0, not around it
    else:
        ax.set_xlim(left=0)
    _count_axis(ax, "x")
    if unit:
        ax.set_xlabel(unit)
    if category:
        ax.set_ylabel(category)


def _not_stated_marker(ax) -> str:
    return getattr(ax, "_ogi_not_stated", "—")


def _set_lang(ax, lang: str) -> None:
    ax._ogi_not_stated = _t(lang, "not_stated")


# --------------------------------------------------------------------------- data helpers
def usable(values: pd.DataFrame, measure: str | None = None, period: str | None = "annual",
           unit: str | None = None) -> pd.DataFrame:
    """Rows with a value (an unsure number has none and is left out), optionally of one
    measure, period and unit."""
    keep = values["value"].notna()
    if measure is not None:
        keep &= values["measure"] == measure
    if period is not None:
        keep &= values["period"] == period
    if unit is not None:
        keep &= values["unit"] == unit
    return values[keep]


def _with_reports(frame: pd.DataFrame, reports: pd.DataFrame | None,
                  columns=("agency", "admin_level", "report_year")) -> pd.DataFrame:
    """`frame` with its report's columns (already there when values came joined)."""
    missing = [c for c in columns if c not in frame.columns]
    if not missing or reports is None:
        return frame
    return frame.merge(reports[["report_id", *missing]], on="report_id", how="left")


def note(values: pd.DataFrame, reports: pd.DataFrame | None, lang: str,
         extra: list[str] = ()) -> str:
    """The counts behind a chart: reports charted, conflicts resolved, duplicates and unsure
    numbers left out (and whatever the chart adds)."""
    used = values[values["value"].notna()] if "value" in values else values
    parts = [_t(lang, "note_reports", n=_num(used["report_id"].nunique()))]
    if "status" in values:
        conflicts = int((used["status"] == "conflict").sum())
        if conflicts:
            parts.append(_t(lang, "note_conflicts", n=_num(conflicts)))
    if reports is not None and "duplicate_of" in reports:
        duplicates = int(reports["duplicate_of"].fillna("").astype(str).str.len().gt(0).sum())
        if duplicates:
            parts.append(_t(lang, "note_duplicates", n=_num(duplicates)))
    if "value" in values:
        unsure = int(values["value"].isna().sum())
        if unsure:
            parts.append(_t(lang, "note_unsure", n=_num(unsure)))
    parts += [p for p in extra if p]
    return _t(lang, "sep").join(parts)


def corpus_source(reports: pd.DataFrame, folder: str, lang: str,
                  selection: dict[str, list] | None = None) -> str:
    """The source line of a notebook's figures: the reports actually selected (how many, which
    years, how many agencies), where their tables are, and the selection that made them."""
    check_lang(lang)
    readable = reports[reports["status"] != "failed"] if "status" in reports else reports
    if "duplicate_of" in readable:   # a repeat of another report is not charted
        readable = readable[readable["duplicate_of"].fillna("").astype(str) == ""]
    years = pd.to_numeric(readable["report_year"], errors="coerce").dropna()
    span = "–".join(dict.fromkeys([f"{years.min():.0f}", f"{years.max():.0f}"])) if len(years) \
        else _t(lang, "unknown")
    agencies = readable["agency"].fillna("").astype(str)
    text = _t(lang, "corpus", n=_num(len(readable)), folder=folder, years=span,
              agencies=_t(lang, "agencies_n", n=_num(agencies[agencies != ""].nunique())))
    chosen = []
    for key, wanted in (selection or {}).items():
        if wanted:
            shown = [name("admin_level", v, lang) if key == "levels" else str(v) for v in wanted]
            chosen.append(_t(lang, f"sel_{key}", v=_t(lang, "list_sep").join(shown)))
    if chosen:
        text += _t(lang, "sep") + _t(lang, "selection", what=", ".join(chosen))
    return text


# --------------------------------------------------------------------------- volume
def _facet_by_period(frame: pd.DataFrame, width: float = 8.0):
    """One panel per period present (never mix annual with cumulative counts)."""
    periods = [p for p in PERIODS if p in set(frame["period"])] or ["annual"]
    fig, axes = plt.subplots(1, len(periods), figsize=(width, 5.2), squeeze=False)
    return fig, list(zip(periods, axes[0]))


def _span(frame: pd.DataFrame, reports: pd.DataFrame | None, lang: str) -> str:
    """'2019–2023, 12 reports' for the reports behind a chart."""
    ids = frame["report_id"].unique() if "report_id" in frame else []
    text = _t(lang, "reports_n", n=_num(len(ids)))
    if reports is not None and len(ids):
        y = pd.to_numeric(reports.loc[reports["report_id"].isin(ids), "report_year"],
                          errors="coerce").dropna()
        if len(y):
            lo, hi = int(y.min()), int(y.max())
            return f"{lo if lo == hi else f'{lo}–{hi}'}, {text}" if lang == "en" else \
                f"{lo if lo == hi else f'{lo}–{hi}'}年，{text}"
    return text


def _other_units(values: pd.DataFrame, measure: str, lang: str) -> str:
    n = int(((values["measure"] == measure) & values["value"].notna()
             & (values["unit"] != "item")).sum())
    return _t(lang, "note_units", n=_num(n)) if n else ""


def volume_by_category(values: pd.DataFrame, reports: pd.DataFrame | None = None, *,
                       lang: str = "zh", top: int = 12) -> Figure:
    """Proactively disclosed items per content category, summed over reports, one panel per
    period (annual / part of a year / cumulative); items (条) only."""
    check_lang(lang)
    mine = values[values["measure"] == "proactive.category"]
    data = usable(mine, period=None, unit="item")
    table = category_table(values, lang=lang)
    fig, panels = _facet_by_period(data)
    for period, ax in panels:
        _set_lang(ax, lang)
        part = table[table["period"] == period].head(top)
        if part.empty:
            _no_data(ax, lang, _subject(lang, "category"))
            continue
        _hbar(ax, list(part["label"]), list(part["items"]), unit=_t(lang, "items_all"))
        ax.set_title(name("period", period, lang))
    return _titled(fig, _t(lang, "t_category"), f"{_t(lang, 'items')} · {_span(data, reports, lang)}",
                   note(mine[mine["unit"] == "item"], reports, lang,
                        [_other_units(values, "proactive.category", lang)]))


def volume_by_channel(values: pd.DataFrame, reports: pd.DataFrame | None = None, *,
                      lang: str = "zh") -> Figure:
    """Items reaching each channel, side by side, next to the total of the same reports; one
    panel per period. Not a partition: an item on three channels appears in three bars."""
    check_lang(lang)
    mine = values[values["measure"] == "proactive.channel"]
    data = usable(mine, period=None, unit="item")
    totals = usable(values, "proactive", period=None, unit="item")
    totals = totals[totals["key"] == "total"]
    table = channel_table(values, lang=lang)
    fig, panels = _facet_by_period(data)
    for period, ax in panels:
        _set_lang(ax, lang)
        part = table[table["period"] == period]
        if part.empty:
            _no_data(ax, lang, _subject(lang, "channel"))
            continue
        labels = list(part["label"])
        values_ = list(part["items_reaching"])
        colors = [ACCENT] * len(values_)
        charted = data.loc[data["period"] == period, "report_id"]
        same = totals[(totals["period"] == period) & totals["report_id"].isin(charted)]
        if not same.empty:
            labels.insert(0, _t(lang, "all_items"))
            values_.insert(0, float(same["value"].sum()))
            colors.insert(0, MUTED)
        _hbar(ax, labels, values_, color=colors, unit=_t(lang, "items_all"))
        ax.set_title(name("period", period, lang))
    return _titled(fig, _t(lang, "t_channel"),
                   f"{_t(lang, 'items')} · {_span(data, reports, lang)} · {_t(lang, 'channel_note')}",
                   note(mine[mine["unit"] == "item"], reports, lang))


def _label_of(by: str, key: str, lang: str) -> str:
    if by == "category":
        return category_label(key, lang)
    if by == "channel":
        return channel_label(key, lang)
    return _t(lang, "all_items")


TREND_MEASURE = {"total": "proactive", "category": "proactive.category",
                 "channel": "proactive.channel"}


def trend_table(values: pd.DataFrame, reports: pd.DataFrame | None = None, *,
                by: str = "total") -> pd.DataFrame:
    """Per key and report year: reports, median, quartiles and sum of the annual item counts
    (what `volume_trend` draws)."""
    return _trend_table(_trend_data(values, reports, by))


def _trend_table(data: pd.DataFrame) -> pd.DataFrame:
    if data.empty:
        return pd.DataFrame(columns=["key", "report_year", "reports", "median", "q1", "q3", "sum"])
    grouped = data.groupby(["key", "report_year"])["value"]
    table = grouped.agg(reports="size", median="median", sum="sum")
    table["q1"] = grouped.quantile(0.25)
    table["q3"] = grouped.quantile(0.75)
    return table.reset_index()[["key", "report_year", "reports", "median", "q1", "q3", "sum"]]


def _trend_data(values, reports, by: str) -> pd.DataFrame:
    data = usable(values, TREND_MEASURE[by], unit="item")
    if by == "total":
        data = data[data["key"] == "total"]
    data = _with_reports(data, reports)
    data = data.assign(report_year=pd.to_numeric(data["report_year"], errors="coerce"))
    return data.dropna(subset=["report_year"])


def volume_trend(values: pd.DataFrame, reports: pd.DataFrame | None = None, *,
                 by: str = "total", lang: str = "zh", panels: int = 6) -> Figure:
    """Proactive items per report and year, for the total or one small multiple per category
    or channel (the `panels` keys most reports state): every report a dot, the median a line,
    the interquartile range a band (years with 3 reports or more). Sums would let one large
    city hide everyone else. With a single report year, one strip per key instead."""
    check_lang(lang)
    if by not in TREND_MEASURE:
        raise ValueError(f"by must be one of {sorted(TREND_MEASURE)}, got {by!r}")
    title = _t(lang, f"t_trend_{by}")
    mine = values[(values["measure"] == TREND_MEASURE[by]) & (values["unit"] == "item")
                  & (values["period"] == "annual")]
    data = _trend_data(values, reports, by)
    table = _trend_table(data)
    subject = _subject(lang, by)
    if data.empty:
        fig, ax = plt.subplots(figsize=(8, 4.8))
        _no_data(ax, lang, subject)
        return _titled(fig, title, _t(lang, "trend_sub"), note(mine, reports, lang))
    order = data.groupby("key")["report_id"].nunique().sort_values(ascending=False, kind="stable")
    keys = list(order.index[:panels])
    years = sorted(data["report_year"].unique())
    if len(years) < 2:
        return _strip_one_year(data, table, keys, by, lang, title, mine, reports)
    cols = 1 if len(keys) == 1 else min(3, len(keys))
    rows = -(-len(keys) // cols)
    fig, axes = plt.subplots(rows, cols, figsize=(4.0 * cols if cols > 1 else 8, 2.9 * rows + 1.6),
                             squeeze=False, sharex=True)
    log = _wide_range(data["value"])
    for i, ax in enumerate(axes.flat):
        if i >= len(keys):
            ax.set_axis_off()
            continue
        key = keys[i]
        part = data[data["key"] == key]
        _trend_panel(ax, part, table[table["key"] == key].set_index("report_year"), years, log)
        ax.set_title(f"{_label_of(by, key, lang)}（{_t(lang, 'reports_n', n=part['report_id'].nunique())}）"
                     if lang == "zh" else
                     f"{_label_of(by, key, lang)} ({_t(lang, 'reports_n', n=part['report_id'].nunique())})",
                     fontsize=10)
        if i % cols == 0:
            ax.set_ylabel(_t(lang, "items_per_report") + (_t(lang, "log_scale") if log else ""))
        if i // cols == rows - 1 or i + cols >= len(keys):
            ax.set_xlabel(_t(lang, "year"))
            ax.xaxis.set_tick_params(labelbottom=True)
    extra = []
    if len(order) > len(keys):
        extra.append(f"{len(order) - len(keys)} more not shown" if lang == "en"
                     else f"另有{len(order) - len(keys)}项未显示")
    return _titled(fig, title, _t(lang, "trend_sub"), note(mine, reports, lang, extra))


def _wide_range(values: pd.Series) -> bool:
    """Counts spanning three orders of magnitude get a log scale (symlog: linear below 1, so a
    stated 0 still sits on the axis) or the median line of most reports is flattened to 0."""
    positive = values[values > 0]
    return bool(len(positive)) and positive.max() / max(positive.min(), 1) >= 1000


def _log_axis(ax, which: str) -> None:
    if which == "x":
        ax.set_xscale("symlog", linthresh=1)
        ax.set_xlim(left=0)
        ax.xaxis.set_major_formatter(FuncFormatter(_count_tick))
    else:
        ax.set_yscale("symlog", linthresh=1)
        ax.set_ylim(bottom=0)
        ax.yaxis.set_major_formatter(FuncFormatter(_count_tick))


def _trend_panel(ax, part: pd.DataFrame, stats: pd.DataFrame, years: list,
                 log: bool = False) -> None:
    """One key's reports as dots over its rows of the trend table (by report year): the median
    line, the interquartile band and n."""
    spread = stats[stats["reports"] >= 3]
    if len(spread) >= 2:
        ax.fill_between(spread.index, spread["q1"], spread["q3"], color=ACCENT, alpha=0.15,
                        linewidth=0)
    ax.scatter(part["report_year"] + _jitter(part), part["value"], s=12, color=ACCENT,
               alpha=0.55, linewidths=0, clip_on=False, zorder=3)
    ax.plot(stats.index, stats["median"], color=PALETTE[1], marker="o", markersize=4,
            linewidth=1.5, zorder=4)
    for year, n in stats["reports"].items():   # how many reports each year's median stands on
        ax.text(year, 1.0, f"n={n}", transform=ax.get_xaxis_transform(), ha="center",
                va="bottom", fontsize=6.5, color=MUTED)
    ax.set_xlim(min(years) - 0.6, max(years) + 0.6)
    _year_axis(ax)
    if log:
        _log_axis(ax, "y")
    else:
        ax.set_ylim(bottom=0)
        _count_axis(ax, "y")


def _jitter(part: pd.DataFrame) -> np.ndarray:
    """Deterministic horizontal spread of the dots of one year (no random numbers: the same
    data always gives the same image)."""
    rank = part.groupby("report_year").cumcount().to_numpy()
    size = part.groupby("report_year")["value"].transform("size").to_numpy()
    return np.where(size > 1, (rank / np.maximum(size - 1, 1) - 0.5) * 0.5, 0.0)


def _strip_one_year(data, table, keys, by, lang, title, mine, reports) -> Figure:
    fig, ax = plt.subplots(figsize=(8, 1.6 + 0.45 * len(keys)))
    median = table.set_index("key")["median"]
    for i, key in enumerate(keys):
        part = data[data["key"] == key]
        y = len(keys) - 1 - i
        offsets = _jitter(part.assign(report_year=0)) * 0.6
        ax.scatter(part["value"], y + offsets, s=16, color=ACCENT, alpha=0.6, linewidths=0,
                   clip_on=False, zorder=3)
        ax.plot([median[key]] * 2, [y - 0.3, y + 0.3], color=PALETTE[1], linewidth=2)
    ax.set_yticks(range(len(keys))[::-1], [_label_of(by, k, lang) for k in keys])
    ax.grid(axis="x", visible=True)
    ax.grid(axis="y", visible=False)
    log = _wide_range(data["value"])
    if log:
        _log_axis(ax, "x")
    else:
        ax.set_xlim(left=0)
        _count_axis(ax, "x")
    ax.set_xlabel(_t(lang, "items_per_report") + (_t(lang, "log_scale") if log else ""))
    ax.set_ylabel(_t(lang, f"{by}_axis"))
    year = int(data["report_year"].iloc[0])
    return _titled(fig, f"{title}（{year}年）" if lang == "zh" else f"{title} ({year})",
                   _t(lang, "trend_one_year"), note(mine, reports, lang))


# --------------------------------------------------------------------------- agencies, levels
def agency_table(values: pd.DataFrame, reports: pd.DataFrame | None = None, *,
                 measure: str = "proactive", key: str = "total") -> pd.DataFrame:
    """One row per agency: its latest report year in the selection and that report's annual
    value (what `agency_ranking` draws), largest first."""
    data = usable(values, measure)
    data = _with_reports(data[data["key"] == key], reports)
    data = data.assign(report_year=pd.to_numeric(data["report_year"], errors="coerce"))
    data = data[data["agency"].fillna("").astype(str) != ""]
    if data.empty:
        return pd.DataFrame(columns=["agency", "admin_level", "report_year", "value", "report_id"])
    latest = data.sort_values(["agency", "report_year", "report_id"]).groupby("agency").tail(1)
    return (latest[["agency", "admin_level", "report_year", "value", "report_id"]]
            .sort_values(["value", "agency"], ascending=[False, True], ignore_index=True))


def agency_ranking(values: pd.DataFrame, reports: pd.DataFrame | None = None, *,
                   measure: str = "proactive", key: str = "total", lang: str = "zh",
                   top: int = 25) -> Figure:
    """Agencies ranked by one annual value of their latest report in the selection, coloured
    by administrative level; a stated zero is a bar labelled 0."""
    check_lang(lang)
    what = name("measure", measure, lang)
    table = agency_table(values, reports, measure=measure, key=key)
    mine = values[(values["measure"] == measure) & (values["key"] == key)
                  & (values["period"] == "annual")]
    shown = table.head(top)
    fig, ax = plt.subplots(figsize=(8, 1.9 + 0.3 * max(len(shown), 4)))
    _set_lang(ax, lang)
    extra = []
    if shown.empty:
        _no_data(ax, lang, what)
    else:
        levels = [lv for lv in [*LEVEL_ORDER, ""] if lv in set(shown["admin_level"].fillna(""))]
        colour = {lv: PALETTE[i % len(PALETTE)] for i, lv in enumerate(LEVEL_ORDER)} | {"": MUTED}
        labels = [f"{a}（{y:.0f}）" if lang == "zh" else f"{a} ({y:.0f})"
                  for a, y in zip(shown["agency"], shown["report_year"])]
        _hbar(ax, labels, list(shown["value"]),
              color=[colour.get(lv, MUTED) for lv in shown["admin_level"].fillna("")],
              unit=_per_report(mine, lang), category=_t(lang, "agency_axis"))
        ax.tick_params(axis="y", labelsize=8)
        handles = [plt.Rectangle((0, 0), 1, 1, color=colour[lv]) for lv in levels]
        ax.legend(handles, [name("admin_level", lv, lang) for lv in levels], loc="lower right",
                  fontsize=8)
        if len(table) > top:
            extra.append(_t(lang, "more_agencies", n=_num(len(table) - top)))
    charted = mine[mine["report_id"].isin(table["report_id"])] if len(table) else mine
    return _titled(fig, _t(lang, "t_agencies", what=what), _t(lang, "agencies_sub"),
                   note(charted, reports, lang, extra))


def _per_report(frame: pd.DataFrame, lang: str) -> str:
    unit = name("unit", _unit_of(frame), lang)
    return f"每份报告的{unit}数" if lang == "zh" else f"{unit} per report"


def _unit_of(frame: pd.DataFrame) -> str:
    units = frame["unit"].dropna()
    return units.mode().iloc[0] if len(units) else "item"


def level_table(values: pd.DataFrame, reports: pd.DataFrame | None = None, *,
                measure: str = "proactive", key: str = "total") -> pd.DataFrame:
    """Per administrative level: reports, median, quartiles of one annual value per report."""
    data = _with_reports(usable(values, measure), reports)
    data = data[data["key"] == key]
    if data.empty:
        return pd.DataFrame(columns=["admin_level", "reports", "median", "q1", "q3"])
    grouped = data.assign(admin_level=data["admin_level"].fillna("")).groupby("admin_level")["value"]
    table = grouped.agg(reports="size", median="median")
    table["q1"] = grouped.quantile(0.25)
    table["q3"] = grouped.quantile(0.75)
    order = [lv for lv in [*LEVEL_ORDER, ""] if lv in table.index]
    return table.reindex(order).reset_index()


def level_distribution(values: pd.DataFrame, reports: pd.DataFrame | None = None, *,
                       measure: str = "proactive", key: str = "total",
                       lang: str = "zh") -> Figure:
    """One strip of reports (with a box: quartiles and median) per administrative level, so
    one large city does not hide the townships. A log scale when values span three orders of
    magnitude (zeros still sit visibly at 0)."""
    check_lang(lang)
    what = name("measure", measure, lang)
    data = _with_reports(usable(values, measure), reports)
    data = data[data["key"] == key]
    data = data.assign(admin_level=data["admin_level"].fillna(""))
    mine = values[(values["measure"] == measure) & (values["key"] == key)
                  & (values["period"] == "annual")]
    table = level_table(values, reports, measure=measure, key=key)
    levels = list(table["admin_level"])
    fig, ax = plt.subplots(figsize=(8, 1.9 + 0.7 * max(len(levels), 2)))
    if data.empty:
        _no_data(ax, lang, what)
        return _titled(fig, _t(lang, "t_levels", what=what), _t(lang, "levels_sub"),
                       note(mine, reports, lang))
    groups = [data.loc[data["admin_level"] == lv, "value"].to_numpy(dtype=float) for lv in levels]
    ys = list(range(len(levels)))[::-1]
    ax.boxplot(groups, positions=ys, orientation="horizontal", widths=0.5, showfliers=False,
               medianprops={"color": PALETTE[1], "linewidth": 2},
               boxprops={"color": MUTED}, whiskerprops={"color": MUTED}, capprops={"color": MUTED})
    for y, lv in zip(ys, levels):
        part = data[data["admin_level"] == lv]
        offsets = _jitter(part.assign(report_year=0)) * 0.5
        ax.scatter(part["value"], y + offsets, s=14, color=ACCENT, alpha=0.6, linewidths=0,
                   zorder=3, clip_on=False)
    ax.set_yticks(ys, [f"{name('admin_level', lv, lang)}\n{_t(lang, 'n_eq', n=int(n))}"
                       for lv, n in zip(levels, table["reports"])])
    label = _per_report(mine, lang)
    if _wide_range(data["value"]):
        _log_axis(ax, "x")
        label += _t(lang, "log_scale")
    else:
        ax.set_xlim(left=0)
        _count_axis(ax, "x")
    ax.set_xlabel(label)
    ax.set_ylabel(_t(lang, "level_axis"))
    ax.grid(axis="x", visible=True)
    ax.grid(axis="y", visible=False)
    return _titled(fig, _t(lang, "t_levels", what=what), _t(lang, "levels_sub"),
                   note(mine, reports, lang))


# --------------------------------------------------------------------------- corpus
def documents_overview(reports: pd.DataFrame, *, lang: str = "zh") -> Figure:
    """Documents by parse status, by format (template) and by report year."""
    check_lang(lang)
    fig, axes = plt.subplots(1, 3, figsize=(10, 4.6), width_ratios=[1, 1.3, 2])
    unknown = _t(lang, "unknown")
    panels = (("status", "by_status", "parse_status"), ("template", "by_template", "template"),
              ("report_year", "by_year", None))
    for ax, (column, title, kind) in zip(axes, panels):
        ax.set_title(_t(lang, title))
        if reports.empty:
            _no_data(ax, lang, _subject(lang, "reports"))
            continue
        raw = reports[column]
        if column == "report_year":
            raw = pd.to_numeric(raw, errors="coerce").astype("Int64")
        counts = raw.astype("string").fillna("").value_counts().sort_index()
        labels = [unknown if not k else (name(kind, k, lang) if kind else k) for k in counts.index]
        bars = ax.bar(labels, counts.values, color=ACCENT)
        ax.bar_label(bars, labels=[_num(v) for v in counts.values], fontsize=8)
        ax.tick_params(axis="x", rotation=45 if column != "status" else 0, labelsize=8)
        for tick in ax.get_xticklabels():
            tick.set_horizontalalignment("right" if column != "status" else "center")
        _count_axis(ax, "y")
        ax.margins(y=0.12)
    axes[0].set_ylabel(_t(lang, "documents"))
    return _titled(fig, _t(lang, "t_docs"), _t(lang, "reports_n", n=_num(len(reports))),
                   note(pd.DataFrame({"report_id": reports["report_id"]}), reports, lang))


def measure_coverage(values: pd.DataFrame, reports: pd.DataFrame, *, lang: str = "zh") -> Figure:
    """Share of readable reports (status not failed) with a value for each measure."""
    check_lang(lang)
    readable = reports.loc[reports["status"] != "failed", "report_id"]
    fig, ax = plt.subplots(figsize=(8, 6))
    table = coverage_table(values, reports)
    if table.empty or readable.empty:
        _no_data(ax, lang, _subject(lang, "reports"))
    else:
        _hbar(ax, [name("measure", m, lang) for m in table["measure"]], list(table["share_pct"]),
              unit=_t(lang, "share"))
        ax.set_xlim(0, 115)   # room for the labels of full bars, ticks stop at 100
        ax.set_xticks(range(0, 101, 20))
        ax.tick_params(axis="y", labelsize=8)
    return _titled(fig, _t(lang, "t_coverage"),
                   f"{_t(lang, 'coverage_sub')} · {_t(lang, 'n_eq', n=len(readable))}",
                   note(values, reports, lang))


def checks_raised(checks: pd.DataFrame, reports: pd.DataFrame | None = None, *,
                  lang: str = "zh") -> Figure:
    """Checks run, by rule, split by result (each check has exactly one result, so stacking
    adds up)."""
    check_lang(lang)
    fig, ax = plt.subplots(figsize=(8, 5.2))
    if checks.empty:
        _no_data(ax, lang, _subject(lang, "checks"))
    else:
        table = checks_table(checks).pivot_table(index="rule", columns="status", values="checks",
                                                 aggfunc="sum", fill_value=0)
        table = table.loc[table.sum(axis=1).sort_values(kind="stable").index]
        labels = [name("rule", r, lang) for r in table.index]
        left = pd.Series(0, index=table.index)
        order = [s for s in ("pass", "fail", "ambiguous", "not_assessable") if s in table.columns]
        order += [s for s in table.columns if s not in order]
        colours = {"pass": PALETTE[2], "fail": PALETTE[3], "ambiguous": PALETTE[1],
                   "not_assessable": NO_DATA}
        for i, status in enumerate(order):
            ax.barh(labels, table[status], left=left, label=name("check_status", status, lang),
                    color=colours.get(status, PALETTE[i % len(PALETTE)]))
            left = left + table[status]
        ax.legend(loc="lower right")
        ax.grid(axis="y", visible=False)
        ax.grid(axis="x", visible=True)
        ax.tick_params(axis="y", labelsize=8)
        _count_axis(ax, "x")
        ax.set_xlabel(_t(lang, "checks_axis"))
        ax.set_ylabel(_t(lang, "rule_axis"))
    ids = pd.DataFrame({"report_id": checks["report_id"].unique()})
    return _titled(fig, _t(lang, "t_checks"),
                   f"{_t(lang, 'checks_sub')} · {_t(lang, 'n_eq', n=len(checks))}",
                   note(ids, reports, lang))


# --------------------------------------------------------------------------- one report
def report_profile(values: pd.DataFrame, report: pd.Series | dict, *, lang: str = "zh") -> Figure:
    """Four panels for one report: categories, channels, requests, disputes (annual values)."""
    check_lang(lang)
    report = dict(report)
    own = usable(values[values["report_id"] == report["report_id"]])
    fig, axes = plt.subplots(2, 2, figsize=(10, 7.5))
    panels = [
        ("p_category", own[(own["measure"] == "proactive.category") & (own["unit"] == "item")],
         category_label, "category"),
        ("p_channel", own[(own["measure"] == "proactive.channel") & (own["unit"] == "item")],
         channel_label, "channel"),
    ]
    for ax, (title, part, labeller, subject) in zip(axes[0], panels):
        _set_lang(ax, lang)
        ax.set_title(_t(lang, title))
        if part.empty:
            _no_data(ax, lang, _subject(lang, subject))
            continue
        sums = part.groupby("key")["value"].sum().sort_values(ascending=False).head(10)
        _hbar(ax, [labeller(k, lang) for k in sums.index], list(sums.values),
              unit=_t(lang, "items"))
    funnel = _funnel_values(own)
    ax = axes[1][0]
    _set_lang(ax, lang)
    ax.set_title(_t(lang, "p_requests"))
    if funnel.empty:
        _no_data(ax, lang, _subject(lang, "requests"))
    else:
        _hbar(ax, [_key_label("funnel", k, lang) for k in funnel.index], list(funnel.values),
              unit=_t(lang, "requests"))
    ax = axes[1][1]
    _set_lang(ax, lang)
    ax.set_title(_t(lang, "p_disputes"))
    totals = own[own["measure"].isin(["review", "litigation", "litigation.direct",
                                      "litigation.after_review"]) & (own["key"] == "total")]
    if totals.empty:
        _no_data(ax, lang, _subject(lang, "disputes"))
    else:
        sums = totals.groupby("measure")["value"].sum()
        _hbar(ax, [_key_label("disputes", k, lang) for k in sums.index], list(sums.values),
              unit=_t(lang, "cases"))
    year = report.get("report_year")
    who = " ".join(str(v) for v in (report.get("agency"), year) if v is not None and not pd.isna(v)
                   and str(v)).strip()
    template = name("template", report.get("template") or "", lang)
    return _titled(fig, f"{_t(lang, 't_profile')}: {who or report.get('source_file', '')}",
                   f"{template} · {report.get('source_file') or ''} · {name('period', 'annual', lang)}",
                   note(values[values["report_id"] == report["report_id"]], None, lang))


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


def _funnel_values(values: pd.DataFrame) -> pd.Series:
    """new, carried_in, outcome groups, carried_out: summed over reports (annual values)."""
    out = {}
    for measure, label in (("requests.new", "new"), ("requests.carried_in", "carried_in")):
        part = values[(values["measure"] == measure) & (values["key"] == "total")]
        if not part.empty:
            out[label] = part["value"].sum()
    groups = _group_outcomes(values[values["measure"] == "requests.outcome"])
    for group in OUTCOME_GROUPS:
        if groups[group].notna().any():
            out[group] = groups[group].sum()
    part = values[(values["measure"] == "requests.carried_out") & (values["key"] == "total")]
    if not part.empty:
        out["carried_out"] = part["value"].sum()
    return pd.Series(out, dtype="float64")


def request_funnel(values: pd.DataFrame, reports: pd.DataFrame | None = None, *,
                   lang: str = "zh") -> Figure:
    """Table 三 as a funnel (received -> outcomes -> carried over) and new requests by applicant
    type; annual values summed over reports."""
    check_lang(lang)
    mine = values[values["measure"].str.startswith("requests.") & (values["period"] == "annual")]
    annual = usable(mine)
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 5.2), width_ratios=[1.4, 1])
    for ax in (left, right):
        _set_lang(ax, lang)
    funnel = funnel_table(mine)
    left.set_title(_t(lang, "funnel"))
    if funnel.empty:
        _no_data(left, lang, _subject(lang, "requests"))
    else:
        stage = {"new": 0, "carried_in": 0, "carried_out": 2}
        colors = [PALETTE[stage.get(k, 1)] for k in funnel["stage"]]
        _hbar(left, [_key_label("funnel", k, lang) for k in funnel["stage"]],
              list(funnel["requests"]), color=colors, unit=_t(lang, "requests"))
    applicants = annual[(annual["measure"] == "requests.new") & (annual["key"] != "total")]
    right.set_title(_t(lang, "applicants"))
    if applicants.empty:
        _no_data(right, lang, _subject(lang, "applicants"))
    else:
        order = [k for k in KEY_LABELS["requests.new"] if k in set(applicants["key"])]
        sums = applicants.groupby("key")["value"].sum().reindex(order)
        _hbar(right, [_key_label("requests.new", k, lang) for k in order], list(sums.values),
              unit=_t(lang, "requests"))
    return _titled(fig, _t(lang, "t_funnel"),
                   f"{_t(lang, 'requests')} · {name('period', 'annual', lang)} · "
                   f"{_span(annual, reports, lang)}", note(mine, reports, lang))


def outcome_groups(values: pd.DataFrame, reports: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per report with a stated total of requests handled: the outcome groups and its
    report columns."""
    outcomes = usable(values, "requests.outcome")
    groups = _group_outcomes(outcomes)
    groups = groups[groups["total"].fillna(0) > 0]
    groups = groups.assign(grant=groups["granted"].fillna(0) + groups["partial"].fillna(0))
    return _with_reports(groups, reports)


def outcome_rates_table(values: pd.DataFrame, reports: pd.DataFrame | None = None, *,
                        by: str = "report_year", min_n: int = MIN_REQUESTS) -> pd.DataFrame:
    """Per group (report year, admin level or agency): requests handled, reports, and the
    grant / refusal / unable / not-processed rates (%), empty where fewer than `min_n`
    requests were handled."""
    groups = outcome_groups(values, reports)
    columns = [by, "handled", "reports", *(f"{g}_pct" for g in RATE_GROUPS)]
    if groups.empty:
        return pd.DataFrame(columns=columns)
    grouped = groups.assign(**{by: groups[by].fillna("")}).groupby(by)
    sums = grouped[[*RATE_GROUPS, "total"]].sum()
    table = sums[list(RATE_GROUPS)].div(sums["total"], axis=0) * 100
    # a group none of whose reports states e.g. a refusal count has no refusal rate
    stated = grouped[list(RATE_GROUPS)].count()
    table = table.where(stated > 0)
    table.columns = [f"{c}_pct" for c in table.columns]
    table.insert(0, "reports", grouped.size())
    table.insert(0, "handled", sums["total"])
    table.loc[table["handled"] < min_n, [f"{g}_pct" for g in RATE_GROUPS]] = np.nan
    table = table.reset_index()
    if by == "admin_level":
        rank = {lv: i for i, lv in enumerate(LEVEL_ORDER)}
        table = table.sort_values(by, key=lambda s: s.map(rank).fillna(len(rank)), ignore_index=True)
    elif by == "agency":
        table = table.sort_values(["handled", by], ascending=[False, True], ignore_index=True)
    return table[columns]


def outcome_rates(values: pd.DataFrame, reports: pd.DataFrame | None = None, *,
                  by: str = "report_year", lang: str = "zh", min_n: int = MIN_REQUESTS,
                  top: int = 20) -> Figure:
    """Grant, refusal, unable-to-provide and not-processed rates per report year (or admin
    level, or agency): group sums over the stated totals of the same reports (domain notes
    §4.6). Every group shows n (requests handled, reports); a group with fewer than `min_n`
    requests handled shows no rates, and the figure note states that rule."""
    check_lang(lang)
    table = outcome_rates_table(values, reports, by=by, min_n=min_n)
    if by == "agency":
        table = table.head(top)
    mine = values[(values["measure"] == "requests.outcome") & (values["period"] == "annual")]
    horizontal = by == "agency"
    size = (8, 1.9 + 0.45 * max(len(table), 4)) if horizontal else \
        (min(11, max(8, 0.9 * len(table) + 2)), 5)
    fig, ax = plt.subplots(figsize=size)
    if table.empty:
        _no_data(ax, lang, _subject(lang, "outcomes"))
        return _titled(fig, _t(lang, "t_rates"), _t(lang, "rates_sub"),
                       note(mine, reports, lang, [_t(lang, "rates_rule", min_n=min_n)]))
    groups = [_group_label(by, g, lang) for g in table[by]]
    width = 0.8 / len(RATE_GROUPS)
    positions = np.arange(len(groups))[::-1] if horizontal else np.arange(len(groups))
    for i, group in enumerate(RATE_GROUPS):
        offsets = positions + (i - (len(RATE_GROUPS) - 1) / 2) * width * (-1 if horizontal else 1)
        heights = table[f"{group}_pct"].to_numpy(dtype=float)
        drawn = ~np.isnan(heights)
        label = _key_label("rates", group, lang)
        if horizontal:
            ax.barh(offsets[drawn], heights[drawn], width, label=label, color=PALETTE[i])
        else:
            ax.bar(offsets[drawn], heights[drawn], width, label=label, color=PALETTE[i])
    for pos, row in zip(positions, table.itertuples(index=False)):
        if row.handled < min_n:
            kw = dict(ha="left", va="center") if horizontal else \
                dict(ha="center", va="bottom", rotation=90)
            xy = (1, pos) if horizontal else (pos, 3)
            ax.text(*xy, _t(lang, "hidden", min_n=min_n), fontsize=8, color=MUTED,
                    style="italic", **kw)
    ticks = [f"{g}\n{_t(lang, 'n_eq', n=int(h))}（{r}）" if lang == "zh" else
             f"{g}\n{_t(lang, 'n_eq', n=int(h))} ({r})"
             for g, h, r in zip(groups, table["handled"], table["reports"])]
    if horizontal:
        ax.set_yticks(positions, [t.replace("\n", " ") for t in ticks], fontsize=8)
        ax.set_xlim(0, 100)
        _percent_axis(ax, "x")
        ax.set_xlabel(_t(lang, "rate"))
        ax.set_ylabel(_t(lang, "agency_axis").split("（")[0].split(" (")[0])
        ax.grid(axis="x", visible=True)
        ax.grid(axis="y", visible=False)
    else:
        ax.set_xticks(positions, ticks, fontsize=8)
        ax.set_ylim(0, 100)
        _percent_axis(ax, "y")
        ax.set_ylabel(_t(lang, "rate"))
        ax.set_xlabel(_t(lang, "year") if by == "report_year" else _t(lang, "level_axis"))
    ax.legend(ncols=2, fontsize=8, loc="upper right")
    n_rule = ("n = 办理总数（报告数）" if lang == "zh" else "n = requests handled (reports)")
    return _titled(fig, _t(lang, "t_rates") if by != "agency" else _t(lang, "t_agency_rates"),
                   f"{_t(lang, 'rates_sub')} · {n_rule}",
                   note(mine, reports, lang, [_t(lang, "rates_rule", min_n=min_n)]))


def _group_label(by: str, value, lang: str) -> str:
    if by == "admin_level":
        return name("admin_level", value or "other", lang)
    if by == "report_year":
        return f"{float(value):.0f}" if str(value) != "" else _t(lang, "unknown")
    return str(value) or _t(lang, "unknown")


# --------------------------------------------------------------------------- table 二
def _yearly(frame: pd.DataFrame, reports) -> pd.DataFrame:
    frame = _with_reports(frame, reports)
    frame = frame.assign(report_year=pd.to_numeric(frame["report_year"], errors="coerce"))
    return frame.dropna(subset=["report_year"])


def _grouped_bars(ax, table: pd.DataFrame, label, lang: str) -> None:
    """Side-by-side bars: one group per index value (year), one bar per column; a missing
    cell gets no bar (it is not a zero)."""
    years = [f"{y:.0f}" for y in table.index]
    width = 0.8 / max(len(table.columns), 1)
    for i, column in enumerate(table.columns):
        xs = np.array([x + (i - (len(table.columns) - 1) / 2) * width for x in range(len(years))])
        heights = table[column].to_numpy(dtype=float)
        drawn = ~np.isnan(heights)
        bars = ax.bar(xs[drawn], heights[drawn], width, label=label(column),
                      color=PALETTE[i % len(PALETTE)])
        ax.bar_label(bars, labels=[_num(h) for h in heights[drawn]], fontsize=7, padding=2)
    ax.set_xticks(range(len(years)), years)
    ax.set_xlabel(_t(lang, "year"))
    ax.margins(y=0.12)
    ax.legend(fontsize=8)


def regulatory_documents(values: pd.DataFrame, reports: pd.DataFrame | None = None, *,
                         lang: str = "zh") -> Figure:
    """Rules and normative documents (Table 二): flows this year and stocks in separate panels,
    by report year. 2019 (made/published/total published) and 2021 (issued/repealed/in force)
    columns keep their own bars: they are not the same quantity."""
    check_lang(lang)
    mine = values[values["measure"].isin(["t2.rule", "t2.normdoc"])]
    data = _yearly(usable(mine, period=None), reports)
    sums = regulatory_table(values, reports)
    sums = sums[sums["measure"].isin(["t2.rule", "t2.normdoc"])]
    fig, axes = plt.subplots(1, 2, figsize=(10, 5.2))
    for ax, keys, title in ((axes[0], REG_FLOW_KEYS, "flow"), (axes[1], REG_STOCK_KEYS, "stock")):
        ax.set_title(_t(lang, title))
        part = sums[sums["key"].isin(keys)]
        if part.empty:
            _no_data(ax, lang, _subject(lang, "t2"))
            continue
        part = part.assign(series=part["measure"].str.removeprefix("t2.") + "." + part["key"])
        table = part.pivot(index="report_year", columns="series", values="value")
        _grouped_bars(ax, table, lambda s: " ".join(_key_label("t2", p, lang)
                                                    for p in s.split(".")), lang)
        _count_axis(ax, "y")
        ax.set_ylabel(name("unit", "document", lang))
    return _titled(fig, _t(lang, "t_regdocs"),
                   f"{name('unit', 'document', lang)} · {_span(data, reports, lang)}",
                   note(mine, reports, lang))


def enforcement_decisions(values: pd.DataFrame, reports: pd.DataFrame | None = None, *,
                          lang: str = "zh") -> Figure:
    """Licensing, penalty, coercion (and 2019 other-service) decisions, by report year."""
    check_lang(lang)
    measures = [f"t2.{row}" for row in ENFORCE_ROWS]
    mine = values[values["measure"].isin(measures) & (values["key"] == "decisions")]
    data = _yearly(usable(mine, period=None), reports)
    sums = regulatory_table(values, reports)
    sums = sums[sums["measure"].isin(measures) & (sums["key"] == "decisions")]
    fig, ax = plt.subplots(figsize=(8, 5))
    if sums.empty:
        _no_data(ax, lang, _subject(lang, "enforce"))
    else:
        table = sums.pivot(index="report_year", columns="measure", values="value")
        table = table[[m for m in measures if m in table.columns]]
        _grouped_bars(ax, table, lambda m: _key_label("t2", m.removeprefix("t2."), lang), lang)
        _count_axis(ax, "y")
        ax.set_ylabel(_t(lang, "cases"))
    return _titled(fig, _t(lang, "t_enforce"),
                   f"{_t(lang, 'enforce_sub')} · {_span(data, reports, lang)}",
                   note(mine, reports, lang))


# --------------------------------------------------------------------------- table 四
def review_and_litigation(values: pd.DataFrame, reports: pd.DataFrame | None = None, *,
                          lang: str = "zh") -> Figure:
    """Reconsideration, direct suits and suits after reconsideration by outcome: one panel per
    group (a case can appear in reconsideration and then in a suit after it). An outcome a
    report does not state is "not stated", not 0."""
    check_lang(lang)
    groups = ("review", "litigation.direct", "litigation.after_review")
    mine = values[values["measure"].isin(groups) & (values["period"] == "annual")]
    data = usable(mine)
    data = data[data["key"].isin(DISPUTE_OUTCOMES)]
    table = disputes_table(values)
    table = table[table["key"].isin(DISPUTE_OUTCOMES)]
    fig, axes = plt.subplots(1, 3, figsize=(10, 4.6), sharex=True)
    for ax, group in zip(axes, groups):
        _set_lang(ax, lang)
        ax.set_title(_key_label("disputes", group, lang))
        part = table[table["measure"] == group]
        if part.empty:
            _no_data(ax, lang, _key_label("disputes", group, lang))
            continue
        sums = part.set_index("key")["cases"].reindex(DISPUTE_OUTCOMES)
        _hbar(ax, [_key_label("disputes", k, lang) for k in sums.index], list(sums.values),
              unit=_t(lang, "cases"))
    return _titled(fig, _t(lang, "t_disputes"),
                   f"{_t(lang, 'disputes_sub')} · {name('period', 'annual', lang)} · "
                   f"{_span(data, reports, lang)}", note(mine, reports, lang))


def dispute_rates(values: pd.DataFrame, reports: pd.DataFrame | None = None, *,
                  lang: str = "zh") -> Figure:
    """Reconsiderations and lawsuits per 100 new requests, by year, over the reports that state
    both the dispute total and the new-request total."""
    check_lang(lang)
    per_report = _dispute_rate_reports(values)
    fig, ax = plt.subplots(figsize=(8, 5))
    ids: list = []
    if per_report.empty:
        _no_data(ax, lang, _subject(lang, "dispute_rates"))
    else:
        ids = list(_yearly(per_report, reports)["report_id"])
        table = _dispute_rates_by_year(per_report, reports).set_index("report_year")
        rates = table[["review_per_100", "litigation_per_100"]]
        _grouped_bars(ax, rates.rename(columns=lambda c: c.removesuffix("_per_100")),
                      lambda k: _key_label("disputes", k, lang), lang)
        ax.set_ylabel(_t(lang, "per_100"))
    mine = values[values["measure"].isin(["review", "litigation", "litigation.direct",
                                          "litigation.after_review", "requests.new"])
                  & (values["key"] == "total") & values["report_id"].isin(ids)]
    return _titled(fig, _t(lang, "t_dispute_rates"),
                   f"{_t(lang, 'dispute_rates_sub')} · {_span(pd.DataFrame({'report_id': ids}), reports, lang)}",
                   note(mine, reports, lang))


# --------------------------------------------------------------------------- facts tables
# The numbers the notebooks print in their facts cells, as plain DataFrames (rounded by the
# caller, printed with to_string). Each chart draws from its table function, so the figure and
# the numbers quoted under it cannot drift apart.
def _volume_table(values: pd.DataFrame, measure: str, label, column: str,
                  lang: str) -> pd.DataFrame:
    """Items per key and period (条 only), largest first: what the volume charts draw."""
    data = usable(values, measure, period=None, unit="item")
    table = data.groupby(["period", "key"]).agg(**{column: ("value", "sum")},
                                                 reports=("report_id", "nunique")).reset_index()
    table.insert(2, "label", [label(k, lang) for k in table["key"]])
    return table.sort_values(["period", column, "key"], ascending=[True, False, True],
                             ignore_index=True)


def category_table(values: pd.DataFrame, *, lang: str = "zh") -> pd.DataFrame:
    return _volume_table(values, "proactive.category", category_label, "items", lang)


def channel_table(values: pd.DataFrame, *, lang: str = "zh") -> pd.DataFrame:
    return _volume_table(values, "proactive.channel", channel_label, "items_reaching", lang)


def documents_table(reports: pd.DataFrame) -> pd.DataFrame:
    """Documents by status and template."""
    return (reports.assign(template=reports["template"].fillna("").replace("", "-"))
            .groupby(["status", "template"]).size().rename("documents").reset_index())


def coverage_table(values: pd.DataFrame, reports: pd.DataFrame) -> pd.DataFrame:
    """Per measure: readable reports with a value, values, and the share of readable reports
    (%), most reported first (what `measure_coverage` draws)."""
    readable = reports.loc[reports["status"] != "failed", "report_id"]
    part = values[values["report_id"].isin(readable)]
    table = part.groupby("measure").agg(reports=("report_id", "nunique"),
                                        values=("value", "size")).reset_index()
    table["share_pct"] = 100 * table["reports"] / max(len(readable), 1)
    return table.sort_values(["reports", "measure"], ascending=[False, True], ignore_index=True)


def checks_table(checks: pd.DataFrame) -> pd.DataFrame:
    """Checks by rule and result (what `checks_raised` draws)."""
    return checks.groupby(["rule", "status"]).size().rename("checks").reset_index()


def unmapped_labels_table(values: pd.DataFrame) -> pd.DataFrame:
    """Category and channel keys the taxonomy did not place (unknown ids, raw labels under
    `unmapped.*`, and the umbrella `cat_unspecified`), with how many reports state them: the
    to-do list for taxonomy synonyms."""
    known = set(taxonomy.entries("categories")) | set(taxonomy.entries("channels"))
    wanted = ["proactive.category", "proactive.channel", "unmapped.proactive.category"]
    part = values[values["measure"].isin(wanted)]
    part = part[~part["key"].isin(known - {"cat_unspecified"})]
    return (part.groupby(["measure", "key"]).agg(reports=("report_id", "nunique"))
            .reset_index().sort_values(["reports", "measure", "key"],
                                       ascending=[False, True, True], ignore_index=True))


def funnel_table(values: pd.DataFrame) -> pd.DataFrame:
    """Requests at each stage of table 三, summed over reports (what `request_funnel` draws)."""
    values_ = _funnel_values(usable(values))
    return pd.DataFrame({"stage": values_.index, "requests": values_.values})


def regulatory_table(values: pd.DataFrame, reports: pd.DataFrame | None = None) -> pd.DataFrame:
    """Table 二 values per report year, row (measure) and column (key), summed over reports
    (what `regulatory_documents` and `enforcement_decisions` draw)."""
    data = usable(values, period=None)
    data = data[data["measure"].str.startswith("t2.")]
    if data.empty:
        return pd.DataFrame(columns=["report_year", "measure", "key", "value", "reports"])
    data = _yearly(data, reports)
    return (data.groupby(["report_year", "measure", "key"])
            .agg(value=("value", "sum"), reports=("report_id", "nunique")).reset_index())


def _dispute_rate_reports(values: pd.DataFrame) -> pd.DataFrame:
    """Per report stating the new-request total (above 0), the reconsideration total and a
    lawsuit total: report_id, new, review, litigation (annual values)."""
    annual = usable(values)
    annual = annual[annual["key"] == "total"]
    new = annual[annual["measure"] == "requests.new"].groupby("report_id")["value"].sum()
    suits = annual[annual["measure"].isin(["litigation.direct", "litigation.after_review"])]
    suits = suits.groupby("report_id")["value"].sum()
    # Reports without the template split state only `litigation`; use it where the split is absent.
    plain = annual[annual["measure"] == "litigation"].groupby("report_id")["value"].sum()
    suits = pd.concat([suits, plain[~plain.index.isin(suits.index)]])
    review = annual[annual["measure"] == "review"].groupby("report_id")["value"].sum()
    table = pd.DataFrame({"new": new, "review": review, "litigation": suits}).dropna()
    return table[table["new"] > 0].rename_axis("report_id").reset_index()


DISPUTE_RATE_COLUMNS = ["report_year", "reports", "new", "review", "litigation",
                        "review_per_100", "litigation_per_100"]


def _dispute_rates_by_year(per_report: pd.DataFrame, reports: pd.DataFrame | None) -> pd.DataFrame:
    data = _yearly(per_report, reports)
    by_year = data.groupby("report_year").agg(
        reports=("report_id", "size"), new=("new", "sum"), review=("review", "sum"),
        litigation=("litigation", "sum"))
    for kind in ("review", "litigation"):
        by_year[f"{kind}_per_100"] = by_year[kind].div(by_year["new"]) * 100
    return by_year.reset_index()[DISPUTE_RATE_COLUMNS]


def dispute_rates_table(values: pd.DataFrame, reports: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per report year, over the reports that state the new-request, reconsideration and
    lawsuit totals: their sums and reconsiderations and lawsuits per 100 new requests (what
    `dispute_rates` draws)."""
    per_report = _dispute_rate_reports(values)
    if per_report.empty:
        return pd.DataFrame(columns=DISPUTE_RATE_COLUMNS)
    return _dispute_rates_by_year(per_report, reports)


def disputes_table(values: pd.DataFrame) -> pd.DataFrame:
    """Reconsideration and lawsuit cases per group and outcome, summed over reports (annual
    values; what `review_and_litigation` draws)."""
    groups = ["review", "litigation", "litigation.direct", "litigation.after_review"]
    data = usable(values)
    data = data[data["measure"].isin(groups)]
    return (data.groupby(["measure", "key"])
            .agg(cases=("value", "sum"), reports=("report_id", "nunique")).reset_index())


def report_table(values: pd.DataFrame, report_id: str) -> pd.DataFrame:
    """One report's values, by measure and key (as chosen in the values table)."""
    own = values[values["report_id"] == report_id]
    return (own[["measure", "key", "period", "unit", "value", "status"]]
            .sort_values(["measure", "key", "period", "unit"], ignore_index=True))


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
    check_lang(lang)
    shown = families.head(top)
    fig, ax = plt.subplots(figsize=(8, 1.2 + 0.3 * max(len(shown), 4)))
    if shown.empty:
        _no_data(ax, lang, _t(lang, "audit_items"))
    else:
        _hbar(ax, shown["family"].tolist(), shown["docs"].tolist(), unit=_t(lang, "audit_docs"))
    n_items = int(families["items"].sum()) if len(families) else 0
    return _titled(fig, _t(lang, "t_audit"),
                   f"{_t(lang, 'audit_sub')} · {len(families)} · n = {n_items}")


def audit_coverage(coverage: pd.DataFrame, *, lang: str = "zh") -> Figure:
    """Per standard measure, how many audited reports hold it, state it unread, or say nothing."""
    check_lang(lang)
    audited = coverage[coverage["audited"]] if len(coverage) else coverage
    fig, ax = plt.subplots(figsize=(8, 4.8))
    if audited.empty:
        _no_data(ax, lang, _t(lang, "audited_reports"))
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

