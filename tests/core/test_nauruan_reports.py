"""New event from text on Nauruan reports: a minister's portfolio joined by
"&" before his name ("Nauru's Minister for Foreign Affairs & Trade Lionel
Aingimea and his Chinese counterpart Wang Yi sign joint communique")."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed, roles_proposed


def test_a_portfolio_joined_by_an_ampersand_before_the_name(sample_store: Store) -> None:
    text = ("Nauru's Minister for Foreign Affairs & Trade Lionel Aingimea and his Chinese "
            "counterpart Wang Yi sign a joint communique restoring diplomatic relations, in "
            "Beijing on 24 January.\n\nMinister Aingimea said it was a moment in history.")
    assert roles_proposed(sample_store, text) == {"Wang Yi": "signatory"}
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Lionel Aingimea", "signatory", "NR", "Minister for Foreign Affairs & Trade")]
