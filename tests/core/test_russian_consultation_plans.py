"""New event from text on Russian reports of foreign ministers signing their
plan of consultations: a plan signed is a signing ("signs consultation plan
with …", "signed the Plan of Consultations"), the year a plan is for dates
nothing, "held a press conference with" names two who took part (no host of a
press conference), and talks "with … in Moscow" were in Moscow."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed

_PRESS = ("Lavrov signs consultation plan with Chinese FM Wang Yi\n"
          "Russian Foreign Minister Sergei Lavrov held a press conference with his Chinese "
          "counterpart Wang Yi in Moscow, Tuesday, where both men signed the Consultation "
          "Plan for 2015.")


def test_a_consultation_plan_signed_after_a_press_conference(sample_store: Store) -> None:
    place_countries.prepare()
    with sample_store.session() as session:
        proposal = propose_event(session, _PRESS)
    assert (proposal.event_type, proposal.date, proposal.place) == (
        "agreement signing", "", "Moscow")
    assert roles_proposed(sample_store, _PRESS) == {"Wang Yi": "signatory"}
    assert new_proposed(sample_store, _PRESS, "name", "role", "country") == [
        ("Sergei Lavrov", "signatory", "RU")]


def test_the_plan_of_consultations_signed_by_two(sample_store: Store) -> None:
    text = ("Russian Foreign Minister Sergey Lavrov and his Chinese counterpart Wang Yi "
            "signed the Plan of Consultations for the year 2024 after their talks.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.event_type, proposal.date) == ("agreement signing", "")
    assert roles_proposed(sample_store, text) == {"Wang Yi": "signatory"}
    assert new_proposed(sample_store, text, "name", "role") == [("Sergey Lavrov", "signatory")]


def test_talks_with_someone_in_a_town(empty_store: Store) -> None:
    place_countries.prepare()
    text = "Sergey Lavrov held talks with Wang Yi in Kazan on Monday."
    with empty_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.place, proposal.country) == ("Kazan", "RU")
