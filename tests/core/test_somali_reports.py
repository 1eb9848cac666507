"""New event from text on Somali reports: whom a minister "received on Sunday
at his office in the Ministry in the capital Mogadishu", or "received, on
Monday, in his office", or "received on Wednesday in his office at the Ministry
in the capital, Mogadishu", he hosted; a copy of credentials received so; an
envoy posted "to the Federal Republic of Somalia, H.E. Mr. …" or "to Somalia"
and named with no comma; a "constructive dialogue" held; a meeting "last
year" recalled after the item's own is another."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_received_at_his_office_in_the_ministry_in_the_capital(sample_store: Store) -> None:
    text = ("Somalia's Minister of Foreign Affairs and International Cooperation, Amb. Ahmed "
            "Isse Awad, received on Sunday at his office in the Ministry in the capital "
            "Mogadishu, Chinese Ambassador to Somalia Mr. Qin Jian, to talk about their ties.")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Ahmed Isse Awad", "host", "SO", "Minister of Foreign Affairs and International "
         "Cooperation"),
        ("Qin Jian", "participant", "CN", "Ambassador to Somalia")]


def test_received_on_monday_in_his_office_and_a_meeting_recalled(sample_store: Store) -> None:
    text = ("Somalia: Foreign Minister receives China's ambassador in Mogadishu\n\n"
            "Mogadishu — The Minister of Foreign Affairs Abshir Omar Jama, received, on Monday 27 "
            "March 2023, in his office the Ambassador of China to Somalia Fei Shengchao.\n\n"
            "In December last year, Somali president Hassan Sheikh met with his Chinese "
            "counterpart Xi Jinping in Riyadh during the China-Arab summit.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.place, proposal.date) == ("Mogadishu", "2023-03-27")
    assert new_proposed(sample_store, text, "name", "role", "position") == [
        ("Abshir Omar Jama", "host", "Minister of Foreign Affairs"),
        ("Fei Shengchao", "participant", "Ambassador of China to Somalia")]


def test_a_copy_of_credentials_and_a_charge_daffaires_received(sample_store: Store) -> None:
    credentials = ("Mogadishu – The Minister of Foreign Affairs, H.E. Mr. Mohamed Abdirizak "
                   "Mohamud, received on Monday in the capital Mogadishu a copy of the "
                   "credentials of the Ambassador of the People's Republic of China to the "
                   "Federal Republic of Somalia, H.E. Mr. Fei Shengchao.")
    assert new_proposed(sample_store, credentials, "name", "role", "country") == [
        ("Mohamed Abdirizak Mohamud", "host", ""), ("Fei Shengchao", "participant", "CN")]
    courtesy = ("Mogadishu, April 17, 2024 — The Minister of Foreign Affairs, Amb. Ahmed Moallim "
                "Fiqi, received on Wednesday in his office at the Ministry in the capital, "
                "Mogadishu, the Chargé d'Affaires of the Embassy of the People's Republic of "
                "China to the Federal Republic of Somalia, Mr. Chen Wendi, on a courtesy visit.")
    assert new_proposed(sample_store, courtesy, "name", "role", "country") == [
        ("Ahmed Moallim Fiqi", "host", ""), ("Chen Wendi", "participant", "CN")]


def test_an_envoy_after_a_wires_bracket_who_held_a_dialogue(sample_store: Store) -> None:
    text = ("Mogadishu(SONNA)-Chinese Ambassador to Somalia, H.E. Fei Shengchao on Tuesday had a "
            "constructive dialogue with the Minister of Planning of Somalia.")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Fei Shengchao", "participant", "CN", "Ambassador to Somalia")]
