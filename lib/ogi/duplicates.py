"""Finding a report that repeats an earlier one: the same body text, or nearly, stating the same
numbers for the same year, possibly under another file name or agency.

Two steps, so a corpus of any size is compared in one pass:
- in the worker, `fingerprint` reduces a report to a small signature: a one-permutation MinHash
  (64 bins) of the character 5-grams of its text without whitespace, the year, and a 32-bit
  hash of each distinct number it states (measure, key, period, unit, value);
- in the parent, `DuplicateFinder` sees the reports in output order. A report is a duplicate of
  the first earlier report that shares a band of its MinHash (8 bands of 4 bins: locality-
  sensitive hashing, so only a handful of earlier reports are compared), has the same report
  year, an estimated text similarity (Jaccard of the 5-grams) of at least TEXT_SIMILARITY, and
  the same numbers up to FACT_SIMILARITY (Jaccard of the sets of numbers stated).
The numbers are what keep apart reports written from one template (a county's departments, one
agency's successive years), whose texts can be 95% alike: their counts differ. The parent keeps
~1 KB per distinct report (signature, number hashes, band entries).
"""
from __future__ import annotations

import zlib
from array import array

import numpy as np

SHINGLE = 5
BINS = 64                   # one-permutation MinHash: the minimum hash in each of 64 bins
BANDS, BAND_WIDTH = 8, 4    # LSH over the first 32 bins
TEXT_SIMILARITY = 0.8
FACT_SIMILARITY = 0.9
_EMPTY = 0xFFFFFFFF         # a bin no shingle fell into
_EMPTY_BAND = [_EMPTY] * BAND_WIDTH
_BIN_SHIFT = 64 - 6         # the top 6 bits of a shingle hash pick its bin (2**6 == BINS)
_MIX = np.uint64(0x9E3779B97F4A7C15)


def _shingle_hashes(text: str) -> np.ndarray:
    """Sorted 64-bit hashes of the character 5-grams of `text` without whitespace."""
    codes = np.frombuffer("".join(text.split()).encode("utf-32-le"), dtype=np.uint32)
    n = len(codes) - SHINGLE + 1
    if n <= 0:
        return np.empty(0, dtype=np.uint64)
    h = codes[:n].astype(np.uint64)
    with np.errstate(over="ignore"):   # arithmetic modulo 2**64 is the point
        for j in range(1, SHINGLE):
            h *= np.uint64(1_000_003)
            h += codes[j:j + n]
        # splitmix64's finaliser spreads the polynomial hash over all 64 bits
        h *= _MIX
        h ^= h >> np.uint64(31)
        h *= np.uint64(0xBF58476D1CE4E5B9)
        h ^= h >> np.uint64(29)
    h.sort()
    return h


def minhash(text: str) -> list[int]:
    """The lowest hash (its low 32 bits) in each of BINS bins, _EMPTY for an empty bin."""
    h = _shingle_hashes(text)   # sorted: by bin (top bits) first, so a bin's first is its min
    if not len(h):
        return [_EMPTY] * BINS
    bins = np.arange(BINS, dtype=np.uint64)
    first = np.minimum(np.searchsorted(h, bins << np.uint64(_BIN_SHIFT)), len(h) - 1)
    lowest = h[first]
    found = (lowest >> np.uint64(_BIN_SHIFT)) == bins
    return np.where(found, lowest & np.uint64(0xFFFFFFFF), _EMPTY).tolist()


def number_hashes(numbers) -> list[int]:
    """Sorted distinct 32-bit hashes of (measure, key, period, unit, value) strings."""
    return sorted({zlib.crc32(n.encode("utf-8")) for n in numbers})


def fingerprint(text: str, year: int | None, numbers) -> dict | None:
    """What the parent needs to find duplicates (JSON-able, for the result cache); None for a
    report without text."""
    if not text.strip():
        return None
    return {"year": year, "minhash": minhash(text), "numbers": number_hashes(numbers)}


def text_similarity(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of two texts' 5-gram sets from their MinHash bins."""
    used = [(x, y) for x, y in zip(a, b) if x != _EMPTY or y != _EMPTY]
    return sum(x == y for x, y in used) / len(used) if used else 0.0


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


class DuplicateFinder:
    """Reports in output order -> the report_id each repeats ('' for the first of its kind)."""

    def __init__(self):
        self._bands: dict[int, int] = {}          # band hash -> index of the first report
        self._reports: list[tuple[str, object, bytes, bytes]] = []   # id, year, bins, numbers

    def check(self, report_id: str, fp: dict | None) -> str:
        if fp is None:
            return ""
        bins, numbers = fp["minhash"], set(fp["numbers"])
        # a band of empty bins (a very short text) would pair every short text: skipped
        bands = [hash((band, *cells)) for band in range(BANDS)
                 if (cells := bins[band * BAND_WIDTH:(band + 1) * BAND_WIDTH]) != _EMPTY_BAND]
        for index in dict.fromkeys(self._bands[b] for b in bands if b in self._bands):
            other_id, year, other_bins, other_numbers = self._reports[index]
            if (year == fp["year"]
                    and text_similarity(bins, array("I", other_bins).tolist()) >= TEXT_SIMILARITY
                    and _jaccard(numbers, set(array("I", other_numbers))) >= FACT_SIMILARITY):
                return other_id
        index = len(self._reports)
        self._reports.append((report_id, fp["year"], array("I", bins).tobytes(),
                              array("I", fp["numbers"]).tobytes()))
        for b in bands:
            self._bands.setdefault(b, index)
        return ""
