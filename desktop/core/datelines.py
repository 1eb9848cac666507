"""The dateline that opens a wire's item ("VIENTIANE, March 14 (Xinhua) --",
新华社南宁9月18日电, 本报万象9月3日电) and the days an item names without their
year ("March 14", "9月2日至3日", "2日"): where and when the item was filed is
not the event's, and a day without its year is read in the year, and for a
Chinese item's bare "2日" the month, that puts it nearest the publication.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from desktop.core.countries import named_country
from desktop.core.dates import DateError
from desktop.core.friendly_dates import to_edtf
from desktop.core.relative_dates import relative_dates, says_lately

MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                       "nov", "dec")
# A day named without its year: "March 14", "14 March", "9月18日" (not after 年).
_YEARLESS = re.compile(
    # (with an ordinal's letters too: "On 9th January", "on the 5th of May", "January 9th")
    # (and "Jan.21", no space after the dot)
    r"\b(?P<m1>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*(?:\.\s*|\s+)(?P<d1>\d{1,2})"
    r"(?:st|nd|rd|th)?\b(?!\s*,?\s*\d{4})"
    r"|\b(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+"
    r"(?P<m2>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b"
    r"(?!\s*,?\s*\d{4})"
    r"|(?<![年\d])(?P<m3>\d{1,2})月(?P<d3>\d{1,2})[日号]",
    re.IGNORECASE)
# A wire's dateline at the start of a line: "VIENTIANE, March 14 (Xinhua) --",
# 新华社南宁9月18日电, 中新网北京9月3日电, 本报万象9月3日电 (a newspaper's own: no
# publisher named), 新华社北京2025年9月3日电; in traditional characters too, where
# the month may be left out (新華社北京9月3日電, 中央社台北10日電).  Some wires write the city as a
# name ("Kuala Lumpur, 14 October 2025 (Bernama) --"); such a city must be
# followed by its date, so that a sentence ("China (Beijing) - ...") is none.
# A press release names no wire ("PHNOM PENH, 14 March 2025 –"): its date
# must then end with the year.
# A country after a dateline's city, then the dash or colon closing it (no day)
_COUNTRY_AFTER = (r"(?:The\s+)?[A-Z][A-Za-z]+(?:\s+(?:and\s+)?[A-Z][A-Za-z]+){0,2}"
                  r"(?=\s*(?:--|[-–—])\s|:\s|(?:--|—)(?=[A-Z]))")
WIRE_DATELINE = re.compile(
    # (a city's name in capitals with its accents: SÃO PAULO, BOGOTÁ)
    # (not a weekday's or a month's name: "Wednesday, 16. Sep 2020." is a stamp)
    # (not a label in capitals: "NOTE:", "UPDATE —")
    # (a press release's in square brackets too: "[Muscat, Oman, December 23, 2021]")
    # (a state building before the city: "State House, Freetown, Wednesday, 4 January 2023 –")
    r"^\[?(?:(?:State|Government)\s+House,\s+)?(?P<city>(?!(?:NOTE|UPDATE|UPDATED|BREAKING|EDITOR|PHOTO|VIDEO|WATCH|READ|ALSO|EXCLUSIVE"
    r"|ANALYSIS|OPINION|COMMENT|FACTBOX|EXPLAINER|CORRECTION|SOURCE|SUMMARY|BACKGROUND"
    # (a wire's kind of story: "SPECIAL: China Uruguay ties strengthen …")
    r"|SPECIAL|FEATURE|INTERVIEW|COMMENTARY|EDITORIAL|ROUNDUP|SPOTLIGHT|GLOBALINK"
    # (nor a paper's section: "WORLD, Sept. 23 (YPA) –")
    r"|WORLD|NATIONAL|INTERNATIONAL|REGIONAL|LOCAL|BUSINESS|POLITICS|ECONOMY)\b)"
    # (not its agency after a full stop: "NUR-SULTAN. KAZINFORM - …")
    r"[A-ZÀ-ÖØ-Þ](?:[A-ZÀ-ÖØ-Þ '-]|\.(?!\s+(?:KAZINFORM|KABAR|AKIPRESS|TASS|BELTA|AZERTAC"
    r"|TREND|UZA)\b))+|(?!(?:The|A|An)\s|(?:Mon|Tues|Wednes|Thurs|Fri"
    r"|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b)[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3}"
    # (or its agency in brackets and a dash straight after: "Hanoi (VNA) –"; not
    # "China (Beijing) -")
    # (or a bracket naming the wire and the day: "GUILIN (UrduPoint News / Sputnik - 23rd
    # March, 2021)")
    # (or its country and its paper between bars: "Kampala, Uganda | THE INDEPENDENT |")
    r"(?=,[^()\n]*\d|,\s+[A-Z][\w .'-]{1,30}?\s+\|\s+[A-Z][\w .&'-]{1,40}?\s+\|"
    r"|\s*\([A-Z][A-Za-z .&'/-]{1,40}?\s+-\s+\d{1,2}(?:st|nd|rd|th)?\s+"
    r"[A-Z][a-z]{2,8}\.?,?\s+\d{4}\s*\)|\s*\((?:[A-Z]{2,6}(?:/[A-Z]{2,6})?|Xinhua|Reuters|Bernama|Antara|Kyodo"
    r"|Yonhap|Anadolu|Sputnik|Interfax)\)\s*(?:--|[-–—])"
    # (or a city in capitals alone before a colon or a dash: "PUTRAJAYA: Malaysia and
    # China …", "BEIJING — The … Forum")
    r"|(?<=[A-ZÀ-ÖØ-Þ]{3})(?::|\s*(?:--|[—–]))\s"
    # (or a full stop and its agency in capitals: "BISHKEK. KAZINFORM First Deputy …")
    r"|(?<=[A-ZÀ-ÖØ-Þ]{3})\.\s+[A-Z]{4,}\s"
    # (or a comma and its agency in brackets, no day: "MAPUTO, (CAJ News) – China and …")
    r"|(?<=[A-ZÀ-ÖØ-Þ]{3}),\s*\([A-Z][A-Za-z .&'/-]{1,40}?\)\s*(?:--|[-–—])\s"
    # (or the wire and its day in the bracket: "BEIJING, (APP - UrduPoint / Pakistan Point
    # News - 25th Nov, 2024) Special Envoy …")
    r"|(?<=[A-ZÀ-ÖØ-Þ]{3}),\s*\([A-Z][A-Za-z .&'/-]{1,40}?\s+-\s+\d{1,2}(?:st|nd|rd|th)?\s+"
    r"[A-Z][a-z]{2,8}\.?,?\s+\d{4}\s*\)"
    # (or its country and a dash or a colon, no day: "BRIDGETOWN, Barbados –", "Nassau, The
    # Bahamas -", "Bridgetown, Barbados:")
    rf"|,\s+{_COUNTRY_AFTER}))"
    # (and the day the wire's bracket gives after a dash: "CAIRO, Nov. 10 (UrduPoint /
    # Pakistan Point News - 10th Nov, 2021 ) :")
    rf"(?:,\s+(?P<country_named>{_COUNTRY_AFTER})"
    r"|,(?P<english_filed>[^()/\n]{3,30}?)|(?<=[A-ZÀ-ÖØ-Þ]{3}),(?=\s*\())?"
    r"(?:\s*\((?P<name>[A-Z][A-Za-z .&'/-]{1,40}?)"
    r"(?:\s+-\s+(?P<bracket_day>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})\s*)?\))?"
    # (a newswire between slashes: "BANGKOK, Jan. 15, 2025 /PRNewswire/ --")
    r"(?(name)|(?:\s*/(?P<newswire>[A-Z][A-Za-z .&'-]{1,40})/"
    r"|\s+\|\s+(?P<barwire>[A-Z][A-Za-z .&'-]{1,40}?)\s+\|"
    r"|\.\s+(?P<capswire>[A-Z]{4,})(?=\s))?)"
    # a press release's "PHNOM PENH, 14 March 2025 –": no wire named, a day
    # (or a colon: "ABU DHABI, 12 February 2024:"; "CAIRO, March 3 —", no year)
    # (or nothing, the line a city and a day alone: "BEIJING, Sept. 16, 2025")
    # (or a full stop after the day: "ASTANA, Kazakhstan, February 14. Kazakhstan and …")
    # (a paper between bars closes it: "Kampala, Uganda | THE INDEPENDENT |")
    r"(?(barwire)(?=\s)|(?(capswire)(?=\s)|(?(name)|(?(newswire)|(?(country_named)|"
    r"(?:(?<=\d)|(?<=[A-ZÀ-ÖØ-Þ]{3})))))\s*"
    # (or nothing after the agency's bracket: "HAVANA, Cuba, Oct 27 (ACN) Ricardo …")
    # (or a full stop and a dash: "La Paz, Apr 29.- The Minister …", as Prensa Latina writes)
    # (or the paper in square brackets: "JUBA, 05 DECEMBER 2018[Gurtong]")
    r"(?:--|[-–—]|:(?=\s)|(?<=\)\s):|(?<=\d)\.-(?=\s)|(?<=\d)\.(?=\s)|(?<=\))(?=\s+[A-Z])|(?<=\d)\]"
    r"|(?<=\d)\[[A-Z][A-Za-z .&'-]{1,30}\](?=\s|$)"
    # (with its year or not: "Kathmandu, May 26" on a line of its own)
    r"|(?P<alone>(?<=\d)$))))"
    # (or the city alone, its wire named elsewhere: 旧金山5月29日电（记者邓圩）)
    r"|^(?:(?P<agency>[\u4e00-\u9fff]{1,4}[社网網])|本[报報])?(?P<chinese_city>[\u4e00-\u9fff]{1,10}?)"
    r"(?P<filed>(?:(?:(?P<year>\d{4})年)?(?P<month>\d{1,2})月)?(?P<day>\d{1,2})日)[电電]")
# What makes a day named without its year a span: "Sept. 1 to 3", "Sept. 1-3",
# "9月2日至3日" after it; "1 to 3" before "September".
_SPAN_AFTER = re.compile(
    r"\s*(?:-|–|—|to|until|through)\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)"
    r"[a-z]*\.?\s+)?\d{1,2}\b(?!\s*,?\s*\d{4})", re.IGNORECASE)
_SPAN_AFTER_CHINESE = re.compile(r"\s*(?:至|到|-|—|–|～|~)\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号]")
_SPAN_BEFORE = re.compile(r"\b\d{1,2}\s*(?:-|–|—|to)\s*$", re.IGNORECASE)
# A Chinese item's day without its month ("论坛2日在万象举行", "2日至3日"): of the
# dateline's month, or of the month before when it is later than the dateline's day.
_BARE_DAY = re.compile(r"(?<![\d年月./\-])(?P<day>\d{1,2})\s*[日号](?![电電])"
                       r"(?:\s*(?:至|到|-|—|–|～|~)\s*(?P<last>\d{1,2})\s*[日号])?")


def first_yearless_day(text: str) -> str:
    """The first day the text names without its year, as written ("Oct 9",
    9月18日), or ""."""
    match = _YEARLESS.search(text)
    return match.group(0) if match else ""


# A year standing alone, as an event's name or an edition writes it ("The 2025
# ASEAN Digital Ministers' Meeting", "WAIC 2025", 2025中国—东盟…论坛): not
# part of a date (2025年9月, 2025-09) or of a span of years (2025-2027).
_NAMED_YEAR = re.compile(r"(?<![\d年./\-–])(?:19|20)\d{2}(?![\d年./\-–])")


def yearless_day_in_named_year(text: str, year: str = "") -> tuple[str, str] | None:
    """The first day the text names without its year (EDTF, as written),
    read in the one year the text names in a name (an event named with its
    year: "WAIC 2025 opened on July 26"); None when it names no such day, no
    such year or several, or when that year is not ``year`` (the year the
    text names as a date, if any).  A year said otherwise ("in 2025", "about
    2000 delegates") is no event's."""
    match = _YEARLESS.search(text)
    if match is None:
        return None
    years = _years_in_names(text)
    if len(years) != 1 or (year and year not in years):  # which year would it be?
        return None
    year = years.pop()
    groups = match.groupdict()
    month_text = (groups["m1"] or groups["m2"] or "").casefold()[:3]
    month = (MONTH_ABBREVIATIONS.index(month_text) + 1 if month_text
             else int(groups["m3"]))
    try:
        day = date(int(year), month, int(groups["d1"] or groups["d2"] or groups["d3"]))
    except ValueError:
        return None
    # (a span in that month: 11月18日至19日, "Oct 9-11")
    span = (_SPAN_AFTER_CHINESE if groups["m3"] else _SPAN_AFTER).match(text, match.end())
    if span is not None and not re.search(r"[A-Za-z]{3}|月", span.group()):
        try:
            last = day.replace(day=int(re.findall(r"\d+", span.group())[-1]))
        except ValueError:
            last = day
        if last > day:
            return (f"{day.isoformat()}/{last.isoformat()}",
                    f"{match.group(0)}{span.group()} … {year}")
    return day.isoformat(), f"{match.group(0)} … {year}"


# Beside a year in a name: a word in capitals or a Chinese character after
# it ("2025 ASEAN", 2025中国), an acronym, a Chinese character or a bracket
# before it ("WAIC 2025", 第八届…（WAIC 2025）) — not "about 2000 delegates".
_NAME_AFTER = re.compile(r"\s*[A-Z\u4e00-\u9fff]")
# (or an event's word closing its name: "… Plenipotentiary Conference 2022 in Romania")
_NAME_BEFORE = re.compile(r"(?:\b[A-Z]{2,}|[\u4e00-\u9fff（(]|\b(?:Conference|Forum|Summit|Expo"
                          r"|Meeting|Congress|Dialogue|Week|Fair|Games))\s*$")


def _years_in_names(text: str) -> set[str]:
    return {found.group(0) for found in _NAMED_YEAR.finditer(text)
            if _NAME_AFTER.match(text, found.end())
            or _NAME_BEFORE.search(text[max(0, found.start() - 12):found.start()])
            } | {found.group(1) for found in _CHINESE_NAMED_YEAR.finditer(text)}


# 2025年世界人工智能大会: a year with 年 opening an event's name (not 2025年7月,
# nor 2025年中国经济, which names no event)
# (nor 将于2026年在中国举办第二届中阿峰会: when another is to be held)
_CHINESE_NAMED_YEAR = re.compile(
    r"(?<![\d于於在])((?:19|20)\d{2})年(?![在于於])"
    r"(?=[\u4e00-\u9fff—\-·]{2,30}?(?:论坛|論壇|大会|大會|峰会|峰會"
    r"|研讨会|研討會|博览会|博覽會|会议|會議|对话会|對話會))")


def names_a_yearless_day(text: str) -> bool:
    """Whether the text names a day without its year ("March 14", 9月18日)."""
    return _YEARLESS.search(text) is not None


def one_day(phrase: str) -> str | None:
    """The phrase read by the app's date reader as one known day (EDTF), or
    None: a span, or a day only approximate or uncertain ("约 14 March 2025"),
    is no day a page was filed or published on."""
    try:
        read = to_edtf(phrase)
    except (DateError, ValueError):
        return None
    return read.edtf if _ISO_DAY.fullmatch(read.edtf) else None


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


_MONTH_ABBREVIATED = "(?:" + "|".join(MONTH_ABBREVIATIONS) + ")"
_MONTH_NAMED = re.compile(rf"\b{_MONTH_ABBREVIATED}[a-z]*\.?\s+\d|\d\s+{_MONTH_ABBREVIATED}",
                          re.IGNORECASE)


def _first_wire(body: str) -> tuple[int, re.Match[str]] | None:
    """The first line of the body that opens with a wire's dateline: where
    the line starts, and the dateline."""
    start = 0
    for line in body.split("\n"):
        wire = WIRE_DATELINE.match(line.rstrip())
        if wire is not None and (wire.group("alone") is None or _MONTH_NAMED.search(
                wire.group("english_filed") or "")) and (
                # (a country after the city, not more towns: "Beijing, Shanghai and … -"; a
                # region after a city in capitals, as wires write it: "PALIKIR, Pohnpei—")
                not (named := wire.group("country_named")) or named_country(named)
                or wire.group("city").isupper()):
            return start, wire
        start += len(line) + 1
    return None


def dateline_span(body: str) -> tuple[int, int] | None:
    """Where the first wire dateline of the body starts and ends: the day it
    names is the day the item was filed, its city where, not the event's."""
    found = _first_wire(body)
    return None if found is None else (found[0], found[0] + found[1].end())


def wire_publisher(body: str) -> str:
    """The wire or site a dateline of the body names ("Xinhua", 新华社), or ""."""
    found = _first_wire(body)
    return "" if found is None else (found[1].group("name") or found[1].group("newswire")
                                     or found[1].group("capswire") or found[1].group("barwire")
                                     or found[1].group("agency") or "")


def dateline_city(body: str) -> str:
    """The city a wire's dateline of the body was filed from ("Vientiane" for
    VIENTIANE, 万象 for 新华社万象9月3日电), or "".  The event's place only when
    the item names no other."""
    found = _first_wire(body)
    if found is None:
        return ""
    english, chinese = (found[1].group("city") or "").strip(), found[1].group("chinese_city")
    if chinese or not english:
        return chinese or ""
    if not english.isupper():
        return english
    # (VIENTIANE as "Vientiane"; DAR ES SALAAM as the text writes it, "Dar es Salaam")
    written = next((match.group() for match in re.finditer(
        rf"\b{re.escape(english)}\b", body, re.IGNORECASE) if not match.group().isupper()), "")
    # (NUR-SULTAN as "Nur-Sultan")
    return written or " ".join("-".join(part.capitalize() for part in word.split("-"))
                               for word in english.split())


def filed_day(body: str) -> str:
    """The day a dateline names with its year (新华社北京2025年9月3日电,
    "Kuala Lumpur, 14 October 2025 (Bernama) --"), or ""."""
    found = _first_wire(body)
    if found is None:
        return ""
    chinese, english = found[1].group("year"), found[1].group("english_filed")
    if chinese is not None:
        return one_day(found[1].group("filed")) or ""
    if english is not None and re.search(r"\b\d{4}\b", english):
        # after the state or region the city is in ("Washington, D.C., April 8, 2025")
        parts = english.split(",")
        return next((day for start in range(len(parts))
                     if (day := one_day(",".join(parts[start:]).strip()))), "")
    if bracketed := found[1].group("bracket_day"):  # ("(UrduPoint … - 10th Nov, 2021 )")
        return one_day(bracketed) or ""
    return ""


def filed_in_named_year(body: str) -> str:
    """The day a dateline names without its year (中新网成都11月12日电,
    "KUALA LUMPUR, Sept 28 —"), in the one year the body names in an event's
    name (2024四川国际友城…大会, "… Conference 2022"): the day the item was
    filed, from which its days are read; or ""."""
    found = _first_wire(body)
    if found is None or (found[1].group("day") is not None and not found[1].group("month")):
        return ""  # (中央社台北10日電: no month but the publication's)
    years = _years_in_names(body)
    if len(years) != 1:
        return ""
    # (the day read in the year nearest that year's middle: that year)
    filed = _dateline_read(found[1], date(int(years.pop()), 7, 1))
    return filed.isoformat() if filed is not None else ""


def month_of_dateline(written: str) -> bool:
    """Whether a phrase ``dateline_day`` read ("2日", "2日至3日") took its
    month from the dateline (and perhaps its year from an event's name: "12日 … 2024")."""
    return _BARE_DAY.fullmatch(written.split(" … ")[0]) is not None


def dateline_day(body: str, published: str) -> tuple[str, str] | None:
    """The first day or span the body names without a year ("March 14",
    "9月2日至3日", "from Sept. 1 to 3"; after a Chinese dateline a day alone,
    "2日"), in the year that puts it nearest the publication day (a report of
    the days before, an announcement of those after), or by its distance
    from the item's day (昨天, 本月3日, "on Thursday": see ``relative_dates``);
    with the phrase as written.  A day after the wire's dateline comes
    before the dateline's own, which is the day the item was filed.  None
    without a publication day or such a phrase."""
    if not published:
        return None
    stamp = date.fromisoformat(published)
    wire = _first_wire(body)
    after = 0 if wire is None else wire[0] + wire[1].end()
    # (where, as written, what it reads as)
    named: list[tuple[int, str, Callable[[], str | None]]] = []
    for match in _YEARLESS.finditer(body):
        readings, written, chinese = _phrases(body, match)
        named.append((match.start(), written, _in_nearest_year(readings, chinese, stamp)))
    if wire is not None and wire[1].group("day") is not None:  # a Chinese dateline
        # Of the dateline's month; when it names none (中央社台北10日電), of the
        # publication's, which it is the day of.
        month = int(wire[1].group("month") or stamp.month)
        for match in _BARE_DAY.finditer(body, after):
            readings, written, chinese = _bare_day_phrases(match, month,
                                                           int(wire[1].group("day")))
            named.append((match.start(), written, _in_nearest_year(readings, chinese, stamp)))
    anchor = _filed_on(wire[1] if wire else None, stamp)
    named += [(found.start, found.written, _already(found.edtf))
              for found in relative_dates(body, anchor)]
    if wire is not None and (filed := filed_day(body)):
        # (its own day, with its year: "DILI, 18 october 2023 (TATOLI) –", before a day
        # said further on, "… in Hangzhou, China, last month")
        named.append((wire[0], body[wire[0]:after].strip(" -–—:"), _already(filed)))
    if wire is not None and says_lately(body[after:]):
        # 日前, "recently": the event was some days before the day the item
        # was filed, which is then no day to propose
        named = [item for item in named if item[0] >= after]
    # After the dateline in its paragraph first, then the dateline's own day, then
    # the rest: a day said further on is most often of another, earlier event
    # ("ASTANA, …, September 1. … said Tokayev during the meeting …" and, a
    # paragraph later, "Yesterday, the president took part in the summits …")
    lead = body.find("\n", after + 1) if wire is not None else -1
    lead = len(body) if lead < 0 else lead
    named.sort(key=lambda item: (0 if after <= item[0] < lead else 1 if item[0] < after else 2,
                                 item[0]))
    for _where, written, reading in named:
        edtf = reading()
        if edtf is not None:
            return edtf, written
    return None


def item_day(body: str, published: str) -> date:
    """The day a relative date counts from: the dateline's, read in the year
    nearest the publication (the item was filed that day), else the day it
    was published."""
    found = _first_wire(body)
    return _filed_on(found[1] if found else None, date.fromisoformat(published))


def _filed_on(wire: re.Match[str] | None, stamp: date) -> date:
    """The day a dateline names, in the year nearest ``stamp``; else ``stamp``."""
    return (_dateline_read(wire, stamp) if wire is not None else None) or stamp


def _dateline_read(wire: re.Match[str], stamp: date) -> date | None:
    """The day a dateline names, in the year nearest ``stamp``, or None."""
    if wire.group("day") is not None:
        phrase, chinese = f"{wire.group('month') or stamp.month}月{wire.group('day')}日", True
    elif wire.group("english_filed") is not None:
        # (the country after the city left off: "ASTANA, Kazakhstan, September 1.")
        phrase, chinese = wire.group("english_filed").split(",")[-1].strip(), False
    else:
        return None
    read = one_day(phrase) or _nearest(phrase, chinese, stamp)
    return None if read is None else date.fromisoformat(read)


def _already(edtf: str) -> Callable[[], str | None]:
    return lambda: edtf


def _in_nearest_year(readings: list[str], chinese: bool,
                     stamp: date) -> Callable[[], str | None]:
    """Reads the first of ``readings`` (a span, then its first day alone)
    that the date reader can, when asked: a pasted page names many."""
    def read() -> str | None:
        for reading in readings:
            edtf = _nearest(reading, chinese, stamp)
            if edtf is not None:
                return edtf
        return None
    return read


def _phrases(body: str, match: re.Match[str]) -> tuple[list[str], str, bool]:
    """What to read for a day named without its year (with the span it
    opens or closes, then alone), the span as written, and whether Chinese."""
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
    whole = body[start:tail.end() if tail is not None else end]
    return list(dict.fromkeys([whole, match.group(0)])), whole, chinese


def _bare_day_phrases(match: re.Match[str], month: int,
                      filed: int) -> tuple[list[str], str, bool]:
    """A Chinese day without its month, in the dateline's month (or the one
    before, when it is later than the dateline's day): "2日" of 9月3日电 is 9月2日."""
    first = int(match.group("day"))
    if first > filed:
        month = 12 if month == 1 else month - 1
    last = match.group("last")
    alone = f"{month}月{first}日"
    return ([f"{alone}至{last}日", alone] if last else [alone]), match.group(0), True


def _nearest(phrase: str, chinese: bool, stamp: date) -> str | None:
    """The phrase read as a day or span (EDTF) in the year that puts its
    first day nearest ``stamp``, or None if the date reader cannot read it."""
    readings = []
    for year in (stamp.year - 1, stamp.year, stamp.year + 1):
        try:
            read = to_edtf(f"{year}年{phrase}" if chinese else f"{phrase}, {year}")
        except (DateError, ValueError):
            continue
        if read.precision == "day" and read.start is not None:
            readings.append((abs((read.start - stamp).days), read.edtf))
    return min(readings)[1] if readings else None
