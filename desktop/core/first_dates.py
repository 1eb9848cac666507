"""The first date a text names, for New event from text and a page's items:
a day or a month (English or Chinese, a span too), else a year standing
alone — not when something last happened ("since …"), an earlier event
recalled, a target year ("by 2027") or the years a plan covers."""

from __future__ import annotations

import re

from desktop.core.datelines import MONTH_ABBREVIATIONS
from desktop.core.dates import DateError
from desktop.core.event_length import BEFORE_OR_AFTER
from desktop.core.friendly_dates import to_edtf

_LONGEST_DATE = 10  # words: "31st of May to Wednesday 01st of June 2022"
EDGES = " \t,.;:!?()[]{}\"'“”‘’«»"
# a year, a month, and a day or one of the month's ten-day periods (旬)
_CHINESE_DATE = re.compile(r"\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号]|\s*[上中下]旬)?)?")
# a span after it: 2025年6月10日至12日, 2025年6月30日至7月2日, 2025年7-8月, 2025年1至9月
_CHINESE_SPAN = re.compile(
    r"\d{4}\s*年\s*\d{1,2}\s*(?:月\s*\d{1,2}\s*[日号])?\s*(?:至|到|-|—|–|～|~)\s*"
    r"(?:\d{4}\s*年\s*)?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号月]")
# What every date the reader takes has: a year, or numbers joined as 25/05/25 are.
_MAY_BE_DATED = re.compile(r"\d{4}|\d[/.\-]\d")


def beyond_the_lead(text: str, phrase: str) -> bool:
    """Whether the text names the date after its first paragraph: a month said
    further on is most often of an earlier event the item recalls."""
    first = text.strip().find("\n")
    return first >= 0 and text.strip().find(phrase) > first


def first_date(text: str) -> tuple[str, str] | None:
    """The first day or month date of the text (EDTF, and the phrase read),
    else its first year standing alone, else None."""
    year_only: tuple[str, str] | None = None
    for start, phrase in _date_phrases(text):
        if not _MAY_BE_DATED.search(phrase):
            continue  # "300 delegates from 40 countries": not read, a pasted page is fast
        if _RECALLED_EVENT.search(text, max(0, start - 240), start) or _SINCE.search(
                text, max(0, start - 80), start):
            continue
        try:
            read = to_edtf(_WEEKDAY_IN_SPAN.sub(r"\1 ", _SLASHED_YEAR.sub(r"\1, \2", phrase)))
        except (DateError, ValueError):
            continue
        if read.precision in ("day", "month"):
            return read.edtf, _trimmed(phrase)
        if (year_only is None and read.precision == "year" and re.fullmatch(r"\d{4}", phrase)
                and not _A_TARGET.search(text, max(0, start - 16), start)
                # (nor the first of the years a plan covers: "a roadmap from 2014 to 2018")
                and not _YEARS_ON.match(text, start + len(phrase))
                # (nor a year in brackets after a name: "the … Partnership agreement (2006)")
                and f"({phrase})" not in text[max(0, start - 1):start + len(phrase) + 2]
                # (nor another event's: "an invitation to attend the 2022 Winter Olympics")
                and not _ANOTHER_YEAR.search(text, max(0, start - 40), start)):
            year_only = (read.edtf, phrase)
    return year_only


# "the first in-person talks since the COVID-19 outbreak in late 2019", "the
# first visit since March 2023": when something last happened, not the event
# (自2023年6月…以来: the same in Chinese)
_SINCE = re.compile(r"\bsince\s+(?:[^.;!?\n]{0,50}?\b(?:in|on)\s+)?(?:(?:late|early|mid)[\s-]+)?$"
                    r"|(?:自|从|從)$", re.IGNORECASE)


# A day with its year after a slash, as the Ethiopian News Agency writes it
# ("May 12/2022 /ENA/"): not the span from that day to the year's end
_SLASHED_YEAR = re.compile(r"^([A-Za-z]{3,9}\.?\s+\d{1,2})/((?:19|20)\d{2})\b")


# The weekday of a span's last day, read without it ("from Tuesday 31st of May to Wednesday
# 01st of June 2022")
_WEEKDAY_IN_SPAN = re.compile(r"\b(to|until|through|till|-|–|—)\s+(?:Mon|Tues|Wednes|Thurs|Fri"
                              r"|Satur|Sun)day,?\s+", re.IGNORECASE)


# Words the date reader passes over ("May 25, 2025, in Luoyang" reads up to
# "in"): left off the phrase the analyst is shown.
_FILLERS = {"in", "on", "at", "of", "the", "and", "from", "to", "by"}


def _trimmed(phrase: str) -> str:
    words = phrase.split()
    while len(words) > 1 and words[-1].strip(EDGES).casefold() in _FILLERS:
        words.pop()
    return " ".join(words).strip(EDGES)


# "… programmes announced by President Xi during the 8th Ministerial Conference
# of FOCAC held in Dakar in November 2021": the day of an earlier event recalled
# (and a declaration "adopted during the meeting between … on July 3, 2024")
_RECALLED_EVENT = re.compile(r"\b(?:announced|proposed|put\s+forward|pledged|adopted)\b"
                             r"[^.;!?\n]{0,160}?\b(?:during|at)\s+the\b[^.;!?\n]*$",
                             re.IGNORECASE)


# (or when something the text speaks of began: "a partnership established in 2005")
_ANOTHER_YEAR = re.compile(rf"{BEFORE_OR_AFTER}$|\b(?:established|founded|created|set\s+up)"
                           r"\s+in\s+$", re.IGNORECASE)
_YEARS_ON = re.compile(r"\s*(?:to|until|through|-|–|—)\s*(?:19|20)\d{2}\b")
# "to train 100,000 engineers by 2027": a year something is to be done by is
# no year of the event (nor the year a plan is for: "the Consultation Plan for 2015")
_A_TARGET = re.compile(r"\b(?:(?:by|until|till|before|through|to)"
                       r"|for(?:\s+the\s+year)?)\s+$", re.IGNORECASE)


def _date_phrases(text: str) -> list[tuple[int, str]]:
    """Phrases that may be dates, in the order of the text, the longest first
    where several start at one word: runs of up to eight words starting at a
    month's name or a number, and Chinese dates (written without spaces)."""
    phrases: list[tuple[int, str]] = [(m.start(), m.group(0)) for m in
                                      _CHINESE_SPAN.finditer(text)]
    phrases += [(m.start(), m.group(0)) for m in _CHINESE_DATE.finditer(text)]
    words = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", text)]
    for index, (start, word) in enumerate(words):
        bare = word.strip(EDGES).casefold()
        if not bare or not (bare[0].isdigit() or bare[:3] in MONTH_ABBREVIATIONS):
            continue
        # ("between October 24 and 26, 2023": its "and" joins the span's days)
        after_between = index > 0 and words[index - 1][1].casefold() == "between"
        for length in range(min(_LONGEST_DATE, len(words) - index), 0, -1):
            phrase = " ".join(w for _s, w in words[index:index + length]).strip(EDGES)
            if phrase and after_between and " and " in phrase:
                phrases.append((start, f"between {phrase}"))
            if phrase:
                phrases.append((start, phrase))
    phrases.sort(key=lambda item: item[0])  # stable: the longest stay first
    return phrases
