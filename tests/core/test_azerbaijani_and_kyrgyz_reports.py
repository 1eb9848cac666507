"""New event from text on Azerbaijani and Kyrgyz reports: delegations "led by
A from Azerbaijan and B from China" (each of their country), "the Chinese
delegation, headed by Assistant Foreign Minister …", "met Thursday with …", a
declaration "adopted during the meeting between …" (another event, its day
no event's), a meeting "on the sidelines of" another, a company's "Co., Ltd.
have signed" in the first sentence, "BISHKEK. KAZINFORM" as a dateline, and a
ministry named "of the Republic of Azerbaijan" as "Azerbaijan's Ministry of …"
is (told apart by its country, once)."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_delegations_led_by_one_from_each_country(sample_store: Store) -> None:
    text = ("The delegations were led by Deputy Minister Elnur Mammadov from Azerbaijan and "
            "Assistant Foreign Minister Liu Bin from China.")
    assert new_proposed(sample_store, text, "name", "role", "country", "affiliation") == [
        ("Elnur Mammadov", "representative", "AZ", ""),
        ("Liu Bin", "representative", "CN", "")]


def test_consultations_and_a_declaration_adopted_at_an_earlier_meeting(
        sample_store: Store) -> None:
    text = ("Beijing hosts another round of Azerbaijan-China political consultations\n"
            "28.03.2025\n\n"
            "The Azerbaijani delegation, led by Deputy Foreign Minister Elnur Mammadov, held talks "
            "with the Chinese delegation, headed by Assistant Foreign Minister Liu Bin.\n\n"
            "The sides recalled the Joint Declaration adopted during the meeting between President "
            "Ilham Aliyev and President Xi Jinping on July 3, 2024.\n\n"
            "Deputy Minister Mammadov also met Thursday with Chen Zhou, Vice Minister of the "
            "International Department of the CPC Central Committee.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert proposal.date != "2024-07-03"
    assert [(new.name, new.role, new.country) for new in proposal.new_names] == [
        ("Elnur Mammadov", "representative", "AZ"),
        ("Liu Bin", "representative", "CN"),
        ("Chen Zhou", "participant", "")]


def test_a_meeting_on_the_sidelines_of_another(sample_store: Store) -> None:
    text = ("Agreements were signed following a meeting between President of Kyrgyzstan Sadyr "
            "Zhaparov and President of China Xi Jinping on the sidelines of the Central "
            "Asia–China summit in Astana.")
    assert new_proposed(sample_store, text, "name", "country") == [
        ("Sadyr Zhaparov", "KG"), ("Xi Jinping", "CN")]


def test_a_company_limited_that_signed_in_the_first_sentence(sample_store: Store) -> None:
    text = ("Azerbaijan, China to work together on smart infrastructure\n\n"
            "The Azerbaijan Investment Holding and China's FiberHome Telecommunication "
            "Technologies Co., Ltd. have signed a memorandum of understanding.")
    with sample_store.session() as session:
        assert propose_event(session, text).event_type == "agreement signing"


def test_a_city_and_an_agency_in_capitals_open_the_item(sample_store: Store) -> None:
    text = ("Kyrgyz First Vice FM, Chinese Ambassador discuss cooperation\n\n"
            "BISHKEK. KAZINFORM First Deputy Foreign Minister Dinara Kemelova met with Chinese "
            "Ambassador to Kyrgyzstan Qi Dayu.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.place, proposal.publisher) == ("Bishkek", "KAZINFORM")
    assert [(new.name, new.affiliation) for new in proposal.new_names] == [
        ("Dinara Kemelova", ""), ("Qi Dayu", "")]


def test_a_ministry_of_a_republic_named_two_ways_is_one(sample_store: Store) -> None:
    text = ("The Ministry of Economy of the Republic of Azerbaijan and the Ministry of Commerce "
            "of China signed a memorandum on trade. Another memorandum was signed between "
            "Azerbaijan's Ministry of Economy and China's Ministry of Commerce.")
    assert new_proposed(sample_store, text, "name", "country") == [
        ("Ministry of Economy (Azerbaijan)", "AZ"), ("Ministry of Commerce (China)", "CN")]
