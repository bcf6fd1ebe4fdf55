"""Free-text (narrative) extraction: the sentence patterns of domain notes §6 (P1-P17).

The text is cut into sentences (。！？ and line ends) and each sentence into clauses (，；：).
Two passes run over every sentence:
1. fixed statements about requests, outcomes, reconsideration, litigation, complaints and fees,
   including explicit zeros (未收到申请, 没有收取费用) - see `prose_requests`;
2. every remaining count (a number followed by 条/篇/件/份) is read from the words in front of it
   (its label): a verb (公开/发布/…) splits the label into a subject (who or where: a channel, a
   subunit) and an object (what: a category, or plain 信息 for a total) - see `prose_counts`.
Numbers that are not disclosure counts (dates, document numbers, phones, page views, people,
consultations, approvals) never reach pass 2: they lack a count unit or hit a trap word.
"""
from __future__ import annotations

from ..model import Document, Fact, Metadata
from .prose_counts import proactive_facts
from .prose_requests import request_facts, section_heading
from .prose_text import sentences


def extract_prose(doc: Document, meta: Metadata, *, template: str) -> list[Fact]:
    """The narrative's facts. `meta` is what `metadata.extract_metadata` read (report year,
    agency); `template` is the report's format as the table extractors found it (a
    `Metadata.template` value), passed in rather than read from `meta`, so this reader gives
    the same facts whatever ran before it."""
    facts: list[Fact] = []
    sents = list(sentences(doc))
    taken: set[int] = set()          # number offsets already read by pass 1
    prev = ""
    section = ""                     # the heading of the section the sentence stands in
    for sent in sents:
        section = section_heading(sent.text) or section
        for fact in request_facts(sent, prev, meta, section):
            facts.append(fact)
            if fact.char_start >= 0:
                taken.add(fact.char_start)
        prev = sent.text
    facts += proactive_facts(sents, meta, taken, template=template)
    return facts
