"""HTML table grids: plain cells, spans and chrome inside cells, as the reader writes them."""
from __future__ import annotations

from ogi.read.html import read_html


def test_grid_width_comes_from_the_widest_row_and_spans_leave_gaps():
    html = ("<table><tr><td>项目</td><td>数量</td></tr>"
            "<tr><td rowspan=\"2\">申请</td><td colspan=\"3\">  当面  申请 </td></tr>"
            "<tr><td>5</td></tr></table><p>正文</p>")
    doc = read_html(html.encode(), "g.html", "id")
    assert [line.split("\t") for line in doc.text.splitlines()] == [["项目", "数量", "", ""],
                                                                  ["申请", "当面 申请", "", ""],
                                                                  ["", "5", "", ""],
                                                                  ["正文"]]


def test_chrome_by_id_or_class_word_is_left_out_of_cells_and_text():
    html = ("<body><div id=\"Footer\">版权</div><div class=\"main Share\">分享</div>"
            "<table><tr><td>收到<span class=\"crumb\">导航</span>申请</td><td>3</td></tr></table>"
            "<p class=\"content\">正文</p></body>")
    doc = read_html(html.encode(), "c.html", "id")
    assert "收到申请\t3" in doc.text.splitlines()
    assert "版权" not in doc.text and "分享" not in doc.text and "正文" in doc.text
