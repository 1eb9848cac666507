"""Countries to fill in together (Tools ▸ Gaps in the data…): for "Events
with no country", the ones their places give; for "Participants with no
country", the one a name says in brackets ("… (Brazil)"), else their
affiliations' or parent organisations' (``countries_from_references``).

A table imported from a colleague often has a place column and no country
column: every event of it lacks a country that its place says.  Each place
is read once, as the event form reads one typed: the country most other
events at that place have, else the one the place names or its region's or
town's (``place_countries``).  A place several countries have a town or
region of is listed apart, with them, for the analyst to choose.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.core.countries import country_name, named_country
from desktop.core.data_gaps import places_elsewhere
from desktop.core.event_form_data import usual_country
from desktop.core.held_at import chinese_country_names
from desktop.core.name_forms import name_and_country, split_qualifier
from desktop.core.place_countries import PlaceCountry, countries_of_places
from desktop.core.search import driver_cursor, fold
from desktop.core.wording import counted


@dataclass(frozen=True)
class CountryFill:
    """A country to fill in, for the records it is said of."""

    name: str  # what gives it: a place, or a participant's name
    code: str
    because: str  # "3 other events there have it", "Kunming is in China"
    ids: tuple[str, ...]  # the records without a country it is for, as added


@dataclass(frozen=True)
class PlacesRead:
    fills: list[CountryFill]  # by place, the most events first
    # places that are a town or region of several countries, with them and
    # how many events without a country are there
    unsure: list[tuple[str, PlaceCountry, int]]
    unknown: int  # events at places that give no country


def countries_from_places(session: Session) -> PlacesRead:
    events: dict[str, list[str]] = {}
    for event_id, place in driver_cursor(session).execute(
            "SELECT id, place FROM events WHERE (country IS NULL OR country = '')"
            " AND place != '' ORDER BY seq"):
        events.setdefault(place, []).append(event_id)
    fills: list[CountryFill] = []
    rest: list[str] = []
    for place, ids in events.items():
        usual = usual_country(session, place)
        if usual is None:
            rest.append(place)
            continue
        code, count = usual
        fills.append(CountryFill(place, code, f"{count:,} other event{'' if count == 1 else 's'}"
                                            f" there {'has' if count == 1 else 'have'} it",
                               tuple(ids)))
    unsure: list[tuple[str, PlaceCountry, int]] = []
    unknown = 0
    for place, named in (countries_of_places(rest) if rest else {}).items():
        ids = events[place]
        if named is None:
            unknown += len(ids)
        elif named.code is None:
            unsure.append((place, named, len(ids)))
        else:
            fills.append(CountryFill(place, named.code, named.because(), tuple(ids)))
    fills.sort(key=lambda fill: (-len(fill.ids), fill.name))
    unsure.sort(key=lambda item: (-item[2], item[0]))
    return PlacesRead(fills, unsure, unknown)


def countries_from_references(session: Session) -> list[CountryFill]:
    """The participants with no country (but groups, which may be of many)
    whose affiliation or parent organisation has one, or theirs in turn (a
    bureau of a ministry's department): that country, a participant each,
    in the order they were added; and a country's, by its name, and one's
    whose name says it in brackets ("Ministry of Foreign Affairs (Brazil)")."""
    rows = driver_cursor(session).execute(
        "SELECT id, name, kind, country, affiliation_id, parent_id FROM participants"
        " ORDER BY rowid").fetchall()
    by_id = {row[0]: row for row in rows}
    natives = dict(driver_cursor(session).execute(
        "SELECT id, native_name FROM participants WHERE country IS NULL OR country = ''"))
    fills = []
    for participant_id, name, kind, country, affiliation, parent in rows:
        if country or kind == "group":
            continue
        if kind == "country":  # "Kenya", as an import may have left it
            code = named_country(name)
            if code:
                fills.append(CountryFill(name, code, "the country it is", (participant_id,)))
            continue
        # "Ministry of Foreign Affairs (Brazil)", "Brazil's …", 泰国数字经济与社会部:
        # its own name says, before any parent
        if said := country_in_name(name, natives.get(participant_id, "")):
            fills.append(CountryFill(name, said[0], f"its name says {said[1]}",
                                     (participant_id,)))
            continue
        above, seen = affiliation or parent, set()
        what = "affiliation" if affiliation else "parent organisation"
        while above in by_id and above not in seen:  # a loop of parents ends the walk
            seen.add(above)
            _id, above_name, _kind, above_country, _affiliation, above_parent = by_id[above]
            if above_country:
                because = (f"its {what}, {above_name}, is in {country_name(above_country)}"
                           if len(seen) == 1 else
                           f"{above_name}, above its {what}, is in {country_name(above_country)}")
                fills.append(CountryFill(name, above_country, because, (participant_id,)))
                break
            above = above_parent
    return fills


# What follows a country's name at the start of a Chinese name of one of its
# bodies: not a dash or "and" (中国—东盟中心, 中国-巴西…中心, 中国与老挝…: shared).
_SHARED_AFTER = re.compile(r"^\s*[-‐‑‒–—―－~～与和及、]")
# … and the words such a body's name ends in
_BODY_END = re.compile(r"(?:部|局|委员会|委|院|中心|大学|学院|公司|集团|银行|协会|政府|办公室|"
                       r"署|厅|所|馆|社|台|会|办|联盟)$")


def country_in_name(name: str, native: str = "") -> tuple[str, str] | None:
    """The country a body's own name says it is of, and how the name says
    it: "Ministry of Foreign Affairs (Brazil)", "… of Brazil", "Brazil's …",
    or a Chinese name that opens with the country's (泰国数字经济与社会部,
    巴西科技创新部); None for a name naming none, or a body two countries share
    (中国—东盟中心, 中国-巴西人工智能应用合作中心)."""
    if (qualified := split_qualifier(name)) and (code := named_country(qualified[1])):
        return code, qualified[1]
    if found := name_and_country(name):
        return found[1], country_name(found[1]) or found[1]
    for chinese in (native, name):
        folded = fold(chinese)
        if not folded or folded.isascii() or not _BODY_END.search(folded):
            continue
        opening = next((country for country in chinese_country_names()
                        if folded.startswith(country)), "")
        rest = folded[len(opening):]
        if (opening and rest and not _SHARED_AFTER.match(rest)
                and not any(country in rest for country in chinese_country_names())
                and (code := named_country(opening))):
            return code, chinese[:len(opening)]
    return None


def fillable_note(session: Session, event_ids: Collection[str] | None) -> str:
    """A word, after an import, on those of ``event_ids`` (None: of every
    event) that have no country though their place gives one (a table with
    places and no countries)."""
    where = "Tools ▸ Gaps in the data… ▸ Fill in from their places."
    return _said_of_imported(
        (event_id for fill in countries_from_places(session).fills for event_id in fill.ids),
        event_ids, f"has no country though its place gives one: {where}",
        f"have no country though their places give one: {where}")


def elsewhere_note(session: Session, event_ids: Collection[str] | None) -> str:
    """A word, after an import, on those of ``event_ids`` (None: of every
    event) whose place is a town or region of another country than theirs."""
    where = "Tools ▸ Gaps in the data… ▸ Events whose place is in another country."
    return _said_of_imported(places_elsewhere(driver_cursor(session)), event_ids,
                             f"has a place in another country than its: {where}",
                             f"have a place in another country than theirs: {where}")


def _said_of_imported(ids: Iterable[str], imported: Collection[str] | None, one: str,
                      many: str) -> str:
    """"3 events imported have …" of those of ``ids`` imported (None: all)."""
    count = sum(1 for event_id in ids if imported is None or event_id in imported)
    if not count:
        return ""
    return f"{counted(count, 'event')} imported {one if count == 1 else many}"
