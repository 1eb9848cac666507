"""New event from text on Cook Islands reports: an agreement "formalised" by
those named before ("Brown and his Chinese counterpart Li Qiang formalised the
agreement on Saturday in Harbin"); an "action plan for …" in quotation marks
signed "with Chinese Premier Li Qiang in Harbin" (both signatories, there);
and "At the signing was China's Premier Li Qiang and the minister of Natural
Resources …" (those present)."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def test_an_agreement_formalised_by_a_prime_minister_and_his_counterpart(
        sample_store: Store) -> None:
    text = ("Cook Islands Prime Minister Mark Brown says a strategic deal with China will bring "
            "growth.\n"
            "Brown and his Chinese counterpart Li Qiang formalised the agreement on Saturday in "
            "Harbin, the capital of China's Heilongjiang province, his office said.")
    assert roles_proposed(sample_store, text) == {"Li Qiang": "signatory"}
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Mark Brown", "signatory", "CK")]


def test_a_plan_in_quotation_marks_signed_with_a_premier_in_a_town(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("The Cook Islands has formalised a deal with China. Prime Minister Mark Brown signed "
            "an 'action plan for the comprehensive strategic partnership' with Chinese Premier "
            "Li Qiang in Harbin during a five-day state visit to China.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.place, proposal.country) == ("Harbin", "CN")
    assert roles_proposed(sample_store, text) == {"Li Qiang": "signatory"}


def test_those_at_the_signing(sample_store: Store) -> None:
    text = ("Cook Islands Prime Minister Mark Brown says the deal with China complements ties "
            "with New Zealand, after signing it yesterday.\n"
            "At the signing was China's Premier Li Qiang and the minister of Natural Resources "
            "Guan Zhi'ou.")
    assert roles_proposed(sample_store, text) == {"Li Qiang": "attendee"}
    assert new_proposed(sample_store, text, "name", "role", "position") == [
        ("Mark Brown", "", "Prime Minister"),
        ("Guan Zhi'ou", "attendee", "minister of Natural Resources")]
