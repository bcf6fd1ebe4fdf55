"""One value per report, measure, key, period and unit, chosen among a report's statements.

`facts.csv` keeps every statement of a number; a report may state the same count twice (prose
and table) or state two different numbers for it (prose 425, table 418). `values_of` turns the
facts of ONE report into value rows (values.csv, see data/README.md): exactly one row per
(measure, key, period, unit). The unit is part of the identity, so a measure counted in two
units (proactive.category in `item` and in `document`) gives two rows, never one sum.

Statements and their rank. A fact is
- *certain*: a number without a flag;
- *flagged*: a number with a flag (blank_as_zero, combined_row, ...): used, but below a certain one;
- *unsure*: a digit split with several readings (`candidates` not empty): its own value is
  never used, whatever the extractor put there; its readings are the numbers in `candidates`;
- *no number*: an empty value without readings; it is listed in fact_ids and nothing else.

Statements are ranked, best first, by
1. source frame: template_table > stats_table > website_table > free_text
   (a template cell is where the report files the number; prose rounds and paraphrases);
2. a stated number over a sum of parts (facts whose extractor ends in `.sum`);
3. certain > flagged > unsure;
4. within equal rank, the value stated most often, then the one stated first in the text.
The best statement gives the value. An unsure best statement gives a value only when another
statement of the report states one of its readings (the best-ranked such one); else the value
is empty, and the numbers other statements gave stay in `alternatives`.

`status`: `single` (one fact), `agreed` (several facts, one number, and every unsure split has
it among its readings), `conflict` (two numbers, or a number no unsure split can read).
`chosen_by` names the rule that decided: `source_frame`, `total_over_sum`,
`certain_over_flagged`, `most_stated`, `first_stated` (for a conflict), `reading_confirmed`
(a statement picked a reading of an unsure split) or `unsure_unresolved` (an unsure split
outranks every number stated: empty value); empty when nothing had to be decided.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .model import Fact

FRAME_RANK = {"template_table": 0, "stats_table": 1, "website_table": 2, "free_text": 3}
_CERTAIN, _FLAGGED, _UNSURE = 0, 1, 2
_RULE_BY_RANK_PART = ("source_frame", "total_over_sum", "certain_over_flagged")
_NOWHERE = float("inf")   # a fact without a span sorts after those the text places
_READINGS_NOTE = re.compile(r"…\s*\(\d+ readings\)")


@dataclass(slots=True)
class Value:
    """One row of values.csv (without report_id)."""

    measure: str
    key: str
    period: str
    unit: str
    value: float | None
    status: str                    # single | agreed | conflict
    chosen_by: str = ""
    alternatives: list[float] = field(default_factory=list)
    fact_ids: list[str] = field(default_factory=list)


def readings(fact: Fact) -> set[float]:
    """The numbers an unsure split may be, from its `candidates` ('89|89|89; 8|9|8989', '418;
    1509', 'blank; 12'): every number in any reading, whatever its column."""
    numbers = set()
    for token in re.split(r"[;|]", _READINGS_NOTE.sub("", fact.candidates)):
        try:
            numbers.add(float(token.strip()))
        except ValueError:
            pass   # 'blank' and the like: a cell without a number
    return numbers


def _certainty(fact: Fact) -> int | None:
    """_CERTAIN / _FLAGGED / _UNSURE, or None for a statement with no number."""
    if fact.candidates:
        return _UNSURE
    if fact.value is None:
        return None
    return _FLAGGED if fact.flag else _CERTAIN


def _rank(fact: Fact, certainty: int) -> tuple[int, int, int]:
    return (FRAME_RANK.get(fact.source_frame, len(FRAME_RANK)),
            int(fact.extractor.endswith(".sum")), certainty)


def values_of(facts: list[Fact], fact_ids: list[str]) -> list[Value]:
    """The value rows of one report's facts (fact_ids[i] names facts[i]), in the order their
    identities first appear. Never raises on odd input: conflicts give a documented choice or
    an empty value."""
    groups: dict[tuple[str, str, str, str], list[int]] = {}
    for i, fact in enumerate(facts):
        groups.setdefault((fact.measure, fact.key, fact.period, fact.unit), []).append(i)
    rows = []
    for identity, idx in groups.items():
        if len(idx) == 1:   # most identities: nothing to choose
            fact = facts[idx[0]]
            rows.append(Value(*identity, None if fact.candidates else fact.value, "single", "",
                              [], [fact_ids[idx[0]]]))
        else:
            rows.append(_resolve(identity, [facts[i] for i in idx], [fact_ids[i] for i in idx]))
    return rows


def _resolve(identity, facts: list[Fact], ids: list[str]) -> Value:
    measure, key, period, unit = identity
    # (rank, place in the text, fact) for every statement with a number or readings, best first
    ranked = sorted((_rank(f, c), (f.char_start if f.char_start >= 0 else _NOWHERE, pos), f)
                    for pos, f in enumerate(facts) if (c := _certainty(f)) is not None)
    numbers = [(rank, f) for rank, _, f in ranked if rank[2] != _UNSURE]
    stated = list(dict.fromkeys(f.value for _, f in numbers))   # distinct, best rank first

    value, rule = None, ""
    if ranked and ranked[0][0][2] != _UNSURE:
        value = _best_number(numbers)
    elif ranked:
        best_readings = readings(ranked[0][2])
        picks = [f.value for _, f in numbers if f.value in best_readings]
        if picks:
            value, rule = picks[0], "reading_confirmed"
        elif numbers:
            rule = "unsure_unresolved"

    def dissents(rank, f) -> bool:
        if rank[2] == _UNSURE:
            return any(v not in readings(f) for v in stated)
        return f.value != value
    dissent = [(rank, f) for rank, _, f in ranked if dissents(rank, f)]
    if dissent and not rule:
        rule = _deciding_rule(numbers, value, dissent[0])
    return Value(measure, key, period, unit, value, "conflict" if dissent else "agreed", rule,
                 [v for v in stated if v != value], ids)


def _best_number(numbers: list) -> float:
    """Among the numbers of the best rank: the value stated most often, then the first."""
    top = numbers[0][0]
    same_rank = [f.value for rank, f in numbers if rank == top]
    counts = Counter(same_rank)
    return max(same_rank, key=lambda v: (counts[v], -same_rank.index(v)))


def _deciding_rule(numbers: list, value: float, dissent: tuple) -> str:
    """The first rank part in which the chosen value's best statement beats the best dissenting
    statement; `most_stated` / `first_stated` when they rank equal."""
    mine = next(rank for rank, f in numbers if f.value == value)
    other_rank, other = dissent
    for part, rule in enumerate(_RULE_BY_RANK_PART):
        if mine[part] != other_rank[part]:
            return rule
    same_rank = Counter(f.value for rank, f in numbers if rank == mine)
    return "most_stated" if same_rank[value] > same_rank[other.value] else "first_stated"
