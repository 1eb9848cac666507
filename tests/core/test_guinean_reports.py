"""New event from text on Guinean reports: the one a clause after "during
which" names is who did what it says, not those of the clause before ("…
Huang Wei met with Mahamady Doumbouya, …, following an invitation from the
latter during which Huang called for …": Doumbouya is not Chinese)."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed


def test_who_spoke_in_a_clause_after_during_which(sample_store: Store) -> None:
    text = ("Chinese envoy meets Guinea's new leader\n\n"
            "Chinese Ambassador to Guinea Huang Wei met with Mahamady Doumbouya, head of the "
            "National Rally and Development Committee (CNRD), at the latter's invitation, a "
            "meeting during which Huang called for the safety of Chinese staff and projects.")
    assert new_proposed(sample_store, text, "name", "country", "position", "affiliation") == [
        ("Huang Wei", "CN", "Ambassador to Guinea", ""),
        ("Mahamady Doumbouya", "", "head", "National Rally and Development Committee (CNRD)")]
