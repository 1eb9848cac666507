"""New event from text on Zimbabwean reports: "Zimbabwe and China in Harare
Friday signed …" (the place before what they did, the day no part of it), and
two presidents who "resolved to" do something (both took part)."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_where_two_countries_signed_said_before_the_verb(sample_store: Store) -> None:
    text = ("Zimbabwe and China in Harare Friday signed an Economic and Technical Agreement to "
            "strengthen their trade relations.")
    with sample_store.session() as session:
        assert propose_event(session, text).place == "Harare"


def test_two_presidents_who_resolved_to_cooperate(sample_store: Store) -> None:
    text = ("At their meeting in the Great Hall of the People yesterday, President Emmerson "
            "Mnangagwa and his Chinese counterpart, President Xi Jinping, resolved to strengthen "
            "trade.")
    assert new_proposed(sample_store, text, "name", "role") == [
        ("Emmerson Mnangagwa", "participant"), ("Xi Jinping", "participant")]
