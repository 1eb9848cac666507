"""New event from text on Georgian reports: one who "met recently with" someone
met them."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed


def test_met_recently_with(sample_store: Store) -> None:
    text = ("Prime Minister of Georgia Irakli Kobakhidze met recently with Zhou Qian, the "
            "Chinese Ambassador to Georgia.")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Irakli Kobakhidze", "participant", "GE", "Prime Minister of Georgia"),
        ("Zhou Qian", "participant", "CN", "Ambassador to Georgia")]
