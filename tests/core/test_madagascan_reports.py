"""New event from text on Madagascan reports: a people's adjective of a
country whose name it does not end like ("Madagascan President"); a
president "of Madagascar and" then another verb, of his country and no body;
one who came to the talks "after attending" a forum, no attendee of it, and
the forum neither the event's name nor its type."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_talks_with_one_who_came_after_attending_a_forum(sample_store: Store) -> None:
    text = ("Xi holds talks with Madagascan president\n\n"
            "Chinese President Xi Jinping has held talks with Madagascan President Hery "
            "Rajaonarimampianina, who came to Beijing after attending the Boao Forum for Asia. "
            "The two sides agreed to meet regularly.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert proposal.event_type == ""
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Xi Jinping", "participant", "CN"), ("Hery Rajaonarimampianina", "participant", "MG")]


def test_a_president_of_his_country_before_a_second_verb(sample_store: Store) -> None:
    text = ("The vice foreign minister met with President Hery Rajaonarimampianina of "
            "Madagascar and held talks with Acting Minister for Foreign Affairs Victor "
            "Manantsoa.")
    assert new_proposed(sample_store, text, "name", "country", "position", "affiliation") == [
        ("Hery Rajaonarimampianina", "MG", "President", ""),
        ("Victor Manantsoa", "", "Acting Minister for Foreign Affairs", "")]
