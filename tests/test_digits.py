"""Digit-run splitting: every reading re-joins to the run, keeps token boundaries, and the
template's constraints single out the crawler-glued rows."""
from __future__ import annotations

import re
from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st
from ogi.extract.digits import splits, token_splits

runs = st.text(alphabet="0123456789", min_size=1, max_size=9)


def row_total(values: tuple[int, ...]) -> bool:
    return sum(values[:-1]) == values[-1]


def tokens_of(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in re.finditer(r"\S+", text)]


@settings(max_examples=200, deadline=None)
@given(run=runs, parts=st.integers(min_value=1, max_value=5))
def test_every_split_rejoins_the_run_without_leading_zeros(run, parts):
    for s in splits(run, parts):
        assert len(s.values) == parts
        assert "".join(run[a:b] for a, b in s.bounds) == run
        assert [int(run[a:b]) for a, b in s.bounds] == list(s.values)
        assert all(b - a == 1 or run[a] != "0" for a, b in s.bounds)   # no leading zeros


@settings(max_examples=200, deadline=None)
@given(tokens=st.lists(runs, min_size=1, max_size=3), parts=st.integers(min_value=1, max_value=7))
def test_token_splits_keep_spaces_as_boundaries(tokens, parts):
    text = " ".join(tokens)
    for s in token_splits(tokens_of(text), parts):
        pieces = [text[a:b] for a, b in s.bounds]
        assert len(pieces) == parts
        assert all(" " not in p for p in pieces)
        assert "".join(pieces) == text.replace(" ", "")


def test_known_glued_rows():
    assert (89, 89, 89) in [s.values for s in splits("898989", 3)]
    readings = [s.values for s in token_splits(tokens_of("230 000023"), 7) if row_total(s.values)]
    assert readings == [(23, 0, 0, 0, 0, 0, 23)]
    assert list(splits("07", 1)) == []                    # tables never write 07
    assert list(splits("12", 3)) == []                    # fewer digits than cells


def brute_force(run: str, parts: int, max_len: int | None) -> list[tuple[int, ...]]:
    """Every cut of the run, shortest first cell first, keeping cells without a leading 0."""
    out = []
    for cuts in combinations(range(1, len(run)), parts - 1):
        ends = (*cuts, len(run))
        cells = [run[a:b] for a, b in zip((0, *cuts), ends)]
        if all((len(c) == 1 or c[0] != "0") and (max_len is None or len(c) <= max_len) for c in cells):
            out.append(tuple(int(c) for c in cells))
    return out


@settings(max_examples=200, deadline=None)
@given(run=runs, parts=st.integers(min_value=1, max_value=6),
       max_len=st.one_of(st.none(), st.integers(min_value=1, max_value=3)))
def test_splits_are_every_valid_cut_in_cut_order(run, parts, max_len):
    # the order matters: callers report the first surviving reading and quote the others
    assert [s.values for s in splits(run, parts, max_len)] == brute_force(run, parts, max_len)


def test_token_splits_order_by_cells_in_the_first_token():
    readings = [s.values for s in token_splits(tokens_of("12 34"), 3)]
    assert readings == [(12, 3, 4), (1, 2, 34)]
