"""New event from text on reports from the Federated States of Micronesia: a
dateline with its day in brackets and no dash ("Palikir, Pohnpei (July 25,
2023)"); a post after another ("China's Special Envoy Minister Tang Renjian")
no part of the name; one named with an initial after the day a sentence
opens with ("On May 26, Kandhi A. Elieisar, secretary of …, met …"); the
town of an earlier occasion the agreements were proposed at no place of the
signing; and a dateline of the capital in capitals and its state, a dash with no
space after it ("PALIKIR, Pohnpei—On July 25, 2023, …")."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.datelines import dateline_city
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_a_bracketed_day_without_a_dash_and_two_posts(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("President receives China's special envoy\n\n"
            "Palikir, Pohnpei (July 25, 2023) President Wesley W. Simina received China's Special "
            "Envoy Minister Tang Renjian.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.date, proposal.place, proposal.country) == ("2023-07-25", "Palikir", "FM")
    assert new_proposed(sample_store, text, "name", "role", "position") == [
        ("Wesley W. Simina", "host", "President"),
        ("Tang Renjian", "participant", "Special Envoy Minister")]


def test_one_named_with_an_initial_and_an_earlier_occasion(sample_store: Store) -> None:
    text = ("On May 26, Kandhi A. Elieisar, secretary of the Department of Foreign Affairs, met "
            "China's ambassador, Huang Zheng, for a signing ceremony, which formalized the "
            "agreements proposed by the two presidents during a bilateral engagement in Beijing.")
    with sample_store.session() as session:
        assert propose_event(session, text).place == ""
    assert [name for name, in new_proposed(sample_store, text, "name")] == [
        "Kandhi A. Elieisar", "Huang Zheng"]


def test_a_dateline_of_a_capital_and_its_state_with_a_dash_and_no_space(
        sample_store: Store) -> None:
    place_countries.prepare()
    text = ("PALIKIR, Pohnpei—On July 25, 2023, President Wesley W. Simina met with Chinese "
            "Ambassador Wu Wei at the President's office.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.date, proposal.place, proposal.country) == ("2023-07-25", "Palikir", "FM")
    # (towns listed before such a dash are no dateline)
    assert dateline_city("Beijing, Shanghai and Tianjin—Three cities host the fair.") == ""
