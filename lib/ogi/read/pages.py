"""Page-number lines: what a printed report sets at each page's foot ('— 4 —', '-12-', '第 3 页').

Readers drop them between the rows of a table and extractors skip them between a row's cells.
Defined here, in the first step of read -> normalise -> extract, so every step can use it. The
dashes include the full-width '－' for text not yet normalised.
"""
from __future__ import annotations

import re

# The line's content, without anchors: a caller whose text starts mid-line sets its own.
PAGE_NUMBER = r"[ \t]*(?:[-—–－]{1,2}[ \t]*\d{1,4}[ \t]*[-—–－]{1,2}|第[ \t]*\d{1,4}[ \t]*页)[ \t]*"
PAGE_NUMBER_LINE = re.compile(rf"(?m)^{PAGE_NUMBER}$")
