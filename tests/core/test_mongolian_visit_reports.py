"""New event from text on Mongolian reports: names after a father's initial
("D.Tsogtbaatar", "Kh.Battulga"), "has held an official meeting with", a visit
"at the invitation of" its host, "is paying / has begun his official visit
to", "A and the Foreign Minister of Mongolia, B jointly met in …", "will stay in
Ulaanbaatar", "the Chinese delegation headed by Xue Jian, Deputy Director-General
…" (of China), "today" as a report's day, a "Published Date:" line, "the
Foreign Ministries of Mongolia and China" (several bodies, no one name), and
premiers who "held an official meeting" on a day closed by a stray mark
("November 6, 2024_")."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def test_a_visit_at_the_invitation_of_a_minister(sample_store: Store) -> None:
    text = ("Official visit of Chinese Foreign Minister begins\n\n"
            "2020-09-15 15:49:25\n\n"
            "At the invitation of Minister of Foreign Affairs of Mongolia N.Enkhtaivan, State "
            "Councilor and Minister of Foreign Affairs Wang Yi has begun his official visit to "
            "Mongolia today.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.event_type, proposal.date) == ("visit", "2020-09-15")
    assert roles_proposed(sample_store, text) == {"Wang Yi": "participant"}
    assert ("N.Enkhtaivan", "host", "MN") in new_proposed(
        sample_store, text, "name", "role", "country")


def test_a_president_received_at_the_great_hall_today(sample_store: Store) -> None:
    text = ("President Kh.Battulga meets his Chinese counterpart\n\n"
            "2019-04-26 16:24:25\n\n"
            "President of the PRC Xi Jinping received President of Mongolia Kh.Battulga at the "
            "Great Hall of the People today.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.date, proposal.place) == ("2019-04-26", "Beijing")
    assert [(new.name, new.role, new.country) for new in proposal.new_names] == [
        ("Kh.Battulga", "participant", "MN"), ("Xi Jinping", "host", "CN")]


def test_a_minister_who_has_held_a_meeting_and_a_stay_in_the_capital(
        sample_store: Store) -> None:
    text = ("Mongolia and China aim to raise trade\n"
            "Published Date:2018-08-24\n\n"
            "Wang Yi will stay in Ulaanbaatar on 23-25 August. Mongolian Foreign Minister "
            "D.Tsogtbaatar has held an official meeting with his Chinese counterpart Wang Yi.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.date, proposal.place) == ("2018-08-23/2018-08-25", "Ulaanbaatar")
    assert [(new.name, new.role, new.country) for new in proposal.new_names] == [
        ("D.Tsogtbaatar", "participant", "MN")]


def test_two_ministers_who_jointly_met_the_second_named_after_her_post(
        sample_store: Store) -> None:
    text = ("Chinese Foreign Minister Wang Yi and the Foreign Minister of Mongolia, Batmunkh "
            "Battsetseg jointly met in Ulaanbaatar on Tuesday.")
    assert roles_proposed(sample_store, text) == {"Wang Yi": "participant"}
    assert new_proposed(sample_store, text, "name", "role", "position", "country") == [
        ("Batmunkh Battsetseg", "participant", "Foreign Minister", "MN")]


def test_a_delegation_headed_by_one_named_before_his_post(sample_store: Store) -> None:
    text = ("On November 13, Foreign Minister D.Tsogtbaatar met the Chinese delegation headed "
            "by Xue Jian, Deputy Director-General of the Department of Asian Affairs, who took "
            "part in the consultations between the Foreign Ministries of Mongolia and China.")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("D.Tsogtbaatar", "participant", ""), ("Xue Jian", "representative", "CN")]


def test_premiers_held_an_official_meeting_on_a_day_closed_by_a_stray_mark(
        sample_store: Store) -> None:
    text = ("November 6, 2024_ Mongolian Prime Minister L. Oyun-Erdene and Chinese Prime "
            "Minister Li Qiang held an official meeting in Shanghai.")
    with sample_store.session() as session:
        assert propose_event(session, text).date == "2024-11-06"
    assert roles_proposed(sample_store, text) == {"Li Qiang": "participant"}
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("L. Oyun-Erdene", "participant", "MN")]
