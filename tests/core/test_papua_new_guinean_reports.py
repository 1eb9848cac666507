"""New event from text on Papua New Guinean reports of China's aid and
envoys: "PNG" the country, posts with their holders between commas listed
("Acting Secretary for Foreign Affairs, Lucy Bogari, and Vice Minister of
Commerce, Zhong Shan, …"), those who "witnessed the occasion" or by whom a
visitor "was met", "His Excellency" and "Sir" no part of a post or a name,
a courtesy call's host, and companies named with their legal form."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed, roles_proposed


def test_png_and_those_listed_with_their_posts_between_commas(sample_store: Store) -> None:
    text = ("Today, PNG and the People's Republic of China signed agreements on economic and "
            "technical cooperation.\n\n"
            "Acting Secretary for Foreign Affairs, Lucy Bogari, and Vice Minister of Commerce, "
            "Zhong Shan, attended the signing ceremony in Port Moresby.\n\n"
            "Prime Minister, Peter O'Neill, Minister for Foreign Affairs, Rimbink Pato and "
            "Charles Abel witnessed the occasion.")
    assert roles_proposed(sample_store, text) == {"China": "signatory"}
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Papua New Guinea", "signatory", "PG", ""),
        ("Lucy Bogari", "attendee", "", "Acting Secretary for Foreign Affairs"),
        ("Zhong Shan", "attendee", "", "Vice Minister of Commerce"),
        ("Peter O'Neill", "witness", "", "Prime Minister"),
        ("Rimbink Pato", "witness", "", "Minister for Foreign Affairs"),
        ("Charles Abel", "witness", "", "")]


def test_those_by_whom_a_visitor_was_met(sample_store: Store) -> None:
    text = ("China's foreign minister arrived in Port Moresby on Thursday. He was met by the "
            "Secretary of Foreign Affairs and Trade, Elias Wohengu, and the Chief of Protocol, "
            "James Noglai, at the terminal.")
    assert new_proposed(sample_store, text, "name", "role", "position") == [
        ("Elias Wohengu", "host", "Secretary of Foreign Affairs and Trade"),
        ("James Noglai", "host", "Chief of Protocol")]


def test_an_envoys_courtesy_call_and_his_form_of_address(sample_store: Store) -> None:
    text = ("Chinese Ambassador to Papua New Guinea His Excellency Yang Xiaoguang said trade "
            "between the two countries kept growing.\n\n"
            "Ambassador Yang said so during a courtesy call to the Finance Minister Miki Kaeok "
            "in Port Moresby this morning.")
    assert new_proposed(sample_store, text, "name", "role", "position") == [
        ("Yang Xiaoguang", "participant", "Ambassador to Papua New Guinea"),
        ("Miki Kaeok", "host", "Finance Minister")]


def test_companies_with_their_legal_form_and_a_knights_name(sample_store: Store) -> None:
    text = ("One agreement was signed between Esso Highlands Ltd and Unipec Asia Co Ltd. "
            "Another agreement was signed between Lu Shu, president of Ramu Nickel Management "
            "Ltd, and Madang Governor Sir Arnold Amet.")
    assert new_proposed(sample_store, text, "name", "kind", "position", "affiliation") == [
        ("Esso Highlands", "organization", "", ""),
        ("Unipec Asia", "organization", "", ""),
        ("Lu Shu", "person", "president", "Ramu Nickel Management"),
        ("Arnold Amet", "person", "Governor", "Madang")]
