"""New event from text on Argentine reports of signings and receptions: those
who went along, each named after a post and listed with commas ("Cabinet
Chief Jorge Capitanich, Economy Minister Axel Kicillof, …": no one listed as
"name, post, body"); a governor whose province's country is in brackets
("Governor of Tierra del Fuego (Argentina) Gustavo Melella") and an agreement
signed for a purpose "with" someone, a representative of a company "in" a
country."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed


def test_ministers_who_went_along_listed_with_commas(empty_store: Store) -> None:
    text = ("During the meeting, the president was accompanied by Cabinet Chief Jorge "
            "Capitanich, Economy Minister Axel Kicillof, Planning Minister Julio De Vido and "
            "Foreign Minister Héctor Timerman.")
    assert new_proposed(empty_store, text, "name", "role", "position") == [
        ("Jorge Capitanich", "attendee", "Cabinet Chief"),
        ("Axel Kicillof", "attendee", "Economy Minister"),
        ("Julio De Vido", "attendee", "Planning Minister"),
        ("Héctor Timerman", "attendee", "Foreign Minister")]


def test_a_governor_and_a_companys_representative_signed(empty_store: Store) -> None:
    text = ("Governor of Tierra del Fuego (Argentina) Gustavo Melella signed a strategic "
            "agreement for the development of energy projects in Patagonia with Tu Shuipin, "
            "representative of PowerChina Energy in Argentina.")
    assert new_proposed(empty_store, text, "name", "role", "country", "position") == [
        ("Gustavo Melella", "signatory", "AR", "Governor of Tierra del Fuego"),
        ("Tu Shuipin", "signatory", "", "representative of PowerChina Energy")]
