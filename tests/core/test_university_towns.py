"""New event from text on a university whose name holds its town after a
comma ("Vietnam National University, Hanoi and Peking University signed …"):
one body, not a body called Hanoi; a town set between commas after a
university's name ("Tsinghua University, Beijing, and …") is where it is."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from tests.core.proposals import new_proposed


def test_a_universitys_town_is_part_of_its_name(empty_store: Store) -> None:
    place_countries.prepare()
    text = ("HANOI, March 4 (VNA) – Vietnam National University, Hanoi and Peking University "
            "signed a cooperation agreement on Monday.")
    assert new_proposed(empty_store, text, "name", "kind", "role") == [
        ("Vietnam National University, Hanoi", "organization", "signatory"),
        ("Peking University", "organization", "signatory")]


def test_a_town_between_commas_says_where_a_university_is(empty_store: Store) -> None:
    place_countries.prepare()
    text = ("The agreement was signed by Tsinghua University, Beijing, and Peking University "
            "on Monday.")
    assert new_proposed(empty_store, text, "name") == [
        ("Tsinghua University",), ("Peking University",)]
