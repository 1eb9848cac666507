"""New event from text on Jamaican reports: a town several countries have
("Kingston", Jamaica's and Canada's) given the country the text names of its
two likeliest; one the text names further down the list (China's small Bali)
still asks."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event


def test_a_town_of_several_countries_in_a_text_naming_one(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("Jamaican Prime Minister meets Chinese Foreign Minister\n\n"
            "On January 20, 2024, Jamaican Prime Minister Andrew Holness met in Kingston with "
            "visiting Chinese Foreign Minister Wang Yi.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.place, proposal.country) == ("Kingston", "JM")
    assert proposal.place_country is not None and proposal.place_country.named_in_text
    unnamed = text.replace("Jamaican", "The")
    with sample_store.session() as session:
        proposal = propose_event(session, unnamed)
    assert (proposal.place, proposal.country) == ("Kingston", "")


def test_a_country_far_down_the_list_is_no_answer(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("Wang Yi meets Russian foreign minister in Bali\n\n"
            "Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov in "
            "Bali on Thursday.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.place, proposal.country) == ("Bali", "")
    assert proposal.place_country is not None and proposal.place_country.codes[:2] == (
        "ID", "IN")
