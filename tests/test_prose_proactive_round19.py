"""Proactive-disclosure phrasings of round 19 (ninth session): each family in several wordings of our
own, with the exact set of facts expected, and neighbours that must not change."""
from __future__ import annotations

import pytest
from snippets import ch, total, triples


def _county(text: str) -> set:
    return triples(text, agency="某某县人民政府", year=2021)


# --- A. a notice board's postings counted in 项 (matters): the board's count -------------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息300条，其中网站发布120条，村务公开栏公开各类事项64项。",
     {total(300), ch("ch_website", 120), ch("ch_board", 64)}),
    ("全年主动公开政府信息300条，其中在社区公开栏公开信息57项，网站发布90条。",
     {total(300), ch("ch_board", 57), ch("ch_website", 90)}),
    ("全年主动公开政府信息300条，其中通过政务公示栏公示各项内容33项。",
     {total(300), ch("ch_board", 33)}),
    # neighbours: matters in 项 on a site (services, powers) are no channel's postings
    ("全年主动公开政府信息300条，在网站公开政务服务事项120项。",
     {total(300)}),
    ("全年主动公开政府信息300条，在公开栏公开权责清单事项45项。",
     {total(300)}),
])
def test_board_postings_counted_in_items(text, expected):
    assert _county(text) == expected


# --- E. a count the next clause itself leaves out (不计入/不纳入): no fact ---------------------

@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息512条。全年完成不动产登记1.3万件，不计入公开信息数。", {total(512)}),
    ("全年主动公开政府信息512条。在公开栏张贴信息45条，均不纳入上述统计。", {total(512)}),
    ("全年主动公开政府信息512条。通过政务大厅电子屏滚动发布信息88条，该数据不计入上述总数。", {total(512)}),
    # neighbours: a later clause excluding something else leaves the count before it
    ("全年主动公开政府信息900条，其中校务公开栏另行公开，不计入上述数字。", {total(900)}),
    ("全年主动公开政府信息900条，网站发布600条，另有公开栏信息不计入。", {total(900), ch("ch_website", 600)}),
])
def test_a_count_left_out_by_its_next_clause(text, expected):
    assert _county(text) == expected
