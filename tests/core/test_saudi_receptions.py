"""New event from text on Saudi reports of receptions and meetings: a
headline's verb after a name ("Dr. Al-Hajraf Meets with …") no part of it;
"received here today Chinese Ambassador to the Kingdom of Saudi Arabia …"
(the kingdom's name whole, no person); "His Royal Highness Prince …" before
a name of several "bin"s ("Mohammed bin Salman bin Abdulaziz Al Saud"); "the
Chinese side included …" (participants, to the sentence's end); "discussed
with … Wang Yi aspects of …" (what was discussed no name); "held in Saudi
Arabia's NEOM" (NEOM)."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def test_a_secretary_general_received_an_ambassador(empty_store: Store) -> None:
    text = ("Dr. Al-Hajraf Meets with Chinese Ambassador to the Kingdom of Saudi Arabia\n"
            "Dr. Nayef Falah Mubarak Al-Hajraf, Secretary General of the Gulf Cooperation "
            "Council (GCC), received here today Chinese Ambassador to the Kingdom of Saudi "
            "Arabia Chen Weiqing.")
    assert new_proposed(empty_store, text, "name", "role", "country", "position") == [
        ("Nayef Falah Mubarak Al-Hajraf", "host", "", "Secretary General"),
        ("Chen Weiqing", "participant", "CN", "Ambassador to the Kingdom of Saudi Arabia")]


def test_royal_highnesses_named_with_several_bins(empty_store: Store) -> None:
    text = ("His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince "
            "and Prime Minister, received today at the Royal Court in Riyadh, His Excellency "
            "Mr. Li Keqiang, Premier of the State Council of China.\n"
            "The reception was attended by His Royal Highness Prince Abdullah bin Bandar bin "
            "Abdulaziz, Minister of the National Guard, and His Highness Prince Faisal bin "
            "Farhan bin Abdullah, Minister of Foreign Affairs.")
    assert new_proposed(empty_store, text, "name", "role", "position") == [
        ("Mohammed bin Salman bin Abdulaziz Al Saud", "host", "Crown Prince and Prime Minister"),
        ("Li Keqiang", "participant", "Premier"),
        ("Abdullah bin Bandar bin Abdulaziz", "attendee", "Minister of the National Guard"),
        ("Faisal bin Farhan bin Abdullah", "attendee", "Minister of Foreign Affairs")]


def test_who_the_other_side_included(sample_store: Store) -> None:
    text = ("Saudi Crown Prince Mohammed bin Salman met Sunday with Chinese Foreign Minister "
            "Wang Yi in Riyadh. The Chinese side included Chen Weiqing, director general for "
            "West Asia and North Africa at China's Foreign Ministry, and Chinese Ambassador to "
            "Saudi Arabia, Chang Hua.")
    assert [(name, role, country) for name, role, country in new_proposed(
        sample_store, text, "name", "role", "country")][1:] == [
        ("Chen Weiqing", "participant", "CN"), ("Chang Hua", "participant", "CN")]


def test_what_was_discussed_and_a_towns_country_before_it(sample_store: Store) -> None:
    text = ("Saudi Arabia's Crown Prince Mohammed bin Salman discussed with Foreign Minister of "
            "the People's Republic of China Wang Yi aspects of Saudi-Chinese relations during a "
            "meeting held in Saudi Arabia's NEOM on Wednesday.")
    with sample_store.session() as session:
        assert propose_event(session, text).place == "NEOM"
    assert roles_proposed(sample_store, text) == {"Wang Yi": "participant"}
    assert new_proposed(sample_store, text, "name", "role") == [
        ("Mohammed bin Salman", "participant")]
