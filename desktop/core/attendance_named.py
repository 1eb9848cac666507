"""How many attended, where a report says it in so many words: "approximately
150 attendees", "drew more than 3,000 participants", 约150人参加, 1000余名嘉宾出席.

Only a number of people said as attending is read — a count of countries,
companies or exhibits is not, nor 人次 (visits counted, not people) — and
only the first, which reports give as the event's.  The words before the
number say how exact it is, as a spreadsheet cell's do (see
``attendance_text``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.attendance_text import read_attendance

_AROUND = (r"(?:(?:approximately|about|around|some|nearly|almost|roughly|more\s+than|over"
           r"|at\s+least|no\s+fewer\s+than|an\s+estimated|upwards\s+of)\s+)?")
_PEOPLE = r"(?:attendees|participants|delegates|guests|people|visitors|representatives)"
# "150 attendees", "800 Chinese and foreign guests": up to three words between
# "about 1,500", "some 2.5 thousand", "150+"
_NUMBER = (rf"\b(?P<phrase>{_AROUND}(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?"
           rf"(?:\s*(?:thousand|k)\b)?\+?)")
_ENGLISH = re.compile(rf"{_NUMBER}\s+(?P<between>(?:[a-z-]+\s+){{0,3}}?){_PEOPLE}\b",
                      re.IGNORECASE)
# "around 120 officials and researchers attended": people of other kinds,
# counted only where the words after them say they attended
_ATTENDING = (r"(?:officials|researchers|experts|scholars|academics|scientists|journalists"
              r"|students|leaders|diplomats|ministers|envoys|entrepreneurs|executives"
              r"|professionals|members|specialists|policymakers|practitioners)")
_ATTENDED = re.compile(r"\b(?:attended|took\s+part|participated|gathered|were\s+present"
                       r"|in\s+attendance)\b", re.IGNORECASE)
_ENGLISH_ATTENDED = re.compile(
    rf"{_NUMBER}\s+(?:[a-z-]+\s+){{0,3}}?{_ATTENDING}"
    rf"(?:\s+(?:and|or)\s+(?:[a-z-]+\s+){{0,2}}?[a-z-]+s)?"
    rf"(?:\s+from\s+(?:[\w'’-]+\s+){{0,4}}?[\w'’-]+)?"
    rf"\s+(?:have\s+|had\s+)?{_ATTENDED.pattern}", re.IGNORECASE)
# "attended by more than 200 officials, scholars and …", "attended the
# seminar, along with some 80 experts"
_ATTENDED_BY = re.compile(
    rf"\battended\s+(?:by|[^.;]{{0,60}}?,?\s+(?:along|together)\s+with)\s+{_NUMBER}\s+"
    rf"(?:[a-z-]+\s+){{0,3}}?(?:{_ATTENDING}|{_PEOPLE})\b", re.IGNORECASE)
# "…, with about 150 government officials, experts and industry representatives
# in attendance"
_WITH_IN_ATTENDANCE = re.compile(
    rf"\bwith\s+{_NUMBER}\s+(?:[a-z-]+\s+){{0,3}}?(?:{_ATTENDING}|{_PEOPLE})\b[^.;]{{0,80}}?"
    rf"\s+in\s+attendance\b", re.IGNORECASE)
# 约150人参加, 1000余名嘉宾出席, 逾3万人次 (not: 人次), 共有300名代表参会
_CHINESE = re.compile(
    r"(?P<phrase>(?:约|約|近|逾|超过|超過|大约|大約|超)?\d[\d,]*(?:\.\d+)?(?:万|千)?(?:余|多)?)"
    # (who they were between: 约100名中马企业代表出席, 200余名专家学者参加)
    r"\s*(?:(?:名|位)[\u4e00-\u9fff]{0,8}?)?(?:代表|嘉宾|嘉賓|与会者|與會者|专家学者|專家學者|专家"
    r"|專家|学者|學者|官员|官員|人)(?!次)"
    r"(?=了?(?:参加|出席|参会|与会|參加|參會|與會|到会|到會|到场|到場|齐聚|齊聚))")


_A_YEAR = re.compile(r"(?:19|20)\d\d")
_BEFORE_A_YEAR = re.compile(r"\b(?:in|since|by|of|from|until|before|after)\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class NamedAttendance:
    number: int
    qualifier: str  # exact, approximately, more_than or at_least
    written: str  # the words it was read from


def attendance_named(text: str) -> NamedAttendance | None:
    """The first number of people the text says attended, or None."""
    patterns = (_ENGLISH, _ENGLISH_ATTENDED, _ATTENDED_BY, _WITH_IN_ATTENDANCE,
                _CHINESE) if _ATTENDED.search(
        text) else (
        _ENGLISH, _CHINESE)  # a text that says no one attended so is not searched for it
    found = sorted((match for pattern in patterns for match in pattern.finditer(text)),
                   key=lambda match: match.start())
    for match in found:
        if _A_YEAR.fullmatch(match.group("phrase")) and (
                _BEFORE_A_YEAR.search(text, 0, match.start())
                or match.groupdict().get("between")):
            continue  # "in 2025 people met", "2025 saw delegates"
        try:
            number, qualifier = read_attendance(match.group("phrase"))
        except ValueError:
            continue
        if number > 0:
            return NamedAttendance(number, qualifier, " ".join(match.group(0).split()))
    return None
