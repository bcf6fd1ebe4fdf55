"""Proactive-disclosure counts in prose (domain notes §6 P1-P9): totals, categories, channels,
subunits.

Each count (N条/篇/件/份) is read from its label, the words in front of it back to the previous
clause separator or the previous count (so list items separated by 、 keep their own labels and
compound labels such as 政策、规范性文件类信息 stay whole). The last disclosure verb in the
label splits it:
    [subject: channel | subunit | time] VERB [object: category | 信息] N条 [post: 公众号信息]
- no verb: a list item - a category (其中 X类信息N条), a channel (包括政府网站35条), a subunit
  (大营水村87条), or an unmapped label kept raw under `unmapped.proactive.category`;
- verb + plain 信息: a total, or a channel/subunit count when the subject names one;
- verb + topic: a category.
A verb followed by 的 (…应当主动公开的其他政府信息) is inside a noun phrase, not a verb.
Weak totals (发布信息N条: no 主动, no 政府信息) often belong to one department's paragraph; they
are kept only when the document states no strong total.
The reporting body as subject (我局, 全县, or the report's own agency: 北垣乡 for 北垣乡人民政府)
states the total; a named part of it (各乡镇, 规划科, 下属…中心, 市本级) a subunit. Videos published
(发布短视频20个) are pieces; other N个 (accounts, columns) are no counts, and the posts after
them (运营政务微博3个，全年推文760篇) are the accounts' channel count.
Totals of last resort, used only when the document states no total of its own: one channel's
政府信息 (依托区政府网站公开政府信息N条, or after a clause on its role: 发挥微信公众号…作用，公开…N条)
unless other channels' counts stand beside it in its sentence (网站公开67条，微信推送105条: channel
counts only), then a count named by the topics of several categories (公开政策文件、通知公告等内容N条).
Shares and parts of the volume are no totals: the full-text share (全文电子化的主动公开信息数), a weak
part after 其中, and a list total with no list before it (…不予公开，共N条).
A running total (累计, 历年, 以来) is cumulative when the year's own part follows it (其中2018年度…N条,
or the year's additions 本年新增N条, which are then the year's total) or when, told up to a date
(截至…), it is above the year's stated total; it is kept beside the year's total when no cumulative
total is stated.
A category name is read by its head kind when a field comes before it (国土资源政策法规: policy);
what a board displays (公开栏公示…N条) or an account posts (公众号发布动态信息N条) is that channel's.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from functools import lru_cache

from .. import taxonomy
from ..model import Fact, Metadata
from .prose_text import (
    CASE_UNITS,
    COUNT,
    LABEL_WINDOW,
    LIST_ENTRY_CHARS,
    Sentence,
    count_value,
    item_counts,
    make_fact,
    part_of_year,
)

_SEP = re.compile(r"[，,；;：:。（(）)]")
_POST_END = re.compile(r"[，,；;：:。（(）)、]")
# A disclosure verb; not when it starts a noun (公开栏, 发布平台, 公开目录, 上级转发文件). 公示 is
# one on a board (公开栏公示信息N条), in a hall (办事大厅公示, 便民服务中心公示), on a site
# (网站公示行政许可信息, the 双公示) or after 进行,
# elsewhere a kind of notice.
_VERB = re.compile(r"(?:主动)?(?:公开|发布|公布|更新|推送|推文|转发(?!文件)|刊登|刊发|刊载|上传|录入|编发"
                   r"|清理出|梳理出|整理出"
                   # (政府信息公开目录累计收录信息N条: what the catalogue holds is what was disclosed)
                   r"|(?<=目录)收录|(?<=目录累计)收录|(?<=目录共)收录"
                   r"|张贴(?:公示)?|(?:(?<=[栏屏墙板榜厅心站])|进行)公示"
                   r"|播放|播出|播发|播报|刊播)(?:了)?"
                   r"(?![栏网台屏类]|专栏|平台|目录|指南|年报|工作(?!动态)|办|领域|事项|属性)")
# (（二）企业服务类97条: an item's ordinal in a list, one item a line, is no part of its label)
_LEAD = re.compile(r"^[\s、，,：:“”]*(?:[（(][一二三四五六七八九十]{1,3}[)）])?[\s、，,：:（(）)“”]*"
                   r"(?:其中|包括|分别为|分别是|主要有|主要包括|含"
                   # (公开量较多的是园丁社区39条: the parts ranked, then named)
                   r"|(?:公开|发布)?(?:量|数量|数)?(?:较多|最多|居前)的(?:是|有|为))?[\s：:，,]*")
# (示范村上岙村46条: the village's standing before its name, no part of the name)
_PLACE_STANDING = re.compile(r"^(?:示范|试点|重点|先进|样板)(?:村|社区)(?=[^\s，,。；、]{1,8}(?:村|社区)$)")
# A section heading (and the page chrome before it) left in front of a label when a crawler
# flattened the page onto one line ('首页 年度报告 一、概述 2012年我局主动公开…').
_HEADING_LEAD = re.compile(r"^(?:.*\s)?(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])"
                           r"[^\s，。；]{0,16}\s+")
# (统计期内 / 报告期间: the statistics period, a time, not the 统计 category)
_TIME = re.compile(
    r"^(?:(?:\d{4}|今|本|全|当|去)年度?|截至|截止|(?:统计|报告)(?:期间|时段|期限|期))?(?:\d{1,2}月(?:\d{1,2}日)?)?"
    r"(?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日)?)?(?:至今|以来|期间|内)?(?:底|末)?[，,]?")
# Plain 信息 (a total): 政府信息, 政务信息, or 环境信息 in environment bureaus' reports (the
# 2008 环境信息公开办法 has them report 环境信息 where others report 政府信息); or only how many
# were disclosed (公开数量为N条).
_GENERIC = re.compile(
    r"^(?:的)?(?:各类|各种|相关|各项)?(?:政府|政务|环境)?(?:公开)?(?:的)?信息(?:数量|数|总数|总量|量)?"
    r"(?:累计)?(?:共计|共|为|达到|达|计|合计)?$|^(?:的)?(?:数量|总数|总量)?(?:累计)?(?:共计|共|为|达到|达|计|合计)?$")
# Words between a verb and the plain 信息 of a total: who made the information (本部门产生的,
# 本机关制作的, 当年生成的, 我区各级单位) says it is the body's own, not a topic; so does 公文类
# (公开公文类政府信息N条: the body's documents, their categories listed after; a list item
# 公文类信息N条 without a verb is the documents category).
_OWN_INFORMATION = re.compile(
    r"^(?:[我本全该](?:部门|机关|单位|局|委|办|院|中心|乡|镇|街道|区|县|市|旗)(?:各级|各)?(?:各?单位|各?部门)?)?"
    r"(?:(?:当年|本年度?|今年|年内)?(?:新)?(?:产生|制作|形成|生成|获取|制发|掌握)(?:的)?)?"
    r"(?:公文类(?:的)?)?"
    r"(?=(?:的)?(?:各类|各种|相关|各项)?(?:政府|政务)信息)")
# 卫生健康领域政府信息: the body's own field (a health commission's report) is its total.
# 公安政府信息 in a 公安局's report: the same without 领域.
_FIELD_INFORMATION = re.compile(r"^(?P<field>[^，。；、\d]{2,8}?)(?:领域)?(?:的)?(?:政府|政务)信息(?:数|总数)?"
                                r"(?:共计|共|合计|总计)?$")
# 全局主动公开执法信息30条 in a 综合执法局's report: the reporter's own field, without 政府
# (自然资源领域信息 in a 自然资源局's)
# (全年主动公开财政信息共计460条 in a 财政局's: 共计 before the count)
_BARE_FIELD = re.compile(r"^(?:各类)?(?P<field>[^，。；、\d]{2,6}?)(?:领域)?信息(?:数|总数)?(?:共计|共|合计|总计)?$")
# A field named by another word than the body's name: 警务信息 are a 公安局's
_FIELD_BODY = {"警务": "公安", "警方": "公安", "检务": "检察", "审务": "法院"}
# 主题教育、文明创建、平安建设等文章877篇: topics given as examples of what the pieces were about
_EXAMPLES = re.compile(r"^(?P<items>[^，。；：]+、[^，。；：]+?)等(?:各类)?"
                       r"(?:文章|稿件|内容|(?:政府|政务)?信息|资讯|讯息|推文)(?:共|共计)?$")
# 充分发挥微信公众号…的作用，及时公开各类政府信息756条: a clause on one channel's role, then its
# output (a volume of the body's only when nothing else states one)
_CHANNEL_ROLE = re.compile(r"发挥[^，,。；;]*作用[，,][^，,。；;]*$")
_SERIES_TITLE = re.compile(r"《[^》]*》\s*(?=系列)")
_BEFORE_YEAR = re.compile(r"^.*\d{4}\s*年度?")
# 该专栏自2016年开设以来累计… / 自2014年起本镇累计…: the year a running total runs from, no year
# glued before a subject
_SINCE_YEAR_PHRASE = re.compile(r"(?:自|从)?\d{4}\s*年[^，,；;。]{0,12}?以来|(?:自|从)\d{4}\s*年(?:度)?起")
# 上述信息均在县政府网站…发布 / 以上信息全部通过门户网站公开: every item of the total just told
# went out through that channel, whose count is then the total's (no number of its own)
_ALL_THROUGH = re.compile(r"^(?:上述|以上)(?:各类)?(?:政府|政务)?信息(?:均已|均|全部|都|已全部|均全部)(?:在|通过|于|经)"
                          r"(?P<via>[^，,。；;\d]{2,40}?)(?:集中|及时)?(?:发布|公开|公布|张贴|上传|刊登)(?=[，,。；;]|$)")
# 选取30条通过县电视台…栏目播出 / 精选12条在日报刊登: some of the items, picked out for an outlet
# named after their count, are that outlet's count
_PICKED = re.compile(r"(?:同时|另|并|还|其中)?(?:选取|挑选|精选|选送|择优选取|选择)(?:了)?$")
_PICKED_FOR = re.compile(r"\s*(?:通过|在|经|于|由)(?P<via>[^，,。；;\d]{2,30}?)"
                         r"(?:播出|播放|刊登|刊发|刊载|转载|发布|推送|报道|登载)")
# 制发规范性文件92件，主动公开86件: the documents issued, then how many of them were disclosed
# (the documents' own count, no volume of the body's items; with 其中 the disclosed part is read as
# the policy documents' category, test_prose_proactive_round11)
_DOCUMENTS_ISSUED_BEFORE = re.compile(r"(?:制发|印发|出台|制定|发布)(?:了)?(?:行政)?规范性文件[^，,。；;]{0,4}?"
                                      r"(?:\d+|[一二两三四五六七八九十百]+)\s*件[，,]\s*(?:已|均|共)?$")
# 通过公开栏、电子屏等其他方式583条: outlets named as examples of the other ways, a list item
# with no verb (as 等其他方式公开N条 is read with one, _generic_object)
_OTHER_WAYS_AFTER_EXAMPLES = re.compile(r"等其[他它](?:方式|渠道|形式|途径|载体)$")
# …N件，不计入公开信息数 / …N条，均不计入上述数字: a count the next clause itself excludes (a clause
# further on may exclude something else: 其中…另行公开，不计入上述数字 leaves the count before it)
_NOT_COUNTED_AFTER = re.compile(r"[^，,。；;]{0,4}[，,]\s*(?:该数据|上述[^，,。；;]{0,4})?(?:均|也|亦|都)?"
                                r"不(?:计入|纳入|计算在内)")
# 该专栏 / 此栏目 / 上述平台: the channel named before
_BACK_REFERENCE = re.compile(r"^(?:该|此|这一?|上述)(?:专栏|栏目|专区|专题|专版|平台|网站|子站|板块|版块)")
# 平潭县国土资源局2012年主动公开…: the year after the subject is no part of its name
_SINCE_AFTER = re.compile(r"\s*[（(]\s*(?:自|从)?\d{4}\s*年[^（）()]{0,10}?以来[^（）()]{0,6}[)）]")
# 网站发布信息326条，另通过公众号推送112条: the account's posts told as an addition, no share
_BESIDES = re.compile(r"^\s*(?:另外|另|此外)(?:还)?(?:通过|在|利用|依托|借助)")
_YEAR_AFTER = re.compile(r"\d{4}\s*年度?$")
# 我局主动公开的173条 / 主动公开的信息162条: 的 closing a plain total, not a noun phrase
_PLAIN_AFTER_DE = re.compile(r"的\s*(?:(?:政府|政务)?信息)?\s*")
# 发布应当公开的政府信息: what the law requires is the plain object of a total
_AS_REQUIRED = re.compile(r"^(?:应|应当|依法|按规定|按要求)?(?:主动)?(?:公开|发布)?的")
_OWN_AFTER_VERB = re.compile(r"(?<=公开|发布)[我本][^，。；]{1,6}?(?:产生|制作|形成|生成|获取|制发)的")
# (审批 and 会议 count approvals and meetings, unless they name a category, 行政审批和办事服务类
# or 行政审批事项及办事程序类, or its disclosure, 环评审批公示, or a topic listed before 等…信息,
# or a means of disclosure, 召开村民会议等方式; 申请行政许可 is the 2008 category 行政许可的事项、
# 依据…以及申请行政许可需要提交的全部材料, no request; 件数 counts cases or documents, 现行有效
# documents in force: neither is the year's items (人员 counts people, but 执业人员审批信息
# and 拟聘人员公示 count items); nor is 对外公开(规范性文件)总数量, table 二's
# count of documents in public to date, 现对外公开的规范性文件累计N件 too; 第二十条第（一）项
# names that table's rows, told in prose; what is disclosed of them is no act: 会议纪要 / 会议信息
# (also after the meeting named earlier: 常务会议研究事项通过网站发布会议信息),
# 减免政策, 环评受理及审批公示, 服务指南和审批事项)
_TRAP = re.compile(
    r"访问|浏览|点击|播放量|粉丝|关注|订阅(?!号)|阅读|咨询|建议|提案|议案|诉求|来访|来电|"
    r"审批(?!(?:核准)?信息|结果|公示|事项|[^，。；\d]{0,10}类|(?:、[^，。；\d、]{1,10})+等(?:政府|政务)?信息)|受理(?![及和与]审批公示)|办结|投诉|举报|"
    r"申请(?!行政许可)|复议|诉讼|删除|培训|人员(?![^，。；\d]{0,8}(?:信息|公示|公告))|简报|减免(?!政策)|依申请|不予公开|无法提供|不予处理|不再处理|"
    # (为群众办理各类事项N件, 办理热线转办件N件: matters handled; 办理结果 and the statutory
    # category 办理行政许可和其他对外管理服务事项的依据… are disclosed)
    r"办理(?!结果|情况|[^，。；\d]{0,16}?依据)|"
    r"获取|制作|回复|留言|解答|答复|舆情|"
    r"评论|意见|人口|新增.{0,4}(?:人|户)|会议(?!等(?:其他|其它)?(?:方式|形式|渠道|途径)|纪要|信息|[^，。；\d]{0,20}?会议(?:纪要|信息))|印发材料|竞价|审结|每|"
    r"[较比](?:上一?年|去年|\d{4}\s*年)|同比|件数|现行有效|对外公开[^，。；\d]{0,8}(?:总数|文件[^，。；\d]{0,3}累计)|第二十条|"
    # submissions to superiors and their uptake (向区政府办报送政务信息45条，被采用38条) are
    # reporting upwards, not disclosure; copies sent to the archive or library are (_DEPOSITED)
    r"(?:向|给)(?![^，。；\d]{0,12}?(?:档案馆|图书馆|两馆))[^，。；\d]{0,12}?(?:报送|呈报)|上报|"
    r"[被获][^，。；\d]{0,15}?(?:采用|录用|采纳|刊用)|"
    # hotline tickets handled (12345热线转办工单N件); copies of materials put out or handed out
    # (在查阅点摆放公开资料N份): neither is an item disclosed
    r"工单|转办件|(?<!行风)热线(?!节目)|"
    # (服务中心全年办件N件: the matters a hall handled, no items disclosed there)
    r"办件")
# 在查阅点摆放公开资料N份 / 发放宣传手册N份: copies of materials put out or handed out, no items
# (发放明白纸…等方式公开N条 names a means)
_COPIES = re.compile(r"(?:摆放|放置|陈列|投放|分发|发放|派发|赠送)[^，。；\d]{0,8}?"
                     r"(?:资料|手册|指南|材料|折页|明白纸|明白卡|联系卡|读本|宣传品)")
# 较上年增加58条 / 同比减少 / 比上年多出: a change beside the count before
_COMPARISON = re.compile(r"^(?:[较比](?:上一?年|去年|\d{4}\s*年)(?:度|同期)?|同比)"
                         r"(?:增加|增长|减少|下降|多出|多|少)?(?:了)?$")
# 公开建议提案办理结果56件: the results of handling deputies' suggestions are disclosed items
# 在网站“行政审批”专栏公开…: a column's quoted name is no trap word of the count
_NAMED_COLUMN = re.compile(r"“[^“”]{1,12}”(?=\s*(?:专栏|栏目|专题|频道|板块|版块|专区))")
# 通过《政务简报》公开… / 在工作简报上刊发…: a bulletin named as the means is a channel (ch_gazette),
# not a report sent upwards
_BULLETIN_MEANS = re.compile(r"(?:通过|在|利用|依托|借助)[^，。；\d]{0,10}?简报")
# (建议提案办理8条 in a list of categories: items disclosed are 条; suggestions handled are 件)
_HANDLING_RESULTS = re.compile(r"(?:建议|提案)(?:[、和及与]?(?:政协|委员)*提案)?(?:的)?"
                               r"(?:(?:办理)?(?:结果|复文)|办理(?=\d+(?:余|多)?[条篇]))")
_SENTENCE_TRAP = re.compile(r"建议|提案|议案|咨询|诉求|信访|复议|诉讼")
# 规范性文件发布3件，废止1件，现行有效12件: table 二's tally of documents made, told in prose
_NORMDOC_TALLY = re.compile(r"规范性文件[^。；]{0,30}?(?:废止|现行有效)\s*(?:\d+|[零〇一二两三四五六七八九十]+)\s*件")
# 受理方式为信函3件…，其中，项目竣工验收备案信息4件: what requests asked for, not a category;
# 接收…申请81件，涉及自然人80件: who asked, not a category either
_REQUEST_SENTENCE = re.compile(r"(?:收到|受理|接到|接收|收悉|新收)[^。；]{0,20}申请|(?:申请|受理)方式"
                               # (本年新收1件（自然人1件），予以公开1件: Table 三 told as a sentence)
                               r"|(?:本年|本年度|全年)新收\s*(?:\d+|[一二两三四五六七八九十]+)\s*件"
                               # (…，不属于本机关公开职责权限范围的1件: the answers to requests)
                               r"|不属于本(?:机关|单位|部门|行政机关)[^。；]{0,12}(?:职责|范围)[^。；]{0,4}\d+\s*件")
# A sentence about disclosure, or a breakdown (N条，其中 …) of a count.
_CONTEXT = re.compile(r"公开|发布|公布|类别|推送|更新|报送|(?<=[栏屏墙板榜厅心站])公示"
                      r"|\d\s*(?:余|多)?\s*[条篇件份][^。]*其中"
                      # (在64条信息中，…类信息11条: the breakdown of the items counted before)
                      r"|^\s*在\s*\d+\s*条(?:政府|政务)?信息(?:之)?中")
_SUBUNIT_END = re.compile(r"(?:村|社区|乡|镇|街道|嘎查|单位|部门|公开办|办公室|局|委员会|管委会|乡镇|各乡镇)$")
_SELF = re.compile(r"^(?:我|本|全|该)")
# 我镇在…专栏累计公开: the body itself as subject (本局信息公开专栏 only names the column's owner)
_SELF_SUBJECT = re.compile(r"^[我本全](?:镇|乡|局|委|办|区|县|市|街道|单位|部门|机关|中心)"
                           r"(?:在|通过|依托|利用|借助|累计|共|全年)")
# The short forms a zone's committee is named by (高新区管委会, 经开区管委会)
_SHORT_FORMS = (("管理委员会", "管委会"), ("高新技术产业开发区", "高新区"), ("高新技术开发区", "高新区"),
                ("经济技术开发区", "经开区"), ("经济开发区", "经开区"))


def _short_names(name: str) -> tuple[str, ...]:
    """The name as written, with 管委会 for 管理委员会, and with every short form (开发区管委会 and
    经开区管委会 both name 某某经济开发区管理委员会)."""
    committee = name.replace(*_SHORT_FORMS[0])
    short = committee
    for full, abbreviated in _SHORT_FORMS[1:]:
        short = short.replace(full, abbreviated)
    return tuple(dict.fromkeys((name, committee, short)))


# A body named by its level alone (街道 in a street office's report) and how its name ends
_OWN_LEVEL = {"街道": re.compile(r"街道(?:办事处)?$"), "乡": re.compile(r"乡(?:人民政府)?$"),
              "镇": re.compile(r"镇(?:人民政府)?$")}
_LEVEL_OFFICE = re.compile(r"(?:人民政府|政府|办事处)$")
# The actor of a sentence ends where the place or means of its act begin (街道 | 在…栏目发布)
_BEFORE_PLACE = re.compile(r"在|通过|利用|依托|借助")
# Adverbs between a sentence's subject and its verb (石门镇人民政府共主动公开, …局全年主动公开).
_ADVERB_TAIL = re.compile(r"(?:全年|本年度?|今年|年内|共计|合计|累计|总共|一共|共|已|均|依法|及时|主动)+$")
# …及各部门 / 和所属单位 / 及其工作部门: the parts named together with the body before them
# (县政府及各乡镇、县直部门: the townships and the departments, its parts of both levels)
_WITH_PARTS = re.compile(r"(?:及|和|与|暨|连同)(?:其)?(?:各(?:乡镇|乡|镇|街道|苏木)(?:街道)?[、和及与])?"
                         r"(?:所属|直属|下属|各级|[区县市旗州]直|[区县市旗州]级)?(?:各)?"
                         r"(?:工作|组成|职能)?(?:部门|单位|科室|机构|机关)$")
_TOLD_AS_PART = re.compile(r"其中[\s，,：:]*[^，,；;。]*$")
_GOVERNMENT_TAIL = re.compile(r"(?:政府|街道办事处|办事处)$")
# 网上公开四十八条: online, the website, when it is the whole label (not “网上宁溪”官方微博;
# a part 其中网上公开信息25条 of a field's count is left unread, tests/test_prose_precision.py)
_ONLINE = re.compile(r"(?:在)?网上(?:主动)?(?:公开|发布|公布)")
# 镇政府信息公开专栏 / 街道政务公开专栏: the body's own disclosure column, told like 主动公开 (its
# count is the statutory volume, its new-media posts beside it their own)
_DISCLOSURE_COLUMN = re.compile(r"(?:信息公开|政务公开)(?:专栏|栏目|专区)")
_ONLINE_INFORMATION = re.compile(r"(?:在)?网上(?:主动)?(?:公开|发布|公布)(?:的)?(?:政府|政务)?信息")
# The actor of a sentence ends where its means begin (区档案馆 | 通过区政府网站 主动公开…).
_MEANS = re.compile(r"通过|利用|依托|借助")
# A list item named by a place or a level of government (大营水村, 乡镇街道, 区直单位, 区政府).
# Or by an office of the body (规划科, 不动产登记中心, 执法大队, 县教育局); channels named like
# offices (政务服务中心, 融媒体中心) are matched before.
_TRAILING_ASIDE = re.compile(r"[（(][^（）()]*[)）]$")
# A township's or street's government named as a sentence's subject is a level below the reporter
# (乡镇政府公开5435条); a county's or city's (县政府) may be the reporter itself, decided by name.
_LOWER_GOVERNMENT = re.compile(r"(?:乡|镇|街道)(?:人民)?政府$|街道办事处$")
# 各乡镇, 各县, 各旗, 各嘎查 (Inner Mongolian villages), 各苏木 (townships): the parts of the body
_EACH_PART = re.compile(r"各(?:乡镇|乡|镇|村|社区|街道|部门|单位|科室|县|区|市|旗|局|委|办|嘎查|苏木)")
# 县本级, 乡本级, 苏木本级: the body's own level beside its parts (各乡镇, 各嘎查)
_OWN_LEVEL_PART = re.compile(r"^(?:[省市县区州旗乡镇局]|苏木|街道|自治[区州县])(?:人民)?(?:政府)?本级$")
_OFFICE_END = re.compile(r"(?:科|股|室|中心|大队|中队|站|所)$")
_LIST_SUBUNIT = re.compile(r"(?:村|社区|乡|镇|街道|嘎查|苏木|[区县市旗盟州](?:直单位|直部门|政府|[级直]机关)"
                           r"|(?:[省市县区旗乡镇]|苏木)(?:政府)?本级|政府办公厅|政府办公室|科|股|室|中心|大队|中队|站|所|局)$")
# (其中市直部门…，县（市、区）3.4万条 / 县市区29,205条: the levels below, told as one part)
_LOWER_LEVELS = re.compile(r"[县区][市区县旗]{0,2}|[县区]级")
_STRONG = re.compile(r"主动|政府|政务")
# A sentence continuing the breakdown of the previous one (其中… / 按内容分，…).
# 2013年新增信息中，… / 涉及…民生类信息96条: the parts of the count just stated.
# 从内容看，… / 从公开类别上看，…: the same breakdown told as a point of view.
_CONTINUES = re.compile(r"其中|包括|分别|主要(?:内容|包括|有|为)|涉及|[^，。；]{0,16}信息中[，,：:]"
                        r"|具体(?:为|是|有|如下|包括)|(?:公开)?(?:内容|类别)(?:涵盖|包括|有|为|是)"
                        r"|按(?:照)?(?:公开)?(?:内容|类别|类型|性质|领域|渠道|方式)(?:分|划分|统计|来?看)"
                        r"|从(?:公开)?(?:信息)?(?:内容|类别|类型|性质|领域|渠道|方式|形式|途径|载体)(?:上)?"
                        r"(?:分|划分|统计|来?看)"
                        # 内容上，… / 在公开渠道上，…: the point of view told with 上 alone
                        r"|(?:在|从)?(?:公开)?(?:内容|类别|类型|渠道|形式|载体)上[，,：:]")
# 2.主要类别。 / （二）公开形式: a heading over the breakdown the next sentence lists
_BREAKDOWN_HEADING = re.compile(r"^\s*(?:\d+\s*[.、．]|[（(][一二三四五六七八九十\d]+[)）]"
                                r"|[一二三四五六七八九十]+、)?\s*(?:主要|(?:主动)?公开(?:的)?(?:政府|政务)?(?:信息)?(?:的)?|信息)?(?:类别|内容|分类|类型|形式|方式|渠道|载体)(?:分布|构成|情况)?\s*[：:]?\s*$")
# Names listed, then 分别 and their counts in the same order (P2c/P4 variant).
_ANY_COUNT = re.sub(r"\(\?P<\w+>", "(?:", COUNT.pattern)     # COUNT without its named groups
_RESPECTIVELY = re.compile(
    # names bounded: an unbounded lazy run retried at every position is quadratic in long lines
    # (A村、B村分别在村务公开栏公开村级事务42条和36条: where, the act and what, then the counts)
    rf"(?P<names>[^，。；：:]{{0,80}}?)[，,]?分别(?:为|是)?"
    rf"(?:(?:在|通过|依托|利用)[^，。；：:\d]{{1,14}}?(?:{_VERB.pattern})[^，。；：:\d]{{0,8}}?"
    rf"|(?:{_VERB.pattern})?(?:政府|政务)?(?:信息)?)(?:为|达)?"
    rf"(?P<counts>{_ANY_COUNT}(?:\s*[、，,和及]\s*{_ANY_COUNT})+)")
# 全年新增主动公开信息183条，累计达2456条: the running total told after the year's count, no verb
_RUNNING_AFTER = re.compile(r"(?:总数|总量)?(?:历年)?累计(?:达到|达|为|共计|共|至)?")
_LIST_TOTAL = re.compile(r"(?:以上|上述)?(?:合计|共计|总计|共)(?:为)?")
_WITH_TOTAL = re.compile(r"主动|共|累计|全年")
# 依托区政府网站公开政府信息N条: 政府信息 through one channel may be the whole volume.
_STRONG_OBJECT = re.compile(r"(?:政府|政务)信息$")
# 运营政务微博3个 / 开通抖音号、快手号各1个: how many accounts, said before their output
_ACCOUNTS = re.compile(r"\s*(?:账号|帐号)?\s*(?:共|各)?\s*(?:\d+|[一二两三四五六七八九十]+)\s*个(?:账号|帐号)?\s*")
# (镇级子栏目 / 乡镇信息公开专栏: whose column it is, nothing done there: 设立专栏 is an act)
_CHANNEL_COLUMN = re.compile(r"(?:的)?(?:[乡镇街道县区市局部]级|乡镇|街道|部门|本[乡镇局]|[乡镇]"
                             r"|信息公开|政府信息公开|政务公开)*(?:子栏目|栏目|专栏|专区|子站|频道|板块|版块)")
_ACCOUNTS_CLAUSE = re.compile(rf"(?:{_ACCOUNTS.pattern})[，,]\s*$")
_LISTED_TOPICS = re.compile(
    r"(?P<items>[^，。；：]+、[^，。；：]+?)等(?:重点)?(?:方面|领域)?(?:的)?(?:各类|各项)?"
    r"(?:内容|信息|政府信息|政务信息)?(?:共计|共|合计|总计)?")     # (…监测信息等共计2,115条)
# 截至2014年底 / 截止12月25日 / 截至二〇一三年底 / 截至年底: a date a running count is told up to
_AS_OF = re.compile(r"截[至止]\s*(?:(?:\d{4}|[〇零○一二三四五六七八九]{4}|本|今|当)?\s*年)?\s*"
                    r"(?:\d{1,2}\s*月|[一二三四五六七八九十]{1,3}\s*月|底|末)")
# The nouns of a means of disclosure: 等方式 / 等线下渠道 / 等其他形式 after channels named as
# examples of a kind of means; 其他形式 / 其他渠道 alone, the other channels.
_MEANS_NOUN = r"(?:方式|渠道|形式|途径|载体)"
_MEANS_KIND = re.compile(rf"等(?:其他|其它)?(?:线上|线下|传统)?{_MEANS_NOUN}$")
_OTHER_CHANNEL = re.compile(rf"^其[他它](?:{_MEANS_NOUN}|平台)?$")
# Boards and screens display, reading places keep (向档案馆报送文件资料18份): what they hold
# is their own volume, whatever its topic.
_DISPLAYS = ("ch_board", "ch_screen", "ch_venue")
# Accounts whose posts are their own volume, whatever topic they are described by.
_ACCOUNTS_OUTPUT = ("ch_wechat", "ch_weibo", "ch_newmedia")
# 个 counts accounts, columns or meetings (开通视频号3个); only a published video or work
# (发布短视频20个) is a disclosed piece.
_PIECE_NOUN = re.compile(r"(?:视频|作品|动画|H5)$")
# 政府信息公开类: the kind on disclosure work itself (guides, catalogues), no umbrella word
_OGI_KIND = re.compile(r"^(?:政府|政务)?信息公开类")
# Work done on documents or people, not their disclosure (清理规范性文件23件, 印发…).
# (印制《指南》5000份, 发放宣传资料: copies printed or handed out, not items disclosed; 补贴发放
# is a category)
_OTHER_ACTION = re.compile(r"清理|审查|审核|复核|复查|制发|印发|废止|修订|起草|出台|举办|召开|整改|核查|印制|印刷"
                           r"|[作做]出"
                           r"|(?:发放|派发)[^，。；\d]{0,6}?(?:资料|手册|指南|材料|宣传|折页|明白纸|读本)"
                           # (查阅点提供纸质文件138份: copies laid out to read; 提供纸质信息N条 are
                           # items disclosed there)
                           r"|提供[^，。；\d]{0,4}?(?:纸质(?!(?:政府)?信息)|文件|资料|材料)")
# A running total (累计公开387条, 历年…, 自…以来…) and the year's own part after it: its count
# (…，其中2018年度主动公开181条) or its additions (…，其中本年度新增公开96条 / 本年新增180条, the
# year's own volume). Either says the running total spans several years.
_RUNNING = re.compile(r"累计|历年|以来")
_YEARS_COUNT = re.compile(r"其中\s*(?:(?P<year>\d{4})\s*年度?|本年度?|今年|当年)")
_ADDITIONS = r"新增(?:主动)?(?:公开|发布)?(?:的)?(?:政府|政务)?(?:信息)?"
_YEARS_ADDITIONS = re.compile(r"[\s，,；;：:]*(?:其中)?[\s，,：:]*(?:(?:(?P<year>\d{4})|本|今|当)年度?)?[\s，,]*"
                              + _ADDITIONS)
# (2019年累计 / 全年累计: a running total tied to the report year by its own words is left to
# period_of; a year it runs from, 自2008年…以来, is no such tie)
# …，其中2011年公开131条: the year's own part told by the act alone is the year's volume too
# (其中2010年度新公开156条: the year's new items)
_YEARS_OWN_COUNT = re.compile(r"[\s，,]*(?:共|共计)?(?:新)?(?:主动)?(?:公开|发布|公布)(?:了)?(?:(?:政府|政务)?信息)?"
                              r"(?:共计?|合计)?\s*")
_OWN_YEAR = re.compile(r"(?<![自从])\d{4}\s*年(?![^，,；;。]{0,12}以来)|全年|本年|今年|年内|当年")
# 网上为民办实事200余件: deeds done for the public (为民办实事 is a category only as 为民办实事类信息)
# 网站以外的40条 / 除网站外的… / 其余40条: the count of what the named channel did not carry
_EXCEPT = re.compile(r"(?:以外|之外)(?:的)?(?:其他|其它|其余)?(?:政府|政务)?(?:信息)?$|^除[^，。；\d]{1,12}外"
                     r"|^(?:其余|剩余|余下)(?:的)?(?:政府|政务)?(?:信息)?$")
_WHOLE_YEAR = re.compile(r"全年|年度|\d{4}\s*年")
_REST = re.compile(r"(?:其余|剩余|余下|另有|另)")
_REST_NAMED_AFTER = re.compile(r"\s*(?:均)?(?:为|是|属于?)(?P<name>[^，,；;。：:（(]{2,20})")
_KIND_BESIDE_GOVERNMENT = re.compile(r"^[^，。；\d、]{1,4}信息[和及与、](?=(?:政府|政务)信息)")
_NEWS_BESIDE_WHOLE = re.compile(r"(?<=信息)[和及与、](?:工作|政务)?动态(?:信息)?$"
                                r"|(?<=^政府)工作(?=信息[和及与、](?:工作|政务)?动态)")
_ONLINE_OFFLINE = re.compile(r"线上[^。]*线下|线下[^。]*线上")
_DEEDS_DONE = re.compile(r"办实事$")
# The breakdown of the count before (…45篇，其中图解12篇).
_BREAKDOWN = re.compile(r"[\s，,：:（(]*(?:其中|包括|含)")
# (not an aside naming the item, 项目审批类（行政许可）, 镇（街道）)
_ASIDE_END = re.compile(r"[（(](?:含|不含|包含|包括|不包括|剔除|去除)[^（）()\d]{1,12}[)）]\s*$")
_PART_BEFORE = re.compile(r"其中[\s，,：:]*$")
_INTERPRETATION_KIND = re.compile(r"解读|图解")
# Quoted names; a label cut after its opening quote starts inside the quotes.
_QUOTED = re.compile(r"^[^“”]*”|“[^”]*”|\"[^\"]*\"")
# 计1条 / 按1条计 / 算作1条 in an aside: the rule items are counted by
_COUNTED_AS = re.compile(r"(?:(?<![共合总累统估预])计|按|算作|算为|记为|计为)$")
# 行政许可类信息1830条中的结果公示1024条: a part of the count before, not a category of its own.
_PART_OF_PREVIOUS = re.compile(r"^\s*(?:中的|之中|中有)")


# The report's own title glued in front of its first sentence (…政府信息公开工作年度报告全年主动公开…):
# no subject, and not the annual-report category (年报类信息, 年报、工作总结 stay labels)
_TITLE_LEAD = re.compile(r"^.*?(?:年度报告|年报)\s*(?![类信等、和及与的，,。；]|$)")


@lru_cache(maxsize=4096)
def _clean(label: str) -> str:
    label = _LEAD.sub("", _HEADING_LEAD.sub("", _TITLE_LEAD.sub("", label)))
    prev = None
    while prev != label:          # 2014年，其中 / 今年共 ...: peel time words and connectives
        prev = label
        label = _TIME.sub("", label, count=1).lstrip("，, ")
        label = _LEAD.sub("", label)
    return _PLACE_STANDING.sub("", label.strip())


def _label_start(text: str, pos: int) -> int:
    """Where the label of a count at `pos` starts: after the previous separator, jumping over
    a parenthesised aside (在微信公众号（某镇发布）上公开信息120条)."""
    while True:
        lo = max(0, pos - LABEL_WINDOW)
        seps = list(_SEP.finditer(text, lo, pos))
        if not seps:
            return lo
        last = seps[-1]
        if last.group() in "：:" and not text[last.end():pos].strip():
            # 工作动态：763条 - the label is before the colon
            return seps[-2].end() if len(seps) > 1 else 0
        if last.group() not in "）)":
            return last.end()
        opening = max(text.rfind("（", 0, last.start()), text.rfind("(", 0, last.start()))
        if opening < 0:
            return last.end()
        pos = opening


def _in_aside(text: str, pos: int) -> bool:
    """Whether `pos` is inside parentheses closed after it."""
    opening = max(text.rfind("（", 0, pos), text.rfind("(", 0, pos))
    return opening >= 0 and opening > max(text.rfind("）", 0, pos), text.rfind(")", 0, pos)) \
        and bool(re.search(r"[)）]", text[pos:]))


# (以平寨村（48条）…最多 / 如龙滩村（41条）: the words leading a ranking or examples)
_RANKED_LEAD = re.compile(r"(?:[^，,；;：:]*?(?:尤以|以|例如|其中))?")
# (places only: a bureau named so, 县民政局（198条）, reads as its field's category)
_RANKED_PLACE = re.compile(r"(?:村|社区|乡|镇|街道|嘎查|苏木)$")


def _named_before_aside(text: str, start: int, inner: str) -> int | None:
    """县政府门户网站（公开152条）: a count in brackets told only by its verb is of the channel
    or category named right before the bracket; where that name starts, else None. A bare count
    in brackets (以平寨村（48条）、龙滩村（41条）最多) is of the part named before it."""
    opening = start - 1
    if opening >= 0 and text[opening] in "（(" and not inner.strip():
        lo = max(_label_start(text, opening), text.rfind("、", 0, opening) + 1,
                 text.rfind("）", 0, opening) + 1, text.rfind(")", 0, opening) + 1)
        lo += len(_RANKED_LEAD.match(text, lo).group())
        if _RANKED_PLACE.search(text[lo:opening]) and _is_subunit(text[lo:opening], listed=True):
            return lo
        # 重点公开了…土地出让信息（116条）、财政预决算（12条）等: a topic's own count in brackets
        # after its name, no verb between (an outlet's stays with the channel readers)
        if verb := _last_verb(text[lo:opening]):
            lo += verb.end()      # (the first item after the verb, 重点公开了…)
        name = text[lo:opening]
        # (县教育局（326条）: an office named by its field is no topic)
        return lo if taxonomy.find_all("categories", name) and not taxonomy.find_all("channels", name) \
            and not re.search(r"\d", name) and not _is_subunit(name, listed=True) \
            and not _BODY_NAME.search(name) else None
    if opening < 0 or text[opening] not in "（(" or not (verb := _last_verb(inner)) \
            or inner[verb.end():].strip() not in ("", "信息", "政府信息") \
            or inner[:verb.start()].strip() or taxonomy.find_all("channels", inner):
        return None
    lo = max(_label_start(text, opening), text.rfind("、", 0, opening) + 1,
             text.rfind("）", 0, opening) + 1, text.rfind(")", 0, opening) + 1)
    name = text[lo:opening]
    if not (taxonomy.find_all("channels", name) or taxonomy.find_all("categories", name)):
        return None
    return lo


def _post(text: str, end: int) -> str:
    """The words after a count up to the next separator; 、 ends a list item (…21条、通知公告…)."""
    m = _POST_END.search(text, end)
    return text[end:m.start() if m else len(text)].strip()


def _object_told_before(before: str) -> str:
    """在政府网站…栏目发布应主动公开的政府信息，全年共发布263条: a count without an object takes
    the plain information the clause before published; that clause then ends on its verb, as
    the channel reader wants it (…栏目发布)."""
    clause_end = len(before.rstrip("，, "))
    if clause_end == len(before):
        return before
    clause = before[_label_start(before, clause_end):clause_end]
    verbs = list(_VERB.finditer(clause))
    told = clause[verbs[-1].end():] if verbs else ""
    if "信息" in told and _GENERIC.match(_OWN_INFORMATION.sub("", _AS_REQUIRED.sub("", told), count=1)):
        return before[:clause_end - len(told)]
    return before


def _last_verb(label: str) -> re.Match | None:
    found = None
    # A quoted name (“双随机、一公开”, “清河发布”) holds no verb of the sentence.
    unquoted = _QUOTED.sub(lambda q: "\0" * len(q.group()), label) \
        if "”" in label or '"' in label else label       # what _QUOTED needs
    for m in _VERB.finditer(unquoted):
        found = m
    if found and label[found.end():].startswith("的") and \
            not _PLAIN_AFTER_DE.fullmatch(label[found.end():]):
        return None
    return found


def _without_examples(text: str, named: tuple[taxonomy.Match, ...]) -> tuple[taxonomy.Match, ...]:
    """政务新媒体（微信、抖音）, 微信公众号（含视频号）: the accounts in brackets right after a
    channel are its own kinds, examples of it; the channel before stands for them."""
    kept = []
    for c in named:
        # (the brackets may follow a word naming the channel's whole: 新媒体矩阵（…）, 新媒体平台（…）)
        head = next((a for a in kept if a.end < c.start
                     and re.match(r"[^，,。；;、（()）\d]{0,3}[（(][^)）]*$", text[a.end:c.start])), None)
        # (政务新媒体（“某某发布”微信公众号）: one account by its own name is that account;
        # 政务新媒体矩阵（微信、抖音）: accounts of several kinds are the new media's examples too)
        if head is None or text[c.start - 1] == "”" \
                or not (c.id == head.id or (head.id == "ch_newmedia" and c.id in _ACCOUNTS_OUTPUT)):
            kept.append(c)
    # (政务新媒体“某某发布”公众号: the class named before the one account it is)
    return tuple(a for a, b in zip(kept, kept[1:] + [None])
                 if not (b is not None and a.id == "ch_newmedia" and b.id in _ACCOUNTS_OUTPUT
                         and re.fullmatch(r"(?:“[^“”]{1,12}”)?", text[a.end:b.start])))


def _outlets(text: str) -> tuple[taxonomy.Match, ...]:
    """The channels `text` names, less a place named right before another channel, where that
    one stands (便民服务中心LED屏, 政务服务中心公开栏: the screen, the board)."""
    named = _without_examples(text, taxonomy.find_all("channels", text))
    if "”" in text and len(named) > 1:
        # (“某某市人民政府网”微信公众号: the site in the quoted name names the account)
        names = [q.span() for q in _QUOTED.finditer(text)]
        named = tuple(a for a, b in zip(named, named[1:] + (None,))
                      if not (b is not None and any(lo <= a.start and a.end <= hi <= b.start <= hi + 1
                                                    for lo, hi in names)))
    # (政务服务中心大厅: one place named twice)
    named = tuple(a for a, b in zip(named, named[1:] + (None,))
                  if b is None or not (a.id == b.id == "ch_venue" and a.end == b.start))
    # (在镇政务服务中心及各村委会公示栏: the boards of both places, one outlet)
    return tuple(a for a, b in zip(named, named[1:] + (None,))
                 if b is None or a.id == b.id or a.id != "ch_venue"
                 or (re.search(r"[、，,和及与或/]|等", text[a.end:b.start])
                     and not (b.id in ("ch_board", "ch_screen") and b is named[-1]
                              and re.fullmatch(r"[和及与]各?[^、，,和及与或/等]{0,8}", text[a.end:b.start]))))


def _channel_id(text: str) -> str | None:
    """The channel `text` names, a place before another channel left out (see _outlets)."""
    outlets = _outlets(text)
    if outlets and len(outlets) < len(taxonomy.find_all("channels", text)):
        return outlets[-1].id if "”" in text else outlets[0].id
    if not outlets and _SITE_NAME.search(text):
        return "ch_website"       # “某某公安网”: a site by its own name
    return taxonomy.channel_id(text)


def _channel_as_subject(label: str) -> bool:
    """The label opens on a channel's name, no actor or means before it."""
    found = _channels(label)
    return bool(found) and found[0].start <= 1 and "主动" not in label


_BODY_NAME = re.compile(r"(?:厅|委|局|委员会|办公室|署|政府)$")
_SITE_NAME = re.compile(r"(?:^|“)[^“”，。；\d]{2,12}网”")


def _is_subunit(name: str, listed: bool = False) -> bool:
    """区直各部门, 各乡镇, 县政府公开办, 大营水村 - not 我局, not 通过各类平台.

    A list item (`listed`) may also name a level of government (其中区政府215条，区直单位…);
    as the subject of a sentence (县政府主动公开信息1260条) that level is the reporting body."""
    if not name or _SELF.match(name) or len(name) > 20 or re.search(r"通过|在|利用|依托", name):
        return False
    # 镇（街道）, 乡镇政府（街道办事处）: the name is the words before the aside
    name = _TRAILING_ASIDE.sub("", name) or name
    # (各县（市、区）: the levels below, the aside naming their kinds)
    if listed:
        return bool(_LIST_SUBUNIT.search(name) or _EACH_PART.match(name) or _LOWER_LEVELS.fullmatch(name))
    return bool(_EACH_PART.search(name) or _OWN_LEVEL_PART.match(name)
                or _SUBUNIT_END.search(name) or _LOWER_GOVERNMENT.search(name)
                or (re.match(r"下属|所属|直属", name) and _OFFICE_END.search(name)))


# 村务 / 居务 / 村（居）务: a village's or community's own affairs, told without 信息
_AFFAIRS = re.compile(r"(?:村|居|村居|村（居）|村\(居\)|嘎查)务")
# 21个乡镇公开7,840条: how many parts there are is no part of their name
_PARTS_COUNTED = re.compile(r"^(?:\d+|[一二两三四五六七八九十]+)个(?=[^个，。；]{1,6}$)")


# In 项, the things a list of powers or a plan counts, not disclosed items.
_ITEM_TRAP = re.compile(r"事项|清单|权责|权力|职权|指标|制度|措施|任务|项目|工程|举措|活动|内容|工作")
# 送交两馆的公文类政府信息N条: copies deposited at a reading place, that channel's count.
# (or 向县档案馆、县图书馆报送…N份, 在市档案馆报送…N份)
_DEPOSITED = re.compile(r"^(?:送交|报送|移交|递交|送)[^，。；\d]{0,12}?(?:档案馆|图书馆|两馆)"
                        r"|^[向在][^，。；\d]{0,12}?(?:档案馆|图书馆|两馆)(?:送交|报送|移交|递交|提供)")
# 乡政务公开栏公示108条: a channel then the act of posting on it (公示 is also a category word).
# (社区公开栏公示事项95条: the matters posted there, counted as they are)
# What a board posts, told generically: (各类)事项, 信息, 内容
_BOARD_MATTERS = re.compile(r"(?:各类|各项|相关)?(?:公开)?(?:事项|信息|内容)")
_POSTED_ON = re.compile(r"(?:栏|屏|墙|板|台|榜)(?:公示|张贴|展示)(?:事项|信息)?$")


def _strong(label: str) -> bool:
    """主动, 政府 or 政务 in the words themselves, not inside a quoted account name (“…政务”公众号)."""
    words = _QUOTED.sub("", label) if "”" in label or '"' in label else label
    # (镇政府网站…累计发布信息: 政府 inside a channel's name says nothing of the items)
    for c in reversed(taxonomy.find_all("channels", words)):
        words = words[:c.start] + words[c.end:]
    return bool(_STRONG.search(words))


def _channel_holds_category(label: str) -> bool:
    """村务公开栏, 公示栏: the category word (村务公开, 公示) is part of a channel's name."""
    channels = taxonomy.find_all("channels", label)
    cats = taxonomy.find_all("categories", label)
    return bool(channels and cats) and any(
        ch.start <= c.start and c.end <= ch.end for ch in channels for c in cats[:1])


# The kind of document a category name ends on (its head noun) names the category; the words
# before it name a field (国土资源政策法规 is policy, 环保工作动态 news, 环境违法案件行政处罚决定
# enforcement, 建设项目环评审批结果 or …公示 licensing). Only kinds, never a field, head a name: 扶贫政策
# and 征地公告 keep their field.
_HEAD_KIND = re.compile(r"(?:政策法规|政策性文件|政策文件|规范性文件|法律法规|法规文件|法规|规章制度|规章|政府文件"
                        r"|工作动态|政务动态|动态|行政处罚|处罚决定|行政强制|执法|审批结果|许可结果|审批公示|许可公示|环评审批|行政许可|办事指南|政策解读|解读"
                        # (项目审批核准: the approval of projects, licensing)
                        r"|审批核准|审批|核准"
                        # (卫生统计数据, 教育经费: the statistics and the funds of a field; 执业登记、校验:
                        # the registration of practitioners, licensing)
                        r"|统计数据|统计信息|统计资料|经费|执业登记|注册登记|校验"
                        # (水利工程项目招投标: the tenders of projects, procurement)
                        r"|招投标|招标投标"
                        # (精准扶贫资金公示: a field's funds)
                        r"|资金公示|资金"
                        # (交通安全预警提示: the warnings of a field)
                        r"|预警提示|预警信息|预警"
                        # (教育收费标准: a field's charges; 建设项目环评受理: the licensing of projects)
                        r"|收费标准|环评受理|环境影响评价受理)"
                        r"(?:决定|结果|信息|情况)?$")
# (审批 after a field, 项目审批, is licensing; alone among example topics, 用地审批、森林防火等,
# the taxonomy leaves it unread)
_HEAD_IDS = {"审批": "cat_service", "资金公示": "cat_fiscal", "经费": "cat_fiscal", "执业登记": "cat_service",
             "注册登记": "cat_service", "校验": "cat_service", "预警提示": "cat_emergency", "预警": "cat_emergency",
             "收费标准": "cat_fee", "环评受理": "cat_service", "环境影响评价受理": "cat_service"}
_ANNOUNCEMENT_HEAD = re.compile(r"(?:公告|通知|通告)$")
# the kind a list of examples is of (…抽检结果等监管信息), where the taxonomy names no category
_KIND_IDS = {"监管": "cat_supervision"}
_PUBLISHED_PART = re.compile(r"(?:其中)?主动公开(?:的)?(?:政府)?(?:信息)?")
# 产生政府文件信息12条 / 制发规范性文件8件: documents the body produced (of which some published)
_PRODUCED = re.compile(r"(?:产生|制发|制作|印发|出台)(?:了)?(?:各类)?(?:(?:政府|规范性)?文件|公文)")
# (…制发公文112件，其中…: the documents made, told as an act and so not read themselves)
_PRODUCED_ACT = re.compile(rf"^(?:(?:全年|本年度?|今年|年内)?(?:共|共计|累计)?)(?:{_PRODUCED.pattern})$")
_OPENED = re.compile(r"(?:于[^，,；;。]{1,12})?(?:正式)?(?:开通|上线)(?:运行|运营)?$")
_QUOTE_LEAD = re.compile(r"^\s*(?:“[^“”]{1,12}”)?")
_ACCOUNT_NAME = re.compile(r"“(?P<name>[^“”，。；\d]{2,10})”")
_NAME_OPENING = re.compile(r"^“?(?P<name>[^“”，。；\d]{2,10})”")
_KIND_AFTER_EXAMPLES = re.compile(r"等[“\"](?P<kind>[^“”\"]{2,8})[”\"](?:类)?(?:信息|事项)?$")
_KIND_AFTER_LIST = re.compile(r"、[^、]+?等(?P<kind>[^、等，。；“”\"]{2,8}?)(?:类)?信息$")
_APPROVED_THING = re.compile(r"(?:机构|人员|企业|药品|器械|产品|资质)$")
_CONJUNCTION = re.compile(r"[、和及与并]")
# 政务动态及其他: the rest told after a named kind is read with it
_AND_OTHERS = re.compile(r"(?:及|和|与|、)其[他它]$")
# 农业项目及补贴资金 / 新农合和公共卫生服务项目资金: the funds shared by projects joined before them
_SHARED_FUNDS = re.compile(r"(?:项目|补贴|补助|专项)?资金$")


# 城镇改造、住房分配等重点领域信息: fields named as examples of the 领域 the count covers
_FIELD_EXAMPLES = re.compile(r"^(?P<items>[^，。；：]+、[^，。；：]+?)等(?:重点|主要)?(?:领域|方面)(?:的)?"
                             r"(?:政府|政务)?信息$")


@lru_cache(maxsize=4096)
def _category_id(label: str) -> str | None:
    """The category of a label: the head kind of its first part when a field comes before it,
    else the taxonomy's reading (its first recognisable part)."""
    if fields := _FIELD_EXAMPLES.match(label):
        # fields of several categories are no one category; fields of one are that one
        cats = {_category_id(item) for item in re.split(r"[、和及与]", fields["items"])}
        return cats.pop() if len(cats) == 1 else None
    if (aside := _TRAILING_ASIDE.search(label)) and "、" in aside.group() \
            and _category_id(label[:aside.start()]) in (None, "cat_unspecified"):
        # 栏目信息（预算决算、公示公告、政策文件）: a column's contents listed, of several kinds
        cats = {_category_id(item) for item in re.split(r"[、和及与]", aside.group()[1:-1])}
        if len(cats - {None, "cat_unspecified"}) > 1:
            return None
    # (项目审批类（行政许可）: the aside after the kind names it again)
    whole = taxonomy.clean_label(_TRAILING_ASIDE.sub("", label) or label)
    kind = _KIND_AFTER_EXAMPLES.search(label)
    if kind and taxonomy.category_id(kind["kind"]) not in (None, "cat_unspecified"):
        # 执业许可等“双公示”信息: the kind named after the examples is the category
        return taxonomy.category_id(kind["kind"])
    kind = _KIND_AFTER_LIST.search(whole + "信息" if not whole.endswith("信息") else whole)
    kind_id = (_KIND_IDS.get(kind["kind"]) or taxonomy.category_id(kind["kind"])) if kind else None
    if kind_id not in (None, "cat_unspecified"):
        # 抽查结果、抽检结果等监管信息: the kind the examples are of, unquoted, is the category too
        return kind_id
    if (others := _AND_OTHERS.search(whole)) and _category_id(whole[:others.start()]) not in (
            None, "cat_unspecified", "cat_other"):
        return _category_id(whole[:others.start()])
    first = _CONJUNCTION.split(whole, maxsplit=1)[0]
    if first != whole and _SHARED_FUNDS.search(whole) and (
            first.endswith("项目") or taxonomy.category_id(first) is None):
        return "cat_fiscal"
    head = _HEAD_KIND.search(first)
    if head is None and first != whole and (_APPROVED_THING.search(first)
                                            or taxonomy.category_id(first) is None):
        # 医疗机构和执业人员审批信息: the things approved share the kind the name ends on, as do
        # topics of no category of their own (招商及项目建设动态); a topic first, 人事和工作动态,
        # keeps its own
        head = _HEAD_KIND.search(whole)
        if head:
            return _HEAD_IDS.get(head.group()) or taxonomy.category_id(head.group())
    # (解读政策性文件: what is done to the documents, no field of them)
    field = taxonomy.find_all("categories", first[:head.start()]) if head and head.start() > 0 else ()
    if field and field[0].id != "cat_interpret":
        return _HEAD_IDS.get(head.group()) or taxonomy.category_id(head.group())
    found = taxonomy.category_id(label)
    # (招生考试公告, 学生资助通知: an announcement on a topic of the livelihood umbrella is an
    # announcement; a field of its own keeps it, 招聘公告, 土地出让公告, and so do lists posted,
    # 低保公示)
    if found == "cat_welfare" and _ANNOUNCEMENT_HEAD.search(whole):
        return "cat_notice"
    return found


class _Reader:
    """Reads one document's sentences; collects facts and weak totals."""

    def __init__(self, meta: Metadata, taken: set[int], template: str):
        self.meta, self.taken = meta, taken
        self.template_era = template.startswith("template")   # the report's format, see read()
        self.facts: list[Fact] = []
        self.weak_totals: list[Fact] = []
        self.spanned: set[int] = set()     # readings whose span of years is told after them
        self.besides: set[int] = set()     # channel counts told as an addition (另通过…推送N条)
        self.weak_span: dict[int, tuple[int, int]] = {}   # a weak total's 其中… breakdown
        self.channel_totals: list[Fact] = []
        self.listed_totals: list[Fact] = []
        self.part_of_count = False      # the count being read is a part (其中…) of the one before
        self.share_passed = False       # the count read was a share of the volume, passed over
        self.after_list_items = False   # the sentence is a list line after lines that gave facts
        # the readings of a running total closing its sentence (whose year's part may open the
        # next one), and whether it was told up to a date
        self.running: tuple[list[Fact], bool] | None = None
        self.as_of: list[list[Fact]] = []      # the readings of each 截至…累计 count left open
        self.additions_at: int | None = None   # where the year's additions to a running total are
        self.other_years: set[int] = set()     # where counts of another year's part are
        # id of a total read through channels -> (those channels, its sentence's span)
        self.channel_of: dict[int, tuple[frozenset[str], int, int]] = {}
        self.joint: set[int] = set()           # ids of channel counts of several outlets of one kind
        self.last_channel: str | None = None   # the channel of the last channel count read
        self.request_sentence = False          # the sentence tells requests received (收到申请…)
        # ids of totals through the body's own disclosure column, or its own broken-down count
        self.own_column: set[int] = set()
        self.account_names: dict[str, str | None] = {}   # “城东发布” -> the channel it was named with

    def _name_accounts(self, text: str) -> None:
        """公众号“城东发布” / “城东发布”微信公众号: remember the channel a quoted name was told with,
        for the sentences that later name the account by its name alone."""
        for q in _ACCOUNT_NAME.finditer(text):
            # (the kind before the name, 微博“城东在线”、头条号…, else right after it)
            found = [c.id for c in _channels(text) if 0 <= q.start() - c.end <= 1] \
                or [c.id for c in _channels(text) if c.start == q.end()]
            if len(set(found)) == 1:
                known = self.account_names.setdefault(q["name"], found[0])
                if known != found[0]:
                    self.account_names[q["name"]] = None      # two kinds of one name: none

    def _named_account(self, via: str) -> str | None:
        """The channel of an account named by its quoted name alone at the start of `via`."""
        m = _NAME_OPENING.match(via)
        return self.account_names.get(m["name"]) if m else None

    def read(self, sents: Iterable[Sentence]) -> list[Fact]:
        sents = list(sents)
        prev_had_facts = False
        list_open = False       # a disclosure sentence ended on '其中：': its items follow, one a line
        heading = False         # the sentence before was a heading over a breakdown (主要类别)
        told = False            # the sentence before told what was disclosed, without counts
        for sent in sents:
            if "“" in sent.text:
                self._name_accounts(sent.text)
            self._all_through(sent)
            if not sent.counts:
                # nothing to read; only a closing '其中：' or a heading matters for the next sentence
                # (…公开信息412条。按内容分：: the breakdown of the count just stated, one item a line)
                list_open = sent.text.rstrip().endswith(("：", ":")) and (
                    bool(_CONTEXT.search(sent.text))
                    or (prev_had_facts and bool(_CONTINUES.match(sent.text.lstrip(" （(")))))
                prev_had_facts = False
                heading = bool(_BREAKDOWN_HEADING.match(sent.text))
                told = bool(_CONTEXT.search(sent.text))
                continue
            after_heading, heading = heading, False
            # (重点公开了财政预决算、征地拆迁等信息。其中财政资金类信息1130条…: the breakdown of
            # what the sentence before named)
            told_before, told = told and sent.text.lstrip(" （(").startswith("其中"), False
            n_before = self._readings()
            if self.running:
                # 累计…N条。其中2014年度… / 本年新增…: the year's part opens the next sentence
                readings, as_of = self.running
                self.running = None
                first = next(iter(sent.disclosure_counts), None)
                lead = len(sent.text) - len(sent.text.lstrip(" ，,"))
                if not self._years_part(sent, lead, first, readings, opening=True) and as_of:
                    self.as_of.append(readings)
            list_line = list_open and len(sent.text.strip()) <= LIST_ENTRY_CHARS \
                and bool(sent.disclosure_counts)
            context = bool(_CONTEXT.search(sent.text)) or list_line or after_heading or told_before or (
                prev_had_facts and bool(_CONTINUES.match(sent.text.lstrip(" （("))))
            # a category named 建议提案办理结果 in a list is no sentence about suggestions
            trap_text = _HANDLING_RESULTS.sub("", sent.text) \
                if "建议" in sent.text or "提案" in sent.text else sent.text
            if _SENTENCE_TRAP.search(trap_text) or _REQUEST_SENTENCE.search(sent.text):
                context = False
            # (a list written one item a line closes with its total on a line of its own)
            self.after_list_items = list_line and prev_had_facts
            self.request_sentence = bool(_REQUEST_SENTENCE.search(sent.text))
            self._sentence(sent, context)
            prev_had_facts = self._readings() > n_before
            list_open = list_line or (sent.text.rstrip().endswith(("：", ":"))
                                      and bool(_CONTEXT.search(sent.text)))
        if self.running and self.running[1]:
            self.as_of.append(self.running[0])
        self._running_as_of()
        self._own_level_alone()
        # Totals of last resort, each for a period (annual, cumulative…) with no total stated.
        # 通过政府网站主动公开信息N条 is the total only when nothing else is: beside a stated
        # total (26.8万条) or beside other channels' own counts (网站1250条，微信320条) it is that
        # channel's share. Beside a weaker one (微信公众号累计推送150条) the 主动公开政府信息 of a
        # channel is it. A count named by its topics comes next, then weak totals.
        alone = [f for f in self.channel_totals if self._channel_alone(f)]
        strong = [f for f in alone if _strong(f.label_raw)]
        # (网站专栏主动公开信息196条 beside 公开栏张贴信息134条: the one said 主动公开 is the volume)
        proactive = [f for f in strong if "主动" in _QUOTED.sub("", f.label_raw)]
        for period in dict.fromkeys(f.period for f in alone):
            # (a running total through one channel stands beside the year's total; the year's
            # channel count stands beside a running total told in another sentence, not inside
            # its breakdown: 累计公开1000条，其中网站公开800条)
            stated = self._total_periods()
            if period in stated or (period != "cumulative" and stated - {"cumulative"}):
                continue
            # (beside the year's stated total, a running count a column or account posted,
            # 专栏累计发布信息N条, is that channel's; a running 主动公开政府信息 is the body's, and so
            # is one the body says it posted (我镇在…专栏累计公开信息) or one through the channel
            # the year's total was told through)
            tiers = (proactive, strong, alone)
            if stated and period == "cumulative":
                year_channels = frozenset().union(*(
                    self.channel_of[id(f)][0] for f in self.facts
                    if f.measure == "proactive" and f.period != "cumulative" and id(f) in self.channel_of))
                # (县政府网站累计发布政府信息2.6万条: a site as the subject tells its own running
                # output, no running total of the body's, unless the body's own column, 镇信息公开专栏,
                # or the site the year's total itself was told through)
                tiers = tuple([f for f in tier if id(f) in self.own_column or not _channel_as_subject(f.label_raw)
                               or (id(f) in self.channel_of and self.channel_of[id(f)][0] & year_channels)]
                              for tier in (
                    proactive, strong, [f for f in alone if id(f) in self.own_column
                                        or _SELF_SUBJECT.match(f.label_raw) or (
                        id(f) in self.channel_of and self.channel_of[id(f)][0] & year_channels)]))
            for candidates in tiers:
                candidates = [f for f in candidates if f.period == period and not self._beside_running(f)]
                if candidates:
                    if len({f.value for f in candidates}) == 1:
                        self.facts.append(candidates[0])
                    break
        listed = [f for f in self.listed_totals if self._channel_alone(f)]
        if not any(f.measure == "proactive" for f in self.facts) and len({f.value for f in listed}) == 1:
            self.facts.append(listed[0])
        # Template-era reports state their total in 一、总体情况; a bare 发布信息N条 there is one
        # platform's or one department's count. A running total (自2008年以来累计公开812条)
        # stands beside the year's: it is kept when no running total of its own is stated.
        stated = self._total_periods()
        if not self.template_era:
            self.facts += [f for f in self.weak_totals
                           if (not stated or (f.period not in stated and f.period == "cumulative"
                                              and (_RUNNING.search(f.label_raw) or id(f) in self.spanned)))
                           and self._channel_alone(f)]
        elif not stated:
            # (全年公开信息共计47条，其中网站公开39条、公示栏公开8条: split over two channels or
            # more, it is no one platform's count but the body's volume)
            # (…等平台共发布信息2985条。… 其中网站发布1876条，微信公众号推送893条…: the channels'
            # counts told a sentence later add up to it)
            self.facts += [f for f in self.weak_totals if (id(f) in self.weak_span and len({
                g.key for g in self.facts if g.measure == "proactive.channel" and g.period == f.period
                and self.weak_span[id(f)][0] <= g.char_start < self.weak_span[id(f)][1]}) >= 2)
                or self._channels_after_add_up(f)][:1]
        else:
            # (beside the year's stated total, 自2019年开设专栏以来，累计公开信息3,150条: a running
            # total since a year named is the body's own, when it is the only one)
            running = [f for f in self.weak_totals if f.period == "cumulative" and "cumulative" not in stated
                       and _RUNNING.search(f.label_raw) and _SINCE_YEAR_PHRASE.search(f.evidence)
                       and self._channel_alone(f)]
            if len({f.value for f in running}) == 1:
                self.facts.append(running[0])
        return self.facts

    def _channels_after_add_up(self, total: Fact) -> bool:
        """Whether two or more channels' counts told one after another after `total` (of its
        period, each channel once) add up to it."""
        after = sorted((g for g in self.facts if g.measure == "proactive.channel" and g.period == total.period
                        and g.char_start > total.char_start), key=lambda g: g.char_start)
        for first in range(len(after)):
            run, keys = 0.0, set()
            for g in after[first:]:
                if g.key in keys:
                    break
                run += g.value
                keys.add(g.key)
                if run == total.value and len(keys) >= 2:
                    return True
                if run > total.value:
                    break
        return False

    def _all_through(self, sent: Sentence) -> None:
        """上述信息均在县政府网站发布: the channel's count is the total just read."""
        m = _ALL_THROUGH.match(sent.text.lstrip(" ，,"))
        if not m:
            return
        named = [c.id for c in _channels(m["via"])]
        totals = [f for f in self.facts if f.measure in ("proactive", "proactive.channel")]
        # (县政府网站和局网站同步发布: two outlets, the count of neither)
        if len(set(named)) != 1 or re.search(r"[和及与、]|同步", m["via"]) or not totals \
                or totals[-1].measure != "proactive" or totals[-1].key != "total":
            return        # (several outlets, or the count before was no total: nothing to repeat)
        total = totals[-1]
        lead = len(sent.text) - len(sent.text.lstrip(" ，,"))
        fact = make_fact(sent, None, "proactive.channel", named[0], total.value, total.unit,
                         m["via"], "prose.channel_all", self.meta,
                         span=(lead + m.start("via"), lead + m.end("via")))
        self.facts.append(dataclasses.replace(fact, period=total.period, is_approx=total.is_approx))
        self.last_channel = named[0]

    def _own_level_alone(self) -> None:
        """全年县本级主动公开…1436条 in the county's own report, with no total and no other part
        beside it (各乡镇…), is the body's own volume."""
        stated = self._total_periods()
        for period in {f.period for f in self.facts if f.measure == "proactive.subunit"} - stated:
            parts = [f for f in self.facts if f.measure == "proactive.subunit" and f.period == period]
            level = parts[0].key.removesuffix("本级").replace("人民政府", "").replace("政府", "")
            if len(parts) == 1 and _OWN_LEVEL_PART.match(parts[0].key) \
                    and re.search(rf"{level}(?:人民)?政府$", self.meta.agency or ""):
                parts[0].measure, parts[0].key, parts[0].extractor = "proactive", "total", "prose.total"

    def _running_as_of(self) -> None:
        """截至2014年底，…累计公开412条 is the year's count when it is the only one, or equals
        the year's stated total; above the year's total (全年公开86条), or the year's count
        through its channel, it is a running total."""
        own = {id(f) for readings in self.as_of for f in readings}
        annual = [f.value for f in self.facts if f.measure == "proactive" and f.period == "annual"
                  and id(f) not in own and f.char_start not in self.other_years]
        for readings in self.as_of:
            # (截至年底在县平台累计公开1127条 after 全年通过县平台发布156条: above the year's
            # count through the same channel, it spans years too)
            keys = {f.key for f in readings if f.measure == "proactive.channel"}
            year = annual + [f.value for f in self.facts if f.measure == "proactive.channel"
                             and f.key in keys and f.period == "annual" and id(f) not in own
                             and f.char_start not in self.other_years]
            if year and readings and all(f.value > max(year) for f in readings):
                for f in readings:
                    f.period = "cumulative"

    def _readings(self) -> int:
        """How many proactive readings so far, totals of last resort included."""
        return len(self.facts) + len(self.weak_totals) + len(self.channel_totals) + len(self.listed_totals)

    def _total_periods(self) -> set[str]:
        return {f.period for f in self.facts if f.measure == "proactive"}

    def _beside_running(self, total: Fact) -> bool:
        """A running total is stated beside `total`, a count of another period, and `total` is
        in its breakdown (its sentence) or not told as the body's volume (我镇…主动公开…, 共…):
        今年网络平台公布政府信息48条 after a running total is that platform's count only."""
        if total.period == "cumulative":
            return False
        running = [f for f in self.facts if f.measure == "proactive" and f.period == "cumulative"]
        if running and not (_WITH_TOTAL.search(total.label_raw) or _SELF.match(total.label_raw)):
            return True
        span = self.channel_of.get(id(total))
        lo, hi = span[1:] if span else (total.char_start, total.char_end)
        return any(lo <= f.char_start < hi for f in running)

    def _channel_alone(self, total: Fact) -> bool:
        """No other channel's count stands beside the channels `total` was read through, in its
        sentence (网站公开67条，微信推送105条). A count without a channel, or one said to be
        主动公开 (the statutory volume, told with its channel), is alone; so is one beside the
        copies sent to the archive and library (送交两馆N条) or posted in step elsewhere (在村务公开栏
        同步公示N条), which repeat items, not share them."""
        through = self.channel_of.get(id(total))
        # (“法定主动公开内容”栏目: 主动 inside a column's quoted name says nothing of the count)
        if through is None or "主动" in _QUOTED.sub("", total.label_raw) or id(total) in self.own_column:
            return True
        named, lo, hi = through
        return not any(f.measure == "proactive.channel" and lo <= f.char_start < hi
                       and f.key != "ch_venue" and "同步" not in f.label_raw and id(f) not in self.besides
                       and f.period == total.period and f.unit == total.unit
                       and (f.key not in named or (len(named) == 1 and f.value != total.value))
                       for f in self.facts)

    def _sentence(self, sent: Sentence, context: bool) -> None:
        text = sent.text
        prev_end = 0
        paired = self._respectively(sent) if context else set()
        parent_read = True        # the count before this one gave a proactive reading
        outer_read = None         # parent_read before a count inside an aside, see _in_aside
        skipping = False          # inside the breakdown of a count that gave none
        # 项 counts are no label words of the count after them (政府采购信息7项、通知公告13条)
        items = item_counts(text) if "项" in text else []
        n_before = len(self.facts)
        acted = False             # the count before was of another act (作出…决定86件)
        label = ""
        tallies = [t.span() for t in _NORMDOC_TALLY.finditer(text)]
        for m in sent.counts:
            unit = m["unit"]
            prev_acted, acted = acted, False
            prev_label, label = (label if prev_acted else ""), ""
            if unit in CASE_UNITS or any(lo <= m.start() < hi for lo, hi in tallies):
                continue
            item_end = max((i.end() for i in items if prev_end <= i.start() and i.end() <= m.start()),
                           default=0)
            start = max(_label_start(text, m.start()), prev_end, item_end)
            if unit == "个" and not (_last_verb(text[start:m.start()])
                                    and _PIECE_NOUN.search(text[start:m.start()].strip())):
                continue          # 含46个账号: not a count, and no label boundary either
            follows_count = prev_end > 0 and start == prev_end
            listed_after = prev_end > 0 and not text[prev_end:start].strip(" ，,、")
            # the next item of a list of interpretation kinds (…12条，图片解读34条): only a
            # separator between
            next_item = follows_count or (prev_end > 0 and not text[prev_end:start].strip(" ，,、")
                                          and _INTERPRETATION_KIND.search(text, start, m.start()))
            is_part = prev_end > 0 and _BREAKDOWN.match(text, start)
            # (…共计150条。其中：主动公开146条，…: the breakdown opens the next sentence)
            # (…，其中，主动公开…: 其中 closing a clause of its own)
            opens_part = is_part or (prev_end == 0 and _BREAKDOWN.match(text)) \
                or _PART_BEFORE.search(text, max(0, start - 8), start)
            # (…558条，主动公开信息546条，依申请公开信息12条: the parts listed without 其中)
            opens_part = opens_part or (prev_end > 0 and not text[prev_end:start].strip(" ，,、")
                                        and "依申请公开" in text[m.end():])
            prev_end = m.end()
            if outer_read is not None:
                # …87条（不同方式公开同一信息计1条），其中…: the breakdown is of the count before
                # the aside
                parent_read, outer_read = parent_read or outer_read, None
            # 发布政策解读稿件45篇，其中图解12篇、视频解读3篇: the parts of a count that is not
            # a disclosure volume are not disclosure volumes either.
            # …总数3618条，其中主动公开政府信息1853条: a part disclosed proactively is read
            skipping = (is_part and not parent_read
                        and "主动公开" not in text[start:m.start()]) or (
                skipping and next_item and not _last_verb(text[start:m.start()]))
            if skipping:
                continue
            if _in_aside(text, m.start()):
                outer_read = parent_read
            parent_read, read_before = False, parent_read
            if opens_part and _clean(text[start:m.start()]).startswith("依申请公开"):
                # 全年公开信息175条（含依申请公开3条）: the count before holds requests released
                self._outer_with_requests([], sent, m)
            if sent.doc_offset(m.start("num")) in self.taken or m.start() in paired:
                continue
            value = count_value(m)
            if value is None:
                continue
            raw_label = text[start:m.start()]
            if _in_aside(text, m.start()) and (outer := _named_before_aside(text, start, raw_label)):
                start, raw_label = outer, text[outer:start - 1] + raw_label
            if follows_count and _PART_OF_PREVIOUS.match(raw_label):
                continue
            if _in_aside(text, m.start()) and (_COUNTED_AS.search(raw_label.rstrip())
                                              or text.startswith("计", m.end())):
                continue          # （同一信息多渠道发布计1条）: how items are counted, no count
            # 主动公开政府信息（含转载）1089条: an aside without a count says what was counted
            label = _clean(_ASIDE_END.sub("", raw_label.rstrip(" ：:")))
            if not _last_verb(label) and _OTHER_ACTION.search(label):
                acted = True
            elif listed_after and prev_acted and not _last_verb(label):
                acted = True      # 作出许可决定86件，处罚决定4件: the next item of the same act
                continue
            if _in_aside(text, m.start()) and re.match(r"[（(]\s*(?:含|包含|包括)", text[start - 1:m.start()]) \
                    and self.facts and self.facts[-1].measure == "proactive.category" \
                    and sent.start <= self.facts[-1].char_start and _channel_id(label):
                continue          # 防控信息1135条（含发布会实录58篇）: what a category holds, no channel's
            post = _post(text, m.end())
            words = label + post
            if "建议" in words or "提案" in words:     # what _HANDLING_RESULTS needs (with the count)
                words = _HANDLING_RESULTS.sub("", label + m.group(0))[:-len(m.group(0))] + post
            if "简报" in words:     # what _BULLETIN_MEANS needs
                words = _BULLETIN_MEANS.sub("", words)
            # 重大项目信息（含…项目审批和招投标）N条: an aside naming what a category holds carries no
            # trap of the count
            named = _TRAILING_ASIDE.sub("", label)
            if named != label and not _last_verb(named) and _category_id(named) not in (None, "cat_unspecified"):
                words = named + post
            if _TRAP.search(_NAMED_COLUMN.sub("", _OWN_AFTER_VERB.sub("", words))) or (
                    unit == "份" and _COPIES.search(words)):
                if _COMPARISON.search(label):
                    # …217条，较上年增加58条，其中…: a change told beside the count before; the
                    # breakdown after it is of that count
                    parent_read = read_before
                continue
            lists = (self.facts, self.weak_totals, self.channel_totals, self.listed_totals)
            sizes = [len(found) for found in lists]
            self.part_of_count, self.share_passed = bool(is_part), False
            self._count(sent, m, value, label, post, context, text[:start])
            new = [f for found, size in zip(lists, sizes) for f in found[size:]]
            # (a share passed over still heads its breakdown: 其中全文电子化…35条，包括…类25条)
            parent_read = self.share_passed or any(f.measure.startswith("proactive") for f in new)
            if opens_part:
                self._outer_with_requests(new)
                self._category_part(sent, n_before, new, prev_label)
            if _SINCE_AFTER.match(text, m.end()):
                # 全年累计公开信息1524条（2009年以来）: the span told after the count, in brackets
                for f in new:
                    if f.period == "annual":
                        f.period = "cumulative"
                        self.spanned.add(id(f))
            elif _RUNNING.search(raw_label):
                as_of = "累计" in raw_label and bool(_AS_OF.search(text, 0, m.start()))
                if as_of or not _OWN_YEAR.search(raw_label):
                    self._running_total(sent, m, [f for f in new if f.period == "annual"], as_of)
        # 通过市政府网站和本局网站公开信息1.2万条，其中在市政府网站公开826条: the count of
        # several outlets of one kind is no count of that kind beside one outlet's own
        joint = [f for f in self.facts[n_before:] if id(f) in self.joint]
        for f in joint:
            if any(g.key == f.key and g.measure == f.measure and g.char_start > f.char_start
                   for g in self.facts[n_before:]):
                self.facts.remove(f)
        if items and context and any(f.measure == "proactive.category" for f in self.facts[n_before:]):
            self._item_categories(sent, items)
        if items and context:
            self._board_items(sent, items)

    def _category_part(self, sent: Sentence, n_before: int, new: list[Fact], acted_label: str = "") -> None:
        """产生政府文件12条，其中主动公开9条: the part published of a category's documents counted
        before is that category's count, not the year's total (nor is the count produced)."""
        if len(new) != 1 or new[0] not in self.facts or new[0].measure != "proactive" \
                or not _PUBLISHED_PART.fullmatch(new[0].label_raw):
            return
        if _PRODUCED_ACT.match(acted_label):
            # 全年制发公文112件，其中主动公开43件: the documents made were told as an act, unread
            new[0].measure, new[0].key = "proactive.category", "cat_policy"
            return
        before = [f for f in self.facts[n_before:] if f.char_end <= new[0].char_start]
        parent = before[-1] if before else None
        if parent is None or parent.measure != "proactive.category" or parent.key != "cat_policy" \
                or not (_PRODUCED.match(parent.label_raw) or _PRODUCED_ACT.match(parent.label_raw)):
            return
        self.facts.remove(parent)
        new[0].measure, new[0].key = parent.measure, parent.key

    def _outer_with_requests(self, new: list[Fact], sent: Sentence | None = None,
                             part: re.Match | None = None) -> None:
        """共公开政府信息326条，其中主动公开318条，依申请公开8条: a count whose part is told
        主动公开 (`new`), or 依申请公开 (the count `part` of `sent`), holds more than the
        proactive volume (what was released on request too); the part told 主动公开 is the
        total, the count before it none."""
        own = next((f for f in new if f.measure == "proactive" and f.period == "annual"
                    and "主动公开" in f.label_raw), None)
        if own is not None and own in self.facts:
            candidates, at = self.facts[:self.facts.index(own)], own.char_start
        elif sent is not None and part is not None:
            candidates, at = self.facts + self.weak_totals, sent.doc_offset(part.start())
            candidates = [f for f in candidates if sent.start <= f.char_start < at]
        else:
            return
        before = sorted((f for f in candidates if f.measure.startswith("proactive")),
                        key=lambda f: f.char_start)
        outer = before[-1] if before else None
        value = own.value if own is not None else count_value(part)
        if outer is not None and outer.measure == "proactive" and outer.period == "annual" \
                and value is not None and outer.value > value and "主动" not in outer.label_raw \
                and outer.char_start < at:
            for found in (self.facts, self.weak_totals):
                if outer in found:
                    found.remove(outer)

    def _item_categories(self, sent: Sentence, items: list[re.Match]) -> None:
        """主动公开政府采购信息7项 in a category list counted in 条: a category counted in 项. Only
        inside a breakdown already read (elsewhere 项 counts powers, matters and projects), and
        only a label that names a category (权责清单N项, 服务事项N项 name none)."""
        text = sent.text
        ends = sorted(c.end() for c in (*sent.counts, *items))
        for m in items:
            if sent.doc_offset(m.start("num")) in self.taken:
                continue
            value = count_value(m)
            before = max((e for e in ends if e <= m.start()), default=0)
            label = _clean(text[max(_label_start(text, m.start()), before):m.start()].rstrip(" ：:"))
            post = _post(text, m.end())
            if not label or _ITEM_TRAP.search(label + post) or _TRAP.search(label + post):
                continue
            verb = _last_verb(label)
            if verb and _clean(label[:verb.start()]):
                continue          # a subject (a channel, a part) makes it someone's count
            cat = _category_id(label[verb.end():] if verb else label)
            if value is not None and cat and cat != "cat_unspecified":
                self._emit(sent, m, "proactive.category", cat, value, label, "prose.category_list")

    def _board_items(self, sent: Sentence, items: list[re.Match]) -> None:
        """村务公开栏公开各类事项88项: a notice board's postings counted in matters, 项 being how a
        board counts them (elsewhere 项 counts powers and projects, which no board posts)."""
        text = sent.text
        ends = sorted(c.end() for c in (*sent.counts, *items))
        for m in items:
            value = count_value(m)
            if value is None or sent.doc_offset(m.start("num")) in self.taken:
                continue
            before = max((e for e in ends if e <= m.start()), default=0)
            label = _clean(text[max(_label_start(text, m.start()), before):m.start()].rstrip(" ：:"))
            verb = _last_verb(label)
            if verb and _channel_id(label[:verb.start()]) == "ch_board" \
                    and _BOARD_MATTERS.fullmatch(label[verb.end():]):
                self._emit(sent, m, "proactive.channel", "ch_board", value, label, "prose.channel_verb")

    def _emit(self, sent, m, measure, key, value, label, rule, unit="item") -> Fact:
        if measure == "proactive.category" and key == "cat_interpret" and rule != "prose.category_list":
            # 发布政策解读132件 counts interpretation pieces (their own measure in the contract);
            # only a 解读 item inside a category list is a share of the proactive volume.
            measure, key = "interpretations", "total"
        fact = make_fact(sent, m, measure, key, value, unit, label, rule, self.meta)
        self.facts.append(fact)
        if measure == "proactive.channel":
            self.last_channel = key
            if _BESIDES.match(re.split(r"[，,；;]", sent.text[:m.start()])[-1]):
                self.besides.add(id(fact))
        return fact

    def _running_total(self, sent: Sentence, m: re.Match, readings: list[Fact], as_of: bool) -> None:
        """A running total read at `m`: settled by the year's own part in this sentence before
        its next count, or (when it closes the sentence's counts) at the start of the next one;
        left open, one told up to a date (截至…累计) is weighed against the year's total at the end."""
        nxt = next((c for c in sent.disclosure_counts if c.start() > m.start()), None)
        if self._years_part(sent, m.end(), nxt, readings):
            return
        if nxt is None:
            self.running = (readings, as_of)
        elif as_of:
            self.as_of.append(readings)

    def _years_part(self, sent: Sentence, pos: int, nxt: re.Match | None, readings: list[Fact],
                    opening: bool = False) -> bool:
        """Whether the report year's own part of a running total follows at `pos`, before the count
        `nxt`: its count (其中2018年度…, anywhere before `nxt` unless `opening` a sentence) or its
        additions (…，其中本年新增, right before `nxt`, which is then the year's total). The running
        total's `readings` are then cumulative. Another year's part (其中2018年度… in 2019's report)
        settles nothing, and its count is no count of the report year's to weigh a running total
        told up to a date against."""
        end = nxt.start() if nxt is not None else len(sent.text)
        additions = _YEARS_ADDITIONS.fullmatch(sent.text, pos, end) if nxt is not None else None
        part = additions or (_YEARS_COUNT.match(sent.text, pos, end) if opening
                             else _YEARS_COUNT.search(sent.text, pos, end))
        if not part:
            return False
        if part["year"] is not None and int(part["year"]) != self.meta.report_year:
            after = next((c for c in sent.disclosure_counts if c.start() >= part.end()), None)
            if after is not None:
                self.other_years.add(sent.doc_offset(after.start("num")))
            return False
        if additions or (nxt is not None and _YEARS_OWN_COUNT.fullmatch(sent.text, part.end(), end)):
            self.additions_at = sent.doc_offset(nxt.start())
        for fact in readings:
            fact.period = "cumulative"
        return True

    def _years_additions(self, sent: Sentence, m: re.Match) -> bool:
        """The count is the year's additions to the running total before it (_years_part)."""
        return self.additions_at == sent.doc_offset(m.start())

    def _count(self, sent, m, value, label, post, context, before) -> None:
        if _NOT_COUNTED_AFTER.match(sent.text, m.end()):
            return        # 完成不动产登记1.3万件，不计入公开信息数: the report itself leaves it out
        prev = max((c.end() for c in sent.counts if c.end() <= m.start()), default=0)
        told = part_of_year(sent.text, prev, m.start())
        if told and not _WHOLE_YEAR.search(sent.text, told.end(), m.start()) \
                and not (self.meta.report_year == 2008 and told["first"] in ("5", "五")
                         and told["last"] in ("12", "十二")):
            # 上半年全旗新增公开1208条 / 1-6月…141条: a part of the year only (全年 after it starts
            # the year's own); in 2008, 5月至12月 is the whole time the Regulations were in force
            return
        unit = "document" if m["unit"] in ("件", "份") and "信息" not in label + post \
            else "item"
        if _PICKED.search(label):
            picked = _PICKED_FOR.match(post)
            named = {c.id for c in _channels(picked["via"])} if picked else set()
            if len(named) == 1:
                self._emit(sent, m, "proactive.channel", named.pop(), value, label + post,
                           "prose.channel_picked", unit)
            return            # (picked for no outlet named: a share of no kind)
        rest = _REST_NAMED_AFTER.match(sent.text, m.end()) if _REST.fullmatch(label) else None
        if rest and context and _category_id(rest["name"]) not in (None, "cat_unspecified"):
            # 其余517条为工作动态: the rest of a breakdown, named after its count
            self._emit(sent, m, "proactive.category", _category_id(rest["name"]), value,
                       label + rest.group(), "prose.category_list", unit)
            return
        if m["unit"] == "件" and _DEEDS_DONE.search(label) or _EXCEPT.search(label):
            return
        verb = _last_verb(label)
        if verb and any(c.start < verb.start() and verb.end() <= c.end
                        for c in taxonomy.find_all("categories", label)):
            verb = None           # 村务公开信息, 决策公开: the verb is inside a category's name
        if verb is None:
            if not context or _OTHER_ACTION.search(label):
                return
            self._list_item(sent, m, value, label or post, unit)
            return
        if self.request_sentence and not re.search(r"主动|信息", label + post):
            return                # 收到申请20件，公开12件: a request's outcome, no volume
        subject = _clean(label[:verb.start()])
        obj = label[verb.end():].strip() or post
        if verb.group().startswith(("刊登", "刊发", "刊载")):
            # What a gazette or paper carried: the count belongs to that publication.
            found = _channels(subject)
            quoted = _ACCOUNT_NAME.search(subject)
            if not found and (_PERIODICAL.search(subject) or (
                    quoted and self.account_names.get(quoted["name"]) is None)):
                # 在《今日某川》/“今日某川”刊发: a title that printed it is a periodical even
                # unnamed as one (unless the name is an account's, told with its kind)
                found = (taxonomy.Match("ch_media", subject, 0, len(subject)),)
            elif not found and quoted:
                # (在“某某之声”刊发 after “某某之声”微信公众号: the account it was told as)
                found = (taxonomy.Match(self.account_names[quoted["name"]], subject, 0, len(subject)),)
            found = found or _channels(before)
            if found:
                self._emit(sent, m, "proactive.channel", found[-1].id, value, label + post,
                           "prose.channel_carried", unit)
            return
        obj = _OWN_INFORMATION.sub("", obj, count=1)
        # 公开警务信息和政府信息共计…: the body's own kind of information told beside 政府信息
        obj = _KIND_BESIDE_GOVERNMENT.sub("", obj, count=1)
        # 政务信息和工作动态 / 政府工作信息、动态: the news told beside the whole information, in it
        obj = _NEWS_BESIDE_WHOLE.sub("", obj)
        if "《" in obj:
            # 发布104篇《我为群众办实事…》系列文章: a series' title is a slogan, no topic
            obj = _SERIES_TITLE.sub("", obj).strip()
        if not label[verb.end():].strip() and _DOCUMENTS_ISSUED_BEFORE.search(before) \
                and not sent.text[:m.start()].endswith("其中" + label):
            return
        if _GENERIC.match(obj) or self._own_field(obj, subject) or (
                not label[verb.end():].strip() and re.search(r"信息$", post)
                and taxonomy.category_id(post) == "cat_unspecified"):
            if not obj:
                before = _object_told_before(before)
            self._generic_object(sent, m, value, label, subject, before, unit)
            return
        # (石桥镇公开了…等各类信息 in 石桥镇's own report: the body itself, no part of it)
        if self._several_topics(obj) and not (_is_subunit(subject) and not self._is_reporter(subject)):
            # 公开政策文件、通知公告、财政预决算等内容139条: the volume of every topic named
            fact = make_fact(sent, m, "proactive", "total", value, unit, label + post, "prose.total",
                             self.meta)
            fact.flag = "total named by its topics, kept only without a total of its own"
            self.listed_totals.append(fact)
            # (在网站和微信公众号上公开…等信息386条: several channels' joint count is none's, P5)
            several = len({c.id for c in _outlets(subject)}) > 1
            channel = None if several else _channel_id(subject) or self._channel_before(before)
            if channel and not _channel_id(subject) \
                    and self._topics_after_channel(sent, before, channel):
                channel = None
            if channel:
                self._emit(sent, m, "proactive.channel", channel, value, label + post,
                           "prose.channel_context", unit)
                self.channel_of[id(fact)] = (frozenset([channel]), sent.start,
                                             sent.doc_offset(len(sent.text)))
            return
        cat = _category_id(obj)
        examples = _EXAMPLES.match(obj)
        if examples:
            # one topic recognised among others is not what they all were: the examples must
            # agree, and at least half of them be recognised
            cats = [_category_id(item) for item in re.split(r"[、和及与]", examples["items"])]
            known = [c for c in cats if c not in (None, "cat_unspecified")]
            if len(set(known)) > 1 or 2 * len(known) < len(cats):
                cat = None
                if re.search(r"等(?:各类)?(?:政府|政务)?信息$", obj) and self._categories_follow(sent, m):
                    # 发布补助奖励、补贴、防疫等信息73条，其中政策文件9条…: topics of no one kind,
                    # given as examples, then the count broken down by category, name the volume as
                    # plain 信息 does (without the breakdown, the channel's count only)
                    self._generic_object(sent, m, value, label, subject, before, unit)
                    return
        if cat == "cat_grassroots" and _is_subunit(subject) and not self._is_reporter(subject):
            # 各社区共公开居务信息1450条: a part's own affairs (村务, 居务) are its volume, as
            # below for affairs the taxonomy does not name
            # (阳坡村公开村务41条: the affairs named alone)
            if obj.endswith("信息") or _AFFAIRS.fullmatch(obj):
                self._emit(sent, m, "proactive.subunit", _ADVERB_TAIL.sub("", subject), value,
                           label + post, "prose.subunit", unit)
            return
        if cat and cat != "cat_unspecified":
            # 开设微信公众号，全年推送工作动态200篇: an account's output, described by topic.
            subject_channel = _channel_id(subject)
            context_channel = None if subject_channel else self._channel_before(before)
            if context_channel and self._topics_after_channel(sent, before, context_channel):
                context_channel = None
            displays = {c.id for c in _outlets(subject)}
            if len(displays) > 1 and "等" not in subject and (
                    displays <= set(_DISPLAYS) or ("ch_media" in displays
                                                   and displays <= {*_ACCOUNTS_OUTPUT, "ch_media"})):
                # 在服务中心专区和小区公告栏公开政策文件80份: what several displays of different
                # kinds showed together is their joint volume (no one channel's, P5), not a topic's;
                # so is what an account and the press carried together (微信公众号、融媒体中心发布…; an
                # account and its own video channel, 公众号及视频号, stay the account's)
                return
            if subject_channel == "ch_gazette" or (
                    subject_channel in (*_ACCOUNTS_OUTPUT, "ch_media") and cat != "cat_interpret") or (
                    subject_channel in _DISPLAYS and len({c.id for c in _outlets(subject)}) == 1):
                # 区政府公报发布规范性文件15件, 在微信公众号发布动态信息400条, 在公开栏公示低保、
                # 救助等信息43条, 电子屏播出通知公告42条, 在日报、电视台发布预警信息20条: what a
                # gazette carries, an account posts, the press and broadcasters carry
                # or a board or screen displays is its own volume, whatever its topic (a site's
                # topic stays a category; channels named as examples share no count)
                context_channel = subject_channel
            if context_channel:
                self._emit(sent, m, "proactive.channel", context_channel, value, label + post,
                           "prose.channel_context", unit)
            else:
                self._emit(sent, m, "proactive.category", cat, value, label + post,
                           "prose.category", unit)
            return
        if not taxonomy.channel_id(obj) and len({c.id for c in _outlets(subject)}) > 1 \
                and obj.startswith(("各类", "各种")):
            # 在网站和公开栏等载体上发布各类涉农信息300条: every kind of the body's information
            # through several channels together is its volume, none's own count (P5)
            self._generic_object(sent, m, value, label, subject, before, unit)
            return
        channel = taxonomy.channel_id(obj) or _channel_id(subject)
        if not channel and _is_subunit(subject) and not self._is_reporter(subject) \
                and obj.endswith("信息"):
            # 各社区共公开居务信息1450条: a part's own affairs (村务, 居务) are its volume
            self._emit(sent, m, "proactive.subunit", _ADVERB_TAIL.sub("", subject), value, label + post,
                       "prose.subunit", unit)
            return
        if not channel and not label[verb.end():].strip():
            return
        channel = channel or self._channel_before(before)
        if channel:
            self._emit(sent, m, "proactive.channel", channel, value, label + post, "prose.channel_verb",
                       unit)

    @staticmethod
    def _topics_after_channel(sent: Sentence, before: str, channel: str) -> bool:
        """依托平台，全年公开财政信息23条，公开项目信息17条: a site or platform named once in a
        leading clause, then several counts told by topic: they are categories; the channel's
        own count is not stated (one count after it, 依托网站，公开财政信息23条, is the channel's;
        what an account posts or a board displays is its own volume, see _count)."""
        found = _channels(before)
        if not found or channel in (*_ACCOUNTS_OUTPUT, *_DISPLAYS, "ch_gazette"):
            return False
        clause_end = _SEP.search(before, found[-1].end)
        if clause_end is None:
            return False
        return sum(c.start() >= clause_end.end() for c in sent.disclosure_counts) > 1

    def _respectively(self, sent: Sentence) -> set[int]:
        """A、B、C分别公开信息62条、51条、35条: names and counts paired in order. Returns the
        sentence positions of the counts read here."""
        read: set[int] = set()
        if "分别" not in sent.text:
            return read
        for rm in _RESPECTIVELY.finditer(sent.text):
            listed = rm["names"]
            if not listed.strip():
                # 开通政务微博和微信公众号，分别发布信息320条和156条: names in the clause before
                before = re.split(r"[，,；;：:]", sent.text[:rm.start("counts")].rstrip("，, 分别"))
                listed = before[-2] if len(before) > 1 else ""
            names = [n for n in re.split(r"[、和及与]", _clean(listed)) if n]
            counts = [m for m in COUNT.finditer(sent.text, rm.start("counts"), rm.end("counts"))]
            if len(names) != len(counts) or len(names) < 2:
                continue
            for name, m in zip(names, counts):
                value = count_value(m)
                if value is not None:
                    self._list_item(sent, m, value, name, "item")
                read.add(m.start())
        return read

    def _list_item(self, sent, m, value, label, unit) -> None:
        if not label:
            return
        if self._years_additions(sent, m):
            self._emit(sent, m, "proactive", "total", value, label, "prose.total", unit)
            return
        # (自2009年开设信息公开专栏以来累计达N条: the column opened is when the running total starts,
        # no outlet of it)
        if _RUNNING_AFTER.fullmatch(_SINCE_YEAR_PHRASE.sub("", label, count=1)):
            if any(c.end() <= m.start() for c in sent.disclosure_counts):
                fact = self._emit(sent, m, "proactive", "total", value, label, "prose.total", unit)
                fact.period = "cumulative"
            return
        if _LIST_TOTAL.fullmatch(label):
            # 工作动态86条、通知公告24条，合计116条: the list's own total; without counts before
            # it (…有关政府信息不予公开，共563条) there is no list to total
            if not self.after_list_items and not any(c.end() <= m.start() for c in sent.disclosure_counts):
                return
            self._emit(sent, m, "proactive", "total", value, label, "prose.total", unit)
            return
        if _OTHER_CHANNEL.match(label) and self._channels_before(sent, m) \
                and self.facts[-1].measure == "proactive.channel":
            # 政府网站183条，公开栏28条，其他6条: the rest of a breakdown by channel is the other channels
            self._emit(sent, m, "proactive.channel", "ch_other", value, label, "prose.channel", unit)
            return
        if _OTHER_WAYS_AFTER_EXAMPLES.search(label) and _channels(label):
            self._emit(sent, m, "proactive.channel", "ch_other", value, label, "prose.channel", unit)
            return
        if _channel_holds_category(label) and len({c.id for c in _outlets(label)}) > 1:
            return            # 政务服务大厅电子屏和公开栏47条: several outlets' joint count (P5), no topic
        cat = _category_id(label)
        channel = _channel_id(label)
        if channel and cat and ("”" in label or '"' in label) and _channel_id(_QUOTED.sub("", label)) \
                and not _category_id(_QUOTED.sub("", label)):
            cat = None            # “某某自然资源”微信公众号: a category word inside an account's name
        if channel and (_channel_holds_category(label) or _POSTED_ON.search(label)
                        or _DEPOSITED.match(label)):
            self._emit(sent, m, "proactive.channel", channel, value, label, "prose.channel", unit)
        elif not channel and _OFFICE_END.search(label) and _is_subunit(label, listed=True):
            # 规划科, 执法大队: an office named by its field is that office, not the field
            self._emit(sent, m, "proactive.subunit", label, value, label, "prose.subunit", unit)
        elif cat and cat != "cat_unspecified":
            self._emit(sent, m, "proactive.category", cat, value, label, "prose.category_list", unit)
        elif channel:
            self._emit(sent, m, "proactive.channel", channel, value, label, "prose.channel", unit)
        elif _is_subunit(label, listed=True):
            self._emit(sent, m, "proactive.subunit", label, value, label, "prose.subunit", unit)
        elif cat == "cat_unspecified" and not _OGI_KIND.match(label):
            self._emit(sent, m, "proactive.category", cat, value, label, "prose.category", unit)
        elif 2 <= len(label) <= 30 and not re.search(r"\d", label):
            # Kept raw so the taxonomy can grow; outside the proactive.* vocabulary on purpose.
            self._emit(sent, m, "unmapped.proactive.category", label, value, label,
                       "prose.category_unmapped", unit)

    @staticmethod
    def _several_topics(obj: str) -> bool:
        """政策文件、公告类信息、财政预决算等内容: topics of two categories or more listed, then 等."""
        listed = _LISTED_TOPICS.fullmatch(obj)
        if not listed:
            return False
        cats = {_category_id(item) for item in re.split(r"[、和及与]", listed["items"])}
        return len(cats - {None, "cat_unspecified"}) >= 2

    def _own_field(self, obj: str, subject: str) -> bool:
        """卫生健康领域政府信息 in a 卫生健康局's report: the field the body works in; also 执法信息
        without 政府 when the body itself (全局, 我局) discloses it and its name holds the field."""
        agency = self.meta.agency or ""
        if not agency:
            return False
        field = _FIELD_INFORMATION.match(obj)
        if field:
            name = field["field"]
            return any(name[i:i + 2] in agency for i in range(len(name) - 1))
        bare = _BARE_FIELD.match(obj)
        field = bare["field"] if bare else ""
        # (市场监管领域信息 in a 市场监督管理局's: a field told as one opens with the body's name)
        if not bare or (_FIELD_BODY.get(field, field) not in agency
                        and not ("领域" in obj and field[:2] in agency)):
            return False
        # the body itself (我局) or no actor before its means (通过县政府网站公开…) discloses it
        # (全年主动公开…: no actor at all, only when, is the body too)
        means = _MEANS.search(subject)
        return not _ADVERB_TAIL.sub("", subject) or self._is_reporter(subject) \
            or (means is not None and means.start() == 0)

    def _is_reporter(self, name: str, with_parts: bool = False) -> bool:
        """The subject names the reporting body itself (我局, 全县, 本机关, 北垣乡 in 北垣乡人民政府's
        report, 市生态环境局 in 沧澜市生态环境局's): its count is the total, not a subunit's."""
        name = _ADVERB_TAIL.sub("", _YEAR_AFTER.sub("", _ADVERB_TAIL.sub("", name)))
        # 县政府及各部门 / 本局及所属单位: the body together with its parts is the body's whole
        # (`with_parts`: unless told as a part, 其中县政府及各部门…, beside the townships')
        parts = _WITH_PARTS.search(name)
        if parts and parts.start() > 0:
            if not with_parts and not _SELF.match(name):
                return False      # 其中县政府及县级机关…: told as a part of the whole's total
            name = name[:parts.start()]
        if not name or _SELF.match(name) or (name.endswith("机关") and not name.startswith("各")):
            return bool(name)

        def core(org: str) -> str:
            # (白沙街道 names 白沙街道办事处: the street itself, once its office is taken off)
            return _GOVERNMENT_TAIL.sub("", org.replace("人民政府", "政府")).removesuffix("街道")

        # (街道办事处 / 镇政府 / 乡人民政府: the level named with its office's word)
        level = _LEVEL_OFFICE.sub("", name) or name
        if level in _OWN_LEVEL and _OWN_LEVEL[level].search(self.meta.agency or ""):
            return True           # 街道 in 青龙溪街道办事处's report: the body by its level
        agency, named = core(self.meta.agency or ""), core(name)
        # (高新区管委会 in 秦川高新技术产业开发区管理委员会's report: the body by its short name)
        return any(a and b and (a.endswith(b) or b.endswith(a))
                   for a in _short_names(agency) for b in _short_names(named))

    def _generic_object(self, sent, m, value, label, subject, before, unit) -> None:
        # （一）…的类别2017年我局主动公开的107条: a heading and a year glued before the subject
        subject = _BEFORE_YEAR.sub("", _SINCE_YEAR_PHRASE.sub("", subject)) or subject
        # 区档案馆通过区政府网站主动公开…: the channel is in the means, the actor before it.
        means = list(_MEANS.finditer(subject))
        actor = subject[:means[-1].start()] if means else subject
        via = subject[means[-1].start():] if means else subject
        # 通过县政府网站、政务公开栏等形式公开信息58条: one count for several channels named
        # together (P5) belongs to none of them.
        # 通过电子显示屏、公示栏等其他方式公开133条 names them as examples of the other channels.
        named = _outlets(via)
        aside = _TRAILING_ASIDE.search(via)
        if aside and named and named[0].id == "ch_newmedia" and named[0].end <= aside.start() \
                and len({c.id for c in named if c.start >= aside.start()}) == 1 \
                and all(c.start >= aside.start() for c in named[1:]):
            # 通过政务新媒体（“某某之声”微信公众号）: the kind, then the one account in brackets
            named = named[1:]
        account = named[0].id if aside and named and len(named) < len(_outlets(via)) else None
        several = len({c.id for c in named}) > 1
        if several:
            # 微信等新媒体, 电子屏、公示栏等其他方式: the kind that closes the list after 等
            last = named[-1]
            channel = last.id if via[:last.start].rstrip().endswith("等") and \
                not via[last.end:].strip() else None
            # …网站发布65条，通过明白纸、村民会议等方式公开32条: after other channels' counts,
            # the channels listed as examples of a kind of means are the other channels
            if channel is None and _MEANS_KIND.search(via) and self._channels_before(sent, m):
                channel = "ch_other"
            # (“某某发布”微信公众号、微博、抖音号同步推送…: one account family on three platforms
            # or more, the body's new media as a whole; on two, 微信公众号、微博, the labels keep
            # the joint count of those two, no one channel's)
            if channel is None and via[:named[0].start].rstrip().endswith(("”", '"')) \
                    and len(named) >= 3 and all(c.id in _ACCOUNTS_OUTPUT for c in named):
                channel = "ch_newmedia"
        else:
            channel = account or _channel_id(via) or self._named_account(via) or (
                "ch_website" if _ONLINE.fullmatch(label) or self._online_among_channels(sent, m, label)
                else None) or (self.last_channel if _BACK_REFERENCE.match(via) else None)
        if channel or (not several and _OTHER_CHANNEL.match(subject)):
            fact = self._emit(sent, m, "proactive.channel", channel or "ch_other", value, label,
                              "prose.channel_verb", unit)
            if any(re.search(r"[和及与、]", via[a.end:b.start]) for a, b in zip(named, named[1:])):
                self.joint.add(id(fact))
            # (全年 is peeled off the label as a time word: look at the words as written)
            written = sent.text[_label_start(sent.text, m.start()):m.start()]
            # (我局在…专栏公开信息184条, 街道在…栏目发布信息94条: the body's own count through
            # the channel)
            # (what an archive or library received, 档案馆全年共接收…N份, are copies: no volume)
            # (线上，通过网站…58条；线下，…80份: the online part beside the offline one)
            if channel and channel != "ch_venue" and not _ONLINE_OFFLINE.search(sent.text) and (
                    _WITH_TOTAL.search(written) or _STRONG_OBJECT.search(label[-12:])
                    or _SELF.match(subject) or self._is_reporter(_BEFORE_PLACE.split(subject, 1)[0])
                    or self._own_channel(via) or self._categories_follow(sent, m)):
                fact = make_fact(sent, m, "proactive", "total", value, unit, label, "prose.total", self.meta)
                self._channel_total(sent, fact, frozenset([channel]))
                # (全县在政府网站公开政府信息N条，其中规范性文件…: the body's own count broken
                # down by its categories is its volume, whatever other channels posted)
                if (_DISCLOSURE_COLUMN.search(via) and self._own_channel(via)) or (
                        self._is_reporter(_BEFORE_PLACE.split(subject, 1)[0])
                        and self._categories_follow(sent, m)):
                    self.own_column.add(id(fact))
            return
        told_as_part = _TOLD_AS_PART.search(sent.text, max(0, m.start() - LABEL_WINDOW), m.start())
        reporter = bool(actor) and self._is_reporter(actor, with_parts=not told_as_part)
        # 通过网站、微信公众号发布信息380条 beside other channels' counts: those channels' share
        through = frozenset(c.id for c in named) if several else None
        # (共主动公开3.46万条，其中市政府办公厅公开1862条，…四个区政府公开…: after the total of
        # its sentence, a level of government or its office told by name is a part of it)
        if not several and not reporter and (_is_subunit(subject) or (
                _is_subunit(_ADVERB_TAIL.sub("", subject), listed=True) and self._total_before(sent, m))):
            self._emit(sent, m, "proactive.subunit", _PARTS_COUNTED.sub("", _ADVERB_TAIL.sub("", subject)),
                       value, label, "prose.subunit", unit)
            return
        # channel names hold category words (村务公开栏, 公示栏): not a category then
        # (省卫生健康委主动公开…: a body named by its field is the actor, no category)
        cat = _category_id(subject) if subject and not several and not reporter \
            and not _BODY_NAME.search(_ADVERB_TAIL.sub("", subject)) else None
        if cat and cat != "cat_unspecified":
            self._emit(sent, m, "proactive.category", cat, value, label, "prose.category", unit)
            return
        fact = make_fact(sent, m, "proactive", "total", value, unit, label, "prose.total", self.meta)
        if self._years_additions(sent, m):
            self.facts.append(fact)
            return
        role = _CHANNEL_ROLE.search(before)
        named = {c.id for c in taxonomy.find_all("channels", role.group())} if role else set()
        role_channel = named.pop() if len(named) == 1 else None
        if role_channel and not reporter:
            self._emit(sent, m, "proactive.channel", role_channel, value, label, "prose.channel_context",
                       unit)
            self._channel_total(sent, fact, frozenset([role_channel]))
            return
        channel = self._channel_before(before)
        if channel:
            # 通过政府网站…专栏主动公开，共公开政府信息34条: the channel's count, and the total
            # only when nothing else is
            self._emit(sent, m, "proactive.channel", channel, value, label, "prose.channel_context",
                       unit)
            through = frozenset([channel])
        if "全文电子化" in label:
            # 全文电子化的主动公开信息数9条 is the full-text share of the items, not the volume
            self.share_passed = True
        elif _strong(label + _post(sent.text, m.end())) or reporter:
            if through:
                self._channel_total(sent, fact, through)
            else:
                self.facts.append(fact)
        elif self.part_of_count:
            # …执法信息30条，其中网上公开信息14条: a part of the count before, not even a weak total
            self.share_passed = True
        elif not (channel and _ACCOUNTS_CLAUSE.search(before)):
            # (运营政务微博3个，全年推文760篇: the accounts' output, no volume of the body's)
            fact.flag = "weak total: no 主动/政府信息, kept only without a stronger total"
            self.weak_totals.append(fact)
            if _BREAKDOWN.match(sent.text, m.end()):
                self.weak_span[id(fact)] = (sent.doc_offset(m.end()), sent.doc_offset(len(sent.text)))
            if through:
                self.channel_of[id(fact)] = (through, sent.start, sent.doc_offset(len(sent.text)))

    def _total_before(self, sent: Sentence, m: re.Match) -> bool:
        """A proactive total was read earlier in the sentence (or, for a sentence opening with
        其中, in the one just before: 全县公开…11486条。其中县政府…)."""
        lo, hi = sent.start, sent.doc_offset(m.start())
        if sent.text.lstrip().startswith("其中"):
            lo = max(0, lo - LABEL_WINDOW)
        return any(f.measure == "proactive" and lo <= f.char_start < hi for f in self.facts)

    @staticmethod
    def _categories_follow(sent: Sentence, m: re.Match) -> bool:
        """通过网站公开信息386条，其中政策文件12条、…: a channel's count broken down by topic is
        the volume the categories share (a total of last resort)."""
        part = _BREAKDOWN.match(sent.text, m.end())
        nxt = next((c for c in sent.disclosure_counts if c.start() > m.end()), None)
        if not part or nxt is None:
            return False
        label = _clean(sent.text[part.end():nxt.start()].strip(" ，,：:"))
        cat = _category_id(label)
        return bool(label) and not _last_verb(label) and cat not in (None, "cat_unspecified") \
            and not _channel_id(label)

    def _own_channel(self, via: str) -> bool:
        """街道政务公开专栏 / 镇政府信息公开专栏 in a street's or town's report: the disclosure
        column named by its owner, the body itself (its board, 乡政务公开栏, is one outlet)."""
        named = _outlets(via)
        owner = via[:named[0].start].strip() if named else ""
        return bool(owner) and len(named) == 1 and named[0].id in ("ch_website", "ch_platform") \
            and self._is_reporter(owner)

    def _online_among_channels(self, sent: Sentence, m: re.Match, label: str) -> bool:
        """网上公开信息148条 beside other channels' counts (微信公开296条，公示栏公开168条) in the
        breakdown of a total: the website's share (alone, or in a category's breakdown, a part
        left unread)."""
        if not _ONLINE_INFORMATION.fullmatch(label):
            return False
        last = next((f for f in reversed(self.facts) if f.measure in ("proactive", "proactive.category")), None)
        if last is None or last.measure != "proactive":
            return False
        rest = sent.text[m.end():]
        return self._channels_before(sent, m) or any(
            _channels(rest[_label_start(rest, c.start() - m.end()):c.start() - m.end()])
            for c in sent.disclosure_counts if c.start() > m.start())

    def _channel_total(self, sent: Sentence, fact: Fact, through: frozenset[str]) -> None:
        self.channel_totals.append(fact)
        self.channel_of[id(fact)] = (through, sent.start, sent.doc_offset(len(sent.text)))

    def _channels_before(self, sent: Sentence, m: re.Match) -> bool:
        """A channel count read earlier in the sentence."""
        lo, hi = sent.start, sent.doc_offset(m.start())
        return any(f.measure == "proactive.channel" and lo <= f.char_start < hi for f in self.facts)

    @staticmethod
    def _channel_before(before: str) -> str | None:
        """The channel an earlier clause of the sentence publishes through (通过/在/开设 X …),
        or the channels that clause is about (县电视台、《某某报》开设专栏，发布…)."""
        found = _channels(before)
        if not found:
            return None
        clause = re.split(r"[，,；;：:]", before.rstrip("，, "))[-1]
        # (“某某发布”微信公众号于5月开通，发布…: the account opened in the clause before)
        opened = _OPENED.search(clause)
        if opened and len({c.id for c in _channels(clause)}) == 1 \
                and _channels(clause)[0].start <= len(_QUOTE_LEAD.match(clause).group()) + 2:
            return _channels(clause)[0].id
        column = _OWN_COLUMN.search(clause)
        subject = clause[:column.start()] if column else ""
        named = _channels(subject)
        if named and len({c.id for c in named}) == 1:
            # the channels make the whole subject (县电视台、《某某报》), not a place (在网站…)
            # (县电视台、县广播电台: each after the first may be named with its level before it)
            joined = all(_JOINED_OUTLET.fullmatch(subject[a.end:b.start]) for a, b in zip(named, named[1:]))
            lead = subject[:named[0].start]
            if (len(lead) <= 2 or re.fullmatch(r"《[^《》]{0,10}", lead)) and joined \
                    and not subject[named[-1].end:].strip(" 》"):
                return named[0].id
        last = found[-1]
        # (现有公众号、微博和头条号3个政务新媒体账号，全年共推送…: the accounts told together, by
        # their kind)
        if last.synonym in ("政务新媒体", "新媒体") and (
                (re.search(r"\d\s*个\s*$", before[:last.start])
                 and re.fullmatch(r"\s*(?:账号|帐号)?[，,]\s*", before[last.end:]))
                # (运营微信公众号、抖音号等政务新媒体3个，全年发布…: their number after the kind)
                or _ACCOUNTS_CLAUSE.fullmatch(before, last.end)):
            return last.id
        # (现有政务新媒体2个（微信公众号、抖音号各1个），全年共推送…: the kind first, then the
        # accounts counted, their own kinds in brackets)
        kind = next((c for c in found if c.synonym in ("政务新媒体", "新媒体")), None)
        if kind and re.search(r"(?:现有|开通|运营|开设|建立|注册)(?:了)?\s*$", before[:kind.start]) \
                and re.fullmatch(r"\s*(?:账号|帐号)?\s*\d+\s*个\s*(?:[（(][^（()）]*[)）])?\s*[，,]\s*",
                                 before[kind.end:]):
            return kind.id
        # (在便民服务大厅设置公开栏，张贴…: the board set up there)
        # (公开的主要途径是县政府门户网站，共发布98条: the means named by 途径是)
        # (以“某某之窗”公众号为主阵地，全年发布…: the main means named by 以…为)
        if (main := re.search(r"(?:^|[，,；;])[^，,；;以]{0,6}以(?=[^，,；;]*$)", before[:last.start])) \
                and len({c.id for c in found if c.start >= main.end()}) == 1 \
                and _MAIN_MEANS.fullmatch(before[last.end:].rstrip("，, ")):
            return last.id
        vias = list(re.finditer(r"通过|在|依托|利用|借助|开设|建立|运营|开通|注册|现有|管理|设置|设立"
                                r"|(?:途径|渠道|载体|平台|方式)(?:主要)?(?:是|为)",
                                before[:last.start]))
        if not vias:
            return None
        via = vias[-1]
        # 依托县政府网站、公开栏和微信公众号，全年共发布信息300余条: several channels, one count.
        if len({c.id for c in found if c.start >= via.start()}) > 1:
            return None
        # The channel's own clause must end on it or on a disclosure verb (…专栏主动公开), not
        # on another object (通过门户网站充实公开信息内容).
        rest = re.split(r"[，,；;]", before[last.end:])[0].strip(" ”’\"」")
        # (依托县政府信息公开网镇级子栏目，公开…: a column of that channel is the channel)
        # (设置公开栏12块，张贴…: the boards set up, counted)
        if rest and not _VERB.search(rest[-4:]) and not _ACCOUNTS.fullmatch(rest) \
                and not _BOARDS_SET.fullmatch(rest) \
                and not _CHANNEL_COLUMN.fullmatch(rest):
            return None
        return last.id


_MAIN_MEANS = re.compile(r"”?\s*为[^，,；;]{0,10}?"
                         r"(?:主阵地|阵地|主渠道|主要渠道|主平台|主要平台|平台|主载体|载体|窗口)")
# A periodical named in 《》 that the taxonomy does not know: a paper (《某某报》) is news media,
# one printed in issues (《某某政务》编印12期, 《政务公开》专刊4期) the body's own gazette.
_PERIODICAL = re.compile(r"《(?P<name>[^《》]{2,16})》")
_ISSUES = re.compile(r"\s*(?:专刊|特刊|增刊)?\s*(?:编印|编发|印发|出版|发行|刊印|印制|编辑)?(?:了)?\s*(?:共)?"
                     r"(?:\d+|[一二两三四五六七八九十]+)\s*期")
_BOARDS_SET = re.compile(r"\s*(?:共)?\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:块|处|面|个)\s*")
_JOINED_OUTLET = re.compile(r"》?\s*[、和及与]*\s*(?:[省市县区镇乡]|[省市县区]级)?《?[^《》、和及与]{0,8}?")
# 开设专栏 / 开辟了政务公开栏目: what a channel named as the clause's subject did
_OWN_COLUMN = re.compile(r"(?:开设|开辟|设立|开办|创办)(?:了)?[^，,；;]{0,6}?(?:专栏|栏目|专题|专版)(?:节目)?$")


@lru_cache(maxsize=4096)
def _channels(text: str) -> tuple[taxonomy.Match, ...]:
    """The channels of `text` (taxonomy synonyms and periodicals in 《》), left to right."""
    found = list(taxonomy.find_all("channels", text))
    for p in _PERIODICAL.finditer(text):
        if taxonomy.find_all("channels", p["name"]):
            continue          # 《景迈日报》, 《某县政报》: the taxonomy names them
        if p["name"].endswith("报"):
            found.append(taxonomy.Match("ch_media", p.group(), p.start(), p.end()))
        elif _ISSUES.match(text, p.end()):
            found.append(taxonomy.Match("ch_gazette", p.group(), p.start(), p.end()))
    return _without_examples(text, tuple(sorted(found, key=lambda c: c.start)))


def proactive_facts(sents: Iterable[Sentence], meta: Metadata, taken: set[int], *,
                    template: str) -> list[Fact]:
    """`template`: the report's format as the table extractors found it (`Metadata.template`)."""
    return _Reader(meta, taken, template).read(sents)
