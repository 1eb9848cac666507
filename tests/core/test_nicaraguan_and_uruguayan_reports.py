"""New event from text on Nicaraguan and Uruguayan reports: "Comrade" and
"Comrades" no part of a name; talks held "at the Great Hall of the People
with" a visitor; a wire's kind of story ("SPECIAL:") neither a dateline's city
nor part of the title; a sentence's "With" no body of the person named after
it."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_comrades_signed_for_each_side(sample_store: Store) -> None:
    text = ("For the agency, the documents were signed by Comrade Luo Zhaohui, its "
            "President, and for Nicaragua, they were signed by Comrade Laureano Ortega Murillo, "
            "Presidential Advisor.\n\n"
            "The delegation includes Comrades Valdrack Jaentschke and Michael Campbell.")
    names = [name for name, in new_proposed(sample_store, text, "name")]
    assert "Luo Zhaohui" in names and "Laureano Ortega Murillo" in names
    assert not [name for name in names if "Comrade" in name]


def test_talks_held_at_a_hall_with_a_visitor(sample_store: Store) -> None:
    text = ("Xi meets Uruguayan president\n\n"
            "On the afternoon of November 22, President Xi Jinping held talks at the Great Hall "
            "of the People with President Lacalle Pou of Uruguay, who was in China for a state "
            "visit.")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Xi Jinping", "participant", ""), ("Lacalle Pou", "participant", "UY")]


def test_a_special_report_on_a_state_visit(sample_store: Store) -> None:
    text = ("SPECIAL: Ties strengthen after President Lacalle Pou's visit\n\n"
            "MONTEVIDEO, Nov. 24 (Xinhua) -- With Uruguayan President Luis Lacalle Pou's state "
            "visit to the Asian country from Nov. 20 to 24, the two countries raised their "
            "ties to a comprehensive strategic partnership.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.title, proposal.place) == (
        "Ties strengthen after President Lacalle Pou's visit", "Montevideo")
    assert new_proposed(sample_store, text, "name", "country", "position", "affiliation") == [
        ("Luis Lacalle Pou", "UY", "President", "")]


def test_the_presidents_of_two_countries_each_named_after_his(sample_store: Store) -> None:
    text = ("The presidents of Uruguay, Luis Lacalle, and China, Xi Jinping, agreed this "
            "Wednesday in Beijing to strengthen commercial ties and signed agreements.")
    assert new_proposed(sample_store, text, "name", "country", "position") == [
        ("Luis Lacalle", "UY", "President"), ("Xi Jinping", "CN", "President")]
