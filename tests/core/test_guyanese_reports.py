"""New event from text on Guyanese reports: a government's dateline with the
day in brackets after the dash ("Georgetown, Guyana – (July 11, 2018)"), its
"today" that day and its city the place; an envoy named after "China's
Ambassador to Guyana, Mr."; those who accompanied him, each post with its
holder after a comma ("Deputy Chief of Mission, Mr. …", an "Economic and
Commercial Counsellor at the Embassy, Mr. …"); a brigadier's rank no part of
his name; a form of address alone before a comma ("His Excellency, Dr …") no
one; "Attending the … ceremony were" an "acting" minister and others; the
guest of a farewell dinner hosted for "the outgoing Chinese Ambassador …"."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_a_bracketed_day_and_those_who_accompanied_an_envoy(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("President meets Chinese envoy\n\n"
            "Georgetown, Guyana – (March 1, 2017) President David Granger, today, met with "
            "China's Ambassador to Guyana, Mr. Cui Jianchun at State House. The Ambassador was "
            "accompanied by Deputy Chief of Mission, Mr. Yang Chenqi and Economic and "
            "Commercial Counsellor at the Embassy, Mr. Shen Huiyong. Chief of Staff of the "
            "Guyana Defence Force, Brigadier Patrick West was also present.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.date, proposal.place, proposal.country) == (
        "2017-03-01", "Georgetown", "GY")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("David Granger", "participant", "", "President"),
        ("Cui Jianchun", "participant", "CN", "Ambassador to Guyana"),
        ("Yang Chenqi", "attendee", "", "Deputy Chief of Mission"),
        ("Shen Huiyong", "attendee", "", "Economic and Commercial Counsellor"),
        ("Patrick West", "attendee", "GY", "Chief of Staff")]


def test_an_accreditation_and_those_attending_it(sample_store: Store) -> None:
    text = ("His Excellency, Dr Mohamed Irfaan Ali, President of the Co-operative Republic of "
            "Guyana, on Friday accepted the letters of credence of the new Chinese envoy.\n\n"
            "Attending the accreditation ceremony were acting Foreign Affairs Minister, Dr Frank "
            "Anthony and Permanent Secretary at the Ministry of Foreign Affairs, Ambassador "
            "Elizabeth Harper.")
    assert new_proposed(sample_store, text, "name", "role", "position") == [
        ("Mohamed Irfaan Ali", "host", "President of the Co-operative Republic of Guyana"),
        ("Frank Anthony", "attendee", "Acting Foreign Affairs Minister"),
        ("Elizabeth Harper", "attendee", "Permanent Secretary")]


def test_a_farewell_dinner_hosted_for_an_outgoing_ambassador(sample_store: Store) -> None:
    text = ("President Dr Irfaan Ali hosted a farewell dinner for the outgoing Chinese "
            "Ambassador to Guyana, Guo Haiyan, in honour of her work.")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Irfaan Ali", "host", "", "President"),
        ("Guo Haiyan", "participant", "CN", "Ambassador to Guyana")]
