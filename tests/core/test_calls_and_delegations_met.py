"""New event from text on wire reports of leaders' calls and meetings with
delegations: "had a phone conversation with", "spoke over the phone with", "A
and B held talks to review …" (both took part), and "met with a delegation of
the U.S.-China Business Council led by its chairman …" (the council took part,
who led it stood for it)."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed, roles_proposed


def test_a_phone_conversation(empty_store: Store) -> None:
    text = ("BEIJING, March 5 (Xinhua) -- Chinese President Xi Jinping had a phone conversation "
            "with U.S. President Donald Trump on Friday.")
    assert new_proposed(empty_store, text, "name", "role", "country") == [
        ("Xi Jinping", "participant", "CN"), ("Donald Trump", "participant", "US")]


def test_who_spoke_over_the_phone(sample_store: Store) -> None:
    text = ("Chinese Foreign Minister Wang Yi spoke over the phone with his French counterpart "
            "Jean-Noel Barrot on Wednesday.")
    assert roles_proposed(sample_store, text) == {"Wang Yi": "participant"}
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Jean-Noel Barrot", "participant", "FR")]


def test_a_delegation_met_and_who_led_it(empty_store: Store) -> None:
    text = ("Chinese Vice President Han Zheng met with a delegation of the U.S.-China Business "
            "Council led by its chairman Ryan McCarthy in Beijing on Monday.")
    assert new_proposed(empty_store, text, "name", "role") == [
        ("Han Zheng", "participant"), ("U.S.-China Business Council", "participant"),
        ("Ryan McCarthy", "representative")]


def test_talks_held_to_review_something(sample_store: Store) -> None:
    text = ("On Wednesday morning, Iranian Foreign Minister Seyed Abbas Araghchi and Chinese "
            "Foreign Minister Wang Yi held talks to review the latest developments.")
    assert roles_proposed(sample_store, text) == {"Wang Yi": "participant"}
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Seyed Abbas Araghchi", "participant", "IR")]
