"""Layout of the 2019/2021 template tables (domain notes §2): row and column ids with the labels
the template prints. Shared by the extractor (which finds the labels) and the checks (which
reconcile the cells), so neither depends on the other. The outcome rows of table 三 and their
label words are the domain vocabulary (outcomes.yaml, read through `ogi.taxonomy`).

Two layouts exist: the 2019 one (国办公开办函〔2019〕60号, `E2`) and the 2021 one (〔2021〕30号,
`E3`). A report may mix them (a 2021 table 二 above a 2019 table 三), so each table has its own.
"""
from __future__ import annotations

from . import taxonomy

E2, E3 = "template_2019", "template_2021"

# ---------------------------------------------------------------- table 二
# (row id, label words); a row may be printed under either word
T2_ROWS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("rule", ("规章",)),
    ("normdoc", ("行政规范性文件", "规范性文件")),
    ("licensing", ("行政许可",)),
    ("other_service", ("其他对外管理服务事项",)),
    ("penalty", ("行政处罚",)),
    ("coercion", ("行政强制",)),
    ("fee", ("行政事业性收费",)),
    ("procurement", ("政府集中采购",)),
)
T2_COLUMNS: dict[str, dict[str, tuple[str, ...]]] = {
    E2: {"rule": ("made", "published", "total_published"),
         "normdoc": ("made", "published", "total_published"),
         "licensing": ("prev_items", "delta", "decisions"),
         "other_service": ("prev_items", "delta", "decisions"),
         "penalty": ("prev_items", "delta", "decisions"),
         "coercion": ("prev_items", "delta", "decisions"),
         "fee": ("prev_items", "delta"),
         "procurement": ("projects", "amount")},
    E3: {"rule": ("issued", "repealed", "in_force"),
         "normdoc": ("issued", "repealed", "in_force"),
         "licensing": ("decisions",),
         "penalty": ("decisions",),
         "coercion": ("decisions",),
         "fee": ("amount",)},
}
# the rows of each block (第二十条第（X）项) in template order; a layout keeps those it has
T2_BLOCKS = {"一": ("rule", "normdoc"), "五": ("licensing", "other_service"), "六": ("penalty", "coercion"),
             "八": ("fee",), "九": ("procurement",)}
T2_UNIT = {"made": "document", "published": "document", "total_published": "document",
           "issued": "document", "repealed": "document", "in_force": "document",
           "prev_items": "item", "delta": "item", "projects": "item",
           "decisions": "case", "amount": "yuan"}
T2_CUMULATIVE = {"total_published"}   # 对外公开总数量 counts every year so far
T2_HEADERS = {"made": "本年新制作数量", "published": "本年新公开数量", "total_published": "对外公开总数量",
              "prev_items": "上一年项目数量", "delta": "本年增/减", "decisions": "处理决定数量",
              "issued": "本年制发件数", "repealed": "本年废止件数", "in_force": "现行有效件数",
              "projects": "采购项目数量"}
T2_AMOUNT_HEADER = {"fee": "本年收费金额", "procurement": "采购总金额"}
# column labels only one layout prints: they tell the table-二 layout
T2_MARKERS = {E2: ("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减",
                   "采购项目数量", "其他对外管理服务事项", "政府集中采购"),
              E3: ("本年制发件数", "本年废止件数", "现行有效件数", "本年收费金额")}

# ---------------------------------------------------------------- table 三
APPLICANTS = ("natural_person", "org_business", "org_research", "org_public_interest",
              "org_legal_service", "org_other", "total")
APPLICANT_HEADERS = ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")
FLOW_ROWS = ("new", "carried_in", "outcome_total", "carried_out")
# The (六) 其他处理 rows: one in the 2019 layout, three in the 2021 one.
_SIX = {E2: ("other",), E3: ("other.no_correction", "other.fee_unpaid", "other.other")}
# (row id, label words) in template order; the outcome rows and their words are those
# outcomes.yaml gives a template row (ogi.taxonomy), the (六) rows depend on the layout
T3_HEAD_ROWS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("new", ("本年新收",)),
    ("carried_in", ("上年结转",)),
    *((key, outcome.template) for key, outcome in taxonomy.outcomes().items()
      if outcome.template and not any(key in six for six in _SIX.values())),
)
T3_OTHER_ROWS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    version: tuple((key, taxonomy.outcomes()[key].template) for key in keys) for version, keys in _SIX.items()}
T3_TAIL_ROWS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("outcome_total", ("（七）总计",)), ("carried_out", ("结转下年度",)))
# words only the 2021 (六) sub-rows print: they tell the table-三 layout
T3_E3_MARKERS = ("申请人逾期未按收费", "逾期不补正")


def t3_rows(version: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Every row of table 三 in the given layout, in template order."""
    return T3_HEAD_ROWS + T3_OTHER_ROWS[version] + T3_TAIL_ROWS


def t3_outcome_rows(version: str) -> list[str]:
    """The outcome rows whose sum is （七）总计."""
    return [key for key, _ in t3_rows(version) if key not in FLOW_ROWS]


def t3_version_of(row_ids) -> str | None:
    """The layout a set of table-三 row ids belongs to, None when they fit both."""
    ids = set(row_ids)
    for version, rows in T3_OTHER_ROWS.items():
        if ids & {key for key, _ in rows}:
            return version
    return None


# ---------------------------------------------------------------- table 四
T4_GROUPS = ("review", "litigation.direct", "litigation.after_review")
T4_COLUMNS = ("upheld", "corrected", "other", "pending", "total")   # the last is the group total
# Row widths of the tables' number grids.
T3_WIDTH = len(APPLICANTS)            # 自然人, five kinds of organisation, 总计
T3_WIDTH_WITH_SUBTOTAL = T3_WIDTH + 1  # some reports add a 法人或其他组织 subtotal column
T4_GROUP_WIDTH = len(T4_COLUMNS)
T4_WIDTH = len(T4_GROUPS) * T4_GROUP_WIDTH
T4_GROUP_LABELS = ("行政复议", "行政诉讼 未经复议直接起诉", "行政诉讼 复议后起诉")
T4_COLUMN_LABELS = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")


# ---------------------------------------------------------------- fee table
# Some bodies add a table of information-processing fees (信息处理费, 国办函〔2020〕109号) beside
# table 三: rows per charging scale and a total, columns count of requests and amount.
FEE_COUNT_HEADER, FEE_AMOUNT_HEADER = "件数", "金额"
FEE_TOTAL_WORDS = ("合计", "总计", "共计", "小计")
FEE_SCALE_WORDS = ("按件", "按量", "按页")
