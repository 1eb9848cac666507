"""The country an event's place gives, filled in when the event has none.

First the country the other events at that place have; for a place no event
has yet, the country the place names or its region's or town's
(``place_countries``), said under the field, so that the analyst sees where
it came from and may change it.  A town several countries have is named with
them and nothing is filled in.  An event that has a country keeps it; a place
typed or chosen that is a town or region of another country is said to be
("Kunming is in China, not South Africa: check the country"), since one of
the two is then wrong.

The towns are read into a file of their own the first time they are needed
(a second or two, once): that first answer comes from a thread beside the
window, and is dropped if the place or the country was changed meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QLineEdit

from desktop.core import place_countries
from desktop.core.countries import country_name
from desktop.core.db import Store
from desktop.core.event_form_data import usual_country
from desktop.core.place_countries import PlaceCountry
from desktop.ui.country_field import CountryField
from desktop.ui.latest_query import LatestQuery


@dataclass(frozen=True)
class _Answer:
    place: str
    usual: tuple[str, int] | None  # the other events' country, and how many have it
    named: PlaceCountry | None
    country: str = ""  # the event's country when asked: an answer to a check of it


class PlaceCountryHint(QObject):
    def __init__(self, store: Store, place: QLineEdit, country: CountryField, hint: QLabel,
                 quiet: Callable[[], bool]) -> None:
        """``quiet``: whether the form is loading an event (nothing to suggest)."""
        super().__init__(place)
        self._store = store
        self._place, self._country, self._hint, self._quiet = place, country, hint, quiet
        self._query = LatestQuery(store, self)
        self._query.ready.connect(self._show)
        # A line on the country said of the one before a change.
        country.currentIndexChanged.connect(lambda _index: hint.hide())

    def suggest(self) -> None:
        """The country of the place typed, filled in; or, for an event with a
        country, a word when the place is a town or region elsewhere ("Kunming
        is in China, not South Africa"): the country is kept, and checked."""
        place = self._place.text().strip()
        if self._quiet() or not place:
            return
        country = self._country.code()
        usual = None
        if not country:
            with self._store.session() as session:
                usual = usual_country(session, place)
        if usual is not None:
            self._show(_Answer(place, usual, None))
        else:
            self._query.request(lambda _session: _Answer(
                place, None, place_countries.country_of_place(place), country),
                beside=not place_countries.is_prepared())

    def known_place_chosen(self, name: str, code: str) -> None:
        """A town or region picked from those offered as the place was
        typed: its country, whatever other places so named are in."""
        place = self._place.text().strip()
        if self._quiet() or place != name:
            return
        self._show(_Answer(place, None, PlaceCountry(name, (code,), False),
                           self._country.code()))

    def _show(self, answer: _Answer) -> None:
        if (self._quiet() or self._place.text().strip() != answer.place
                or self._country.code() != answer.country):
            return  # changed while the towns were read
        named = answer.named
        if answer.country:
            text = _elsewhere(named, answer.country) if named is not None else ""
        else:
            text = _filled(answer)
            if answer.usual is not None:
                self._country.set_code(answer.usual[0])
            elif named is not None and named.code is not None:
                self._country.set_code(named.code)
        if text:
            self._hint.setText(text)
            self._hint.show()


def _filled(answer: _Answer) -> str:
    """What the line under the place says of the country."""
    if answer.usual is not None:
        count = answer.usual[1]
        return (f"Country filled in as {count:,} other event{'' if count == 1 else 's'}"
                f" at {answer.place} {'has' if count == 1 else 'have'} it.")
    named = answer.named
    if named is None:
        return ""
    if named.code is not None:
        return f"Country filled in as {named.because()}."
    return (f"Several countries have a {named.name} ({named.countries_said()}):"
            " choose its country.")


def _elsewhere(named: PlaceCountry, country: str) -> str:
    """A word on a place in another country than the event's; nothing when
    it is in the event's, or may be (a name several countries have)."""
    if named.code is None or named.code == country:
        return ""
    where = (f"The place names {country_name(named.code)}" if named.names_country
             else f"{named.name} is in {country_name(named.code)}")
    return f"{where}, not {country_name(country)}: check the country."
