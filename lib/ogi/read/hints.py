"""Title and publication date from page chrome: crawler header lines, HTML meta, 发布日期 labels."""
from __future__ import annotations

import re

# Crawler dumps open with 'key: value' lines ('标题: ...', '发布时间: ...') before the body.
_HEADER_LINE = re.compile(r"^(?P<key>[\u4e00-\u9fff]{2,6})[:：][ \t\u3000]*(?P<value>.*?)[ \t\r]*$")
_TITLE_KEYS = ("标题", "题名", "文章标题")
_DATE_KEYS = ("发布时间", "发布日期", "成文日期", "发文日期")
_HEADER_LINES_MAX = 20

_DATE = re.compile(r"(?P<y>(?:19|20)\d\d)\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})")
_LABELLED_DATE = re.compile(rf"(?:{'|'.join(_DATE_KEYS)})\s*[:：]?\s*(?P<date>{_DATE.pattern})")


def iso_date(text: str) -> str:
    """'2012-04-11 00:00' / '2020年1月31日' -> '2012-04-11'; '' when no date is found."""
    m = _DATE.search(text)
    if not m:
        return ""
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return ""
    return f"{y:04d}-{mo:02d}-{d:02d}"


def crawler_header(text: str) -> tuple[str, str]:
    """(title, published) from the 'key: value' header lines a crawler dump starts with."""
    title = published = ""
    for line in text.lstrip("\ufeff").splitlines()[:_HEADER_LINES_MAX]:
        m = _HEADER_LINE.match(line)
        if not m:
            continue
        key, value = m["key"], m["value"]
        if key in _TITLE_KEYS and not title:
            title = value
        elif key in _DATE_KEYS and not published:
            published = iso_date(value)
    return title, published


def labelled_date(text: str) -> str:
    """A date labelled 发布日期/发布时间 near the top of a page body."""
    m = _LABELLED_DATE.search(text)
    return iso_date(m["date"]) if m else ""
