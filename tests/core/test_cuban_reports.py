"""New event from text on Cuban reports and Chinese pages of their visits: a
dateline whose agency's bracket the text follows without a dash (filed in
Havana of a visit to China), a
visit "concluded" or "continued", a page's bars, site and stamp lines, a
trail of sections ("English>>Foreign Affairs") and a label ("Latest News:")
none a headline, a caption's "attend a signing ceremony", one who visited a
"former President" (the host) and "VP" a post."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def test_a_dateline_without_a_dash_and_a_visit_concluded(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("HAVANA, Cuba, Oct 27 (ACN) Ricardo Cabrisas, Cuban Deputy Prime Minister, "
            "concluded a working visit to China, the foreign ministry reported.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    # (filed in Havana of a visit to China: no place, the country China)
    assert (proposal.event_type, proposal.place, proposal.country, proposal.publisher) == (
        "visit", "", "CN", "ACN")
    assert roles_proposed(sample_store, text) == {"China": "host"}
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Ricardo Cabrisas", "participant", "CU")]


def test_a_pages_bars_site_and_stamp_are_no_headline_nor_the_events_day(
        sample_store: Store) -> None:
    place_countries.prepare()
    text = ("Visiting Chinese Premier meets Cuba's former President | |||||||||||\n|\n"
            "|||||||||||\n//english.example.cn 2016-09-27 12:52:16 |\n|||||||||||\n"
            "Chinese Premier Li Keqiang and Cuban President Raul Castro attend a signing "
            "ceremony at the Palace of the Revolution in Havana on September 24, 2016. Li "
            "visited former President Fidel Castro on Sunday.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.title, proposal.published, proposal.date) == (
        "Visiting Chinese Premier meets Cuba's former President", "2016-09-27", "2016-09-24")
    assert new_proposed(sample_store, text, "name", "role", "position") == [
        ("Li Keqiang", "attendee", "Premier"), ("Raul Castro", "attendee", "President"),
        ("Fidel Castro", "host", "former President")]


def test_a_trail_of_sections_and_a_label_above_the_headline(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("Latest News:\n\nEnglish>>Foreign Affairs\n\n"
            "Chinese VP holds talks with Cuban first vice-president\n\n"
            "08:10, June 18, 2013\n\n"
            "BEIJING, June 17 (Xinhua) -- Vice President Li Yuanchao on Monday held talks with "
            "Miguel Diaz-Canel, Cuba's first vice-president.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.title, proposal.date) == (
        "Chinese VP holds talks with Cuban first vice-president", "2013-06-17")
    assert [name for name, in new_proposed(sample_store, text, "name")] == [
        "Li Yuanchao", "Miguel Diaz-Canel"]  # (no "Chinese VP")


def test_a_visit_continued(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("Cuban Deputy Prime Minister Jorge Luis Perdomo continues his working visit to "
            "China today.")
    assert new_proposed(sample_store, text, "name", "role") == [
        ("Jorge Luis Perdomo", "participant")]
