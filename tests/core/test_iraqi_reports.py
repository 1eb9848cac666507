"""New event from text on Iraqi reports: discussions held "today, Wednesday,
with" one; who led a delegation named up to what it did after ("An Iraqi
delegation headed by Prime Minister … visited Beijing"), of the delegation's
people."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed, roles_proposed


def test_discussions_held_today_with_a_minister(sample_store: Store) -> None:
    text = ("Minister of Foreign Affairs Fuad Hussein held discussions today, Wednesday, with "
            "Wang Yi, Minister of Foreign Affairs of China, on the sidelines of the forum.")
    assert roles_proposed(sample_store, text) == {"Wang Yi": "participant"}
    assert new_proposed(sample_store, text, "name", "role") == [("Fuad Hussein", "participant")]


def test_who_led_a_delegation_that_visited(sample_store: Store) -> None:
    text = "An Iraqi delegation headed by Prime Minister Adil Abdul Mahdi visited Beijing."
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Adil Abdul Mahdi", "representative", "IQ", "Prime Minister")]
