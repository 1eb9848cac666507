"""New event from text on Syrian reports: a paper's section in capitals
("WORLD, Sept. 23 (YPA) –") is no dateline's town; a summit "held Friday" by
two presidents "in the Chinese city of Hangzhou during which they signed …";
a delegation "received Wednesday"; the "Foreign and Expatriates Minister"."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def test_a_summit_held_friday_in_a_chinese_city(sample_store: Store) -> None:
    text = ("Syria, China sign strategic cooperation agreement\n\n"
            "WORLD, Sept. 23, 2023 (YPA) – Syrian President Bashar al-Assad and Chinese "
            "President Xi Jinping held Friday a summit meeting in the Chinese city of Hangzhou "
            "during which they signed an agreement on strategic cooperation.")
    place_countries.prepare()
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.place, proposal.country) == ("Hangzhou", "CN")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Bashar al-Assad", "co-host", "SY"), ("Xi Jinping", "co-host", "CN")]


def test_a_delegation_received_wednesday(sample_store: Store) -> None:
    text = ("DAMASCUS, Mar 26, 2025 (SANA) : Foreign and Expatriates Minister Asaad al-Shaibani "
            "received Wednesday a delegation from the People's Republic of China headed by the "
            "Chinese Ambassador to Syria, Shi Hongwei.")
    assert roles_proposed(sample_store, text) == {"China": "participant"}
    assert new_proposed(sample_store, text, "name", "role", "position") == [
        ("Asaad al-Shaibani", "host", "Foreign and Expatriates Minister"),
        ("Shi Hongwei", "representative", "Ambassador to Syria")]
