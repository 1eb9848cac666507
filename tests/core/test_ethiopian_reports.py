"""New event from text on Ethiopian reports of China's ministers and envoys:
the Ethiopian News Agency's datelines with the year after a slash ("Addis
Ababa, March 9/2021 (ENA)", "March 9/2021 /ENA/"), one who "conferred with"
or "held discussion with" another, a headline's posts in capitals ("DPM, FM …")
beside the posts in full, an inviter named after a post of two, a Chinese
agency's chairman of China, two posts of one joined by "and", a place named
as a country's capital after a comma, and what names no one ("the agreements
signed between the two countries are …", a post mistyped after "Chinese")."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def test_a_dateline_with_the_year_after_a_slash_and_its_city(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("Ethiopia and China sign accord on vocational training\n\n"
            "Addis Ababa, March 9/2021 (ENA) Ethiopia and China today signed an agreement to "
            "open two vocational training colleges.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.date, proposal.place, proposal.country) == ("2021-03-09", "Addis Ababa",
                                                                 "ET")
    assert new_proposed(sample_store, text, "name", "role") == [("Ethiopia", "signatory")]


def test_a_dateline_of_the_day_alone_opens_the_first_paragraph(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("March 9/2021 /ENA/ Ethiopia and China have signed an agreement to open two "
            "vocational training colleges, at a forum both governments held in Addis Ababa "
            "today.\n\n"
            "The colleges will train some 3,000 technicians a year, the ministry said.")
    with sample_store.session() as session:
        assert propose_event(session, text).date == "2021-03-09"
    assert roles_proposed(sample_store, text) == {"China": "signatory"}
    assert new_proposed(sample_store, text, "name", "role") == [("Ethiopia", "signatory")]


def test_one_who_conferred_with_an_agencys_chairman_at_an_inviters_call(
        sample_store: Store) -> None:
    text = ("DPM, FM Demeke Mekonnen Confers with CIDCA Chairman\n\n"
            "Addis Ababa, May 25, 2023 (Walta) – Deputy Prime Minister and Minister of Foreign "
            "Affairs Demeke Mekonnen conferred with Luo Zhaohui, Chairman of China "
            "International Development Cooperation Agency (CIDCA), in Beijing today.\n\n"
            "Demeke thanked China for its support to the country's development.\n\n"
            "At the invitation of State Councilor and Foreign Minister of China, Qin Gang, "
            "Demeke is paying an official visit to China.")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Demeke Mekonnen", "participant", "",
         "Deputy Prime Minister and Minister of Foreign Affairs"),
        ("Luo Zhaohui", "participant", "CN", "Chairman"),
        ("Qin Gang", "host", "CN", "State Councilor and Foreign Minister of China")]


def test_one_who_held_discussion_with_a_state_minister(sample_store: Store) -> None:
    text = ("A delegation of the China International Development Cooperation Agency led by "
            "its director Li Ming held discussion with Finance State Minister Semereta "
            "Sewasew on the projects China finances.")
    assert ("Semereta Sewasew", "participant", "Finance State Minister") in new_proposed(
        sample_store, text, "name", "role", "position")


def test_two_posts_joined_and_a_capital_named_after_a_comma(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("China, Ethiopia sign memorandum on investment\n\n"
            "China and Ethiopia on Thursday signed a memorandum of understanding on investment. "
            "It was signed at a trade forum organised in the Ethiopian capital, Addis Ababa.\n\n"
            "Demeke Mekonnen, Deputy Prime Minister and Foreign Affairs Minister, attended the "
            "signing ceremony.")
    with sample_store.session() as session:
        assert propose_event(session, text).place == "Addis Ababa"
    assert ("Demeke Mekonnen", "attendee", "Deputy Prime Minister and Foreign Affairs Minister"
            ) in new_proposed(sample_store, text, "name", "role", "position")


def test_the_two_countries_and_a_mistyped_post_name_no_one(sample_store: Store) -> None:
    text = ("China and Ethiopia have reportedly signed 14 agreements on Monday. A state minister "
            "said the agreements signed between the two countries are memoranda, a protocol "
            "and an exchange of letters.\n\n"
            "Prime Minister Abiy Ahmed arrived in Beijing, where he was received by Chinese "
            "Primer, Li Qiang.")
    assert roles_proposed(sample_store, text) == {"China": "signatory", "Li Qiang": "host"}
    assert new_proposed(sample_store, text, "name", "role") == [
        ("Ethiopia", "signatory"), ("Abiy Ahmed", "participant")]
