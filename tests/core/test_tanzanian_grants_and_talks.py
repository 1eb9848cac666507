"""New event from text on Tanzanian reports: agreements "between governments
of Tanzania and China" (both countries signed), a deal signed "between the
Ministry of … Permanent Secretary, Emmanuel Tutuba and Chinese Ambassador …"
(the secretary with his post and ministry), a meeting "in Dar es Salaam" (a
town's name with "es"), leaders met named by one people ("Tanzanian President
… and Prime Minister …": both Tanzania's), and a post said of someone
"who doubles as Secretary General of the party in Beijing" (no place of the
event)."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def test_agreements_between_two_governments(sample_store: Store) -> None:
    text = ("President Amani Juma yesterday witnessed the signing of two agreements between "
            "governments of Tanzania and China to build a training college in Arusha.")
    assert roles_proposed(sample_store, text) == {"China": "signatory"}
    assert new_proposed(sample_store, text, "name", "kind", "role") == [
        ("Amani Juma", "person", "witness"), ("Tanzania", "country", "signatory")]


def test_a_deal_between_a_ministrys_secretary_and_an_ambassador(empty_store: Store) -> None:
    text = ("Tanzania and China yesterday signed a grant agreement. Speaking shortly after "
            "signing the deal between the Ministry of Finance and Planning Permanent "
            "Secretary, Amani Juma and Chinese Ambassador to Tanzania Li Wei, the former "
            "thanked China.")
    assert [new for new in new_proposed(empty_store, text, "name", "role", "position",
                                        "affiliation", "country")
            if new[0] != "Tanzania" and new[0] != "China"] == [
        ("Amani Juma", "signatory", "Permanent Secretary", "Ministry of Finance and Planning", ""),
        ("Li Wei", "signatory", "Ambassador to Tanzania", "", "CN")]


def test_leaders_met_named_by_one_people(empty_store: Store) -> None:
    text = ("During a meeting in Dar es Salaam, visiting Chinese Vice Premier Zhang Ming held "
            "discussions with Tanzanian President Amani Juma and Prime Minister Baraka Mosi.")
    assert new_proposed(empty_store, text, "name", "role", "country") == [
        ("Zhang Ming", "participant", "CN"), ("Amani Juma", "participant", "TZ"),
        ("Baraka Mosi", "participant", "TZ")]
    with empty_store.session() as session:
        assert propose_event(session, text).place == "Dar es Salaam"


def test_the_people_of_one_signatory_is_not_the_others(empty_store: Store) -> None:
    text = ("The agreement was signed by Chinese Ambassador Li Wei and Permanent Secretary "
            "Amani Juma.")
    assert new_proposed(empty_store, text, "name", "country") == [
        ("Li Wei", "CN"), ("Amani Juma", "")]


def test_where_one_met_serves_is_not_where_they_met(sample_store: Store) -> None:
    text = ("Dr Amani Juma witnessed the signing after a meeting with a visiting member of the "
            "Politburo who doubles as Secretary General of the party in Beijing, Mr Zhang Ming.")
    with sample_store.session() as session:
        assert propose_event(session, text).place == ""
