"""`ogi.show(report_id)`: a report's text with every number ogi found in it marked, to check a
figure against its source in one notebook cell.

The text is the one fact offsets count in (texts.parquet, written by `ogi parse`). Marks:
- `ogi-used`: a number behind a value (values.csv chose it), highlighted;
- `ogi-set-aside`: a number ogi read but did not use (the loser of a conflict, an unsure
  split), struck through;
- `ogi-unread`: any other run of digits in the text, greyed (years, phone numbers, and numbers
  the extractors missed).
Each mark carries its fact_id as anchor and a title naming its measure, key, period and value;
it links to the value's row in the table below the text, which links back to its facts.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import paths
from .load import load_facts, load_values
from .numerals import format_number

_DIGITS = re.compile(r"\d+(?:\.\d+)?")
STYLE = """<style>
.ogi-show pre { white-space: pre-wrap; font-size: 0.9em; line-height: 1.6; }
.ogi-show .ogi-used { background: #ffe08a; font-weight: bold; }
.ogi-show .ogi-set-aside { background: #e8e8e8; text-decoration: line-through; }
.ogi-show .ogi-unread { color: #999; }
.ogi-show table { border-collapse: collapse; font-size: 0.85em; }
.ogi-show td, .ogi-show th { border: 1px solid #ddd; padding: 2px 6px; text-align: left; }
</style>"""


@dataclass
class Shown:
    """What `show` returns: renders as HTML in JupyterLab (and `.html` anywhere else)."""

    report_id: str
    html: str

    def _repr_html_(self) -> str:
        return self.html


def show(report_id: str, processed_dir: str | Path = "data/processed") -> Shown:
    """The text of one report (by report_id or source_file) with its numbers marked."""
    folder = paths.resolve(processed_dir)
    texts_path = folder / "texts.parquet"
    if not texts_path.exists():
        raise FileNotFoundError(f"no texts.parquet in {folder}: run `ogi parse ... --out "
                                f"{processed_dir}` with this version of ogi")
    texts = pd.read_parquet(texts_path)
    row = texts[texts["report_id"].eq(report_id) | texts["source_file"].eq(report_id)]
    if row.empty:
        raise KeyError(f"no report {report_id!r} with a text in {folder}")
    rid, source_file, text = row.iloc[0][["report_id", "source_file", "text"]]
    facts = load_facts(folder, ["fact_id", "measure", "key", "period", "unit", "value",
                                "char_start", "char_end"], {"report_id": rid})
    values = load_values(folder, filters={"report_id": rid}, include_duplicates=True)
    return Shown(rid, render_html(rid, source_file, text, facts, values))


def _value_anchor(measure: str, key: str, period: str, unit: str) -> str:
    return "v-" + re.sub(r"[^\w.-]", "_", f"{measure}-{key}-{period}-{unit}")


def render_html(report_id: str, source_file: str, text: str, facts: pd.DataFrame,
                values: pd.DataFrame) -> str:
    """The HTML of `show`, from a report's text, facts and values (pure; tested as such)."""
    used, value_of_fact = set(), {}
    for v in values.itertuples():
        anchor = _value_anchor(v.measure, v.key, v.period, v.unit)
        for fact_id in str(v.fact_ids).split(";"):
            value_of_fact[fact_id] = anchor
            if not pd.isna(v.value) and _fact_value(facts, fact_id) == float(v.value):
                used.add(fact_id)

    marks = _marks(text, facts, used, value_of_fact)
    body, at = [], 0
    for start, end, opening in marks:
        body.append(html.escape(text[at:start]))
        body.append(f"{opening}{html.escape(text[start:end])}</a>")
        at = end
    body.append(html.escape(text[at:]))

    rows = []
    for v in values.itertuples():
        anchor = _value_anchor(v.measure, v.key, v.period, v.unit)
        links = " ".join(f'<a href="#{html.escape(f)}">{html.escape(f)}</a>'
                         for f in str(v.fact_ids).split(";"))
        value = "" if pd.isna(v.value) else format_number(float(v.value))
        rows.append(f'<tr id="{anchor}"><td>{html.escape(f"{v.measure} | {v.key}")}</td>'
                    f"<td>{html.escape(str(v.period))}</td><td>{html.escape(str(v.unit))}</td>"
                    f"<td>{value}</td><td>{html.escape(str(v.status))}</td>"
                    f"<td>{html.escape(str(v.chosen_by))}</td>"
                    f"<td>{html.escape(str(v.alternatives))}</td><td>{links}</td></tr>")
    n_used = len(used)
    return (f'{STYLE}<div class="ogi-show"><h4>{html.escape(source_file)} '
            f"<small>({html.escape(report_id)})</small></h4>"
            f"<p>{n_used} numbers used (highlighted), {len(facts) - n_used} read but set aside "
            f"(struck through), other digits grey. Hover a number for its fact; click it for "
            f"its value.</p><pre>{''.join(body)}</pre>"
            "<table><tr><th>measure | key</th><th>period</th><th>unit</th><th>value</th>"
            "<th>status</th><th>chosen_by</th><th>alternatives</th><th>facts</th></tr>"
            f"{''.join(rows)}</table></div>")


def _fact_value(facts: pd.DataFrame, fact_id: str) -> float | None:
    hit = facts.loc[facts["fact_id"].eq(fact_id), "value"]
    return None if hit.empty or pd.isna(hit.iloc[0]) else float(hit.iloc[0])


def _marks(text: str, facts: pd.DataFrame, used: set, value_of_fact: dict):
    """(start, end, opening tag) for every fact span (the first fact of overlapping ones; the
    others are named in its title) and every other digit run, in text order."""
    spans: list[list] = []
    placed = facts[facts["char_start"].ge(0) & facts["char_end"].le(len(text))
                   & facts["char_end"].gt(facts["char_start"])]
    for f in placed.sort_values(["char_start", "fact_id"]).itertuples():
        start, end = int(f.char_start), int(f.char_end)
        if spans and start < spans[-1][1]:
            spans[-1][2].append(f)   # same cell read for several keys, or a glued run
            continue
        spans.append([start, end, [f]])
    marks = []
    for start, end, group in spans:
        first = group[0]
        state = "ogi-used" if any(f.fact_id in used for f in group) else "ogi-set-aside"
        title = "; ".join(
            f"{f.fact_id}: {f.measure} | {f.key} | {f.period} = "
            f"{'' if pd.isna(f.value) else format_number(float(f.value))} {f.unit}"
            + ("" if f.fact_id in used else " (not used)") for f in group)
        href = value_of_fact.get(first.fact_id, "")
        marks.append((start, end, f'<a class="{state}" id="{html.escape(first.fact_id)}" '
                      f'href="#{href}" title="{html.escape(title)}">'))
    unread, k = [], 0
    for m in _DIGITS.finditer(text):
        while k < len(spans) and spans[k][1] <= m.start():
            k += 1
        if k < len(spans) and spans[k][0] < m.end():
            continue   # overlaps a fact's span
        unread.append((m.start(), m.end(), '<a class="ogi-unread">'))
    return sorted(marks + unread)
