"""New event from text on Equatoguinean reports: a minister "for" a portfolio
named before his name ("The Minister for Foreign Affairs and Cooperation,
Simeon Oyono Esono, and the Chinese Minister for …, Chen …, reviewed the
relations"), the two sides' "main representatives", one people's two ministers
named "respectively", a meeting "between" two ministers in a town with its
country in brackets, a palace in a town, and one who "oversaw" a meeting."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_ministers_for_their_portfolios_who_reviewed_relations(sample_store: Store) -> None:
    text = ("Foreign ministers of Equatorial Guinea and China meet\n\n"
            "The two countries took stock of their friendship on 5th February 2020, at a "
            "meeting between the foreign ministers of both countries in Addis Abeba (Ethiopia).\n\n"
            "The Minister for Foreign Affairs and Cooperation, Simeon Oyono Esono, and the "
            "Chinese Minister for Foreign Relations in charge of African affairs, Chen Xiaodong, "
            "reviewed the relations of friendship and cooperation between Malabo and Beijing.")
    place_countries.prepare()
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.place, proposal.country) == ("Addis Abeba", "ET")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Simeon Oyono Esono", "participant", "", "Minister for Foreign Affairs and Cooperation"),
        ("Chen Xiaodong", "participant", "CN",
         "Minister for Foreign Relations in charge of African affairs")]


def test_main_representatives_and_two_ministers_present(sample_store: Store) -> None:
    text = ("Vice-president receives the Chinese ambassador\n\n"
            "On 28th January 2021, Equatorial Guinea and China looked back on two years of "
            "cooperation, with the Vice-president, Teodoro Nguema Obiang Mangue and the Chinese "
            "Ambassador to Equatorial Guinea Chen Guoyou, as the main representatives.\n\n"
            "The audience took place in the People's Palace in Malabo, in the presence of the "
            "Equatoguinean Ministers for Foreign Affairs and National Defence, Simeon Oyono "
            "Esono and Alejandro Bacale Ncogo, respectively.")
    place_countries.prepare()
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.place, proposal.country) == ("Malabo", "GQ")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Teodoro Nguema Obiang Mangue", "representative", "", "Vice-president"),
        ("Chen Guoyou", "representative", "CN", "Ambassador to Equatorial Guinea"),
        ("Simeon Oyono Esono", "witness", "GQ", "Minister for Foreign Affairs"),
        ("Alejandro Bacale Ncogo", "witness", "GQ", "Minister for National Defence")]


def test_one_who_oversaw_a_meeting_held_within_a_summits_framework(
        sample_store: Store) -> None:
    text = ("Bilateral meeting between China and Equatorial Guinea\n\n"
            "The Minister for Foreign Affairs and Cooperation, Simeón Oyono Esono Angüe, oversaw "
            "the meeting, which set out to carry forward the measures adopted within the framework "
            "of the China-Africa Cooperation Summit.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert proposal.event_type == ""  # (the summit is the framework, not this meeting)
    assert new_proposed(sample_store, text, "name", "role", "position") == [
        ("Equatorial Guinea", "participant", ""),
        ("Simeón Oyono Esono Angüe", "host", "Minister for Foreign Affairs and Cooperation")]
