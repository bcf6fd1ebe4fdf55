"""Decoding: encodings told apart, binary refused, damage reported as warnings."""
from __future__ import annotations

import codecs

import opencc
import pytest
from ogi.read import ReadError
from ogi.read.decode import binary_kind, decode_bytes
from ogi.read.hints import crawler_header, iso_date, labelled_date

SIMPLIFIED = "2019年，本机关主动公开政府信息120条，收到政府信息公开申请12件，均已按时答复。\n"
TRADITIONAL = opencc.OpenCC("s2t").convert(SIMPLIFIED)


@pytest.mark.parametrize("encoding", ["utf-8", "gbk", "gb18030", "utf-16-le", "utf-16-be"])
def test_simplified_text_round_trips(encoding):
    text, warnings = decode_bytes(SIMPLIFIED.encode(encoding))
    assert text == SIMPLIFIED and warnings == []


@pytest.mark.parametrize("encoding", ["big5", "cp950", "utf-8", "utf-16-le"])
def test_traditional_text_round_trips(encoding):
    text, warnings = decode_bytes(TRADITIONAL.encode(encoding))
    assert text == TRADITIONAL and warnings == []


@pytest.mark.parametrize("bom,encoding", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                                          (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_bom_is_used_and_dropped(bom, encoding):
    text, warnings = decode_bytes(bom + SIMPLIFIED.encode(encoding))
    assert text == SIMPLIFIED and warnings == []


def test_short_gbk_and_big5_snippets_are_told_apart():
    # A few characters only: the frequent-character score still decides.
    for snippet in ["主动公开信息5条", "依申请公开3件", "年度报告"]:
        assert decode_bytes(snippet.encode("gbk"))[0] == snippet
        traditional = opencc.OpenCC("s2t").convert(snippet)
        assert decode_bytes(traditional.encode("big5"))[0] == traditional


def test_mixed_utf8_and_gbk_lines_decode_each_line_with_a_warning():
    data = "第一行：主动公开120条\n".encode() + "第二行：申请12件\n".encode("gbk") + "第三行：复议2件\n".encode()
    text, warnings = decode_bytes(data)
    assert text == "第一行：主动公开120条\n第二行：申请12件\n第三行：复议2件\n"
    assert len(warnings) == 1 and warnings[0].startswith("mixed encodings: 1 of 3")


def test_nul_bytes_become_spaces_one_for_one():
    data = SIMPLIFIED.replace("公开", "公开\x00\x00", 1).encode()
    text, warnings = decode_bytes(data)
    assert text == SIMPLIFIED.replace("公开", "公开  ", 1)
    assert warnings == ["2 NUL/control characters replaced by spaces"]


@pytest.mark.parametrize("head,kind", [(b"\xff\xd8\xff\xe0", "JPEG image"), (b"\x89PNG\r\n\x1a\n", "PNG image"),
                                       (b"PK\x03\x04", "ZIP archive"), (b"\x7fELF", "ELF executable"),
                                       (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "WebP image")])
def test_binary_magic(head, kind):
    assert binary_kind(head + b"\x00" * 20) == kind
    with pytest.raises(ReadError, match=rf"^binary file \({kind}\), not a text report$"):
        decode_bytes(head + b"\x00" * 20)


def test_control_byte_noise_is_binary_but_tabs_and_newlines_are_not():
    with pytest.raises(ReadError, match=r"control bytes\), not a text report$"):
        decode_bytes(bytes(range(256)) * 10)
    assert decode_bytes(b"a\tb\r\nc\fd\n" * 100)[1] == []


def test_crawler_header_gives_title_and_date():
    text = "标题: 某县2019年政府信息公开工作年度报告\n发布时间: 2020-01-15 10:00\n文号: \n正文……"
    assert crawler_header(text) == ("某县2019年政府信息公开工作年度报告", "2020-01-15")
    assert crawler_header("正文没有头部\n2019年主动公开5条") == ("", "")


def test_dates():
    assert iso_date("2020年1月5日") == "2020-01-05"
    assert iso_date("2020/13/05") == ""
    assert labelled_date("某某 发布日期：2021-02-03 来源") == "2021-02-03"
