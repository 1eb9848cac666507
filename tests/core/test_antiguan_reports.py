"""New event from text on Antiguan reports: two envoys who "held a bilateral
meeting recently at" an embassy took part in it, each of the country his post names
("ambassador of Antigua and Barbuda")."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed


def test_a_bilateral_meeting_held_recently(sample_store: Store) -> None:
    text = ("Antigua and Barbuda and China WTO ambassadors meet\n\n"
            "The WTO ambassador of the People's Republic of China HE Mr Li Chenggang and the WTO "
            "ambassador of Antigua and Barbuda HE Mr Colin Murdoch held a bilateral meeting "
            "recently at the Embassy of the People's Republic of China in Geneva.")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Antigua and Barbuda", "participant", "AG", ""),  # (the headline's side)
        ("Li Chenggang", "participant", "CN", "ambassador of the People's Republic of China"),
        # (a country's name with "and" in a post: Antigua and Barbuda's)
        ("Colin Murdoch", "participant", "AG", "ambassador of Antigua and Barbuda")]
