"""New event from text on Omani reports: "the Sultanate" Oman, Arab names with
"al" and "bin" in small letters and a "Shaikh" before them, a post's body
that stops before the next one named with a post ("… Foreign Ministry and Li
Lingbing, Chinese Ambassador to Oman"), one who "received in his office on
Thursday" a visitor, a body of "the Chinese People's …" China's, a
people's adjective alone no participant, and a capital and a colon opening
the first paragraph its dateline ("Muscat: The Sultanate and …")."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def test_the_sultanate_and_its_undersecretary_sign_with_chinas_envoy(
        sample_store: Store) -> None:
    text = ("The Sultanate and the People's Republic of China signed an executive programme "
            "of cooperation in culture and health on Monday.\n\n"
            "The programme was signed by Shaikh Khalifa Ali al Harthy, Undersecretary of the "
            "Foreign Ministry for Diplomatic Affairs and Li Lingbing, Chinese Ambassador to "
            "Oman.\n\n"
            "The ceremony was attended by Sayyid Badr Hamad al Busaidi, Foreign Minister of "
            "Oman.")
    assert roles_proposed(sample_store, text) == {"China": "signatory"}
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Oman", "signatory", "OM", ""),
        ("Khalifa Ali al Harthy", "signatory", "", "Undersecretary"),
        ("Li Lingbing", "signatory", "CN", "Ambassador to Oman"),
        ("Badr Hamad al Busaidi", "attendee", "OM", "Foreign Minister of Oman")]


def test_one_who_received_a_visitor_in_his_office(sample_store: Store) -> None:
    text = ("Yahya al Mantheri, the Chairman of the State Council, received in his office on "
            "Thursday Wang Yang, Chairman of the National Committee of the Chinese People's "
            "Political Consultative Conference, and his delegation.\n\n"
            "The talks between the Omani and Chinese sides were led by Al Mantheri and Wang "
            "Yang.")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Yahya al Mantheri", "host", ""), ("Wang Yang", "participant", "CN")]


def test_a_deputy_prime_minister_named_with_bin_and_al_received(sample_store: Store) -> None:
    text = ("Sayyid Fahd bin Mahmoud al Said, Deputy Prime Minister for the Council of Ministers, "
            "today received Wang Yang, Chairman of the Chinese People's Political Consultative "
            "Conference.")
    assert new_proposed(sample_store, text, "name", "role") == [
        ("Fahd bin Mahmoud al Said", "host"), ("Wang Yang", "participant")]


def test_a_capital_and_a_colon_opening_the_first_paragraph_is_its_dateline(
        sample_store: Store) -> None:
    place_countries.prepare()
    text = ("Oman and China ink cooperation programme\n\n"
            "Muscat: The Sultanate and the People's Republic of China signed an executive "
            "programme of cooperation in culture and health at the Foreign Ministry on Monday.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.place, proposal.country) == ("Muscat", "OM")
    headline = "Beijing: Xi meets Lula\n\nPresident Xi Jinping met President Lula on Friday."
    with sample_store.session() as session:
        assert propose_event(session, headline).title == "Beijing: Xi meets Lula"
