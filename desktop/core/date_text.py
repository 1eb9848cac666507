"""Dates said the way an analyst reads them: "28–30 July 2025", "February 2025, month only"."""

from __future__ import annotations

from datetime import date

from desktop.core.dates import ParsedDate
from desktop.core.season_names import season_words


def _day(value: date, *, year: bool = True, month: bool = True) -> str:
    text = str(value.day)
    if month:
        text += f" {value:%B}"
    if year:
        text += f" {value.year}"
    return text


def span_in_words(start: date, end: date, precision: str) -> str:
    """From ``start`` to ``end`` (both in), to the day, the month or the year:
    "2–9 May 2022", "May 2022", "2019–2021"."""
    if precision == "year":
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    if precision == "month":
        first, last = f"{start:%B %Y}", f"{end:%B %Y}"
        return first if first == last else f"{first} – {last}"
    if start == end:
        return _day(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{_day(end)}"
    if start.year == end.year:
        return f"{_day(start, year=False)} – {_day(end)}"
    return f"{_day(start)} – {_day(end)}"


def describe(parsed: ParsedDate, *, brief: bool = False) -> str:
    """A sentence for the date field's feedback: what the stored date means.
    ``brief``: without saying a month- or year-only date is only that (a
    chronology's "February 2025")."""
    qualifiers = [word for flag, word in ((parsed.uncertain, "uncertain"),
                                          (parsed.approximate, "approximate")) if flag]
    if parsed.start is not None and parsed.end is not None:
        text = span_in_words(parsed.start, parsed.end, parsed.precision)
        words = season_words(parsed.edtf) if parsed.precision == "season" else None
        if words:  # "Q1 2025: 1 January – 31 March 2025"
            text = f"{words}: {text}"
        elif not brief and not parsed.is_interval and parsed.precision in (
                "month", "year", "season", "decade", "century"):
            text += f", {parsed.precision} only"
    # an open end or start to the precision it is written to: "from September
    # 2023", not "from 1 September 2023" (a day no one wrote)
    elif parsed.start is not None:
        text = f"from {span_in_words(parsed.start, parsed.start, _side(parsed))}, open end"
    elif parsed.end is not None:
        text = f"until {span_in_words(parsed.end, parsed.end, _side(parsed))}, open start"
    else:
        text = parsed.edtf
    if parsed.precision == "decade" and parsed.start:
        text = f"the {parsed.start.year}s"
    return text + "".join(f", {word}" for word in qualifiers)



def _side(parsed: ParsedDate) -> str:
    return parsed.precision if parsed.precision in ("month", "year") else "day"
