"""Table rows a converter ran together on one line, written for these tests: the next row's own
numbering ('3.' after this row's last cell, '13.危及…') is never one of this row's cells."""
from __future__ import annotations

from ogi.extract import extract
from ogi.read import read_document

TITLE = "某某镇人民政府{year}年政府信息公开工作年度报告\n\n"
HEAD = "三、收到和处理政府信息公开申请情况\n申请人情况\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n"
T4 = "四、政府信息公开行政复议、行政诉讼情况\n本年度无。\n"


def _t3(tmp_path, body: str) -> set[tuple[str, str, float]]:
    path = tmp_path / "r.txt"
    path.write_text(TITLE.format(year=2022) + HEAD + body + T4, encoding="utf-8")
    return _facts(path)


def _facts(path):
    out = extract(read_document(path, path.name))
    facts = next(x for x in out if isinstance(x, list))
    return {(f.measure, f.key, f.value) for f in facts
                  if f.measure.startswith("requests") and f.source_frame == "template_table"}


def _row(*values) -> str:
    return "\t" + "\t".join(str(v) for v in values)


Z = (0, 0, 0, 0, 0, 0, 0)


def test_glued_rows_keep_their_last_cell_and_drop_the_next_rows_numbering(tmp_path):
    body = ("一、本年新收政府信息公开申请数量" + _row(4, 1, 0, 0, 0, 0, 5)
            + "二、上年结转政府信息公开申请数量" + _row(*Z) + "三、本年度办理结果（一）予以公开" + _row(2, 1, 0, 0, 0, 0, 3) + "\n"
            + "（二）部分公开" + _row(*Z) + "（三）不予公开1.属于国家秘密" + _row(*Z)
            + "2.其他法律行政法规禁止公开" + _row(1, 0, 0, 0, 0, 0, 1) + "3.危及“三安全一稳定”" + _row(*Z) + "\n"
            + "4.保护第三方合法权益" + _row(1, 0, 0, 0, 0, 0, 1) + "5.属于三类内部事务信息" + _row(*Z) + "\n"
            + "（七）总计" + _row(4, 1, 0, 0, 0, 0, 5) + "四、结转下年度继续办理" + _row(*Z) + "\n")
    got = _t3(tmp_path, body)
    assert ("requests.outcome", "deny.state_secret", 0) in got
    assert ("requests.outcome", "deny.law_prohibited", 1) in got
    assert ("requests.outcome", "deny.security_stability", 0) in got
    assert ("requests.outcome", "deny.third_party", 1) in got
    assert ("requests.outcome", "deny.internal_affairs", 0) in got
    assert not {f for f in got if f[1].startswith("deny.") and f[2] not in (0, 1)}
    assert ("requests.outcome", "total", 5) in got and ("requests.new", "total", 5) in got


def test_rows_filled_only_in_the_total_column_run_together_keep_their_blanks(tmp_path):
    blank = "\t" * 7
    body = ("一、本年新收政府信息公开申请数量\t\t\t\t\t\t\t2" + "二、上年结转政府信息公开申请数量" + blank + "\n"
            + "三、本年度办理结果\t（一）予以公开\t\t\t\t\t\t\t2\n"
            + "（二）部分公开（区分处理的）" + blank + "\t（三）不予公开1.属于国家秘密" + blank + "\t2.其他法律行政法规禁止公开"
            + blank + "\n"
            + "4.保护第三方合法权益" + blank + "\t6.属于四类过程性信息" + blank + "\n"
            + "（五）不予处理1.信访举报投诉类申请" + blank + "\t3.要求提供公开出版物" + blank + "\n"
            + "（七）总计\t\t\t\t\t\t\t2\n四、结转下年度继续办理" + blank + "\n")
    got = _t3(tmp_path, body)
    outcomes = {k: v for m, k, v in got if m == "requests.outcome"}
    assert outcomes == {"granted": 2, "total": 2}


def test_a_row_on_its_own_line_still_reads_all_its_cells(tmp_path):
    body = ("一、本年新收政府信息公开申请数量" + _row(12, 0, 0, 0, 0, 1, 13) + "\n"
            + "二、上年结转政府信息公开申请数量" + _row(*Z) + "\n"
            + "三、本年度办理结果\t（一）予以公开" + _row(10, 0, 0, 0, 0, 1, 11) + "\n"
            + "（二）部分公开" + _row(2, 0, 0, 0, 0, 0, 2) + "\n"
            + "（三）不予公开\t1.属于国家秘密" + _row(*Z) + "\n"
            + "（七）总计" + _row(12, 0, 0, 0, 0, 1, 13) + "\n"
            + "四、结转下年度继续办理" + _row(*Z) + "\n")
    got = _t3(tmp_path, body)
    assert ("requests.outcome", "granted", 11) in got and ("requests.outcome", "partial", 2) in got
    assert ("requests.new", "org_other", 1) in got and ("requests.outcome", "total", 13) in got


# --- table 四 as a bare line of its 15 numbers under header words holding counts of their own ---

T4_KEYS = [(g, c) for g in ("review", "litigation.direct", "litigation.after_review")
           for c in ("upheld", "corrected", "other", "pending", "total")]


def _t4(tmp_path, section: str) -> set[tuple[str, str, float]]:
    path = tmp_path / "r.txt"
    path.write_text(TITLE.format(year=2021) + section + "五、存在的主要问题及改进情况\n无。\n", encoding="utf-8")
    out = extract(read_document(path, path.name))
    facts = next(x for x in out if isinstance(x, list))
    return {(f.measure, f.key, f.value) for f in facts if f.measure.startswith(("review", "litigation"))
            and f.source_frame == "template_table"}


def _expected(values) -> set[tuple[str, str, float]]:
    return {(g, c, v) for (g, c), v in zip(T4_KEYS, values)}


V = (2, 0, 1, 0, 3, 1, 1, 0, 0, 2, 0, 0, 0, 1, 1)


def test_a_bare_line_of_fifteen_numbers_under_header_counts(tmp_path):
    for head in ("行政复议（结果维持 结果纠正 其他结果 尚未审结 总计） 行政诉讼（未经复议起诉5项 复议后起诉5项）\n",
                 "四、政府信息公开行政复议、行政诉讼情况\n行政复议（5项）：结果维持 结果纠正 其他结果 尚未审结 总计；行政诉讼（10项）\n",
                 "四、政府信息公开行政复议、行政诉讼情况\n结果维持 结果纠正 其他结果 尚未审结 总计（每类5项，共3类）\n"):
        section = ("四、政府信息公开行政复议、行政诉讼情况\n" if not head.startswith("四") else "") + head
        assert _t4(tmp_path, section + " ".join(map(str, V)) + "\n") == _expected(V), head


def test_a_short_bare_line_is_no_fifteen_cell_row(tmp_path):
    # fourteen numbers: the line is not taken as the row by the fifteen-number rule
    section = "四、政府信息公开行政复议、行政诉讼情况\n行政复议（维持 纠正 其他 未审结 总计）5项\n" + " ".join(map(str, V[:14])) + "\n"
    assert not {f for f in _t4(tmp_path, section) if f[2] == 5}


# --- table 二 told in a sentence without its first block's other columns ---------------------

def _t2(tmp_path, sentence: str) -> set[tuple[str, str, float]]:
    path = tmp_path / "r.txt"
    path.write_text(TITLE.format(year=2022) + "一、总体情况\n" + sentence + "\n二、主动公开政府信息情况\n（表格略）\n",
                    encoding="utf-8")
    out = extract(read_document(path, path.name))
    facts = next(x for x in out if isinstance(x, list))
    return {(f.measure, f.key, f.value) for f in facts if f.measure.startswith("t2.")}


def test_a_denied_first_row_followed_by_decision_rows_is_table_two(tmp_path):
    assert _t2(tmp_path, "今年未出台规范性文件，办理行政许可决定12件，行政处罚决定4件。") == {
        ("t2.normdoc", "issued", 0), ("t2.licensing", "decisions", 12), ("t2.penalty", "decisions", 4)}
    assert _t2(tmp_path, "全年制定行政规范性文件2件；作出行政处罚决定6件，未作出行政强制决定。") == {
        ("t2.normdoc", "issued", 2), ("t2.penalty", "decisions", 6), ("t2.coercion", "decisions", 0)}
    assert _t2(tmp_path, "本年度未制发规章和行政规范性文件，作出行政许可决定30件，无行政强制。") == {
        ("t2.rule", "issued", 0), ("t2.normdoc", "issued", 0), ("t2.licensing", "decisions", 30),
        ("t2.coercion", "decisions", 0)}


def test_counts_outside_such_a_sentence_stay_no_table_two_cells(tmp_path):
    assert _t2(tmp_path, "本年度未制发行政规范性文件。全年办理行政许可决定52件。") == set()
    assert _t2(tmp_path, "全年作出行政许可决定40件，行政处罚决定3件。") == set()
    assert _t2(tmp_path, "制定规范性文件3件，办理政务服务事项800件。") == set()
