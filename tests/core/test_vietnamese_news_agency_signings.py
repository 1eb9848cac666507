"""New event from text on Vietnamese reports of news agencies' and
ministries' signings: a photo's caption above the first paragraph (no
headline, nor the first sentence hiding the dateline), Malaysia's honorifics
after "counterpart", "the exchange of … documents" as a signing, those who
"held talks and signed", a day "since" which something last happened (no
date of the event), a body's short name in brackets before "of Vietnam" or
within its name, and the cities whose bodies cooperate (no place of the
event)."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def test_a_caption_above_the_first_paragraph_is_no_headline(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("At the ceremony. (Photo: VNA)\n\n"
            "Hanoi (VNA) – A memorandum of understanding on media cooperation was signed "
            "between the Vietnam News Agency (VNA) and Ho Chi Minh City Open University on May 6.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.title, proposal.event_type, proposal.place) == (
        "", "agreement signing", "Hanoi")
    assert new_proposed(sample_store, text, "name", "role") == [
        ("Vietnam News Agency", "signatory"), ("Ho Chi Minh City Open University", "signatory")]


_AGENCIES = ("Prime Minister Pham Minh Chinh and his Malaysian counterpart Dato’ Sri Ismail Sabri "
             "bin Yaakob on Tuesday witnessed the exchange of three cooperation documents. "
             "Earlier, VNA Director-General Vu Viet Trang and Bernama Editor-in-Chief Khairdzir "
             "Md Yunus held talks and signed a news exchange agreement. It was the agency's "
             "first foreign visitor since the pandemic began in early 2020.")


def test_leaders_witness_an_exchange_of_documents_signed_by_two_agencies(
        sample_store: Store) -> None:
    place_countries.prepare()
    with sample_store.session() as session:
        proposal = propose_event(session, _AGENCIES)
    assert (proposal.event_type, proposal.date) == ("agreement signing", "")
    assert new_proposed(sample_store, _AGENCIES, "name", "role", "country", "position") == [
        ("Pham Minh Chinh", "witness", "", "Prime Minister"),
        ("Ismail Sabri bin Yaakob", "witness", "MY", ""),
        ("Vu Viet Trang", "signatory", "", "Director-General"),
        ("Khairdzir Md Yunus", "signatory", "", "Editor-in-Chief")]


def test_a_ministrys_short_name_before_its_country_and_within_a_name(
        sample_store: Store) -> None:
    place_countries.prepare()
    text = ("The two leaders witnessed the signing of an MoU on trade between the Ministry of "
            "Industry and Trade (MoIT) of Vietnam and the Ministry of Commerce of China, and of a "
            "memorandum of cooperation (MoU) between the Ho Chi Minh National Academy of "
            "Politics (HCMA) and the Party School of the Communist Party of China (CPC) Central "
            "Committee.")
    assert roles_proposed(sample_store, text) == {}  # (neither Vietnam nor China signed)
    assert new_proposed(sample_store, text, "name", "role", "alias") == [
        ("Ministry of Industry and Trade (Vietnam)", "signatory", "MoIT"),
        ("Ministry of Commerce (China)", "signatory", ""),
        ("Ho Chi Minh National Academy of Politics", "signatory", "HCMA"),
        ("Party School of the Communist Party of China Central Committee", "signatory", "")]


def test_the_cities_whose_bodies_cooperate_are_no_place_of_the_event(
        sample_store: Store) -> None:
    place_countries.prepare()
    text = ("The visit will deepen ties between the Fatherland Front Committees of Ha Noi and "
            "Beijing. Earlier, the front held talks with a delegation from Beijing.")
    with sample_store.session() as session:
        assert propose_event(session, text).place == ""
