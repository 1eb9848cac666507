"""New event from text on Algerian reports: two capitals that sign stand for
their countries ("Algiers and Beijing signed …": Algeria and China), but
cities signing a friendship city agreement stand for themselves, and a
capital alone is where an event was held."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed, roles_proposed


def test_two_capitals_that_signed_are_their_countries(sample_store: Store) -> None:
    text = ("Algiers and Beijing signed 19 cooperation agreements on Tuesday during the "
            "Algerian President's state visit to China.")
    assert roles_proposed(sample_store, text) == {"China": "signatory"}
    assert new_proposed(sample_store, text, "name", "kind", "role", "country") == [
        ("Algeria", "country", "signatory", "DZ")]


def test_cities_that_signed_as_friendship_cities_are_cities(sample_store: Store) -> None:
    text = "Addis Ababa and Beijing signed a friendship city agreement on Tuesday."
    assert roles_proposed(sample_store, text) == {}
    assert new_proposed(sample_store, text, "name", "kind", "role", "country") == [
        ("Addis Ababa", "organization", "signatory", "ET")]

