"""New event from text on Sri Lankan reports: an envoy's post before their name
and a comma ("Ambassador of the People's Republic of China to Sri Lanka, Qi
Zhenhong, met with …"; "…, said the Chinese Ambassador to Sri Lanka, Qi
Zhenhong."), and a post alone ("The Ambassador made these remarks") that names
no one."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed, roles_proposed


def _offered(store: Store, text: str) -> list[tuple[str, ...]]:
    return new_proposed(store, text, "name", "role", "country", "position")


def test_an_ambassador_named_after_the_post_met_a_prime_minister(sample_store: Store) -> None:
    text = ("Colombo: Ambassador of the People's Republic of China to Sri Lanka, Qi Zhenhong, met "
            "with Prime Minister Dinesh Gunawardena to talk over economic cooperation.")
    assert _offered(sample_store, text) == [
        ("Qi Zhenhong", "participant", "CN",
         "Ambassador of the People's Republic of China to Sri Lanka"),
        ("Dinesh Gunawardena", "participant", "", "Prime Minister")]


def test_a_quoted_ambassador_and_a_post_that_names_no_one(sample_store: Store) -> None:
    text = ("China ready to work with Sri Lanka\n\n"
            "China is ready to join hands with Sri Lanka, said the Chinese Ambassador to Sri "
            "Lanka, Qi Zhenhong.\n\n"
            "The Ambassador made these remarks while addressing an event held in Colombo.")
    # quoted with the post, no role said; "The Ambassador" is no one of their own
    assert _offered(sample_store, text) == [
        ("Qi Zhenhong", "", "CN", "Ambassador to Sri Lanka")]


def test_a_signing_that_took_place_under_the_patronage_of_two(sample_store: Store) -> None:
    text = ("The signing of nine new agreements between China and Sri Lanka took place on "
            "Tuesday under the patronage of Chinese Prime Minister Li Qiang and Prime Minister "
            "Dinesh Gunawardena.")
    assert roles_proposed(sample_store, text) == {"China": "signatory", "Li Qiang": "witness"}
    assert new_proposed(sample_store, text, "name", "role") == [
        ("Sri Lanka", "signatory"), ("Dinesh Gunawardena", "witness")]


def test_the_visit_of_the_minister_named_after_his_posts(sample_store: Store) -> None:
    text = ("Four aid agreements were signed during the visit of the Chinese State Councilor and "
            "Foreign Minister Wang Yi, the embassy said.")
    assert roles_proposed(sample_store, text) == {"Wang Yi": "participant"}
