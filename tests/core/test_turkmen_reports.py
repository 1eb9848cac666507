"""New event from text on Turkmen reports: those by whom something "was
discussed" took part, and a person's two posts a comma apart before the name
("Deputy Prime Minister, Foreign Minister of Turkmenistan Rashid Meredov")."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed


def test_those_who_discussed_it_and_two_posts_before_a_name(sample_store: Store) -> None:
    text = ("Turkmen-Chinese partnership discussed at the Foreign Ministry\n\n"
            "Questions of bilateral cooperation were discussed by Deputy Prime Minister, Foreign "
            "Minister of Turkmenistan Rashid Meredov and Ambassador Extraordinary and "
            "Plenipotentiary of the People's Republic of China Qian Naicheng.")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Rashid Meredov", "participant", "TM",
         "Deputy Prime Minister, Foreign Minister of Turkmenistan"),
        ("Qian Naicheng", "participant", "CN",
         "Ambassador Extraordinary and Plenipotentiary of the People's Republic of China")]
