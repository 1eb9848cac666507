"""New event from text on Afghan reports: "Amir" as a given name ("Acting
Foreign Minister Amir Khan Muttaqi", "Mawlawi Amir Khan Muttaqi"), a post "of
the Islamic Emirate" before a name, one met who was "newly appointed", an envoy
"on Afghan Affairs", a wire's bracket with its day ("BEIJING, (APP - UrduPoint
/ … - 25th Nov, 2024)"), credentials presented "in capital city Kabul" by "A
newly appointed Chinese Ambassador …"."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_amir_as_a_given_name(sample_store: Store) -> None:
    text = ("Acting Foreign Minister Amir Khan Muttaqi met with Zhao Chao, Deputy Secretary "
            "General of China's Xinjiang region, in Kabul on Thursday.")
    assert new_proposed(sample_store, text, "name", "position")[0] == (
        "Amir Khan Muttaqi", "Acting Foreign Minister")
    text = ("After arriving in Kabul, the Chinese Foreign Minister met with Mawlawi Amir Khan "
            "Muttaqi, he added.")
    assert new_proposed(sample_store, text, "name") == [("Amir Khan Muttaqi",)]


def test_a_post_of_the_islamic_emirate_and_one_newly_appointed(sample_store: Store) -> None:
    text = ("KABUL: The Acting Interior Minister of the Islamic Emirate Khalifa Sirajuddin "
            "Haqqani met with the newly appointed Chinese Ambassador to Afghanistan, Zhao Xing, "
            "here in Kabul, the ministry said on Monday.")
    assert new_proposed(sample_store, text, "name", "country", "position") == [
        ("Khalifa Sirajuddin Haqqani", "", "Acting Interior Minister of the Islamic Emirate"),
        ("Zhao Xing", "CN", "Ambassador to Afghanistan")]


def test_an_envoy_on_afghan_affairs_after_a_wires_bracket(sample_store: Store) -> None:
    text = ("BEIJING, (APP - UrduPoint / Pakistan Point News - 25th Nov, 2024) Special Envoy on "
            "Afghan Affairs of the Chinese Ministry of Foreign Affairs Yue Xiaoyong visited "
            "Afghanistan recently and met with senior Afghan officials.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert proposal.published == "2024-11-25"
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Yue Xiaoyong", "participant", "CN",
         "Special Envoy on Afghan Affairs of the Chinese Ministry of Foreign Affairs")]


def test_credentials_presented_in_capital_city_kabul(sample_store: Store) -> None:
    text = ("ISLAMABAD, Sept 13, 2023 (KUNA) -- A newly appointed Chinese Ambassador to "
            "Afghanistan, Zhao Xing presented his credentials to the Afghan Prime Minister Mullah "
            "Mohammad Hassan Akhund in capital city Kabul on Wednesday.")
    place_countries.prepare()
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.place, proposal.country) == ("Kabul", "AF")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Zhao Xing", "participant", "CN"), ("Mullah Mohammad Hassan Akhund", "host", "AF")]
