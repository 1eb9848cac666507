"""Dates as spreadsheets and data tools write them: 25/05/2025, 2025.05.25,
20250525, Feb-25, "5/25/2025 0:00", and two of them as a range.  Part of
``friendly_dates``, which reads everything else."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from desktop.core.dates import DateError

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
    "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
# A month's name or its abbreviation, in any case, the longest first ("Sept." too)
MONTH_NAME = "(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"

# A time of day after a date ("2025-05-25 00:00:00", "2025-05-25T14:30Z",
# "5/25/2025 0:00", "May 25, 2025 2:30 pm"): the date is the day.
TIME_OF_DAY = re.compile(r"(?:(?<=\d)t|\s+)([01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?"
                         r"(?:\s?[ap]\.?m\.?)?(?:z|[+-]\d{2}:?\d{2})?$")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")  # 20250525 (ISO 8601 basic)
_YEAR_FIRST = re.compile(r"(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2,4})")
_MONTH_YEAR = re.compile(r"(\d{1,2})/(\d{4})")
# "Feb-2025", "25-Feb-2025" (Excel's mmm-yy and d-mmm-yy when the year is in
# full): the hyphen joins the parts; read as a range it would be "February
# to 2025".
_NAMED_MONTH = re.compile(r"(?:(\d{1,2})[-/])?([a-z]+)\.?[-/](\d{4}|\d{2})")


def spreadsheet_date(normal: str, text: str, day_first: bool | None,
                     excel_years: bool = False) -> str | None:
    """A numeric date as a spreadsheet or a data tool writes it, as EDTF; None
    when the text is not one.  Day and month are told apart only where one
    cannot be a month: 25/05/2025 and 05/25/2025 are 25 May, 01/02/2025 is
    refused with both readings.  ``excel_years``: the text is a spreadsheet's
    cell (see ``friendly_dates.to_edtf``), where a date may also be Excel's
    number for it or a year written as a decimal."""
    if excel_years and (number := _cell_number(normal)) is not None:
        return number
    if (compact := _COMPACT.fullmatch(normal)) is not None:
        return day_text(int(compact[1]), int(compact[2]), int(compact[3]))
    if (year_first := _YEAR_FIRST.fullmatch(normal)) is not None:
        return day_text(int(year_first[1]), int(year_first[2]), int(year_first[3]))
    if (dotted := _DOTTED.fullmatch(normal)) is not None:  # 25.05.2025: day first
        return day_text(int(dotted[3]), int(dotted[2]), int(dotted[1]))
    if (month_year := _MONTH_YEAR.fullmatch(normal)) is not None:
        return day_text(int(month_year[2]), int(month_year[1]), None)
    named = _NAMED_MONTH.fullmatch(normal)
    if named is not None and named[2] in MONTHS:
        year = named[3]
        if len(year) == 2 and excel_years:
            year = f"{20 if int(year) < 30 else 19}{year}"  # Excel's own reading
        _check_full_year(year, text)
        return day_text(int(year), MONTHS[named[2]], int(named[1]) if named[1] else None)
    slashed = _SLASHED.fullmatch(normal)
    if slashed is None:
        return None
    first, second, year = int(slashed[1]), int(slashed[2]), slashed[3]
    _check_full_year(year, text)
    if first > 12 or first == second:
        return day_text(int(year), second, first)
    if second > 12 or day_first is False:
        return day_text(int(year), first, second)
    if day_first:
        return day_text(int(year), second, first)
    as_month_first = day_text(int(year), first, second)
    as_day_first = day_text(int(year), second, first)
    raise DateError(f"'{text}' is ambiguous: write {as_month_first} (month first) or "
                    f"{as_day_first} (day first)")


# Excel's number for a day (days since 30 December 1899; a fraction is the time
# of day), as a cell formatted as a number shows it: 45802 is 25 May 2025.
# Five digits, 1954 to 2119: never a year or a day otherwise.
_SERIAL = re.compile(r"([2-7]\d{4})(?:\.\d+)?")
_DECIMAL_YEAR = re.compile(r"(\d{4})\.0+")  # pandas writes a year column with gaps so


def _cell_number(normal: str) -> str | None:
    if (serial := _SERIAL.fullmatch(normal)) is not None:
        return (date(1899, 12, 30) + timedelta(days=int(serial[1]))).isoformat()
    if (year := _DECIMAL_YEAR.fullmatch(normal)) is not None:
        return year[1]
    return None


def spreadsheet_range(normal: str, day_first: bool | None,
                       excel_years: bool) -> str | None:
    """Two numeric dates as a range ("25/05/2025 - 27/05/2025",
    "5/25/2025-5/27/2025"), as EDTF; None when the text is not that.  Either
    side may tell the other which comes first, day or month."""
    sides = _RANGE_WORDS.split(normal)
    if len(sides) != 2 and normal.count("-") == 1:
        sides = normal.split("-")
    if len(sides) != 2 or not all(_NUMERIC_DATE.fullmatch(side) for side in sides):
        return None
    order = day_first if day_first is not None else slashed_date_order(sides)
    dates = [spreadsheet_date(side, side, order, excel_years) for side in sides]
    return None if None in dates else f"{dates[0]}/{dates[1]}"


_RANGE_WORDS = re.compile(r"\s+(?:-|to|until|till|through|thru)\s+")
_NUMERIC_DATE = re.compile(r"\d{1,4}[/.]\d{1,4}(?:[/.]\d{2,4})?")


def _check_full_year(year: str, text: str) -> None:
    if len(year) != 4:
        raise DateError(f"'{text}': write the year in full (is {year} 19{year} or 20{year}?)")


def day_text(year: int, month: int, day: int | None) -> str:
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day is not None else "")


def slashed_date_order(texts: Iterable[str]) -> bool | None:
    """Whether dates like 25/05/2025 put the day first (True) or the month
    (False), as the unambiguous ones among ``texts`` show; None when none
    shows it or they disagree."""
    day_first = month_first = False
    for text in texts:
        found = _SLASHED.fullmatch(TIME_OF_DAY.sub("", " ".join(text.lower().split()), count=1))
        if found is not None:
            first, second = int(found[1]), int(found[2])
            day_first |= first > 12 >= second
            month_first |= second > 12 >= first
    return day_first if day_first != month_first else None
