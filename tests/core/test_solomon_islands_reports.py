"""New event from text on reports of the Solomon Islands' prime ministers in
China: a leader named again by one name is the one named in full after a
country of two words ("Solomon Islands Prime Minister Manasseh Sogavare", then
"Xi and Sogavare met"), and a headline's "Solomon's PM" names no one."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed


def test_a_prime_minister_named_again_by_one_name(empty_store: Store) -> None:
    text = ("China, Solomon Islands announce strategic partnership\n"
            "Chinese President Xi Jinping and Solomon Islands Prime Minister Manasseh Sogavare "
            "have jointly announced a comprehensive strategic partnership, state media say.\n"
            "Xi and Sogavare met in Beijing on Monday afternoon.")
    assert new_proposed(empty_store, text, "name", "country", "position", "affiliation") == [
        ("Xi Jinping", "CN", "President", ""),
        ("Manasseh Sogavare", "SB", "Prime Minister", "")]


def test_a_post_in_short_names_no_one(empty_store: Store) -> None:
    text = ("Solomon's PM meets with Chinese President\n"
            "Solomon Islands Prime Minister Jeremiah Manele met with President Xi Jinping "
            "at the weekend.")
    assert [name for name, in new_proposed(empty_store, text, "name")] == [
        "Jeremiah Manele", "Xi Jinping"]
