"""New event from text on Honduran reports: a joint communique signed (an
agreement signing); a sentence opening with whom its subject met ("Meeting
Honduran Foreign Minister Eduardo Reina on March 27, Chinese Vice President
Han Zheng conveyed …": both took part); and those who "participated in the
ceremony: A, from Honduras, and B, from China"."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_a_joint_communique_signed(sample_store: Store) -> None:
    text = ("China, Honduras establish diplomatic relations\n\n"
            "BEIJING, March 26 — China and Honduras signed a joint communique in Beijing on "
            "Sunday establishing diplomatic relations.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.event_type, proposal.type_named_in) == ("agreement signing",
                                                             "first sentence")


def test_a_sentence_opening_with_whom_its_subject_met(sample_store: Store) -> None:
    text = ("Ties between China and Honduras are moving fast.\n\n"
            "Meeting Honduran Foreign Minister Eduardo Reina on March 27, Chinese Vice President "
            "Han Zheng passed on President Xi's greetings to his Honduran counterpart.")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Eduardo Reina", "participant", "HN", "Foreign Minister"),
        ("Han Zheng", "participant", "CN", "Vice President")]


def test_those_who_participated_in_the_ceremony_after_a_colon(sample_store: Store) -> None:
    text = ("Honduras opened an embassy in China on Sunday. The foreign ministers of both "
            "countries participated in the ceremony: Enrique Reina, from Honduras, and Qin Gang, "
            "from China.")
    offered = new_proposed(sample_store, text, "name", "role")
    assert ("Enrique Reina", "participant") in offered
    assert ("Qin Gang", "participant") in offered
