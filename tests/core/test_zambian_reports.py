"""New event from text on Zambian reports: a post "for Southern Africa Region"
before its holder's name (the region is the post's, not the name's), and a
form of address before a name ("Her Honour Mutale Nalumango")."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed


def test_a_post_for_a_region_and_the_witnesses_of_a_signing(sample_store: Store) -> None:
    text = ("Zambia, Huawei sign MoU on digital transformation\n\n"
            "The agreement was signed by Zambia's Minister of Technology and Science, Felix "
            "Mutati, and Huawei's Vice President for Southern Africa Region Phil Li, at Huawei's "
            "headquarters in Shenzhen, China.")
    assert ("Phil Li", "signatory", "Vice President for Southern Africa Region", "Huawei") in (
        new_proposed(sample_store, text, "name", "role", "position", "affiliation"))


def test_her_honour_is_a_form_of_address(sample_store: Store) -> None:
    text = ("On November 4, Ambassador Han Jing paid a courtesy visit to Her Honour Mutale "
            "Nalumango, Vice President of Zambia.")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Han Jing", "participant", "", "Ambassador"),
        ("Mutale Nalumango", "host", "ZM", "Vice President of Zambia")]


def test_a_name_in_capitals_received_by_one_named_before_his_post(sample_store: Store) -> None:
    text = ("BEIJING- Republican President HAKAINDE HICHILEMA has been received by His Excellency "
            "Xi Jinping the President of the People's Republic of China, at the Great Hall of "
            "The People in Beijing today.")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Hakainde Hichilema", "participant", "", "President"),
        ("Xi Jinping", "host", "CN", "President of the People's Republic of China")]
