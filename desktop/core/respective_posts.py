"""Two people named after the post both hold in two countries: "Foreign
Ministers of Nepal and China, Narayan Khadka and Wang Yi, witnessed …" — the
first name is the first country's Foreign Minister, the second the second's;
the countries are only whose posts they are."""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.countries import named_country
from desktop.core.countries_named import country_of_people
from desktop.core.english_people import NAME
from desktop.core.english_posts import TITLE
from desktop.core.new_participant import NewName

_COUNTRY = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
# ("Foreign Ministers of Nepal and China, A and B", "the Chinese and Nepalese
# Foreign Ministers, A and B")
RESPECTIVE = re.compile(
    r"(?:[Tt]he\s+)?(?:(?P<post>(?:[A-Z][\w'’-]*\s+){0,3}?[A-Z][\w'’-]*s)"
    rf"(?P<of>\s+of\s+(?P<first>{_COUNTRY})\s+and\s+(?P<second>{_COUNTRY}))"
    r"|(?P<peoples>(?P<first_people>[A-Z][a-z]+)\s+and\s+(?P<second_people>[A-Z][a-z]+))\s+"
    r"(?P<people_post>(?:[A-Z][\w'’-]*\s+){0,3}?[A-Z][\w'’-]*s)),\s+"
    rf"(?P<one>{NAME})\s+and\s+(?P<other>{NAME}),?(?:\s+respectively,?)?")


# "The presidents of Uruguay, Luis Lacalle, and China, Xi Jinping": each country, then
# its holder of the post
EACH_OF = re.compile(r"(?:[Tt]he\s+)?(?P<post>(?:[A-Za-z][\w'’-]*\s+){0,3}?[A-Za-z][\w'’-]*s)"
                     rf"\s+of\s+(?P<first>{_COUNTRY}),\s+(?P<one>{NAME}),?\s+and\s+"
                     rf"(?P<second>{_COUNTRY}),\s+(?P<other>{NAME}),?")


# "the Equatoguinean Ministers for Foreign Affairs and National Defence, A and B,
# respectively": one people's two ministers, each of a portfolio, in the order written
_EACH_PORTFOLIO = re.compile(
    r"(?:[Tt]he\s+)?(?:(?P<people>[A-Z][a-z]+)\s+)?(?P<posts>Ministers|Secretaries)"
    r"\s+(?P<prep>of|for)\s+(?P<first>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}?)\s+and\s+"
    r"(?P<second>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),\s+"
    rf"(?P<one>{NAME})\s+and\s+(?P<other>{NAME})(?P<respectively>,?\s+respectively)?,?")


def respective_people(words: str) -> Iterator[tuple[int, NewName]]:
    """(where, person) for each of the two people the words name after a
    post both hold, each of their own country, in the order written; none
    when the words are not of that shape."""
    # (without "respectively", only one people's: "the Ministers of Foreign Affairs and
    # Cooperation, A and B" may be two countries' of one portfolio)
    # (nor "Foreign Ministers of Nepal and China": of two countries, below)
    if (portfolios := _EACH_PORTFOLIO.fullmatch(words.strip())) and (
            portfolios.group("respectively") or portfolios.group("people")) and (
            not portfolios.group("people") or country_of_people(portfolios.group("people"))
            ) and not any(
            named_country(portfolios.group(side)) for side in ("first", "second")):
        yield from _each_of_a_portfolio(portfolios, len(words) - len(words.lstrip()))
        return
    found = RESPECTIVE.fullmatch(words.strip()) or EACH_OF.match(words.strip())
    if found is None or (found.re is EACH_OF and not re.fullmatch(
            r"[,\s]*(?:[a-z].*)?", words.strip()[found.end():])):
        return  # (what they did may follow: "…, Xi Jinping, agreed this Wednesday")
    groups = found.groupdict()
    post = _one_post(found.group("post") or groups.get("people_post") or "")
    post = post[:1].upper() + post[1:]  # ("The presidents of …": each a President)
    if groups.get("of") or found.re is EACH_OF:
        countries = [named_country(found.group(side).removeprefix("the ")) or ""
                     for side in ("first", "second")]
    else:
        countries = [country_of_people(found.group(side))
                     for side in ("first_people", "second_people")]
    if not post or not all(countries):
        return
    offset = len(words) - len(words.lstrip())
    for group, country in zip(("one", "other"), countries, strict=True):
        yield offset + found.start(group), NewName(found.group(group), "person",
                                                   country=country, position=post)


def _each_of_a_portfolio(found: re.Match[str], offset: int) -> Iterator[tuple[int, NewName]]:
    """Each of two ministers named after their portfolios, of the people named
    before them (or of no country the words name)."""
    post = _one_post(found.group("posts"))
    country = country_of_people(found.group("people") or "")
    for group, portfolio in (("one", "first"), ("other", "second")):
        yield offset + found.start(group), NewName(
            found.group(group), "person", country=country,
            position=f"{post} {found.group('prep')} {found.group(portfolio)}")


def whose_posts(words: str) -> list[str]:
    """The words naming only whose the posts are ("of Nepal and China",
    "Chinese and Nepalese")."""
    return [(found.group("of") or found.group("peoples")).strip()
            for found in RESPECTIVE.finditer(words)]


def _one_post(posts: str) -> str:
    """The post one of them holds ("Foreign Minister" of "Foreign Ministers"), or
    "" when the words are no post."""
    one = re.sub(r"ies$", "y", posts) if posts.endswith("ies") else posts.removesuffix("s")
    return one if re.fullmatch(TITLE, one) else ""
