"""New event from text on Libyan reports: a list of those present, each post
before its holder's name ("…, the Representative of Libya to the Arab League,
A, the Libyan ambassador to China, B, …": B's post is not A's), a "Minister of
State for Cabinet Affairs", and a name with an article joined to it ("Khalid
al-Meshri, head of Libya's Higher Council of State"); one who "agreed with" an
envoy met him."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed


def test_posts_each_before_their_holder_in_a_list_present(sample_store: Store) -> None:
    text = ("Dbeibah and Wang Yi discuss reopening of Chinese embassy in Tripoli\n\n"
            "The meeting in Beijing was attended by the Minister of State for Cabinet Affairs, "
            "Adel Jumuah, the Representative of Libya to the Arab League, Abdulmuttalib Thabet, "
            "the Libyan ambassador to China, Khalid Al-Saie, and others.")
    present = new_proposed(sample_store, text, "name", "role", "position")
    assert ("Adel Jumuah", "attendee", "Minister of State for Cabinet Affairs") in present
    assert ("Khalid Al-Saie", "attendee", "ambassador to China") in present


def test_a_name_with_an_article_joined_to_it(sample_store: Store) -> None:
    text = ("Wang Qimin, Chinese Chargé d'Affaires in Libya, said on Tuesday that the embassy "
            "could reopen. He spoke while meeting with Khalid al-Meshri, head of Libya's Higher "
            "Council of State.")
    assert ("Khalid al-Meshri", "participant", "LY", "head", "Higher Council of State") in (
        new_proposed(sample_store, text, "name", "role", "country", "position", "affiliation"))


def test_one_who_agreed_with_an_envoy(sample_store: Store) -> None:
    text = ("Prime Minister of the Government of National Unity, Abdul Hamid Dbeibeh, agreed "
            "with the Chinese ambassador, Wang Li, to begin reopening the embassy in Tripoli.")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Abdul Hamid Dbeibeh", "participant", ""), ("Wang Li", "participant", "CN")]
