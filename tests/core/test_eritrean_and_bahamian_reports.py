"""New event from text on Eritrean and Bahamian reports: signatories before a
quotation's mark ("Li and … Berhane Abrehe then \\"signed three agreements
…,\\" said the statement"); a delegation listed "Mr. A, Minister of …, Mr. B,
Minister of …" (each his own post, not the next one's); a president who
"received at State House today Chinese senior delegation led by …"; a
dateline of a city and its country with no day ("Nassau, The Bahamas -",
"BRIDGETOWN, Barbados –"), not a list of towns; an agreement "signed … a $12
million … agreement with" China; one who signed "on behalf of the Bahamas
Government" of the Bahamas; and one who "was representing the country in the
signing" a representative."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.datelines import dateline_city
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def test_signatories_before_a_quotations_mark(sample_store: Store) -> None:
    text = ("China has signed economic deals with Eritrea. Chinese Foreign Minister Li Zhaoxing "
            "met President Issaias Afeworki on Saturday.\n\n"
            "Li and Eritrean Finance Minister Berhane Abrehe then \"signed three agreements on "
            "economic cooperation,\" the information ministry said.")
    offered = new_proposed(sample_store, text, "name", "role", "country")
    assert ("Li Zhaoxing", "signatory", "CN") in offered
    assert ("Berhane Abrehe", "signatory", "ER") in offered


def test_a_delegation_listed_with_each_ones_post_after_his_name(sample_store: Store) -> None:
    text = ("A senior Eritrean delegation is on a working visit to China. The delegation "
            "includes Mr. Abraha Asfaha, Minister of Public Works, Mr. Berhane Habtemmariam, "
            "Minister of Finance, Dr. Gergis Tesfamicael, Minister of National Development, and "
            "Mr. Arefaine Berhe, Minister of Agriculture.")
    assert new_proposed(sample_store, text, "name", "position") == [
        ("Abraha Asfaha", "Minister of Public Works"),
        ("Berhane Habtemmariam", "Minister of Finance"),
        ("Gergis Tesfamicael", "Minister of National Development"),
        ("Arefaine Berhe", "Minister of Agriculture")]


def test_a_delegation_received_at_state_house_today(sample_store: Store) -> None:
    text = ("President Isaias Afwerki received at State House today a Chinese senior delegation "
            "led by State Councilor and Foreign Minister Wang Yi.")
    assert "Wang Yi" in roles_proposed(sample_store, text)
    assert new_proposed(sample_store, text, "name", "role", "position") == [
        ("Isaias Afwerki", "host", "President")]


def test_a_city_and_its_country_as_a_dateline(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("Nassau, The Bahamas - The government signed a $12 million economic and technical "
            "agreement with the People's Republic of China at the Ministry of Foreign Affairs, "
            "July 7, 2021.\n\n"
            "Minister of Foreign Affairs, the Hon. Darren Henfield, said he was glad to have "
            "signed the agreement on behalf of the Bahamas Government.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.date, proposal.place, proposal.country) == ("2021-07-07", "Nassau", "BS")
    assert roles_proposed(sample_store, text) == {"China": "signatory"}
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Darren Henfield", "representative", "BS")]
    assert dateline_city("BRIDGETOWN, Barbados – The ministry opened a school.") == "Bridgetown"
    # (towns listed are no dateline)
    assert dateline_city("Beijing, Shanghai and Tianjin - three cities of the list") == ""


def test_one_representing_the_country_in_the_signing(sample_store: Store) -> None:
    text = ("The Bahamas and China signed an economic and technical cooperation agreement at "
            "a resort on Paradise Island.\n\n"
            "China Vice Premier Wang Qishan was representing the country in the signing.")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Bahamas", "signatory", "BS"), ("Wang Qishan", "representative", "CN")]
