"""New event from text on Portuguese reports of state visits: one who "will be
welcomed by" their counterpart (the welcomed takes part, the one welcoming
hosts), "Santos Silva" after "Augusto Santos Silva" (one person, by his
family names), "after a meeting at the palace … in Lisbon with …", and a
partnership "established in 2005" (no year of the event)."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_a_president_welcomed_by_his_counterpart(sample_store: Store) -> None:
    text = ("Portugal and China raise their relations\n\n"
            "The two countries move from a partnership established in 2005 to a strategic "
            "dialogue. The Portuguese President Marcelo Rebelo de Sousa will be welcomed by his "
            "Chinese counterpart Xi Jinping in the Great Hall of the People.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.date, proposal.place) == ("", "Beijing")
    assert [(new.name, new.role, new.country) for new in proposal.new_names] == [
        ("Marcelo Rebelo de Sousa", "participant", "PT"), ("Xi Jinping", "host", "CN")]


def test_a_minister_named_again_by_his_family_names(sample_store: Store) -> None:
    text = ("The memorandum was signed by Portuguese Foreign Minister Augusto Santos Silva and "
            "He Lifeng. Santos Silva and Chinese Trade Minister Zhong Shan signed a memorandum "
            "on trade in services.")
    assert new_proposed(sample_store, text, "name", "role", "position") == [
        ("Augusto Santos Silva", "signatory", "Foreign Minister"),
        ("He Lifeng", "signatory", ""),
        ("Zhong Shan", "signatory", "Trade Minister")]


def test_a_meeting_at_a_palace_with_a_president(sample_store: Store) -> None:
    text = ("António Costa spoke after a meeting at the palace of Queluz in Lisbon with the "
            "President of China, Xi Jinping.")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Xi Jinping", "participant", "CN")]
