"""The regions of ISO 3166-2 (provinces, states, prefectures) as places are
written with them: by their names, their Chinese names as pycountry's
translations give them, and without the word for their rank ("Yunnan Sheng",
云南省: Yunnan, 云南; "Guangxi Zhuangzu Zizhiqu", 广西壮族自治区: Guangxi, 广西).

``countries_of_region`` reads a place's country from its region
(``place_countries``); ``regions_starting`` offers the regions whose name
begins with what is typed in the place field (``place_choices``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from desktop.core.countries import named_country
from desktop.core.search import fold

# Chinese and English words for a region's rank, left out to read the name a
# place is written with.
_ADMINISTRATIVE = re.compile(r"(?:\s+(?:\w+zu|Uygur))?\s+(?:Sheng|Shi|Zizhiqu)$"
                             r"|(?:壮族|回族|维吾尔|維吾爾|壯族)?(?:省|市|自治区|自治區|特别行政区|特別行政區)$")
# A Chinese character (of the unified ideographs, their extension A and the
# compatibility ones): a name holding one is read as Chinese.
HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
# A region counts as a town of a million people: a great city abroad of its
# name makes it a question ("Bali" is also a town of 300 000 in India), a
# small town abroad does not ("Queensland"); offered as one types, it comes
# among the towns at that size.
REGION_WEIGHT = 1_000_000
# The ranks of a country's first divisions offered as one types a place: a
# district of Bhutan or a municipality of Cabo Verde is no province, and
# would come before the large towns of its name (Paro, Paul).
_OFFERED_RANKS = frozenset({
    "administrative region", "autonomous community", "autonomous region", "canton",
    "capital city", "country", "county", "department", "emirate", "governorate", "land",
    "metropolitan region", "oblast", "prefecture", "province", "region", "regional state",
    "republic", "special administrative region", "special municipality", "state",
    "union territory", "voivodship"})
# What a first division may be listed under and still be one: Indonesia's
# provinces are grouped in islands (Bali is under Nusa Tenggara).
_GROUPING = "geographical unit"


@dataclass(frozen=True)
class Region:
    name: str  # as places write it: "Yunnan", 云南
    own_name: str  # ISO 3166-2's, without its rank: "Yunnan"
    code: str  # its country
    kind: str  # "province", "autonomous region", "state"
    iso: str  # its own code: CN-YN
    large: bool  # a country's first division, of a rank a place is written with


# The Chinese names ISO's translations lack (of China's regions, Ningxia's alone)
_UNTRANSLATED = {"CN-NX": ("宁夏回族自治区", "寧夏回族自治區")}


@cache
def _names() -> list[tuple[str, Region]]:
    """Every name of every region (folded, and as written), in the order of
    ISO 3166-2's codes."""
    import gettext

    import pycountry

    translations = [gettext.translation("iso3166-2", pycountry.LOCALES_DIR,
                                        languages=[locale], fallback=True)
                    for locale in ("zh_CN", "zh_TW")]
    ranks = {region.code: str(region.type).lower() for region in pycountry.subdivisions}
    names: list[tuple[str, Region]] = []
    for region in sorted(pycountry.subdivisions, key=lambda region: region.code):
        written = {region.name, *(translation.gettext(region.name)
                                  for translation in translations),
                   *_UNTRANSLATED.get(region.code, ())}
        own, kind = _ADMINISTRATIVE.sub("", region.name), str(region.type).lower()
        large = kind in _OFFERED_RANKS and ranks.get(region.parent_code, _GROUPING) == _GROUPING
        for name in sorted(written | {_ADMINISTRATIVE.sub("", name) for name in written}):
            if len(name) > 1:
                names.append((fold(name), Region(name, own, region.country_code, kind,
                                                 region.code, large)))
    return names


@cache
def _by_name() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for folded, region in _names():
        found.setdefault(folded, set()).add(region.code)
    return {name: frozenset(codes) for name, codes in found.items()}


def countries_of_region(name: str) -> frozenset[str]:
    """The countries with a region so named (folded): "hainan" is China's."""
    return _by_name().get(name, frozenset())


def countries_of_lesser_region(name: str) -> frozenset[str]:
    """The countries with a region so named (folded) that is no first division
    of a rank places are written with (the Bahamas' district of San Salvador)."""
    return _lesser_by_name().get(name, frozenset())


@cache
def _lesser_by_name() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for folded, region in _names():
        if not region.large:
            found.setdefault(folded, set()).add(region.code)
    return {name: frozenset(codes) for name, codes in found.items()}


def a_chinese_province(word: str) -> bool:
    """Whether ``word`` names one of China's provinces, municipalities or
    autonomous regions alone ("Shanghai", "Guangxi")."""
    return _by_name().get(fold(word), frozenset()) == frozenset(("CN",))


def regions_starting(typed: str, limit: int = 3) -> list[Region]:
    """The regions with a name that begins with ``typed`` (in either Chinese
    script, any case, with or without accents), each under its shortest name
    that does ("Yunnan" rather than "Yunnan Sheng"; 云南省 once 云南省 is typed),
    a name written the same way in one country once; a country's first
    divisions of the ranks places are written with (provinces, states…).
    Nothing for a single letter; no more than ``limit``, the closest to what
    is typed first."""
    key = fold(typed.strip())
    if len(key) < 2 and not HAN.search(key):
        return []
    found: dict[str, Region] = {}  # a region once, under its shortest name begun so
    for _folded, region in sorted((entry for entry in _names()
                                   if entry[1].large and entry[0].startswith(key)),
                                  key=lambda entry: (len(entry[0]), entry[1].iso)):
        found.setdefault(region.iso, region)
    offered: dict[tuple[str, str], Region] = {}  # "Viangchan" province and prefecture
    for region in found.values():
        offered.setdefault((fold(region.name), region.code), region)
    return list(offered.values())[:limit]


@cache
def _large_by_name() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for folded, region in _names():
        if region.large:
            found.setdefault(folded, set()).add(region.code)
    return {name: frozenset(codes) for name, codes in found.items()}


# A body named after its province or state: "Fujian Provincial People's
# Government", "Zhejiang University", "Lagos State Ministry of …", 浙江大学, 广西大学
_ENGLISH_BODY_OF_REGION = re.compile(
    # (a party's committee there: "CPC Guangxi Zhuang Autonomous Regional Committee")
    r"(?:CPC\s+)?(?P<region>[A-Z][a-z]+(?:\s[A-Z][a-z]+)??)\s+(?:Province|Provincial|Municipal"
    r"|(?:(?:Zhuang|Hui|Uygur|Uyghur)\s+)?Autonomous"
    r"|Municipality|State|University|Normal|Academy|Institute|Polytechnic|Government"
    r"|Department|Bureau|Commission|People['’]s)\b")
# "People's Government of Fujian Province": the region its name closes with
_ENGLISH_OF_REGION = re.compile(r".*?\bof\s+(?:the\s+)?(?P<region>[A-Z][a-z]+(?:\s[A-Z][a-z]+)??)"
                                r"\s+(?:(?:Zhuang|Hui|Uygur|Uyghur)\s+)?"
                                r"(?i:province|municipality|autonomous\s+region)$")
_CHINESE_BODY_OF_REGION = re.compile(
    r"(?P<region>[\u4e00-\u9fff]{2,8}?)(?:省|市|(?:壮族|回族|维吾尔)?自治区|大学|师范|科技|理工|工业|农业|医科"
    r"|交通|财经|政府|人民政府|经济|商务|发展|社会科学院|科学院|国际|文化|广播电视台|日报)")


# Words opening a body's name that say it is national, no region's (中央, 国家, 全国)
_NO_REGION = ("中央", "国家", "全国", "國家", "全國")


def country_of_body_by_region(name: str) -> str:
    """The country of a body whose name opens with a province's or state's
    of one country alone (in English a first division's: "Central" is several
    countries'), or ""; a region that is a country of its own in ISO 3166
    (香港, 台湾) is that country."""
    if not name.isascii():  # (國立臺灣大學 as 国立台湾大学: a national university of Taiwan's)
        name = re.sub(r"^(?:国立|省立|市立|私立)", "", fold(name))
    for pattern, regions in ((_CHINESE_BODY_OF_REGION, _by_name()),
                             (_ENGLISH_BODY_OF_REGION, _large_by_name()),
                             (_ENGLISH_OF_REGION, _large_by_name())):
        found = pattern.match(name)
        if found is None:
            continue
        region = found.group("region")
        if region.startswith(_NO_REGION):  # (中央人民政府: China's, not Iran's Markazi)
            return ""
        if code := named_country(region):
            return code
        if len(codes := regions.get(fold(region), frozenset())) == 1:
            return next(iter(codes))
    return ""
