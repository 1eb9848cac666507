"""New event from text on Angolan and Djiboutian reports: a headline's two
countries a comma apart that held a meeting ("China, Angola hold meeting on
…"); a name with a particle after a post ("… of Angola Jose de Lima
Massano"); one who "held a one-hour meeting with" another; one who "granted an
audience to" an envoy hosted him; the one met "when meeting with" or "when he
met with"; a party's official of "the Communist Party of China (CPC)" China's;
the summit that brought a visitor ("who is in Beijing for the … Summit") not
the type of the meeting reported."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def test_two_countries_of_a_headline_and_a_name_with_its_particle(sample_store: Store) -> None:
    text = ("China, Angola hold meeting on trade cooperation\n\n"
            "LUANDA, Aug. 13 (Xinhua) -- The steering commission on trade between the two "
            "countries met on Sunday, co-chaired by Chinese Minister of Commerce Wang Wentao "
            "and the Minister of State for Economic Coordination of Angola Jose de Lima "
            "Massano.")
    assert roles_proposed(sample_store, text) == {"China": "participant"}
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Angola", "participant", "AO", ""),
        ("Wang Wentao", "co-host", "CN", "Minister of Commerce"),
        ("Jose de Lima Massano", "co-host", "AO",
         "Minister of State for Economic Coordination of Angola")]


def test_a_meeting_of_an_hour_and_an_audience_granted(sample_store: Store) -> None:
    text = ("Vice President Xi Jinping held a one-hour meeting with President Jose Eduardo "
            "dos Santos in Luanda on Friday.")
    assert new_proposed(sample_store, text, "name", "role") == [
        ("Xi Jinping", "participant"), ("Jose Eduardo dos Santos", "participant")]
    granted = ("Angolan Secretary of State Domingos Custódio Vieira Lopes on Tuesday granted "
               "an audience to China's ambassador to Angola, Gong Tao.")
    assert new_proposed(sample_store, granted, "name", "role", "country") == [
        ("Domingos Custódio Vieira Lopes", "host", "AO"), ("Gong Tao", "participant", "CN")]


def test_the_one_met_when_meeting_and_the_summit_that_brought_him(
        sample_store: Store) -> None:
    for meeting in ("when meeting with", "when he met with"):
        text = (f"Xi Jinping made the remarks {meeting} Djiboutian President Ismail Omar "
                "Guelleh in Beijing.")
        assert ("Ismail Omar Guelleh", "participant", "DJ") in new_proposed(
            sample_store, text, "name", "role", "country"), meeting
    text = ("Senior CPC official meets Djiboutian president\n\n"
            "BEIJING, Sept. 2 (Xinhua) -- Cai Qi, a senior official of the Communist Party of "
            "China (CPC), on Monday met with Djiboutian President Ismail Omar Guelleh, who is "
            "in Beijing for the 2024 Summit of the Forum on China-Africa Cooperation.")
    with sample_store.session() as session:
        assert propose_event(session, text).event_type == ""
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Cai Qi", "participant", "CN"), ("Ismail Omar Guelleh", "participant", "DJ")]
