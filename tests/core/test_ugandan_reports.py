"""New event from text on Ugandan reports of China's envoys: a dateline of a
city, its country and the paper between bars ("Kampala, Uganda | THE
INDEPENDENT |", no signatory), those who signed "it" or a document "on
behalf of" their countries (their representatives), one who "bid farewell
to" an envoy (the host), a post "for" what it is, and a shortened rank
("Gen") before a name, a relative "who" after one, and a name of three
words after where an ambassador is posted."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def test_a_papers_dateline_and_those_who_signed_for_their_countries(
        sample_store: Store) -> None:
    place_countries.prepare()
    text = ("China, Uganda sign technical cooperation agreement\n\n"
            "Kampala, Uganda | THE INDEPENDENT | Uganda and China on Thursday signed a technical "
            "cooperation agreement. Matia Kasaija, the Ugandan minister of Finance, signed the "
            "document on behalf of Uganda while Zhang Lizhong, the Chinese ambassador to "
            "Uganda, signed it on behalf of China.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.place, proposal.publisher) == ("Kampala", "THE INDEPENDENT")
    assert roles_proposed(sample_store, text) == {"China": "signatory"}
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Uganda", "signatory", "UG"), ("Matia Kasaija", "representative", "UG"),
        ("Zhang Lizhong", "representative", "CN")]


def test_a_president_bids_farewell_to_an_envoy_who_called_on_him(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("President Yoweri Kaguta Museveni has today bid farewell to the outgoing Ambassador "
            "of China to Uganda, H.E Zhang Lizhong who paid a courtesy call on him at his home.")
    assert new_proposed(sample_store, text, "name", "role", "position") == [
        ("Yoweri Kaguta Museveni", "host", "President"),
        ("Zhang Lizhong", "participant", "Ambassador of China to Uganda")]


def test_a_minister_for_foreign_affairs_of_rank_and_an_envoy_of_three_names(
        sample_store: Store) -> None:
    place_countries.prepare()
    text = ("The envoy presented copies of his credentials to the Minister for Foreign Affairs, "
            "Gen Jeje Odongo. It was disclosed during a meeting between Vice President Edward "
            "Ssekandi and the new Chinese Ambassador to Uganda Zheng Zhu Qiang who called on the "
            "Vice President.")
    assert new_proposed(sample_store, text, "name", "position") == [
        ("Jeje Odongo", "Minister for Foreign Affairs"), ("Edward Ssekandi", "Vice President"),
        ("Zheng Zhu Qiang", "Ambassador to Uganda")]
