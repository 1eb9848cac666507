"""Partial, uncertain and ranged dates.

The analyst's date is stored as an EDTF string (ISO 8601-2).  From it we derive
the earliest and latest day it covers and a precision, which the store indexes
so that sorting, range filters and the timeline work for every kind of date.

The common forms (year, month, day, with an optional ``?``/``~``/``%``
qualifier, and intervals of them, open or not) are parsed by a fast path:
the ``edtf`` library costs milliseconds per value, which would make importing
100 000 dates take minutes.  Everything else falls back to the library.
"""

from __future__ import annotations

import calendar
import contextlib
import io
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

PRECISIONS = ("day", "month", "season", "year", "decade", "century", "unknown")
_PRECISION_RANK = {name: rank for rank, name in enumerate(PRECISIONS)}


class DateError(ValueError):
    """A date the analyst typed that is not a date; the message says why."""


@dataclass(frozen=True)
class ParsedDate:
    """An EDTF date with the bounds and precision derived from it.

    ``start``/``end`` are the earliest and latest day covered; ``None`` means
    the interval is open (``..``) or its end is unknown on that side.
    """

    edtf: str
    start: date | None
    end: date | None
    precision: str
    uncertain: bool = False
    approximate: bool = False
    is_interval: bool = False

    @property
    def open_start(self) -> bool:
        return self.is_interval and self.start is None

    @property
    def open_end(self) -> bool:
        return self.is_interval and self.end is None


_SINGLE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?")
_MONTH_NAMES = [calendar.month_name[m] for m in range(13)]
# In English whatever the locale (calendar.day_name follows it)
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class _Point:
    start: date
    end: date
    precision: str
    qualifier: str


def _point(text: str, whole: str) -> _Point | None:
    """Parse one calendar date of the fast-path form, or ``None`` if not of it."""
    match = _SINGLE.fullmatch(text)
    if match is None:
        return None
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    qualifier = match.group(4) or ""
    if year == 0:
        return None  # year zero is legal EDTF but rare: leave it to the library
    if month is None:
        return _Point(date(year, 1, 1), date(year, 12, 31), "year", qualifier)
    if not 1 <= month <= 12:
        if 21 <= month <= 41 and day is None:
            return None  # a season ("2025-21"): the library knows their bounds
        raise DateError(f"'{whole}': month {month:02d} does not exist (use 01 to 12)")
    last_day = calendar.monthrange(year, month)[1]
    if day is None:
        return _Point(date(year, month, 1), date(year, month, last_day), "month", qualifier)
    if not 1 <= day <= last_day:
        raise DateError(
            f"'{whole}': {_MONTH_NAMES[month]} {year} has {last_day} days, not {day}"
        )
    exact = date(year, month, day)
    return _Point(exact, exact, "day", qualifier)


def _coarser(a: str, b: str) -> str:
    return a if _PRECISION_RANK[a] >= _PRECISION_RANK[b] else b


def _check_order(whole: str, start: date | None, end: date | None) -> None:
    if start is not None and end is not None and end < start:
        raise DateError(f"'{whole}': the end ({end.isoformat()}) is before the start "
                        f"({start.isoformat()})")


def _fast_parse(text: str) -> ParsedDate | None:
    if "/" not in text:
        single = _point(text, text)
        if single is None:
            return None
        return ParsedDate(text, single.start, single.end, single.precision,
                          uncertain=single.qualifier in ("?", "%"),
                          approximate=single.qualifier in ("~", "%"))
    left, _, right = text.partition("/")
    if "/" in right:
        return None
    ends: list[_Point | None] = []
    for side in (left, right):
        if side in ("", ".."):
            ends.append(None)
            continue
        parsed = _point(side, text)
        if parsed is None:
            return None
        ends.append(parsed)
    first, last = ends
    if first is None and last is None:
        raise DateError(f"'{text}': an interval needs at least one known end")
    start = first.start if first else None
    end = last.end if last else None
    _check_order(text, start, end)
    if first and last:
        precision = _coarser(first.precision, last.precision)
    else:
        precision = (first or last).precision  # type: ignore[union-attr]
    qualifiers = (first.qualifier if first else "") + (last.qualifier if last else "")
    return ParsedDate(text, start, end, precision,
                      uncertain="?" in qualifiers or "%" in qualifiers,
                      approximate="~" in qualifiers or "%" in qualifiers,
                      is_interval=True)


def _struct_to_date(value: Any, text: str) -> date | None:
    if isinstance(value, float):  # the library's +/- infinity for open ends
        return None
    year, month, day = value[0], value[1], value[2]
    if year < 1 and "X" in text:
        return date(1, 1, 1)  # "00XX", "0XXX": the digits' range reaches back to 0
    if not 1 <= year <= 9999:
        # Year 0 (1 BC), earlier ones and five-digit years are EDTF, but no day
        # of them can be stored, sorted or drawn: such a date was kept with no
        # bounds ("0000/2025" read as an open start), far from what was meant.
        raise DateError(f"'{text}': dates run from the year 1 to the year 9999, "
                        f"not {year}")
    return date(year, month, day)


def _library_precision(text: str) -> str:
    body = text.strip("?~%")
    if re.fullmatch(r"\d{3}X", body) or re.fullmatch(r"\d{3}", body):
        return "decade"
    if re.fullmatch(r"\d{2}XX", body) or re.fullmatch(r"\d{2}", body):
        return "century"
    if re.fullmatch(r"-?\d{4}-(2[1-9]|3\d|4[01])", body):
        return "season"
    if re.search(r"\d{4}-\d{2}-\d{2}", body):
        return "day"
    if re.search(r"\d{4}-\d{2}", body):
        return "month"
    if re.search(r"\d{4}", body):
        return "year"
    return "unknown"


_UNKNOWN_YEAR = re.compile(r"[?~%]?XXXX")
# Every EDTF date writes a year: four digits or X's, or "Y" and its digits.
_WRITES_A_YEAR = re.compile(r"[\dX]{4}|Y\d")


def _library_parse(text: str) -> ParsedDate:
    not_understood = DateError(f"'{text}' is not a date this app understands (write e.g. "
                               "2025-05-25, 2025-02, 2025 or 2025-07-28/2025-07-30)")
    if not _WRITES_A_YEAR.search(text):
        # "5.6", "12": the library's grammar takes ~5 ms to refuse them, and a
        # pasted page holds hundreds of such numbers (event_from_text).
        raise not_understood
    import edtf  # a tenth of a second to import: only when the fast path cannot answer

    try:
        # it prints its attempts ("trying to Level1Interval…") for some text
        with contextlib.redirect_stdout(io.StringIO()):
            value = edtf.parse_edtf(text)
    except Exception as exc:  # the library raises several kinds of error
        raise not_understood from exc
    if _UNKNOWN_YEAR.match(text) and "/" not in text:
        # A year wholly unknown ("XXXX", "XXXX-05"): no day to sort, filter or
        # draw it by, as for no date (its digits' range is every year there is).
        return ParsedDate(text, None, None, "unknown", uncertain="?" in text or "%" in text,
                          approximate="~" in text or "%" in text)
    try:
        start = _struct_to_date(value.lower_strict(), text)
        end = _struct_to_date(value.upper_strict(), text)
    except DateError:
        raise
    except (ValueError, OverflowError) as exc:
        raise DateError(f"'{text}' is not a valid calendar date") from exc
    _check_order(text, start, end)
    return ParsedDate(text, start, end, _library_precision(text),
                      uncertain="?" in text or "%" in text,
                      approximate="~" in text or "%" in text,
                      is_interval="/" in text)


# Full-width forms (U+FF01-FF5D), which a Chinese input method types in its
# full-width mode ("２０２５－０６－１２"), and the ideographic space, as ASCII:
# EDTF is written in ASCII digits, and "２０２５-06-12" was stored as typed, to
# be refused by every reader of an export.  "～" is left as it is: between the
# parts of a Chinese date it means "to", not EDTF's "approximately".
_HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5E)} | {0x3000: 0x20}


def half_width(text: str) -> str:
    """``text`` with its full-width letters, digits and signs in ASCII."""
    return text.translate(_HALF_WIDTH)


def parse_edtf(text: str) -> ParsedDate:
    """Validate an EDTF string and derive its bounds; raise DateError if invalid."""
    text = half_width(text).strip()
    if not text:
        raise DateError("the date is empty")
    fast = _fast_parse(text)
    if fast is not None:
        return fast
    return _library_parse(text)
