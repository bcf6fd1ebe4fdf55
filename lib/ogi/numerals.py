"""Numbers as Chinese reports write them: 1,234 / 1234.5 / 2.6万 / 一百零五 / 二〇一四 / 十余.

Two readers, one for each way a number is written:
- in prose, `NUMBER` finds tokens and `read_number` reads one (None instead of an error);
  `parse_number` is the reading that raises; `APPROX_BEFORE` / `APPROX_AFTER` are the words that
  make a count approximate;
- in a table, `read_cell` reads one cell: `CELL_NUMBER` (Arabic, signed, thousands grouped), a
  blank marker of `BLANK_CELLS` (no number, never a zero) or 无 (`ZERO_CELLS`, a stated zero).
Full-width digits are already half-width after `ogi.normalise`. Chinese numerals are converted
with cn2an (a maintained library), except digit-by-digit strings such as 二〇一四, which are read
positionally because they are years and dates, not quantities.
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

import cn2an

# (the capital forms of accounting, 叁拾陆条, are the same numerals)
CN_DIGITS = "〇○零一二两三四五六七八九壹贰叁肆伍陆柒捌玖"
CN_UNITS = "十百千万亿拾佰仟"
_CAPITALS = str.maketrans("壹贰叁肆伍陆柒捌玖拾佰仟", "一二三四五六七八九十百千")
CN_DIGIT_VALUE = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0, "两": 2} \
    | {c: i + 1 for i, c in enumerate("壹贰叁肆伍陆柒捌玖")}

# An Arabic number (thousands separators allowed only in groups of three) or a Chinese numeral,
# optionally followed by a 万/亿 multiplier. Chinese numerals need at least one character.
ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
CHINESE = rf"[{CN_DIGITS}{CN_UNITS}]+"
# Glyphs a crawler or decoder leaves for bytes it lost (replacement and private-use characters).
MANGLED = "\ufffd\ue000-\uf8ff"
# A number in the run after such a glyph ('4\ufffd1条', '\ufffd35') is the tail of a mangled run,
# no number of its own (runs of up to four characters are checked).
_RUN = rf"[\d,.{CN_DIGITS}{CN_UNITS}]"
_AFTER_GLYPH = "".join(rf"(?<![{MANGLED}]{_RUN * k})" for k in range(5))
NUMBER = re.compile(rf"{_AFTER_GLYPH}(?P<num>{ARABIC}|{CHINESE})(?P<mult>万|亿)?")

# Markers that make a count approximate when they follow (余/多) or precede (约/近/超) it.
APPROX_AFTER = ("余", "多", "以上", "左右")
APPROX_BEFORE = ("约", "近", "超过", "超", "逾", "突破", "大约")

_MULT = {"万": 10_000, "亿": 100_000_000}


def chinese_to_number(text: str) -> float:
    """一百零五 -> 105, 十二 -> 12, 二〇一四 -> 2014 (digit by digit), 两千 -> 2000."""
    if not text:
        raise ValueError("empty numeral")
    if all(c in CN_DIGIT_VALUE for c in text):
        # No unit characters: positional digits (years, codes) or a single digit.
        value = 0
        for c in text:
            value = value * 10 + CN_DIGIT_VALUE[c]
        return float(value)
    normalised = text.replace("○", "〇").replace("两", "二").translate(_CAPITALS)
    return float(cn2an.cn2an(normalised, "strict"))


def parse_number(num: str, mult: str | None = None) -> float:
    """Parse a token matched by NUMBER (its `num` and `mult` groups)."""
    if num and num[0].isdigit():
        # Decimal keeps 0.07万 exactly 700 (float arithmetic would give 700.0000000000001).
        value = Decimal(num.replace(",", ""))
    else:
        value = Decimal(repr(chinese_to_number(num)))
    if mult:
        value *= _MULT[mult]
    return float(value)


@lru_cache(maxsize=4096)
def read_number(num: str, mult: str | None = None) -> float | None:
    """The one reader of a NUMBER token (its `num` and `mult` groups) for extractors: its value,
    or None when the characters read as no number (万 alone, 十十). Cached: prose asks for the
    same few tokens over and over."""
    try:
        return parse_number(num, mult)
    except ValueError:
        return None


# A number as a table cell writes it: Arabic digits, a sign (本年增/减 -3), thousands grouped
# (1,295 is one number, not two cells).
CELL_NUMBER = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|[+-]?\d+(?:\.\d+)?")
# What a cell holds when it states no number: a blank, never a zero (facts contract).
BLANK_CELLS = frozenset({"", "/", "-", "—", "–", "－", "--", "——", "空", "N/A", "n/a"})
# A whole cell grouped with full-width commas (Word input): in prose '，' separates clauses, so
# only a cell that is nothing else reads it as a thousands separator.
_FULL_WIDTH_GROUPED = re.compile(r"[+-]?\d{1,3}(?:，\d{3})+(?:\.\d+)?")
# A cell that says 'none' states a zero (domain notes §2.6).
ZERO_CELLS = frozenset({"无"})


@lru_cache(maxsize=4096)   # cells repeat ('0', '1', '') across rows and reports
def read_cell(text: str) -> float | None:
    """The one reader of a table cell: its number (the first one: a cell may carry its unit,
    3600元), 0 for 无, None for a blank or any other marker."""
    cell = text.strip()
    if cell in BLANK_CELLS:
        return None
    if cell in ZERO_CELLS:
        return 0.0
    if _FULL_WIDTH_GROUPED.fullmatch(cell):   # 1，200 (full-width comma): one number, not 1
        return float(cell.replace("，", ""))
    m = CELL_NUMBER.search(cell)
    return float(m.group().replace(",", "")) if m else None


def format_number(x: float | int | None) -> str:
    """A value written exactly for messages and candidates: 4251516 stays 4251516 (not
    4.25152e+06), a fraction keeps every digit of its float repr."""
    if x is None:
        return ""
    return str(int(x)) if float(x).is_integer() else repr(float(x))
