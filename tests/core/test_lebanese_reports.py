"""New event from text on Lebanese reports: one who "arrived to Lebanon" (and a
headline's "arrives to Beirut", its town), and one who spoke "during his meeting
with" someone took part in it."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_one_who_arrived_to_a_country(sample_store: Store) -> None:
    text = ("Chinese vice foreign minister arrives to Beirut\n\n"
            "Chinese Vice Minister of Foreign Affairs, Zhang Ming, arrived to Lebanon on Friday "
            "for a two-day official visit.")
    place_countries.prepare()
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.place, proposal.country) == ("Beirut", "LB")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Zhang Ming", "participant", "CN", "Vice Minister of Foreign Affairs")]


def test_one_who_spoke_during_his_meeting(sample_store: Store) -> None:
    text = ("BEIRUT, Sept. 22, 2021 (Xinhua) -- China wants closer ties with Lebanon, the Chinese "
            "embassy said on Wednesday.\n\n"
            "\"We are keen to work with the Lebanese side,\" Qian Minjian said during his meeting "
            "with newly appointed Lebanese Prime Minister Najib Mikati.")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Qian Minjian", "participant", ""), ("Najib Mikati", "participant", "LB")]
