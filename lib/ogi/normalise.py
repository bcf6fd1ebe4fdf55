"""Normalise decoded text for matching, one character for one character.

Every step maps a single character to a single character, so an offset in the normalised text
is the same offset in the text before normalisation: evidence can be quoted in the document's
own characters and spans never drift. What changes:
- full-width digits, Latin letters and the signs % . + - / become ASCII (３４５ -> 345);
- ideographic, no-break and zero-width spaces become plain spaces;
- Traditional characters become Simplified (mirror sites convert reports to Traditional).
Chinese punctuation (，。：；（）、) is kept: a full-width comma separates list items, and turning
it into ',' would make '105，120' look like the number 105120.
"""
from __future__ import annotations

import re
from functools import lru_cache

import opencc

_FULLWIDTH = {0xFF10 + i: ord("0") + i for i in range(10)}
_FULLWIDTH |= {0xFF21 + i: ord("A") + i for i in range(26)}
_FULLWIDTH |= {0xFF41 + i: ord("a") + i for i in range(26)}
_FULLWIDTH |= {ord("％"): "%", ord("．"): ".", ord("＋"): "+", ord("－"): "-", ord("／"): "/"}
_SPACES = "\u3000\u00a0\u2002\u2003\u2009\u202f\u200b\u200c\u200d\u2060\ufeff"
_TABLE = str.maketrans({**_FULLWIDTH, **{ord(c): " " for c in _SPACES}})
# Most reports hold none of these characters: a regex search is ~10x cheaper than translate.
_NEEDS_TABLE = re.compile("[" + re.escape("".join(map(chr, _TABLE))) + "]")


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional -> Simplified, guaranteed to keep the length (character by character)."""
    converted = _t2s().convert(text)
    if len(converted) == len(text):
        return converted
    # A phrase rule changed the length: fall back to single characters, which never do.
    convert = _t2s().convert
    return "".join(c2 if len(c2 := convert(c)) == 1 else c for c in text)


def normalise(text: str) -> str:
    """The text extractors search: same length as `text`, offsets shared."""
    out = to_simplified(text.translate(_TABLE) if _NEEDS_TABLE.search(text) else text)
    assert len(out) == len(text)
    return out
