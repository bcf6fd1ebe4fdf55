"""The Markdown reader's code-line finder must agree with a full markdown-it parse.

`_code_lines` skips markdown-it when a cheap scan finds nothing that could start a code or HTML
block, and otherwise parses blocks only; both shortcuts must give the lines a full parse gives.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from ogi.read.markdown import _code_lines, read_markdown


def _full_parse_code_lines(source: str) -> set[int]:
    lines: set[int] = set()
    for token in MarkdownIt("commonmark").enable("table").parse(source):
        if token.type in ("fence", "code_block", "html_block") and token.map:
            lines.update(range(*token.map))
    return lines


# Characters that build (or almost build) fences, indented code, lists, quotes, HTML and tables.
_MARKDOWNISH = st.text(alphabet=" \t\n\r>-*+1.)`~<a/!|#表", max_size=60)


@settings(max_examples=400, deadline=None)
@given(_MARKDOWNISH)
def test_code_lines_match_a_full_parse(source):
    assert _code_lines(source) == _full_parse_code_lines(source)


def test_code_lines_in_containers_and_after_bare_carriage_returns():
    cases = [
        "段落\n\n```\n| a | b |\n```\n",
        "- 项目\n\n      | a | b |\n",       # indented code inside a list item
        ">     | a | b |\n",                  # indented code inside a blockquote
        "-     | a | b |\n",                  # list item opening with indented code
        "文字\r\r    | a | b |\r",            # markdown-it ends lines at a lone '\r'
        "\t| a | b |\n",
        "<div>\n| a | b |\n</div>\n",
    ]
    for source in cases:
        assert _code_lines(source), source
        assert _code_lines(source) == _full_parse_code_lines(source), source


def test_tables_outside_code_are_still_read_when_code_is_present():
    source = "```\n| x | 1 |\n```\n\n| 项目 | 数量 |\n|---|---|\n| 申请 | 5 |\n"
    doc = read_markdown(source.encode(), "c.md", "rid")
    assert [line for line in doc.text.splitlines() if "\t" in line] == ["项目\t数量", "申请\t5"]
