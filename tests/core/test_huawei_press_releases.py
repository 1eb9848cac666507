"""New event from text on press releases of a company's agreements and
events abroad: a dateline in square brackets ("[Muscat, Oman, December 23,
2021]") and an event that "ended" somewhere; a ministry whose name's "and" is
closed before the next party's ("… Culture, Sports and Youth and Omantel");
"Al Sayyid" a form of address before a name joined by "Bin"; a company before
a minister's post, after a comma, no person ("Huawei Technologies (Nigeria)
Limited, the Minister of …, Dr. …"); "has said"; "the welcome speech of",
"with the presence of"; a post "to" a country before a name; "Eng." and a
dash before the holder of a post; "The Conference" alone no event's name."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed

_MUSCAT = ("Huawei signed an MoU with Omani Ministry of Culture, Sports and Youth and Omantel\n"
           "[Muscat, Oman, December 23, 2021] The Oman-China Youth Digital Culture Exchange Week "
           "ended on 16th December 2021 in Muscat. During the closing ceremony, Huawei signed a "
           "Memorandum of Understanding with the Ministry of Culture, Sports and Youth of Oman "
           "and Omantel. Al Sayyid Said Bin Sultan Al Busaidi, the Undersecretary of the "
           "Ministry, and Yi Xiang, President of Huawei Middle East, represented the signing.")


def test_a_release_dated_in_square_brackets(empty_store: Store) -> None:
    place_countries.prepare()
    with empty_store.session() as session:
        proposal = propose_event(session, _MUSCAT)
    assert (proposal.date, proposal.place, proposal.country) == ("2021-12-16", "Muscat", "OM")
    assert [(new.name, new.role) for new in proposal.new_names] == [
        ("Huawei", "signatory"), ("Ministry of Culture, Sports and Youth (Oman)", "signatory"),
        ("Omantel", "signatory"), ("Said Bin Sultan Al Busaidi", "representative"),
        ("Yi Xiang", "representative")]


def test_a_minister_after_a_company_has_said(empty_store: Store) -> None:
    text = ("Young Nigerians will gain digital skills through a collaboration between the "
            "Federal Ministry of Communication and Digital Economy and Huawei Technologies "
            "(Nigeria) Limited, the Minister of Communication and Digital Economy, Dr. Isa Ali "
            "Ibrahim Pantami has said.")
    assert new_proposed(empty_store, text, "name", "kind", "position") == [
        ("Isa Ali Ibrahim Pantami", "person", "Minister of Communication and Digital Economy")]


def test_a_welcome_speech_and_a_chief_guest(empty_store: Store) -> None:
    text = ("The event started with the welcome speech of Chen Mingjie, Vice President, Huawei "
            "Asia Pacific, with the presence of Deputy Minister for Education Mohibul Hassan "
            "Chowdhoury as the chief guest. UNESCO Representative to Bangladesh Beatrice Kaldun "
            "also joined the event.")
    assert new_proposed(empty_store, text, "name", "role", "position", "affiliation") == [
        ("Chen Mingjie", "speaker", "Vice President", "Huawei Asia Pacific"),
        ("Mohibul Hassan Chowdhoury", "attendee", "Deputy Minister for Education", ""),
        ("Beatrice Kaldun", "participant", "Representative to Bangladesh", "UNESCO")]


def test_those_who_attended_with_their_forms_of_address(empty_store: Store) -> None:
    text = ("The Conference was attended by the Minister of Higher Education, Science, "
            "Technology and Innovation, Dr. Maria do Rosário Bragança, the Secretary of State "
            "for Communications, Eng. Mário Oliveira, and the CEO of Huawei Angola - Mr. Edric "
            "Chu (Chu Xiaoxin).")
    with empty_store.session() as session:
        assert propose_event(session, text).title == ""
    assert new_proposed(empty_store, text, "name", "role", "position", "affiliation") == [
        ("Maria do Rosário Bragança", "attendee",
         "Minister of Higher Education, Science, Technology and Innovation", ""),
        ("Mário Oliveira", "attendee", "Secretary of State for Communications", ""),
        ("Edric Chu", "attendee", "CEO", "Huawei Angola")]


def test_a_post_of_a_ministry_named_with_its_s(empty_store: Store) -> None:
    text = ("The ambassador welcomed the guests, including Ministry of Commerce and Industry's "
            "Assistant Undersecretary for Industry Affairs and Business Development Saleh bin "
            "Majid al-Khulaifi, diplomats and other dignitaries.")
    assert new_proposed(empty_store, text, "name", "position", "affiliation") == [
        ("Saleh bin Majid al-Khulaifi", "Assistant Undersecretary for Industry Affairs and "
         "Business Development", "Ministry of Commerce and Industry")]
