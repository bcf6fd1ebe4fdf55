"""Property tests for ogi.numerals: Arabic and Chinese numerals read back to the numbers written."""
from __future__ import annotations

import cn2an
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ogi.numerals import (
    BLANK_CELLS,
    NUMBER,
    chinese_to_number,
    parse_number,
    read_cell,
    read_number,
)

counts = st.integers(min_value=0, max_value=10**12)
padding = st.sampled_from(["", " ", "\t", "  ", "\n"])


def prose_token(text: str) -> float | None:
    """A whole string read as prose reads a count: one NUMBER token, its multiplier applied."""
    m = NUMBER.fullmatch(text)
    return read_number(m["num"], m["mult"]) if m else None


@given(counts, padding, padding)
@settings(deadline=None)
def test_plain_and_grouped_arabic(n, before, after):
    assert prose_token(str(n)) == n and prose_token(f"{n:,}") == n
    assert read_cell(f"{before}{n}{after}") == n
    assert read_cell(f"{before}{n:,}{after}") == n


@given(counts, st.sampled_from(["+", "-"]), st.sampled_from(["", "元", "件", " 条"]))
@settings(deadline=None)
def test_cells_keep_their_sign_and_drop_their_unit(n, sign, unit):
    # 本年增/减 cells are signed; a cell may carry its unit (3600元)
    assert read_cell(f"{sign}{n:,}{unit}") == (-n if sign == "-" else n)


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=99))
@settings(deadline=None)
def test_decimals(whole, cents):
    assert prose_token(f"{whole}.{cents:02d}") == pytest.approx(whole + cents / 100)
    assert read_cell(f"{whole}.{cents:02d}") == pytest.approx(whole + cents / 100)


@given(st.sampled_from(sorted(BLANK_CELLS)), padding, padding)
@settings(deadline=None)
def test_blank_cells_are_no_number_and_none_is_zero(marker, before, after):
    # a blank cell is never a zero; a cell that says 无 states one
    assert read_cell(f"{before}{marker}{after}") is None
    assert read_cell(f"{before}无{after}") == 0


def test_cells_without_a_number_are_blank():
    for text in ["", "—", "空", "不适用", "万", "十"]:
        assert read_cell(text) is None


@given(st.integers(min_value=0, max_value=10**6), st.sampled_from(["万", "亿"]))
@settings(deadline=None)
def test_multipliers(n, mult):
    factor = 10_000 if mult == "万" else 100_000_000
    assert prose_token(f"{n}{mult}") == n * factor
    assert prose_token(f"{n}.5{mult}") == pytest.approx((n + 0.5) * factor)


def _round_trip(n: int) -> None:
    written = cn2an.an2cn(n)
    assert chinese_to_number(written) == n
    m = NUMBER.fullmatch(written)
    assert m is not None and parse_number(m["num"], m["mult"]) == n


@given(st.integers(min_value=0, max_value=10**8 - 1))
@settings(deadline=None)
def test_chinese_numerals_round_trip(n):
    _round_trip(n)


# Above 亿 the writer (cn2an) drops the 零 after 亿 when the 千万 digit is 0 (2500001000 ->
# 二十五亿一千), so the 亿 range is drawn with a nonzero 千万 digit.
@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=10**7, max_value=10**8 - 1))
@settings(deadline=None)
def test_chinese_numerals_round_trip_above_yi(yi, rest):
    _round_trip(yi * 10**8 + rest)


@given(st.integers(min_value=1000, max_value=2099))
@settings(deadline=None)
def test_years_digit_by_digit(year):
    written = "".join("〇一二三四五六七八九"[int(d)] for d in str(year))
    assert chinese_to_number(written) == year
    assert chinese_to_number(written.replace("〇", "○")) == year
    assert chinese_to_number(written.replace("〇", "零")) == year


@given(st.integers(min_value=1, max_value=9))
@settings(deadline=None)
def test_liang_is_two(k):
    digit = "一二三四五六七八九"[k - 1]
    assert chinese_to_number(f"两千{digit}百") == 2000 + 100 * k
    assert chinese_to_number(f"{digit}万两千") == k * 10_000 + 2000


@given(st.text(alphabet="0123456789,.万亿一二三十百千零〇两条件，。", max_size=30))
@settings(max_examples=300, deadline=None)
def test_every_match_parses_or_refuses_cleanly(text):
    # Extractors parse every NUMBER match: a match either gives a number or raises ValueError,
    # and the extractors' reader says the same (None for a refusal). An Arabic match is the
    # number its digits write, times its multiplier.
    for m in NUMBER.finditer(text):
        try:
            value = parse_number(m["num"], m["mult"])
        except ValueError:
            assert read_number(m["num"], m["mult"]) is None
            continue
        assert read_number(m["num"], m["mult"]) == value
        digits = m["num"].replace(",", "")
        if digits[:1].isdigit():
            factor = {"万": 1e4, "亿": 1e8}.get(m["mult"], 1)
            assert value == pytest.approx(float(digits) * factor)


def test_lone_unit_characters_are_not_numbers():
    for text in ["万", "亿", "千", "百"]:
        assert prose_token(text) is None


def test_money_in_wan_is_exact():
    # 0.07万 must be 700, not 700.0000000000001: amounts are compared across reports.
    assert [prose_token(f"0.{k:02d}万") for k in range(1, 100)] == [k * 100 for k in range(1, 100)]


def test_a_number_right_after_a_lost_glyph_is_no_number():
    """'4\ufffd1' is one mangled run: its tail is no number of its own (the head still is; a
    reader then sees the glyph after it, not its unit)."""
    from ogi.numerals import NUMBER
    assert [m.group() for m in NUMBER.finditer("公开4\ufffd1条，另有3条")] == ["4", "3"]
    assert [m.group() for m in NUMBER.finditer("\ufffd二十件")] == []
    # a private-use glyph is lost bytes too, as the table readers already count it
    assert [m.group() for m in NUMBER.finditer("公开4\ue0011条")] == ["4"]
