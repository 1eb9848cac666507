"""Towns a report names where it may seem to name someone, for New event from
text (GeoNames' towns, ``place_countries``, read only once they are prepared,
since a text is read while the analyst waits):

- "President Ruto visited Abu Dhabi on Tuesday": "visited X" makes X the host
  of the visitors (a company, a university, a ministry) unless X is a town;
  then it is where the visit was, and no one.  Only a town GeoNames knows by
  that whole name, of at least 50 000 people, counts, since a company or a
  school may share a small town's name.
- 旧金山市市长布里德: the body a post is of is a town, which tells the
  holder's country (the United States; her name then kept as written).
"""

from __future__ import annotations

import re

from desktop.core import place_countries
from desktop.core.english_meetings import VISITED
from desktop.core.place_regions import HAN

_LEAST_PEOPLE = 50_000
# The capitalised words after the verb, as a whole ("Abu Dhabi", not the
# "Abu Dhabi" of "Abu Dhabi Ports"); "the coastal city of Mombasa" too
_VISITED_WORDS = re.compile(r"(?:the\s+(?:[\w-]+\s+){0,2}?(?:city|town|port)\s+of\s+)?"
                            r"([A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+){0,2})"
                            r"(?![\w'’-]|[^\S\n]+[A-Z])")


def is_town(name: str) -> bool:
    """Whether ``name`` as a whole is a town's of at least 50 000 people
    (False while the towns are not yet prepared)."""
    return (bool(name) and place_countries.is_prepared()
            and place_countries.people_of_town(name) >= _LEAST_PEOPLE)


def visited_town(text: str) -> str:
    """The first town the text says someone visited, or ""."""
    for match in VISITED.finditer(text):
        words = _VISITED_WORDS.match(text, match.end())
        if words and is_town(words.group(1)):
            return words.group(1)
    return ""


def town_country(body: str) -> str:
    """The country of a town a Chinese body's name is (旧金山市: US; 郑州: CN),
    when GeoNames knows the town by that name in one country, else ""."""
    if not body or not all(HAN.match(ch) for ch in body) or not place_countries.is_prepared():
        return ""
    found = place_countries.country_of_place(body)
    return found.code or "" if found is not None and found.name in (
        body, body.removesuffix("市")) else ""
