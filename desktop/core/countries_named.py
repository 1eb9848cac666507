"""The country words say a name is of: a people's adjective ("Chinese Vice
Premier …", "Lao", "Emirati"), a country closing a company's name ("Telkom
Indonesia"), one a body's name holds ("… of China")."""

from __future__ import annotations

import re

from desktop.core.countries import named_country
from desktop.core.country_fills import country_in_name

PEOPLES_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ese|ian|ean|an|ish|i)")


def closing_country(name: str) -> str:
    """The country whose name closes a company's ("Telkom Indonesia"), or ""."""
    words = name.split()
    for count in (2, 1):
        if len(words) > count and (code := named_country(" ".join(words[-count:]))) and not (
                named_country(" ".join(words[-count - 1:]))):
            return code
    return ""


# (a state of the United States, not the country: "Georgia Tech")
_NOT_THE_COUNTRY = frozenset(("georgia",))


def opening_country(name: str) -> str:
    """The country whose name opens a body's ("Pakistan Software Export Board",
    "Kenya ICT Authority", "New Zealand Trade and Enterprise"), or ""."""
    words = name.split()
    for count in (2, 1):
        opening = " ".join(words[:count])
        if len(words) > count and opening.lower() not in _NOT_THE_COUNTRY and (
                code := named_country(opening)):
            return code
    return ""


def country_of_body(body: str) -> str:
    """The country a person's body names ("head of the Cyberspace Administration
    of China": China), or ""."""
    if mission := _MISSION.match(body):  # "Embassy of Indonesia in China": Indonesia's
        if country := mission.group("country"):
            return named_country(country) or ""
        return country_of_people(mission.group("people") or "")
    found = country_in_name(body) if body else None
    return found[0] if found else ""


# A country's mission abroad: "Embassy of Indonesia in China", "Indonesian
# Embassy in China", "Permanent Mission of Laos to the United Nations"
MISSION = r"(?i:embassy|consulate(?:[\s-]+general)?|permanent\s+mission|mission)"
_MISSION = re.compile(rf"(?:the\s+)?(?:(?P<people>[A-Z][a-z]+)\s+)?{MISSION}"
                      r"(?:\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*?))?"
                      r"(?:\s+(?:in|to)\s+\S.*)?$")


# The peoples' adjectives that are not their countries' names with an ending
_PEOPLES = {"thai": "TH", "lao": "LA", "burmese": "MM", "filipino": "PH", "philippine": "PH",
            "dutch": "NL", "french": "FR", "british": "GB", "swiss": "CH", "emirati": "AE",
            "saudi": "SA", "kazakh": "KZ", "uzbek": "UZ", "kyrgyz": "KG", "tajik": "TJ",
            "turkish": "TR", "greek": "GR", "spanish": "ES", "portuguese": "PT",
            "polish": "PL", "danish": "DK", "swedish": "SE", "finnish": "FI", "irish": "IE",
            "german": "DE", "american": "US", "lebanese": "LB", "omani": "OM",
            "laotian": "LA", "korean": "KR", "south korean": "KR", "north korean": "KP"}


def country_of_people(adjective: str) -> str:
    """The country a people's adjective says ("Chinese Vice Premier …": CN):
    the country named by the adjective without its ending (Indonesian,
    Russian, Brazilian, Vietnamese, Singaporean, Chinese as China); "" for
    any other word."""
    if not PEOPLES_ADJECTIVE.fullmatch(adjective) and adjective.lower() not in _PEOPLES:
        return ""
    if code := _PEOPLES.get(adjective.lower()):
        return code
    for cut in (1, 2, 3):
        for stem in (adjective[:-cut], *(adjective[:-cut] + end for end in "ayo")):
            if len(stem) >= 4 and (code := named_country(stem)):
                return code
    return ""
