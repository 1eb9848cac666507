"""New event from text on reports from the Republic of the Congo: AllAfrica's
lines under a headline (the day, the paper and its town, the byline) and its
dateline of a capital before a dash; a post whose body holds a short name in
brackets ("… of the Communist Party of China (CPC) Central Committee"); one
who "will make a State Visit"; "Republic of Congo" as a country; a minister
"at the Presidency in charge of" a portfolio."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_allafricas_lines_and_a_capital_before_a_dash(sample_store: Store) -> None:
    text = ("Congo-Brazzaville: Senior Chinese Official Meets Republic of Congo President\n\n"
            "23 December 2019\n"
            "Forum on China-Africa Cooperation (Beijing)\n"
            "By Xinhua\n\n"
            "Brazzaville — Yang Jiechi, a member of the Political Bureau of the Communist Party "
            "of China (CPC) Central Committee, met with President of the Republic of the Congo "
            "Denis Sassou Nguesso here on Thursday.\n\n"
            "Yang said the two countries were good friends and good partners.")
    place_countries.prepare()
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.place, proposal.country, proposal.date) == ("Brazzaville", "CG", "2019-12-19")
    assert proposal.event_type == ""  # (the paper's name is no forum)
    assert (proposal.published, proposal.publisher) == (
        "2019-12-23", "Forum on China-Africa Cooperation")
    assert new_proposed(sample_store, text, "name", "role", "position", "affiliation") == [
        ("Yang Jiechi", "participant", "member",
         "Political Bureau of the Communist Party of China Central Committee"),
        ("Denis Sassou Nguesso", "participant", "President of the Republic of the Congo", "")]


def test_a_state_visit_a_president_will_make(sample_store: Store) -> None:
    text = ("Republic of Congo President Denis Sassou Nguesso will make a State Visit to China "
            "from July 4 to 8, 2016, the Chinese ambassador to Congo Xia Huang told reporters in "
            "Brazzaville.")
    assert new_proposed(sample_store, text, "name", "role", "country", "position",
                        "affiliation")[0] == (
        "Denis Sassou Nguesso", "participant", "CG", "President", "")


def test_a_minister_at_the_presidency_in_charge_of_a_portfolio(sample_store: Store) -> None:
    text = ("In October 2013, Minister at Presidency in Charge of National Defense Charles "
            "Richard Mondjo visited China.")
    assert new_proposed(sample_store, text, "name", "role", "position") == [
        ("Charles Richard Mondjo", "participant",
         "Minister at Presidency in Charge of National Defense")]
