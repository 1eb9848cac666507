"""New event from text on Fijian reports of signings with China: a page's
"Published On:" line and a memorandum "signed today between" a province of
China and Fiji (the province a signatory of China's, the country only whose
it is), "The signing took place between" an ambassador named after "His
Excellency" and a permanent secretary of rank (neither part of a name or a
post), a time before the day under the headline, a naval rank before a
speaker's name, a caption's credit in square brackets and "China's top
legislator" a post."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed

_PROVINCE = ("Fiji and Guangdong deepen ties\n"
             "Published On: 14/03/2019\n"
             "A Memorandum of Understanding (MOU) signed today between the Guangdong province of "
             "the People’s Republic of China and Republic of Fiji will open new exchanges.\n"
             "The signing took place between Ambassador of the People’s Republic of China to "
             "Fiji His Excellency Qian Bo and the Permanent Secretary for Foreign Affairs Major "
             "General (Ret’d) Ioane Naivalurua at the Ministry of Foreign Affairs headquarters in "
             "Suva.")


def test_a_memorandum_signed_today_between_a_province_and_a_country(
        sample_store: Store) -> None:
    place_countries.prepare()
    with sample_store.session() as session:
        proposal = propose_event(session, _PROVINCE)
    assert (proposal.event_type, proposal.date, proposal.place) == (
        "agreement signing", "2019-03-14", "Suva")
    assert roles_proposed(sample_store, _PROVINCE) == {}  # (China only whose the province is)
    assert new_proposed(sample_store, _PROVINCE, "name", "role", "country", "position") == [
        ("Guangdong province", "signatory", "CN", ""), ("Fiji", "signatory", "FJ", ""),
        ("Qian Bo", "signatory", "CN", "Ambassador of the People’s Republic of China to Fiji"),
        ("Ioane Naivalurua", "signatory", "", "Permanent Secretary for Foreign Affairs")]


def test_a_time_before_the_day_and_a_commodore_who_spoke(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("China, Fiji agree to strengthen cooperation\n\n"
            "13:18, December 22, 2011\n\n"
            "SUVA, Dec. 22 (Xinhua) -- The two governments signed here Thursday an agreement on "
            "economic and technical cooperation.\n\n"
            "Speaking at the signing ceremony, the Commodore Josaia Voreqe Bainimarama thanked "
            "China for its help.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.event_type, proposal.published, proposal.date) == (
        "agreement signing", "2011-12-22", "2011-12-22")
    assert new_proposed(sample_store, text, "name", "role") == [
        ("Josaia Voreqe Bainimarama", "speaker")]


def test_a_bracketed_credit_and_a_top_legislator(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("Top legislator Wu Bangguo and Fijian Prime Minister Voreqe Bainimarama meet in "
            "Nadi, Fiji, on Friday. [Photo/Xinhua]\n"
            "The three agreements were signed in the presence of China's top legislator Wu "
            "Bangguo and Fijian Prime Minister Voreqe Bainimarama.")
    with sample_store.session() as session:
        assert propose_event(session, text).title == ""
    assert new_proposed(sample_store, text, "name", "role", "position") == [
        ("Wu Bangguo", "witness", "top legislator"),
        ("Voreqe Bainimarama", "witness", "Prime Minister")]
