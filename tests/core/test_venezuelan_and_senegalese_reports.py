"""New event from text on Venezuelan and Senegalese reports of their leaders'
meetings with China's: those who "have recently signed" agreements are their
signatories, one who "participated in" a closing ceremony took part, and one
who "received his Chinese counterpart" on his arrival, named or not, hosted
him."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed


def test_leaders_who_have_recently_signed_agreements(sample_store: Store) -> None:
    text = ("Chinese President Xi Jinping and Venezuelan counterpart Nicolas Maduro have "
            "recently signed cooperation agreements on trade and tourism in Beijing.")
    assert new_proposed(sample_store, text, "name", "role") == [
        ("Xi Jinping", "signatory"), ("Nicolas Maduro", "signatory")]


def test_one_who_participated_in_a_closing_ceremony(sample_store: Store) -> None:
    text = ("President Nicolas Maduro participated in the closing ceremony of the "
            "High-Level Commission between China and Venezuela in Beijing.")
    assert new_proposed(sample_store, text, "name", "role") == [
        ("Nicolas Maduro", "participant")]


def test_one_who_received_his_counterpart_on_arrival_hosted_him(sample_store: Store) -> None:
    text = ("Senegalese President Macky Sall received his Chinese counterpart upon his arrival "
            "in Dakar, the first stop of a tour of four African countries.")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Macky Sall", "host", "SN")]
    named = ("Senegalese President Macky Sall received his Chinese counterpart Xi Jinping in "
             "Dakar.")
    assert new_proposed(sample_store, named, "name", "role") == [
        ("Macky Sall", "host"), ("Xi Jinping", "participant")]
    praised = "Senegalese President Macky Sall welcomed his counterpart's proposal for a road."
    assert new_proposed(sample_store, praised, "name", "role") == []
