"""New event from text on Samoan and Vanuatu reports: Samoan forms of
address ("Afioga") no part of a post; one met in "a bilateral Meeting" that
"followed" a call; where a meeting was held "at the tourism authority office
in Apia"; a capital well larger than the towns of its name abroad its
country's (Apia, Athens, not a choice of Samoa and Colombia); "Internal Affairs"
a minister's portfolio, no body."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_a_call_on_the_head_of_state_followed_by_a_meeting(sample_store: Store) -> None:
    text = ("The head of the Chinese delegation paid a courtesy call on the Head of State, "
            "Afioga Tuimalealiifano Vaaletoa Sualauvi II at his residence this morning, "
            "followed by a bilateral Meeting with the Prime Minister, Fiame Naomi Mata'afa.")
    assert new_proposed(sample_store, text, "name", "role", "position") == [
        ("Tuimalealiifano Vaaletoa Sualauvi II", "host", "Head of State"),
        ("Fiame Naomi Mata'afa", "participant", "Prime Minister")]


def test_deals_inked_at_an_office_in_a_capital(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("China signs agreements with Samoa\n\n"
            "Chinese Foreign Minister Wang Yi on Saturday inked several deals with Samoan Prime "
            "Minister Fiame Naomi Mataafa during a bilateral meeting at the tourism authority "
            "office in Apia, Samoa.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.place, proposal.country) == ("Apia", "WS")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Fiame Naomi Mataafa", "signatory", "WS")]


def test_a_minister_of_internal_affairs_holds_a_portfolio(sample_store: Store) -> None:
    text = ("The memorandums were signed by the Minister of Internal Affairs, Johnny Koanapo, "
            "and the Minister of Lands, Rick Tchamako Mahe.")
    assert new_proposed(sample_store, text, "name", "position", "affiliation") == [
        ("Johnny Koanapo", "Minister of Internal Affairs", ""),
        ("Rick Tchamako Mahe", "Minister of Lands", "")]
