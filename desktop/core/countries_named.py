"""The country words say a name is of: a people's adjective ("Chinese Vice
Premier …", "Lao", "Emirati"), a country closing a company's name ("Telkom
Indonesia"), one a body's name holds ("… of China")."""

from __future__ import annotations

import re
from functools import cache

from desktop.core.countries import (
    all_chinese_country_names,
    all_countries,
    capital_country,
    country_name,
    country_names,
    named_country,
)
from desktop.core.country_fills import country_in_name

# (two words where the country's name has two: "South African", "Sri Lankan")
PEOPLES_ADJECTIVE = re.compile(r"(?:(?:South|North|Sri|Costa|Saudi)\s+)?"
                               r"[A-Z][a-z]+(?:ese|ian|ean|an|ish|i)")


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
    # (its short name in brackets after it: "the Communist Party of China (CPC)")
    body = re.sub(r"\s*[(（][A-Z]{2,10}[)）]$", "", body.strip())
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
            "laotian": "LA", "korean": "KR", "south korean": "KR", "north korean": "KP",
            "peruvian": "PE", "argentine": "AR", "argentinian": "AR", "turkmen": "TM",
            "afghan": "AF", "maldivian": "MV", "mozambican": "MZ",
            "ivorian": "CI", "somali": "SO", "malagasy": "MG", "mauritian": "MU",
            "belgian": "BE", "czech": "CZ", "slovak": "SK", "bosnian": "BA",
            "montenegrin": "ME", "ukrainian": "UA", "norwegian": "NO", "icelandic": "IS",
            "palestinian": "PS", "timorese": "TL", "seychellois": "SC", "papuan": "PG",
            "madagascan": "MG", "comorian": "KM", "togolese": "TG", "nigerien": "NE",
            "burkinabe": "BF", "swazi": "SZ", "motswana": "BW", "mosotho": "LS",
            "equatoguinean": "GQ", "barbadian": "BB", "trinidadian": "TT", "salvadoran": "SV",
            "honduran": "HN", "panamanian": "PA", "cypriot": "CY", "bahamian": "BS",
            # (of the Dominican Republic, as the news mostly means it; not Dominica)
            "dominican": "DO"}


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


# What a Chinese body's name ends with (部, 署, 委员会 …)
_CHINESE_BODY_END = re.compile(r"(?:部|署|局|委员会|委員會|院|厅|廳|办公室|辦公室|中心|大学|大學"
                               r"|议会|議會|政府|(?<!公)司)$")  # (a ministry's 司: 哥外交部亚大司)


def abbreviated_country(name: str, text: str) -> tuple[str, str]:
    """A Chinese body named after the one-character short form of a country
    the text names in full (阿小型企业、初创企业和知识经济部 in a text naming
    阿尔及利亚; 哥科技创新部 beside 哥伦比亚): the name without it and the
    country's code; else the name and "" (nor for China's 中, which opens many
    names: 中兴通讯)."""
    if len(name) < 4 or not _CHINESE_BODY_END.search(name) or not (
            "\u4e00" <= name[0] <= "\u9fff"):
        return name, ""
    if any(name.startswith(full) for full in all_chinese_country_names()):
        return name, ""  # (哥伦比亚科技创新部: named in full)
    if not (found := _abbreviation_named(name[0], text)):
        return name, ""
    code, full = found
    # (as the text names it in full elsewhere: 哥科技创新部 is its 哥伦比亚科技创新部)
    return (full + name[1:] if full + name[1:] in text else name[1:]), code


def _abbreviation_named(short: str, text: str) -> tuple[str, str] | None:
    """The country (its code and name) whose one-character short form ``short``
    is, where the text names one such country in full (not China)."""
    named = {code: full for full in all_chinese_country_names()
             if len(full) > 1 and full[0] == short and full in text
             and (code := named_country(full)) and code != "CN"}
    return named.popitem() if len(named) == 1 else None


def abbreviated_before(words: str, text: str) -> str:
    """The country whose short form the text writes right before ``words``
    (格总理米切尔 in a text naming 格林纳达: Grenada), or ""."""
    said = text.find(words)
    found = _abbreviation_named(text[said - 1], text) if said > 0 else None
    return found[0] if found else ""


# Words that say a text is of cities, whose governments sign for themselves
# ("Beijing and Nairobi signed a friendship city agreement")
_CITIES = re.compile(r"\b(?i:cit(?:y|ies)|municipal\w*|mayors?|twin(?:ned|ning)?)\b|[市城]")
_CAPITALISED_RUN = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
_TWO_PEOPLES = re.compile(r"(?:the\s+)?([A-Z][a-z]+)\s+and\s+([A-Z][a-z]+)\s+"
                         r"(?:governments|sides)")
_SIDES = re.compile(rf"{_CAPITALISED_RUN}(?:\s*(?:,|,?\s+and|&)\s+{_CAPITALISED_RUN})+")


def sides_as_countries(words: str, text: str) -> str:
    """Sides named by their capitals or their peoples' governments, as their
    countries: "Algiers and Beijing" (signed 19 agreements), "the Chinese and
    Namibian governments" are Algeria and China, China and Namibia — not
    capitals where ``text`` speaks of cities, nor a capital alone ("Seoul
    hosts …": where it was held)."""
    if (two := _TWO_PEOPLES.fullmatch(words.strip())) and all(
            codes := [country_of_people(people) for people in two.groups()]):
        return " and ".join(country_name(code) for code in codes)
    if not _SIDES.fullmatch(words.strip()) or _CITIES.search(text):
        return words
    sides = re.findall(_CAPITALISED_RUN, words)
    # (every side a capital or a country: not "Vietnam National University, Hanoi and …")
    if not all(capital_country(side) or named_country(side) for side in sides):
        return words
    return re.sub(_CAPITALISED_RUN, lambda run: country_name(code) if (
        code := capital_country(run.group())) else run.group(), words)


# A word a people's adjective or a country's name may be (checked against both)
_CAPITALISED_WORDS = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}")


def countries_named_among(codes: tuple[str, ...], text: str) -> list[str]:
    """Of ``codes``, those the text names by a country's name or its
    people's adjective ("Jamaica", "Jamaican"), in the order of ``codes``."""
    found: set[str] = set()
    for words in _CAPITALISED_WORDS.finditer(text):
        parts = words.group().split()
        for start in range(len(parts)):
            for end in range(len(parts), start, -1):
                name = " ".join(parts[start:end])
                found.add(named_country(name) or country_of_people(name))
    return [code for code in codes if code in found]


@cache
def countries_named_with_and() -> re.Pattern[str]:
    """The countries whose names hold an "and" ("Trinidad and Tobago", "Bosnia and
    Herzegovina"), as a list's words may name them."""
    names = sorted({name for code, _name in all_countries() for name in country_names(code)
                    if " and " in name and name.isascii()}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(name) for name in names) + r")\b",
                      re.IGNORECASE)
