"""Digit-run splitting: every reading re-joins to the run and satisfies its constraint."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ogi.extract.digits import constrained_spaced_splits, constrained_splits, spaced_splits, splits

runs = st.text(alphabet="0123456789", min_size=1, max_size=9)


def row_total(values: tuple[int, ...]) -> bool:
    return sum(values[:-1]) == values[-1]


@settings(max_examples=200, deadline=None)
@given(run=runs, parts=st.integers(min_value=1, max_value=5), modulus=st.integers(min_value=1, max_value=4))
def test_accepted_splits_satisfy_the_constraint_and_rejoin(run, parts, modulus):
    def accept(values):
        return sum(values) % modulus == 0
    for s in constrained_splits(run, parts, accept):
        assert accept(s.values)
        assert len(s.values) == parts
        assert "".join(run[a:b] for a, b in s.bounds) == run
        assert [int(run[a:b]) for a, b in s.bounds] == list(s.values)
        assert all(b - a == 1 or run[a] != "0" for a, b in s.bounds)   # no leading zeros


@settings(max_examples=200, deadline=None)
@given(tokens=st.lists(runs, min_size=1, max_size=3), parts=st.integers(min_value=1, max_value=7))
def test_spaced_splits_keep_spaces_as_boundaries(tokens, parts):
    text = " ".join(tokens)
    for s in constrained_spaced_splits(text, parts, row_total):
        assert row_total(s.values)
        pieces = [text[a:b] for a, b in s.bounds]
        assert all(" " not in p for p in pieces)
        assert "".join(pieces) == text.replace(" ", "")


def test_known_glued_rows():
    assert (89, 89, 89) in [s.values for s in splits("898989", 3)]
    assert [s.values for s in constrained_spaced_splits("230 000023", 7, row_total)] == [(23, 0, 0, 0, 0, 0, 23)]
    assert list(spaced_splits("12 x", 2)) == []          # not digits: no reading
    assert list(splits("07", 1)) == []                    # tables never write 07
