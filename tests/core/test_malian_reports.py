"""New event from text on Malian reports: an "Ambassador Plenipotentiary" and
a "Minister of Defense and Civil Protection" named before or after a comma,
an ambassador's post said in part and then in full, and an envoy's two posts
listed after his name ("…, Special Envoy of President Xi, CPPCC Vice
Chairman and …")."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed


def test_a_courtesy_call_by_an_ambassador_plenipotentiary(sample_store: Store) -> None:
    text = ("Mali's defence minister receives the Chinese ambassador\n\n"
            "To deepen ties between Mali and China, His Excellency LI Xiang, Chinese Ambassador "
            "Plenipotentiary to Mali, paid a courtesy call on the Minister of Defense and Civil "
            "Protection, Major General Daoud Aly Mohammedine.\n\n"
            "Ambassador LI Xiang thanked the Minister for his welcome.")
    assert new_proposed(sample_store, text, "name", "country", "position", "affiliation") == [
        ("Li Xiang", "CN", "Ambassador Plenipotentiary to Mali", ""),
        ("Daoud Aly Mohammedine", "", "Minister of Defense and Civil Protection", "")]


def test_an_envoys_two_posts_after_his_name(sample_store: Store) -> None:
    text = ("In September 2013, Wang Zhengwei, Special Envoy of President Xi, CPPCC Vice "
            "Chairman and Director of the State Ethnic Affairs Commission, attended the "
            "inauguration of Mali's new president in Bamako.")
    assert new_proposed(sample_store, text, "name", "role", "position", "affiliation") == [
        ("Wang Zhengwei", "attendee", "Special Envoy of President Xi; CPPCC Vice Chairman and "
         "Director of the State Ethnic Affairs Commission", "")]
