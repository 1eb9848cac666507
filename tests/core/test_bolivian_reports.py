"""New event from text on Bolivian reports: a headline's capitalised
"Counterpart" before a name, Prensa Latina's dateline closed by ".-" ("La
Paz, Apr 29.- The Minister …"), and a visit made "in compliance with an
invitation from" a counterpart, the inviter its host."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def test_a_counterpart_written_with_a_capital(sample_store: Store) -> None:
    text = ("Bolivia's President Evo Morales met with his Chinese Counterpart Xi Jinping on "
            "Tuesday.")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Evo Morales", "participant", "BO"), ("Xi Jinping", "participant", "CN")]


def test_a_dateline_closed_by_a_full_stop_and_a_dash_and_an_inviter(
        sample_store: Store) -> None:
    text = ("Bolivian foreign minister begins visit to China\n\n"
            "La Paz, Apr 29.- The Minister of Foreign Affairs of Bolivia, Celinda Sosa, began "
            "an official visit to China in compliance with an invitation from her counterpart, "
            "Wang Yi.")
    with sample_store.session() as session:
        assert propose_event(session, text, near="2024-04-30").date == "2024-04-29"
    assert roles_proposed(sample_store, text) == {"China": "host", "Wang Yi": "host"}
    assert new_proposed(sample_store, text, "name", "role", "position") == [
        ("Celinda Sosa", "participant", "Minister of Foreign Affairs of Bolivia")]
