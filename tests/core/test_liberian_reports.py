"""New event from text on Liberian reports: one who "signed on behalf of
China" and one who "represented Liberia" of the country each stood for; a
meeting "ahead of" a summit neither the summit's type nor its name."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_those_who_signed_for_each_country_are_of_it(sample_store: Store) -> None:
    text = ("On January 9, the governments of China and Liberia signed an agreement on "
            "development cooperation in Monrovia. Ambassador Yin Chengwu signed on behalf of "
            "China, while Sara Beysolow Nyanti, Minister of Foreign Affairs, represented Liberia.")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Liberia", "signatory", "LR"), ("Yin Chengwu", "representative", "CN"),
        ("Sara Beysolow Nyanti", "representative", "LR")]


def test_a_meeting_ahead_of_a_summit_is_no_summit(sample_store: Store) -> None:
    text = ("President George Manneh Weah met President Xi Jinping during bilateral discussions "
            "ahead of the 2018 Beijing Summit of the Forum on China-Africa Cooperation at the "
            "Great Hall of the People on Saturday, September 1, 2018.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.event_type, proposal.date, proposal.place) == ("", "2018-09-01", "Beijing")
