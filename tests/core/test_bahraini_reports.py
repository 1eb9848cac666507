"""New event from text on Bahraini reports: a minister named after his post
and a comma with a form of address and "bin" in his name ("The Minister of
Foreign Affairs, Dr. Abdullatif bin Rashid Al Zayani met …"), and a headline's
two posts with no name ("… meets Chinese State Councilor and Foreign
Minister"), no one of their own."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed, roles_proposed


def test_a_minister_with_bin_in_his_name_and_a_headlines_posts(sample_store: Store) -> None:
    text = ("Foreign Minister meets Chinese State Councilor and Foreign Minister\n\n"
            "Manama, Mar. 29, 2021 (BNA): The Minister of Foreign Affairs, Dr. Abdullatif bin "
            "Rashid Al Zayani met today with the State Councilor and Minister of Foreign Affairs "
            "of the People's Republic of China, Wang Yi, who is visiting the Kingdom of Bahrain.")
    assert roles_proposed(sample_store, text) == {"Wang Yi": "participant"}
    assert new_proposed(sample_store, text, "name", "role", "position") == [
        ("Abdullatif bin Rashid Al Zayani", "participant", "Minister of Foreign Affairs")]
