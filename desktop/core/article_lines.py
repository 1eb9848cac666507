"""What a pasted news item says about itself rather than about the event: its
byline and publication stamp ("By Reuters Staff", "Published: 2 June 2025",
"发布时间：2025-06-02 10:30"), the date in its web address, and the
dateline that opens its first paragraph without a year ("VIENTIANE, March 14
(Xinhua) --", "新华社南宁9月18日电").

Pages copied from a browser start with such lines as often as with the
headline, and their dates are the article's, not the event's: the headline is
the first line that is none of them, their date is the source's publication
date, and the event's date is read from the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from desktop.core.dates import DateError
from desktop.core.friendly_dates import to_edtf

# A line that labels itself as the article's: a byline (a name after "By", not
# "By 2030, …"), a stamp, a credit; English or Chinese.
_LABELLED = re.compile(
    r"(?:by\s+(?![\d\W])"
    r"|(?:published|updated|posted|last\s+updated|first\s+published)\b\s*[:：]?"
    r"|(?:date|source|photo|image|editor|reporter|written\s+by"
    r"|发布时间|发布日期|更新时间|时间|日期|来源|作者|编辑|责任编辑|记者|本报记者|图片来源)\s*[:：])",
    re.IGNORECASE)
_UPDATED = re.compile(r"(?:updated|更新时间)\s*[:：]?\s*$", re.IGNORECASE)
# What a stamp adds after its date: a time, a time zone, "Updated … ago".
_STAMP_REST = re.compile(
    r"(?:[\s\d:.,|/+\-–—()]|am\b|pm\b|a\.m\.|p\.m\.|gmt|utc|cst|bst|est|edt|hkt|sgt"
    r"|updated|ago|hours?|hrs?|mins?|minutes?|published|北京时间)*", re.IGNORECASE)
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                       "nov", "dec")
# A day named without its year: "March 14", "14 March", "9月18日" (not after 年).
_YEARLESS = re.compile(
    r"\b(?P<m1>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+(?P<d1>\d{1,2})\b"
    r"(?!\s*,?\s*\d{4})"
    r"|\b(?P<d2>\d{1,2})\s+(?P<m2>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b"
    r"(?!\s*,?\s*\d{4})"
    r"|(?<![年\d])(?P<m3>\d{1,2})月(?P<d3>\d{1,2})[日号]",
    re.IGNORECASE)
# A date in a news site's address: /20250314/, /2025/0314/, /202503/14/, /2025-03-14/
_URL_DATE = re.compile(r"/(20\d\d|19\d\d)[/-]?(\d\d)[/-]?(\d\d)(?=[/_.-]|$)")


# Who published it, where the article says so: "Source: Xinhua | Editor: …",
# 来源：新华社, a wire dateline "VIENTIANE, March 14 (Xinhua) --" or 新华社南宁9月18日电.
_SOURCE_LABEL = re.compile(r"(?:source|来源)\s*[:：]\s*(?P<name>.+?)\s*"
                           r"(?:[|｜　]|\s{2}|\s+\S+\s*[:：]|$)", re.IGNORECASE)
_WIRE_DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]+(?:,[^()\n]{3,30}?)?\s*\((?P<name>[A-Z][A-Za-z .&'-]{1,40})\)\s*"
    r"(?:--|[-–—])"
    r"|^(?P<agency>[\u4e00-\u9fff]{1,5}社)[\u4e00-\u9fff]{1,10}?"
    r"(?P<filed>(?:\d{4}年)?\d{1,2}月\d{1,2}日)电")
# What makes a day named without its year a span: "Sept. 1 to 3", "Sept. 1-3",
# "9月2日至3日" after it; "1 to 3" before "September".
_SPAN_AFTER = re.compile(
    r"\s*(?:-|–|—|to|until|through)\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)"
    r"[a-z]*\.?\s+)?\d{1,2}\b(?!\s*,?\s*\d{4})", re.IGNORECASE)
_SPAN_AFTER_CHINESE = re.compile(r"\s*(?:至|到|-|—|–|～|~)\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号]")
_SPAN_BEFORE = re.compile(r"\b\d{1,2}\s*(?:-|–|—|to)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Article:
    headline: str  # "" when the text has no headline line of its own
    body: str  # the text without the lines about the article
    published: str  # the publication day (EDTF), "" when nothing says
    publisher: str = ""  # "" when the article does not say


MAX_HEADLINE = 300
_LONGEST_DATE = 8  # words


def read_article(text: str, url: str = "") -> Article:
    """Tell the lines about the article from the rest: the headline is the
    first other line (when more follow it); the publication day is the
    earliest those lines give, else the address's, else the day of an update."""
    lines = [line.strip() for line in text.strip().splitlines()]
    about = [line for line in lines if line and (_LABELLED.match(line) or _is_stamp(line))]
    filled = [line for line in lines if line and line not in about]
    headline = filled[0] if len(filled) > 1 and len(filled[0]) <= MAX_HEADLINE else ""
    days = [found for line in about if (found := _day_in(line)) is not None]
    stamped = sorted(day for day, is_update in days if not is_update)
    updated = sorted(day for day, is_update in days if is_update)
    # An update's day is later than the publication the address names.
    body = "\n".join(line for line in lines if line not in about)
    published = (next(iter(stamped), "") or url_day(url) or filed_day(body)
                 or next(iter(updated), ""))
    return Article(headline, body, published, _publisher(about, body.split("\n")))


def _publisher(about: list[str], body: list[str]) -> str:
    """The publisher a source line names, else the wire of the first dateline."""
    for line in about:
        label = _SOURCE_LABEL.search(line)
        if label is not None:
            return label.group("name")
    for line in body:
        wire = _WIRE_DATELINE.match(line)
        if wire is not None:
            return (wire.group("name") or wire.group("agency")).strip()
    return ""


def _one_day(phrase: str) -> str | None:
    """The phrase read by the app's date reader as one day (EDTF), or None."""
    try:
        read = to_edtf(phrase)
    except (DateError, ValueError):
        return None
    return read.edtf if read.precision == "day" and "/" not in read.edtf else None


def _leading_day(text: str) -> tuple[str, int] | None:
    """The day the text starts with, and how many of its words say it."""
    words = text.split()
    for length in range(min(_LONGEST_DATE, len(words)), 0, -1):
        day = _one_day(" ".join(words[:length]).rstrip(",.;|"))
        if day is not None:
            return day, length
    return None


def _is_stamp(line: str) -> bool:
    """A date, with a time and "Updated … ago" at most: a stamp without a label."""
    found = _leading_day(line)
    return found is not None and bool(
        _STAMP_REST.fullmatch(" ".join(line.split()[found[1]:])))


def _day_in(line: str) -> tuple[str, bool] | None:
    """The first day a line about the article gives — after its label (which
    Chinese writes without a space), else at any word — and whether it is
    the day of an update ("… Updated 15 March 2025")."""
    label = _LABELLED.match(line)
    starts = [(line[:label.end()], line[label.end():])] if label else []
    words = line.split()
    starts += [(" ".join(words[:index]), " ".join(words[index:])) for index in range(len(words))]
    for before, text in starts:
        found = _leading_day(text)
        if found is not None:
            return found[0], bool(_UPDATED.search(before))
    return None


def url_day(url: str) -> str:
    """The day a news site's address names (/20250314/, /2025/0314/), or ""."""
    match = _URL_DATE.search(url)
    if match is None:
        return ""
    try:
        return date(*map(int, match.groups())).isoformat()
    except ValueError:
        return ""


def dateline_span(body: str) -> tuple[int, int] | None:
    """Where the first wire dateline of the body ("BEIJING, Sept. 3 (Xinhua)
    --", 新华社南宁9月3日电) starts and ends: the day it names is the day the
    item was filed, not the event's."""
    start = 0
    for line in body.split("\n"):
        wire = _WIRE_DATELINE.match(line)
        if wire is not None:
            return start, start + wire.end()
        start += len(line) + 1
    return None


def filed_day(body: str) -> str:
    """The day a Chinese wire's dateline names with its year
    (新华社北京2025年9月3日电), or ""."""
    for line in body.split("\n"):
        wire = _WIRE_DATELINE.match(line)
        if wire is not None:
            filed = wire.group("filed") or ""
            return (_one_day(filed) or "") if "年" in filed else ""
    return ""


def dateline_day(body: str, published: str) -> tuple[str, str] | None:
    """The first day or span the body names without a year ("March 14",
    "9月2日至3日", "from Sept. 1 to 3"), in the year that puts it nearest the
    publication day (a report of the days before, an announcement of those
    after); with the phrase read.  A day after the wire's dateline comes
    before the dateline's own, which is the day the item was filed.  None
    without a publication day or such a phrase."""
    if not published:
        return None
    stamp = date.fromisoformat(published)
    span = dateline_span(body)
    after = span[1] if span is not None else 0
    matches = list(_YEARLESS.finditer(body))
    for match in ([m for m in matches if m.start() >= after]
                  + [m for m in matches if m.start() < after]):
        read = _yearless_read(body, match, stamp)
        if read is not None:
            return read
    return None


def _yearless_read(body: str, match: re.Match[str], stamp: date) -> tuple[str, str] | None:
    """A day or span named without its year, read in the year nearest the
    publication day ``stamp``: (EDTF, the phrase as written), or None."""
    start, end = match.span()
    chinese = match.group("m3") is not None
    if chinese:
        tail = _SPAN_AFTER_CHINESE.match(body, end)
    elif match.group("m1") is not None:
        tail = _SPAN_AFTER.match(body, end)
    else:
        tail = None
        head = _SPAN_BEFORE.search(body, 0, start)
        if head is not None:
            start = head.start()
    phrases = [body[start:tail.end() if tail is not None else end], match.group(0)]
    for phrase in dict.fromkeys(phrases):  # the span first, else its first day alone
        readings = []
        for year in (stamp.year - 1, stamp.year, stamp.year + 1):
            try:
                read = to_edtf(f"{year}年{phrase}" if chinese else f"{phrase}, {year}")
            except (DateError, ValueError):
                continue
            if read.precision != "day" or read.start is None:
                continue
            readings.append((abs((read.start - stamp).days), read.edtf))
        if readings:
            return min(readings)[1], phrase
    return None
