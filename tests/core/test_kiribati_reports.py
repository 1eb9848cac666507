"""New event from text on Kiribati reports: a counterpart named by his
country's own name ("his Kiribati counterpart Taneti Maamau", of Kiribati); one
"received by Chinese President Xi Jinping - four months after …" (the host,
up to the dash), and "Mr" no post of the one he received; a vice president
named after his post and a comma who "welcomed China's Foreign Minister's
delegation" (the host)."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed


def test_a_counterpart_named_by_his_countrys_name(sample_store: Store) -> None:
    text = ("President Xi Jinping said during a meeting with his Kiribati counterpart Taneti "
            "Maamau that the two countries should trust each other.")
    assert ("Taneti Maamau", "participant", "KI") in new_proposed(sample_store, text, "name",
                                                                  "role", "country")


def test_one_received_by_a_president_before_a_dash(sample_store: Store) -> None:
    text = ("Mr Maamau was received by Chinese President Xi Jinping - four months after Kiribati "
            "broke off ties with Taiwan.")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Maamau", "participant", "", ""), ("Xi Jinping", "host", "CN", "President")]


def test_a_vice_president_who_welcomed_a_ministers_delegation(sample_store: Store) -> None:
    text = ("Wang Yi visited Kiribati on Friday. Vice President of Kiribati, Teuea Toatu welcomed "
            "China's Foreign Minister's delegation in Tarawa.")
    assert ("Teuea Toatu", "host", "KI", "Vice President of Kiribati") in new_proposed(
        sample_store, text, "name", "role", "country", "position")
