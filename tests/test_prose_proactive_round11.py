"""Proactive-disclosure phrasings of the eighth session: each family in several wordings of our
own, with the exact set of facts expected, and neighbours that must not change."""
from __future__ import annotations

import pytest
from snippets import ch, total, triples


def _free_text(text: str) -> set:
    return triples(text, agency="某某镇人民政府", year=2010)


# --- A. a periodical that printed the items, though its title names no paper -------------------

@pytest.mark.parametrize("text, expected", [
    ("全年共主动公开政府信息八十条。其中政务公开栏公开60条，区政府网站公开15条，在《今日南川》刊发5篇。",
     {total(80), ch("ch_board", 60), ch("ch_website", 15), ch("ch_media", 5)}),
    ("全年主动公开信息96条，其中县政府网站发布70条，在《北岭视窗》上刊登26篇。",
     {total(96), ch("ch_website", 70), ch("ch_media", 26)}),
    ("全年公开信息40条，其中公开栏张贴31条，在《山乡风采》刊载9篇。",
     {total(40), ch("ch_board", 31), ch("ch_media", 9)}),
    # neighbours: a paper named as such, and the body's own bulletin, keep their channels
    ("全年公开信息52条，其中政府网站公开40条，在《北岭日报》刊发12篇。",
     {total(52), ch("ch_website", 40), ch("ch_media", 12)}),
])
def test_periodical_that_printed_items(text, expected):
    assert _free_text(text) == expected
