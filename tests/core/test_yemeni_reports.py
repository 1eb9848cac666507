"""New event from text on Yemeni reports (Saba's way of writing): "virtual
discussions" held with an envoy named after "to the Republic of Yemen" with no
comma; whom one "received, today, Thursday, at his residence in the Saudi
capital, Riyadh" (a comma before "received" and no space), named again in
full with a middle name the headline leaves out; an embassy's town before its
envoy's name ("the Chinese Embassy in Yemen Shao Zheng opened …") no place,
and Saba's dateline ("Riyadh - Saba" on a line of its own) the town's."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_virtual_discussions_with_an_envoy_named_with_no_comma(sample_store: Store) -> None:
    text = ("ADEN – SABA\n"
            "Minister of Foreign Affairs and Expatriates Dr. Ahmed Awadh bin Mubarak held "
            "virtual discussions on Friday with the Ambassador of the People's Republic of China "
            "to the Republic of Yemen Kang Yong.")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Ahmed Awadh bin Mubarak", "participant", ""), ("Kang Yong", "participant", "CN")]


def test_received_at_his_residence_in_a_capital(sample_store: Store) -> None:
    text = ("President Aidaroos Al-Zubaidi receives the Chinese Ambassador to Yemen\n\n"
            "The President of the Southern Transitional Council, President Aidaroos Qassem "
            "Al-Zubaidi,received, today, Thursday, at his residence in the Saudi capital, "
            "Riyadh, the Chinese Ambassador to Yemen, Mr. Kang Yong.")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Aidaroos Qassem Al-Zubaidi", "host", ""), ("Kang Yong", "participant", "CN")]


def test_an_embassys_town_before_its_envoys_name(sample_store: Store) -> None:
    text = ("Riyadh - Saba\n"
            "The Yemeni Ambassador to Riyadh Dr. Shaye' Al-Zindani and the Chargé d'Affaires of "
            "the Chinese Embassy in Yemen Shao Zheng opened today a symposium on relations "
            "between the two countries.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    # (Saba's dateline, its town and the agency a dash apart on a line of their own)
    assert (proposal.place, proposal.publisher) == ("Riyadh", "Saba")
