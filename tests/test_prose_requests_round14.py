"""Round 14: request prose families - the applicants of every request received told by where
they came from (全部来自自然人 / 均来源于企业), each family in wordings of our own, with traps."""
from __future__ import annotations

import pytest
from snippets import triples as _triples


def triples(text: str) -> set[tuple[str, str, float]]:
    return {t for t in _triples(text, year=2021) if t[0] == "requests.new"}


def new(key: str, value: float) -> tuple[str, str, float]:
    return ("requests.new", key, value)


# --- A. every request received came from one kind of applicant ------------------------------

@pytest.mark.parametrize("text, expected", [
    ("本年共受理政府信息公开申请9件，全部来自自然人，已按期答复。",
     {new("total", 9), new("natural_person", 9)}),
    ("全年新收政府信息公开申请4件，均来自公民个人，均已办结。",
     {new("total", 4), new("natural_person", 4)}),
    ("今年收到政府信息公开申请3件，都来源于企业，予以公开2件。",
     {new("total", 3), new("org_business", 3)}),
    ("收到政府信息公开申请6件，申请人全部来自法律服务机构。",
     {new("total", 6), new("org_legal_service", 6)}),
    # neighbours already read: the kind named with 均为, or the applicants said 均为
    ("受理政府信息公开申请5件，均为自然人申请，已全部办结。",
     {new("total", 5), new("natural_person", 5)}),
    ("收到政府信息公开申请8件，申请人均为公民。",
     {new("total", 8), new("natural_person", 8)}),
    # traps: where from without 均/全部 (only some of them), or a place the requests came from
    ("全年收到政府信息公开申请7件，来自自然人，已按期答复。", {new("total", 7)}),
    ("全年收到政府信息公开申请7件，全部来自网上，已按期答复。", {new("total", 7)}),
])
def test_all_requests_from_one_kind(text, expected):
    assert triples(text) == expected
