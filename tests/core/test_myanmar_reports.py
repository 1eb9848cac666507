"""New event from text on Myanmar's reports of its leaders with China's:
Myanmar's forms of address ("U Win Myint", "Daw Aung San Suu Kyi"), those met
"separately", a place named after "in the capital city," a "Senior General"
(a rank, no part of a post), an ambassador who "held a reception" (its host)
and where leaders met "in Kunming yesterday"."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_leaders_of_myanmar_met_separately_in_the_capital(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("Myanmar and China signed 33 agreements at the Presidential Residence in the capital "
            "city, Nay Pyi Taw, on January 18, 2020. At a meeting between Myanmar State "
            "Counsellor Daw Aung San Suu Kyi and Chinese President Xi Jinping, both sides "
            "exchanged views. Xi Jinping also met with Myanmar President U Win Myint and "
            "Commander-in-Chief Senior General Min Aung Hlaing separately.")
    with sample_store.session() as session:
        assert propose_event(session, text).place == "Nay Pyi Taw"
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Aung San Suu Kyi", "participant", "MM", "State Counsellor"),
        ("Xi Jinping", "participant", "CN", "President"),
        ("Win Myint", "participant", "MM", "President"),
        ("Min Aung Hlaing", "participant", "", "Commander-in-Chief")]


def test_a_senior_generals_post_and_an_ambassadors_reception(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("Commander-in-Chief of Myanmar's Defence Services Senior General Min Aung Hlaing "
            "received Chinese Ambassador to Myanmar Hong Liang on May 13. On July 3, H.E. Mr. "
            "Chen Hai, Chinese Ambassador to Myanmar, held a reception in Nay Pyi Taw.")
    assert new_proposed(sample_store, text, "name", "role", "position") == [
        ("Min Aung Hlaing", "host", "Commander-in-Chief of Myanmar's Defence Services"),
        ("Hong Liang", "participant", "Ambassador to Myanmar"),
        ("Chen Hai", "host", "Ambassador to Myanmar")]


def test_leaders_met_in_a_city_yesterday(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("Senior General Min Aung Hlaing met Chinese Premier Mr Li Qiang at Haigeng Garden "
            "Hotel in Kunming yesterday.")
    with sample_store.session() as session:
        assert propose_event(session, text).place == "Kunming"


def test_consultations_with_an_envoy_named_before_the_day(sample_store: Store) -> None:
    text = ("Deputy Minister for Foreign Affairs of the Republic of the Union of Myanmar U Lwin Oo "
            "held bilateral consultations with Mr. Sun Weidong, Vice Minister of Foreign Affairs "
            "of the People's Republic of China on 5 January 2024 at the Ministry of Foreign "
            "Affairs, Nay Pyi Taw.")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Lwin Oo", "participant", "MM",
         "Deputy Minister for Foreign Affairs of the Republic of the Union of Myanmar"),
        ("Sun Weidong", "participant", "CN",
         "Vice Minister of Foreign Affairs of the People's Republic of China")]
