"""The side one stood for, in English: "on behalf of Pakistan", "representing the
Chinese side", "the Government of Pakistan" — its country (``side_country``)."""

from __future__ import annotations

import re

from desktop.core.countries import named_country
from desktop.core.countries_named import country_of_people

# "the Government of Pakistan", "the Republic of …", "the Kingdom of …": the country after
GOVERNMENT_OF = re.compile(r"^(?:(?:the\s+)?[Gg]overnments?|(?:the\s+)?Republic"
                           r"|(?:the\s+)?Kingdom)\s+of\s+(?:the\s+(?=People|Republic|Kingdom))?"
                           r"(?=[A-Z])")


def side_country(side: str) -> str:
    """The country (its code) of the side one stood for: "Pakistan", "the
    Government of Pakistan", "the Chinese side", "the Kenyan government"; or ""."""
    side = re.sub(r"^[Tt]he\s+", "", side.strip())
    if sided := _PEOPLES_SIDE.fullmatch(side):  # (a country's too: "The Gambia government")
        return country_of_people(sided.group(1)) or named_country(sided.group(1))
    return named_country(GOVERNMENT_OF.sub("", side)) or ""


_PEOPLES_SIDE = re.compile(r"([A-Z][a-z]+)\s+(?:side|[Gg]overnment|delegation|party)")
# ("Ahmed Khan, Minister of Planning, on behalf of Pakistan": one person's side)
SIDE_AFTER_COMMA = re.compile(r",\s+(?:representing|on\s+behalf\s+of)\s+(?:the\s+)?"
                              r"(?P<side>[^,;]+?)\s*$")
