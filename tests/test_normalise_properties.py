"""normalise keeps the 1:1 guarantee: same length, and numbers found in the normalised text sit
at the same offsets in the original."""
from __future__ import annotations

import opencc
from hypothesis import given, settings
from hypothesis import strategies as st
from ogi.normalise import normalise, to_simplified
from ogi.numerals import NUMBER, parse_number

# Characters reports are made of, with the ones normalise changes over-represented.
_REPORT_CHARS = ("0123456789０１２３４５６７８９,.，。：；（）、%％．＋－／ \u3000\u00a0\u200b\ufeff"
                 "万亿一二三四五六七八九十百千零〇两萬億兩條項個資訊開於與發佈裡後臺灣錶麵乾髮"
                 "政府信息公开申请件条年月日ＡＢＣａｂｃ\t\n")
report_text = st.text(alphabet=st.sampled_from(_REPORT_CHARS), max_size=80)
any_text = st.text(max_size=80)
traditional_text = st.builds(opencc.OpenCC("s2t").convert, report_text)


@given(st.one_of(report_text, any_text, traditional_text))
@settings(max_examples=300, deadline=None)
def test_length_is_kept(text):
    assert len(normalise(text)) == len(text)
    assert len(to_simplified(text)) == len(text)


@given(st.one_of(report_text, traditional_text))
@settings(max_examples=300, deadline=None)
def test_numbers_sit_at_the_same_offsets(text):
    normalised = normalise(text)
    for m in NUMBER.finditer(normalised):
        original = text[m.start():m.end()]
        # the original characters there are the same number, character for character
        assert normalise(original) == m.group()
        try:
            value = parse_number(m["num"], m["mult"])
        except ValueError:
            continue
        again = NUMBER.fullmatch(normalise(original))
        assert parse_number(again["num"], again["mult"]) == value


def test_fullwidth_and_spaces_change_but_chinese_punctuation_is_kept():
    assert normalise("共１２３条，占４５．６％\u3000") == "共123条，占45.6% "
    assert normalise("105，120。") == "105，120。"


def test_traditional_becomes_simplified_in_place():
    text = "主動公開政府資訊１２０條"
    out = normalise(text)
    assert out == "主动公开政府资讯120条" and len(out) == len(text)
