"""New event from text on Rwandan reports of China's envoys and signings: a
caption whose credit has no colon ("(Photo Village Urugwiro)", "… PHOTO |
FILE"), a syndicated item's bracketed source line, a form of address's full
stop inside the first sentence, a city named as a country's capital, an
event "held in Beijing late last year" (recalled, no place of this one),
"Paul Kagame of Rwanda" and "Chinese Xi Jinping" (people of those countries),
a post of several words before its holder, "the Government of the People’s
Republic of China" (the country) and one who "received the minister and his
delegation" (the host), and "President Kagame and President Xi Jinping held
talks" (two, the first named in full before)."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def test_a_caption_without_a_colon_and_an_event_recalled(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("President Kagame with the visiting Chinese envoy (Photo Village Urugwiro)\n\n"
            "KIGALI – China's deputy Foreign Minister, Zhai Jun, on Monday paid a courtesy call "
            "on President Paul Kagame.\n\n"
            "At a summit held in Beijing late last year, China pledged new loans to Rwanda.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.title, proposal.event_type, proposal.place) == ("", "visit", "Kigali")


def test_a_syndicated_item_signed_in_a_capital(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("(MENAFN- APO Group)\n\n"
            "On March 3, 2024, Chinese Ambassador to Rwanda Mr. Wang Xuekun and Minister of "
            "Infrastructure Hon. Jimmy Gasore signed a road project agreement on behalf of their "
            "governments in Kigali, the capital of Rwanda.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.title, proposal.event_type, proposal.date, proposal.place) == (
        "", "agreement signing", "2024-03-03", "Kigali")


def test_people_named_with_their_country_after_or_before(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("Presidents Paul Kagame of Rwanda and Chinese Xi Jinping attended the signing of "
            "agreements in Kigali on July 23, 2018. PHOTO | FILE\n\n"
            "The two leaders witnessed the signing of 15 agreements on trade.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.title, proposal.place) == ("", "Kigali")
    assert new_proposed(sample_store, text, "name", "kind", "country") == [
        ("Paul Kagame", "person", "RW"), ("Xi Jinping", "person", "CN")]


def test_a_governments_signing_and_a_post_of_several_words(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("The Government of Rwanda and the Government of the People’s Republic of China "
            "signed six cooperation agreements. The pacts were signed by the Chinese "
            "International Trade Representative and Deputy Minister of Commerce, Gao Hucheng.")
    assert roles_proposed(sample_store, text) == {"China": "signatory"}
    assert new_proposed(sample_store, text, "name", "role", "position") == [
        ("Rwanda", "signatory", ""),
        ("Gao Hucheng", "signatory",
         "International Trade Representative and Deputy Minister of Commerce")]


def test_one_who_received_the_minister_and_his_delegation_hosted(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("President Paul Kagame received the minister and his delegation at Village Urugwiro "
            "in Kigali on Friday.")
    with sample_store.session() as session:
        assert propose_event(session, text).place == "Kigali"
    assert new_proposed(sample_store, text, "name", "role") == [("Paul Kagame", "host")]


def test_a_president_named_by_one_name_then_another_by_two(sample_store: Store) -> None:
    text = ("Rwandan President Paul Kagame arrived in Beijing on Thursday for a state visit. "
            "President Kagame and President Xi Jinping held talks in the Great Hall of the "
            "People on Friday.")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Paul Kagame", "participant", "RW", "President"),
        ("Xi Jinping", "participant", "", "President")]
