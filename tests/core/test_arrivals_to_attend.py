"""New event from text on reports of leaders arriving somewhere: who "arrived
in Tianjin … to attend" a meeting attended it, who "arrived … for an official
visit" or "on an official visit to" a country took part; the meeting's name
holds whose it is ("Annual Meeting of the New Champions"), and its town after
that name is where it was held."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed

ARRIVED_TO_ATTEND = ("Prime Minister Pham Minh Chinh arrived in Tianjin on June 25, 2023 to "
                     "attend the Annual Meeting of the New Champions.")


def test_who_arrived_to_attend_a_meeting_attended_it(empty_store: Store) -> None:
    assert new_proposed(empty_store, ARRIVED_TO_ATTEND, "name", "role", "position") == [
        ("Pham Minh Chinh", "attendee", "Prime Minister")]
    with empty_store.session() as session:
        proposal = propose_event(session, ARRIVED_TO_ATTEND)
    assert (proposal.title, proposal.place, proposal.date) == (
        "Annual Meeting of the New Champions", "Tianjin", "2023-06-25")


def test_a_meetings_town_after_whose_meeting_it_is(empty_store: Store) -> None:
    text = ("Prime Minister Pham Minh Chinh attended the Annual Meeting of the New Champions "
            "in Tianjin on June 25, 2023.")
    with empty_store.session() as session:
        assert propose_event(session, text).place == "Tianjin"


def test_who_arrived_for_a_visit_took_part(empty_store: Store) -> None:
    text = ("Vietnamese Prime Minister Pham Minh Chinh arrived in Tianjin on June 25, 2023 for "
            "an official visit.")
    assert new_proposed(empty_store, text, "name", "role", "country") == [
        ("Pham Minh Chinh", "participant", "VN")]


def test_a_delegation_that_arrived_names_no_one(empty_store: Store) -> None:
    assert new_proposed(empty_store, "The delegation arrived in Beijing on Monday.",
                        "name") == []


def test_who_arrived_on_an_official_visit_to_a_country_took_part(empty_store: Store) -> None:
    text = ("Kazakh President Kassym-Jomart Tokayev arrived on an official visit to China on "
            "Oct. 16.")
    assert new_proposed(empty_store, text, "name", "role", "country") == [
        ("Kassym-Jomart Tokayev", "participant", "KZ")]
