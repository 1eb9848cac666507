"""New event from text on Panamanian reports: a visit made "to meet with his
counterpart, President Xi Jinping" (the counterpart named after a comma); a
visit "completed" by the visitor; those who "witnessed last Friday in Beijing
the signature of" memoranda, when and where between the verb and what they
saw."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed, roles_proposed


def test_a_visit_made_to_meet_a_counterpart_named_after_a_comma(sample_store: Store) -> None:
    text = ("Last month the President of the Republic of Panama, Juan Carlos Varela, paid a "
            "state visit to China to meet with his counterpart, President Xi Jinping.")
    assert roles_proposed(sample_store, text) == {"China": "host"}
    assert sorted(new_proposed(sample_store, text, "name", "role", "country")) == [
        ("Juan Carlos Varela", "participant", "PA"), ("Xi Jinping", "participant", "")]


def test_a_visit_completed_and_a_signature_witnessed_last_friday(sample_store: Store) -> None:
    text = ("Varela wraps up visit to China\n\n"
            "The president of Panama, Juan Carlos Varela, today completed a six-day state visit "
            "to China.\n\n"
            "Chinese President Xi Jinping and Varela, who travelled with several ministers, "
            "witnessed last Friday in Beijing the signature of 19 cooperation memoranda.")
    assert roles_proposed(sample_store, text) == {"China": "host"}
    assert sorted(new_proposed(sample_store, text, "name", "role", "country")) == [
        ("Juan Carlos Varela", "witness", "PA"), ("Xi Jinping", "witness", "CN")]
