"""Display names (Chinese and English) for every id a figure could otherwise show: measures,
check rules and results, parse statuses, formats, administrative levels, periods and the keys of
the template tables. A figure never prints an internal id (`t2.licensing`, `t3_row_sum`): it
asks `name(kind, id, lang)`. Category and channel names live in taxonomy.yaml.
"""
from __future__ import annotations

from . import taxonomy

LANGS = ("zh", "en")

# kind -> id -> (zh, en)
NAMES: dict[str, dict[str, tuple[str, str]]] = {
    "measure": {
        "proactive": ("主动公开信息总数", "proactively disclosed items (total)"),
        "proactive.category": ("主动公开信息：按类别", "proactive items by category"),
        "proactive.channel": ("主动公开信息：按渠道", "proactive items by channel"),
        "proactive.subunit": ("主动公开信息：按下属单位", "proactive items by subunit"),
        "requests.new": ("本年新收申请", "new requests"),
        "requests.channel": ("申请方式", "requests by channel"),
        "requests.carried_in": ("上年结转申请", "requests carried in"),
        "requests.carried_out": ("结转下年申请", "requests carried over"),
        "requests.outcome": ("申请办理结果", "request outcomes"),
        "review": ("行政复议", "administrative reconsideration"),
        "litigation": ("行政诉讼", "lawsuits"),
        "litigation.direct": ("未经复议直接起诉", "lawsuits filed directly"),
        "litigation.after_review": ("复议后起诉", "lawsuits after reconsideration"),
        "complaints": ("举报投诉", "complaints"),
        "fees": ("收取费用", "fees charged"),
        "interpretations": ("政策解读", "policy interpretations"),
        "t2.rule": ("规章", "rules"),
        "t2.normdoc": ("规范性文件", "normative documents"),
        "t2.licensing": ("行政许可", "licensing"),
        "t2.other_service": ("其他对外管理服务事项", "other external services"),
        "t2.penalty": ("行政处罚", "penalties"),
        "t2.coercion": ("行政强制", "coercive measures"),
        "t2.fee": ("行政事业性收费", "administrative fees"),
        "t2.procurement": ("政府集中采购", "central procurement"),
        "t3.cell": ("表三其他单元格", "other cells of table 3"),
        "t3.unplaced": ("表三无法定位的行", "table 3 rows that could not be placed"),
        "fee_requests": ("收费的申请件数", "requests charged a fee"),
        "fee_notices": ("收费通知", "fee notices sent"),
        "legal.combined": ("行政复议与行政诉讼合计", "reconsideration and lawsuits counted together"),
        "unmapped.proactive.category": ("未归类的类别名称", "category labels not yet classified"),
    },
    "rule": {
        "parts_vs_total": ("分项之和与总数", "parts vs stated total"),
        "share_vs_count": ("百分比与数量", "stated share vs count"),
        "shares_sum": ("百分比之和", "shares add up to 100%"),
        "conflicting_values": ("同一数字两种说法", "two different numbers for one count"),
        "digit_split": ("数字粘连的拆分", "glued digits: how to split"),
        "t2_cumulative": ("表二累计数", "table 2: cumulative column"),
        "t3_balance": ("表三收支平衡", "table 3: received = handled + carried over"),
        "t3_outcome_sum": ("表三办理结果合计", "table 3: outcomes add up to the total"),
        "t3_row_sum": ("表三按申请人合计", "table 3: applicant columns add up"),
        "t4_group_sum": ("表四各组合计", "table 4: outcomes add up per group"),
        "cross_year_carry_over": ("跨年度结转一致", "carried over = carried in next year"),
        "cross_year_in_force": ("跨年度现行有效件数", "documents in force across years"),
        "cell_unplaced": ("无法定位的单元格", "table cells that could not be placed"),
        "t3_row_unplaced": ("表三无法定位的行", "table 3 rows that could not be placed"),
    },
    "check_status": {
        "pass": ("通过", "passed"), "fail": ("未通过", "failed"),
        "not_assessable": ("无法判断", "not assessable"), "ambiguous": ("有歧义", "ambiguous"),
    },
    "parse_status": {
        "ok": ("已解析", "parsed"), "partial": ("部分解析", "partly parsed"),
        "failed": ("无法解析", "failed"),
    },
    "template": {
        "free_text": ("纯文字", "free text"), "stats_table_2014": ("2014年统计表", "2014 statistics table"),
        "template_2019": ("2019年模板", "2019 template"), "template_2021": ("2021年模板", "2021 template"),
    },
    "admin_level": {
        "township": ("乡镇", "township"), "county": ("县区", "county"), "city": ("地市", "city"),
        "province": ("省级", "province"), "department": ("部门", "department"),
        "other": ("其他", "other"),
    },
    "period": {
        "annual": ("年度数", "annual"), "partial_year": ("不足一年", "part of a year"),
        "cumulative": ("累计数", "cumulative"),
    },
    "unit": {
        "item": ("条", "items"), "document": ("件", "documents"), "request": ("件", "requests"),
        "case": ("件", "cases"), "yuan": ("元", "yuan"), "person": ("人", "persons"),
        "time": ("次", "times"), "percent": ("%", "%"),
    },
}
LEVEL_ORDER = ("township", "county", "city", "province", "department", "other")


def check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {list(LANGS)}, got {lang!r}")


def name(kind: str, key: str, lang: str) -> str:
    """The display name of an id; an id nobody named yet is shown humanised ("t9_new_rule" ->
    "t9 new rule"), never silently dropped."""
    check_lang(lang)
    if kind == "category":
        return taxonomy.category_label(key, lang)
    if kind == "channel":
        return taxonomy.channel_label(key, lang)
    pair = NAMES[kind].get(key)
    if pair is None:
        return str(key).replace("_", " ") if key else ("未知" if lang == "zh" else "unknown")
    return pair[0] if lang == "zh" else pair[1]


def is_named(kind: str, key: str) -> bool:
    return key in NAMES[kind]
