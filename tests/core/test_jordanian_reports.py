"""New event from text on Jordanian reports of China's envoys and visitors: a
page's trail and tools ("Home / … Tools: Save | Print | E-mail", "Adjust
font size:", "You are here") and a syndicated item's source line that lost
its opening bracket, none a headline; a body's name after a post (no one's
name), a nation's embassy in small letters that organised a meeting, an
ambassador "stated" after a quotation, an agency's report ("…, the Jordan
News Agency, Petra, reported") naming no one there, "an accompanying
delegation", a councillor misspelt, and "For her part," before a minister
of several portfolios."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_a_pages_tools_and_trail_are_no_headline(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("Home / International / State Exchanges Tools: Save | Print | E-mail | Most Read\n"
            "China ready to deepen cooperation with Jordan\n"
            "Adjust font size:\n\n"
            "China's top political advisor Jia Qinglin said in Amman on Sunday that China is "
            "ready to deepen cooperation.\n\n"
            "Jia, chairman of the National Committee of the Chinese People's Political "
            "Consultative Conference (CPPCC), made the remarks during his talks with Jordanian "
            "Senate President Zaid Al Rifaee.")
    with sample_store.session() as session:
        assert propose_event(session, text).title == (
            "China ready to deepen cooperation with Jordan")
    assert [name for name, in new_proposed(sample_store, text, "name")] == [
        "Jia Qinglin", "Zaid Al Rifaee"]


def test_a_syndicated_items_source_line_without_its_opening_bracket(
        sample_store: Store) -> None:
    place_countries.prepare()
    text = ("MENAFN - Jordan News Agency)\n\n"
            "Amman, June 4 (Petra) – China's Ambassador to Amman, Chen Chuandong, has affirmed "
            "that relations between China and Jordan are developing steadily.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.title, proposal.place) == ("", "Amman")


def test_an_embassy_organised_a_meeting_and_its_ambassador_stated(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("AMMAN — The Chinese embassy in Jordan on Monday organised a meeting with "
            "representatives from official institutions.\n\n"
            "“Jordan is a distinguished friend of China,” stated the Chinese Ambassador to Jordan "
            "Pan Weifang, on the sidelines of the meeting.")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Chinese Embassy", "organizer", "CN", ""),
        ("Pan Weifang", "", "CN", "Ambassador to Jordan")]


def test_an_agencys_report_names_no_one_who_was_there(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("AMMAN – Prime Minister Abdullah Ensour on Tuesday met with China's State Councelor "
            "Wang Yong and an accompanying delegation, the Jordan News Agency, Petra, reported.\n\n"
            "For her part, Trade, Industry and Supply Minister Maha Ali thanked China for its "
            "support.")
    assert new_proposed(sample_store, text, "name", "role", "position") == [
        ("Abdullah Ensour", "participant", "Prime Minister"),
        ("Wang Yong", "participant", "State Councelor"),
        ("Maha Ali", "", "Trade, Industry and Supply Minister")]
