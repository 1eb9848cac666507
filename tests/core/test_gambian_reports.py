"""New event from text on Gambian reports: an agreement "signed by the
minister of Foreign Affairs, International Cooperation and Gambians Abroad,
Honourable …, on behalf of The Gambia government, and the Chinese Ambassador
to The Gambia, …, for his government": both signatories, each of his
country, the minister's whole portfolio his post (its commas, its "and", a
people's name in it)."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed


def test_an_agreement_signed_by_a_minister_and_an_ambassador(sample_store: Store) -> None:
    text = ("The project agreement was signed by the minister of Foreign Affairs, International "
            "Cooperation and Gambians Abroad, Honourable Ousainou Darboe, on behalf of The Gambia "
            "government, and the Chinese Ambassador to The Gambia, Zhang Jiming, for his "
            "government.")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Ousainou Darboe", "signatory", "GM",
         "minister of Foreign Affairs, International Cooperation and Gambians Abroad"),
        ("Zhang Jiming", "signatory", "CN", "Ambassador to The Gambia")]

