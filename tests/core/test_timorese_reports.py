"""New event from text on Timorese reports of China's envoys and ministers:
a dateline's day (in small letters: "DILI, 16 december 2022") before a month
a later paragraph recalls ("In june 2022, … signed …") and before a day said
further on ("… last month"), the item's own day counting "on friday", "top
diplomat" a post of one met "in the capital Dili for" a signing, and "the
President of the Republic" a post, no body."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_the_datelines_day_before_a_month_a_later_paragraph_recalls(
        sample_store: Store) -> None:
    place_countries.prepare()
    text = ("DILI, 16 december 2022 (TATOLI) – The President of the Republic, José Ramos-Horta, "
            "on friday awarded a medal to the Chinese Ambassador, Xiao Jianguo.\n\n"
            "In june 2022, Foreign Minister Adaljiza Magno and Wang Yi signed four agreements.")
    with sample_store.session() as session:
        assert propose_event(session, text).date == "2022-12-16"


def test_the_datelines_day_before_a_day_said_further_on(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("DILI, 18 october 2023 (TATOLI) – The Chinese Ambassador, Wang Wenli, met with the "
            "Prime Minister, Kay Rala Xanana Gusmão.\n\n"
            "She said the leaders' meeting in Hangzhou last month opened new ways to cooperate.")
    with sample_store.session() as session:
        assert propose_event(session, text).date == "2023-10-18"


def test_a_top_diplomat_met_in_the_capital_for_a_signing(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("Wang Yi met with Timor-Leste's top diplomat Adaljiza Magno in the capital Dili for "
            "a signing ceremony.")
    with sample_store.session() as session:
        assert propose_event(session, text).place == "Dili"
    assert new_proposed(sample_store, text, "name", "country", "position") == [
        ("Adaljiza Magno", "TL", "top diplomat")]


def test_the_president_of_the_republic_is_a_post(sample_store: Store) -> None:
    text = ("On october 9, Ambassador Wang Wenli presented her credentials to the President of "
            "the Republic, José Ramos-Horta.")
    assert new_proposed(sample_store, text, "name", "role", "position", "affiliation") == [
        ("Wang Wenli", "participant", "Ambassador", ""),
        ("José Ramos-Horta", "host", "President of the Republic", "")]
