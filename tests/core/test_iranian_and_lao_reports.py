"""New event from text on Iranian and Lao reports: documents signed (a signing,
named so), presidents who "oversee inking" of agreements, one who "has been
welcomed by" another, and a speaker "At the handover ceremony of the project
held at …, " named after where and when."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def test_documents_signed_in_the_presence_of_two_presidents(sample_store: Store) -> None:
    text = ("Iran and China have signed 20 documents to expand cooperation. The documents were "
            "signed by senior officials in the presence of Iranian President Ebrahim Raeisi and "
            "his Chinese counterpart Xi Jinping in Beijing on Tuesday.")
    with sample_store.session() as session:
        assert propose_event(session, text).event_type == "agreement signing"
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Iran", "signatory", "IR"), ("Ebrahim Raeisi", "witness", "IR"),
        ("Xi Jinping", "witness", "CN")]


def test_presidents_who_oversee_inking_and_one_welcomed_by_another(sample_store: Store) -> None:
    text = ("Presidents Raisi, Xi Oversee Inking of 20 Agreements\n\n"
            "BEIJING (Dispatches) – Iranian President Ebrahim Raisi has been welcomed by his "
            "Chinese counterpart President Xi Jinping in a ceremony in Beijing.")
    with sample_store.session() as session:
        assert propose_event(session, text).event_type == "agreement signing"
    # (each is named by family name in the headline, in full below)
    assert new_proposed(sample_store, text, "name", "role", "position") == [
        ("Ebrahim Raisi", "witness", "President"), ("Xi Jinping", "witness", "President")]


def test_a_speaker_at_a_handover_ceremony_held_somewhere_at_night(sample_store: Store) -> None:
    text = ("At the handover ceremony of the project held at Patuxay Monument Park here on "
            "Friday night, Chinese Ambassador to Laos Jiang Zaidong said that the project "
            "reflects the efforts of the two countries.\n\n"
            "The Mayor of Vientiane, Sinlavong Khoutphaythoune, attended the ceremony.")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Jiang Zaidong", "speaker", "CN", "Ambassador to Laos"),
        ("Sinlavong Khoutphaythoune", "attendee", "", "Mayor")]


def test_a_weekday_morning_counted_from_the_publication_day(sample_store: Store) -> None:
    text = ("Iran, China ink 20 cooperation documents\n\n"
            "Feb 14, 2023, 2:58 PM\n\n"
            "Raisi arrived at Beijing International Airport Tuesday morning local time.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.date, proposal.date_found) == ("2023-02-14", "Tuesday")


def test_who_visited_and_then_met_after_a_comma(sample_store: Store) -> None:
    for text in ("王毅应邀访问老挝，会见了老挝总理宋赛·西潘敦。",
                 "外交部副部长于洪君应邀访问老挝，会见了老挝总理宋赛·西潘敦。"):
        assert ("宋赛·西潘敦", "participant", "LA") in new_proposed(
            sample_store, text, "name", "role", "country"), text
    assert roles_proposed(sample_store, "王毅应邀访问老挝，会见了老挝总理宋赛·西潘敦。")[
        "Wang Yi"] == "participant"
    assert ("Yu Hongjun", "participant") in new_proposed(
        sample_store, "外交部副部长于洪君应邀访问老挝，会见了老挝总理宋赛·西潘敦。", "name", "role")
