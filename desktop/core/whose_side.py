"""Who led a delegation, written with the people whose side they stood for:
"the Kenyan delegation was led by Principal Secretary John Tanui" reads as
"Kenyan Principal Secretary John Tanui", of Kenya, for ``roles_named``."""

from __future__ import annotations

import re

from desktop.core.countries_named import country_of_people
from desktop.core.english_clauses import POSTS
from desktop.core.english_posts import TITLE, TOPICS

# A post opening the words (not a form of address: "Ms. Liu Jing")
_OPENING_POST = re.compile(r"\s*" + POSTS, re.IGNORECASE)
# A portfolio before the post ("Foreign Affairs Undersecretary")
_PORTFOLIO_POST = re.compile(rf"\s*((?:[A-Z][\w-]*\s+(?:(?:and|&)\s+)?){{1,4}}){TITLE}\b")
# A name, then its post after a comma ("Xue Jian, Deputy Director-General of …")
_NAME_THEN_POST = re.compile(r"(?-i:\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s+(?=" + POSTS
                             + ")", re.IGNORECASE)


def of_people(people: str | None, words: str, whose: str | None = None) -> str:
    """The words with the adjective of the people whose side they are on
    before the post they open with ("Kenyan Principal Secretary John
    Tanui"), as a person is written with their country; or one who led the
    delegation of a body, as of it ("… led by Vice Minister Chen Jiachang of
    China's Ministry of Science and Technology")."""
    if whose and not re.search(r",|\band\b|\bof\b", words):
        return f"{words.rstrip()} of {whose}"
    if not people or not people[0].isupper() or people.lower() in ("the", "a", "an"):
        return words
    # (a portfolio before the post too: "… led by Foreign Affairs Undersecretary …")
    if (_OPENING_POST.match(words) or ((portfolio := _PORTFOLIO_POST.match(words)) and all(
                word.lower() in TOPICS | {"and", "&"} for word in portfolio.group(1).split()))):
        return f"{people} {words.lstrip()}"
    if (named := _NAME_THEN_POST.match(words)) and country_of_people(people):
        # ("Chinese delegation headed by Xue Jian, Deputy Director-General of …")
        return f"{named.group()}{people} {words[named.end():]}"
    return words
