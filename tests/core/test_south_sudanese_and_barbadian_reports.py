"""New event from text on South Sudanese and Barbadian reports: a dateline
with its paper in square brackets and the next line opening with a dash
("JUBA, 05 DECEMBER 2018[Gurtong]" then "-On Tuesday, … signed"); a
headline's "Barbados PM Mottley" the prime minister the text names in full;
a family name in capitals ("XI Jinping") as the name is written elsewhere,
a king's number ("Tupou VI") and a post's letters left; and a prime minister
who "is currently on an official tour to China" a visitor (not one "who is
on a working visit to", said of one named before)."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_a_paper_in_square_brackets_after_the_day_and_a_dash_opening_the_line(
        sample_store: Store) -> None:
    place_countries.prepare()
    text = ("JUBA, 05 DECEMBER 2018[Gurtong]\n"
            "-On Tuesday, Chinese Ambassador He Xiangdong signed the Revitalized Agreement on "
            "the Resolution of the Conflict in South Sudan, three months after the parties "
            "first signed it.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.date, proposal.place, proposal.country) == ("2018-12-04", "Juba", "SS")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("He Xiangdong", "signatory", "CN")]


def test_a_headlines_prime_minister_by_her_family_name_and_a_name_in_capitals(
        sample_store: Store) -> None:
    text = ("Barbados PM Mottley Holds Talks With Chinese President\n\n"
            "Barbados Prime Minister Mia Amor Mottley and King Tupou VI of Tonga held talks "
            "with Chinese President, XI Jinping.")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Mia Amor Mottley", "participant", "BB", "Prime Minister"),
        ("Tupou VI", "participant", "TO", "King"),
        ("Xi Jinping", "participant", "CN", "President")]


def test_a_prime_minister_on_an_official_tour(sample_store: Store) -> None:
    text = ("Bridgetown, Barbados: Mia Amor Mottley, Prime Minister of Barbados, is currently on "
            "an official tour to China, where she met with Premier Li Qiang.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert proposal.event_type == "visit"
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Mia Amor Mottley", "participant", "BB")]
