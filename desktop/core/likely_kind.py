"""The kind a new participant's name suggests, offered first when the form
asks what a name typed in an event's participants is: a country named as a
country ("Laos", "老挝"), an organisation by a word of its kind ("Lab",
"Ministry", 委员会; the words the imports use), else a person.  The form
offered "person" for every name."""

from __future__ import annotations

from desktop.core.countries import named_country
from desktop.core.exchange.table_participants import ORGANISATION_WORDS


def likely_kind(name: str) -> str:
    """"country", "organization" or "person"."""
    if named_country(name):
        return "country"
    return "organization" if ORGANISATION_WORDS.search(name.strip()) else "person"
