"""Turn dates as articles print them into EDTF.

Analysts paste "July 28 to July 30, 2025", "Feb 2025", "April 30-May 3, 2018",
"2025-07-28/30" or "2025年7月28日".  We tokenise the text into years, day
numbers, month names and range separators, split it at the separator, read
the right-hand side as a complete date and let the left-hand side borrow the
year (and month) it leaves out: "May 21-25, 2018" is May 21 2018 to May 25 2018.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.core.chinese_dates import chinese_to_latin
from desktop.core.dates import WEEKDAY_NAMES, DateError, ParsedDate, half_width, parse_edtf
from desktop.core.ongoing_dates import may_go_on, ongoing_start
from desktop.core.season_names import season_words
from desktop.core.spreadsheet_dates import (
    MONTHS,
    TIME_OF_DAY,
    day_text,
    spreadsheet_date,
    spreadsheet_range,
)

_WEEKDAYS = {
    "mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "wednesday": 2,
    "thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "fri": 4, "friday": 4,
    "sat": 5, "saturday": 5, "sun": 6, "sunday": 6,
}
_SEPARATOR_WORDS = {"to", "through", "thru", "until", "till"}
_APPROXIMATE_WORDS = {"circa", "ca", "c", "about", "around", "approximately", "approx"}
_FILLER_WORDS = {"on", "in", "of", "the", "from", "between", "and"}
# Words that say roughly where in a span, which no date can store: the
# analyst writes the dates meant, and the words in the date note.
_VAGUE_WORDS = {"early", "mid", "middle", "late", "beginning", "start", "end"}
# EDTF's season codes, and its quarters (33-36)
_SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}
_SEASON = re.compile(r"(spring|summer|autumn|fall|winter) (?:of )?(\d{4})"
                     r"|(\d{4}) (spring|summer|autumn|fall|winter)")
# (a space, a dash, a slash or nothing between: "Q3/2025", "2025-Q3", "2025Q3"; and
# "3Q 2025", as reports write it)
_QUARTER = re.compile(r"q([1-4])[ /-]?(\d{4})|(\d{4})[ /-]?q([1-4])|([1-4])q[ /-]?(\d{4})")
# A half year: "H1 2025", "2025 H2", "first half of 2025" (EDTF's semesters, 40 and 41)
_HALF = re.compile(r"h([12])[ /-]?(\d{4})|(\d{4})[ /-]?h([12])|([12])h[ /-]?(\d{4})"
                   r"|(first|second) half (?:of )?(\d{4})")
_DECADE = re.compile(r"(?:the )?(\d{3})0'?s")
# "2024-25", "2024/25", "2024–25": a year and the next, as seasons, school and
# financial years are written.  With a hyphen and 21 to 41 it is also an EDTF
# season code (2024-25: spring 2024, northern hemisphere), and with 01 to 12 a
# month: the first is refused as ambiguous, the second left a month.
_YEAR_AND_NEXT = re.compile(r"(\d{4}) ?([-/\u2010-\u2015\u2212]) ?(\d{2})")
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uff0d~\uff5e"), "-")
_TOKEN = re.compile(r"\d+(?:st|nd|rd|th)?|[a-z]+\.?|[-/,]")
_EDTF_CHARACTERS = re.compile(r"[0-9XYESu?~%./\-+\[\]{},:^]+")
_ISO_DAY = r"\d{4}-\d{2}-\d{2}"
_ISO_RANGE = re.compile(
    rf"({_ISO_DAY}|\d{{4}}-\d{{2}}|\d{{4}})\s*(?:/|\s-\s|--|\s+to\s+)\s*"
    rf"({_ISO_DAY}|\d{{4}}-\d{{2}}|\d{{4}}|\d{{2}}-\d{{2}}|\d{{1,2}})"
)


@dataclass
class _Token:
    kind: str  # "year", "num", "month", "weekday", "sep"
    value: int = 0


@dataclass
class _Partial:
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # as printed ("Sunday, 25 May 2025"), to be checked

    def edtf(self) -> str:
        if self.year is None:
            raise DateError("no year given")
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
                self._check_weekday()
        return text

    def _check_weekday(self) -> None:
        """A weekday that disagrees with the date is a typo in one of them."""
        if self.weekday is None or self.year is None or self.month is None or self.day is None:
            return
        try:
            actual = date(self.year, self.month, self.day).weekday()
        except ValueError:
            return  # no such day: parse_edtf says why
        if actual != self.weekday:
            raise DateError(f"{self.day} {date(self.year, self.month, 1):%B} {self.year} is a "
                            f"{WEEKDAY_NAMES[actual]}, not a {WEEKDAY_NAMES[self.weekday]}")


def _iso_range(text: str) -> str | None:
    match = _ISO_RANGE.fullmatch(text)
    if match is None:
        return None
    left, right = match.group(1), match.group(2)
    if len(right) <= 2 and len(left) == 4:
        # 2025/7: a month written year first, as 2025/7/28 is a day (2024/25,
        # two years, is read before); after a dash or "to", no date
        if not re.fullmatch(r"\d{4}/\d{1,2}", text):
            return None
        if not 1 <= int(right) <= 12:  # not EDTF's season codes (2025-21) either
            raise DateError(f"'{text}': month {right} does not exist (use 1 to 12)")
        return f"{left}-{int(right):02d}"
    if len(right) <= 2 and len(left) == 7:  # 2025-07/08: the month of the same year
        right = left[:5] + f"{int(right):02d}"
    elif len(right) <= 2:  # 2025-07-28/30: the day of the same month
        right = left[:8] + f"{int(right):02d}"
    elif len(right) == 5:  # 2025-07-28/08-02: month and day of the same year
        right = left[:5] + right
    return f"{left}/{right}"


def _tokenise(text: str) -> tuple[list[_Token], bool]:
    # A vague word is said to be one wherever it stands ("summer 2025 early",
    # as 2025年夏初 reads, was "'summer' is not a month name").
    for word in re.findall(r"[a-z]+", text):
        if word in _VAGUE_WORDS:
            raise _Vague(word)
    tokens: list[_Token] = []
    approximate = between = False
    position = 0
    for match in _TOKEN.finditer(text):
        gap = text[position:match.start()].strip()
        if gap:
            raise DateError(f"'{gap}' is not part of a date")
        position = match.end()
        word = match.group().rstrip(".")
        if word in (",", ""):
            continue
        if word[0].isdigit():
            digits = re.match(r"\d+", word)
            assert digits is not None
            number = int(digits.group())
            tokens.append(_Token("year" if len(digits.group()) == 4 else "num", number))
        elif word in ("-", "/") or word in _SEPARATOR_WORDS or (word == "and" and between):
            tokens.append(_Token("sep"))  # "between 28 and 30 July 2025" too
        elif word in _VAGUE_WORDS:
            raise _Vague(word)
        elif word in MONTHS:
            tokens.append(_Token("month", MONTHS[word]))
        elif word in _WEEKDAYS:
            tokens.append(_Token("weekday", _WEEKDAYS[word]))
        elif word in _APPROXIMATE_WORDS:
            approximate = True
        elif word == "between":
            between = True
        elif word not in _FILLER_WORDS:
            raise DateError(f"'{word}' is not a month name or a date word")
    rest = text[position:].strip()
    if rest:
        raise DateError(f"'{rest}' is not part of a date")
    return tokens, approximate


def _read_side(tokens: list[_Token]) -> _Partial:
    """Read one side of a range: any order of month name, day number, year."""
    side = _Partial()
    for token in tokens:
        if token.kind == "year" and side.year is None:
            side.year = token.value
        elif token.kind == "month" and side.month is None:
            side.month = token.value
        elif token.kind == "num" and side.day is None:
            side.day = token.value
        elif token.kind == "weekday" and side.weekday is None:
            side.weekday = token.value
        else:
            raise DateError("too many parts for one date")
    if side.day is not None and side.day > 31:
        raise DateError(f"{side.day} is not a day of a month")
    return side


def _textual(text: str) -> str:
    tokens, approximate = _tokenise(text)
    if not tokens:
        raise DateError("no date found")
    separators = [i for i, token in enumerate(tokens) if token.kind == "sep"]
    if len(separators) > 1:
        raise DateError("more than one range separator")
    if not separators:
        single = _read_side(tokens)
        if single.day is not None and single.month is None:
            raise DateError("a day number without a month")
        result = single.edtf()
    else:
        cut = separators[0]
        left, right = _read_side(tokens[:cut]), _read_side(tokens[cut + 1:])
        if right.year is None and left.year is not None:  # "July 28 2025 to 30"?
            raise DateError("write the year after the end of the range")
        if right.month is None and right.day is not None:
            right.month = left.month  # "July 28 to 30, 2025"
        if left.year is None:
            left.year = right.year
        if left.month is None and left.day is not None:
            left.month = right.month  # "28-30 July 2025"
        if right.day is not None and right.month is None:
            raise DateError("a day number without a month")
        if left.day is not None and left.month is None:
            raise DateError("a day number without a month")
        result = f"{left.edtf()}/{right.edtf()}"
    return result + ("~" if approximate and "/" not in result else "")


def as_edtf(text: str) -> ParsedDate | None:
    """``text`` read as EDTF alone; None when it is not valid EDTF."""
    cleaned = text.strip()
    if not _EDTF_CHARACTERS.fullmatch(cleaned):
        return None  # the library would only fail on it, slowly
    try:
        return parse_edtf(cleaned)
    except DateError:
        return None


def to_edtf(text: str, *, day_first: bool | None = None,
            excel_years: bool = False) -> ParsedDate:
    """Read an EDTF string or a date as articles write it; return it as EDTF.

    Raises DateError with the reason when the text is not a valid date or the
    interval ends before it starts.  ``day_first`` reads 01/02/2025 as 1
    February (True) or 2 January (False), as a table's other dates show it
    writes them (see ``spreadsheet_dates.slashed_date_order``); otherwise such a date
    is refused.
    ``excel_years`` is for a spreadsheet's cells: "Feb-25", which Excel shows
    for (and saves as CSV from) a date it read from "2025-02", is February
    2025, its two-digit year read as Excel reads one (00-29: 2000s); typed,
    such a year is asked for in full.
    """
    cleaned = " ".join(half_width(text).split())
    if not cleaned:
        raise DateError("the date is empty")
    if (years := _year_and_next(cleaned)) is not None:
        return _parsed_as_typed(cleaned, years)
    # Only text of EDTF's characters goes to the strict parser: text with month
    # names would fall through to the slow library only to fail there.
    if _EDTF_CHARACTERS.fullmatch(cleaned):
        try:
            return parse_edtf(cleaned)
        except DateError:
            if _EDTF_SHAPED.fullmatch(cleaned):
                raise  # EDTF's own form: its reason is the one (and -0005 is not 5)
    return _parsed_as_typed(cleaned, _friendly_to_edtf(cleaned, day_first, excel_years))


# A date or an interval written in EDTF's own digits ("2025-02-30", "2025-02/..",
# "../2025"): the strict parser's reason is the one to give.  "2025/2/30" is not
# (a day written year first, as Chinese documents do): the friendly reading's is.
_EDTF_SIDE = r"(?:(?:-?\d{4}(?:-\d{2}){0,2}|Y-?\d{5,})[?~%]?|\.\.)?"
_EDTF_SHAPED = re.compile(rf"{_EDTF_SIDE}(?:/{_EDTF_SIDE})?")


def _year_and_next(cleaned: str) -> str | None:
    """"2024/25" as EDTF (2024/2025); None when the text is not a year and
    the next's last two digits, or is a month ("2011-12")."""
    match = _YEAR_AND_NEXT.fullmatch(cleaned)
    if match is None or int(match[3]) != (int(match[1]) + 1) % 100:
        return None
    first, hyphen, code = int(match[1]), match[2] == "-", int(match[3])
    if hyphen and code <= 12:
        return None  # a month
    if hyphen and 21 <= code <= 41:
        raise DateError(f"'{cleaned}' is ambiguous: write {first}/{first + 1} for the "
                        f"years, or the season in words (e.g. 'spring {first}')")
    return f"{first}/{first + 1}"


def _parsed_as_typed(typed: str, edtf: str) -> ParsedDate:
    """``parse_edtf(edtf)``, its error naming the date as it was typed ("'31
    February 2025' (read as 2025-02-31): February 2025 has 28 days"), which
    is what the analyst will look for in their file or form."""
    try:
        return parse_edtf(edtf)
    except DateError as error:
        message, quoted = str(error), f"'{edtf}'"
        if edtf == typed or not message.startswith(quoted):
            raise
        raise DateError(f"'{typed}' (read as {edtf}){message[len(quoted):]}") from None


def _friendly_to_edtf(text: str, day_first: bool | None = None,
                      excel_years: bool = False) -> str:
    normal = chinese_to_latin(text).lower().translate(_DASHES)
    normal = " ".join(normal.split())
    if ":" in normal:
        normal = TIME_OF_DAY.sub("", normal, count=1)
    normal, weekday, leading = _edge_weekday(normal)
    if may_go_on(normal) and (start := ongoing_start(normal)) is not None:  # "since 2023"
        edtf = _friendly_to_edtf(start, day_first, excel_years)
        if "/" in edtf:
            raise DateError(f"'{text}': what is still going on has one start: write it alone "
                            "(e.g. since 2023-09)")
        return f"{edtf}/.."
    doubted = normal.endswith("?") and not normal.endswith("??")
    if doubted:  # "May 2025?": the date as written, uncertain
        normal = normal[:-1].rstrip()
    # "circa 2025-09-01", 约2025年9月1日: the date as written, approximate (the
    # words' reader alone saw it, and refused the ISO date after them)
    around = _AROUND.match(normal)
    if around is not None and any(c.isdigit() for c in normal[around.end():]):
        normal = normal[around.end():]
    else:
        around = None
    try:
        edtf = _edtf_of_normal(normal, text, day_first, excel_years)
    except DateError:
        if (wrong := _NO_SUCH_PART.search(normal)) is not None:  # "Q5 2025", "H3 2025"
            parts = "quarters Q1 to Q4" if "q" in wrong.group(0) else "halves H1 and H2"
            raise DateError(f"'{text}': a year has {parts}") from None
        raise
    if (doubted or around is not None) and _SEASON_CODE.fullmatch(edtf):
        raise DateError(f"'{text}': a season, quarter or half year cannot be marked uncertain "
                        f"or approximate: write {season_words(edtf) or edtf} and say so in the "
                        "date note")
    if around is not None and "X" not in edtf:
        edtf = "/".join(_approximate(side) for side in edtf.split("/"))
    if doubted:
        edtf = "/".join(_uncertain(side) for side in edtf.split("/"))
    # a leading weekday is the start's ("Monday, 28-30 July 2025"); a trailing
    # one is checked only against a single day
    day_form = _ISO_DAY_FORM if leading else _ISO_SINGLE_DAY
    if weekday is not None and (day := day_form.match(edtf)) is not None:
        year, month, day_number = map(int, day.groups())
        try:
            _Partial(year, month, day_number, weekday).edtf()
        except DateError as exc:
            raise DateError(f"'{text}': {exc}") from None
    return edtf


_AROUND = re.compile(r"(?:circa|ca\.?|c\.|about|around|approximately|approx\.?)\s+")
# EDTF's seasons, quarters and halves, which it cannot qualify (2025-35?)
_SEASON_CODE = re.compile(r"\d{4}-(?:2[1-9]|3\d|4[01])")
# a quarter or half a year has not: "Q5 2025", "2025-H3", "7Q 2025"
_NO_SUCH_PART = re.compile(r"\b(?:q[05-9]|h[03-9])(?=[ /-]?\d{4}\b)"
                           r"|(?<=\d{4})[ /-]?(?:q[05-9]|h[03-9])\b"
                           r"|\b(?:[05-9]q|[03-9]h)(?=[ /-]?\d{4}\b)")


def _approximate(side: str) -> str:
    """One end of an EDTF date marked approximate ("~"); an open end as it is."""
    if side in ("", "..") or side.endswith(("~", "%")):
        return side
    return side[:-1] + "%" if side.endswith("?") else side + "~"


def _uncertain(side: str) -> str:
    """One end of an EDTF date marked uncertain ("?"), approximate as well
    ("%") when it was so already."""
    if side.endswith(("?", "%")):
        return side
    return side[:-1] + "%" if side.endswith("~") else side + "?"


_ISO_DAY_FORM = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:/|$)")
_ISO_SINGLE_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})$")


def _named_span(normal: str) -> str | None:
    """A season, quarter, half year or decade named in words ("spring 2025",
    "Q3 2025", "H1 2025", "the 1990s") as EDTF; None when the text is none of them."""
    if (season := _SEASON.fullmatch(normal)) is not None:
        word, year = (season[1], season[2]) if season[1] else (season[4], season[3])
        return f"{year}-{_SEASONS[word]}"
    if (quarter := _QUARTER.fullmatch(normal)) is not None:
        number = quarter[1] or quarter[4] or quarter[5]
        return f"{quarter[2] or quarter[3] or quarter[6]}-{32 + int(number)}"
    if (half := _HALF.fullmatch(normal)) is not None:
        number = half[1] or half[4] or half[5] or ("1" if half[7] == "first" else "2")
        return f"{half[2] or half[3] or half[6] or half[8]}-{39 + int(number)}"
    if (decade := _DECADE.fullmatch(normal)) is not None:
        return f"{decade[1]}X"
    return None


def _edge_weekday(normal: str) -> tuple[str, int | None, bool]:
    """The text without a weekday printed before or after the date ("Sunday,
    25 May 2025", "2025-05-25 (Sunday)"), that weekday, and whether it led."""
    words = normal.split(" ")
    if len(words) > 1:
        for first in (True, False):
            word = words[0 if first else -1].strip("(),.")
            if word in _WEEKDAYS:
                rest = " ".join(words[1:] if first else words[:-1]).strip(" ,")
                return rest, _WEEKDAYS[word], first
    return normal, None, False


def _edtf_of_normal(normal: str, text: str, day_first: bool | None,
                    excel_years: bool) -> str:
    if re.fullmatch(r"\d{4}(?:-\d{2}){0,2}[?~%]?", normal):
        return normal
    if (named := _named_span(normal)) is not None:
        return named
    iso = _iso_range(normal)
    if iso is not None:
        return iso
    if (shorthand := _year_first_shorthand(normal)) is not None:
        return shorthand
    numeric = spreadsheet_date(normal, text, day_first, excel_years)
    if numeric is not None:
        return numeric
    if (numeric_range := spreadsheet_range(normal, day_first, excel_years)) is not None:
        return numeric_range
    if _MONTH_AND_DAY.fullmatch(normal):  # 5月25日
        raise DateError(f"'{text}': no year given")
    try:
        return _textual(normal)
    except _Vague as vague:
        raise DateError(f"'{text}': '{vague.word}' is vague: write the dates it covers (e.g. "
                        f"{_vague_example(vague.word, normal)}) and keep the words in the "
                        "date note") from None
    except DateError as exc:
        raise DateError(f"'{text}': {exc}") from None


# A month and day, or a range of them, with no year: 5月25日, 7月28日～8月2日, 7月
# (as a Chinese text read into "05-25", "07-28 to 08-02", or left as it was).
_MONTH_AND_DAY = re.compile(r"\d{2}-\d{2}(?: to (?:\d{2}-)?\d{2})?|\d{1,2}(?:-\d{1,2})?月"
                            r"|\d{1,2}月(?:[上中下]旬|[上下]半月)")
# The year first, its parts after dots or slashes, as Chinese documents write
# them: "2025.7" (a month), "2025.7.28-30", "2025/7/28-8/2" (days).
_YEAR_DOT_MONTH = re.compile(r"(\d{4})\.(\d{1,2})")
_YEAR_FIRST_DAYS = re.compile(
    r"(\d{4})([./])(\d{1,2})\2(\d{1,2})\s*-\s*(?:(\d{1,2})\2)?(\d{1,2})")


def _year_first_shorthand(normal: str) -> str | None:
    """A month or a range of days written year first with dots or slashes."""
    if (month := _YEAR_DOT_MONTH.fullmatch(normal)) is not None:
        # "2025.0" is a year column as pandas writes it, not a month
        return f"{month[1]}-{int(month[2]):02d}" if int(month[2]) else None
    if (days := _YEAR_FIRST_DAYS.fullmatch(normal)) is None:
        return None
    year, first_month, first_day = int(days[1]), int(days[3]), int(days[4])
    last_month = int(days[5]) if days[5] else first_month
    return (f"{day_text(year, first_month, first_day)}/"
            f"{day_text(year, last_month, int(days[6]))}")


class _Vague(DateError):
    """A word that says roughly where in a span ("late"): no date can hold it."""

    def __init__(self, word: str) -> None:
        super().__init__(word)
        self.word = word


def _vague_example(word: str, normal: str) -> str:
    """Dates the analyst might mean, as an example in the span the rest of the
    text names: the last third of May 2025 for "late May 2025", in days; of a
    year, in months."""
    # (the word as ``_tokenise`` finds it, a run of letters: "late" of "late10"
    # too, which left in would be found vague again, and again)
    rest = re.sub(rf"(?<![a-z]){word}(?![a-z])-?", " ", normal)
    rest = " ".join(part for part in rest.split() if part not in _FILLER_WORDS)
    try:
        span = to_edtf(rest) if rest else None
    except DateError:
        span = None
    if span is None or span.start is None or span.end is None or span.is_interval:
        return "2025-05-21/2025-05-31"
    third = {"early": 0, "beginning": 0, "start": 0, "mid": 1, "middle": 1}.get(word, 2)
    months = (span.end.year - span.start.year) * 12 + span.end.month - span.start.month + 1
    if months >= 3:
        first, last = (_month_after(span.start, months * third // 3),
                       _month_after(span.start, months * (third + 1) // 3 - 1))
        return first if first == last else f"{first}/{last}"
    days = (span.end - span.start).days + 1
    return (f"{span.start + timedelta(days=days * third // 3)}/"
            f"{span.start + timedelta(days=days * (third + 1) // 3 - 1)}")


def _month_after(start: date, months: int) -> str:
    index = start.year * 12 + start.month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"
