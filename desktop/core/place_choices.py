"""What the event form's place field offers as one types.

First the places already written on events that hold what is typed, in any
case or Chinese script (the most used first): the dataset's own spellings.
Then the towns and regions whose name begins with it
(``place_countries.towns_starting``, ``place_regions.regions_starting``),
each with its country, so that a place written for the first time is
written as a town is known ("Luang Prabang", 琅勃拉邦) and, chosen, gives
its country even where several countries have a town so named
("Cambridge — United States").  A town already written as a place is not
offered again, unless towns of several countries have its name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core import place_countries
from desktop.core.countries import country_name
from desktop.core.place_countries import Town
from desktop.core.place_regions import REGION_WEIGHT, Region, regions_starting
from desktop.core.search import fold, fold_all
from desktop.core.wording import counted

# As many as the popup shows without scrolling, and a page more.
USED_AT_MOST = 12
TOWNS_AT_MOST = 8


@dataclass(frozen=True)
class PlaceChoice:
    text: str  # what choosing it writes in the field
    label: str  # what the list shows
    country: str | None = None  # a town's country, which choosing it fills in


def place_label(place: Town | Region) -> str:
    """"Cambridge — United States"; a town or region under another of its
    names says its own: "万象 (Vientiane) — Laos"; a region says its rank:
    "Yunnan — China (province)"."""
    name = place.name if fold(place.name) == fold(place.own_name) else (
        f"{place.name} ({place.own_name})")
    rank = f" ({place.kind})" if isinstance(place, Region) else ""
    return f"{name} — {country_name(place.code)}{rank}"


class PlaceChoices:
    """The places written on events (``used``: each with how many events
    have it, the most used first), to be offered with the towns for what is
    typed; each says how many events have it, so that of two ways of writing
    one place the dataset's own is seen ("Vientiane · 12 events")."""

    def __init__(self, used: Sequence[tuple[str, int]]) -> None:
        self.used = list(used)
        self._folded = fold_all([place for place, _count in self.used])
        self._written = set(self._folded)

    def matching(self, typed: str, *, towns: bool) -> list[PlaceChoice]:
        """What to offer for ``typed``; the towns only when ``towns`` (their
        file is read: see ``place_countries.is_prepared``), the regions always."""
        key = fold(typed.strip())
        if not key:
            return []
        offered = [PlaceChoice(place, f"{place} · {counted(events, 'event')}")
                   for (place, events), folded in zip(self.used, self._folded, strict=True)
                   if key in folded][:USED_AT_MOST]
        # A town rather than the region of its name in its country (Luang
        # Prabang, the town, is what a place means); then the largest first, a
        # region counting as a large town.
        kept: dict[tuple[str, str], Town | Region] = {}
        found: list[Town | Region] = [
            *(place_countries.towns_starting(typed, TOWNS_AT_MOST) if towns else []),
            *regions_starting(typed)]
        for place in found:
            kept.setdefault((fold(place.name), place.code), place)
        countries: dict[str, set[str]] = {}
        for name, code in kept:
            countries.setdefault(name, set()).add(code)
        known = sorted(((name, place) for (name, _code), place in kept.items()
                        if name not in self._written or len(countries[name]) > 1),
                       key=lambda item: -(item[1].population if isinstance(item[1], Town)
                                          else REGION_WEIGHT))
        return offered + [PlaceChoice(place.name, place_label(place), place.code)
                          for _name, place in known[:TOWNS_AT_MOST]]
