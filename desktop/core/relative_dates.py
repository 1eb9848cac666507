"""Days a news item names by their distance from the day it was written:
今年9月18日, 去年12月, 本月3日, 上月, 昨天, "yesterday", "last month", "on
Thursday".  Reports name the event's day so far more often than with its
year, and the day they count from is the item's own: its dateline's day, or
the day it was published.

A weekday is the one of the week before that day ("opened on Thursday"),
or of the week after it where the sentence speaks of what is to come ("will
open on Thursday").  Words that also name things are left alone: 今日 only
as "today" (今日上午, 今日，…), not 今日头条 or 今日俄罗斯; "today" only in small
letters where what was done ends with it or goes on with where ("met … today.",
"signed today in Beijing"; not USA Today, China Today, "China today is …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.core.dates import DateError
from desktop.core.friendly_dates import to_edtf


@dataclass(frozen=True)
class RelativeDate:
    start: int  # where the text says it
    edtf: str
    written: str  # as the text says it


_YEARS = {"今年": 0, "去年": -1, "前年": -2, "明年": 1}
_MONTHS = {"本月": 0, "上月": -1, "上个月": -1, "上個月": -1, "下月": 1, "下个月": 1,
           "下個月": 1}
_DAYS = {"昨天": -1, "昨日": -1, "前天": -2, "今天": 0, "今日": 0, "明天": 1, "明日": 1}
_SPAN_TAIL = r"(?:\s*(?:至|到|-|—|–|～|~)\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号])?"
_CHINESE = re.compile(
    r"(?P<year>今年|去年|前年|明年)(?P<in_year>\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号]" + _SPAN_TAIL
    + r")?)"
    r"|(?P<month>本月|上个?月|上個月|下个?月|下個月)(?P<in_month>\d{1,2}\s*[日号]" + _SPAN_TAIL
    + r")?"
    # 今日 as "today" only before a time of day or a pause: not 今日头条
    r"|(?P<day>昨天|昨日|前天|今天|明天|明日|今日(?=[，,、上下中晚早凌在]|$))"
    # 上周四, 本周三, 星期五; 上周 alone is the week
    r"|(?P<week>上|本|这|這|下)?(?:个|個)?(?:周|週|星期|礼拜|禮拜)"
    r"(?:(?P<cn_weekday>[一二三四五六日天])|(?<=[上本这這下]周)|(?<=[上本这這下]週)"
    r"|(?<=[上本这這下]星期)|(?<=[个個]星期))")
_CN_WEEKDAYS = "一二三四五六日"
_WEEK_STEPS = {"上": -1, "本": 0, "这": 0, "這": 0, "下": 1}
# Before a weekday, what makes it one of the week to come: 将于周四举行
_CN_TO_COME = re.compile(r"将|將|拟|擬|计划|計劃|即将|即將")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ENGLISH = re.compile(
    r"\b(?P<yesterday>yesterday)\b"
    # ("met earlier today with …", "received … at the Great Hall today", "signed
    # today in Beijing"; "Today" in capitals names papers, USA Today, China Today;
    # not "today's world", nor "China today is …", nowadays)
    r"|\b(?:earlier|later)\s+(?P<today>today)\b"
    # (or after what was done: "A Memorandum … signed today between …")
    r"|\b(?P<today_done>(?-i:today))(?=\s*[.,;:)]|\s+(?:in|at|on|with|and|morning|afternoon"
    r"|evening|between|by)\b|$)"
    # ("… met the Prime Minister this morning at the Treasury Building")
    r"|\bthis\s+(?P<today_part>morning|afternoon|evening)\b"
    # ("On this day, the special representative … held a meeting with …")
    r"|\b(?-i:O)n\s+this\s+(?P<this_day>day)(?=,)"
    r"|\b(?P<which>last|this|next)\s+(?P<period>month|week)\b"
    # not a weekday its date follows ("on Monday, 13 October"): the date is read
    r"|\bon\s+(?P<weekday>" + "|".join(_WEEKDAYS) + r")\b"
    # (and the day it ran to: "held in Nanning on Thursday and Friday")
    r"(?:\s+(?:and|to|through|until)\s+(?P<weekday_end>" + "|".join(_WEEKDAYS) + r")\b)?"
    r"(?![\s,(]*(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
    # (and without "on", as American papers write it: "… with Chinese Premier Li Keqiang
    # Monday.", "signed here Thursday an agreement")
    r"|(?<=[a-z]\s)(?P<weekday_bare>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday))(?=\s*[.;]|,(?![\s(]*(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
    r"|\s+(?:in|at|with|and|to|an?|the)\s)"
    # ("arrived at the airport Tuesday morning local time")
    r"|\b(?P<weekday_part>" + "|".join(_WEEKDAYS) + r")(?=\s+(?:morning|afternoon|evening"
    r"|night)\b)",
    re.IGNORECASE)
# What makes a weekday one of the week to come: "will open on Thursday".
_TO_COME = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|is\s+set\s+to|are\s+set\s+to"
                      r"|scheduled|expected|plans?\s+to|upcoming|next)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?。！？]\s")
_SAID = re.compile(r"\b(?:said|says|told|noted|added|stressed|stated)\b", re.IGNORECASE)


def relative_dates(text: str, anchor: date) -> list[RelativeDate]:
    """The dates ``text`` names counting from ``anchor``, in the order it
    names them; a phrase the date reader cannot read (9月31日) is left out."""
    found: list[RelativeDate] = []
    for match in _CHINESE.finditer(text):
        edtf = _chinese(match, anchor)
        if edtf is not None:
            found.append(RelativeDate(match.start(), edtf, match.group(0)))
    for match in _ENGLISH.finditer(text):
        edtf = _english(text, match, anchor)
        if edtf is not None:
            found.append(RelativeDate(match.start(), edtf, match.group(0)))
    return sorted(found, key=lambda each: each.start)


# Words that put the event some days before the item, no day said: the
# item's own day is then known not to be the event's.
_LATELY = re.compile(r"日前|近日|近期|前不久|不久前|前些天|\brecently\b|\bin recent days\b"
                     r"|\bearlier this (?:week|month)\b|\bthe other day\b", re.IGNORECASE)


def says_lately(text: str) -> bool:
    """Whether ``text`` puts its event some days back without its day
    (日前, 近日, "recently")."""
    return _LATELY.search(text) is not None


def is_relative(written: str) -> bool:
    """Whether a phrase ``relative_dates`` gives names its date by distance."""
    return bool(_CHINESE.fullmatch(written) or _ENGLISH.fullmatch(written))


def _chinese(match: re.Match[str], anchor: date) -> str | None:
    if match.group("year") is not None:
        return _read(f"{anchor.year + _YEARS[match.group('year')]}年{match.group('in_year')}")
    if match.group("month") is not None:
        month = _month_from(anchor, _MONTHS[match.group("month")])
        if match.group("in_month") is None:
            return f"{month.year:04d}-{month.month:02d}"
        return _read(f"{month.year}年{month.month}月{match.group('in_month')}")
    if match.group("day") is not None:
        return (anchor + timedelta(days=_DAYS[match.group("day")])).isoformat()
    step = _WEEK_STEPS.get(match.group("week") or "")
    weekday = match.group("cn_weekday")
    if weekday is None:  # 上周, 本周: the week, Monday to Sunday
        return _week(anchor, step or 0)
    index = _CN_WEEKDAYS.index("日" if weekday == "天" else weekday)
    if step is not None:  # 上周四: the Thursday of the week before
        return (_monday(anchor, step) + timedelta(days=index)).isoformat()
    clause = re.split(r"[。！？；]", match.string[:match.start()])[-1]
    return _weekday_near(anchor, index, to_come=bool(_CN_TO_COME.search(clause)))


def _monday(anchor: date, step: int) -> date:
    """The Monday of ``anchor``'s week, or of the week ``step`` weeks from it."""
    return anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=step)


def _week(anchor: date, step: int) -> str:
    monday = _monday(anchor, step)
    return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"


def _weekday_near(anchor: date, weekday: int, *, to_come: bool) -> str:
    """The weekday of the week up to ``anchor``, or of the week from it."""
    if to_come:
        return (anchor + timedelta(days=(weekday - anchor.weekday()) % 7)).isoformat()
    return (anchor - timedelta(days=(anchor.weekday() - weekday) % 7)).isoformat()


def _english(text: str, match: re.Match[str], anchor: date) -> str | None:
    if match.group("yesterday") is not None:
        return (anchor - timedelta(days=1)).isoformat()
    if match.group("today") is not None or match.group("today_done") is not None or (
            match.group("today_part") is not None or match.group("this_day") is not None):
        return anchor.isoformat()
    if match.group("which") is not None:
        step = {"last": -1, "this": 0, "next": 1}[match.group("which").casefold()]
        if match.group("period").casefold() == "week":
            return _week(anchor, step)
        month = _month_from(anchor, step)
        return f"{month.year:04d}-{month.month:02d}"
    weekday = _WEEKDAYS.index((match.group("weekday") or match.group("weekday_part")
                               or match.group("weekday_bare")).casefold())
    ends = [end.end() for end in _SENTENCE_END.finditer(text, 0, match.start())]
    sentence = text[ends[-1] if ends else 0:match.start()]
    # (what was said is no sign of when it was said: "Costa Rica will accelerate …, said
    # Chinchilla when meeting with … on Friday")
    sentence = sentence[said[-1].end():] if (said := list(_SAID.finditer(sentence))) else sentence
    first = _weekday_near(anchor, weekday, to_come=bool(_TO_COME.search(sentence)))
    if match.group("weekday_end") is None:
        return first
    days = (_WEEKDAYS.index(match.group("weekday_end").casefold()) - weekday) % 7
    last = date.fromisoformat(first) + timedelta(days=days)
    # (a span past the day it is counted from, said in the past, is of the week before)
    if days and last > anchor and not _TO_COME.search(sentence):
        first, last = ((date.fromisoformat(first) - timedelta(weeks=1)).isoformat(),
                       last - timedelta(weeks=1))
    return f"{first}/{last.isoformat()}" if days else first


def _month_from(anchor: date, step: int) -> date:
    months = anchor.year * 12 + anchor.month - 1 + step
    return date(months // 12, months % 12 + 1, 1)


def _read(phrase: str) -> str | None:
    try:
        return to_edtf(phrase).edtf
    except (DateError, ValueError):
        return None


# Typed in a field, a day counted from today: "today", 昨天, "3 days ago", 2周前
_FROM_TODAY = {"today": 0, "yesterday": -1, "tomorrow": 1, "今天": 0, "今日": 0, "昨天": -1,
               "昨日": -1, "前天": -2, "明天": 1, "明日": 1}
_CHINESE_COUNTS = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6,
                   "七": 7, "八": 8, "九": 9, "十": 10}
_AGO = re.compile(r"(?P<count>\d{1,3}|an?|one|[一二两兩三四五六七八九十])\s*个?\s*"
                  r"(?P<unit>days?|weeks?|天|日|周|週|星期)\s*(?:ago|前|以前)")


def typed_day(text: str, today: date) -> str | None:
    """The day (EDTF) a field's text names counting from ``today``, or None
    when it names none so: what an analyst types in the date or "changed
    since" fields ("yesterday", "7 days ago"), never read from files."""
    typed = " ".join(text.split()).casefold()
    if typed in _FROM_TODAY:
        return (today + timedelta(days=_FROM_TODAY[typed])).isoformat()
    ago = _AGO.fullmatch(typed)
    if ago is None:
        return None
    count = (int(ago["count"]) if ago["count"].isdigit()
             else _CHINESE_COUNTS.get(ago["count"], 1))
    weeks = ago["unit"].startswith("week") or ago["unit"] in ("周", "週", "星期")
    return (today - timedelta(days=count * (7 if weeks else 1))).isoformat()
