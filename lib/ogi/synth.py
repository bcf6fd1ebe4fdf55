"""Synthetic OGI annual reports with ground truth, for scale tests and accuracy at volume.

`ogi synth N --out DIR` writes N reports of every era (free text 2009-2013, the 2014 statistics
table 2014-2018, the 2019 and 2021 template tables) as plain text with flattened tables, HTML
with real <table> markup, or Markdown pipe tables, plus one label YAML per report in the format
of shared/corpus/labels (file, agency, admin_level, report_year, published, template, facts), so
shared/tools/score.py scores a parse of them.

The phrasing is our own, varied along the sentence patterns of shared/docs/domain.md §6 and the
table labels of §2-§3: synonyms for categories and channels, approximate counts (余/多), stated
zeros (未收到…申请), shares (占N%), and numbers that are NOT disclosure counts (phone numbers,
postcodes, document numbers, dates, page views, staff). Document i depends only on (seed, i),
so the first 1,000 of a 10,000-document corpus are the 1,000-document corpus.
"""
from __future__ import annotations

import html
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import click
import yaml

FORMATS = ("txt", "html", "md")
TEMPLATES = ("free_text", "stats_table_2014", "template_2019", "template_2021")

# --- vocabulary ------------------------------------------------------------------------------

_NAME_CHARS = "青白石云清安平松河宁东西南北兴和永长新金龙凤山湖桥溪林岭泉阳丰乐泰华茂盛嘉源"
_DEPARTMENTS = ("财政局", "民政局", "教育局", "交通运输局", "市场监督管理局", "自然资源局",
                "卫生健康委员会", "人力资源和社会保障局", "水利局", "农业农村局")

# Category id -> ways a report names it (taxonomy words of domain.md §5.1).
CATEGORIES = {
    "cat_policy": ("政策文件类信息", "规范性文件", "政策法规类信息", "政府文件"),
    "cat_news": ("工作动态类信息", "政务动态信息", "部门动态", "工作动态"),
    "cat_org": ("机构职能类信息", "机构设置类信息", "机构概况"),
    "cat_plan": ("规划计划类信息", "发展规划信息", "年度计划总结"),
    "cat_fiscal": ("财政预决算信息", "财务信息", "预算决算信息", "专项资金信息"),
    "cat_personnel": ("人事信息", "人事任免信息", "公务员招考信息"),
    "cat_welfare": ("民生保障类信息", "社会救助信息", "民政社保信息", "教育信息"),
    "cat_emergency": ("应急管理类信息", "应急预案", "突发事件信息"),
    "cat_service": ("行政许可类信息", "办事指南", "公共服务事项"),
    "cat_procure": ("政府采购信息", "招标采购信息"),
    "cat_notice": ("通知公告", "公示公告", "通知公告类信息"),
    "cat_supervision": ("安全生产信息", "环境保护信息", "食品药品监管信息"),
    "cat_other": ("其他信息", "其他政府信息", "其他应公开信息"),
}
# Channel id -> names, with the verb phrase that follows the name.
CHANNELS = {
    "ch_website": ("政府门户网站", "政府网站", "信息公开专栏", "门户网站"),
    "ch_wechat": ("政务微信公众号", "官方微信", "微信公众号"),
    "ch_weibo": ("政务微博", "官方微博"),
    "ch_board": ("政务公开栏", "信息公告栏", "村务公开栏"),
    "ch_gazette": ("政府公报",),
    "ch_screen": ("电子显示屏", "电子屏"),
}
REQUEST_CHANNELS = {"req_online": ("网上申请", "通过网络提出申请", "在线申请"),
                    "req_letter": ("信函申请", "以信函方式申请"),
                    "req_in_person": ("当面申请", "现场申请"),
                    "req_fax": ("传真申请",)}

APPLICANTS = ("natural_person", "org_business", "org_research", "org_public_interest",
              "org_legal_service", "org_other", "total")

# Table 三 data rows: (label, key) where key is the requests.outcome key, or a special row.
_T3_HEAD = [("一、本年新收政府信息公开申请数量", "new"), ("二、上年结转政府信息公开申请数量", "carried_in")]
_T3_GROUPS = [
    (None, [("（一）予以公开", "granted")]),
    (None, [("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "partial")]),
    ("（三）不予公开", [("1.属于国家秘密", "deny.state_secret"),
                    ("2.其他法律行政法规禁止公开", "deny.law_prohibited"),
                    ("3.危及“三安全一稳定”", "deny.security_stability"),
                    ("4.保护第三方合法权益", "deny.third_party"),
                    ("5.属于三类内部事务信息", "deny.internal_affairs"),
                    ("6.属于四类过程性信息", "deny.process_info"),
                    ("7.属于行政执法案卷", "deny.enforcement_file"),
                    ("8.属于行政查询事项", "deny.admin_query")]),
    ("（四）无法提供", [("1.本机关不掌握相关政府信息", "unable.not_held"),
                    ("2.没有现成信息需要另行制作", "unable.needs_creation"),
                    ("3.补正后申请内容仍不明确", "unable.unclear")]),
    ("（五）不予处理", [("1.信访举报投诉类申请", "reject.petition"),
                    ("2.重复申请", "reject.duplicate"),
                    ("3.要求提供公开出版物", "reject.publication"),
                    ("4.无正当理由大量反复申请", "reject.mass_repeat"),
                    ("5.要求行政机关确认或重新出具已获取信息", "reject.confirm_reissue")]),
]
_T3_OTHER_2019 = (None, [("（六）其他处理", "other")])
_T3_OTHER_2021 = ("（六）其他处理", [
    ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "other.no_correction"),
    ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "other.fee_unpaid"),
    ("3.其他", "other.other")])
_T4_GROUPS = (("review", "行政复议"), ("litigation.direct", "未经复议直接起诉"),
              ("litigation.after_review", "复议后起诉"))
_T4_COLS = (("upheld", "结果维持"), ("corrected", "结果纠正"), ("other", "其他结果"),
            ("pending", "尚未审结"), ("total", "总计"))


@dataclass
class Fact:
    measure: str
    key: str
    value: float
    unit: str
    evidence: str
    period: str = "annual"
    optional: bool = False        # a borderline reading: neither required nor wrong


@dataclass
class Table:
    rows: list[list[str]]


@dataclass
class Report:
    """One synthetic report: body blocks (paragraph strings and Tables) and its truth."""

    file: str
    agency: str
    admin_level: str
    year: int
    published: str
    template: str
    fmt: str
    blocks: list = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)

    def say(self, text: str) -> None:
        self.blocks.append(text)

    def fact(self, measure: str, key: str, value: float, unit: str, evidence: str) -> None:
        self.facts.append(Fact(measure, key, value, unit, evidence))


# --- numbers -----------------------------------------------------------------------------------

def _split(rng: random.Random, total: int, parts: int) -> list[int]:
    """`total` cut into `parts` non-negative integers (a few of them often zero)."""
    if parts == 1:
        return [total]
    cuts = sorted(rng.randint(0, total) for _ in range(parts - 1))
    return [b - a for a, b in zip([0, *cuts], [*cuts, total])]


def _scale(rng: random.Random, level: str) -> int:
    """Typical proactive volume by administrative level."""
    top = {"township": 400, "department": 600, "county": 3000, "city": 20000, "province": 60000}
    return rng.randint(5, top[level])


def _cn_date(year: int, month: int, day: int) -> str:
    return f"{year}年{month}月{day}日"


# --- document parts ------------------------------------------------------------------------------

def _agency(rng: random.Random) -> tuple[str, str]:
    place = "".join(rng.sample(_NAME_CHARS, 2))
    level = rng.choice(("township", "township", "county", "city", "department", "department",
                        "province"))
    if level == "township":
        return place + rng.choice(("镇人民政府", "乡人民政府", "街道办事处")), level
    if level == "county":
        return place + rng.choice(("县人民政府", "区人民政府")), level
    if level == "city":
        return place + "市人民政府", level
    if level == "province":
        return place + "省人民政府办公厅", level
    return place + rng.choice(("县", "市", "区")) + rng.choice(_DEPARTMENTS), level


def _preamble(r: Report, rng: random.Random) -> None:
    doc_year = rng.choice((r.year, r.year + 1))
    basis = rng.choice(("《中华人民共和国政府信息公开条例》", "《政府信息公开条例》"))
    number = f"〔{doc_year}〕{rng.randint(2, 180)}号"
    r.say(f"根据{basis}和上级有关通知（政办{number}）的要求，现公布本机关{r.year}年度"
          f"政府信息公开工作年度报告。本报告统计期限为{r.year}年1月1日至{r.year}年12月31日。")
    phone = f"0{rng.randint(510, 999)}-{rng.randint(2000000, 8999999)}"
    post = f"{rng.randint(100000, 850000)}"
    r.say(rng.choice((f"如对本报告有疑问，请联系本机关办公室（联系电话：{phone}，邮政编码：{post}）。",
                      f"联系地址：{r.agency}办公室，邮编{post}，电话{phone}。")))


def _clutter(r: Report, rng: random.Random) -> None:
    """Numbers that are not disclosure counts: page views, staff, meetings, a date."""
    options = [
        f"全年网站访问量达{rng.randint(10000, 2000000)}人次。",
        f"本机关配备专兼职工作人员{rng.randint(1, 9)}名，召开专题工作会议{rng.randint(1, 12)}次。",
        f"于{_cn_date(r.year, rng.randint(1, 12), rng.randint(1, 28))}组织开展了业务培训，"
        f"参训人员{rng.randint(10, 300)}人次。",
        f"现行有效的信息公开目录共设置栏目{rng.randint(5, 60)}个。",
    ]
    for text in rng.sample(options, rng.randint(1, 3)):
        r.say(text)


def _proactive_prose(r: Report, rng: random.Random, channels: bool = True) -> int:
    total = _scale(rng, r.admin_level)
    approx = rng.random() < 0.1
    unit = rng.choice(("条", "条", "条（篇）"))
    n = f"{total}{rng.choice(('余', '多'))}" if approx else str(total)
    lead = rng.choice((f"{r.year}年，全年共主动公开政府信息{n}{unit}",
                       f"本年度累计主动公开政务信息{n}{unit}",
                       f"全年主动公开政府信息总数为{n}{unit}",
                       f"我单位通过各类平台主动公开各类信息{n}{unit}"))
    r.fact("proactive", "total", total, "item", lead)
    parts = []
    if not approx and rng.random() < 0.8:
        cats = rng.sample(sorted(CATEGORIES), rng.randint(2, 6))
        values = _split(rng, total, len(cats))
        shares = rng.random() < 0.25
        style = rng.choice(("其中", "colon", "包括"))
        for cat, value in zip(cats, values):
            name = rng.choice(CATEGORIES[cat])
            piece = f"{name}{value}条"
            if shares and total:
                piece += f"，占{value * 100 / total:.1f}%"
            parts.append(piece)
            r.fact("proactive.category", cat, value, "item", piece)
        sep = "；" if shares else rng.choice(("，", "、"))
        listing = sep.join(parts)
        if style == "其中":
            r.say(f"{lead}。其中，{listing}。")
        elif style == "colon":
            r.say(f"{lead}：{listing}。")
        else:
            r.say(f"{lead}，包括{listing}。")
    else:
        r.say(lead + "。")
    if channels and rng.random() < 0.7:
        chans = rng.sample(sorted(CHANNELS), rng.randint(1, 3))
        pieces = []
        for ch in chans:
            value = rng.randint(0, total) if total else 0
            name = rng.choice(CHANNELS[ch])
            piece = rng.choice((f"通过{name}发布信息{value}条", f"在{name}上公开{value}条",
                                f"{name}更新信息{value}条"))
            pieces.append(piece)
            r.fact("proactive.channel", ch, value, "item", piece)
        r.say("从公开渠道看，" + "，".join(pieces) + "。")
    return total


def _requests_prose(r: Report, rng: random.Random) -> None:
    if rng.random() < 0.35:
        text = rng.choice(("本年度未收到政府信息公开申请。", "全年没有收到公民、法人或其他组织提出的政府信息公开申请。",
                           "本年度本机关未收到依申请公开的申请。"))
        r.say(text)
        r.fact("requests.new", "total", 0, "request", text)
        return
    total = rng.randint(1, 60 if r.admin_level in ("township", "department") else 1500)
    lead = rng.choice((f"全年共收到政府信息公开申请{total}件", f"本年度受理依申请公开{total}件",
                       f"共收到各类政府信息公开申请{total}件"))
    r.fact("requests.new", "total", total, "request", lead)
    chans = rng.sample(sorted(REQUEST_CHANNELS), rng.randint(1, 3))
    pieces = []
    for ch, value in zip(chans, _split(rng, total, len(chans))):
        piece = f"{rng.choice(REQUEST_CHANNELS[ch])}{value}件"
        pieces.append(piece)
        r.fact("requests.channel", ch, value, "request", piece)
    granted, partial, denied = _split(rng, total, 3)
    outcome = (f"予以公开{granted}件，部分公开{partial}件，不予公开{denied}件")
    r.fact("requests.outcome", "granted", granted, "request", outcome)
    r.fact("requests.outcome", "partial", partial, "request", outcome)
    r.fact("requests.outcome", "deny.total", denied, "request", outcome)
    r.say(f"{lead}。其中{'，'.join(pieces)}。在已办结的申请中，{outcome}。")


def _disputes_prose(r: Report, rng: random.Random) -> None:
    if rng.random() < 0.6:
        text = rng.choice(("本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。",
                           "全年没有因政府信息公开申请行政复议或提起行政诉讼的情况。"))
        r.fact("review", "total", 0, "case", text)
        r.fact("litigation", "total", 0, "case", text)
    else:
        review, suits = rng.randint(0, 9), rng.randint(0, 6)
        text = f"因政府信息公开被申请行政复议{review}件，被提起行政诉讼{suits}件。"
        r.fact("review", "total", review, "case", text)
        r.fact("litigation", "total", suits, "case", text)
    r.say(text)


def _fees_prose(r: Report, rng: random.Random) -> None:
    if rng.random() < 0.7:
        text = rng.choice(("本机关在政府信息公开工作中未收取任何费用。", "依申请提供政府信息，没有收取费用。",
                           "全年未收取信息处理费。"))
        value = 0
    else:
        value = rng.choice((100, 200, 300, 380, 500, 1200))
        text = f"全年共收取信息处理费{value}元。"
    r.fact("fees", "charged", value, "yuan", text)
    r.say(text)


def _closing(r: Report, rng: random.Random) -> None:
    r.say(rng.choice(("存在的主要问题：公开内容不够全面，信息更新不够及时。下一步将加强培训，完善制度。",
                      "工作中仍存在一些不足，主要是队伍业务水平有待提高，我们将进一步规范公开流程。")))
    y, m, d = r.published.split("-")
    r.say(f"{r.agency}")
    r.say(_cn_date(int(y), int(m), int(d)))


# --- eras ----------------------------------------------------------------------------------------

def _free_text(r: Report, rng: random.Random) -> None:
    _preamble(r, rng)
    r.say(rng.choice(("一、概述", "一、基本情况")))
    _clutter(r, rng)
    r.say("二、主动公开政府信息情况")
    _proactive_prose(r, rng)
    r.say("三、依申请公开政府信息情况")
    _requests_prose(r, rng)
    r.say("四、政府信息公开的收费及减免情况")
    _fees_prose(r, rng)
    r.say("五、因政府信息公开申请行政复议、提起行政诉讼的情况")
    _disputes_prose(r, rng)
    r.say("六、存在的主要问题及改进情况")
    _closing(r, rng)


def _stats_2014(r: Report, rng: random.Random) -> None:
    _preamble(r, rng)
    r.say("一、概述")
    _clutter(r, rng)
    r.say("二、主动公开政府信息情况")
    total = _proactive_prose(r, rng, channels=False)   # the table states the channels
    r.say("三、依申请公开政府信息情况、收费及复议诉讼情况详见附表。")
    fees_wan = rng.choice((0, 0, 0, 0.02, 0.1))
    req = rng.choice((0, rng.randint(1, 40), rng.randint(40, 900)))
    chans = dict(zip(("req_in_person", "req_fax", "req_online", "req_letter"), _split(rng, req, 4)))
    granted, partial, denied = _split(rng, req, 3)
    review = rng.choice((0, 0, rng.randint(1, 5)))
    upheld, corrected, other = _split(rng, review, 3)
    suits, complaints = rng.choice((0, 0, rng.randint(1, 4))), rng.choice((0, rng.randint(1, 8)))
    web = rng.randint(total // 2, total) if total else 0
    normdocs = rng.randint(0, 30)
    # Normative documents among the items: a reader may file them under cat_policy.
    r.facts.append(Fact("proactive.category", "cat_policy", normdocs, "item",
                        f"其中：主动公开规范性文件数 条 {normdocs}", optional=True))
    ch_values = {"ch_gazette": rng.randint(0, total // 10 + 1), "ch_website": web,
                 "ch_weibo": rng.randint(0, total), "ch_wechat": rng.randint(0, total),
                 "ch_other": rng.randint(0, total // 5 + 1)}
    rows = [["统计指标", "单位", "统计数"], ["一、主动公开情况", "", ""],
            ["（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", str(total)],
            ["其中：主动公开规范性文件数", "条", str(normdocs)],
            ["制发规范性文件总数", "件", str(rng.randint(0, 30))],
            ["（二）通过不同渠道和方式公开政府信息的情况", "", ""]]
    labels = {"ch_gazette": "1.政府公报公开政府信息数", "ch_website": "2.政府网站公开政府信息数",
              "ch_weibo": "3.政务微博公开政府信息数", "ch_wechat": "4.政务微信公开政府信息数",
              "ch_other": "5.其他方式公开政府信息数"}
    for ch, label in labels.items():
        rows.append([label, "条", str(ch_values[ch])])
        r.fact("proactive.channel", ch, ch_values[ch], "item", f"{label} 条 {ch_values[ch]}")
    rows += [["二、回应解读情况", "", ""],
             ["（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）", "次",
              str(rng.randint(0, 50))],
             ["（二）政策解读稿件发布数", "篇", str(rng.randint(0, 40))],
             ["三、依申请公开情况", "", ""], ["（一）收到申请数", "件", str(req)]]
    r.fact("requests.new", "total", req, "request", f"收到申请数 件 {req}")
    for key, label in (("req_in_person", "1.当面申请数"), ("req_fax", "2.传真申请数"),
                       ("req_online", "3.网络申请数"), ("req_letter", "4.信函申请数")):
        rows.append([label, "件", str(chans[key])])
        r.fact("requests.channel", key, chans[key], "request", f"{label} 件 {chans[key]}")
    rows += [["（二）申请答复数", "件", str(req)], ["1.同意公开答复数", "件", str(granted)],
             ["2.同意部分公开答复数", "件", str(partial)], ["3.不同意公开答复数", "件", str(denied)]]
    r.fact("requests.outcome", "total", req, "request", f"申请答复数 件 {req}")
    r.fact("requests.outcome", "granted", granted, "request", f"同意公开答复数 件 {granted}")
    r.fact("requests.outcome", "partial", partial, "request", f"同意部分公开答复数 件 {partial}")
    r.fact("requests.outcome", "deny.total", denied, "request", f"不同意公开答复数 件 {denied}")
    rows += [["四、行政复议数量", "件", str(review)], ["（一）维持具体行政行为数", "件", str(upheld)],
             ["（二）被依法纠错数", "件", str(corrected)], ["（三）其他情形数", "件", str(other)],
             ["五、行政诉讼数量", "件", str(suits)], ["六、举报投诉数量", "件", str(complaints)],
             ["七、依申请公开信息收取的费用", "万元", f"{fees_wan:g}"],
             ["八、机构建设和保障经费情况", "", ""],
             ["（一）政府信息公开工作专门机构数", "个", str(rng.randint(0, 3))],
             ["（二）从事政府信息公开工作人员数", "人", str(rng.randint(1, 12))],
             ["九、政府信息公开会议和培训情况", "", ""],
             ["（一）召开政府信息公开工作会议或专题会议数", "次", str(rng.randint(0, 10))],
             ["（二）接受培训人员数", "人次", str(rng.randint(0, 200))]]
    for key, value in (("total", review), ("upheld", upheld), ("corrected", corrected),
                       ("other", other)):
        r.fact("review", key, value, "case", f"行政复议 {key} {value}")
    r.fact("litigation", "total", suits, "case", f"行政诉讼数量 件 {suits}")
    r.fact("complaints", "total", complaints, "case", f"举报投诉数量 件 {complaints}")
    r.fact("fees", "charged", round(fees_wan * 10000), "yuan", f"收取的费用 万元 {fees_wan:g}")
    r.say("四、存在的主要问题及改进情况")
    _closing(r, rng)
    r.say("附件：政府信息公开情况统计表")
    r.blocks.append(Table(rows))


def _template(r: Report, rng: random.Random, era: int) -> None:
    _preamble(r, rng)
    r.say("一、总体情况")
    _proactive_prose(r, rng)
    _clutter(r, rng)
    r.say("二、主动公开政府信息情况")
    r.blocks.append(Table(_table_two(r, rng, era)))
    r.say("三、收到和处理政府信息公开申请情况")
    r.blocks.append(Table(_table_three(r, rng, era)))
    r.say("四、政府信息公开行政复议、行政诉讼情况")
    r.blocks.append(Table(_table_four(r, rng)))
    r.say("五、存在的主要问题及改进情况")
    r.say("公开的及时性和规范性仍需提升。下一步将完善审核机制，加强政策解读。")
    r.say("六、其他需要报告的事项")
    _fees_prose(r, rng)
    y, m, d = r.published.split("-")
    r.say(r.agency)
    r.say(_cn_date(int(y), int(m), int(d)))


def _table_two(r: Report, rng: random.Random, era: int) -> list[list[str]]:
    def cell(measure: str, key: str, value: int, unit: str, label: str) -> str:
        r.fact(measure, key, value, unit, f"{label} {value}")
        return str(value)

    small = lambda hi=20: rng.choice((0, 0, rng.randint(0, hi)))  # noqa: E731
    rows = []
    if era == 2019:
        rows.append(["第二十条第（一）项", "", "", ""])
        rows.append(["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"])
        for key, label in (("t2.rule", "规章"), ("t2.normdoc", "规范性文件")):
            made = small()
            rows.append([label, cell(key, "made", made, "document", label),
                         cell(key, "published", made, "document", label),
                         cell(key, "total_published", made + rng.randint(0, 80), "document", label)])
        rows.append(["第二十条第（五）项", "", "", ""])
        rows.append(["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"])
        for key, label in (("t2.licensing", "行政许可"), ("t2.other_service", "其他对外管理服务事项"),
                           ("t2.penalty", "行政处罚"), ("t2.coercion", "行政强制")):
            if key == "t2.penalty":
                rows.append(["第二十条第（六）项", "", "", ""])
                rows.append(["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"])
            prev, delta = small(300), rng.choice((0, 0, rng.randint(-5, 9)))
            r.fact(key, "prev_items", prev, "item", f"{label} {prev}")
            r.fact(key, "delta", delta, "item", f"{label} {delta}")
            rows.append([label, str(prev), f"{delta:+d}" if delta else "0",
                         cell(key, "decisions", small(5000), "case", label)])
        rows.append(["第二十条第（八）项", "", "", ""])
        rows.append(["信息内容", "上一年项目数量", "本年增/减", ""])
        prev = small(10)
        r.fact("t2.fee", "prev_items", prev, "item", f"行政事业性收费 {prev}")
        r.fact("t2.fee", "delta", 0, "item", "行政事业性收费 0")
        rows.append(["行政事业性收费", str(prev), "0", ""])
        rows.append(["第二十条第（九）项", "", "", ""])
        rows.append(["信息内容", "采购项目数量", "采购总金额", ""])
        projects = small(30)
        amount = rng.randint(1000, 9000000) if projects else 0
        r.fact("t2.procurement", "projects", projects, "item", f"政府集中采购 {projects}")
        r.fact("t2.procurement", "amount", amount, "yuan", f"政府集中采购 {amount}元")
        rows.append(["政府集中采购", str(projects), f"{amount}元", ""])
        return rows
    rows.append(["第二十条第（一）项", "", "", ""])
    rows.append(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"])
    for key, label in (("t2.rule", "规章"), ("t2.normdoc", "行政规范性文件")):
        rows.append([label, cell(key, "issued", small(), "document", label),
                     cell(key, "repealed", small(5), "document", label),
                     cell(key, "in_force", small(120), "document", label)])
    for block, key, label in (("第二十条第（五）项", "t2.licensing", "行政许可"),
                              ("第二十条第（六）项", "t2.penalty", "行政处罚"),
                              (None, "t2.coercion", "行政强制")):
        if block:
            rows.append([block, "", "", ""])
            rows.append(["信息内容", "本年处理决定数量", "", ""])
        rows.append([label, cell(key, "decisions", small(9000), "case", label), "", ""])
    rows.append(["第二十条第（八）项", "", "", ""])
    rows.append(["信息内容", "本年收费金额（单位：万元）", "", ""])
    wan = rng.choice((0, 0, round(rng.uniform(0.5, 900), 2)))
    r.fact("t2.fee", "amount", round(wan * 10000), "yuan", f"行政事业性收费 {wan:g}")
    rows.append(["行政事业性收费", f"{wan:g}", "", ""])
    return rows


def _table_three(r: Report, rng: random.Random, era: int) -> list[list[str]]:
    busy = rng.random() < 0.4
    groups = list(_T3_GROUPS) + [_T3_OTHER_2019 if era == 2019 else _T3_OTHER_2021]
    outcome_keys = [key for _, rows in groups for _, key in rows]
    # Per applicant column: new, carried_in, outcomes, carried_out, all consistent (勾稽).
    columns = {}
    for applicant in APPLICANTS[:-1]:
        weight = 1.0 if applicant == "natural_person" else 0.25
        new = rng.randint(0, int(120 * weight)) if busy else rng.choice((0, 0, 1, 2))
        carried_in = rng.choice((0, 0, rng.randint(0, 3)))
        carried_out = rng.randint(0, min(3, new + carried_in))
        done = new + carried_in - carried_out
        hot = ["granted", "partial", "unable.not_held", "reject.duplicate",
               outcome_keys[-1], "deny.third_party"]
        split = dict(zip(hot, _split(rng, done, len(hot))))
        outcomes = {key: split.get(key, 0) for key in outcome_keys}
        columns[applicant] = {"new": new, "carried_in": carried_in, "carried_out": carried_out,
                              "res.total": done, **outcomes}
    columns["total"] = {k: sum(col[k] for col in columns.values())
                        for k in columns["natural_person"]}

    def values(key: str) -> list[str]:
        return [str(columns[a][key]) for a in APPLICANTS]

    head = ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"]
    rows = [head + [""] * 6,
            ["", "自然人", "法人或其他组织", "", "", "", "", "总计"],
            ["", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""]]
    for label, key in _T3_HEAD:
        rows.append([label, *values(key)])
    for applicant in APPLICANTS:
        value = columns[applicant]["new"]
        r.fact("requests.new", applicant, value, "request", f"{_T3_HEAD[0][0]} {value}")
    r.fact("requests.carried_in", "total", columns["total"]["carried_in"], "request",
           f"{_T3_HEAD[1][0]} {columns['total']['carried_in']}")
    rows.append(["三、本年度办理结果", *[""] * 7])
    for group, sub in groups:
        if group:
            rows.append([group, *[""] * 7])
        for label, key in sub:
            rows.append([label, *values(key)])
            r.fact("requests.outcome", key, columns["total"][key], "request",
                   f"{label} {columns['total'][key]}")
    rows.append(["（七）总计", *values("res.total")])
    r.fact("requests.outcome", "total", columns["total"]["res.total"], "request",
           f"（七）总计 {columns['total']['res.total']}")
    rows.append(["四、结转下年度继续办理", *values("carried_out")])
    r.fact("requests.carried_out", "total", columns["total"]["carried_out"], "request",
           f"结转下年度继续办理 {columns['total']['carried_out']}")
    return rows


def _table_four(r: Report, rng: random.Random) -> list[list[str]]:
    header = []
    cells = []
    for measure, label in _T4_GROUPS:
        total = rng.choice((0, 0, 0, rng.randint(1, 12)))
        upheld, corrected, other, pending = _split(rng, total, 4)
        group = dict(zip(("upheld", "corrected", "other", "pending", "total"),
                         (upheld, corrected, other, pending, total)))
        for key, col in _T4_COLS:
            header.append(f"{label}{col}")
            cells.append(str(group[key]))
            r.fact(measure, key, group[key], "case", f"{label} {col} {group[key]}")
    return [["行政复议", "", "", "", "", "行政诉讼", *[""] * 9],
            ["", "", "", "", "", "未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""],
            [col for _ in range(3) for _, col in _T4_COLS],
            cells]


# --- rendering -----------------------------------------------------------------------------------

def _render_txt(r: Report, rng: random.Random, title: str) -> str:
    sep = rng.choice(("\t", " ", "  "))
    lines = [title, ""]
    for block in r.blocks:
        if isinstance(block, Table):
            for row in block.rows:
                lines.append(sep.join(c for c in row if c != "").rstrip())
        else:
            lines.append(block)
    return "\n".join(lines) + "\n"


def _render_md(r: Report, rng: random.Random, title: str) -> str:
    lines = [f"# {title}", ""]
    for block in r.blocks:
        if isinstance(block, Table):
            width = max(len(row) for row in block.rows)
            rows = [row + [""] * (width - len(row)) for row in block.rows]
            lines.append("| " + " | ".join(rows[0]) + " |")
            lines.append("|" + "---|" * width)
            lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
            lines.append("")
        else:
            lines += [block, ""]
    return "\n".join(lines)


def _render_html(r: Report, rng: random.Random, title: str) -> str:
    esc = html.escape
    parts = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
             f"<title>{esc(title)}</title></head><body>",
             f'<div class="info">发布时间：{r.published}</div>', f"<h1>{esc(title)}</h1>"]
    for block in r.blocks:
        if isinstance(block, Table):
            parts.append('<table border="1">')
            for row in block.rows:
                cells = "".join(f"<td>{esc(c) if c else '&nbsp;'}</td>" for c in row)
                parts.append(f"<tr>{cells}</tr>")
            parts.append("</table>")
        else:
            parts.append(f"<p>{esc(block)}</p>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


_RENDER = {"txt": _render_txt, "md": _render_md, "html": _render_html}


def make_report(seed: int, index: int, formats: tuple[str, ...] = FORMATS) -> tuple[Report, str]:
    """Report number `index` of the corpus for `seed`: its truth and its rendered text."""
    rng = random.Random(f"ogi-synth:{seed}:{index}")
    template = rng.choice(TEMPLATES)
    year = {"free_text": rng.randint(2009, 2013), "stats_table_2014": rng.randint(2014, 2018),
            "template_2019": rng.randint(2019, 2020), "template_2021": rng.randint(2021, 2024)}
    year = year[template]
    agency, level = _agency(rng)
    fmt = rng.choice(formats)
    published = f"{year + 1}-{rng.randint(1, 3):02d}-{rng.randint(1, 28):02d}"
    r = Report(file=f"synth_{index:06d}.{fmt}", agency=agency, admin_level=level, year=year,
               published=published, template=template, fmt=fmt)
    if template == "free_text":
        _free_text(r, rng)
    elif template == "stats_table_2014":
        _stats_2014(r, rng)
    else:
        _template(r, rng, 2019 if template == "template_2019" else 2021)
    title = f"{agency}{year}年{rng.choice(('度', ''))}政府信息公开工作年度报告"
    return r, _RENDER[fmt](r, rng, title)


def truth(r: Report) -> dict:
    """The label YAML content (shared/corpus/labels format)."""
    return {
        "file": r.file, "agency": r.agency, "admin_level": r.admin_level,
        "report_year": r.year, "published": r.published, "template": r.template,
        "facts": [{"measure": f.measure, "key": f.key,
                   "value": int(f.value) if float(f.value).is_integer() else f.value,
                   "unit": f.unit, "period": f.period, "evidence": f.evidence}
                  | ({"optional": True} if f.optional else {})
                  for f in r.facts],
    }


# libyaml's emitter when the wheel has it: the pure-Python one is 90% of generation time.
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def write_corpus(n: int, out: Path, seed: int = 0, formats: tuple[str, ...] = FORMATS,
                 start: int = 0) -> Iterator[Path]:
    """Write reports start..start+n-1 to OUT/reports and their truth to OUT/labels."""
    reports, labels = Path(out) / "reports", Path(out) / "labels"
    reports.mkdir(parents=True, exist_ok=True)
    labels.mkdir(parents=True, exist_ok=True)
    for index in range(start, start + n):
        r, text = make_report(seed, index, formats)
        path = reports / r.file
        path.write_text(text, encoding="utf-8")
        (labels / f"{Path(r.file).stem}.yaml").write_text(
            yaml.dump(truth(r), Dumper=_DUMPER, allow_unicode=True, sort_keys=False),
            encoding="utf-8")
        yield path


@click.command("synth")
@click.argument("n", type=click.IntRange(min=1))
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=Path),
              help="Folder; reports go to OUT/reports, truth YAML to OUT/labels.")
@click.option("--seed", type=int, default=0, show_default=True, help="Same seed, same corpus.")
@click.option("--formats", default=",".join(FORMATS), show_default=True,
              help="Comma-separated formats to draw from: txt, html, md.")
def synth_command(n: int, out_dir: Path, seed: int, formats: str) -> None:
    """Write N synthetic reports with ground truth (score with shared/tools/score.py)."""
    chosen = tuple(f.strip() for f in formats.split(",") if f.strip())
    unknown = set(chosen) - set(FORMATS)
    if unknown or not chosen:
        raise click.BadParameter(f"unknown format(s) {sorted(unknown)}; use {FORMATS}",
                                 param_hint="--formats")
    count = sum(1 for _ in write_corpus(n, out_dir, seed, chosen))
    click.echo(f"{count} reports -> {out_dir}/reports, truth -> {out_dir}/labels", err=True)
