"""New event from text on Argentine and Hungarian reports: a deal signed "with
Argentina as …", a leader named in full after "Presidents", an anniversary
celebrated "along with" an ambassador, those who "also participated" and
those "accompanying" a president, a Cabinet Chief and a General Director, a
program that "includes meeting" ministers, one who attended "as well", talks
held "in the capital Budapest", arriving in a city, a press office's label."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def _offered(store: Store, text: str) -> list[tuple[str, ...]]:
    return new_proposed(store, text, "name", "role", "country", "position")


def test_deals_signed_with_a_country_and_a_president_named_after_presidents(
        sample_store: Store) -> None:
    text = ("Argentina, China sign deals after G-20\n\n"
            "China's president on Sunday signed new trade deals with Argentina as the Asian "
            "giant expands its role in Latin America.\n\n"
            "Presidents Mauricio Macri of Argentina and Xi Jinping of China announced the deals. "
            "\"China's development benefits Argentina,\" Macri said during a ceremony at the "
            "presidential residence.")
    assert _offered(sample_store, text) == [
        ("Argentina", "signatory", "AR", ""), ("Mauricio Macri", "speaker", "", "")]


def test_an_anniversary_celebrated_along_with_an_ambassador(sample_store: Store) -> None:
    text = ("Tuesday, 14 March 2017\n"
            "Information for the Press N°: 123\n\n"
            "At the Palacio San Martín, Susana Malcorra celebrated the 45th anniversary of "
            "diplomatic relations with the People's Republic of China, along with Wanming Yang, "
            "the Chinese Ambassador to Argentina.")
    with sample_store.session() as session:
        assert propose_event(session, text).title == ""  # the label is no headline
    assert _offered(sample_store, text) == [
        ("Susana Malcorra", "participant", "", ""),
        ("Wanming Yang", "participant", "CN", "Ambassador to Argentina")]


def test_those_who_also_participated_and_those_accompanying_a_president(
        sample_store: Store) -> None:
    text = ("The hearing was held this afternoon at Government House. Accompanying the "
            "president were Cabinet Chief Jorge Capitanich and Economy Minister Axel Kicillof. "
            "Also participated Ambassador of China to Argentina, Hengmin Yin and General "
            "Director of the Department of Latin America and the Caribbean, Shen Zhiliang.")
    assert new_proposed(sample_store, text, "name", "role", "position", "affiliation") == [
        ("Jorge Capitanich", "attendee", "Cabinet Chief", ""),
        ("Axel Kicillof", "attendee", "Economy Minister", ""),
        ("Hengmin Yin", "attendee", "Ambassador of China to Argentina", ""),
        ("Shen Zhiliang", "attendee", "General Director",
         "Department of Latin America and the Caribbean")]


def test_a_program_that_includes_meeting_ministers_in_a_city_arrived_in(
        sample_store: Store) -> None:
    text = ("China's Foreign Minister Wang Yi arrives in Budapest for official visit to Hungary\n\n"
            "The Chinese foreign minister's Saturday program includes meeting Hungarian Foreign "
            "Minister Péter Szijjártó and President János Ader.\n\n"
            "The meeting was attended by Prime Minister Viktor Orbán as well.")
    with sample_store.session() as session:
        assert propose_event(session, text).place == "Budapest"
    assert _offered(sample_store, text) == [
        ("Péter Szijjártó", "participant", "HU", "Foreign Minister"),
        ("János Ader", "participant", "", "President"),
        ("Viktor Orbán", "attendee", "", "Prime Minister")]


def test_talks_held_in_a_capital(sample_store: Store) -> None:
    text = ("President Xi and Hungarian Prime Minister Viktor Orban held talks in the capital "
            "Budapest.")
    with sample_store.session() as session:
        assert propose_event(session, text).place == "Budapest"
