"""Split a run of glued digits back into table cells, using what the document constrains.

Crawlers flatten table rows so that cells lose their separators: `4251516` was 425 | 1516,
`898989` was 89 | 89 | 89. A run alone cannot be split; the table's shape can narrow it down:
how many cells the row has, that a cumulative column is at least the annual one, that sub-rows
add up to their parent. `splits` enumerates every reading of one run, `token_splits` of several
runs whose separating spaces survived; callers keep the readings their constraints accept, and
raise a check when more than one survives: a number we are unsure of is flagged, never guessed.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ogi.numerals import MANGLED

# A run of digits holding a glyph for lost bytes ('2\ufffd', '1\ufffd3') is one garbled cell, no number.
MANGLED_CHAR = re.compile(f"[{MANGLED}]")
GARBLED = re.compile(rf"(?:\d[\d{MANGLED}]*[{MANGLED}]|[{MANGLED}]+\d)[\d{MANGLED}]*")


def shows(garbled: str, value: float) -> bool:
    """Whether `value` keeps the digits a garbled cell still shows, each glyph run standing for
    lost digits (none or more): 21 fits '2\ufffd', 203 fits '2\ufffd3', 31 fits neither."""
    if value < 0 or value != int(value):
        return False
    pattern = "".join(r"\d*" if MANGLED_CHAR.match(part) else re.escape(part)
                      for part in re.split(f"([{MANGLED}]+)", garbled) if part)
    return re.fullmatch(pattern, str(int(value))) is not None


@dataclass(frozen=True)
class Split:
    """One reading of a digit run: the cell values and where each cell sits in the run."""

    values: tuple[int, ...]
    bounds: tuple[tuple[int, int], ...]   # (start, end) of each cell inside the run


def _valid_cell(s: str, max_len: int | None) -> bool:
    # A multi-digit cell never starts with 0: tables do not write 07.
    return bool(s) and (len(s) == 1 or s[0] != "0") and (max_len is None or len(s) <= max_len)


Reading = tuple[tuple[int, ...], tuple[tuple[int, int], ...]]   # (values, bounds) of a Split


def _readings(run: str, parts: int, max_len: int | None, offset: int = 0) -> Iterator[Reading]:
    """Every reading of `run` as `parts` valid cells, first cut shortest first (bounds shifted
    by `offset`). A cell that is invalid stays invalid when it grows (a leading 0, too many
    digits), so no cut past it is tried; the readings of a suffix are built once and shared by
    every way of reading the digits before it."""
    n = len(run)
    suffixes: dict[tuple[int, int], list[Reading]] = {}

    def cells_from(start: int) -> Iterator[tuple[int, tuple[int, int], int]]:
        for end in range(start + 1, n + 1):
            cell = run[start:end]
            if not _valid_cell(cell, max_len):
                return
            yield int(cell), (offset + start, offset + end), end

    def suffix(start: int, left: int) -> list[Reading]:
        if (start, left) not in suffixes:
            suffixes[start, left] = list(walk(start, left))
        return suffixes[start, left]

    def walk(start: int, left: int) -> Iterator[Reading]:
        if left == 1:
            if _valid_cell(run[start:], max_len):
                yield (int(run[start:]),), ((offset + start, offset + n),)
            return
        for value, bound, end in cells_from(start):
            if n - end < left - 1:
                return
            for values, bounds in suffix(end, left - 1):
                yield (value, *values), (bound, *bounds)

    if run.isdigit() and 1 <= parts <= n:
        yield from walk(0, parts)


def splits(run: str, parts: int, max_len: int | None = None) -> Iterator[Split]:
    """Every way to read `run` as `parts` cells (no leading zeros, at most `max_len` digits)."""
    for values, bounds in _readings(run, parts, max_len):
        yield Split(values, bounds)


def token_splits(tokens: list[tuple[int, str]], parts: int,
                 max_len: int | None = None) -> Iterator[Split]:
    """Every way to read digit tokens, given as (offset, digits), as `parts` cells; each token
    holds at least one cell and no cell crosses a token boundary (crawlers drop some separators
    and keep others: '230 000023' was 23|0|0|0|0|0|23). Bounds are offsets in the text.
    Readings come by cells in the first token, then in cut order."""
    tails: dict[tuple[int, int], list[Reading]] = {}

    def tail(i: int, left: int) -> list[Reading]:
        # the readings of tokens[i:] are shared by every reading of the tokens before them
        if (i, left) not in tails:
            tails[i, left] = list(from_token(i, left))
        return tails[i, left]

    def from_token(i: int, left: int) -> Iterator[Reading]:
        offset, run = tokens[i]
        rest = tokens[i + 1:]
        if not rest:
            yield from _readings(run, left, max_len, offset)
            return
        max_rest = sum(len(t) for _, t in rest)
        for k in range(max(1, left - max_rest), min(len(run), left - len(rest)) + 1):
            for head_values, head_bounds in _readings(run, k, max_len, offset):
                for values, bounds in tail(i + 1, left - k):
                    yield head_values + values, head_bounds + bounds

    if tokens:
        for values, bounds in from_token(0, parts):
            yield Split(values, bounds)
