"""New event from text on Nigerien reports: a head of state named after his
two posts ("The President of the Republic, Head of State, HE Mr. …", his post
the first) who "received yesterday in audience, the Director General of …,
Mr. Wu Peng" (the host, and the one he received); and a name's family name in
capitals ("Abdourahamane TIANI") written as names are."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed


def test_a_president_who_received_in_audience(sample_store: Store) -> None:
    text = ("The President of the Republic, Head of State, HE Mr. Mohamed Bazoum received "
            "yesterday in audience, the Director General of the Department of African Affairs "
            "of the Ministry of Foreign Affairs of China, Mr. Wu Peng. The visit aims to "
            "develop bilateral relations.")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Mohamed Bazoum", "host", "", "President of the Republic"),
        ("Wu Peng", "participant", "CN", "Director General")]


def test_a_family_name_in_capitals_after_a_rank(sample_store: Store) -> None:
    text = ("The President of the Transition, Brigadier General Abdourahamane TIANI, granted an "
            "audience to the Chinese delegation led by Mr Liu Yuxi.")
    assert [name for name, in new_proposed(sample_store, text, "name")] == [
        "Abdourahamane Tiani", "Liu Yuxi"]
