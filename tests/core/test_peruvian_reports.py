"""New event from text on Peruvian reports: a president named in a headline by
family name who is "the President of Peru, Dina Boluarte" at a sentence's end,
a place in a headline's quoted slogan ("from Chancay to Shanghai") naming no
venue, and "on his arrival in Lima" saying where."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_a_president_by_family_name_and_a_slogan_naming_no_place(sample_store: Store) -> None:
    text = ("Boluarte meets Xi Jinping and cooperation advances \"from Chancay to Shanghai\"\n\n"
            "It ended with a bilateral meeting on the last day of the visit to China of the "
            "President of Peru, Dina Boluarte. The meeting resulted in a joint action plan.")
    with sample_store.session() as session:
        assert propose_event(session, text).place == ""
    assert ("Dina Boluarte", "participant", "PE", "President of Peru") in new_proposed(
        sample_store, text, "name", "role", "country", "position")


def test_where_a_visitor_arrived(sample_store: Store) -> None:
    text = ("Peru: Xi inaugurates maritime corridor\n"
            "On Thursday, on his arrival in Lima, Xi was received by Peruvian Prime Minister "
            "Gustavo Adrianzén at an air base next to the airport.")
    with sample_store.session() as session:
        assert propose_event(session, text).place == "Lima"
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Gustavo Adrianzén", "host", "PE")]
