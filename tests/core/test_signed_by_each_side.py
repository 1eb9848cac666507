"""New event from text on agreements "signed by A on behalf of Pakistan and by
B on behalf of China": both signed, each of the country they signed for; the
countries are theirs, not signatories of their own; and where it was signed
follows the names ("… on behalf of China in Islamabad")."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def test_each_side_signed_for_its_country_where_it_says(sample_store: Store) -> None:
    text = ("The agreement was signed by Minister Ahmed Khan on behalf of Pakistan and by "
            "Ambassador Li Wei on behalf of China in Islamabad on 3 May 2023.")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Ahmed Khan", "signatory", "PK", "Minister"),
        ("Li Wei", "signatory", "CN", "Ambassador")]
    assert "China" not in roles_proposed(sample_store, text)
    with sample_store.session() as session:
        assert propose_event(session, text).place == "Islamabad"


def test_posts_between_commas_and_sides_named_by_government_or_people(
        empty_store: Store) -> None:
    text = ("The agreement was signed by Ahmed Khan, Minister of Planning, on behalf of the "
            "Government of Pakistan, and by Li Wei on behalf of the Chinese side.")
    assert new_proposed(empty_store, text, "name", "role", "country", "position") == [
        ("Ahmed Khan", "signatory", "PK", "Minister of Planning"),
        ("Li Wei", "signatory", "CN", "")]


def test_the_country_one_represented_is_theirs(sample_store: Store) -> None:
    text = ("Gobind Singh Deo representing Malaysia and Li Wei representing the Chinese "
            "government signed the memorandum.")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Gobind Singh Deo", "signatory", "MY"), ("Li Wei", "signatory", "CN")]
    assert roles_proposed(sample_store, text) == {}


def test_each_named_after_its_own_by(empty_store: Store) -> None:
    assert new_proposed(empty_store, "The memorandum was signed by Ahmed Khan and by Li Wei.",
                        "name", "role") == [("Ahmed Khan", "signatory"), ("Li Wei", "signatory")]
