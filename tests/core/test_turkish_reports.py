"""New event from text on Turkish reports: one received "in the capital Ankara"
gives the place, and "Wang, who is also a member of the political bureau of the
Communist Party of China …, met with" is Wang's doing, not China's."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def test_received_in_a_capital_and_one_described_between_commas_met(
        sample_store: Store) -> None:
    text = ("Erdogan receives Chinese foreign minister for talks\n\n"
            "Turkish President Recep Tayyip Erdogan received Chinese Foreign Minister Wang Yi in "
            "the capital Ankara for talks.\n\n"
            "Earlier on Wednesday, Wang, who is also a member of the political bureau of the "
            "Communist Party of China (CPC) Central Committee, met with Turkish Foreign Minister "
            "Hakan Fidan.")
    with sample_store.session() as session:
        assert propose_event(session, text).place == "Ankara"
    assert roles_proposed(sample_store, text) == {"Wang Yi": "participant"}
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Recep Tayyip Erdogan", "host", "TR"), ("Hakan Fidan", "participant", "TR")]
