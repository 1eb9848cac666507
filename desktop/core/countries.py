"""ISO 3166-1 countries, from pycountry rather than a hand-typed list."""

from __future__ import annotations

from functools import cache

import pycountry


class UnknownCountry(ValueError):
    pass


@cache
def all_countries() -> tuple[tuple[str, str], ...]:
    """(alpha-2 code, English name) for every country, sorted by name."""
    return tuple(sorted(((c.alpha_2, _short_name(c)) for c in pycountry.countries),
                        key=lambda pair: pair[1]))


def _short_name(country: object) -> str:
    """The everyday name where ISO's is long: Laos, Vietnam, South Korea."""
    return str(getattr(country, "common_name", None) or getattr(country, "name", ""))


def country_code(text: str) -> str:
    """The alpha-2 code for a code (any case), alpha-3 code or English name."""
    cleaned = text.strip()
    try:
        country = pycountry.countries.lookup(cleaned)
    except LookupError:
        try:
            matches = pycountry.countries.search_fuzzy(cleaned) if len(cleaned) > 3 else []
        except LookupError:
            matches = []
        if len(matches) != 1:
            raise UnknownCountry(f"'{text}' is not an ISO 3166 country code or name") from None
        country = matches[0]
    return str(country.alpha_2)


def country_name(code: str | None) -> str:
    if not code:
        return ""
    country = pycountry.countries.get(alpha_2=code)
    return _short_name(country) if country else code
