"""New event from text on Namibian reports: an agreement signed "between the
Chinese and Namibian governments" (China and Namibia), presidents who "looked
on as" agreements were signed, a president-elect's post, one "who hosted" a
visitor between commas, and one the visitor was "holding talks with"."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed, roles_proposed


def test_an_agreement_between_two_peoples_governments(sample_store: Store) -> None:
    text = ("An agreement on economic and technical cooperation was signed in Windhoek on "
            "Tuesday between the Chinese and Namibian governments.")
    assert roles_proposed(sample_store, text) == {"China": "signatory"}
    assert new_proposed(sample_store, text, "name", "kind", "role") == [
        ("Namibia", "country", "signatory")]


def test_presidents_who_looked_on_as_agreements_were_signed(sample_store: Store) -> None:
    text = ("Chinese President Hu Jintao and President Hifikepunye Pohamba looked on as the "
            "agreements were signed in Windhoek.")
    assert new_proposed(sample_store, text, "name", "role") == [
        ("Hu Jintao", "witness"), ("Hifikepunye Pohamba", "witness")]


def test_a_president_elect_and_a_president_who_hosted_the_visitor(
        sample_store: Store) -> None:
    text = ("President-elect Netumbo Nandi-Ndaitwah yesterday met with China's foreign minister "
            "Wang Yi.\n\n"
            "President Nangolo Mbumba, who hosted Wang Yi in Swakopmund later on Monday, "
            "praised the partnership.")
    assert roles_proposed(sample_store, text) == {"Wang Yi": "participant"}
    assert new_proposed(sample_store, text, "name", "role", "position") == [
        ("Netumbo Nandi-Ndaitwah", "participant", "President-elect"),
        ("Nangolo Mbumba", "host", "President")]


def test_one_a_visit_was_holding_talks_with(sample_store: Store) -> None:
    text = ("His two-day visit includes holding talks with President Nangolo Mbumba in "
            "Swakopmund.")
    assert new_proposed(sample_store, text, "name", "role") == [
        ("Nangolo Mbumba", "participant")]
