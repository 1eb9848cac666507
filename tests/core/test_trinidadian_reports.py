"""New event from text on reports from Trinidad and Tobago: a country whose
name holds an "and" one country in a list ("China and Trinidad and Tobago");
a meeting "between A with B", as some write it, between A and B; a weekday
after what was done without "on" ("… Li Keqiang Monday.") the day, and no
part of the name; a prime minister "Dr the Hon. …, M.P." who "led a
delegation on an Official Visit to" China (its host)."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def test_a_country_named_with_and_and_a_meeting_between_a_with_b(sample_store: Store) -> None:
    text = ("Trinidad and Tobago, China agree to widen cooperation\n\n"
            "Published 15 May 2018\n\n"
            "China and Trinidad and Tobago have agreed to expand cooperation in finance. The "
            "agreements were announced after a meeting between Trinidad and Tobago's Prime "
            "Minister Dr. Keith Rowley with Chinese Premier Li Keqiang Monday.\n\n"
            "Li said the two countries were good partners.")
    with sample_store.session() as session:
        assert propose_event(session, text).date == "2018-05-14"
    assert new_proposed(sample_store, text, "name", "kind", "role", "country") == [
        ("Trinidad and Tobago", "country", "participant", "TT"),
        ("Keith Rowley", "person", "participant", "TT"),
        ("Li Keqiang", "person", "participant", "CN")]


def test_a_prime_minister_who_led_a_delegation_on_a_visit(sample_store: Store) -> None:
    text = ("The Prime Minister, Dr the Hon. Keith Rowley, M.P. led a delegation on an Official "
            "Visit to the People's Republic of China from May 14th to May 19th, 2018.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.event_type, proposal.date) == ("visit", "2018-05-14/2018-05-19")
    assert roles_proposed(sample_store, text) == {"China": "host"}
    assert new_proposed(sample_store, text, "name", "role", "position") == [
        ("Keith Rowley", "representative", "Prime Minister")]
