"""New event from text on Vietnamese reports: a dateline of a city and its
agency in brackets ("Hanoi (VNA) –"), a headline's "welcomes … delegation"
as a visit, an occasion's short name in brackets before where it was held
("… Summit (CABIS) in Nanning"), a conference named "a … Conference between
… took place", one "Speaking at the opening …, … affirmed", and a country
whose post a person holds ("of the Socialist Republic of Vietnam") that took
no part of its own."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed

ROUNDTABLE = (
    "Vietnam and China push innovation cooperation\n\n"
    "On September 17, 2025, within the framework of the 22nd China-ASEAN Expo (CAEXPO) and "
    "China-ASEAN Business and Investment Summit (CABIS) in Nanning, China, a Roundtable "
    "Dialogue Conference between the Vietnamese Government and heads of Chinese firms took "
    "place.\n\n"
    "Speaking at the opening of the Conference, Deputy Prime Minister of the Socialist "
    "Republic of Vietnam Mai Van Chinh affirmed that science and technology drive growth.")


def test_a_delegation_welcomed_in_the_city_of_the_dateline(sample_store: Store) -> None:
    text = ("Deputy PM welcomes Chinese business delegation\n\n"
            "Hanoi (VNA) – Deputy Prime Minister Tran Luu Quang received a delegation from a "
            "business association led by Pang Gangzhi, Chairman of Anzhi Group, on March 27.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.event_type, proposal.place) == ("visit", "Hanoi")
    assert new_proposed(sample_store, text, "name", "role", "position", "affiliation") == [
        ("Tran Luu Quang", "host", "Deputy Prime Minister", ""),
        ("Pang Gangzhi", "representative", "Chairman", "Anzhi Group")]


def test_a_conference_between_two_sides_and_who_affirmed_at_its_opening(
        sample_store: Store) -> None:
    with sample_store.session() as session:
        proposal = propose_event(session, ROUNDTABLE)
    assert (proposal.event_type, proposal.type_named_in) == ("conference", "name")
    assert (proposal.date, proposal.place) == ("2025-09-17", "Nanning")
    # Vietnam is whose post it is, not a speaker of its own
    assert roles_proposed(sample_store, ROUNDTABLE) == {}
    assert new_proposed(sample_store, ROUNDTABLE, "name", "role", "country", "position") == [
        ("Mai Van Chinh", "speaker", "VN",
         "Deputy Prime Minister of the Socialist Republic of Vietnam")]
