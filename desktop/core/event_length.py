"""How long an event lasted, as a report says it beside a single day: "the
three-day forum opened on 12 March", 为期两天的论坛, "the conference runs until
July 28", 大会将持续至7月28日 — for New event from text, which reads the day
first and makes it the span the words give.

A length is counted from the day read ("opened on 12 March": 12 to 14 March),
or back from it where the same sentence says the event closed then ("the
two-day summit concluded on Tuesday", 为期三天的论坛…闭幕).  A length of more
than a month ("a 100-day campaign") is no event's span and is not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.core.spreadsheet_dates import MONTHS

LONGEST_DAYS = 31

_ENGLISH_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
                    "fourteen": 14}
_CHINESE_NUMBERS = {"一": 1, "两": 2, "二": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6,
                    "七": 7, "八": 8, "九": 9, "十": 10}

_ENGLISH_WORD = "|".join(_ENGLISH_NUMBERS)
# "the three-day forum", "a 2-day workshop", "lasting three days", "over two days"
_ENGLISH_LENGTH = re.compile(
    rf"\b(?:(?P<n>{_ENGLISH_WORD}|\d{{1,2}})[- ]day\b"
    r"(?![- ](?:[\w-]+\s+){0,2}?(?:visits?|trips?|tours?|stays?)\b)"
    rf"|(?:lasting|lasted|lasts|over|spanning|spanned)\s+(?P<m>{_ENGLISH_WORD}|\d{{1,2}})"
    r"\s+days\b)", re.IGNORECASE)
# 为期三天, 为期两日, 会期3天 (not 为期三天的访问: a visit)
_CHINESE_LENGTH = re.compile(
    r"(?:为期|為期|会期|會期)(?P<n>[一二两兩三四五六七八九十]|\d{1,2})(?:天|日)"
    r"(?![^，。；,;]{0,8}?(?:访问|訪問|行程|出访|出訪|访华|訪華))")
# the sentence says the event closed on the day read
_CLOSED = re.compile(
    r"\b(?:closed|concluded|ended|wrapped\s+up|came\s+to\s+a\s+close|drew\s+to\s+a\s+close)\b"
    r"|闭幕|閉幕|落下帷幕|落幕|结束|結束|圆满收官", re.IGNORECASE)
_MONTH_WORD = "|".join(sorted(MONTHS, key=len, reverse=True))
# "runs until July 28", "will run through 28 July", "continues to July 30"
_ENGLISH_UNTIL = re.compile(
    r"\b(?:runs?|running|will\s+run|lasts?|lasting|will\s+last|continues?|continuing"
    r"|will\s+continue|is\s+open|remains\s+open|will\s+remain\s+open|closes|will\s+close)"
    r"\s+(?:until|till|through|to|on)\s+"
    rf"(?:(?P<month>{_MONTH_WORD})\.?\s+(?P<day>\d{{1,2}})\b"
    rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH_WORD})\b)", re.IGNORECASE)
# 将持续至7月28日, 持续到28日
_CHINESE_UNTIL = re.compile(r"持续(?:至|到)(?:(?P<month>\d{1,2})月)?(?P<day>\d{1,2})日")
_SENTENCE = re.compile(r"[.!?。！？\n]")
# The words before another event than the item's ("ahead of the two-day Forum"),
# for its place (``held_at``) and its length (here) not to be taken for the event's
# (and one invited to: "accepted an invitation to attend the 2022 Winter Olympics, to be
# held in Beijing")
BEFORE_OR_AFTER = (r"\b(?:ahead\s+of|before|after|following|prior\s+to"
                   r"|invitations?\s+to\s+(?:attend|visit)|invited\s+to\s+(?:attend|visit))"
                   r"\s+(?:the\s+|a\s+|an\s+)")
_ANOTHER_EVENT = re.compile(rf"{BEFORE_OR_AFTER}$", re.IGNORECASE)


_A_VISIT_BEFORE = re.compile(r"\b(?:visit|trip|tour|stay)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Length:
    """The span the words give: its first and last day, and the words."""
    start: date
    end: date
    written: str


def span_said(text: str, day: date, visit: bool = True) -> Length | None:
    """The span ``text`` gives an event read as held on ``day``, or None
    where it says no length (or one no event has); ``visit``: whether the
    event is a visit, whose length the text may give as its own ("his visit
    will continue until Jan 23" is no length of a signing on the visit)."""
    until = _until(text, day, visit)
    if until is not None:
        return until
    for match in (*_ENGLISH_LENGTH.finditer(text), *_CHINESE_LENGTH.finditer(text)):
        days = _number(match.group("n") or match.groupdict().get("m") or "")
        if not 2 <= days <= LONGEST_DAYS or _ANOTHER_EVENT.search(
                text, max(0, match.start() - 24), match.start()):
            continue  # ("on Sunday, ahead of the two-day Forum": the forum's length)
        length = timedelta(days=days - 1)
        if _CLOSED.search(_sentence_of(text, match.start(), match.end())):
            return Length(day - length, day, match.group(0))
        return Length(day, day + length, match.group(0))
    return None


def _until(text: str, day: date, visit: bool) -> Length | None:
    for match in (*_ENGLISH_UNTIL.finditer(text), *_CHINESE_UNTIL.finditer(text)):
        if not visit and _A_VISIT_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue
        groups = match.groupdict()
        month_word = groups.get("month") or groups.get("month2")
        day_number = int(groups.get("day") or groups.get("day2") or 0)
        if month_word is None:
            month = day.month
        elif month_word.isdigit():
            month = int(month_word)
        else:
            month = MONTHS[month_word.lower().rstrip(".")]
        try:
            end = date(day.year, month, day_number)
        except ValueError:
            continue
        if end < day and month_word is None:  # 持续到2日: the next month's
            end = _next_month(end)
        if day < end <= day + timedelta(days=LONGEST_DAYS):
            return Length(day, end, match.group(0))
    return None


def _next_month(day: date) -> date:
    try:
        return day.replace(year=day.year + day.month // 12, month=day.month % 12 + 1)
    except ValueError:
        return day


def _number(word: str) -> int:
    if word.isdigit():
        return int(word)
    return _ENGLISH_NUMBERS.get(word.lower()) or _CHINESE_NUMBERS.get(word, 0)


def _sentence_of(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end]."""
    before = [match.end() for match in _SENTENCE.finditer(text, 0, start)]
    after = _SENTENCE.search(text, end)
    return text[before[-1] if before else 0:after.start() if after else len(text)]
