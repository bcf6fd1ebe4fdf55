"""Split a run of glued digits back into table cells, using what the document constrains.

Crawlers flatten table rows so that cells lose their separators: `4251516` was 425 | 1516,
`898989` was 89 | 89 | 89. A run alone cannot be split; the table's shape can narrow it down:
how many cells the row has, that a cumulative column is at least the annual one, that sub-rows
add up to their parent. `splits` enumerates every reading of one run, `token_splits` of several
runs whose separating spaces survived; callers keep the readings their constraints accept, and
raise a check when more than one survives: a number we are unsure of is flagged, never guessed.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Split:
    """One reading of a digit run: the cell values and where each cell sits in the run."""

    values: tuple[int, ...]
    bounds: tuple[tuple[int, int], ...]   # (start, end) of each cell inside the run


def _valid_cell(s: str, max_len: int | None) -> bool:
    # A multi-digit cell never starts with 0: tables do not write 07.
    return bool(s) and (len(s) == 1 or s[0] != "0") and (max_len is None or len(s) <= max_len)


@lru_cache(maxsize=4096)
def _cut_points(n: int, parts: int) -> tuple[tuple[int, ...], ...]:
    """All ways to cut a run of length n into `parts` non-empty pieces (as end offsets)."""
    if parts == 1:
        return ((n,),)
    out = []
    for first in range(1, n - parts + 2):
        for rest in _cut_points(n - first, parts - 1):
            out.append((first, *(first + r for r in rest)))
    return tuple(out)


def splits(run: str, parts: int, max_len: int | None = None) -> Iterator[Split]:
    """Every way to read `run` as `parts` cells (no leading zeros, at most `max_len` digits)."""
    if not run.isdigit() or parts < 1 or parts > len(run):
        return
    for ends in _cut_points(len(run), parts):
        starts = (0, *ends[:-1])
        cells = [run[s:e] for s, e in zip(starts, ends)]
        if all(_valid_cell(c, max_len) for c in cells):
            yield Split(tuple(int(c) for c in cells), tuple(zip(starts, ends)))


def token_splits(tokens: list[tuple[int, str]], parts: int,
                 max_len: int | None = None) -> Iterator[Split]:
    """Every way to read digit tokens, given as (offset, digits), as `parts` cells; each token
    holds at least one cell and no cell crosses a token boundary (crawlers drop some separators
    and keep others: '230 000023' was 23|0|0|0|0|0|23). Bounds are offsets in the text."""
    if not tokens:
        return
    (offset, first), rest = tokens[0], tokens[1:]
    if not rest:
        for s in splits(first, parts, max_len):
            yield Split(s.values, tuple((offset + a, offset + b) for a, b in s.bounds))
        return
    min_rest = len(rest)
    max_rest = sum(len(t) for _, t in rest)
    for k in range(max(1, parts - max_rest), min(len(first), parts - min_rest) + 1):
        for head in splits(first, k, max_len):
            head_bounds = tuple((offset + a, offset + b) for a, b in head.bounds)
            for tail in token_splits(rest, parts - k, max_len):
                yield Split(head.values + tail.values, head_bounds + tail.bounds)

