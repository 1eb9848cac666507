"""New event from text on Serbian reports of a president's receptions: those
a ceremony, reception or banquet was held for took part ("organized a
ceremony for Chinese Ambassador to Serbia Li Ming"), not what a ceremony
unveiled; those who "addressed the public" or the guests spoke."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed


def test_the_ambassador_a_ceremony_was_for(empty_store: Store) -> None:
    text = ("The President of Serbia organized a ceremony for Chinese Ambassador to Serbia "
            "Li Ming and his staff at Vila Mir, marking the Lunar New Year.")
    assert new_proposed(empty_store, text, "name", "role", "country", "position") == [
        ("Li Ming", "participant", "CN", "Ambassador to Serbia")]


def test_a_banquet_in_honour_of_a_guest(empty_store: Store) -> None:
    text = "Serbian President Aleksandar Vucic hosted a banquet in honour of Wang Yi."
    assert new_proposed(empty_store, text, "name", "role") == [
        ("Aleksandar Vucic", "host"), ("Wang Yi", "participant")]


def test_what_a_ceremony_unveiled_took_no_part(empty_store: Store) -> None:
    text = ("The two sides held an unveiling ceremony for the Serbia-China Joint Research "
            "Center.")
    assert [name for name, role in new_proposed(empty_store, text, "name", "role")
            if role == "participant"] == []


def test_who_addressed_the_public(empty_store: Store) -> None:
    text = "During the ceremony, Aleksandar Vucic and Li Ming addressed the guests."
    assert new_proposed(empty_store, text, "name", "role") == [
        ("Aleksandar Vucic", "speaker"), ("Li Ming", "speaker")]
