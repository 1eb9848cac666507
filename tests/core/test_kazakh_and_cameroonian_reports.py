"""New event from text on Kazakh and Cameroonian reports: a dateline whose
city holds a dash and is followed by its agency ("NUR-SULTAN. KAZINFORM -"),
the city written "Nur-Sultan"; "Chinese Leader" a post; the visit "to Cameroon
of" a visitor; an audience "granted" one "by" another, who received him; a
headline's "Cooperation Ties Discussed" no one who discussed them."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_a_kazinform_dateline_and_a_chinese_leader(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("Kazakh, Chinese Presidents meet at Akorda\n\n"
            "NUR-SULTAN. KAZINFORM - President of Kazakhstan Kassym-Jomart Tokayev met Chinese "
            "Leader Xi Jinping, who arrived in Kazakhstan for a state visit, at the Akorda "
            "Presidential Palace, Kazinform correspondent reports.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.place, proposal.country) == ("Nur-Sultan", "KZ")
    assert sorted(new_proposed(sample_store, text, "name", "role", "country", "position")) == [
        ("Kassym-Jomart Tokayev", "participant", "KZ", "President of Kazakhstan"),
        ("Xi Jinping", "participant", "CN", "Leader")]


def test_an_audience_granted_by_a_minister_and_a_visit_of_an_envoy(
        sample_store: Store) -> None:
    text = ("Cameroon-China Relations: Cooperation Ties Discussed\n\n"
            "Ties were reviewed during an audience granted the Chinese Ambassador, Wang Yingwu "
            "by the Minister of External Relations, Lejeune Mbella Mbella on January 3, 2019.")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Lejeune Mbella Mbella", "host", ""), ("Wang Yingwu", "participant", "CN")]
    visit = ("Cooperation will grow following the visit to Cameroon of Yang Jiechi, a member of "
             "the Political Bureau, on January 18.")
    assert new_proposed(sample_store, visit, "name", "role") == [("Yang Jiechi", "participant")]
