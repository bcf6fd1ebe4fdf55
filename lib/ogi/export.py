"""`ogi export`: the values as one wide table, one row per report, for Excel, Stata and friends.

Columns: the report's own (REPORT_COLUMNS below), then one per measure|key|period that any
report has a value for, named `measure|key|period`, with `|unit` appended where that triple
comes in several units. Every report of reports.csv has a row, duplicates included (their
`duplicate_of` says which report they repeat), so a user decides what to drop. A cell is empty
when the report states nothing for it or no value could be chosen (see values.csv).

Formats by suffix: .csv (UTF-8), .parquet, .xlsx (sheet `values`, and sheet `columns` describing
every column in Chinese and English) and .dta (Stata 118, Unicode; Stata names are at most 32
characters of [A-Za-z0-9_], so columns get short names and keep their full name as label).
"""
from __future__ import annotations

import re
import zlib
from pathlib import Path

import pandas as pd

from . import taxonomy
from .load import load_facts, load_reports, load_values

REPORT_COLUMNS = ["report_id", "agency", "admin_level", "report_year", "published", "template",
                  "source_file", "status", "duplicate_of"]
FORMATS = (".csv", ".parquet", ".xlsx", ".dta")

REPORT_DESCRIPTIONS = {
    "report_id": ("报告编号（文件内容的哈希）", "report id (hash of the file's bytes)"),
    "agency": ("发布机关", "issuing body"),
    "admin_level": ("行政层级", "administrative level"),
    "report_year": ("报告年度", "year the report covers"),
    "published": ("发布日期", "publication date"),
    "template": ("报告格式", "report format (free_text, stats_table_2014, template_2019/2021)"),
    "source_file": ("源文件", "input file"),
    "status": ("解析状态", "parse status (ok, partial, failed)"),
    "duplicate_of": ("重复发布的报告（与该编号报告正文相同）",
                     "repeats this earlier report (same body text)"),
}
MEASURE_NAMES = {
    "proactive": ("主动公开信息数", "items proactively disclosed"),
    "proactive.category": ("主动公开信息：按类别", "proactive items by category"),
    "proactive.channel": ("主动公开信息：按渠道", "proactive items by channel"),
    "proactive.subunit": ("主动公开信息：按下属单位", "proactive items by subunit"),
    "requests.new": ("新收政府信息公开申请", "new information requests"),
    "requests.channel": ("申请：按提交方式", "requests by channel"),
    "requests.carried_in": ("上年结转申请", "requests carried in"),
    "requests.carried_out": ("结转下年度申请", "requests carried out"),
    "requests.outcome": ("申请办理结果", "request outcomes"),
    "review": ("行政复议", "administrative reconsideration"),
    "litigation": ("行政诉讼", "administrative litigation"),
    "litigation.direct": ("未经复议直接起诉", "litigation without reconsideration"),
    "litigation.after_review": ("复议后起诉", "litigation after reconsideration"),
    "complaints": ("举报投诉", "complaints"),
    "fees": ("收费", "fees"),
}
PERIOD_NAMES = {"annual": ("本年", "annual"), "cumulative": ("累计", "cumulative"),
                "partial_year": ("不足一年", "part of the year")}
UNIT_NAMES = {"item": "条", "document": "件（文件）", "request": "件（申请）", "case": "件（案件）",
              "yuan": "元", "person": "人", "time": "次", "percent": "%"}


def wide(processed_dir) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(the wide table, its column descriptions)."""
    values = load_values(processed_dir, include_duplicates=True)
    reports = load_reports(processed_dir, REPORT_COLUMNS)
    reports["published"] = pd.to_datetime(reports["published"].replace("", None),
                                          format="%Y-%m-%d", errors="coerce")
    identity = ["measure", "key", "period", "unit"]
    cells = values[["report_id", *identity, "value"]].astype(
        {c: "str" for c in ["report_id", *identity]})
    n_units = cells.groupby(["measure", "key", "period"])["unit"].transform("nunique")
    cells["column"] = (cells["measure"] + "|" + cells["key"] + "|" + cells["period"]
                       + (("|" + cells["unit"]).where(n_units > 1, "")))
    table = cells.pivot(index="report_id", columns="column", values="value")
    table = table[sorted(table.columns)].astype("Float64")
    out = reports.drop_duplicates("report_id").merge(
        table, left_on="report_id", right_index=True, how="left")
    out = out.reset_index(drop=True)
    out.columns.name = None
    described = cells.drop_duplicates("column").set_index("column")
    return out, _describe(out.columns, described, processed_dir)


def _describe(columns, described: pd.DataFrame, processed_dir) -> pd.DataFrame:
    labels = _raw_labels(processed_dir)
    rows = []
    for name, stata in zip(columns, stata_names(columns)):
        if name in REPORT_DESCRIPTIONS:
            zh, en = REPORT_DESCRIPTIONS[name]
            rows.append([name, stata, "", "", "", "", zh, en])
            continue
        measure, key, period, unit = described.loc[name, ["measure", "key", "period", "unit"]]
        m_zh, m_en = MEASURE_NAMES.get(measure, (measure, measure))
        k_zh = _key_label(measure, key, "zh", labels)
        k_en = _key_label(measure, key, "en", labels)
        p_zh, p_en = PERIOD_NAMES.get(period, (period, period))
        rows.append([name, stata, measure, key, period, unit,
                     f"{m_zh}：{k_zh}（{p_zh}，单位：{UNIT_NAMES.get(unit, unit)}）",
                     f"{m_en}: {k_en} ({p_en}, unit: {unit})"])
    return pd.DataFrame(rows, columns=["column", "stata_name", "measure", "key", "period",
                                       "unit", "description_zh", "description_en"])


def _raw_labels(processed_dir) -> dict[tuple[str, str], str]:
    """The label documents most often write for each measure and key (label_raw)."""
    facts = load_facts(processed_dir, ["measure", "key", "label_raw"])
    facts = facts[facts["label_raw"].ne("")]
    if facts.empty:
        return {}
    top = facts.groupby(["measure", "key"])["label_raw"].agg(lambda s: s.value_counts().index[0])
    return top.to_dict()


def _key_label(measure: str, key: str, lang: str, labels: dict) -> str:
    if measure == "proactive.category":
        return taxonomy.category_label(key, lang)
    if measure == "proactive.channel":
        return taxonomy.channel_label(key, lang)
    if key == "total":
        return "合计" if lang == "zh" else "total"
    if lang == "zh" and labels.get((measure, key), key) != key:
        return f"{key}（如“{labels[measure, key]}”）"
    return key


def stata_names(columns) -> list[str]:
    """Unique Stata variable names (<= 32 chars of [A-Za-z0-9_], not starting with a digit):
    the column name with other characters as '_', shortened with a hash of the full name
    when it is too long, holds non-ASCII characters or would repeat another."""
    names, seen = [], set()
    for column in columns:
        name = re.sub(r"_+", "_", re.sub(r"[^A-Za-z0-9_]", "_", column)).strip("_") or "v"
        if not re.fullmatch(r"[A-Za-z0-9_|.]*", column) or len(name) > 32 or name in seen:
            tag = f"{zlib.crc32(column.encode('utf-8')):08x}"
            name = f"{name[:32 - len(tag) - 1]}_{tag}"
        if name[0].isdigit():
            name = f"v{name[:31]}"
        seen.add(name)
        names.append(name)
    return names


def export(processed_dir, out: Path) -> pd.DataFrame:
    """Write the wide table to `out` (format by suffix); returns it."""
    out = Path(out)
    if out.suffix.lower() not in FORMATS:
        raise ValueError(f"unknown export format {out.suffix!r}: use one of {', '.join(FORMATS)}")
    table, columns = wide(processed_dir)
    out.parent.mkdir(parents=True, exist_ok=True)
    suffix = out.suffix.lower()
    if suffix == ".csv":
        table.to_csv(out, index=False, date_format="%Y-%m-%d")
    elif suffix == ".parquet":
        table.to_parquet(out, index=False)
    elif suffix == ".xlsx":
        with pd.ExcelWriter(out, engine="openpyxl") as writer:
            excel = table.copy()
            excel["published"] = excel["published"].dt.date
            excel.to_excel(writer, sheet_name="values", index=False)
            columns.to_excel(writer, sheet_name="columns", index=False)
    else:
        _write_stata(table, columns, out)
    return table


def _write_stata(table: pd.DataFrame, columns: pd.DataFrame, out: Path) -> None:
    data = table.copy()
    for column in data.columns:
        if column in ("published",):
            continue
        if isinstance(data[column].dtype, pd.Float64Dtype) or column == "report_year":
            data[column] = data[column].astype("float64")   # Stata missing for NA
        else:
            data[column] = data[column].astype("str")
    data.columns = columns["stata_name"].tolist()
    labels = {row.stata_name: _fit(row.column) for row in columns.itertuples()}
    data.to_stata(out, version=118, write_index=False, variable_labels=labels,
                  convert_dates={columns.loc[columns["column"].eq("published"),
                                             "stata_name"].iloc[0]: "td"})


def _fit(label: str, limit: int = 80) -> str:
    """Stata variable labels hold at most 80 characters."""
    return label if len(label) <= limit else label[:limit - 1] + "…"
