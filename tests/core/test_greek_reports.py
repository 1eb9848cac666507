"""New event from text on Greek reports of a Chinese state visit and a phone
call: "Xi Jinping's visit to Athens marks …" (the visitor takes part, the town
is the place), quotation marks in «…», "during joint statements with …", a
year in brackets after an agreement's name and one of an event someone was
invited to (neither the event's), and a place "to be held" for such an event."""

from __future__ import annotations

import pytest

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event


def test_a_state_visit_to_a_town_and_joint_statements_quoted_in_guillemets(
        sample_store: Store) -> None:
    text = ("China, Greece agree to cooperate on One Belt One Road\n\n"
            "Chinese President Xi Jinping's visit to Athens marks a step forward in relations "
            "with the signing of 16 agreements.\n\n"
            "«Our relations are warmer than ever,» Prime Minister Kyriakos Mitsotakis said on "
            "Monday, during joint statements with Xi Jinping in Athens.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert proposal.place == "Athens"
    assert [(new.name, new.role, new.position) for new in proposal.new_names] == [
        ("Xi Jinping", "participant", "President"),
        ("Kyriakos Mitsotakis", "", "Prime Minister")]


@pytest.mark.parametrize("town", ["Harbin", "Beijing"])  # (a new place; one of events here)
def test_a_phone_call_dated_by_no_other_events_year(sample_store: Store, town: str) -> None:
    text = ("Mitsotakis and Xi discuss investments and trade\n\n"
            "Greek Prime Minister, Kyriakos Mitsotakis, and Chinese President, Xi Jinping, "
            "discussed investments during a phone call on Wednesday.\n\n"
            "The call marked the anniversary of the Comprehensive Strategic Partnership "
            "agreement (2006).\n\n"
            f"Mitsotakis accepted an invitation to attend the 2032 Winter Games, to be held in "
            f"{town}.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.date, proposal.place) == ("", "")
    assert [(new.name, new.role, new.country) for new in proposal.new_names] == [
        ("Kyriakos Mitsotakis", "participant", "GR"), ("Xi Jinping", "participant", "CN")]
