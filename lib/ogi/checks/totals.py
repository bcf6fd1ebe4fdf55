"""Parts vs totals, shares vs counts, and one thing stated with two values."""
from __future__ import annotations

from collections import defaultdict

from ..model import Check, Fact, Metadata

# Breakdowns whose parts should add up to the measure's total. Channel counts are not a
# partition under the 2014 counting rule (one item on several channels counts once in the
# total), so a channel sum above the total is reported as `not_assessable`, not `fail`.
PARTS_OF = {
    "proactive.category": "proactive",
    "proactive.channel": "proactive",
    "proactive.subunit": "proactive",
}
SHARE_TOLERANCE_PP = 1.0   # stated shares are usually rounded to whole percent


def _fmt(x: float | None) -> str:
    return "" if x is None else f"{x:g}"


def run(meta: Metadata, facts: list[Fact]) -> list[Check]:
    return parts_vs_total(facts) + shares_vs_counts(facts) + conflicting_values(facts)


def _totals(facts: list[Fact]) -> dict[tuple[str, str], list[Fact]]:
    out: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for f in facts:
        if f.key == "total" and f.value is not None:
            out[(f.measure, f.period)].append(f)
    return out


def parts_vs_total(facts: list[Fact]) -> list[Check]:
    totals = _totals(facts)
    groups: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for f in facts:
        if f.measure in PARTS_OF and f.value is not None:
            groups[(f.measure, f.period)].append(f)
    checks = []
    for (measure, period), parts in sorted(groups.items()):
        parent = PARTS_OF[measure]
        subject = f"{measure} vs {parent} ({period})"
        candidates = totals.get((parent, period), [])
        if not candidates:
            checks.append(Check("parts_vs_total", "not_assessable", subject,
                                observed=sum(p.value for p in parts),
                                message=f"{len(parts)} parts but no stated {parent} total"))
            continue
        total = candidates[0]
        observed = sum(p.value for p in parts)
        if abs(observed - total.value) < 1e-9:
            status, msg = "pass", "parts add up to the stated total"
        elif measure == "proactive.channel" and observed > total.value:
            status = "not_assessable"
            msg = ("channel counts exceed the total; channels may overlap "
                   "(the same item on several channels counts once)")
        elif any(p.is_approx for p in parts) or total.is_approx:
            status, msg = "not_assessable", "approximate counts (余/多/约) cannot be summed exactly"
        else:
            status = "fail"
            msg = (f"parts add up to {_fmt(observed)}, the report states {_fmt(total.value)} "
                   f"(difference {_fmt(observed - total.value)})")
        checks.append(Check("parts_vs_total", status, subject, expected=total.value,
                            observed=observed, message=msg, evidence=total.evidence))
    return checks


def shares_vs_counts(facts: list[Fact]) -> list[Check]:
    totals = _totals(facts)
    checks = []
    for f in facts:
        if f.share is None or f.value is None:
            continue
        parent = PARTS_OF.get(f.measure, f.measure)
        candidates = totals.get((parent, f.period), [])
        subject = f"share of {f.measure}/{f.key}"
        if not candidates or not candidates[0].value:
            checks.append(Check("share_vs_count", "not_assessable", subject, observed=f.share,
                                message="a share is stated but no total to compute it from",
                                evidence=f.evidence))
            continue
        computed = round(100.0 * f.value / candidates[0].value, 1)
        ok = abs(computed - f.share) <= SHARE_TOLERANCE_PP
        checks.append(Check(
            "share_vs_count", "pass" if ok else "fail", subject, expected=computed,
            observed=f.share,
            message=(f"{_fmt(f.value)} of {_fmt(candidates[0].value)} is {computed:g}%, "
                     f"the report says {_fmt(f.share)}%"),
            evidence=f.evidence))
    return checks


# Measures where one key names one cell or one total, so two values for it are a conflict.
def _single_valued(f: Fact) -> bool:
    return f.key == "total" or f.measure.startswith(("t2.", "requests.", "review", "litigation",
                                                     "fees", "complaints"))


def conflicting_values(facts: list[Fact]) -> list[Check]:
    by_key: dict[tuple[str, str, str], list[Fact]] = defaultdict(list)
    for f in facts:
        if f.value is not None and _single_valued(f):
            by_key[(f.measure, f.key, f.period)].append(f)
    checks = []
    for (measure, key, period), group in sorted(by_key.items()):
        values = sorted({f.value for f in group})
        if len(values) < 2:
            continue
        detail = "; ".join(f"{_fmt(f.value)} «{f.evidence[:40]}»" for f in group)
        checks.append(Check("conflicting_values", "fail", f"{measure}/{key} ({period})",
                            expected=values[0], observed=values[-1],
                            message=f"stated with {len(values)} different values: {detail}",
                            evidence=group[0].evidence))
    return checks
