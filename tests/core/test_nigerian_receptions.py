"""New event from text on Nigerian reports of a president receiving Chinese
visitors: "Present to receive the Chinese delegation was …" (attendees), posts
each before a comma and their holder after a form of address ("Chief of Staff
to the President, Prof Ibrahim Gambari, Minister of Foreign Affairs, Mr
Geoffery Onyeama, …", "Alhaji"), who is named before when ("President Bola
Tinubu, on Wednesday, held a bilateral meeting with …"), "the delegation
includes the Chinese Ambassador to Nigeria, Cui Jianchun", and a byline's
name no body of the president named after it."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed


def test_those_present_to_receive_a_delegation(empty_store: Store) -> None:
    text = ("Buhari receives Chinese Foreign Minister Wang Yi\n"
            "By Nimot Adetola Sulaimon\n"
            "President Muhammadu Buhari on Tuesday received the Foreign Minister of China, "
            "H.E Wang Yi at the State House, Abuja.\n"
            "Present to receive the Chinese delegation was Chief of Staff to the President, Prof "
            "Ibrahim Gambari, Minister of Foreign Affairs, Mr Geoffery Onyeama, Minister of "
            "Transportation, Mr Rotimi Amaechi and Nigerian Ambassador to China, Alhaji Baba "
            "Ahmad Jidda.")
    assert new_proposed(empty_store, text, "name", "role", "position", "affiliation") == [
        ("Muhammadu Buhari", "host", "President", ""),
        ("Wang Yi", "participant", "Foreign Minister", ""),
        ("Ibrahim Gambari", "attendee", "Chief of Staff to the President", ""),
        ("Geoffery Onyeama", "attendee", "Minister of Foreign Affairs", ""),
        ("Rotimi Amaechi", "attendee", "Minister of Transportation", ""),
        ("Baba Ahmad Jidda", "attendee", "Ambassador to China", "")]


def test_a_president_named_before_when_and_a_delegation_that_includes(
        empty_store: Store) -> None:
    text = ("President Bola Tinubu, on Wednesday, held a bilateral meeting with the Chinese "
            "delegation at the Presidential Villa, Abuja.\n"
            "Naija News gathered that the delegation includes the Chinese Ambassador to "
            "Nigeria, Cui Jianchun, and his deputy.")
    assert new_proposed(empty_store, text, "name", "role", "country") == [
        ("Bola Tinubu", "participant", ""), ("Cui Jianchun", "participant", "CN")]
