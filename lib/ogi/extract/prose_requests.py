"""Requests, outcomes, reconsideration, litigation, complaints and fees stated in prose
(domain notes §6 P10-P15), including explicit zeros (P13: 未收到申请, 没有收取费用, 未发生复议),
one zero denying several measures at once (未发生收费、行政复议及行政诉讼; 零复议、零诉讼), outcomes
with their template sub-rows (属于重复申请不予处理), and carry-over both ways (上年度遗留 / 移交下年度).

A count's label is the text in front of it back to the previous clause separator; the label
decides the measure. Numbers that merely resemble requests stay out: 受理申请121510件 at a
service hall (no 信息公开), 依申请公开信息数46条 (information classified for release on
request, not requests), 咨询 counts, 支出/费用 spent (not fees charged).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .. import taxonomy
from ..model import Fact, Metadata
from ..numerals import CN_DIGITS, CN_UNITS, NUMBER
from .prose_text import (
    COUNT,
    LABEL_WINDOW,
    Sentence,
    count_value,
    item_counts,
    make_fact,
    may_hold_count,
    part_of_year,
    period_of,
)

_CLAUSE_SEP = re.compile(r"[，,；;：:。]")
# (未经复议直接起诉 is a kind of suit, not a denial)
# (不收取任何费用: a fee denied; 不 alone negates too much; 不涉及信息公开收费: none arose)
# (未审结 / 未办结 name cases or requests still open, a column or a count, no denial)
# (申请人无正当理由逾期不补正: the template's row of a request not handled, no denial)
_NEG = re.compile(r"未(?!经|审结|办结)|没有|并无|无(?!正当理由)|不存在|暂不|尚无|不(?=收取|收费)|不涉及")
# (…情况 / 没有发生。 / 本年度无。: a bare denial under its heading, a time word in front)
# (我乡2012年度无此类情况 / 本年度未发生此类案件: the body and the year may lead it)
_OWN_BODY_WORD = r"我(?:乡|镇|街道|局|委|办|单位|区|县|市)|本(?:机关|单位|部门|局|乡|镇|街道)"
_TIME_WORD = r"(?:本|今|全)年度?(?:内)?|\d{4}\s*年度?(?:内)?|年内|报告期内|统计期内"
# (2018年，我局无此相关情况: a clause of the year alone before it is no topic)
_TIME_LEAD = re.compile(rf"\s*(?:{_OWN_BODY_WORD})?\s*(?:{_TIME_WORD})\s*[，,]\s*")
# (…无此相关情况（历年累计1件）: a running count in brackets after the none is read on its own)
_BARE_NONE = re.compile(rf"\s*(?:{_OWN_BODY_WORD})?\s*(?:{_TIME_WORD})?\s*"
                        r"(?:无|没有|均无|暂无|零|零报告|无此(?:类|相关)?(?:情况|案件|事项)(?:发生)?"
                        r"|(?:均|都)?(?:没有|未)(?:发生|出现)(?:此类|类似|上述|相关)?(?:情况|情形|事项|案件)?)\s*"
                        r"(?:[（(][^（()）]*累计[^（()）]*[)）])?\s*")
_HEADING_CHARS = 40
_HEADING_THEN_NONE = re.compile(r"\s*(?P<head>\S.*?\S)\s+(?P<none>\S{1,8})\s*")
_SECTION_HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])[^。；：:，,]{1,38}")
# a section on reconsideration, suits or complaints (its heading names one of them)
_LEGAL_SECTION = re.compile(r"复议|诉讼|投诉|举报|申诉")
_CASE_MEASURES = ("review", "litigation", "complaints")
# 份 counts requests, or applications for reconsideration (收到1份行政复议申请); 项 only requests
_UNIT_MEASURES = {"份": ("requests.", "review"), "项": ("requests.",), "起": _CASE_MEASURES,
                  "宗": _CASE_MEASURES}
# 宗 counts requests too (受理政府信息公开申请3宗, 同意公开2宗), in a sentence about them (or
# after one, or under a heading on requests); it also counts land parcels, crimes and deals
# (出让土地5宗, 不动产登记300宗, 查处案件12宗), which keep it out of requests where they are named.
_REQUEST_TALK = re.compile(r"信息公开申请|依申请|公开申请|申请公开")
_NOT_REQUEST_CASES = re.compile(r"土地|地块|宗地|用地|出让|划拨|征收|征地|登记|查处|立案|交易|挂牌|拍卖|矿")
_LIST_NUMBER = re.compile(r"^\s*(?:\d{1,2}|[（(]\d{1,2}[)）])\s*[.、．]?\s*")
_INLINE_HEADING = re.compile(
    r"\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）])[^，。；：:]{0,16}情况[：:]")
# 行政复议、行政诉讼均为0件 / 行政复议和行政诉讼各1件: one figure for every measure listed
_COUNTED_BEFORE = re.compile(r"\d\s*[件起宗个次]")
_BOTH = re.compile(r"(?:均|都|各)(?:为|是|有)?\s*$")
# 行政复议、行政诉讼分别为2件、1件: one count for each kind listed, in order, not one over all
_RESPECTIVELY = re.compile(r"分别")
# …行政复议、行政诉讼和举报共计0件: a zero sum, so every measure summed is zero (a sum above
# zero says nothing of each)
_SUM = re.compile(r"(?:共计|合计|总计|累计|共)(?:为|是|有)?\s*$")
# (政务公开类行政复议: the cases of a report's subject, named by its wider name)
# (针对本局的政务公开举报投诉: a complaint about disclosure work, 政务公开 named just before it)
_OGI = re.compile(r"信息公开|公开信息|政府信息|依申请|公开申请|要求公开|政务公开(?:类|方面"
                  r"|(?=(?:工作)?(?:的)?(?:举报|投诉|申诉)))")
_LEGAL = (("复议", "review"), ("诉讼", "litigation"), ("申诉", "complaints"),
          ("投诉", "complaints"), ("举报", "complaints"), ("起诉", "litigation"))
# The legal word must head the label (行政复议7件, 提起行政诉讼数7件), not sit in a list of
# topics (…投诉举报处理和突发环境信息131条).
_LEGAL_WORD = re.compile("|".join(word for word, _ in _LEGAL))
_LEGAL_HEAD = tuple((re.compile(word + r"[^、，和及]{0,5}$"), measure) for word, measure in _LEGAL)
_REVIEW_WORDS = re.compile(r"咨询|纠错|维持|败诉|撤销|驳回|纠正|责令(?:其)?(?:限期)?重新|其他结果|终止|审结|审理|撤诉")
# A sentence can state a zero (_stated_zeros) only with one of these characters (see _NEG,
# _BARE_NONE, 零).
_ZERO_CHARS = re.compile(r"[未没无不零0]")
# …数为零 / …数均为0 (a 0 with a unit is a count, read as one)
# (均为“零”: the zero quoted for emphasis)
_ZERO_WORD = re.compile(r"(?:均|都)?(?:为|是)[“\"‘']?(?:零|0)[”\"’']?$")
_DIGIT = re.compile(r"\d")
_A_YEAR = re.compile(r"(?<!\d)\d{4}\s*年(?!\d)")
# (未产生信息公开费用 / 未产生任何费用: a fee; 减免费用 is no fee charged)
_FEE_WORDS = re.compile(r"收取|收费|处理费|(?:信息|公开|申请|相关|任何)费用")
# 收取信息处理费380元 / 信息处理费 200 元 / 收取信息处理费3笔，共计300元 (收费金额为0 without
# 元 is a stated zero, _ZERO_WORD)
_FEE_AMOUNT = re.compile(
    rf"(?:收取|收费|处理费)[^，；。]{{0,24}}?(?:[，,]\s*(?=共计|合计|金额|共))?"
    # (共计人民币186元: the currency named before the sum)
    rf"(?:共计|合计|共|为|计|金额为?|总额为?)?\s*(?:人民币)?\s*{NUMBER.pattern}\s*(?P<unit>元)")
_BILLED = re.compile(r"(?:应当?|需|须|拟)$")
# 收取停车费300元: a charge of another kind is no disclosure fee (信息处理费, 检索费, 复制费,
# 邮寄费, 工本费 and plain 费用 are)
_FEE_NAME = re.compile(r"([\u4e00-\u9fff]{2})费(?!用)")
_DISCLOSURE_FEES = ("处理", "检索", "复制", "复印", "打印", "邮寄", "邮递", "工本", "公开", "信息")
# (收取检索、复制成本费 / 复印及邮寄成本费: a cost named by the disclosure services it covers)
_FEE_NAME_WORDS = re.compile(r"(?:[\u4e00-\u9fff]{2}[、和及与]?){1,4}$")


def _disclosure_fee(words: str, f: re.Match) -> bool:
    """Whether the charge `f` (a name ending in 费) of `words` is a disclosure fee: its own
    name is one, or the services listed before it in the same name are."""
    if f[1] in _DISCLOSURE_FEES:
        return True
    head = words[:f.start(1)]
    head = head[head.rfind("收取") + 2:] if "收取" in head else head
    listed = _FEE_NAME_WORDS.search(head)
    return bool(listed) and any(w in listed.group() for w in _DISCLOSURE_FEES if w not in ("公开", "信息"))


_SENTENCE_TRAP = re.compile(r"建议|提案|议案|信访|诉求")
# 共收到依申请公开信息4件: received, in 件, the on-request disclosures are the requests (as the
# tables' 依申请公开信息数 in 件); 依申请公开信息N条 without a receiving stays an item count
# (接到群众来信申请公开信息3件: asked for in a letter, the same requests)
_RECEIVED_REQUEST_INFO = re.compile(r"(?:收到|受理|接到|接收)(?:了)?(?:各类)?(?:的)?"
                                    r"(?:依申请公开|(?:群众|公民|市民)?(?:来信|书面|来函)?申请公开)(?:的)?(?:政府)?信息"
                                    r"(?:申请)?(?:共|共计|总数)?$")
_NOT_A_REQUEST = re.compile(r"咨询|审批|信息数|信息总数|公开信息$|受理窗口|来访|来电|建议|提案")

# Reasons for 不予公开: the sub-rows of template table 三 (domain notes §2.3) and the E1 统计表
# reasons (§3.1), keyed as the statistics-table rows are; their words are data (outcomes.yaml).
_DENY_REASONS = taxonomy.outcome_words("deny")
# 不予公开8件（涉及商业秘密3件、个人隐私5件）: a reason item listed after the refusal count.
# (公开后可能危及社会稳定1件: a reason told in a dozen characters)
_DENY_ITEM = re.compile(r"[（(、\s]*(?:其中)?[：:\s]*(?:涉及|属于|因|系)?(?P<why>[^，、（()）]{2,12}?)(?:的|类)?")


def _outcome_pattern(key: str) -> re.Pattern:
    """Any word naming the outcome `key` (outcomes.yaml)."""
    return re.compile(taxonomy.alternation(taxonomy.outcomes()[key].synonyms))


_REFUSAL = _outcome_pattern("deny.total")
# Outcome phrases at the end of a label (P11), most specific first.
# The reasons of 不予处理 and 无法提供 (the template's sub-rows), said before the outcome or in
# brackets around the count.
_SUB_ROW_REASONS = {f"{group}.total": taxonomy.outcome_words(group, template_rows_only=True)
                    for group in ("reject", "unable")}
_REASON_AFTER = re.compile(r"\s*[（(](?P<why>[^（()）]{1,20})[)）]")
_E3_OTHER_ROWS = ("other.no_correction", "other.fee_unpaid")
# The body itself, as a report names it (本机关, 本局, 本镇 …).
_OWN_BODY = r"本(?:行政)?(?:机关|部门|单位|局|委|办|厅|院|中心|镇|乡|街道|政府)"
# …行政机关不再处理其政府信息公开申请: the close of the E3 其他处理 sub-row names
_NO_LONGER = r"(?:行政机关|" + _OWN_BODY + r")?不再(?:予以)?处理(?:其)?(?:政府信息公开)?(?:申请)?"
# (…逾期未补正终止办理 / 视为放弃申请: the same close in other words)
_NO_LONGER_HANDLED = (r"(?:[、，,]?\s*(?:" + _NO_LONGER
                      + r"|(?:依法|予以)?终止(?:办理|处理)|视为(?:放弃|撤回)(?:申请)?))?")
# 未按要求补正材料，视为放弃申请 / 未在规定期限内缴纳费用，终止办理: not done in time, then closed
_UNDONE = r"(?:未能?|没有|不)(?:按(?:照)?[^，。；,;]{0,8}?|在[^，。；,;]{0,8}?期限内)?"
# (…未补正，按其他情形处理: closed as the template's 其他处理)
_CLOSE = (r"(?:依法|予以|故|已|按(?:照)?规定|依规)?(?:视为(?:放弃|撤回)(?:申请)?|终止(?:办理|处理)|" + _NO_LONGER
          + r"|(?:按|作|作为)其他(?:情形|情况)?(?:予以)?处理)")
# (按其他处理终止办理 / 视为放弃申请，终止办理: two closes in a row, one close)
_CLOSES = _CLOSE + r"(?:[、，,]?\s*" + _CLOSE + r")?"
_THEN_CLOSED = r"[^，。；,;、]{0,8}?[、，,]?\s*" + _CLOSES
_CLOSE_ONLY = re.compile(r"\s*" + _CLOSES + r"\s*")
# 信访举报投诉类申请: a request not handled (a template sub-row), no complaint
_PETITION_REQUEST = re.compile(r"信访[、]?举报[、]?投诉类?(?:的)?申请")
# 不予处理（信访举报投诉类）1宗: the reason of an outcome in brackets, no complaint either
_PETITION_REASON = re.compile(r"不予(?:处理|受理)\s*[（(][^（()）]{0,6}(?:信访|举报|投诉)")
_OUTCOMES = (
    # the E3 其他处理 sub-rows (逾期不补正, 逾期不缴费): before 补正 reads as unclear
    # (未按要求补正材料，视为放弃申请: without 逾期, the close must be said)
    (re.compile(r"(?:逾期(?:未|不)(?:予)?补正" + _NO_LONGER_HANDLED + r"|" + _UNDONE + r"补(?:正|充)" + _THEN_CLOSED
                + r")(?:的)?"), "other.no_correction"),
    (re.compile(r"(?:逾期(?:未|不)(?:按[^，。；]{0,10})?缴纳(?:信息处理费|费用)?" + _NO_LONGER_HANDLED
                + r"|" + _UNDONE + r"缴纳" + _THEN_CLOSED + r")(?:的)?"), "other.fee_unpaid"),
    # the template's sub-rows named alone (本机关不掌握相关政府信息3件, 重复申请1件): that sub-row
    (re.compile(r"(?:属于)?" + _PETITION_REQUEST.pattern), "reject.petition"),
    # 转信访渠道办理 / 按信访程序处理: a petition, not handled as a request
    (re.compile(r"(?:转(?:入|交|由|至)?|按(?:照)?|通过|依照)信访(?:渠道|程序|途径|部门|机构)(?:办理|处理)"),
     "reject.petition"),
    # 以信访投诉内容提出申请、不作为政府信息公开申请处理 / 以申请形式进行信访举报: the 条例's rule
    # for petitions dressed as requests
    (re.compile(r"不(?:作为|按)(?:政府)?信息公开申请(?:处理|办理)"
                r"|以(?:政府)?(?:信息)?(?:公开)?申请(?:的)?形式(?:进行)?(?:信访|举报|投诉)"), "reject.petition"),
    (re.compile(r"(?:属于)?(?<![大量反])重复申请"), "reject.duplicate"),
    # 1件系查询婚姻档案，属于行政查询事项，告知按规定办理: the template's sub-row named alone (after
    # 不予公开 it is that refusal's reason, read with it)
    (re.compile(r"(?<!不予公开)(?<!不予公开[，,、（(])(?:属于|系|为)(?:行政)?查询(?:类)?事项"), "deny.admin_query"),
    (re.compile(r"要求(?:提供|获取)(?:公开)?出版物"), "reject.publication"),
    (re.compile(r"(?:无正当理由)?大量[、]?反复(?:提出)?申请"), "reject.mass_repeat"),
    (re.compile(r"要求(?:行政机关)?确认或(?:者)?重新出具(?:已获取(?:的)?信息)?"), "reject.confirm_reissue"),
    # (需另行加工汇总 / 须另行统计整理: made anew, in other verbs)
    (re.compile(r"(?:没有|无)现成信息[，,、]?\s*(?:需要|需)另行制作"
                r"|(?:需要|需|须)(?:另行|重新)(?:加工|制作|汇总|统计|整理|编制|生成){1,2}"),
     "unable.needs_creation"),
    # 2008 scheme: 不是《条例》所指政府信息 (a reason for refusing)
    (re.compile(r"(?:不是|非|不属于)《?(?:条例|规定)》?所(?:指|称)(?:的)?政府信息"), "deny.not_gov_info"),
    (re.compile(r"予以公开(?:及|和|与)部分公开"), "granted"),
    # (部分同意公开 / 予以部分公开: the same row, the verb on either side)
    (re.compile(r"(?:同意)?部分(?:同意|予以)?公开|予以部分公开"), "partial"),
    # (提供了可以公开的部分 / 对其中可公开的部分予以公开: the part that may be disclosed, given)
    (re.compile(r"(?:提供|公开)(?:了)?(?:其中)?(?:可以|能够|可|能)(?:予以)?公开(?:的)?部分"
                r"|对(?:其中)?(?:可以|能够|可|能)(?:予以)?公开(?:的)?部分(?:予以|已|依法)*(?:公开|提供)(?:了)?"),
     "partial"),
    (_REFUSAL, "deny.total"),
    # 因本机关不掌握相关政府信息无法提供: that reason alone (with 等原因 it is every reason)
    (re.compile(r"(?<!等)(?:本(?:行政)?(?:机关|部门|单位)(?:不|未)掌握[^，。；等]{0,10}?)无法提供"), "unable.not_held"),
    # 因申请信息不存在无法提供: the reason names the row
    (re.compile(r"(?<!等)(?:因|由于)?(?:所?申请(?:的)?)?(?:政府)?信息不存在(?:而|，)?无法提供"), "unable.not_exist"),
    *((_outcome_pattern(key), key) for key in ("unable.total", "reject.total", "other")),
    # (属于已主动公开信息 / 已主动公开的政府信息: the information, not the range, named)
    # (the bare 已主动公开信息120条 is information released, no answer)
    # (因该信息已在市政府网站主动公开: where it was released named between)
    (re.compile(r"(?:属于|系|为|是)已主动公开(?:的)?(?:政府)?信息|(?:属于)?已主动公开(?:的?范围)?"
                r"|信息(?:此前)?已(?:在|于|通过)[^，。；、\d]{1,16}?主动公开"),
     "other.already_public"),
    # 已当场提供 / 均已按申请人要求提供 / 予以提供: provided, so granted (无法提供 and 不予提供
    # never follow 已 or 予以)
    # (均已当场予以答复并提供了相关文件 / 当场提供了复印件: answered by handing it over)
    (re.compile(r"(?<![不未])(?:(?:已|均已|已全部|均|全部)(?:当场|当面|当即|及时|依法|按时|按期|书面|免费"
                r"|按(?:照)?(?:申请人)?(?:的)?要求|向(?:申请人|其))*|当场|当即)(?:(?:予以|给予)?答复并)?(?:予以)?提供(?:了)?"
                r"(?:相关|所需|所申请的?)?(?:政府)?(?:信息|材料|资料|文件|复印件|复制件)?|(?<!不)予以提供"
                # 按申请内容提供 / 按照申请人要求予以提供: provided as asked
                r"|(?:按|按照|依)(?:申请人?|所申请)?(?:的)?(?:申请)?(?:内容|要求)(?:予以)?提供(?:了)?"
                r"(?:相关|所需)?(?:政府)?(?:信息|材料|资料)?"), "granted"),
    # (其中)公开答复1件: answered by disclosing; 其它公开答复 is no grant
    # (已予公开 / 均予公开: 予 for 予以, after 已 or 均 only, never 不予公开)
    (re.compile(r"予以公开|同意公开|准予公开|全部公开|(?:^|(?<=其中))公开(?=答复)|(?<![不未])(?:已|均已|均)予公开"),
     "granted"),
    # E0/E1 answer kinds (domain notes §3): 非本机关掌握, 不属于本机关公开范围, 信息不存在, 不明确
    # (非本机关政府信息: information of another body; 本机关不掌握相关政府信息: the E3 sub-row)
    # (不属于受理机关掌握范围: the body asked is this one; 公开职责权限范围: its remit)
    (re.compile(r"(?:非|不属于)(?:" + _OWN_BODY + r"|受理机关)(?:掌握|公开|职责|权限)*(?:的?范围)?(?:的?(?:政府)?信息)?"
                r"|" + _OWN_BODY + r"(?:不|未)掌握(?:相关)?(?:的)?(?:政府)?(?:信息)?"
                # (本机关未制作也未获取相关信息: the words of the 条例's 不掌握)
                r"|" + _OWN_BODY + r"(?:并|既)?未(?:制作|形成)(?:也|亦|或|、|且|和)?(?:未|没有)?获取"
                r"(?:相关|该|所申请)?(?:的)?(?:政府)?(?:信息)?"), "unable.not_held"),
    # 告知申请人向有关部门申请 / 告知其向…咨询: another body holds it (the 2008 scheme's
    # 不属于本行政机关公开, answered by naming where to ask)
    # 属于县草原站职责 / 需向县国土局申请: another body's duty, where to ask (not 本局's)
    # (属县教育行政部门职责范围: 属 alone)
    (re.compile(r"(?:属于|属|系|为|是)(?![本我])[^，。；、]{1,14}?(?:的)?(?:职责|职权|管辖)(?:范围)?(?:内)?(?:的)?"
                r"(?:事项|信息|事务)?"
                r"|(?:需|须|应|需要|应当)(?:向|到)(?![本我])[^，。；、]{0,10}?"
                r"(?:部门|单位|机关|机构|局|委|办|厅|政府|委会|委员会|中心|所|站)(?:申请|查询|获取)"
                # (应由县住建局公开 / 由县草原站负责)
                r"|(?:应|应当)?由(?![本我])[^，。；、]{1,12}?(?:部门|单位|机关|机构|局|委|办|厅|政府|委会|委员会"
                r"|中心|所|站|公司)(?:负责)?(?:公开|办理|答复|掌握|负责)"
                # (属于区档案馆掌握 / 系其他部门掌握的信息: another body holds it)
                r"|(?:属于|系|为|是)(?![本我])[^，。；、]{1,12}?(?:部门|单位|机关|机构|局|委|办|厅|政府|委会|委员会"
                r"|中心|所|站|馆|公司)(?:所)?掌握(?:的)?(?:政府)?(?:信息|事项)?"),
     "unable.not_held"),
    (re.compile(r"告知(?:申请人|其)?(?:应)?(?:向|到|与)(?:有关|相关|其他|主管|具体|对应)?[^，。；、]{0,10}?"
                r"(?:部门|单位|机关|机构|局|委|办|厅|政府|委会|委员会|中心|所|站)(?:申请|咨询|查询|获取|联系)"),
     "unable.not_held"),
    # 告知申请人到县国土局办理 / 告知其向乡民政所办理: sent to do the matter (no request for
    # information) at another office, another route (…申请 / 咨询 there: not held, above)
    (re.compile(r"告知(?:申请人|其)?(?:可|应)?(?:向|到|去|至)(?![本我])[^，。；、]{0,12}?"
                r"(?:部门|单位|机关|机构|局|委|办|厅|政府|委会|委员会|中心|所|站|窗口)(?:申请)?(?:办理|解决)"),
     "other.other_route"),
    (re.compile(r"(?:信息)?不存在"), "unable.not_exist"),
    (re.compile(r"(?:告知)?(?:通过|由)?其他途径(?:办理|获取|解决)?"), "other.other_route"),
    # 已告知其通过县不动产登记中心查询办理 / 告知申请人按档案查阅程序办理: a route of its own
    # for that information (a body's own query or filing procedure), not another body's holding
    (re.compile(r"告知(?:申请人|其)?(?:可)?(?:通过|按照?|依照)[^，。；、]{1,16}?(?:查询|查阅|程序|规定|渠道)(?:程序|规定|渠道|途径)?"
                r"(?:办理|获取)?"), "other.other_route"),
    (re.compile(r"(?:补正后)?(?:申请)?内容仍?不明确"
                r"|(?:告知)?(?:申请人)?(?:作出)?(?:更改、?补充|补正)"), "unable.unclear"),
)
# 申请人撤回申请2件 / 主动撤回的3件: a request withdrawn, one of the template's 其他处理 (the
# E3 template of 2021 splits that row; a withdrawal is its 3.其他).
_WITHDRAWN = re.compile(r"(?:申请人)?(?:主动|自行)?撤回(?:申请|其申请)?(?:的)?(?:申请)?(?:数)?(?:共|为)?$")
_E3_FROM_YEAR = 2021
# （含申请人主动撤回157件）: a part of the outcome counted before, not an outcome of its own
_PART_OF_COUNT = re.compile(r"[（(\s]*(?:其中)?(?:含|包括)")
# Most labels hold no outcome phrase: one search rules out every pattern above.
_ANY_OUTCOME = re.compile("|".join(pattern.pattern for pattern, _ in _OUTCOMES))
# 通过网络提交9件: a request channel worded with 提交 instead of 申请.
# (、信函提交3件: an item after the one before)
_SUBMITTED = re.compile(r"[、，,\s]*(?:其中)?(?:通过|以|采取|采用)?(?P<how>[^\s，、]{1,8}?)(?:方式|形式)?"
                        r"(?:提交|提出|递交)(?:的)?")
# 通过省政府信息公开申请平台提交14件 / 经市网上申请系统提交: an online system named in full
# (its name may hold 申请 and run longer than a channel's word)
_ONLINE_SYSTEM = re.compile(r"[、，,\s]*(?:其中)?(?:通过|经|在|由)[^，。；、]{0,16}?(?:申请|公开|政务服务)"
                            r"(?:平台|系统|网站|网)[”\"」]?(?:在线|网上)?(?:提交|提出|递交|申请)(?:的)?(?:申请)?")
# 信函5件 / 、网上3件 in a list of the channels of the requests received: the channel's name
# alone (网络问政, 网络舆情 name more than a channel)
_CHANNEL_WORDS = taxonomy.alternation(word for entry in taxonomy.entries("request_channels").values()
                                      for word in entry.synonyms)
# (邮寄信函1件 / 寄送信件: the post named before the letter)
# (主要受理方式为信函3件: the list opened by the word for the ways requests came)
_CHANNEL_ITEM = re.compile(r"[\s、，,：:（(]*(?:其中)?[\s，,：:]*"
                           r"(?:(?:主要)?(?:受理|申请|提交|提出)(?:方式|渠道)(?:为|是|有)[：:]?)?"
                           r"(?:通过|以|采取|采用|经)?(?:邮寄|寄送)?(?P<how>"
                           + _CHANNEL_WORDS + r")(?:方式|形式|渠道)?(?:的)?")
# 已答复209件 / 共答复 / 均已答复: every answer given (the outcome total).
# (截至年底已答复5件: by the year's end, the answers of the year)
_IN_THE_YEAR = r"(?:全年|本年度?|年内|截至\d{1,2}月\d{1,2}日|截至年底|截至年末)?"
_ANSWERED = re.compile(_IN_THE_YEAR +
                       r"(?:已|共|共计|均已|全部|依法|依规|及时|规范|按时|按期)*(?:作出|办理并?)?答复"
                       r"(?:(?:政府)?信息公开|依申请公开)?(?:申请)?(?:数)?(?:共|为|共计)?")
# 6件结转至2014年办理 / 4件结转下一年度 / 3件因在年底受理，转入2012年办理: the count comes
# before the carry-over words, a short reason clause may sit between.
_YEAR = r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年"
_CARRIED_OUT_AFTER = re.compile(
    # (2件在法定答复期限内转入2019年 / 1件因需征求第三方意见结转至2015年)
    # (一件在办理期限内，结转至二〇二五年: the year in Chinese numerals)
    # (5件在法定期限内办理，将转入2014年答复: still within the time limit, to be answered next year)
    r"\s*(?:申请)?(?:因[^，。；]{0,12}?[，,]?\s*)?(?:(?:尚|仍)?(?:在|处于)(?:法定|办理|答复|法定答复)?期限内"
    r"(?:办理|答复)?(?:中)?[，,]?\s*)?"
    # (5件正在办理并结转至2019年 / 2件尚未办结，转入下年度)
    r"(?:(?:正在|仍在|尚在|尚未)[^，。；]{0,6}?(?:办理|办结|答复)(?:中|期内)?\s*[并，,]?\s*)?"
    # (1件依法延期，结转下年度继续办理 / 1件延长答复期限后转入下年度: extended, then carried)
    r"(?:(?:依法|经批准)?(?:延期|延长(?:答复)?期限)(?:答复|办理)?(?:后)?\s*[并，,]?\s*)?"
    # (2件在法定期限内，将于2019年答复 / 将于次年办结: the answer is due in the next year)
    r"(?:将|拟|需)?(?:(?:结转|转结|顺延|转入)(?:到|至)?(?:下一?年度?|" + _YEAR + ")|转(?:到|至)?下一?年度?"
    r"|(?<=将)于(?:次年|下一?年度?|" + _YEAR + r")(?:内|初)?(?:作出)?(?:答复|办结|办理)"
    # (其余6件跨年度办理: handled across the year's end, carried over)
    r"|跨年度?(?:办理|答复|办结))")
# 1件因需征求第三方意见延期至次年答复 / 经批准延长答复期限至2019年1月: an answer put off
# into a later year is a request carried over (a 4-digit year only when after the report's)
_EXTENDED_PAST_YEAR = re.compile(
    r"\s*(?:申请)?(?:因[^，。；]{0,14}?[，,]?\s*)?(?:依法|经批准|按规定|依规)?"
    r"(?:延期|延长(?:答复)?期限|推迟)(?:答复|办理)?(?:至|到)(?:次年|下一?年度?|(?P<year>\d{4})\s*年)")
# 另有1件于12月下旬收到，尚在答复期限内，转入2010年继续办理: the rest, a clause or two of why
# before the carry-over words
_REST_CARRIED_OUT = re.compile(r"(?:(?!\d+\s*[件宗条])[^。；;]){0,24}?"
                               r"(?:(?:结转|转结|顺延|转入)(?:到|至)?(?:下一?年度?|" + _YEAR
                               + r")|(?<![结移])转(?:到|至)?下一?年度?|跨年度?(?:办理|答复|办结))")
# 已办结121件，另有5件…结转至2019年: the rest carried over, so the closed ones are every answer
# (…，1件尚在办理中: the rest still open at the year's end, carried over too)
_REST_CARRIED_AFTER = re.compile(r"\s*[，,；;]\s*(?:另有?|还有|尚有|其余)?\s*\d+\s*[件宗]"
                                 r"[^。；]{0,20}?(?:结转|转结|转入|顺延|跨年|(?:正在|仍在|尚在)(?:办理|答复)|尚未办结"
                                 r"|(?:尚|仍)(?:在|处于)(?:法定|办理|答复)*期限内)")
# 其他14件 closing a list of outcomes: the template's （六）其他处理.
_OTHER_OUTCOME = re.compile(r"其[他它](?:情形|情况|处理|原因)?")
_OUTCOME_BEFORE = re.compile(taxonomy.alternation(
    word for key in ("granted", "partial", "deny.total") for word in taxonomy.outcomes()[key].synonyms))
# 办结7650件，其中同意公开…: requests closed, broken down by outcome, are the answered total
# (without that breakdown, 申请办结数 is an indicator of its own in the 2014 table).
# (办理完毕 / 处理完毕 / 答复完毕 say 办结 in other words)
_CLOSED_WORD = r"(?:办结|办理完毕|处理完毕|答复完毕)"
_CLOSED = re.compile(_IN_THE_YEAR + r"(?:已|共|共计|均已|全部|依法)*"
                     + _CLOSED_WORD + r"(?:申请)?")
_HANDLED_TOTAL = re.compile(r"\s*(?:全年|本年度?|年内)?(?:共|共计|合计|累计)办理(?:了)?"
                            r"(?:(?:政府)?信息公开)?(?:申请)?\s*")
# (在已办结的8件中 / 在已答复的19件中: the outcomes of those closed or answered follow)
_CLOSED_AMONG = re.compile(r"\s*(?:在|对)?" + _IN_THE_YEAR + r"(?:已|共|共计|均已|全部|依法)*(?:"
                           + _CLOSED_WORD + r"|答复)(?:申请)?(?:的)?\s*")
_AMONG_CLOSED_AFTER = re.compile(r"\s*(?:(?:政府)?信息公开)?(?:申请)?(?:中|当中)[，,：:\s]*(?:其中)?(?:有)?"
                                 r"[^，。；\d]{0,4}?(?:予以|同意|准予|部分)?公开")
_CLOSED_ALONE = re.compile(r"\s*(?:截至[^，。；,;]{1,12}?[，,]\s*)?" + _CLOSED.pattern + r"\s*")
_NOTHING_AFTER = re.compile(r"\s*[。；;！!]?\s*")
# (已办结7件：同意公开4件… / 共办结9件：公开8件…: the outcomes listed after a colon)
_BREAKDOWN_OF_OUTCOMES = re.compile(r"\s*(?:[，,]?\s*其中[，,：:]?|[：:])\s*(?:[^，。；]{0,4}|属于已主动)"
                                    r"(?:同意|予以|准予|不予|部分)?公开")
# 15件（含上年结转1件）: received and carried in together, not this year's new requests.
_WITH_CARRIED_IN = re.compile(r"\s*[（(]\s*(?:其中)?(?:含|包括)[^）)]{0,6}结转"
                              # 办理申请6件，其中上年度结转1件、本年度新收5件: carried-in first
                              r"|\s*[，,]\s*其中[：:]?\s*(?:含|包括)?(?:上一?年度?|\d{4}\s*年度?)(?:结转|转结|遗留)")
# 依法办结政府信息公开申请58件 / 共办结148件: in reports since the 2019 template (whose table 三
# has no 办结数 row of its own) the requests closed are the outcome total.
_TEMPLATE_FROM_YEAR = 2019
_CLOSED_REQUESTS = re.compile(r"(?:^|全年|年度?|[我本](?:局|委|办|单位|机关|镇|乡)|全[区县市镇乡])"
                              r"(?:已|共|共计|均已|全部|依法|及时|依规|依法依规|按时)*" + _CLOSED_WORD +
                              r"(?:(?:政府)?信息公开|依申请(?:公开)?(?:政府信息)?)?(?:申请)?(?:共|共计|为)?$")
# 上年度遗留的2件 / 上年结转申请3件 (in), 移交下年度办理3件 / 结转至2026年6件 (out)
# (转结 is a common slip for 结转)
# (结转至本年度办理的申请: brought into this year)
_CARRIED_IN_LABEL = re.compile(r"上一?年度?(?:结转|转结|遗留|未办结|转入)|(?:结转|转结)上一?年度?"
                               r"|(?:结转|转结|转入)(?:到|至)?本年度?")
# (2014年底结转的申请 / 2012年末未办结的申请…转入本年: open at last year's end, said of the
# requests; 2019年末结转申请2件 alone is left to the table's 年末结转 reading)
_CARRIED_FROM_YEAR = re.compile(r"(\d{4})\s*(?:年度?(?:结转|转结|遗留)|年(?:底|末)(?:结转|转结|遗留|未办结)的)"
                                r"(?!到|至)")
# (转下年度继续办理2件: the template row's words, 转 alone before the next year)
# (年末结转0件: open at this year's end; 上年末结转 came in)
_CARRIED_OUT_LABEL = re.compile(r"(?:结转|转结|移交|转入|顺延)(?:到|至)?(?:下一?年|" + _YEAR + ")|顺延"
                                r"|(?<!上)(?<!上一)(?<!去)(?<!\d)(?:年末|年底)(?:结转|转结)(?!自|于|来)"
                                r"|(?<![结移])转(?:到|至)?下一?年度?(?:继续)?(?:办理|处理|答复)?(?:的)?(?:申请)?(?:数)?"
                                r"(?:为|共)?\s*$")
# 涉及自然人72件 / 其中公民申请5件 / 来自企业的3件: one applicant type, named alone
# (the applicant words are taxonomy.yaml's applicant_types)
_APPLICANT_WORDS = taxonomy.alternation(word for entry in taxonomy.entries("applicant_types").values()
                                        for word in entry.synonyms)
_APPLICANT_ITEM = re.compile(r"[\s、，,：:]*(?:其中)?[\s，,：:]*"
                             # (其中群众个人提出四件: the people, one of them)
                             # (公民个人提出19件: 个人 after the kind)
                             # (申请人中自然人58件: the askers counted among all, by kind)
                             r"(?:涉及|来自|由|为|(?:申请人|申请主体)(?:为|是|中|当中|里)[，,：:\s]*)?(?:群众|居民)?(?P<who>"
                             + _APPLICANT_WORDS + r")(?:个人)?(?:的)?(?:申请|提出(?:的)?(?:申请)?)?")
_ASKER_THEN_WAY = re.compile(r"(?:收到|接到|受理|接收)(?:了)?(?P<who>" + _APPLICANT_WORDS
                             + r")(?:个人)?(?:以|通过|采用|采取)")
# (1件为企业申请 / 2件系公民提出 / 3件通过网络提交 / 1件为当面申请: after a count opening its clause)
_KIND_AFTER_COUNT = re.compile(r"\s*(?:为|系|是|由|来自)?(?:(?P<who>" + _APPLICANT_WORDS + r")(?:的)?"
                               # (2件通过信函邮寄 / 1件在乡便民服务大厅现场递交: where, then how)
                               r"|(?:在[^，。；、（()）\d]{1,12}?(?=现场|当面))?"
                               r"(?:通过|以|采取|采用|经)?(?P<how>" + _CHANNEL_WORDS + r")(?:方式|形式|渠道)?)"
                               r"(?:申请|提出|提交|递交|邮寄|寄送)(?:的)?(?:申请)?\s*[)）]?\s*")
# (1件来自外地律师事务所（邮寄信函） / 3件来自本区居民（网上申请）: who, then the way in brackets)
_FROM_WHOM = re.compile(r"\s*(?:均)?来自[^，。；、（()）\d]{1,14}")
_WAY_IN_BRACKETS = re.compile(r"[（(](?:通过|以|采取|经)?(?P<how>" + _CHANNEL_WORDS + r")(?:方式|形式)?"
                              r"(?:申请|提出|提交|递交|寄送|信函|信件)?[)）]")
_RECEIVED_REQUESTS = re.compile(r"(?:收到|受理|接到|接收|收悉|新收)[^。；]{0,24}申请")
_RECEIVED_BEFORE_NOUN = re.compile(r"(?:收到|新收|受理|接到|接收|共有)(?:了|各类)?$")
# 政府信息公开申请数量为8件: the number of requests, no verb
_REQUESTS_NUMBER = re.compile(r"信息公开申请(?:的)?(?:数量|数|总数|件数|总量)(?:为|共|共计|达)?$")
# (接到3条提出公开政府信息的申请 / 2件要求公开政府信息的申请: what is asked, before the noun)
_REQUEST_NOUN_AFTER = re.compile(r"\s*(?:有关|关于)?(?:的)?(?:(?:政府)?信息公开|依申请公开(?:政府信息)?"
                                 r"|(?:提出|要求)(?:申请)?公开(?:政府)?信息)?"
                                 r"(?:的)?申请(?!人)")
# 对于2条政府信息公开申请均予以受理: the count names the requests, the verb after says received
_ABOUT = re.compile(r"对于?")
_NEW_ROW = re.compile(r"(?:^|[^\w]|其中)(?:本|今|当)年度?(?:共)?新收(?:到)?(?:的)?(?:申请)?(?:共|为)?\s*$")
_RECEIVED_AFTER_NOUN = re.compile(r"[^。；]{0,12}?(?:受理|收到|接收)")
_REVIEW_APPLICATION_AFTER = re.compile(r"\s*(?:有关|关于|涉及)?[^，。；]{0,12}?行政复议申请")
# …申请12件，均在法定期限内答复完毕 / ，已全部按时办结 / ，均已依法答复
_ALL_ANSWERED = re.compile(r"\s*(?:申请)?[，,]\s*(?:并|且|目前)?(?:均|全部|都|已全部|均已|已)"
                           r"(?:已|在|按|依法|依规|及时|予以|按时|按期)?"
                           r"[^，。；]{0,12}?(?:答复|办结|办理)(?P<done>完毕|完成)?(?:$|[，。；,;])")
_HANDLED = re.compile(r"(?:办理|处理)(?:了|各类)?(?:(?:政府)?信息公开|依申请公开(?:政府信息)?)?申请(?:共|共计|为)?$")
_ANOTHER_YEAR = re.compile(r"结转|遗留|顺延|下一?年度|上一?年度?")
# “非政府信息、政府信息不存在”的件数为: several outcomes counted together, none of them alone
_QUOTED_LIST = re.compile(r"[“「\"][^”」\"]*[、和及][^”」\"]*[”」\"][^“「\"]*$")
# …部分公开的件数为 / “予以公开”的件数为 (the outcome's name quoted)
# (…（其中2件予以公开，1件不予公开）: the bracket the list opened closes after the last)
_OUTCOME_TAIL = re.compile(r"[”\"」』’]?(?:的|答复|答复数|决定|情形)*(?:件数|数)?(?:共|为|共计|达)?\s*[)）]?\s*$")
_REASON = re.compile(r"[（(](?P<why>[^（()）]*)[)）]\s*$")
_RECEIVED = re.compile(r"收到|新收|受理|接到|接收|共")
_RECEIVED_VERB = re.compile(r"收到|新收|受理|接到|接收|收悉")
_WAY_OF_ASKING = re.compile(r"^.*?(?:申请|受理|提交)(?:的)?(?:方式|渠道)(?:主要)?(?:为|是|有|：|:)")
# (a bare 累计 may be the year's own total: only 历年 or a year since which it runs)
_RUNNING_TOTAL = re.compile(r"(?P<open>[（(])?\s*(?:历年|自?\d{4}\s*年(?:度)?以来)累计(?:共)?(?:受理|收到|接到)?"
                            r"(?:申请)?(?:共)?$")
_AMONG_REQUESTS = re.compile(r"申请(?:的)?(?:中|当中|里)[，,：:\s]*(?:有)?")
# 制发政府信息378条，其中主动公开政府信息125条、依申请公开176条、不予公开77条: information sorted
# by how it may be released (the 2008 scheme), beside its proactive part; not requests or refusals.
# (公开政府信息175条（含依申请公开3条）: the same sorting of a count of information released)
_RELEASE_CLASS = re.compile(r"[、\s（(]*(?:其中|含|包括)?(?:作为)?"
                            r"(?:依申请公开|不予公开)(?:[及和与](?:依申请公开|不予公开))?(?:的)?(?:政府|政务)?(?:信息)?(?:数)?(?:共|为)?")
# 对依申请公开的答复总数3条 / 申请答复总数为5件: the 2008-2018 answers total (申请答复数) is the
# outcome total
_ANSWERS_TOTAL = re.compile(r"[、\s]*(?:对)?(?:依申请公开|政府信息公开申请|申请)?(?:的)?答复总数(?:为|共|共计)?")
_PROACTIVE_PART = re.compile(r"主动公开(?:的)?(?:政府|政务)?(?:信息)?(?:数)?(?:共|为)?\s*\d"
                             r"|公开(?:了)?(?:各类)?(?:的)?(?:政府|政务)?信息(?:共|共计)?\s*\d")


_BARE_FIGURES = re.compile(r"(?:\d+\s+){2,}\d+")


# 另有1件为上年12月受理、本年1月答复 / 另有2件系去年底收到: requests more, come in the year
# before, told after their count
_ONE_MORE = re.compile(r"(?:另|另外|此外|还)(?:有|还有)?\s*$")
_CAME_LAST_YEAR = re.compile(r"\s*(?:申请)?(?:为|系|是|属|属于)(?:上一?年度?|去年)(?:\d{1,2}月(?:份)?|底|末|年底|年末)?"
                             r"(?:[上中下]旬)?(?:收到|受理|接收|提出|提交)(?:的)?(?:申请)?")


def _label_before(text: str, start: int) -> str:
    """Text in front of position `start` back to the previous clause separator; a label ending
    on a colon right before the figure (1.收到申请数：5件) is the clause before that colon,
    without its list number."""
    lo = max(0, start - LABEL_WINDOW)
    seps = list(_CLAUSE_SEP.finditer(text, lo, start))
    if seps and seps[-1].group() in "：:" and not text[seps[-1].end():start].strip():
        colon = seps.pop()
        return _LIST_NUMBER.sub("", text[(seps[-1].end() if seps else lo):colon.start()])
    return text[(seps[-1].end() if seps else lo):start]


def section_heading(text: str) -> str | None:
    """The heading words of a sentence that opens a numbered section (三、收费、复议和诉讼情况 /
    五、存在的主要问题：一是… gives 五、存在的主要问题), or None."""
    heading = _SECTION_HEADING.match(text)
    return heading.group() if heading else None


# (the withdrawal a clause or more after the count, its own clause telling what was asked or
# done; or in the count's own clause: 1件申请人在答复期限内撤回 / 1件因申请人撤回申请终止办理)
_WITHDRAWAL = (r"(?:(?:申请人|当事人)(?:[^，,。；;\d]{0,10}?|已|又|后)?(?:主动|自行)?撤回"
               r"|(?:主动|自行)撤回|撤回(?:了)?(?:其|该|此)?(?:政府信息公开)?申请)")
_WITHDRAWN_AFTER = re.compile(r"[^。；;\d]{0,40}?[，,][^。；;\d]{0,30}?" + _WITHDRAWAL)
_WITHDRAWN_OWN = re.compile(r"[^，,。；;\d]{0,12}?" + _WITHDRAWAL)
_CARRIED_WORDS = re.compile(r"结转|转结|转入|顺延")
_CAME_IN_ON = re.compile(r"于[^，。；,;\d]{0,3}[一二三四五六七八九十\d]{1,3}\s*月[^，。；,;]{0,6}?"
                         r"(?:收到|受理|提交|提出|接到|接收)")
_ORDINALS_BEFORE = re.compile(r"(?:第|[（(])[一二三四五六七八九十]+[)）]?"
                              r"(?:、[（(]?[一二三四五六七八九十]+[)）]?)*、\s*$")


def request_facts(sent: Sentence, prev: str, meta: Metadata, section: str = "") -> list[Fact]:
    """Facts of pass 1 in one sentence; `prev` is the previous sentence (其中，予以公开… continues
    a sentence about requests), `section` the heading of the section it stands in. A list, not
    a generator: most sentences have none, and a generator costs more to set up than the
    checks that find so."""
    facts: list[Fact] = []
    if _ZERO_CHARS.search(sent.text):
        facts += _stated_zeros(sent, meta, prev, section)
    if "收" in sent.text or "处理费" in sent.text:        # what _FEE_AMOUNT needs
        facts += _fees(sent, meta)
    if "免费" in sent.text and not any(f.measure == "fees" for f in facts):
        facts += _free_of_charge(sent, meta)
    paired = _legal_respectively(sent, meta, facts) if "分别" in sent.text else set()
    counts = sent.counts
    if "项" in sent.text and "申请" in sent.text:
        # (仅填报第一、二、（一）、（七）、四项: the fourth of a list of the table's rows, no count)
        counts = sorted((*counts, *(c for c in item_counts(sent.text)
                                    if not _ORDINALS_BEFORE.search(sent.text, 0, c.start()))),
                        key=re.Match.start)
    if "期限内" in sent.text:
        # 尚有一件在办理期限内: a count in Chinese numerals running on into 在 (which the
        # sentence's counts leave out as an idiom's) when the words after keep it open
        counts = sorted((*counts, *(c for c in COUNT.finditer(sent.text) if not c["num"][0].isdigit()
                                    and _STILL_IN_TIME.match(sent.text, c.end()))), key=re.Match.start)
    if "于" in sent.text and _CARRIED_WORDS.search(sent.text):
        # 另有一件于十二月下旬收到，结转至2010年办理: a count in Chinese numerals running on
        # into the date it came in, then carried over
        counts = sorted((*counts, *(c for c in COUNT.finditer(sent.text) if not c["num"][0].isdigit()
                                    and _CAME_IN_ON.match(sent.text, c.end()))), key=re.Match.start)
    if "件" in sent.text and _ANY_OUTCOME.search(sent.text):
        counts = _with_outcome_counts(sent.text, counts)
    for m in counts:
        if m["unit"] not in ("件", "条", "份", "项", "起", "宗") or _together(sent.text, m) \
                or m.start() in paired:
            continue
        value = count_value(m)
        if value is None:
            continue
        label = _label_before(sent.text, m.start())
        # 新收申请21件（其中涉及征地拆迁的申请15件）: a label starts after the count before it
        counted = [c.end() for c in COUNT.finditer(label)] if may_hold_count(label) else []
        if m["unit"] in ("起", "宗"):
            # (其中维持1起、尚未审结1起: the cases counted in 起 before)
            counted += [c.end() for c in _CASE_COUNT.finditer(label)]
            counted.sort()
        label = label[counted[-1]:] if counted else label
        # (…尚未审结 总计0 1 0 0 1本年度…被申请行政复议1件: a table's header and figures glued
        # before the sentence, no words of its label)
        figures = list(_BARE_FIGURES.finditer(label))
        label = label[figures[-1].end():] if figures else label
        if m["unit"] in ("条", "份") and _RELEASE_CLASS.fullmatch(label) and \
                _PROACTIVE_PART.search(sent.text):
            continue
        if m["unit"] == "件" and _ONE_MORE.search(label) and _CAME_LAST_YEAR.match(sent.text, m.end()) \
                and "申请" in sent.text + prev:
            facts.append(make_fact(sent, m, "requests.carried_in", "total", value, "request",
                                   _CAME_LAST_YEAR.match(sent.text, m.end()).group(), "prose.carried_in", meta))
            continue
        if m["unit"] in ("件", "条") and _ANSWERS_TOTAL.fullmatch(label) and "申请" in sent.text + prev:
            facts.append(make_fact(sent, m, "requests.outcome", "total", value, "request", label.strip(),
                                   "prose.outcome_total", meta))
            continue
        # 件/条 count anything here; 份 only requests (申请5份); 起/宗 only cases (复议1起)
        wanted = _UNIT_MEASURES.get(m["unit"])
        # (收到政府信息依申请公开4起，其中3起予以公开: 起 counts requests too, as 宗 does, where
        # the outcomes are counted in 起 as well; 申请3起 alone stays cases)
        if (m["unit"] == "宗" or (m["unit"] == "起" and _OUTCOME_IN_QI.search(sent.text))) \
                and _zong_counts_requests(sent.text, label, prev, section):
            wanted = ("requests.", *_CASE_MEASURES)
        # 其中1-6月受理申请7件 / 上半年收到3件: a count of some months of the year, not the year's
        some_months = part_of_year(label) is not None
        for fact in _count_fact(sent, m, label.strip(), value, prev, meta, section):
            if wanted is None or fact.measure.startswith(wanted):
                if some_months and fact.period == "annual":
                    fact.period = "partial_year"
                facts.append(fact)
    if ("名" in sent.text or "位" in sent.text or "人" in sent.text) and _PERSON_COUNT.search(sent.text):
        facts += _person_counts(sent, prev, meta, section, {f.measure for f in facts})
    if "次" in sent.text and "requests.new" not in {f.measure for f in facts}:
        facts += _times_asked(sent, meta, _on_requests(prev, section) or bool(_OGI.search(prev)))
    if "申请人" in sent.text and facts:
        facts += _asker_of_all(sent, meta, facts)
    if ("0" in sent.text or "零" in sent.text) and ("均" in sent.text or "都" in sent.text):
        facts += _rows_all_zero(sent, meta)
    if "申请人" in sent.text and _RECEIVED_REQUESTS.search(prev + sent.text):
        facts += _askers_among(sent, meta, facts)
    if "第" in sent.text and "requests.outcome" not in {f.measure for f in facts}:
        facts += _requests_one_by_one(sent, prev, meta)
    if not counts and (_THAT_REQUEST.match(sent.text) or _CHECKED_FIRST.match(sent.text)):
        facts += _that_requests_outcome(sent, prev, meta)
    if not counts and "申请" in sent.text:
        facts += _that_request_carried(sent, prev, meta)
    return facts


# 第一件，…，予以公开；第二件，…，已告知向市国土局申请: the requests told one by one
_ORDINAL_REQUEST = re.compile(r"第[一二三四五六七八九十]+件(?:申请)?[，,：:]")


def _requests_one_by_one(sent: Sentence, prev: str, meta: Metadata) -> list[Fact]:
    """The outcome of each request told in an item of its own (第一件…；第二件…): one request
    each, the last clause of the item naming an outcome tells it (none named: no fact)."""
    items = list(_ORDINAL_REQUEST.finditer(sent.text))
    if len(items) < 2 or not (_RECEIVED_REQUESTS.search(prev) or _OGI.search(sent.text)):
        return []
    found: dict[str, int] = {}
    for item, after in zip(items, [*items[1:], None]):
        text = _WITHIN_DAYS.sub("", sent.text[item.end():after.start() if after else len(sent.text)])
        if may_hold_count(text):
            return []
        clauses = [c.strip() for c in _CLAUSE_SEP.split(text) if c.strip()]
        outcome = next((o for c in reversed(clauses) if (o := _outcome_in(c))), None)
        if outcome:
            key = _dated_key(outcome[0], meta)
            found[key] = found.get(key, 0) + 1
    first = items[0].start()
    return [make_fact(sent, None, "requests.outcome", key, float(n), "request", sent.text[first:].strip(),
                      "prose.outcome_one_by_one", meta, span=(first, items[-1].end()))
            for key, n in found.items()]


# 申请人中公民51人次、企业2家: the applicants of the requests received, counted by who they are
# (people in 人次/名, bodies in 家/个), item after item right after 申请人中
_ASKERS_AMONG = re.compile(r"申请人(?:中|当中|里)[，,：:\s]*")
_ASKER_COUNTED = re.compile(r"[\s、，,]*(?:其中)?(?:有)?(?P<who>" + _APPLICANT_WORDS + r")(?:申请人)?(?:有|为)?\s*"
                            rf"(?<![\d{CN_DIGITS}{CN_UNITS}])(?P<before>约)?{NUMBER.pattern}(?P<after>余|多)?\s*"
                            r"(?P<unit>人次|人|名|位|家|个)(?![\u4e00-\u9fff])")


def _askers_among(sent: Sentence, meta: Metadata, facts: list[Fact]) -> list[Fact]:
    found = {(f.measure, f.key) for f in facts}
    out = []
    for among in _ASKERS_AMONG.finditer(sent.text):
        pos = among.end()
        while m := _ASKER_COUNTED.match(sent.text, pos):
            pos = m.end()
            key = taxonomy.lookup("applicant_types", m["who"])
            value = count_value(m)
            if key and value is not None and ("requests.new", key) not in found:
                out.append(make_fact(sent, m, "requests.new", key, value, "request", m.group().strip("、，, "),
                                     "prose.request_applicant", meta))
    return out


# …4件，其中网上申请3件、信函申请1件；申请人均为自然人: the applicants of all the requests
# counted, named after the list of their channels
_ALL_ASKERS_LATER = re.compile(r"[，,；;]\s*(?:申请人|申请主体|提出人)(?:均|全部|都)(?:为|是|系)"
                               r"(?P<who>" + _APPLICANT_WORDS + r")(?:申请)?(?=$|[，。；,;：:])")


def _asker_of_all(sent: Sentence, meta: Metadata, facts: list[Fact]) -> list[Fact]:
    """The one total of new requests in the sentence, its applicants all of one kind said in
    a clause of their own later on (none named so far)."""
    totals = [f for f in facts if f.measure == "requests.new" and f.key == "total"]
    if len(totals) != 1 or any(f.measure == "requests.new" and f.key != "total" for f in facts):
        return []
    asker = _ALL_ASKERS_LATER.search(sent.text)
    key = taxonomy.lookup("applicant_types", asker["who"]) if asker else None
    if not key:
        return []
    total = totals[0]
    count = next((c for c in COUNT.finditer(sent.text, 0, asker.start())
                  if sent.doc_offset(c.start("num")) == total.char_start), None)
    if count is None:
        return []
    return [make_fact(sent, count, "requests.new", key, total.value, "request", asker.group().strip("，,；; "),
                      "prose.request_applicant_implied", meta)]


# 另一件所申请内容不属于本机关掌握 / 其余两件因涉及个人隐私不予公开: a count in Chinese numerals
# opening its clause, its outcome after it (其余四件均同意公开: the words after such a count,
# 均…, are more than the sentence's counts let run on; prose_text takes 所/因/同意 itself)
_OPENS_CLAUSE = re.compile(r"(?:^|[，,；;：:。])\s*(?:对|对于)?(?:其中|另有?|还有|尚有|其余|剩余|余下)?\s*$")


def _with_outcome_counts(text: str, counts) -> list[re.Match]:
    known = {c.start() for c in counts}
    more = [c for c in COUNT.finditer(text) if c["unit"] == "件" and c.start() not in known
            and not c["num"][0].isdigit() and _OPENS_CLAUSE.search(text, max(0, c.start() - 6), c.start())
            and (_outcome_in(_clause_after(text, c)) or _asked_then_outcome(text, c))]
    return sorted((*counts, *more), key=re.Match.start) if more else list(counts)


# 一件要求公开某年预算，已予以公开: what was asked for in the count's clause, the outcome in
# the next one
_ASKED_FOR = re.compile(r"\s*(?:申请人)?(?:要求|申请)(?:公开|提供|获取|查阅|查询)|\s*(?:涉及|关于)")


def _asked_then_outcome(text: str, c: re.Match) -> bool:
    after = _clause_after(text, c)
    then = _COMMA_CLAUSE.match(text, c.end() + len(after)) if _ASKED_FOR.match(after) else None
    return bool(then) and not may_hold_count(then["clause"]) and bool(_outcome_in(then["clause"].strip()))


# 收到申请1件。该申请人…逾期未补正，属于其他处理。: the one request of the sentence before,
# its outcome's row named in a sentence of its own
_THAT_REQUEST = re.compile(r"\s*(?:该|此|这一?)(?:件|项)?(?:申请人|申请)")
# 经查，该补偿由乡政府发放，…，属于告知通过其他途径办理。: the one request looked into
_CHECKED_FIRST = re.compile(r"\s*经(?:查|核实|审查|核查)[，,]")
_ONE_RECEIVED = re.compile(r"(?:收到|受理|接到|新收)[^。；，,]{0,16}?申请(?:共|数)?(?:为)?\s*(?:1|一)\s*件")
_ROW_NAMED = re.compile(r"\s*(?:故|因此|最终|依法|已)?(?:属于|系|按|作)[“\"]?"
                        # (属于告知通过其他途径办理: the row of the tables before 2019)
                        r"(?:其他处理|已主动公开(?:的)?(?:信息)?(?:范围)?|不予处理|无法提供|不予公开|予以公开|部分公开"
                        r"|告知(?:通过)?其他途径办理)[”\"]?(?:的?情形)?\s*[。；;]?\s*")


def _that_requests_outcome(sent: Sentence, prev: str, meta: Metadata) -> list[Fact]:
    if not _ONE_RECEIVED.search(prev) or _ANOTHER_YEAR.search(_NO_CARRY_ANY.sub("", prev)) \
            or may_hold_count(sent.text):
        return []
    clauses = _CLAUSE_SEP.split(sent.text.rstrip("。； \n"))
    last = clauses[-1]
    if len(clauses) < 2 or not _ROW_NAMED.fullmatch(last):
        return []
    found = _outcome_in(last.strip())
    if not found:
        return []
    key = _sub_row(found[0], _HOW_DECIDED.sub("", sent.text[:len(sent.text) - len(last)]), meta) or found[0]
    start = sent.text.rindex(last.strip())
    return [make_fact(sent, None, "requests.outcome", _dated_key(key, meta), 1.0, "request", last.strip(),
                      "prose.outcome_implied", meta, span=(start, start + len(last.strip())))]


# 我镇收到1件政府信息公开申请…。因临近年底，该申请结转至2019年继续办理。: the one request of
# the sentence before, carried over
_THAT_CARRIED = re.compile(r"(?:^|[，,])\s*(?:该|此|这一?)(?:件|项)?(?:政府信息公开)?申请(?!人)"
                           r"(?:因[^，。；]{0,12}?[，,]?\s*)?(?:已|已经|依法)?"
                           r"(?P<out>(?:结转|转结|顺延|转入)(?:到|至)?(?:下一?年度?|" + _YEAR + r")"
                           r"|(?<![结移])转(?:到|至)?下一?年度?)")
_ONE_RECEIVED_FIRST = re.compile(r"(?:收到|受理|接到|新收)(?:了)?\s*(?:1|一)\s*件[^。；，,]{0,12}?申请")


def _that_request_carried(sent: Sentence, prev: str, meta: Metadata) -> list[Fact]:
    m = _THAT_CARRIED.search(sent.text)
    if not m or not (_ONE_RECEIVED.search(prev) or _ONE_RECEIVED_FIRST.search(prev)) \
            or _ANOTHER_YEAR.search(_NO_CARRY_ANY.sub("", prev)):
        return []
    return [make_fact(sent, None, "requests.carried_out", "total", 1.0, "request", m["out"],
                      "prose.carried_out", meta, span=(m.start("out"), m.end("out")))]


# 有二名村民当面申请公开… / 1名申请人对答复不服申请行政复议: requests or cases counted by the
# people who brought them, one each (工作人员2名 is staff: the person must be one who asks)
_PERSON_COUNT = re.compile(rf"(?<![\d{CN_DIGITS}{CN_UNITS}])(?P<before>约)?{NUMBER.pattern}(?P<after>余|多)?\s*"
                           # (1名企业负责人 / 2位律师: one speaking for a firm, counted as a person)
                           r"(?:[名位](?:申请人|群众|村民|居民|公民|市民|牧民|农民|当事人"
                           r"|(?:企业|公司|单位)?(?:负责人|法定代表人)|律师)|人(?=[对向到来通以当在书])"
                           # (12人次提出政府信息公开申请 / 3人提出申请: the asking must follow at once)
                           r"|(?P<close>人次|人(?=提出|提交|递交|申请)))")
_PERSON_ASKED = re.compile(r"(?P<how>[^。；：]{0,24}?)(?<!依)申请公开(?:了)?")
# (…提出政府信息公开申请 / 提出申请 under a heading on requests)
_PERSON_FILED = re.compile(r"(?P<how>[^。；：，,]{0,12}?)(?:提出|提交|递交)(?:了)?"
                           r"(?P<what>(?:政府)?信息公开|依申请公开)?(?:的)?申请(?!人|行政|复议|诉讼)")
# 接到群众申请公开政府信息的请求6次 / 受理政府信息公开申请12人次: requests counted in times
_TIMES_ASKED = re.compile(r"(?:收到|接到|受理|接收)(?P<how>[^。；：，,]{0,12}?)"
                          r"(?:申请公开(?:政府)?信息|(?:政府)?信息公开申请|依申请公开(?:政府信息)?|(?P<bare>申请))"
                          r"(?:的)?(?:请求|申请)?(?:共|共计|为)?\s*"
                          rf"(?<![\d{CN_DIGITS}{CN_UNITS}])(?P<before>约)?{NUMBER.pattern}(?P<after>余|多)?\s*人?次")
_PERSON_APPEALED = re.compile(r"[^。；：]{0,30}?(?:(?P<review>(?:申请|提起|提出)(?:了)?(?:行政)?复议)"
                              r"|(?:向[^。；，,]{0,12}法院)?(?:提起|提出)?(?:了)?(?:行政)?(?P<suit>诉讼|起诉))")


def _person_counts(sent: Sentence, prev: str, meta: Metadata, section: str, found: set[str]) -> Iterator[Fact]:
    """Requests or cases counted by people. Several such counts in a sentence (2名群众网上申请，
    1名群众当面申请) are parts: their channels, but no total and no outcome said for them all."""
    text = sent.text
    asks, appeals = [], []
    for m in _PERSON_COUNT.finditer(text):
        asked = _PERSON_ASKED.match(text, m.end())
        filed = _PERSON_FILED.match(text, m.end())
        if filed and not asked and (filed["what"] or _OGI.search(text + prev) or _REQUEST_TALK.search(section)):
            asked = filed
        if asked and m["close"] and re.search(r"[，,、]", asked["how"]):
            asked = None        # (接待咨询60人次，其中申请公开…: the people were no askers)
        appealed = _PERSON_APPEALED.match(text, m.end())
        if asked and not _NOT_A_REQUEST.search(asked["how"]):
            asks.append((m, asked))
        elif appealed and (_OGI.search(text + prev) or "答复" in text or _LEGAL_SECTION.search(section)):
            appeals.append((m, "review" if appealed["review"] else "litigation", appealed.group()))
    for m, asked in asks:
        value = count_value(m)
        if value is None:
            continue
        # (其中2名群众… after the requests received: a part of them, its channel only)
        part = len(asks) > 1 or "requests.new" in found or bool(_RECEIVED_REQUESTS.search(prev)) \
            or bool(re.search(r"其中|另有?|还有", text[max(0, m.start() - 4):m.start()]))
        channel = next((c for w in re.findall(_CHANNEL_WORDS, asked["how"])
                        if (c := taxonomy.request_channel_id(w))), None)
        if channel:
            yield make_fact(sent, m, "requests.channel", channel, value, "request", asked.group(),
                            "prose.request_channel_implied", meta)
        if not part:
            yield make_fact(sent, m, "requests.new", "total", value, "request", asked.group(),
                            "prose.requests_by_person", meta)
            # …，我乡均予以公开: the outcome of every one of them
            yield from _implied_request_parts(sent, m, _clause_end(text, asked.end()), value, meta)
    measures = [measure for _, measure, _ in appeals]
    for m, measure, words in appeals:
        value = count_value(m)
        if value is not None and measure not in found and measures.count(measure) == 1:
            yield make_fact(sent, m, measure, "total", value, "case", words, f"prose.{measure}_by_person", meta)
            end = _clause_end(text, m.end() + len(words))
            if measure == "review":
                # …申请行政复议，区政府维持了街道的答复: the result of that one's reconsideration
                yield from _implied_case_part(sent, m, value, measure, meta, end=end)
            elif kind := _SUIT_KIND_NAMED.search(words):
                # 1名申请人…直接向县法院提起行政诉讼，至年底尚未审结: the kind of suit, its result
                suit = "litigation.direct" if kind["direct"] else "litigation.after_review"
                yield make_fact(sent, m, suit, "total", value, "case", kind.group(), "prose.litigation_kind", meta)
                yield from _implied_case_part(sent, m, value, suit, meta, end=end)


# (受理低保申请300人次: a bare 申请 of something named is another caseload)
_BARE_ASKERS = re.compile(r"(?:了)?(?:各类)?(?:群众|公民|申请人|企业)?(?:的)?")


def _times_asked(sent: Sentence, meta: Metadata, on_requests: bool) -> Iterator[Fact]:
    """接到…申请公开政府信息的请求6次: the year's requests, counted in times (咨询 and 来访
    counts say no 申请; a bare 申请 only under a heading on requests, or after them)."""
    found = [m for m in _TIMES_ASKED.finditer(sent.text) if not _NOT_A_REQUEST.search(m["how"])
             and (not m["bare"] or (on_requests and _BARE_ASKERS.fullmatch(m["how"])))]
    if len(found) != 1:
        return
    m = found[0]
    value = count_value(m)
    if value is not None:
        yield make_fact(sent, m, "requests.new", "total", value, "request", m.group(),
                        "prose.requests", meta)
        yield from _implied_request_parts(sent, m, m.end(), value, meta)


def _clause_end(text: str, pos: int) -> int:
    end = _CLAUSE_SEP.search(text, pos)
    return end.start() if end else len(text)


_CASE_COUNT = re.compile(r"\d\s*[起宗]")
# 其中3起予以公开 / 同意公开2起: an outcome of requests counted in 起
_OUTCOME_IN_QI = re.compile(r"\d\s*起[^，。；\d]{0,4}?(?:予以公开|同意公开|部分公开|不予公开|无法提供|不予处理)"
                            r"|(?:予以公开|同意公开|部分公开|不予公开|无法提供|不予处理)\s*\d+\s*起")
_STILL_IN_TIME = re.compile(r"(?:尚|仍)?(?:在|处于)(?:法定|办理|答复)*期限内")
_CHARS_AFTER_A_CASE_COUNT = set("，,；;。、：:)）")


_LEGAL_RESPECTIVELY = re.compile(
    r"(?P<names>[^，。；：]{0,30}?(?:复议|诉讼)[^，。；：]{0,30}?)[，,]?分别(?:为|是|有)?"
    r"(?P<counts>[^，。；]{0,40})")


def _counts_disclosure_cases(text: str, m: re.Match, prev: str) -> bool:
    """行政复议3宗，…，1宗尚在审理中: a count in 宗 or 起 after disclosure's reconsiderations or suits
    in its sentence counts those cases."""
    return bool(re.search(r"复议|诉讼", text[:m.start()])) and bool(_OGI.search(text + prev))


def _zong_counts_requests(text: str, label: str, prev: str, section: str) -> bool:
    """Whether a count in 宗 may count requests: the sentence (or the one before, or its
    section's heading) is about disclosure requests, and neither the count's label nor, unless
    the sentence itself names disclosure requests (受理政府信息公开申请8宗，主要涉及征地补偿),
    the sentence names land, deals or crimes."""
    if not _REQUEST_TALK.search(text + prev + section) or _NOT_REQUEST_CASES.search(label):
        return False
    return not _NOT_REQUEST_CASES.search(text) or bool(_REQUEST_TALK.search(text))


def _legal_respectively(sent: Sentence, meta: Metadata, facts: list[Fact]) -> set[int]:
    """行政复议、行政诉讼分别为2件、1件: the measures named, then their counts in the same order.
    Adds the facts to `facts`; returns the sentence positions of the counts read."""
    read: set[int] = set()
    for rm in _LEGAL_RESPECTIVELY.finditer(sent.text):
        # one measure a listed name (提起行政诉讼 holds 诉讼 and 起诉, one measure)
        names = [measure for part in re.split(r"[、和及与]", rm["names"])
                 if (measure := next((m for word, m in _LEGAL if word in part), None))]
        counts = [m for m in sent.counts if rm.start("counts") <= m.start() < rm.end("counts")]
        if len(names) < 2 or len(names) != len(counts) or not _OGI.search(sent.text):
            continue
        for measure, m in zip(names, counts):
            value = count_value(m)
            if value is not None:
                facts.append(make_fact(sent, m, measure, "total", value, "case", rm["names"],
                                       f"prose.{measure}", meta))
            read.add(m.start())
    return read


def _together(text: str, m: re.Match) -> bool:
    """一起 the adverb (配合复议机关一起做好…), not one case: a count of cases in 起 ends its
    clause (行政复议一起，…), the adverb runs on into a verb."""
    if not (m["num"] == "一" and m["unit"] == "起" and not m["mult"]
            and not m["before"] and not m["after"]):
        return False
    return m.end() < len(text) and text[m.end()] not in _CHARS_AFTER_A_CASE_COUNT


# 收到举报投诉1件 (nothing but the verb and the noun): the complaints of the section on
# disclosure cases; 受理群众投诉举报1200件 is another caseload
_PLAIN_COMPLAINTS = re.compile(r"(?:全年|本年度?|年内)?(?:共)?(?:收到|受理|接到|发生|接收)?(?:了)?(?:有关|涉及|关于)?"
                               r"(?:政府信息公开|信息公开)?(?:工作)?(?:的)?(?:举报投诉|投诉举报|举报|投诉|申诉)"
                               r"(?:案件)?(?:共|为)?")
_COURT = re.compile(r"法院|判决|裁定|一审|二审")
# Words that put a sentence (or the one before) about requests: an outcome list may open with
# 办理结果中 after a sentence of totals that never says 申请.
_ASKS = re.compile(r"办结|办理结果|办理完毕")
_OTHER_CASELOAD = re.compile(r"信访|建议|提案|政务服务|办件|审批|热线|12345|诉求|事项|咨询")
# 受理12315投诉举报2845件 / 消费投诉: a hotline's or consumers' complaints, no disclosure complaint
_OTHER_COMPLAINTS = re.compile(r"123\d\d|消费|质量|价格|维权")
# 投诉举报58件（非信息公开事项）: said to be no disclosure matter, whatever else names 信息公开
_NOT_OGI = re.compile(r"(?:非|不属于|不是|不涉及)(?:政府)?信息公开")
# 有1起行政诉讼: a verb, the count, then the case (收到1件行政复议申请 is _REVIEW_APPLICATION_AFTER)
_CASE_VERB = re.compile(r"(?:" + _OWN_BODY + r"|我(?:局|委|办|镇|乡|单位))?(?:全年|本年度?|年内)?(?:共|另|还)?"
                        r"(?:有|发生(?:了)?|被提起(?:了)?|产生(?:了)?)")
_CASE_NOUN_AFTER = re.compile(r"\s*(?:因?(?:政府)?信息公开(?:申请)?(?:引起|引发|而提起)?的)?"
                              r"(?:行政)?(?P<what>复议|诉讼)(?:案件?)?(?!申请|机关|[\u4e00-\u9fff]{0,2}\d)")
# 有1起复议后起诉的行政诉讼案件 / 发生2件直接起诉的行政诉讼: the kind of suit named after its
# count (a suit, no reconsideration, though it says 复议)
_SUIT_KIND_AFTER = re.compile(r"\s*(?:因?(?:政府)?信息公开(?:申请)?(?:引起|引发)?的)?"
                              r"(?:(?P<direct>(?:未经(?:行政)?复议)?直接)|(?:经过?)?(?:行政)?复议后)"
                              r"(?:向[^，。；、\d]{0,12}?法院)?(?:提起|提出)?(?:了)?(?:行政)?(?:起诉|诉讼)"
                              r"(?:的)?(?:(?:政府)?信息公开)?(?:行政诉讼)?(?:案件?)?")
_AMONG_CASES = re.compile(r"(?:复议|诉讼|起诉)(?:案件)?(?:中|当中)(?:有)?$")
# The count opens its clause: what follows it names its outcome (其中1件予以公开).
# (…3件（其中2件通过信函邮寄、…）: the list opens a bracket)
# (6件中5件予以公开 / 上述申请中4件…: the part of the requests counted before)
_COUNT_FIRST = re.compile(r"(?:[（(]\s*其中[，,：:]?)?(?:(?:上述|以上)?(?:申请)?(?:中|当中)[，,]?\s*)?"
                          r"(?:对|对于)?(?:其中|另有?|还有|尚有|有|其余|剩余|余下)?")
# 6件中5件予以公开: the outcome after 中 is the part's, not the whole's
_PART_COUNTED_AFTER = re.compile(r"\s*(?:申请)?(?:中|当中)[，,]?\s*(?:有)?\d")
# (答复情况：2件全部公开: the heading of the outcomes and a colon before, then the count)
_OUTCOMES_HEADING = re.compile(r"(?:答复|办理|处理)(?:情况|结果)")
# 办结3件，尚有1件在法定期限内办理: the rest still open at the year's end are carried over
_REST_WORD = re.compile(r"尚有|还有|另有?|其余")
_STILL_OPEN = re.compile(r"(?:目前|现|截至年底|(?:至|到)(?:年底|年末))?(?:申请)?"
                         r"(?:正在|仍在|尚在|在法定(?:答复)?期限内)(?:继续)?"
                         r"(?:办理|答复|处理)(?:中|过程中)?"
                         r"|(?:申请)?(?:尚未|未)(?:办结|答复)"
                         # (尚在法定答复期限内 / 仍处于办理期限内: open at the year's end)
                         r"|(?:目前|现|截至年底|(?:至|到)(?:年底|年末))?(?:尚|仍)(?:在|处于)(?:法定|办理|答复)*期限内")
# (至年底尚在答复期限内: open at the year's end, said outright)
_AT_YEARS_END = re.compile(r"(?:截至|至|到)(?:年底|年末)")
# (另1件于12月28日受理，尚在法定答复期限内: when it came in, then still open)
_CAME_IN_LATE = re.compile(r"(?:于|为|系|因|是)?(?:\d{1,2}月(?:\d{1,2}日|下旬|底|末)?|年底|年末)"
                           r"[^，,。；;\d]{0,4}?(?:受理|收到|提交|提出|接收)(?:的)?")
_CLAUSE_OR_ITEM_END = re.compile(r"[，,；;：:。、（(]")
_COMMA_CLAUSE = re.compile(r"\s*[，,]\s*(?P<clause>[^，,。；;：:]+)")
# …、告知获取方式 / ，已告知申请人向有关机关咨询: what the applicant was told after the outcome
_TOLD_TAIL = re.compile(r"(?:的)?\s*[，,、]?\s*(?:并|已|均|依法)*(?:书面)?告知(?P<what>[^，,。；;]{0,20}?)(?:的)?\s*")
# 本机关不再处理 alone: the reason is the clause before it
_NO_LONGER_ONLY = re.compile(r"\s*" + _NO_LONGER + r"(?:的)?")
_TOLD_ONLY = re.compile(r"(?:并|已|均|依法)*(?:书面)?告知[^，,。；;]{0,20}")
# 直接起诉5件 / 未经复议直接起诉 / 复议后起诉3件 / 经复议后提起诉讼: the suits of table 四
# (未经复议直接起诉的行政诉讼2件: the kind named before the word suit)
_SUIT_KINDS = (
    # (直接向人民法院提起行政诉讼: the court named between)
    (re.compile(r"(?:未经(?:行政)?复议)?直接(?:向[^，。；、\d]{0,12}?法院)?(?:提起)?(?:行政)?(?:起诉|诉讼)(?:的)?(?:(?:政府)?信息公开)?(?:行政诉讼)?(?:案件)?"
                r"(?:数)?(?:为|共)?$"),
     "litigation.direct"),
    (re.compile(r"(?<!未)(?:经)?(?:行政)?复议后(?:向[^，。；、\d]{0,12}?法院)?(?:提起)?(?:行政)?(?:起诉|诉讼)(?:的)?(?:行政诉讼)?(?:案件)?(?:数)?(?:为|共)?$"),
     "litigation.after_review"),
    # 申请人不服复议决定提起行政诉讼 / 对复议结果不服向法院起诉: a suit against the review's decision
    (re.compile(r"(?:不服(?:行政)?复议(?:决定|结果)?|对(?:行政)?复议(?:决定|结果)?不服)(?:后|而)?"
                r"(?:向[^，。；、]{0,12}?法院)?(?:提起|提出)?(?:了)?(?:行政)?(?:起诉|诉讼)(?:的)?(?:案件)?(?:数)?(?:为|共)?$"),
     "litigation.after_review"),
)


# (被直接提起行政诉讼1件 / 发生未经复议直接起诉的行政诉讼2件: the kind's count the only one said,
# not an item after a total: 其中直接起诉1件)
_ONLY_SUITS_OF_A_KIND = re.compile(r"(?!.*(?:其中|另|还|复议后))[^，。；、]*直接[^，。；、]*")
_SUIT_COUNTED_BEFORE = re.compile(r"(?:诉讼|起诉)[^，。；]{0,8}?\d\s*[件起宗]")

# 行政诉讼方面，被提起1件 / 行政复议情况：收到2件: the kind of case named as the topic before
_CASES_TOPIC_BEFORE = re.compile(r"(?P<what>(?:行政)?(?:复议|诉讼))(?:案件)?(?:方面|情况)[，,：:]\s*$")
_BARE_CASE_VERB = re.compile(r"\s*(?:全年|本年度?|年内)?(?:共|共计)?(?:被|已)?"
                             r"(?:提起|申请|发生|收到|受理|涉及)?(?:了)?\s*")
_SAID_OF_ALL = re.compile(r"\s*(?:均|全部|都)(?:是|为|系|由)?")


# 收到群众留言143条，答复143条 / 受理咨询60人次，均已答复: the answers to messages, letters or
# questions the sentence counts, no requests (unless it names requests too)
_MESSAGES = re.compile(r"留言|来信|信件|来电|咨询|诉求|信箱|热线")


# the template rows of table 三 one figure may be said of together (…均为0件)
_ROWS_TOGETHER = (
    (re.compile(r"新收|新增|(?:本|今|当)年度?(?:收到|受理)"), "requests.new"),
    (_CARRIED_IN_LABEL, "requests.carried_in"),
    (re.compile(r"办理结果|办结|答复(?:数|情况)?$"), "requests.outcome"),
    (re.compile(_CARRIED_OUT_LABEL.pattern.replace(r"(?:为|共)?\s*$", "")), "requests.carried_out"),
)
_ROW_JOIN = re.compile(r"[、和及与]|以及")


def _rows_named_together(label: str) -> list[str] | None:
    """The measures of two or more template rows joined by 、/和 in `label`, each part one row;
    else None."""
    label = _BOTH.sub("", label)
    parts = [p for p in _ROW_JOIN.split(label) if p.strip()]
    rows = []
    for part in parts:
        found = [measure for pattern, measure in _ROWS_TOGETHER if pattern.search(part)]
        if len(found) != 1:
            return None
        rows.append(found[0])
    return list(dict.fromkeys(rows)) if len(rows) >= 2 else None


def _suit_kinds_together(label: str) -> list[str] | None:
    """The kinds of suit named together by 和/、 before 均为 in `label`, each part one kind; else None."""
    parts = [p for p in _ROW_JOIN.split(_BOTH.sub("", label)) if p.strip()]
    kinds = [next((kind for pattern, kind in _SUIT_KINDS if pattern.search(part)), None) for part in parts]
    if len(kinds) < 2 or None in kinds or len(set(kinds)) != len(kinds):
        return None
    return kinds


def _messages_answered(before: str) -> bool:
    return bool(_MESSAGES.search(before)) and "申请" not in before


def _count_fact(sent: Sentence, m: re.Match, label: str, value: float, prev: str,
                meta: Metadata, section: str = "") -> Iterator[Fact]:
    def fact(measure: str, key: str, unit: str, rule: str) -> Fact:
        return make_fact(sent, m, measure, key, value, unit, label or after, rule, meta)

    if _SAID_OF_ALL.match(label) and re.search(r"[：:]\s*$", sent.text[:m.start()]):
        # 2件，均为当面提出：1件予以公开: the clause before the colon speaks of every request
        # counted before it, so it is no label; the count opens its own clause
        label = ""
    context = sent.text + prev
    asked = "申请" in context or "答复" in context
    # (办理结果中，予以公开87件 after 已办结217件，结转下年度5件: 办结 speaks of requests too,
    # unless of a service hall's or a hotline's caseload)
    # (三、依申请公开情况 … 2.同意公开的21件；: a numbered item under the requests' heading)
    asks = asked or (bool(_ASKS.search(context)) and not _OTHER_CASELOAD.search(context)) \
        or _lists_outcome_rows(sent.text) \
        or ("申请" in section and bool(re.match(r"\s*(?:\d{1,2}\s*[.、．]|[（(]\d{1,2}[)）])", sent.text)))
    # 其中1件维持、1件撤销重新答复 / 另1件所申请信息不属于本机关掌握范围: the count opens its
    # clause and the words after it name what became of it
    # (…1件维持、1件撤销: the label after the count before is that item's words and a 、)
    opens = _COUNT_FIRST.fullmatch(label) or label.endswith("、") or (
        _OUTCOMES_HEADING.fullmatch(label) and re.search(r"[：:]\s*$", sent.text[:m.start()]))
    label0 = label
    suit = _SUIT_KIND_AFTER.match(sent.text, m.end()) if _CASE_VERB.fullmatch(label) else None
    if suit and (_OGI.search(sent.text + prev) or _LEGAL_SECTION.search(section)):
        measure = "litigation.direct" if suit["direct"] else "litigation.after_review"
        yield make_fact(sent, m, measure, "total", value, "case", suit.group().strip(),
                        "prose.litigation_kind", meta)
        yield from _implied_case_part(sent, m, value, measure, meta, end=suit.end())
        return
    noun = _CASE_NOUN_AFTER.match(sent.text, m.end()) if _CASE_VERB.fullmatch(label) else None
    if noun and (_OGI.search(sent.text + prev) or _LEGAL_SECTION.search(section)):
        # 有1起行政诉讼 / 发生2件政府信息公开行政复议: the kind of case named after its count
        measure = "review" if noun["what"] == "复议" else "litigation"
        yield make_fact(sent, m, measure, "total", value, "case", noun.group().strip(),
                        f"prose.{measure}", meta)
        return
    after = _clause_after(sent.text, m) if opens and (m["unit"] in ("件", "份") or (
        (m["unit"] == "宗" or (m["unit"] == "起" and _OUTCOME_IN_QI.search(sent.text)))
        and (_zong_counts_requests(sent.text, label, prev, section) or _counts_disclosure_cases(sent.text, m, prev))
    )) else ""
    if after and _PART_COUNTED_AFTER.match(after):
        return
    if after:
        label = ""
    own = _WITHDRAWN_OWN.match(after) if after and asks else None
    withdrawn = own or (_WITHDRAWN_AFTER.match(sent.text, m.end()) if after and asks else None)
    # (1件为信息不存在，申请人主动撤回申请2件: the clause names its own outcome, and the
    # withdrawal is another count's label)
    if withdrawn and not re.search(r"复议|诉讼", withdrawn.group()) \
            and (own or not _ANY_OUTCOME.search(withdrawn.group())) \
            and (own or not re.match(r"[^，。；,;]{0,8}?\d", sent.text[withdrawn.end():])):
        # 其中1件为咨询…，经告知途径后，申请人撤回了申请: the count opens its clause, the
        # withdrawal a clause or two on (past reconsiderations counted, the case's: below)
        case = max(sent.text.rfind("复议", 0, m.start()), sent.text.rfind("诉讼", 0, m.start()))
        if case < 0 or _RECEIVED_REQUESTS.search(sent.text, case, m.start()):
            key = "other.other" if (meta.report_year or 0) >= _E3_FROM_YEAR else "other"
            yield fact("requests.outcome", key, "request", "prose.outcome")
            return
    if _answered_count_first(sent.text, m) and (_OGI.search(sent.text + prev) or _REQUEST_TALK.search(section)):
        # 19件申请均已答复 / 上述12件申请已全部办结: the count of requests answered
        yield make_fact(sent, m, "requests.outcome", "total", value, "request",
                        _ANSWERED_AFTER_NOUN.match(sent.text, m.end()).group().strip(),
                        "prose.outcome_total", meta)
        return
    # (因不属于本机关掌握范围告知申请人向有关机关咨询: an outcome, whatever the 咨询)
    if (_REVIEW_WORDS.search(label) and not ("告知" in label and asks and _outcome_in(label))) \
            or (after and _REVIEW_WORDS.search(after) and not _closes_unanswered(after)) \
            or _other_case_result(label, sent.text[:m.start()]):
        part = _case_part(label or after, sent.text[:m.start()])
        if part:
            yield fact(*part, "case", f"prose.{part[0].split('.')[0]}_part")
        return
    # 复议2件，1件维持，1件申请人撤回: a reconsideration withdrawn is its 其他结果 (a request
    # withdrawn, with no reconsideration before it, stays a request's outcome below)
    # (…复议…；收到申请3件，1件申请人撤回: past the requests counted, it is a request's)
    if "撤回" in (label or after) and not _RECEIVED_REQUESTS.search(
            sent.text[sent.text.rfind("复议", 0, m.start()):m.start()]):
        part = _case_part(label or after, sent.text[:m.start()])
        if part and part[0] == "review":
            yield fact(*part, "case", "prose.review_part")
            return
    still_open = bool(after) and _STILL_OPEN.fullmatch(after.strip())
    if after and not still_open and _CAME_IN_LATE.fullmatch(after.strip()):
        then = _COMMA_CLAUSE.match(sent.text, m.end() + len(after))
        still_open = bool(then) and _STILL_OPEN.fullmatch(then["clause"].strip())
    if after and asks and (not label0.strip() or _REST_WORD.fullmatch(label0)) and still_open \
            and (re.search(_CLOSED_WORD, sent.text[:m.start()]) or _AT_YEARS_END.match(after.strip())):
        yield fact("requests.carried_out", "total", "request", "prose.carried_out")
        return
    who_first = _KIND_AFTER_COUNT.fullmatch(after) if after else None
    way = _WAY_IN_BRACKETS.match(sent.text, m.end() + len(after)) if after and _FROM_WHOM.fullmatch(after) else None
    if way and taxonomy.request_channel_id(way["how"]) and _RECEIVED_REQUESTS.search(prev + sent.text[:m.start()]):
        # 2件来自本村群众（当面提交）: who asked, then the way in brackets
        yield fact("requests.channel", taxonomy.request_channel_id(way["how"]), "request", "prose.request_channel")
        return
    if who_first and _RECEIVED_REQUESTS.search(prev + sent.text[:m.start()]):
        # 收到申请3件，其中1件为企业申请，2件为个人申请 / 2件通过网络提交: the count opens its
        # clause, the applicant or channel of those requests after it
        if who_first["who"] and taxonomy.lookup("applicant_types", who_first["who"]):
            yield fact("requests.new", taxonomy.lookup("applicant_types", who_first["who"]), "request",
                       "prose.request_applicant")
        elif who_first["how"] and taxonomy.request_channel_id(who_first["how"]):
            yield fact("requests.channel", taxonomy.request_channel_id(who_first["how"]), "request",
                       "prose.request_channel")
        return
    if after and asks and not _ANOTHER_YEAR.search(after):
        found = _outcome_in(after)
        close = _COMMA_CLAUSE.match(sent.text, m.end() + len(after))
        if close and _CLOSE_ONLY.fullmatch(close["clause"]):
            # 1件申请人未在期限内补正，终止办理: the close makes 补正 no unclear request's
            joined = _outcome_in(after + "，" + close["clause"].strip())
            found = joined if joined and joined[0] in _E3_OTHER_ROWS else found
        elif close and found and found[0] == "unable.unclear" and "不明确" not in found[1].group() \
                and not may_hold_count(close["clause"]):
            # 另1件经书面通知补正，申请人逾期未补正，不再处理: asked to correct, then never did
            then = _outcome_in(close["clause"].strip())
            found = then if then and then[0] in _E3_OTHER_ROWS else found
        # 另1件涉及X，属于县草原站职责，已告知…: the outcome may come a clause or two on, in
        # the same run of commas and before any other count
        words, pos, said = after, m.end() + len(after), after
        for _ in range(2):
            more = _COMMA_CLAUSE.match(sent.text, pos) if not found else None
            if not more or may_hold_count(more["clause"]) or _REST_OPENS.match(more["clause"]):
                break       # (…，其余均免费提供: the rest's, not this count's)
            told = more["clause"].strip()
            if _TOLD_ONLY.fullmatch(told) or _CLOSE_ONLY.fullmatch(told):
                # 另1件所需信息属于村委会自治事项，已告知申请人向村委会查询: the telling closes it
                said = words + "，" + told
            else:
                said = told
            found = _outcome_in(said)
            words, pos = told, more.end()
        if found:
            # 1件因涉及商业秘密不予公开 / 1件申请获取出版物，告知…，不予处理: the reason said
            # before the outcome, in its clause or the clauses before, is that sub-row's
            key, om = found
            if key in _REASONED:
                lead = sent.text[m.end():pos - len(said)] + said[:om.start()]
                sub_row = _sub_row(key, _HOW_DECIDED.sub("", lead), meta)
                bracket = _REASON_AFTER.match(sent.text, m.end() + len(after)) \
                    if sub_row is None and said == after else None
                if bracket and not _COUNTED_BEFORE.search(bracket["why"]):
                    # 1件不予公开（属于过程性信息）: the reason in brackets after, as after a
                    # count closing its label (不予公开1件（…）): the total and that sub-row
                    sub_row = _sub_row(key, bracket["why"], meta)
                    if sub_row:
                        yield fact("requests.outcome", key, "request", "prose.outcome")
                key = sub_row or key
            yield fact("requests.outcome", _dated_key(key, meta), "request", "prose.outcome")
            return
    kinds = _suit_kinds_together(label) if ("起诉" in label or "诉讼" in label) and _BOTH.search(label) else None
    if kinds:
        # 直接起诉和复议后起诉的行政诉讼均为0件: one figure for each kind of suit named
        for kind in kinds:
            yield fact(kind, "total", "case", "prose.litigation_kind")
        return
    suit_kind = next((kind for pattern, kind in _SUIT_KINDS if pattern.search(label)), None) \
        if "起诉" in label or "诉讼" in label else None
    if suit_kind:
        # 其中直接起诉5件、复议后起诉3件: the two kinds of suit of template table 四
        yield fact(suit_kind, "total", "case", "prose.litigation_kind")
        if _ONLY_SUITS_OF_A_KIND.fullmatch(label) and len(_SUIT_KIND_NAMED.findall(sent.text)) == 1 \
                and not _SUIT_COUNTED_BEFORE.search(sent.text[:m.start() - len(label)]):
            # 被直接提起行政诉讼1件 (no other suit counted): the year's suits are these
            yield fact("litigation", "total", "case", "prose.litigation")
        yield from _implied_case_part(sent, m, value, suit_kind, meta)
        return
    # 信访举报投诉类申请 is a request not handled (a template sub-row), no complaint
    # (行政诉讼（未经复议直接起诉）: the kind of suit in brackets names no reconsideration)
    kind = _REASON.search(label)
    cases = label[:kind.start()] if kind and _IMPLIED_SUIT_KIND.fullmatch(kind["why"].strip()) else label
    topic = _CASES_TOPIC_BEFORE.search(sent.text, 0, m.start() - len(label)) \
        if _BARE_CASE_VERB.fullmatch(label) else None
    if topic:
        cases = topic["what"] + cases       # (行政诉讼方面，被提起1件: the cases the clause before names)
    legal = [measure for pattern, measure in _LEGAL_HEAD if pattern.search(cases)] \
        if _LEGAL_WORD.search(cases) and not _PETITION_REQUEST.search(cases) \
        and not _PETITION_REASON.search(cases) else []
    listed = list(dict.fromkeys(m for word, m in _LEGAL if word in cases)) if legal else []
    if legal and _AMONG_CASES.search(cases) and _CASES_COUNTED.search(sent.text, 0, m.start() - len(label)):
        return      # 行政诉讼5件…；诉讼中3件法院判决维持: a part of the cases counted before, no total
    # (行政复议、行政诉讼0件: none together is none of each)
    if legal and (_BOTH.search(cases) or (value == 0 and (_SUM.search(cases) or not _COUNTED_BEFORE.search(cases)))):
        # 行政复议、行政诉讼均为0件: one figure stated for every legal measure listed
        legal = listed
    elif len(listed) > 1 and _RESPECTIVELY.search(cases):
        return      # which count is which kind's needs every count of the list: left to the audit
    elif len(listed) > 1 and value != 0 and not _COUNTED_BEFORE.search(cases):
        # 行政复议、行政诉讼共计3件: one count over several kinds of case, none of them alone
        # (行政复议1起、行政诉讼1起: the first kind has its own count, the second is alone)
        yield fact("legal.combined", "+".join(listed), "case", "prose.legal_combined")
        return
    else:
        legal = legal[:1]
    if legal:
        # 举报 alone may be any complaint; listed beside reconsideration or a suit it is about
        # disclosure like them
        # (or said right after a sentence about disclosure reconsideration or suits)
        # (行政复议0件，行政诉讼0件，投诉举报0件: listed after the counts of the others, in one sentence)
        if legal == ["complaints"] and not _OGI.search(_NOT_OGI.sub("", sent.text)) and \
                not ((_about_ogi_cases(prev) or _CASES_COUNTED.search(sent.text, 0, m.start() - len(label)))
                     and _PLAIN_COMPLAINTS.fullmatch(label)):
            return
        # 受理环境信访投诉1472件: petitions of another caseload, whatever else the sentence says
        if legal == ["complaints"] and (_OTHER_CASELOAD.search(label) or _OTHER_COMPLAINTS.search(label)) \
                and not _OGI.search(label):
            return
        for measure in legal:
            yield fact(measure, "total", "case", f"prose.{measure}")
        if legal == ["review"]:
            yield from _implied_case_part(sent, m, value, "review", meta)
        elif legal == ["litigation"]:
            yield from _implied_suit_kind(sent, m, value, meta, label)
        return
    if asks:
        # 不予公开（属于国家秘密）1件: the reason in brackets is the template's sub-row
        reason = _REASON.search(label)
        core = label[:reason.start()] if reason else label
        before = sent.text[max(0, m.start() - LABEL_WINDOW):m.start()]
        found = _outcome_in(core)
        if not found and (_TOLD_ONLY.fullmatch(core) or _NO_LONGER_ONLY.fullmatch(core)):
            # 属于已主动公开范围的，告知获取途径2件: the outcome is the clause before the telling
            # (逾期不补正，本机关不再处理1件: the reason is the clause before)
            clause = _clause_before(before, len(before) - len(label))
            found = _outcome_in(clause + "，" + core) if clause and not may_hold_count(clause) else None
        if found:
            key, om = found
            # A reason said before the count (属于重复申请不予处理1件, 不予公开（属于国家秘密）1件)
            # makes the count that sub-row's; one said after it (不予处理5件（均为重复申请）, 不予公开
            # 2件，均涉及商业秘密) is the reason of every request of the outcome's total: both.
            # (不予处理5件（重复申请3件、…）: a breakdown with counts of its own, the 5 is the total)
            said_before = _reason_before(key, core, om, before, len(before) - len(label)) \
                + (reason["why"] if reason else "")
            sub_row = _sub_row(key, said_before, meta)
            if sub_row is None:
                sub_row = _sub_row(key, _reason_after(sent.text, m, value), meta)
                if sub_row:
                    yield fact("requests.outcome", key, "request", "prose.outcome")
            key = sub_row or key
            key = _dated_key(key, meta)
            outcome = fact("requests.outcome", key, "request", "prose.outcome")
            if key == "granted" and "部分" in label:
                outcome.flag = "combined: granted and partial together (予以公开及部分公开)"
            yield outcome
            return
        item = _DENY_ITEM.fullmatch(label)
        if item and _REFUSAL.search(before):
            key = _deny_of_era(next((k for word, k in _DENY_REASONS if word in item["why"]), None),
                               item["why"], meta)
            if key:
                yield fact("requests.outcome", key, "request", "prose.outcome_reason")
                return
        if label == "公开" and m["unit"] in ("件", "宗") and _OUTCOME_ROW_COUNT.search(sent.text) \
                and _COUNT_ITEM_AFTER.match(sent.text, m.end()):
            # 已办结83件：公开51件，部分公开6件…: 公开 alone, an item beside another outcome
            # row with its count, is the granted row
            yield fact("requests.outcome", "granted", "request", "prose.outcome")
            return
        if _OTHER_OUTCOME.fullmatch(label) and _OUTCOME_BEFORE.search(before):
            yield fact("requests.outcome", "other", "request", "prose.outcome")
            return
    if asked and "撤回" in label and _WITHDRAWN.search(label) and not _PART_OF_COUNT.match(label):
        key = "other.other" if (meta.report_year or 0) >= _E3_FROM_YEAR else "other"
        yield fact("requests.outcome", key, "request", "prose.outcome")
        return
    if asked and (
            (_ANSWERED.fullmatch(label) and not _messages_answered(sent.text[:m.start()]))
            or (_CLOSED.fullmatch(label)
                                           and (_BREAKDOWN_OF_OUTCOMES.match(sent.text, m.end())
                                                or _REST_CARRIED_AFTER.match(sent.text, m.end())
                                                # (受理17件，上年结转2件，共办结19件: the year's
                                                # account, the closed ones are every answer)
                                                or _CARRIED_IN_LABEL.search(sent.text, 0, m.start())
                                                or _CARRIED_IN_LABEL.search(prev)
                                                or _carried_from_last_year(sent.text[:m.start()], meta)
                                                # (截至12月31日，已办结44件。其中，同意公开…: a
                                                # sentence of its own, the breakdown next)
                                                or (_CLOSED_ALONE.fullmatch(sent.text[:m.start()])
                                                    and _NOTHING_AFTER.fullmatch(sent.text, m.end()))))
            or ((meta.report_year or 0) >= _TEMPLATE_FROM_YEAR and _CLOSED_REQUESTS.search(label))
            # 予以公开1件，总计1件: a sum right after the outcome rows is theirs
            or (_OUTCOMES_SUM.fullmatch(label)
                and _OUTCOME_ROW_COUNT.search(_clause_before(sent.text[:m.start()], m.start() - len(label))))
            # 加上上年结转的2件，共办理25件：同意公开16件…: the requests handled, their outcomes
            # listed, none carried on (then the answers are fewer than the handled)
            # (已办结的8件中，予以公开4件…: the outcomes of the closed ones follow)
            or (_CLOSED_AMONG.fullmatch(label) and _AMONG_CLOSED_AFTER.match(sent.text, m.end()))
            # (…共办理42件，全部在法定期限内答复: every one handled was answered)
            or (_HANDLED_TOTAL.fullmatch(label) and (_BREAKDOWN_OF_OUTCOMES.match(sent.text, m.end())
                                                     or _ALL_ANSWERED.match(sent.text, m.end()))
                and not _CARRIED_OUT_LABEL.search(sent.text, m.end())
                and not _REST_CARRIED_OUT.search(sent.text, m.end()))) \
            or (asks and _OUTCOMES_TOTAL_ROW.search(label)):
        # (办理结果总计3件: the template's row of the outcomes' total, named in prose)
        yield fact("requests.outcome", "total", "request", "prose.outcome_total")
        # 已办结1件（予以公开） / 已答复3件（均予以公开）: the outcome of every request closed
        bracket = _RESULT_IN_BRACKETS.match(sent.text, m.end())
        implied = _IMPLIED_OUTCOME.fullmatch(bracket["what"].strip()) if bracket else None
        if implied and (value == 1 or implied["all"] or implied["all2"] or implied["all3"]):
            what = implied["what"] or implied["what2"] or implied["what3"] or implied["what4"]
            found = ("granted", None) if implied["what2"] and "提供" in what else _outcome_in(what)
            if found:
                yield make_fact(sent, m, "requests.outcome", _dated_key(found[0], meta), value, "request",
                                bracket["what"].strip(), "prose.outcome_implied", meta)
        return
    # 另有242件结转至2018年办理 may follow the outcome sentence, which does not say 申请 again.
    extended = _EXTENDED_PAST_YEAR.match(sent.text, m.end())
    if extended and extended["year"] and not (meta.report_year and int(extended["year"]) > meta.report_year):
        extended = None
    if (_CARRIED_OUT_AFTER.match(sent.text, m.end()) or extended
            or (_REST_WORD.fullmatch(label0.strip()) and _REST_CARRIED_OUT.match(sent.text, m.end()))) and (
            "申请" in context or (re.search(r"答复|办结|公开", prev)
                                                    and not _SENTENCE_TRAP.search(sent.text))):
        yield fact("requests.carried_out", "total", "request", "prose.carried_out")
        return
    if asks:
        rows = _rows_named_together(label) if _BOTH.search(label) else None
        if rows:
            # 上年结转和结转下年均为0件 / 办理结果、结转下年度继续办理均为0件: one figure for
            # every template row named together
            for measure in rows:
                yield fact(measure, "total", "request", "prose." + measure.split(".")[1])
            return
        if _CARRIED_IN_LABEL.search(label) or _carried_from_last_year(label, meta):
            yield fact("requests.carried_in", "total", "request", "prose.carried_in")
            return
        if _CARRIED_OUT_LABEL.search(label):
            yield fact("requests.carried_out", "total", "request", "prose.carried_out")
            return
    elif _OUTCOME_ROW_COUNT.search(prev) and _CARRIED_OUT_LABEL.search(label):
        # 予以公开8件，部分公开2件。转下年度继续办理2件。: the template's rows, one sentence each
        yield fact("requests.carried_out", "total", "request", "prose.carried_out")
        return
    # (…申请58件（自然人51件，…）: the first item opens a bracket)
    who = _APPLICANT_ITEM.fullmatch(label.lstrip("（("))
    if who and _RECEIVED_REQUESTS.search(sent.text + prev):
        # 收到申请75件，涉及自然人72件、商业企业3件: the applicants of the requests received
        applicant = taxonomy.lookup("applicant_types", who["who"])
        if applicant:
            yield fact("requests.new", applicant, "request", "prose.request_applicant")
        return
    if _RECEIVED_BEFORE_NOUN.search(label) and _REVIEW_APPLICATION_AFTER.match(sent.text, m.end()) \
            and _OGI.search(sent.text):
        # 收到1份有关政府信息公开的行政复议申请: a reconsideration, not a request
        yield fact("review", "total", "case", "prose.review")
        return
    noun = _REQUEST_NOUN_AFTER.match(sent.text, m.end()) if "申请" not in label else None
    # (a bare 申请 after the count: the sentence before must speak of requests too)
    if noun and (_RECEIVED_BEFORE_NOUN.search(label) or (
            _ABOUT.fullmatch(label) and _RECEIVED_AFTER_NOUN.match(sent.text, noun.end()))) \
            and (_OGI.search(label + sent.text + prev) or "申请" in prev):
        # 共收到70件申请 / 受理5件政府信息公开申请: the noun after the count
        yield fact("requests.new", "total", "request", "prose.requests")
        yield from _all_answered(sent, noun.end(), fact, completed=True)
        yield from _implied_request_parts(sent, m, noun.end(), value, meta)
        return
    if _NEW_ROW.search(label) and asks and (_OGI.search(context) or _REQUEST_TALK.search(section)):
        # 上年结转2件，本年新收9件: the template's row 本年新收, 申请 implied
        yield fact("requests.new", "total", "request", "prose.requests")
        yield from _implied_request_parts(sent, m, m.end(), value, meta)
        return
    running = _RUNNING_TOTAL.search(label)
    if running and asks and ((running.start() == 0 and _RECEIVED_REQUESTS.search(sent.text, 0, m.start()))
                             or (running["open"] and _on_requests(prev, section))):
        # 受理申请2件（历年累计9件） / …，历年累计受理9件 / 本年无此情况（历年累计1件） under a
        # heading on requests: the running total of the requests (its period from its own words)
        yield fact("requests.new", "total", "request", "prose.requests")
        return
    if _ONLINE_SYSTEM.fullmatch(label) and _RECEIVED_REQUESTS.search(sent.text[:m.start()] + prev):
        # 其中通过省政府信息公开申请平台提交14件: a part of the requests received, online
        yield fact("requests.channel", "req_online", "request", "prose.request_channel")
        return
    if "申请" not in label and not label.endswith("依申请公开"):
        # 其中通过网络提交9件，现场提交3件: the channel a request came through, 申请 implied.
        # (当面提交3件、信函5件、网上申请14件: a channel's bare name, an item of that list)
        submitted = _SUBMITTED.fullmatch(label) or (
            _RECEIVED_REQUESTS.search(sent.text + prev) and _CHANNEL_ITEM.fullmatch(label))
        if submitted and "申请" in context and _OGI.search(context):
            channel = taxonomy.request_channel_id(submitted["how"])
            if channel:
                yield fact("requests.channel", channel, "request", "prose.request_channel")
        return
    # (其中网上申请29件 after 全年受理申请43件 under the heading 二、依申请公开情况: the heading
    # says what the requests are)
    if (_NOT_A_REQUEST.search(label) and not (m["unit"] == "件" and _RECEIVED_REQUEST_INFO.search(label))) \
            or not (_OGI.search(label + sent.text + prev)
                                            or _REQUEST_TALK.search(section)):
        return
    # 新收申请中自然人申请76件 / 收到的申请中，企业申请3件: the requests received name the
    # population, the words after 申请中 the part (a key, or none: 法人或其他组织)
    among = _AMONG_REQUESTS.search(label)
    if among:
        label = label[among.end():]
    # (申请方式为当面申请2件: the words naming the way come first, the channel after them)
    channel = taxonomy.request_channel_id(_WAY_OF_ASKING.sub("", label).split("申请")[0][-8:])
    verb = _RECEIVED.search(label)
    if not channel and verb and _OGI.search(label[verb.end():]):
        # 以信函方式收到政府信息公开申请3件: the channel before the verb, the request's name after it
        channel = taxonomy.request_channel_id(label[:verb.start()][-8:])
    # 法人或其他组织 is every organisation column together, not 其他组织 (org_other)
    applicant = None if re.search(r"法人[或和及]其他组织", label) else \
        taxonomy.lookup("applicant_types", label.split("申请")[0][-8:])
    received = _RECEIVED.search(label) or label.endswith("依申请公开") or _REQUESTS_NUMBER.search(label)
    if received and _HANDLED.search(label) and not _RECEIVED_VERB.search(label):
        # 共办理申请3件 / 共接受办理申请45件: requests handled, new and carried in together,
        # not the year's new ones (共 alone is no receiving)
        received = None
    if channel:
        yield fact("requests.channel", channel, "request", "prose.request_channel")
        asker = _ASKER_THEN_WAY.search(label)
        if asker and not applicant:
            # 收到企业以信函方式提交的申请1件: who asked, then the way
            applicant = taxonomy.lookup("applicant_types", asker["who"])
            if applicant:
                yield fact("requests.new", applicant, "request", "prose.request_applicant")
    elif applicant:
        # 其中自然人申请7件: requests by applicant type (the template's 申请人情况 columns)
        yield fact("requests.new", applicant, "request", "prose.request_applicant")
    # 本年度以信函方式收到申请3件，均已办结: requests counted through their channel, the only
    # count of requests received (no total before it, no other channel's count after it)
    only_channel = bool(channel) and bool(_RECEIVED.search(label)) and "申请" in label \
        and not re.search(r"其中|另|还|此外|[、，,]", label) \
        and not may_hold_count(sent.text[:max(0, m.start() - len(label))]) \
        and not _RECEIVED_REQUESTS.search(prev) \
        and not re.search(r"(?:" + _CHANNEL_WORDS + r")[^。；;]{0,12}?\d", sent.text[m.end():])
    if received and (_OGI.search(label) or not channel or only_channel) and \
            not _WITH_CARRIED_IN.match(sent.text, m.end()):
        yield fact("requests.new", "total", "request", "prose.requests")
        yield from _all_answered(sent, m.end(), fact, completed=True)
        yield from _implied_request_parts(sent, m, m.end(), value, meta)
    elif _HANDLED.search(label) and not channel:
        yield from _all_answered(sent, m.end(), fact)


# The template's outcome rows (table 三), each with its count in 件: two of them in one
# sentence make it a list of outcomes, whatever the sentences around it say.
_COUNT_ITEM_AFTER = re.compile(r"\s*(?:[，,、；;。）)]|$)")
_OUTCOME_ROW_COUNT = re.compile(r"(予以公开|部分公开|不予公开|无法提供|不予处理|其他处理)(?:的)?\s*\d+\s*[件宗]")


# 19件申请均已答复 / 对上述12件政府信息公开申请均已按时答复完毕: a count opening its clause, the
# requests it counts, and every one answered
# (本年度办理结果合计2件 / 办理结果总数为1件)
_OUTCOMES_TOTAL_ROW = re.compile(r"(?:^|[，,；;。])\s*(?:本年度?|全年|年内)?(?:的)?(?:申请)?办理结果\s*"
                                 r"(?:总计|合计|共计|总数)(?:为|是)?$")
_OUTCOMES_SUM = re.compile(r"\s*(?:总计|合计|共计)\s*")
_OPENS_WITH_COUNT = re.compile(r"(?:^|[，,；;：:。])\s*(?:其中|上述|以上|对|对上述|对以上)?\s*$")
_ANSWERED_AFTER_NOUN = re.compile(r"\s*(?P<noun>(?:(?:政府)?信息公开|依申请公开)?(?:的)?申请)?(?:已|均已)?"
                                  r"(?:均|全部|都)"
                                  r"(?:已)?(?:在|按|依法|依规|及时|予以|按时|按期)?[^，。；,;]{0,12}?"
                                  r"(?:答复|办结|办理完毕|处理完毕)(?:完毕|完成)?(?=$|[，。；,;：:])")


# 3件均在法定期限内答复 (no noun): only a count opening its sentence, not an item of a list
_OPENS_SENTENCE = re.compile(r"^\s*(?:上述|以上|对上述|对以上)?\s*$")


def _answered_count_first(text: str, m: re.Match) -> bool:
    answered = _ANSWERED_AFTER_NOUN.match(text, m.end())
    if not answered:
        return False
    if not answered["noun"]:
        return bool(_OPENS_SENTENCE.match(text[:m.start()]))
    return bool(_OPENS_WITH_COUNT.search(text, max(0, m.start() - 6), m.start()))


def _lists_outcome_rows(text: str) -> bool:
    return len({row[1] for row in _OUTCOME_ROW_COUNT.finditer(text)}) >= 2


def _closes_unanswered(after: str) -> bool:
    """1件因申请人逾期未补正终止办理: a request closed for want of the applicant (终止 is no
    review's)."""
    found = _outcome_in(after) if re.search(r"补正|缴纳", after) else None
    return bool(found) and found[0] in _E3_OTHER_ROWS


# 申请内容不明确、经告知补正后申请人未再提交: the content unclear, the applicant told to
# correct it and silent after (the outcome stays the unclear one the report names)
_NOT_CORRECTED_TAIL = re.compile(r"\s*[，,、]?\s*(?:经|已|并)?(?:书面|电话)?(?:告知|通知)(?:申请人|其)?"
                                 r"(?:更改|补充|补正|、)*(?:后|后的)?[，,]?\s*(?:申请人)?(?:仍)?(?:未再|未能|未|没有|逾期未|逾期不)(?:再)?"
                                 r"(?:作|予|进行)?(?:提交|补正|补充|提供)(?:材料|申请|相关材料)?(?:的)?\s*")


def _outcome_in(core: str) -> tuple[str, re.Match] | None:
    """The outcome phrase closing `core` (…内容不明确告知申请人更改、补充: the last one), or
    followed only by what the applicant was told (属于已主动公开范围、告知获取方式)."""
    if not _ANY_OUTCOME.search(core) or _QUOTED_LIST.search(core):
        return None
    for pattern, key in _OUTCOMES:
        for o in pattern.finditer(core):
            tail = core[o.end():]
            if key == "unable.unclear" and "不明确" in o.group() and _NOT_CORRECTED_TAIL.fullmatch(tail):
                return key, o
            told = _TOLD_TAIL.fullmatch(tail) if not _OUTCOME_TAIL.fullmatch(tail) else None
            if told is None and not _OUTCOME_TAIL.fullmatch(tail):
                continue
            if told is not None and _ANY_OUTCOME.search(told["what"]):
                continue
            either = _EITHER_BEFORE.search(core, 0, o.start())
            if either and _ANY_OUTCOME.search(core, 0, o.start()):
                # (信息不存在或非本机关掌握7件: two rows counted together, the labels' convention
                # is the first named)
                return _outcome_in(core[:either.start()])
            return key, o
    return None


_REST_OPENS = re.compile(r"\s*(?:其余|其他|其它|剩余|余下)")
_EITHER_BEFORE = re.compile(r"(?:或者?|/)\s*$")


# 不予处理2件，均为重复申请 / 其他处理1件，系申请人逾期未补正: the reason in the next clause
_REASON_CLAUSE = re.compile(r"\s*[，,]\s*(?P<all>均|都|全部)?(?:为|系|属于|是|因)(?P<why>[^，。；,;]{1,20})")


def _reason_after(text: str, m: re.Match, value: float) -> str:
    """The reason stated right after an outcome's count, in brackets (不予处理2件（均为重复申请）)
    or in the next clause for every one of them; '' when none, or when the words after list
    counts of their own (不予处理5件（重复申请3件、…）: a breakdown, the 5 is the total)."""
    bracket = _REASON_AFTER.match(text, m.end())
    if bracket:
        return "" if _COUNTED_BEFORE.search(bracket["why"]) else bracket["why"]
    clause = _REASON_CLAUSE.match(text, m.end())
    if clause and (clause["all"] or value == 1) and not may_hold_count(clause["why"]):
        return clause["why"]
    return ""


_REASONED = ("deny.total", *_SUB_ROW_REASONS)
# 因没有现成信息需要另行制作，告知无法提供2件: an outcome opening its clause, its reason the
# clause before
_OPENS_WITH_OUTCOME = re.compile(r"\s*(?:故|因此|据此|遂|并|已|均|依法|决定|(?:书面)?告知(?:申请人|其)?)*\s*")


# 经审核确认 / 经与申请人沟通确认: how the body decided, no reason (确认 is no 要求确认)
# (经征求第三方意见后: how it was decided, no reason of its own)
_HOW_DECIDED = re.compile(r"经[^，,；;。]{0,12}?(?:审查|审核|核实|核查|确认|研究|沟通|调查|协调"
                          r"|征求[^，,；;。]{0,8}?意见)+")


def _reason_before(key: str, core: str, om: re.Match, before: str, label_start: int) -> str:
    """The words before the outcome phrase `om` of `core` that may name its sub-row: its own
    clause, or the clause before when the outcome opens its clause; '' for an outcome without
    sub-rows."""
    if key not in _REASONED:
        return ""
    lead = core[max(0, om.start() - 16):om.start()]
    if _OPENS_WITH_OUTCOME.fullmatch(core[:om.start()]):
        clause = _clause_before(before, label_start)
        if clause and not may_hold_count(clause):
            lead = clause + lead
    return _HOW_DECIDED.sub("", lead)


def _sub_row(key: str, why: str, meta: Metadata) -> str | None:
    """The template sub-row of outcome `key` that the reason `why` names, or None (不掌握等原因:
    every reason together names none)."""
    if not why or "等" in why:
        return None
    if key == "deny.total":
        return _deny_of_era(_one_reason(why, _DENY_REASONS), why, meta)
    if key in _SUB_ROW_REASONS:
        return _one_reason(why, _SUB_ROW_REASONS[key])
    if key == "other" and (meta.report_year or 0) >= _E3_FROM_YEAR:
        # 其他处理3件（均为逾期未补正）: one of the E3 sub-rows
        return next((k for pattern, k in _OUTCOMES[:2] if pattern.search(why)), None)
    return None


# The statistics tables before 2019 count refusals for 个人隐私 (deny.privacy) and 商业秘密
# (deny.trade_secret) and have no 保护第三方合法权益 row: 涉及第三方个人隐私 / 第三方商业秘密
# in such a report is the privacy / trade-secret row.
_PRIVACY_TABLES_UNTIL = 2018
_THIRD_PARTY_ROWS_BEFORE_2019 = (("隐私", "deny.privacy"), ("商业秘密", "deny.trade_secret"))
_THIRD_PARTY_ROWS_OF_OLD = tuple(row for _, row in _THIRD_PARTY_ROWS_BEFORE_2019)


def _deny_of_era(key: str | None, why: str, meta: Metadata) -> str | None:
    if key == "deny.third_party" and 0 < (meta.report_year or 0) <= _PRIVACY_TABLES_UNTIL:
        return next((row for word, row in _THIRD_PARTY_ROWS_BEFORE_2019 if word in why), key)
    # the template (2019 on) has no privacy or trade-secret row: 涉及企业商业秘密 is its
    # 保护第三方合法权益
    if key in _THIRD_PARTY_ROWS_OF_OLD and (meta.report_year or 0) >= _TEMPLATE_FROM_YEAR:
        return "deny.third_party"
    # (不同意公开2件（均属内部管理信息） in 2015: the tables before 2019 have no such row)
    if key == "deny.internal_affairs" and 0 < (meta.report_year or 0) < _TEMPLATE_FROM_YEAR:
        return None
    return key


# 属于行政执法案卷或行政查询事项 / 涉及商业秘密、个人隐私: two reasons joined
_REASONS_JOINED = re.compile(r"[^，。；,;\d]{0,4}(?:或者?|和|及|以及|与|、|/)[^，。；,;\d]{0,4}")


def _one_reason(why: str, reasons) -> str | None:
    """The sub-row the reason `why` names; None when it names two sub-rows joined by 或/和/、
    (因属于执法案卷或行政查询事项不予公开5件: the count is the total of both, unsplit)."""
    spans: dict[str, tuple[int, int]] = {}
    for word, k in reasons:
        at = why.find(word)
        if at >= 0:
            lo, hi = spans.get(k, (at, at + len(word)))
            spans[k] = (min(lo, at), max(hi, at + len(word)))
    ordered = sorted(spans.values())
    if any(_REASONS_JOINED.fullmatch(why, a[1], b[0]) for a, b in zip(ordered, ordered[1:])):
        return None
    return next((k for word, k in reasons if word in why), None)


def _dated_key(key: str, meta: Metadata) -> str:
    """The E3 其他处理 sub-rows exist from the 2021 template on; the 2019 template has one
    其他处理 row (reports before 2019 have no such row: the answer keeps its own key)."""
    if key in _E3_OTHER_ROWS and _TEMPLATE_FROM_YEAR <= (meta.report_year or 0) < _E3_FROM_YEAR:
        return "other"
    return key


# 县（区）教育部门: a short bracket inside a name, the name running on after it
_BRACKET_IN_NAME = re.compile(r"[（(][\u4e00-\u9fff]{1,4}[)）](?=[\u4e00-\u9fff])")


def _clause_after(text: str, m: re.Match) -> str:
    """The words after a count up to the end of its clause (、 ends it too; a bracket does,
    unless inside a name)."""
    pos = m.end()
    while (end := _CLAUSE_OR_ITEM_END.search(text, pos)) and end.start() > m.end() \
            and _BRACKET_IN_NAME.match(text, end.start()):
        pos = _BRACKET_IN_NAME.match(text, end.start()).end()
    return text[m.end():end.start() if end else len(text)]


def _clause_before(before: str, label_start: int) -> str:
    """The clause in front of the label starting at `label_start` of `before`."""
    seps = [x.start() for x in _CLAUSE_SEP.finditer(before, 0, label_start)]
    if not seps:
        return ""
    return before[(seps[-2] + 1 if len(seps) > 1 else 0):seps[-1]]


def _about_ogi_cases(text: str) -> bool:
    """A sentence about reconsideration or suits over disclosure."""
    return bool(_OGI.search(text) and re.search(r"复议|诉讼", text))


_REVIEW_PARTS = (("维持", "upheld"), ("纠错", "corrected"), ("纠正", "corrected"),
                 ("撤销", "corrected"), ("责令", "corrected"), ("其他结果", "other"), ("其他情形", "other"),
                 ("撤回", "other"),
                 # (复议终止1件 / 终止审理: closed without a decision on the answer, the template's 其他结果)
                 ("终止", "other"),
                 ("审结", "pending"), ("审理", "pending"))


# Counts without a numeral of their own, implied for a count just stated (domain notes §6 P14:
# 行政复议7件…均获维持). Only where that count is unambiguous: the clause right after it, and
# either a single case or request, or 均/全部/都 saying every one of them.
# 收到申请5件，均通过网上提交 / 为自然人通过信函方式提出 / 均为公民当面提出 / 均为网上申请
# (均为市民个人申请 / 为村民个人提出: the people, then 个人)
# (新收的3件申请均为自然人提出: 均 right after the requests, no comma)
_ONE_WAY = re.compile(r"\s*(?:(?:申请)?[，,]|(?:(?:政府)?信息公开)?申请(?=均|全部|都))"
                      r"\s*(?P<all>均|全部|都)?(?:是|为|系|由)?(?:市民|居民|村民|群众)?"
                      r"(?P<who>" + _APPLICANT_WORDS + r")?(?:群众|申请人)?"
                      # (均为群众到镇便民服务中心当面提交: where they came, then how)
                      r"(?:(?:到|在|赴|前往)[^，。；,;\s\d]{1,14}?(?=当面|现场))?"
                      r"(?:通过|以|采取|采用|经)?(?P<how>[^，。；,;\s]{0,8}?)(?:的)?(?:方式|形式|渠道)?"
                      r"(?:提出|提交|递交|申请)(?:的)?(?:申请)?(?=$|[，。；,;：:])")
# 受理申请1件（信函申请） / 收到申请1件（自然人） / 3件（均为网上申请）: the same in brackets
_ONE_WAY_BRACKET = re.compile(r"\s*[（(](?P<all>均|全部|都)?(?:是|为|系|由)?"
                              r"(?P<who>" + _APPLICANT_WORDS + r")?(?:群众|申请人)?"
                              r"(?:通过|以|采取|采用|经)?(?P<how>" + _CHANNEL_WORDS + r")?(?:的)?(?:方式|形式|渠道)?"
                              r"(?:提出|提交|递交|申请)?(?:的)?(?:申请)?[)）]")
# 收到申请1件，申请人为个人: the one applicant named in a clause of its own
_ONE_ASKER = re.compile(r"\s*[，,]\s*(?:申请人|申请主体|提出人)(?:为|是|系)"
                        r"(?:" + _APPLICANT_WORDS + r")(?:个人)?(?=[，,])")
# 收到申请4件，申请人均为自然人: the applicants named, said of all of them
# (…7件，全部来自自然人 / 均来源于公民个人: where they came from, the applicants unnamed)
_ALL_ASKERS = re.compile(r"\s*[，,]\s*(?:(?:申请人|申请主体|提出人)(?P<all>均|全部|都)(?:为|是|系|来自)"
                         r"|(?P<all_from>均|全部|都)(?:来自|来源于|来源为))"
                         r"(?P<who>" + _APPLICANT_WORDS + r")(?:个人)?(?P<how>)(?:申请)?(?=$|[，。；,;：:])")
# (均已按期答复 / 均已办结: a clause that speaks for every request counted, so an outcome
# named after it with no count of its own is every request's)
_EVERY_ONE = re.compile(r"\s*(?:并|且|目前)?(?:均|全部|都|已全部)")
# …，答复结果为同意公开 / 办理结果均为“予以公开” / 均予以公开
_WITHIN_DAYS = re.compile(r"(?:于|在)(?:\d{1,2}|[一二三四五六七八九十]{1,3})个?(?:工作日|日|天)内")
_BRACKET_AT_END = re.compile(r"\s*[（(][^（()）]{1,30}[)）]\s*$")
_IMPLIED_OUTCOME = re.compile(r"(?:(?:答复|办理|处理)结果)(?P<all>均|全部|都)?(?:为|是)"
                              r"[“\"「]?(?P<what>[^”\"」，。；]{2,24})[”\"」]?"
                              # (我站已全部予以公开: a station or office is the body too)
                              # (街道在15个工作日内全部予以公开: the body named bare)
                              r"|(?:我(?:局|委|办|镇|乡|街道|单位|机关|中心|站|所|院|厅)|" + _OWN_BODY
                              + r"|街道(?:办事处)?|(?:乡|镇|乡镇)(?:政府)?)?"
                              # (已于法定期限内 / 已在规定时限内: answered in time)
                              r"(?:并|且|同时)?(?P<all2>均|全部|都)?(?:已)?"
                              r"(?:(?:在|于)(?:法定|规定)(?:的)?(?:答复)?(?:期限|时限)内)?(?P<all3>全部|均)?(?:被)?(?:依法|依规|当场|当面|当即|及时|按期|按时|书面|按要求|按(?:照)?规定)*"
                              # (乡政府在15个工作日内作出了同意公开的答复: the answer made)
                              r"(?:作出|做出)?(?:了)?(?P<what2>予以公开|同意公开|准予公开|全部公开|不予公开|(?:予以)?部分公开|已予公开|均予公开"
                              # (均已按申请人要求提供: provided, granted)
                              r"|(?:(?:予以|给予)?答复并)?(?:按(?:照)?申请人(?:的)?要求|向(?:申请人|其))?(?:予以)?提供(?:了)?(?:相关|所需)?(?:政府)?"
                              r"(?:信息|材料|资料|文件|复印件|复制件)?)"
                              # (全部予以公开答复 / 同意公开并提供了相关文件: the grant, then how)
                              r"(?:的?答复|并(?:予以)?提供(?:了)?(?:相关|所需)?(?:政府)?(?:信息|材料|资料|文件)?)?"
                              # (所申请内容属于已主动公开范围 / 该申请属于其他处理: its row named)
                              r"|(?:经审查)?(?:所|该)?(?:申请|申请的|所申请的?)(?:信息|内容|事项)?(?P<all4>均|全部|都)?"
                              r"(?:属于|系|为)(?P<what3>已主动公开(?:的)?(?:信息)?(?:范围)?|其他处理)(?:的?情形)?"
                              # (申请内容不属于本街道职责范围 / 所申请信息非本局掌握: held by another body)
                              r"|(?:经审查)?(?:所|该)?(?:申请|申请的|所申请的?)(?:信息|内容|事项)?(?P<all5>均|全部|都)?"
                              r"(?P<what4>(?:不属于|非)" + _OWN_BODY + r"(?:掌握|公开|职责|管辖)*(?:的?范围)?(?:内)?"
                              r"(?:的)?(?:政府)?(?:信息|事项)?)")
# …1件，复议机关维持了原答复 / 经复议维持原答复 / 结果维持 / 均尚未审结 / 法院判决维持
_IMPLIED_CASE_RESULT = re.compile(
    # (经复议机关审查被依法纠错 / 复议机关以程序问题予以纠正: who decided, and on what ground)
    # (截至年底尚未审结 / 区政府维持了街道的答复: when, and the body that decided)
    r"(?:目前|现|至今|截至年底|截至年末|截至目前|截至\d{1,2}月\d{1,2}日|(?:至)?年底|(?:至)?年末)?(?:后)?(?:申请人|原告)?"
    # (市财政局复议后予以维持: a department above decided)
    r"(?:[^，。；,;\d]{0,6}?[区县市州省](?:人民)?政府|[区县市州省][^，。；,;\d]{1,6}?(?:局|委|厅)"
    r"|我(?:局|委|办|镇|乡|街道|厅)|本(?:机关|单位|局))?"
    # (县政府作出的答复被维持 / 原答复被复议机关维持: the answer reviewed, then what befell it)
    r"(?:(?:作出|做出)的)?(?:原|该)?(?:答复|告知书|答复书|政府信息公开答复)?"
    # (法院均判决驳回… / 复议机关均决定维持 / 一审判决驳回: 均 before the decision, the instance named)
    r"(?:经)?(?:复议机关|复议|行政复议|审理|法院|人民法院)?(?:一审|二审|终审)?(?:审查|审理|复查)?(?:后)?"
    r"(?:以[^，。；,;]{1,10}?(?:为由)?)?(?P<allc>均|全部|都)?(?:判决|裁定|决定)?(?:结果)?(?P<all>均|全部|都)?(?:已)?(?:依法)?(?:作出|做出)?(?:(?:被|获)(?:复议机关|上级机关|法院|人民法院)?|予以|为)?(?:依法)?"
    # (确认违法 is a correction; a case withdrawn or ended is the template's 其他结果)
    # (申请人于复议期间撤回申请 / 原告在审理过程中撤诉: when, before what was done)
    r"(?:申请人|原告)?(?:(?:于|在)[^，。；,;\d]{1,8}?(?:期间|过程中))?(?P<what>维持|纠正|纠错|撤销|驳回|确认(?:原答复|该答复|答复)?违法|(?:主动)?撤回|终止(?:审理)?|责令(?:其|我[局委办镇乡]|本(?:机关|单位|局)|街道)?(?:限期)?重新(?:作出)?答复|尚未审结|未审结|(?:正|尚|仍)?在审理|审理中)(?:了|中)?"
    r"[^，。；,;]{0,16}")
_CASE_RESULT_KEYS = (("终止", "other"), ("撤回", "other"), ("撤诉", "other"), ("违法", "corrected"),
                     ("未审结", "pending"), ("审理", "pending"), ("维持", "upheld"), ("驳回", "upheld"),
                     ("责令", "corrected"),
                     ("纠正", "corrected"), ("纠错", "corrected"), ("撤销", "corrected"))


# 无结转 / 无上年结转和结转下年度申请: no carry-over, so the outcomes are the year's requests
_NO_CARRY = re.compile(r"(?:无|没有|未(?:发生|有)?)[^，。；,;\d]{0,14}")
# (上年无结转 / 无上年结转: no other year's requests)
# (上年度和本年度均无结转: both years)
_NO_CARRY_ANY = re.compile(r"(?:上一?年度?(?:(?:和|及|与|、)(?:本|今)年度?)?(?:均|都)?)?" + _NO_CARRY.pattern)
_RESULT_IN_BRACKETS = re.compile(r"\s*[（(](?P<what>[^（()）]{1,24})[)）]")


_ASIDE_IN_BRACKETS = re.compile(r"\s*[（(][^（()）\d]{1,24}[)）]")


def _next_clause(text: str, pos: int) -> str:
    """The clause after the separator that follows `pos` ('' when none follows at once)."""
    sep = re.match(r"\s*[，,；;：:]", text[pos:])
    if not sep:
        return ""
    start = pos + sep.end()
    end = _CLAUSE_SEP.search(text, start)
    return text[start:end.start() if end else len(text)]


def _implied_request_parts(sent: Sentence, m: re.Match, end: int, value: float,
                           meta: Metadata) -> Iterator[Fact]:
    """收到申请2件，均为当面提出 (channel) / 为自然人通过信函方式提出 (applicant and channel) /
    收到申请1件，已按时答复，答复结果为同意公开 (outcome): the requests received, all of one kind."""
    text = sent.text
    way = _ONE_WAY.match(text, end)
    bracket = _ONE_WAY_BRACKET.match(text, end)
    # (申请1件，申请人为个人，通过信函方式提出: the one asker said first, then the way)
    asker = _ONE_ASKER.match(text, end) if value == 1 and not way else None
    way_after_asker = _ONE_WAY.match(text, asker.end()) if asker else None
    way = way or bracket or way_after_asker or _ALL_ASKERS.match(text, end)
    if way and (way["all"] or way.groupdict().get("all_from") or value == 1):
        words = way.group().strip("，, （()）")
        # (当面提交或邮寄提交: two ways, neither every request's)
        channel = taxonomy.request_channel_id(way["how"]) \
            if way["how"] and not re.search(r"[或和及与、]", way["how"]) else None
        applicant = taxonomy.lookup("applicant_types", way["who"]) if way["who"] else None
        if channel:
            yield make_fact(sent, m, "requests.channel", channel, value, "request", words,
                            "prose.request_channel_implied", meta)
        if applicant:
            yield make_fact(sent, m, "requests.new", applicant, value, "request", words,
                            "prose.request_applicant_implied", meta)
        # 3件，均为公民通过信函提出，已全部按期答复完毕: every request answered, past the way
        answered = _ALL_ANSWERED.match(text, way.end())
        if answered and answered["done"] and not _ANOTHER_YEAR.search(text):
            yield make_fact(sent, m, "requests.outcome", "total", value, "request", answered.group().strip("，, 。；;"),
                            "prose.outcome_total", meta)
    if _ANOTHER_YEAR.search(_NO_CARRY_ANY.sub("", text)):
        return          # carried-in requests answered too: the outcomes count other requests
    pos = bracket.end() if bracket else way_after_asker.end() if way_after_asker else end
    # (申请1件（上年无结转），…，已予以公开: an aside in brackets before the clauses)
    aside = None if bracket else _ASIDE_IN_BRACKETS.match(text, pos)
    pos = aside.end() if aside else pos
    every_before = False
    for _ in range(3):  # the outcome clause may follow 已按时答复 / 均已办结
        clause = _next_clause(text, pos)
        # (已于12个工作日内全部公开: the days it took are no count)
        if not clause or may_hold_count(_WITHIN_DAYS.sub("", clause)):
            return
        pos = text.index(clause, pos)
        # (予以部分公开（涉及个人信息部分已作区分处理）: how, in brackets after)
        implied = _IMPLIED_OUTCOME.fullmatch(_BRACKET_AT_END.sub("", _WITHIN_DAYS.sub("", clause)).strip())
        if implied:
            every = implied["all"] or implied["all2"] or implied["all3"] or implied["all4"] or implied["all5"] \
                or every_before
            what = implied["what"] or implied["what2"] or implied["what3"] or implied["what4"]
            found = ("granted", None) if implied["what2"] and "提供" in what else _outcome_in(what)
            if found and (every or value == 1):
                yield make_fact(sent, m, "requests.outcome", _dated_key(found[0], meta), value, "request",
                                clause.strip(), "prose.outcome_implied", meta)
            return
        every_before = every_before or bool(_EVERY_ONE.match(clause))
        pos += len(clause)


def _implied_case_part(sent: Sentence, m: re.Match, value: float, measure: str,
                       meta: Metadata, end: int | None = None) -> Iterator[Fact]:
    """行政复议1件，复议机关维持了原答复 / 直接起诉2件，复议后起诉1件），均尚未审结: the result of
    every case counted (reconsideration, or one kind of suit), in the clause after the count
    (or after `end`: 行政诉讼1件，为直接起诉，结果维持)."""
    text = sent.text
    end = m.end() if end is None else end
    # 行政复议1件（结果维持） / 3件（均维持原答复）: the result in brackets after the count
    bracket = _RESULT_IN_BRACKETS.match(text, end)
    implied = _IMPLIED_CASE_RESULT.fullmatch(bracket["what"].strip()) if bracket else None
    if implied and (implied["all"] or implied["allc"] or value == 1) \
            and not (measure == "review" and _COURT.search(bracket["what"])):
        key = next(k for word, k in _CASE_RESULT_KEYS if word in implied["what"])
        yield make_fact(sent, m, measure, key, value, "case", bracket["what"].strip(),
                        f"prose.{measure}_implied", meta)
        return
    inside = re.match(r"[^（()）。；;]{0,40}?[)）]", text[end:])
    # 行政复议3件、行政诉讼1件，复议均维持原答复: past the suits listed next, a clause naming
    # reconsideration again speaks of it
    listed = _SUITS_LISTED_NEXT.match(text, end) if measure == "review" and not inside else None
    # (直接起诉2件，复议后起诉1件），均尚未审结: a 均 after the bracket speaks for each item)
    clause = _next_clause(text, end + inside.end()) if inside else _next_clause(text, listed.end() if listed else end)
    if listed and not _REVIEW_NAMED.match(clause):
        return
    if clause and (_WHO_REVIEWED.fullmatch(clause.strip()) or _WHY_APPEALED.fullmatch(clause.strip())):
        # 经区政府复议，维持了街道的答复: who reviewed it, then the result
        # (申请人不服本局的答复，目前尚在审理中: what it was against, then the result)
        clause = _next_clause(text, text.index(clause, end) + len(clause))
    implied = _IMPLIED_CASE_RESULT.fullmatch(clause.strip()) \
        if clause and not may_hold_count(clause) else None
    if not implied or not (implied["all"] or implied["allc"] or (value == 1 and not inside)):
        return
    if measure == "review" and _COURT.search(clause):
        return          # a court's ruling on a review count: a suit followed
    if measure.startswith("litigation") and _REVIEW_NAMED.match(clause):
        return          # (复议1宗、诉讼1宗，复议均维持: the reconsiderations' result)
    key = next(k for word, k in _CASE_RESULT_KEYS if word in implied["what"])
    yield make_fact(sent, m, measure, key, value, "case", clause.strip(), f"prose.{measure}_implied", meta)


_WHY_APPEALED = re.compile(r"(?:为|系|因)?(?:申请人|原告)?(?:不服|对)[^，。；,;\d]{1,24}?"
                           r"(?:答复|决定|告知|行为|处理)(?:不服)?(?:而|提出|提起|申请)?[^，。；,;\d]{0,8}")
_WHO_REVIEWED = re.compile(r"经[^，。；,;\d]{0,10}?(?:复议|审查|审理|复查)(?:后)?")
_SUITS_LISTED_NEXT = re.compile(r"\s*[、和及]\s*(?:被)?(?:提起)?行政诉讼\s*\d+\s*[件起宗]")
_REVIEW_NAMED = re.compile(r"\s*(?:行政)?复议")
# …行政诉讼2件，均为未经复议直接起诉 / 为复议后起诉: the kind of every suit counted
_IMPLIED_SUIT_KIND = re.compile(r"(?P<all>均|全部|都)?(?:为|系|属于|是)?(?:申请人)?"
                                r"(?:(?P<direct>未经(?:行政)?复议(?:直接)?|直接)|(?:经)?(?:行政)?复议后)"
                                r"(?:向法院)?(?:提起)?(?:行政)?(?:起诉|诉讼)(?:的)?(?:案件)?")


def _implied_suit_kind(sent: Sentence, m: re.Match, value: float, meta: Metadata,
                       label: str = "") -> Iterator[Fact]:
    """行政诉讼2件，均为未经复议直接起诉: the kind of every suit counted, then its result. The
    kind may stand in brackets: before the count (行政诉讼（未经复议直接起诉）2件, the kind of
    the count itself) or after it (行政诉讼2件（均为复议后起诉））."""
    text = sent.text
    before = _REASON.search(label)
    after = _RESULT_IN_BRACKETS.match(text, m.end())
    clause = _next_clause(text, m.end())
    if before and (kind := _IMPLIED_SUIT_KIND.fullmatch(before["why"].strip())):
        words, end, every = before["why"], m.end(), True
    elif after and (kind := _IMPLIED_SUIT_KIND.fullmatch(after["what"].strip())):
        words, end, every = after["what"], after.end(), bool(kind["all"])
    elif kind := _IMPLIED_SUIT_KIND.fullmatch(clause.strip()):
        words, end, every = clause, text.index(clause, m.end()) + len(clause), bool(kind["all"])
    else:
        return
    if every or value == 1:
        measure = "litigation.direct" if kind["direct"] else "litigation.after_review"
        yield make_fact(sent, m, measure, "total", value, "case", words.strip(),
                        "prose.litigation_kind_implied", meta)
        yield from _implied_case_part(sent, m, value, measure, meta, end=end)


def _all_answered(sent: Sentence, end: int, fact, completed: bool = False) -> Iterator[Fact]:
    """办理申请12件，均在法定期限内答复完毕 / 已全部办结: the requests handled are the outcome
    total, unless requests came in from or went on to another year (then the sums differ).
    Requests received are answered in full only when the answers are said to be complete
    (`completed`: 收到申请12件，均已答复完毕); 收到申请12件，均已答复 stays the received count."""
    answered = _ALL_ANSWERED.match(sent.text, end)
    if answered and (not completed or answered["done"]) and not _ANOTHER_YEAR.search(sent.text):
        yield fact("requests.outcome", "total", "request", "prose.outcome_total")


def _carried_from_last_year(label: str, meta: Metadata) -> bool:
    """2020年度结转的申请1件 in the 2021 report: brought in from the year before."""
    m = _CARRIED_FROM_YEAR.search(label)
    return bool(m and meta.report_year and int(m[1]) == meta.report_year - 1)


# 未经复议直接起诉2件 / 复议后起诉1件 / 均为未经复议直接起诉: a kind of suit named
_SUIT_KIND_NAMED = re.compile(r"(?P<direct>未经(?:行政)?复议(?:直接)?|直接)"
                              r"(?:向[^，。；、\d]{0,12}?法院)?(?:提起)?(?:行政)?(?:起诉|诉讼)"
                              r"|(?<!未)(?<!未经)(?:经)?(?:行政)?复议后(?:向[^，。；、\d]{0,12}?法院)?(?:提起)?(?:行政)?"
                              r"(?:起诉|诉讼)")
# 驳回诉讼请求 is the template's 结果维持 for a suit
_SUIT_PARTS = (("驳回", "upheld"), ("撤诉", "other"), *_REVIEW_PARTS)


# 其他情形1件 among the results of the reconsiderations counted before (维持14件，纠错3件，…)
_OTHER_CASE_RESULT = re.compile(r"[、，,\s]*(?:其中)?(?:属于)?其[他它](?:情形|情况)(?:的)?")
_REQUEST_WORDS_AFTER = re.compile(r"公开|处理|提供|申请(?!行政复议|复议)")


def _other_case_result(label: str, before: str) -> bool:
    """其他情形 closing a list of case results: the nearest case word before it is nearer than
    any word of the requests' outcomes (不予公开…（其他情形2件） is a refusal's ground)."""
    if not _OTHER_CASE_RESULT.fullmatch(label):
        return False
    case = max(before.rfind("复议"), before.rfind("诉讼"))
    return case >= 0 and not _REQUEST_WORDS_AFTER.search(before, case) and _case_part(label, before) is not None


_REVIEW_AND_SUITS = re.compile(r"复议\s*(?:、|和|及|与|以及)\s*(?:行政)?诉讼")


_HEARD = re.compile(r"经(?:复议机关|复议|机关)?(?:审理|审查|审议)(?:后)?[，,]?"
                    r"(?=[^，,；;]{0,8}(?:维持|纠正|驳回|撤销|确认))")


def _case_part(label: str, before: str) -> tuple[str, str] | None:
    """The measure and key of a part of a case count stated in prose: a reconsideration result
    (行政复议N件，其中结果维持N件…), or the result of suits of the one kind named before
    (未经复议直接起诉2件，其中1件驳回诉讼请求). Suits of no stated kind, or of both kinds, stay
    out: the contract splits suit results by kind, and the development labels give prose suits
    their total alone."""
    # (复议后起诉3件，法院判决维持2件: the suits are nearest, and a court's ruling is no review's)
    legal = [(before.rfind(word), measure) for word, measure in _LEGAL if measure != "complaints"]
    nearest = max(legal)
    if nearest[0] < 0:
        return None
    if "审结" in label and not re.search(r"未|尚未", label):
        return None
    # (经审理维持2件: the hearing done, its result follows)
    if "审理" in _HEARD.sub("", label) and not re.search(r"[尚正仍]在审理|审理中|终止", label):
        return None
    if nearest[1] == "litigation" and _REVIEW_AND_SUITS.search(before, max(0, nearest[0] - 12)):
        return None     # (行政复议、行政诉讼案件16件，结果维持11件: both together, neither's)
    if nearest[1] == "litigation":
        kinds = {"litigation.direct" if k["direct"] else "litigation.after_review"
                 for k in _SUIT_KIND_NAMED.finditer(before)}
        key = next((key for word, key in _SUIT_PARTS if word in label), None)
        return (kinds.pop(), key) if len(kinds) == 1 and key else None
    if _COURT.search(label):
        return None
    key = next((key for word, key in _REVIEW_PARTS if word in label), None)
    return ("review", key) if key else None


def _stated_zeros(sent: Sentence, meta: Metadata, prev: str = "", section: str = "") -> Iterator[Fact]:
    """P13: a negated clause about requests, fees, reconsideration, litigation or complaints.

    A bare 无 answers the topic in front of it: the heading it follows on its line
    (四、收费及减免情况：无) or the heading line before it (…行政复议、行政诉讼的情况 / 无。)."""
    pos = 0
    # （三）复议诉讼情况：本年度未发生… answers its own inline heading; 三、收费、复议和诉讼情况 /
    # 未收取任何费用。没有发生相关的行政复议和行政诉讼。: the section's heading, sentences before
    under_heading = bool(_INLINE_HEADING.match(sent.text)) or bool(_LEGAL_SECTION.search(section)) or (
        # …under the heading line 四、政府信息公开行政复议、行政诉讼情况
        len(prev) <= _HEADING_CHARS and bool(_OGI.search(prev)) and bool(re.search(r"复议|诉讼", prev)))
    # the sentence before told of disclosure requests (收到自然人申请1件，已予以公开。)
    # (…无行政复议、行政诉讼，未收取信息处理费: the disclosure fee in the same sentence, likewise)
    after_requests = bool(_REQUEST_TALK.search(prev) or _OGI_FEE.search(prev + sent.text)
                          or _OUTCOME_ROW_COUNT.search(prev) or _REQUEST_ANSWERED.search(prev))
    for sep in list(_CLAUSE_SEP.finditer(sent.text)) + [None]:
        end = sep.start() if sep else len(sent.text)
        clause = sent.text[pos:end]
        if not _ZERO_CHARS.search(clause):
            pos = sep.end() if sep else end      # states no zero: none of the rules below
            continue
        if _BARE_NONE.fullmatch(clause):
            lead = "" if _TIME_LEAD.fullmatch(sent.text[:pos]) else sent.text[:pos]
            topic = lead or (prev if len(prev) <= _HEADING_CHARS else "")
            if topic:
                yield from _zero_clause(sent, pos, end, topic, meta, heading=True)
            pos = sep.end() if sep else end
            continue
        inline = _HEADING_THEN_NONE.fullmatch(clause)
        if inline and _SECTION_HEADING.fullmatch(inline["head"]) and _BARE_NONE.fullmatch(inline["none"]):
            # 五、因政府信息公开被申请行政复议、提起行政诉讼的情况 无。: a heading run into its
            # text (a page flattened to one line), the bare 无 answers it
            yield from _zero_clause(sent, pos + inline.start("none"), end, inline["head"], meta, heading=True)
            pos = sep.end() if sep else end
            continue
        # 依申请公开、收费、行政复议和行政诉讼情况均无 / …均未发生: the topics before a closing
        # denial, like …均为零
        zero_word = _ZERO_WORD.search(clause) or _TRAILING_NONE.search(clause)
        if zero_word:
            # 行政复议和行政诉讼均为零: the topics come before the zero; 均为0。 / 数量均为零。
            # alone under a heading answers that heading, like a bare 无 (after clauses that
            # state their own zeros, 上述事项均为零 adds none)
            topic = clause[:zero_word.start()]
            heading_topic = "" if not _NO_TOPIC.fullmatch(topic) else \
                (prev if len(prev) <= _HEADING_CHARS else "") if pos == 0 else \
                sent.text[:pos] if _INLINE_HEADING.match(sent.text[:pos]) else ""
            yield from _zero_clause(sent, pos + zero_word.start(), pos + zero_word.end(),
                                    heading_topic or topic, meta, heading=under_heading or bool(heading_topic)
                                    or bool(_CASES_COUNTED.search(sent.text, 0, pos)),
                                    after_requests=after_requests)
            pos = sep.end() if sep else end
            continue
        none_asked = _NONE_ASKED.fullmatch(clause)
        if none_asked and (_OGI.search(sent.text + prev) or "申请" in sent.text[:pos] or _on_requests(prev, section)):
            kinds = [taxonomy.lookup("applicant_types", who) for who in _ROW_JOIN.split(none_asked["who"])]
            if all(kinds) and len(set(kinds)) == len(kinds):
                for kind in kinds:
                    yield make_fact(sent, None, "requests.new", kind, 0.0, "request", clause.strip(),
                                    "prose.zero_applicants", meta, span=(pos + none_asked.start("none"), end))
            pos = sep.end() if sep else end
            continue
        prefixed = list(_ZERO_PREFIXED.finditer(clause))
        if prefixed:
            # 实现零收费、零复议、零诉讼: each 零X is that measure's zero
            if under_heading or _OGI.search(sent.text + prev):
                for z in prefixed:
                    # (零申请 is also a benefit paid without asking: only of disclosure requests)
                    if z["what"] == "申请" and not (_OGI.search(sent.text) or _on_requests(prev, section)):
                        continue
                    measure, key, unit = _ZERO_PREFIXED_MEASURES[z["what"]]
                    yield make_fact(sent, None, measure, key, 0.0, unit, z.group(),
                                    f"prose.zero_{measure.split('.')[0]}", meta,
                                    span=(pos + z.start(), pos + z.end()))
            pos = sep.end() if sep else end
            continue
        # (被申请行政复议2件；未被提起行政诉讼: a denial beside a count of cases speaks of the
        # same cases; under a heading on requests, 未收到相关申请 denies those requests)
        beside_cases = under_heading or bool(_CASES_COUNTED.search(sent.text, 0, pos))
        on_requests = _on_requests(prev, section)
        # 未接到申请且未发生复议: each denial of the clause with its own nouns
        cuts = [0, *(c.start() for c in _AND_NOT.finditer(clause)), len(clause)]
        for lo, hi in zip(cuts, cuts[1:]):
            neg = _NEG.search(clause, lo, hi)
            # (…申请1件（上年无结转）: a denial in brackets ends with them)
            if neg and _IN_BRACKETS_BEFORE.search(clause, lo, neg.start()):
                hi = min([hi, *(at for at in (clause.find(c, neg.end(), hi) for c in ")）") if at >= 0)])
            # (a year is no count: 无结转到2025年的申请)
            if neg and not _DIGIT.search(_A_YEAR.sub("", clause[neg.end():hi])):
                yield from _zero_clause(sent, pos + neg.start(), pos + neg.end(), clause[neg.end():hi],
                                        meta, heading=beside_cases, after_cases=_about_ogi_cases(prev),
                                        on_requests=on_requests, after_requests=after_requests)
        pos = sep.end() if sep else end


# 科研机构、法律服务机构及其他组织均未提出申请: no request from each applicant kind listed
_NONE_ASKED = re.compile(r"\s*(?:其中)?(?P<who>[^，,。；;：:\d]{2,60}?)"
                         r"(?P<none>(?:均|都|皆)?(?:未|没有)(?:提出|提交|递交)(?:过)?(?:任何)?(?:政府信息公开|信息公开)?(?:申请)?)\s*")
_IN_BRACKETS_BEFORE = re.compile(r"[（(][^（()）]*$")
# 申请1件，已按期予以公开 / 申请3件，均已答复: requests and what became of them
_REQUEST_ANSWERED = re.compile(r"申请[^。；]{0,16}?(?:予以公开|答复|办结|告知)|(?:办结|答复)[^。；]{0,6}?申请")


def _on_requests(prev: str, section: str) -> bool:
    """Under a heading on requests: the section's, or the heading line just before."""
    return bool(_REQUEST_TALK.search(section)) or (
        len(prev) <= _HEADING_CHARS and bool(_SECTION_HEADING.match(prev)) and bool(_REQUEST_TALK.search(prev)))


_TRAILING_NONE = re.compile(r"(?<=[\u4e00-\u9fff])(?:的)?(?:情况|事项|案件|情形)?(?:均|都|皆)(?:无|没有|未)"
                            r"(?:发生|出现|产生)?(?:过)?$")
# 均为0 / 数量均为零 with no topic of its own (the heading's)
_NO_TOPIC = re.compile(r"\s*(?:(?:本|今|全)年度?(?:内)?|年内|报告期内)?\s*(?:上述|以上|相关)?(?:案件|情况|事项)?"
                       r"(?:的)?(?:数量|件数|数)?\s*")
# 收取信息处理费300元。未发生行政复议和行政诉讼。: fees of disclosure requests (or their
# outcomes, 予以公开5件), so the cases denied next are of them too
_OGI_FEE = re.compile(r"信息处理费|(?:信息公开|依申请公开)[^。；]{0,8}费")


# 行政许可、处罚、强制及收费 / 行政事业性收费: the administrative charges of table 二
_ADMIN_CHARGES = re.compile(r"事业性收费|(?:许可|处罚|强制)[^，。；]{0,12}?收费")
# 另收到信函申请1件 / 另外接到当面申请2件: requests by another way, after a denial
_ANOTHER_RECEIVED = re.compile(r"另(?:外)?(?:还)?(?:收到|接到|受理|接收)(?:了)?[^，。；;\d]{0,10}?申请"
                               r"\s*(?P<n>\d+)\s*件")
# 被申请行政复议2件 / 行政诉讼1起: a count of cases
_CASES_COUNTED = re.compile(r"(?:复议|诉讼)[^，。；,;]{0,6}?\d+\s*[件起宗]")
# 未接到申请且未发生复议 / 并且没有 / 也未: a second denial in one clause
_AND_NOT = re.compile(r"(?:并且|而且|且|也|亦|同时)(?=未(?!经)|没有|无(?!法))")
# 没有收到过相关申请 (under a heading on requests): no request received
_NONE_RECEIVED = re.compile(r"(?:收到|接到|受理|接收|发生)(?:过|了)?(?:任何|相关|有关)?(?:的)?"
                            r"(?:政府信息公开|信息公开|依申请公开)?(?:的)?申请\s*")


# 申请 as one noun of a list (…公开申请、行政复议…, …申请和诉讼…), not the verb of 申请行政复议
# or the cause in 因信息公开申请提起诉讼.
# (依申请公开、收费、行政复议…均为零: the requests by their section's name)
_LISTED_REQUESTS = re.compile(r"(?<!因)(?<!因政府信息公开)(?<!因信息公开)(?:申请|依申请公开(?:政府信息)?)(?:的)?"
                              r"(?:数量?|件数)?(?:[、，,和及与]|$)")
# 零收费、零复议 / 依申请公开政府信息为零申请 (零申请材料 is a service's)
_ZERO_PREFIXED = re.compile(r"零(?P<what>收费|复议|诉讼|申请(?!材料|人))")
_ZERO_PREFIXED_MEASURES = {"收费": ("fees", "charged", "yuan"), "复议": ("review", "total", "case"),
                           "申请": ("requests.new", "total", "request"),
                           "诉讼": ("litigation", "total", "case")}
_BARE_REQUESTS = re.compile(r"(?:任何|相关)?(?:政府信息公开|信息公开|依申请公开)?申请\s*")
_CARRIED_NOUN = re.compile(r"(?:的)?(?:政府信息公开|信息公开)?(?:申请)?(?:件数|数量)?\s*$")
# 新收申请数、上年结转数、办理数和结转下年度数均为0: the template's rows named in a list, one
# figure for all (every item must name a row)
_ROW_NOUN = re.compile(r"(?:的)?(?:政府信息公开|信息公开)?(?:申请)?(?:件数|数量|数)\s*$")
_LISTED_ROWS = (
    (re.compile(r"(?:本年度?)?(?:新收|收到|受理)(?:的)?(?:政府信息公开|信息公开)?(?:申请)?"), "requests.new"),
    (re.compile(r"(?:本年度?)?(?:办理|办结|答复|处理)(?:结果)?(?:的)?(?:政府信息公开|信息公开)?(?:申请)?"),
     "requests.outcome"),
)
# 无结转 / 没有结转到下年度的申请 / 无结转下年度办理的申请 / 无转入下年度的申请 (结转 after 上年
# is carried in, _CARRIED_IN_LABEL; 转入 needs the next year named, 转入 alone may come in)
# (本年未产生结转 / 无转入下年度的件数 / 年末未办结申请: open at the year's end, so carried out)
_NO_CARRY_OUT = re.compile(r"\s*(?:产生|发生|出现)?(?:需要?)?(?:跨年度?)?"
                           r"(?:(?:结转|转结)(?:到|至)?(?:下一?年度?|" + _YEAR + ")?"
                           r"|下一?年度?(?:结转|转结)"
                           r"|(?:年末|年底)(?:未办结|待办)"
                           r"|转入(?:到|至)?(?:下一?年度?|" + _YEAR + "))"
                           r"(?:继续)?(?:办理)?(?:的)?(?:政府信息公开|信息公开)?(?:申请)?(?:办理)?(?:的)?"
                           r"(?:情况|件数|件|案件)?\s*")
# 上年度没有遗留申请 (the year named before the denial): none came in
_LEFT_OVER = re.compile(r"\s*(?:遗留|未办结)(?:的)?(?:政府信息公开|信息公开)?(?:申请)?(?:件数|件)?\s*")
_AT_YEAR_END = re.compile(r"(?:年末|年底)(?:也|亦)?$")
# 年底无待办申请 / 年末没有未办结的申请 (the year's end before the denial): none carried out
_OPEN_AT_END = re.compile(r"\s*(?:待办|未办结|积压)(?:的)?(?:政府信息公开|信息公开)?(?:申请)?(?:件数|件)?\s*")
_BOTH_YEARS = re.compile(r"上一?年度?(?:和|及|与|、)(?:本|今)年度?(?:均|都)?$")
_ANSWERS_NONE = re.compile(r"[^，；。]{0,10}?(?:答复|处理|办理)[^，；。]{0,6}情况")
_LATE = re.compile(r"超期|逾期|超时|延期|超过(?:法定)?期限")


def _zero_clause(sent: Sentence, start: int, end: int, tail: str, meta: Metadata,
                 heading: bool = False, after_cases: bool = False, on_requests: bool = False,
                 after_requests: bool = False) -> Iterator[Fact]:
    """Zeros a negated clause states. `heading`: the clause answers a section heading (a bare
    无 under it, or …情况：未发生… after it); a section of an OGI report about 行政复议 is
    about OGI reconsideration even when it does not say 政府信息. `after_cases`: the sentence
    before told of disclosure reconsideration or suits (…被提起行政诉讼1件。全年未收到举报投诉。).
    `on_requests`: the clause stands under a heading on requests (三、依申请公开情况).
    `after_requests`: the sentence before told of disclosure requests (…收到政府信息公开申请4件。
    本年度未被提起行政诉讼。): a denied review or suit is of them."""
    def zero(measure: str, key: str, unit: str, rule: str) -> Fact:
        return make_fact(sent, None, measure, key, 0.0, unit, tail, rule, meta,
                         span=(start, end))

    if tail.startswith(("纳入", "列入", "计入")):
        return            # 未纳入政府信息公开申请统计: something left out of a count, not a zero
    context = tail + sent.text
    # (无复议后起诉案件 / 未发生直接起诉: no suit of that kind, saying nothing of reconsideration
    # or of the other kind)
    suits = sorted({"litigation.direct" if k["direct"] else "litigation.after_review"
                    for k in _SUIT_KIND_NAMED.finditer(tail)})
    named = _SUIT_KIND_NAMED.sub("", tail) if suits else tail
    legal = list(dict.fromkeys(measure for word, measure in _LEGAL if word in named)) + suits
    if _FEE_WORDS.search(tail) and _ADMIN_CHARGES.search(tail) and not _OGI_FEE.search(tail):
        return            # 无行政许可、处罚、强制及收费事项: the body's charges (table 二), no disclosure fee
    if _FEE_WORDS.search(tail):
        # (逾期未缴纳费用: no payment, said of the applicant; …，未实际收取处理费 in a clause
        # of its own after it, naming the fee, is the fee zero)
        window = sent.text[max(0, start - 8):start]
        own = _CLAUSE_SEP.split(window)[-1]
        # (向1名申请人收取复印费12元，其余申请均未收费: the rest paid none, the fee is stated)
        # (收取工本费30元，未收取其他费用: no further fee, the one stated stands)
        if re.search(r"(?:其他|其它|其余|另外|额外)(?:任何)?(?:的)?费用", tail) \
                and re.search(r"\d\s*(?:万)?元", sent.text):
            return
        if re.search(r"通知|逾期|缴纳", own + tail) or tail.startswith("按") or re.match(r"\s*(?:其余|其他|另)", own) \
                or (re.search(r"通知|逾期|缴纳", window) and "费" not in tail):
            return
        # (停车不收费: 不 states a policy of anything; only of disclosure is it a fee zero)
        if sent.text[start:end] == "不" and not (_OGI.search(sent.text) or "申请" in sent.text):
            return
        yield zero("fees", "charged", "yuan", "prose.zero_fees")
        # 未发生信息公开收费、行政复议及行政诉讼事项: one denial for every measure listed
        if not legal:
            return
    if legal and re.search(r"纠错|纠正|败诉|撤销", tail):
        return
    if legal:
        if _OGI.search(context) or "申请" in tail or heading or (after_cases and legal == ["complaints"]) \
                or ((after_requests or on_requests) and "complaints" not in legal
                    and not re.search(r"因|涉及|关于", tail)):
            # (…未收取任何费用，未发生行政复议和行政诉讼。 under 二、依申请公开情况: those requests')
            for measure in legal:
                yield zero(measure, "total", "case", f"prose.zero_{measure}")
            # 信息公开申请、行政复议、行政诉讼均为零: requests listed beside the cases
            listed = _LISTED_REQUESTS.search(tail)
            if listed and _OGI.search(tail) and not _LEGAL_WORD.search(tail, 0, listed.start()):
                yield zero("requests.new", "total", "request", "prose.zero_requests")
        return
    # (无结转下年度的申请 names the requests itself)
    # (年末无结转。 under a heading on requests: those requests)
    # (无上年结转及结转下年情况。 after a sentence on requests, or under their heading: theirs)
    if "申请" in sent.text[:start] or (tail.endswith("申请") and _ANOTHER_YEAR.search(tail)) \
            or (on_requests and _NO_CARRY_OUT.fullmatch(tail)) \
            or ((on_requests or after_requests)
                and re.match(r"\s*(?:产生|发生|出现)?(?:跨年度?)?(?:上一?年度?)?(?:结转|转结)", tail)) \
            or ((on_requests or after_requests) and _AT_YEAR_END.search(sent.text, 0, start)
                and _OPEN_AT_END.fullmatch(tail)):
        # …申请9件，办结9件，无结转 / 未收到申请，无上年结转: no requests carried either way
        # (上年无结转: the year named before the denial; 无上年度结转申请: after it)
        # (无上年结转和结转下年度申请: both ways at once)
        parts = [part for part in re.split(r"[和及与、]|或者?", tail.strip()) if part]
        rows = [_listed_row(part) for part in parts] if len(parts) > 1 else []
        if rows and all(rows) and len(set(rows)) == len(rows):
            for measure in rows:
                yield zero(measure, "total", "request", "prose.zero_rows")
            return
        # (上年度和本年度均无结转: both years denied, so none came in and none goes on)
        if (len(parts) == 2 and _CARRIED_IN_LABEL.fullmatch(_CARRIED_NOUN.sub("", parts[0]))
                and _NO_CARRY_OUT.fullmatch(parts[1])) or (
                _BOTH_YEARS.search(sent.text, 0, start) and _NO_CARRY_OUT.fullmatch(tail)):
            yield zero("requests.carried_in", "total", "request", "prose.zero_carried_in")
            yield zero("requests.carried_out", "total", "request", "prose.zero_carried_out")
            return
        if _CARRIED_IN_LABEL.fullmatch(_CARRIED_NOUN.sub("", tail.strip())) or (
                re.search(r"上一?年度?(?:亦|也|均|都)?$", sent.text[max(0, start - 5):start])
                and (_NO_CARRY_OUT.fullmatch(tail) or _LEFT_OVER.fullmatch(tail))):
            yield zero("requests.carried_in", "total", "request", "prose.zero_carried_in")
            return
        if _NO_CARRY_OUT.fullmatch(tail) or (
                _AT_YEAR_END.search(sent.text, 0, start) and _OPEN_AT_END.fullmatch(tail)):
            yield zero("requests.carried_out", "total", "request", "prose.zero_carried_out")
            return
    if tail.startswith(("不予公开", "不同意公开")):
        yield zero("requests.outcome", "deny.total", "request", "prose.zero_outcome")
        return
    # (全部按期答复，无超期答复情况: no answer late, the answers themselves are counted)
    if _ANSWERS_NONE.match(tail) and "申请" in sent.text and not _LATE.search(tail):
        yield zero("requests.outcome", "total", "request", "prose.zero_outcome")
        return
    # (我乡2012年度无申请。 under a heading on requests: 申请 alone is those requests)
    if "申请" in tail and (_OGI.search(tail) or (on_requests and (_NONE_RECEIVED.fullmatch(tail)
                                                                 or _BARE_REQUESTS.fullmatch(tail)))) \
            and not re.search(r"咨询|审批|受理窗口", tail):
        # 系统内未收到申请；另收到信函申请1件: none by one way, the other way's count is the year's
        another = list(_ANOTHER_RECEIVED.finditer(sent.text, end))
        if another:
            if len(another) == 1 and len(list(COUNT.finditer(sent.text, end))) == 1:
                n = another[0]
                yield make_fact(sent, None, "requests.new", "total", float(n["n"]), "request", n.group(),
                                "prose.request_other_way", meta, span=n.span("n"))
            return
        yield zero("requests.new", "total", "request", "prose.zero_requests")


# 本年新收、上年结转、办理结果及结转下年度各项均为0: every row of the requests' table named, one
# zero for them all (each row must be one of the table's, and no two the same)
_ROWS_ALL_ZERO = re.compile(r"\s*(?:[一二三四五六七八九十]+、)?(?P<rows>[^，,。；;：:\d]{4,60}?)"
                            r"(?:等)?(?:各项|各栏|数据|情况)?"
                            r"(?:均|都|全部)(?:为|是)\s*(?:0|零)(?:件)?\s*[。；;]?\s*")
_ROW_TAIL = re.compile(r"(?:的)?(?:政府信息公开|信息公开)?(?:申请)?(?:件数|数量|数)?$")


def _rows_all_zero(sent: Sentence, meta: Metadata) -> Iterator[Fact]:
    m = _ROWS_ALL_ZERO.fullmatch(sent.text)
    if not m:
        return
    parts = [_ROW_TAIL.sub("", part.strip()) for part in re.split(r"[、和及与]|以及", m["rows"]) if part.strip()]
    rows = []
    for core in parts:
        if _CARRIED_IN_LABEL.fullmatch(core):
            rows.append("requests.carried_in")
        elif _NO_CARRY_OUT.fullmatch(core):
            rows.append("requests.carried_out")
        else:
            rows.append(next((measure for pattern, measure in _LISTED_ROWS if pattern.fullmatch(core)), None))
    if len(rows) < 2 or not all(rows) or len(set(rows)) != len(rows):
        return
    for measure in rows:
        yield Fact(measure=measure, key="total", value=0.0, unit="request",
                   period=period_of(sent.text, meta), label_raw=m["rows"].strip(), is_approx=False,
                   char_start=sent.doc_offset(m.start("rows")), char_end=sent.doc_offset(m.end() - 1) + 1,
                   evidence=sent.evidence(m.start("rows")), source_frame="free_text",
                   extractor="prose.zero_rows")


def _listed_row(part: str) -> str | None:
    """The template row a list item names with 数 (上年结转数 -> requests.carried_in)."""
    if not _ROW_NOUN.search(part):
        return None
    core = _ROW_NOUN.sub("", part.strip())
    if _CARRIED_IN_LABEL.fullmatch(core):
        return "requests.carried_in"
    if _NO_CARRY_OUT.fullmatch(core):
        return "requests.carried_out"
    return next((measure for pattern, measure in _LISTED_ROWS if pattern.fullmatch(core)), None)


# 本局公开政府信息一律免费 / 依申请提供的信息均免费提供 / 所申请材料全部免费提供: disclosure
# given free as the rule, the fee zero (其余均免费: the rest, beside a fee stated; 免费发放 of a
# booklet is no disclosure on request)
_FREE_OF_CHARGE = re.compile(r"(?<!其余)(?<!其他)(?<!其它)(?:公开|提供|申请)(?:的)?[^，。；,;\d]{0,8}?"
                             r"(?:信息|材料|资料)(?:均|一律|全部|全部均|均为)免费(?:提供|公开)?(?=$|[，。；,;])")


def _free_of_charge(sent: Sentence, meta: Metadata) -> Iterator[Fact]:
    m = _FREE_OF_CHARGE.search(sent.text)
    if not m or re.search(r"\d\s*元", sent.text) or not (_OGI.search(sent.text) or "申请" in sent.text
                                                        or "公开" in m.group()):
        return
    start = m.start()
    yield Fact(measure="fees", key="charged", value=0.0, unit="yuan",
               period=period_of(sent.text, meta), label_raw=m.group(), is_approx=False,
               char_start=sent.doc_offset(start), char_end=sent.doc_offset(m.end() - 1) + 1,
               evidence=sent.evidence(start), source_frame="free_text",
               extractor="prose.zero_fees")


def _fees(sent: Sentence, meta: Metadata) -> Iterator[Fact]:
    """P15: 收取信息处理费380元 (money in yuan; 万元 x 10000 via the number's multiplier)."""
    for m in _FEE_AMOUNT.finditer(sent.text):
        before = sent.text[max(0, m.start() - 12):m.start()]
        # (…工作支出约186万元；全年收取…费用: the spending is another clause's)
        before = re.split(r"[；;]", before)[-1]
        # (行政事业性收费 38 -5 政府集中采购 27 1936.7万元: table 二's rows run together, the
        # fee items of the agency's powers and a procurement sum, no disclosure fee)
        # (收取土地出让价款2.87亿元: money of another kind, no fee named)
        if "费" not in m.group() and re.search(r"款|金|税|租", m.group()):
            continue
        # (应收取信息处理费200元 / 收费通知金额200元: billed, not yet paid, no charge)
        if _BILLED.search(before) or "通知" in m.group():
            continue
        if re.search(r"减免|支出|经费|采购", before + m.group()) or "事业性收费" in before + m.group() or any(
                not _disclosure_fee(m.group(), f) for f in _FEE_NAME.finditer(m.group())):
            continue
        value = count_value(m)
        if value is None:
            continue
        start, end = m.start("num"), m.end("mult") if m["mult"] else m.end("num")
        yield Fact(measure="fees", key="charged", value=value, unit="yuan",
                   period=period_of(sent.text, meta), label_raw=m.group(), is_approx=False,
                   char_start=sent.doc_offset(start), char_end=sent.doc_offset(end - 1) + 1,
                   evidence=sent.evidence(start), source_frame="free_text",
                   extractor="prose.fees")
