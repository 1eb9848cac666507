"""New event from text on Sierra Leonean reports: an "Ambassador
Extraordinary and Plenipotentiary to the Republic of Sierra Leone" one post,
its holder named after a comma and "has today" no part of who presented; a
"Letter of Credentials" presented to a president "at State House in
Freetown" (the place); one "newly appointed" envoy of the People's Republic
of China to another country China's; a paper's name and its day on a line of
their own ("Sierra Leone Telegraph: 7 September 2019:") the day it was
published, not the event's; who "met with president Julius Maada Bio" (a
post in small letters), with a special representative named after "a
special representative of …, Mr." before him; and a dateline opening with
the state building before the city ("State House, Freetown, Wednesday, 4
January 2023 –")."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_an_ambassador_extraordinary_presents_his_credentials(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("The new Chinese Ambassador Extraordinary and Plenipotentiary to the Republic of "
            "Sierra Leone, Hu Zhangliang, has today presented his Letter of Credentials to His "
            "Excellency President Julius Maada Bio at State House in Freetown.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.place, proposal.country) == ("Freetown", "SL")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Hu Zhangliang", "participant", "CN",
         "Ambassador Extraordinary and Plenipotentiary to the Republic of Sierra Leone"),
        ("Julius Maada Bio", "host", "", "President")]


def test_a_newly_appointed_ambassador_of_china_to_another_country(sample_store: Store) -> None:
    text = ("On 9th January, Mr. Zhao Yanbo, the newly appointed Ambassador Extraordinary and "
            "Plenipotentiary of the People's Republic of China to the Republic of Sierra Leone, "
            "presented the Letter of Credence to Dr. Ernest Bai Koroma, President of the Republic "
            "of Sierra Leone.")
    assert new_proposed(sample_store, text, "name", "role", "country")[0] == (
        "Zhao Yanbo", "participant", "CN")


def test_a_papers_day_line_and_a_president_in_small_letters(sample_store: Store) -> None:
    text = ("Chinese envoy assures Sierra Leone of cooperation\n\n"
            "Sierra Leone Telegraph: 7 September 2019:\n\n"
            "Last Friday, 6 September 2019, a special representative of president Xi Jinping of "
            "China, Mr. Yang Jiechi, met with president Julius Maada Bio of Sierra Leone at State "
            "House in Freetown.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.published, proposal.date) == ("2019-09-07", "2019-09-06")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Yang Jiechi", "participant", ""), ("Julius Maada Bio", "participant", "SL")]


def test_a_day_written_with_its_ordinal_and_no_year(sample_store: Store) -> None:
    text = ("Envoy presents credentials\n\n"
            "Published: 12 January 2019\n\n"
            "On 9th January, Mr. Zhao Yanbo presented the Letter of Credence to the President.")
    with sample_store.session() as session:
        assert propose_event(session, text).date == "2019-01-09"
        # (with no day it was published, the day named is shown to the analyst)
        unpublished = propose_event(session, text.replace("Published: 12 January 2019\n\n", ""))
        assert (unpublished.date, unpublished.yearless) == ("", "9th January")


def test_a_dateline_opening_with_state_house_before_the_city(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("State House, Freetown, Wednesday, 4 January 2023 – President Julius Maada Bio has "
            "received the new Chinese Ambassador, Wang Qing, who presented his credentials.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.date, proposal.place, proposal.country) == ("2023-01-04", "Freetown", "SL")
