"""EDTF's season, quarter and half-year codes said in words: "2025-21" is
spring 2025, "2025-33" the first quarter.  Light: the events list uses it
before the rest of the store is loaded."""

from __future__ import annotations

import re

_WORDS = {
    21: "Spring {year}", 22: "Summer {year}", 23: "Autumn {year}", 24: "Winter {year}",
    25: "Spring {year} (north)", 26: "Summer {year} (north)", 27: "Autumn {year} (north)",
    28: "Winter {year} (north)", 29: "Spring {year} (south)", 30: "Summer {year} (south)",
    31: "Autumn {year} (south)", 32: "Winter {year} (south)",
    33: "Q1 {year}", 34: "Q2 {year}", 35: "Q3 {year}", 36: "Q4 {year}",
    37: "{year}, first third", 38: "{year}, second third", 39: "{year}, last third",
    40: "H1 {year}", 41: "H2 {year}",
}
_SEASON = re.compile(r"(\d{4})-(\d{2})([?~%]?)")


def season_words(edtf: str) -> str | None:
    """The words for a season date, its qualifier kept ("Q1 2025?"); None for
    any other date."""
    found = _SEASON.fullmatch(edtf)
    if found is None or int(found[2]) not in _WORDS:
        return None
    return _WORDS[int(found[2])].format(year=found[1]) + found[3]
