"""Parts vs totals, shares vs counts, shares that add up to more than the whole, and one thing
stated with two values.

Parts are compared within one source frame (a prose category list against the total, a
statistics-table channel block against the total), never mixed across frames: a report that
gives categories in prose and channels in its table has two breakdowns, not one.
"""
from __future__ import annotations

from collections import defaultdict

from ..model import Check, Fact, Metadata
from ..numerals import format_number

# Breakdowns and the total they break down. Channel counts are not a partition under the 2014
# counting rule (one item on several channels counts once in the total), and subunit lists may
# overlap the reporting office's own count or name only the largest units, so a mismatch there
# is reported as `not_assessable` / `ambiguous`, never `fail` - except a statistics table's
# channel block adding up to less than the total, which the counting rule rules out.
PARTS_OF = {
    "proactive.category": "proactive",
    "proactive.channel": "proactive",
    "proactive.subunit": "proactive",
    "requests.channel": "requests.new",
}
OVERLAPPING = {"proactive.channel"}
PARTIAL_LISTS = {"proactive.subunit"}
SHARE_TOLERANCE_PP = 1.0   # stated shares are usually rounded to whole percent
SHARE_SUM_TOLERANCE_PP = 1.5




def run(meta: Metadata, facts: list[Fact]) -> list[Check]:
    return (parts_vs_total(facts) + shares_vs_counts(facts) + shares_sum(facts)
            + conflicting_values(facts))


def _totals(facts: list[Fact]) -> dict[tuple[str, str], list[Fact]]:
    out: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for f in facts:
        if f.key == "total" and f.value is not None:
            out[(f.measure, f.period)].append(f)
    return out


def _breakdowns(facts: list[Fact]) -> dict[tuple[str, str, str], list[Fact]]:
    groups: dict[tuple[str, str, str], list[Fact]] = defaultdict(list)
    for f in facts:
        if f.measure in PARTS_OF and f.value is not None and f.key != "total":
            groups[(f.measure, f.period, f.source_frame)].append(f)
    return groups


def _in_span(f: Fact, run: list[Fact]) -> bool:
    starts = [p.char_start for p in run if p.char_start >= 0]
    return bool(starts) and f.char_start >= 0 and \
        min(starts) - RUN_GAP_CHARS <= f.char_start <= max(starts) + RUN_GAP_CHARS


def _explained(measure: str, period: str, frame: str, parts: list[Fact], total: float,
               facts: list[Fact]) -> str:
    """Why parts that do not add up to the total are not a contradiction, or ''.

    - 其中：主动公开规范性文件数 alone: one 'of which' figure, not a breakdown;
    - the list includes items the taxonomy could not name (农业项目信息64条): with them it adds up;
    - a nested list (微信公众号122条，其中政策法规18条…): the parts add up to a channel's count."""
    observed = sum(p.value for p in parts)
    if len(parts) == 1 and observed < total and any("其中" in p.label_raw + p.evidence[:60]
                                                    for p in parts):
        return "one 'of which' figure (其中…), not a breakdown of the total"
    near = [f for f in facts if f.period == period and f.source_frame == frame
            and f.value is not None and _in_span(f, parts)]
    unmapped = [f for f in near if f.measure == "unmapped." + measure]
    if unmapped and abs(observed + sum(f.value for f in unmapped) - total) < 1e-9:
        return (f"with {len(unmapped)} item(s) the taxonomy does not name "
                f"({', '.join(f.key for f in unmapped)}) the parts add up to the total")
    first = min((p.char_start for p in parts), default=-1)
    for f in near:
        if f.measure == "proactive.channel" and measure != f.measure and 0 <= f.char_start < first \
                and abs(f.value - observed) < 1e-9:
            return f"the parts add up to the {f.key} count ({format_number(f.value)}): a breakdown of that channel"
    return ""


RUN_GAP_CHARS = 300   # parts further apart than this in the text are separate lists


def _nearest_run(parts: list[Fact], totals: list[Fact]) -> list[Fact]:
    """The run of parts (consecutive in the text, gaps under RUN_GAP_CHARS) closest to a total."""
    located = sorted((p for p in parts if p.char_start >= 0), key=lambda p: p.char_start)
    anchors = [t.char_start for t in totals if t.char_start >= 0]
    if len(located) < len(parts) or not anchors:
        return parts
    runs: list[list[Fact]] = [[located[0]]]
    for p in located[1:]:
        if p.char_start - runs[-1][-1].char_start > RUN_GAP_CHARS:
            runs.append([])
        runs[-1].append(p)
    return min(runs, key=lambda run: min(abs(run[0].char_start - a) for a in anchors))


def parts_vs_total(facts: list[Fact]) -> list[Check]:
    totals = _totals(facts)
    checks = []
    for (measure, period, frame), parts in sorted(_breakdowns(facts).items()):
        parent = PARTS_OF[measure]
        subject = f"{measure} vs {parent} ({period}, {frame})"
        candidates = totals.get((parent, period), [])
        # 主动公开政府文件86份 beside 信息1208条: documents are not items, never summed with them
        units = {t.unit for t in candidates}
        same_unit = [p for p in parts if not units or p.unit in units]
        if not same_unit:
            checks.append(Check("parts_vs_total", "not_assessable", subject,
                                observed=sum(p.value for p in parts),
                                message=f"parts counted in {'/'.join(sorted({p.unit for p in parts}))}, "
                                        f"the total in {'/'.join(sorted(units))}"))
            continue
        parts = same_unit
        observed = sum(p.value for p in parts)
        if not candidates:
            checks.append(Check("parts_vs_total", "not_assessable", subject, observed=observed,
                                message=f"{len(parts)} parts but no stated {parent} total"))
            continue
        # Prose may give a breakdown of the total and, pages later, loose counts of single
        # departments: only the run of parts nearest a stated total is its breakdown.
        parts = _nearest_run(parts, candidates)
        observed = sum(p.value for p in parts)
        # With several stated totals (prose and table, or two prose figures), judge against
        # the closest; a disagreement between the totals themselves is `conflicting_values`.
        total = min(candidates, key=lambda t: abs(t.value - observed))
        if abs(observed - total.value) < 1e-9:
            status, msg = "pass", "parts add up to the stated total"
        elif measure in OVERLAPPING and observed > total.value:
            status = "not_assessable"
            msg = ("channel counts exceed the total; channels may overlap "
                   "(the same item on several channels counts once)")
        elif any(p.is_approx for p in parts) or total.is_approx:
            status, msg = "not_assessable", "approximate counts (余/多/约) cannot be summed exactly"
        elif measure in OVERLAPPING and frame == "free_text":
            # prose names the channels it wants to (website and WeChat), not every channel
            status = "not_assessable"
            msg = "the channels stated in prose add up to less than the total; others may be unstated"
        elif why := _explained(measure, period, frame, parts, total.value, facts):
            status, msg = "not_assessable", why
        elif measure in PARTIAL_LISTS:
            status = "ambiguous"
            msg = (f"subunits add up to {format_number(observed)}, the total is {format_number(total.value)}; "
                   "a subunit list may be partial or overlap the office's own count")
        else:
            status = "fail"
            msg = (f"parts add up to {format_number(observed)}, the report states {format_number(total.value)} "
                   f"(difference {format_number(observed - total.value)})")
        checks.append(Check("parts_vs_total", status, subject, expected=total.value,
                            observed=observed, message=msg, evidence=total.evidence))
    return checks


def shares_vs_counts(facts: list[Fact]) -> list[Check]:
    """A stated share (占34%) against the share computed from the count and its total."""
    stated = [f for f in facts if f.share is not None and f.value is not None]
    if not stated:   # most reports state no share
        return []
    totals = _totals(facts)
    checks = []
    for f in stated:
        parent = PARTS_OF.get(f.measure, f.measure)
        candidates = [t for t in totals.get((parent, f.period), []) if t.value]
        subject = f"share of {f.measure}/{f.key}"
        if not candidates:
            checks.append(Check("share_vs_count", "not_assessable", subject, observed=f.share,
                                message="a share is stated but no total to compute it from",
                                evidence=f.evidence))
            continue
        base = min(candidates, key=lambda t: abs(100.0 * f.value / t.value - f.share))
        computed = round(100.0 * f.value / base.value, 1)
        ok = abs(computed - f.share) <= SHARE_TOLERANCE_PP
        checks.append(Check(
            "share_vs_count", "pass" if ok else "fail", subject, expected=computed,
            observed=f.share,
            message=(f"{format_number(f.value)} of {format_number(base.value)} is {computed:g}%, "
                     f"the report says {format_number(f.share)}%"),
            evidence=f.evidence))
    return checks


def shares_sum(facts: list[Fact]) -> list[Check]:
    """Stated shares of one breakdown should not add up to more than 100% (30% + 75%)."""
    groups: dict[tuple[str, str, str], list[Fact]] = defaultdict(list)
    for f in facts:
        if f.share is not None:
            groups[(f.measure, f.period, f.source_frame)].append(f)
    checks = []
    for (measure, period, frame), parts in sorted(groups.items()):
        if len(parts) < 2:
            continue
        observed = round(sum(p.share for p in parts), 2)
        subject = f"shares of {measure} ({period}, {frame})"
        if observed <= 100.0 + SHARE_SUM_TOLERANCE_PP:
            status, msg = "pass", f"{len(parts)} shares add up to {observed:g}%"
        elif measure in OVERLAPPING:
            status = "not_assessable"
            msg = f"channel shares add up to {observed:g}%; channels may overlap"
        else:
            status, msg = "fail", f"{len(parts)} shares add up to {observed:g}%, more than 100%"
        checks.append(Check("shares_sum", status, subject, expected=100.0, observed=observed,
                            message=msg, evidence=parts[0].evidence))
    return checks


# Measures where one key names one cell, one channel or one total (key 'total' in any measure),
# so two values for it are a conflict. Categories are not: two category lines may map to one id
# (重大建设项目 29条 and 为民办实事 141条 are both cat_project).
SINGLE_VALUED = ("t2.", "requests.", "review", "litigation", "fees", "complaints", "proactive.channel",
                 "proactive.subunit")


_SINGLE_VALUED_MEASURES: dict[str, bool] = {}   # measure -> startswith(SINGLE_VALUED), a few dozen


def _same_thing(a: Fact, b: Fact) -> bool:
    """Two facts state the same thing unless they are different rows of one frame
    (电子邮件申请数 and 网上申请数 are both req_online, two cells) or one of them is a combined
    figure (予以公开及部分公开 reported under `granted`)."""
    if a.flag.startswith("combined") or b.flag.startswith("combined"):
        return False
    return a.key == "total" or a.source_frame != b.source_frame or a.label_raw == b.label_raw


def conflicting_values(facts: list[Fact]) -> list[Check]:
    by_key: dict[tuple[str, str, str], list[Fact]] = defaultdict(list)
    for f in facts:
        if f.value is None:
            continue
        single = _SINGLE_VALUED_MEASURES.get(f.measure)
        if single is None:
            single = _SINGLE_VALUED_MEASURES[f.measure] = f.measure.startswith(SINGLE_VALUED)
        if single or f.key == "total":
            by_key[(f.measure, f.key, f.period)].append(f)
    checks = []
    # a value stated once cannot conflict
    for (measure, key, period), group in sorted(kv for kv in by_key.items() if len(kv[1]) > 1):
        clashing = [(a, b) for i, a in enumerate(group) for b in group[i + 1:]
                    if a.value != b.value and _same_thing(a, b)]
        if not clashing:
            continue
        involved = list({id(f): f for pair in clashing for f in pair}.values())
        values = sorted({f.value for f in involved})
        detail = "; ".join(f"{format_number(f.value)} «{f.evidence[:40]}»" for f in involved)
        checks.append(Check("conflicting_values", "fail", f"{measure}/{key} ({period})",
                            expected=values[0], observed=values[-1],
                            message=f"stated with {len(values)} different values: {detail}",
                            evidence=involved[0].evidence))
    return checks
