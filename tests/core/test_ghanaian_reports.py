"""New event from text on Ghanaian reports of a Chinese ambassador's calls:
"met with outgoing Chinese Ambassador to Ghana Tong Defa", "officially received
the new Chinese Ambassador to Ghana, H.E. Tong Defa", "paid a courtesy visit on
Hon. Abla Dzifa Gomashie" ("Hon." a form of address, its dot no sentence's
end), and "Minister for Foreign Affairs and Regional Integration, Hon. Shirley
Ayorkor Botchwey" (the portfolio's last word no part of her name)."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed


def test_a_president_who_met_an_outgoing_ambassador(sample_store: Store) -> None:
    text = ("President John Dramani Mahama has met with outgoing Chinese Ambassador to Ghana "
            "Tong Defa, calling for stronger cooperation.")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("John Dramani Mahama", "participant", ""), ("Tong Defa", "participant", "CN")]


def test_a_new_ambassador_received_and_a_minister_who_attended(sample_store: Store) -> None:
    text = ("President Nana Addo Dankwa Akufo-Addo on Tuesday officially received the new "
            "Chinese Ambassador to Ghana, H.E. Tong Defa, at Jubilee House. The ceremony was "
            "attended by Ghana's Minister for Foreign Affairs and Regional Integration, Hon. "
            "Shirley Ayorkor Botchwey.")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Nana Addo Dankwa Akufo-Addo", "host", ""), ("Tong Defa", "participant", "CN"),
        ("Shirley Ayorkor Botchwey", "attendee", "GH")]


def test_a_courtesy_visit_on_an_honourable_minister(sample_store: Store) -> None:
    text = ("The Ambassador of China to Ghana, H.E. Tong Defa, paid a courtesy visit on Hon. "
            "Abla Dzifa Gomashie, Minister for Tourism, at the Ministry on Tuesday.")
    assert new_proposed(sample_store, text, "name", "role") == [
        ("Tong Defa", "participant"), ("Abla Dzifa Gomashie", "host")]
