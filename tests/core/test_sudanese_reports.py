"""New event from text on Sudanese reports (SUNA's way of writing): one who
"received at the Republican Palace Wednesday" or "received, today, in his
office" a Chinese envoy hosts him; a rank's dots ("Lt. Gen.") end no
sentence; one who "met in his office on Friday with" a chargé d'affaires, his
post read whole; "The Meeting discussed …" names no body."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed


def test_received_at_a_palace_on_a_weekday_by_a_general(sample_store: Store) -> None:
    text = ("Khartoum — Chairman of the Sovereignty Council, Lt. Gen. Abdel Fattah al-Burhan "
            "received at the Republican Palace Wednesday the Chinese ambassador to Sudan, Ma "
            "Xinmin, who spoke of closer cooperation.")
    assert new_proposed(sample_store, text, "name", "role", "position", "affiliation") == [
        ("Abdel Fattah al-Burhan", "host", "Chairman of the Sovereignty Council", ""),
        ("Ma Xinmin", "participant", "ambassador to Sudan", "")]


def test_received_today_in_his_office(sample_store: Store) -> None:
    text = ("Khartoum, Dec. 27, 2021 (SUNA) - Undersecretary of the Ministry of Foreign Affairs, "
            "Abdalla Omar received, today, in his office the People's Republic of China "
            "Ambassador to Sudan H.E. Ma Xinmin. The Meeting discussed support for Sudan.")
    assert new_proposed(sample_store, text, "name", "role", "country", "position",
                        "affiliation") == [
        ("Abdalla Omar", "host", "", "Undersecretary", "Ministry of Foreign Affairs"),
        ("Ma Xinmin", "participant", "CN", "Ambassador to Sudan", "")]


def test_met_in_his_office_with_a_charge_daffaires(sample_store: Store) -> None:
    text = ("Port Sudan, May 16, 2025 (SUNA) - Minister of Culture and Information Khalid "
            "Al-Aiser met in his office on Friday with the Chargé d'Affaires of the Embassy of "
            "the People's Republic of China to Sudan, Ambassador Zhang Xianghua.")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Khalid Al-Aiser", "participant", "", "Minister of Culture and Information"),
        ("Zhang Xianghua", "participant", "CN",
         "Chargé d'Affaires of the Embassy of the People's Republic of China to Sudan")]
