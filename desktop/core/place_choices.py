"""What the event form's place field offers as one types.

First the places already written on events that hold what is typed, in any
case or Chinese script (the most used first): the dataset's own spellings.
Then the towns whose name begins with it (``place_countries.towns_starting``),
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
from desktop.core.search import fold, fold_all

# As many as the popup shows without scrolling, and a page more.
USED_AT_MOST = 12
TOWNS_AT_MOST = 8


@dataclass(frozen=True)
class PlaceChoice:
    text: str  # what choosing it writes in the field
    label: str  # what the list shows
    country: str | None = None  # a town's country, which choosing it fills in


def town_label(town: place_countries.Town) -> str:
    """"Cambridge — United States"; a town under another of its names says
    its own: "万象 (Vientiane) — Laos"."""
    name = town.name if fold(town.name) == fold(town.own_name) else (
        f"{town.name} ({town.own_name})")
    return f"{name} — {country_name(town.code)}"


class PlaceChoices:
    """The places written on events (``used``, the most used first), to be
    offered with the towns for what is typed."""

    def __init__(self, used: Sequence[str]) -> None:
        self.used = list(used)
        self._folded = fold_all(self.used)
        self._written = set(self._folded)

    def matching(self, typed: str, *, towns: bool) -> list[PlaceChoice]:
        """What to offer for ``typed``; the towns only when ``towns`` (their
        file is read: see ``place_countries.is_prepared``)."""
        key = fold(typed.strip())
        if not key:
            return []
        offered = [PlaceChoice(place, place) for place, folded in zip(
            self.used, self._folded, strict=True) if key in folded][:USED_AT_MOST]
        if towns:
            found = place_countries.towns_starting(typed, TOWNS_AT_MOST)
            countries: dict[str, set[str]] = {}
            for town in found:
                countries.setdefault(fold(town.name), set()).add(town.code)
            offered += [PlaceChoice(town.name, town_label(town), town.code) for town in found
                        if fold(town.name) not in self._written
                        or len(countries[fold(town.name)]) > 1]
        return offered
