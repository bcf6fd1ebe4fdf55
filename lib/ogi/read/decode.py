"""Bytes -> str for Chinese documents: BOMs, UTF-16 without BOM, UTF-8, GB18030/GBK, Big5.

GB18030 decodes almost any byte string without error, and Big5 bytes are also valid GBK, so
"decodes cleanly" proves nothing for the legacy encodings: candidates are scored by the share of
the most frequent Chinese characters (Simplified and Traditional) in what they decode to. Files
whose lines are partly UTF-8 and partly a legacy encoding (pasted-together reports) are decoded
line by line, with a warning. Binary files are refused before any decoding is tried.
"""
from __future__ import annotations

import codecs
import re
from functools import lru_cache

from . import ReadError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),   # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_OLE_KIND = "legacy Office document (.doc/.xls/.wps)"
# File signatures of formats that are never text reports.
_MAGIC = (
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x7fELF", "ELF executable"),
    (b"\x1f\x8b", "gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", _OLE_KIND),
    (b"{\\rtf", "RTF document"),
    (b"%PDF", "PDF document"),
)
_RIFF_KINDS = {b"WEBP": "WebP image", b"WAVE": "WAV audio", b"AVI ": "AVI video"}

_SAMPLE = 1 << 16
# Control bytes that text never holds (tab, newlines, form feed and ESC excluded).
_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\r\f\x1b") + b"\x7f"
_CONTROL_SHARE_BINARY = 0.05  # random bytes have ~11%; text with stray NULs far less
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")

# The most frequent Chinese characters of running text, plus the vocabulary of these reports
# (the template's own words), so a short report still scores.
_FREQUENT = (
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后"
    "作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因"
    "只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应"
    "战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信化件条数量申请报告府办区市县局"
    "依处理复议诉讼网站主动息务统计总予以收费减免政策规范审查保密咨询"
)


@lru_cache(maxsize=1)
def _frequent_chars() -> frozenset[str]:
    import opencc  # Traditional forms of the same characters, for Big5 text

    traditional = opencc.OpenCC("s2t").convert(_FREQUENT)
    return frozenset(_FREQUENT) | frozenset(traditional)


def binary_kind(data: bytes) -> str | None:
    """What a binary file is ('JPEG image', ...), or None when it may be text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[data[8:12]]
    return None


def _looks_utf16(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' for BOM-less UTF-16 text, else None."""
    sample = data[: _SAMPLE & ~1]
    if len(sample) < 4:
        return None
    best, best_score = None, 0.0
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(encoding, errors="strict" if len(data) <= _SAMPLE else "ignore")
        except UnicodeDecodeError:
            continue
        score = _plausible_share(text)
        if score > best_score:
            best, best_score = encoding, score
    return best if best_score >= 0.9 else None


_IMPLAUSIBLE = re.compile("[^\x20-\x7e\t\n\r\f\u00a0-\u00ff\u2000-\u206f\u3000-\u303f"
                         "\u4e00-\u9fff\uff00-\uffef]")


def _plausible_share(text: str) -> float:
    """Share of characters a Chinese or English report is made of."""
    if not text:
        return 0.0
    return 1 - len(_IMPLAUSIBLE.findall(text)) / len(text)


_CJK = re.compile("[\u4e00-\u9fff]")
_REPLACED = re.compile("[\ufffd\ue000-\uf8ff]")   # replacement and private-use characters


@lru_cache(maxsize=1)
def _frequent_cjk() -> re.Pattern:
    return re.compile("[" + "".join(sorted(c for c in _frequent_chars()
                                           if "\u4e00" <= c <= "\u9fff")) + "]")


def _chinese_score(text: str) -> float:
    """Share of CJK characters that are frequent ones; replacement characters count against.
    (Counted with regexes: a Python loop per character cost ~0.4 ms per legacy-encoded page.)"""
    cjk = len(_CJK.findall(text))
    bad = len(_REPLACED.findall(text))
    if cjk + bad == 0:
        return 0.0
    hits = len(_frequent_cjk().findall(text))
    return (hits - 2 * bad) / (cjk + bad)


def _best_legacy(data: bytes) -> str:
    """GB18030 or Big5 (cp950), whichever reads as more natural Chinese."""
    sample = data[:_SAMPLE]
    scores = {enc: _chinese_score(sample.decode(enc, errors="replace"))
              for enc in ("gb18030", "cp950")}
    return max(scores, key=lambda enc: (scores[enc], enc == "gb18030"))


def _decode_lines(data: bytes) -> tuple[str, list[str]]:
    """Bytes that are not all UTF-8: whole-file legacy encoding, or mixed line by line."""
    lines = data.splitlines(keepends=True)
    utf8_lines = legacy_lines = 0
    decoded: list[str | None] = []
    for line in lines:
        if line.isascii():
            decoded.append(line.decode("ascii"))
            continue
        try:
            decoded.append(line.decode("utf-8"))
            utf8_lines += 1
        except UnicodeDecodeError:
            decoded.append(None)
            legacy_lines += 1
    legacy = _best_legacy(b"".join(ln for ln, d in zip(lines, decoded) if d is None))
    name = "GB18030/GBK" if legacy == "gb18030" else "Big5"
    if utf8_lines == 0:
        text = data.decode(legacy, errors="replace")
        return text, _replacement_warning(text, name)
    # Mixed: each undecodable line is read in whichever encoding reads it as Chinese.
    out, as_legacy_lines, damaged_lines = [], 0, 0
    for line, text in zip(lines, decoded):
        if text is None:
            as_legacy = line.decode(legacy, errors="replace")
            as_utf8 = line.decode("utf-8", errors="replace")
            if _chinese_score(as_legacy) > _chinese_score(as_utf8):
                text, as_legacy_lines = as_legacy, as_legacy_lines + 1
            else:
                text, damaged_lines = as_utf8, damaged_lines + 1
        out.append(text)
    warnings = []
    if as_legacy_lines:
        warnings.append(f"mixed encodings: {as_legacy_lines} of {utf8_lines + legacy_lines} "
                        f"non-ASCII lines are not UTF-8 and were read as {name} (best effort)")
    if damaged_lines:
        lines_are = "1 line is" if damaged_lines == 1 else f"{damaged_lines} lines are"
        warnings.append(f"{lines_are} damaged UTF-8 (cut or corrupted bytes replaced by '\ufffd')")
    return "".join(out), warnings


def _replacement_warning(text: str, encoding: str) -> list[str]:
    n = text.count("\ufffd")
    if not n:
        return []
    where = f" as {encoding}" if encoding else ""
    return [f"{n} undecodable byte sequences{where} were replaced by '\ufffd'"]


def _valid_utf8_prefix(sample: bytes) -> bool:
    """True if `sample` is UTF-8, allowing a character cut at its end."""
    try:
        sample.decode("utf-8")
        return True
    except UnicodeDecodeError as exc:
        return exc.start >= len(sample) - 3 and exc.reason == "unexpected end of data"


def decode_bytes(data: bytes) -> tuple[str, list[str]]:
    """Decode text bytes; returns (text, warnings). Raises ReadError for binary data.

    Control characters (NUL and friends) are replaced by spaces, one for one, so offsets into
    the decoded text stay valid; their presence is a warning.
    """
    text, warnings = _decode(data)
    n_control = len(_CONTROL_CHARS.findall(text))
    if n_control:
        text = _CONTROL_CHARS.sub(" ", text)
        warnings.append(f"{n_control} NUL/control characters replaced by spaces")
    return text, warnings


def _decode(data: bytes) -> tuple[str, list[str]]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            return text, _replacement_warning(text, encoding.upper())
    kind = binary_kind(data)
    if kind == _OLE_KIND:
        raise ReadError(f"{kind}: this old format is not supported; save it as .docx or PDF")
    if kind:
        raise ReadError(f"binary file ({kind}), not a text report")
    sample = data[:_SAMPLE]
    # UTF-8 without NULs cannot be UTF-16 text: skip the costlier UTF-16 test for most files.
    utf16 = None if b"\0" not in sample and _valid_utf8_prefix(sample) else _looks_utf16(data)
    if utf16:
        text = data.decode(utf16, errors="replace")
        return text, _replacement_warning(text, utf16.upper())
    control_share = (len(sample) - len(sample.translate(None, _CONTROL))) / len(sample)
    if control_share > _CONTROL_SHARE_BINARY:
        raise ReadError(f"binary file ({control_share:.0%} control bytes), not a text report")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        return _decode_lines(data)
