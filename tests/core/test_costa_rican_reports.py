"""New event from text on Costa Rican reports: one met "after meeting
privately here with Costa Rican President …"; "his Costa Rican counterpart"
(a people of two words) of Costa Rica, and "were" no part of who witnessed;
"Diplomat" a post and a "credential letter" presented; a meeting "held at
Casa Presidencial in southeastern San José" held in San José; a weekday in
what was said ("… will accelerate …, said Chinchilla when meeting … on
Friday") the Friday before the item, not after."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_meetings_and_witnesses_of_costa_rica(sample_store: Store) -> None:
    met = ("Xi said after meeting privately here with Costa Rican President Laura Chinchilla "
           "that relations were a model.")
    assert ("Laura Chinchilla", "participant", "CR") in new_proposed(sample_store, met, "name",
                                                                     "role", "country")
    witnessed = ("Xi Jinping and his Costa Rican counterpart Laura Chinchilla were witnesses to "
                 "the signing of nine documents.")
    assert ("Laura Chinchilla", "witness", "CR") in new_proposed(sample_store, witnessed, "name",
                                                                 "role", "country")


def test_a_diplomats_credential_letter(sample_store: Store) -> None:
    text = ("Diplomat Wang Xiaoyuan formally presented his credential letter to Costa Rican "
            "President Oscar Arias on Thursday.")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Wang Xiaoyuan", "participant", "", "Diplomat"),
        ("Oscar Arias", "host", "CR", "President")]


def test_where_in_a_town_and_a_weekday_in_what_was_said(sample_store: Store) -> None:
    held = ("Xi Jinping and Laura Chinchilla signed 13 agreements during a meeting held at Casa "
            "Presidencial in southeastern San José.")
    said = ("Costa Rica wishes to further cooperation with China\n\n"
            "Updated: 2011-03-27 13:04\n\n"
            "Costa Rica will accelerate its review of the trade agreement with China, said "
            "Chinchilla when meeting with Chen Changzhi, special envoy of Chinese President Hu "
            "Jintao, on Friday.")
    with sample_store.session() as session:
        assert propose_event(session, held).place == "San José"
        assert propose_event(session, said).date == "2011-03-25"
