"""New event from text on Uzbek reports of state visits to China: "met his
Chinese counterpart …", "A and B held talks." closing the clause, "following
talks between A and B, …", "a meeting of A and B", "started his state visit
with bilateral talks with …", a ceremony "of exchanging signed documents"
(no one signed it there), "took place at the … residence in the city of
Xi’an", and "Documents signed to strengthen the … partnership" (a signing)."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_met_his_counterpart(sample_store: Store) -> None:
    text = "Kenya's President William Ruto met his Chinese counterpart Xi Jinping on Monday."
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("William Ruto", "participant", "KE"), ("Xi Jinping", "participant", "CN")]


def test_two_who_held_talks_and_a_ceremony_of_exchanging_documents(
        sample_store: Store) -> None:
    text = ("In Beijing, President Xi Jinping and President Shavkat Mirziyoyev held talks, and "
            "a ceremony of exchanging signed bilateral documents took place.")
    assert new_proposed(sample_store, text, "name", "role") == [
        ("Xi Jinping", "participant"), ("Shavkat Mirziyoyev", "participant")]


def test_talks_between_two_presidents_that_a_ceremony_followed(sample_store: Store) -> None:
    text = ("Following talks between President of Uzbekistan Shavkat Mirziyoyev and Chinese "
            "President Xi Jinping, a ceremony of exchanging the documents was held in Beijing.")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Shavkat Mirziyoyev", "participant", "UZ"), ("Xi Jinping", "participant", "CN")]


def test_a_city_hosting_a_meeting_of_two_presidents(sample_store: Store) -> None:
    text = ("Uzbekistan, China sign documents\n\n"
            "Beijing hosted a meeting of Uzbekistan's President Shavkat Mirziyoyev and his "
            "Chinese counterpart Xi Jinping on May 12.\n\n"
            "After the talks, Shavkat Mirziyoyev and Xi Jinping signed a joint declaration.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.event_type, proposal.place) == ("agreement signing", "Beijing")
    assert [(new.name, new.role, new.position, new.country) for new in proposal.new_names] == [
        ("Shavkat Mirziyoyev", "signatory", "President", "UZ"),
        ("Xi Jinping", "signatory", "", "CN")]


def test_a_state_visit_begun_with_talks_at_a_residence_in_a_city(sample_store: Store) -> None:
    text = ("Uzbek leader starts state visit to China\n\n"
            "On May 18, the President of Uzbekistan Shavkat Mirziyoyev started his state visit "
            "with bilateral talks with Chinese President Xi Jinping. The talks took place at "
            "the Shaanxi guest residence in the city of Xi’an.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.event_type, proposal.place) == ("visit", "Xi’an")
    assert [(new.name, new.role) for new in proposal.new_names] == [
        ("Shavkat Mirziyoyev", "participant"), ("Xi Jinping", "participant")]


def test_documents_signed_for_a_partnership_are_a_signing(sample_store: Store) -> None:
    text = ("Documents signed to deepen the strategic partnership of Uzbekistan and China\n\n"
            "Fifteen documents were signed during the visit.")
    with sample_store.session() as session:
        assert propose_event(session, text).event_type == "agreement signing"
