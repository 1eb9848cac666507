"""New event from text on reports on the Democratic Republic of the Congo: one
who met someone named with their post between commas before "who" ("…,
according to Qin Gang, the Chinese State Councilor and Foreign Minister, who
met with …")."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed


def test_one_named_with_a_post_before_who_met(sample_store: Store) -> None:
    text = ("China and the DRC to deepen Belt and Road cooperation\n\n"
            "China will work with the Democratic Republic of the Congo (DRC) on the Belt and "
            "Road Initiative (BRI), according to Qin Gang, the Chinese State Councilor and "
            "Foreign Minister, who met with Christophe Lutundula, the DRC's vice prime minister "
            "and foreign minister, in Beijing on Monday.")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Qin Gang", "participant", "CN", "State Councilor and Foreign Minister"),
        ("Christophe Lutundula", "participant", "CD", "vice prime minister and foreign minister")]
