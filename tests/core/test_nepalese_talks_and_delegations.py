"""New event from text on Nepalese reports of talks and signings: two people
named after the post both hold in two countries ("Foreign Ministers of Nepal
and China, A and B", "The Chinese and Nepalese Foreign Ministers, A and B"),
those who "led delegations from their respective nations", a dateline alone on
its first line ("Kathmandu, May 26"), secretaries who "finalized an agreement"
or "joined Chinese officials to formally sign", a host "at the friendly
invitation of" someone, talks held on an earlier stop of a tour (no part
of this event), and one who "led the Chinese delegation" (China's)."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def test_the_foreign_ministers_of_two_countries_each_of_their_own(
        sample_store: Store) -> None:
    text = ("Foreign Ministers of Nepal and China, Hari Sharma and Wang Yi, witnessed the "
            "signing and exchange of agreements after delegation level talks.")
    assert roles_proposed(sample_store, text) == {"Wang Yi": "witness"}
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Hari Sharma", "witness", "NP", "Foreign Minister")]


def test_two_peoples_ministers_held_talks(empty_store: Store) -> None:
    text = ("The Chinese and Nepalese Foreign Ministers, Zhang Ming and Hari Sharma, held "
            "talks in Kathmandu.")
    assert new_proposed(empty_store, text, "name", "role", "country", "position") == [
        ("Zhang Ming", "participant", "CN", "Foreign Minister"),
        ("Hari Sharma", "participant", "NP", "Foreign Minister")]


def test_who_led_the_delegations_under_a_dateline_alone(sample_store: Store) -> None:
    text = ("Kathmandu, May 26\n\n"
            "On Wednesday, the 14th meeting of the China-Nepal Diplomatic Consultation "
            "Mechanism came to a close. Hari Sharma, Nepal’s Foreign Secretary, and Zhang "
            "Ming, Assistant Foreign Minister of China, led delegations from their respective "
            "nations.\n\n"
            "The Nepalese delegation comprised the Charge d’Affaires of the Nepalese Embassy "
            "in Beijing and officials of several departments.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.title, proposal.place) == ("", "Kathmandu")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Hari Sharma", "representative", "NP"), ("Zhang Ming", "representative", "CN")]


def test_secretaries_who_finalised_or_joined_others_to_sign(empty_store: Store) -> None:
    text = ("Nepal and China signed 10 agreements in Beijing.\n\n"
            "Furthermore, Hari Sharma, Secretary of Commerce and Supplies, along with Chinese "
            "counterparts, finalized an agreement on a joint working group.\n\n"
            "Education Secretary Ram Thapa joined Chinese officials to formally sign and "
            "exchange agreements on science and technology.")
    assert [new for new in new_proposed(empty_store, text, "name", "role", "position")
            if new[0] not in ("Nepal", "China")] == [
        ("Hari Sharma", "signatory", "Secretary of Commerce and Supplies"),
        ("Ram Thapa", "signatory", "Education Secretary")]


def test_a_host_at_whose_friendly_invitation_one_came(sample_store: Store) -> None:
    text = ("A delegation led by Prime Minister Hari Sharma arrived in Beijing on Monday on a "
            "four-day official visit at the friendly invitation of his Chinese counterpart "
            "Li Qiang.")
    assert roles_proposed(sample_store, text)["Li Qiang"] == "host"


def test_talks_on_an_earlier_stop_are_another_events(sample_store: Store) -> None:
    text = ("Wang, who is also the State Councilor, arrived in Kathmandu on Friday after "
            "completing his two-day working visit to India where he held talks with India’s "
            "National Security Adviser Ravi Kumar.")
    assert new_proposed(sample_store, text, "name") == []


def test_one_who_led_a_peoples_delegation_is_of_that_country(sample_store: Store) -> None:
    text = "Li Wei, Vice Minister of Commerce, led the Chinese delegation to the talks."
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Li Wei", "representative", "CN")]
