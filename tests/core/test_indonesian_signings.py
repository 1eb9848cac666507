"""New event from text on Indonesian reports of signings: an MoU "conducted
between" three parties, a body "of the Republic of Indonesia" (Indonesia only
whose it is), and a company opening with its legal form "PT"."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed, roles_proposed


def test_an_mou_conducted_between_three_bodies_of_two_republics(sample_store: Store) -> None:
    text = ("Another MoU was conducted between the National Economic Council of the Republic of "
            "Indonesia, the Ministry of Commerce of the People's Republic of China, and the "
            "Fujian Provincial Government.")
    assert roles_proposed(sample_store, text) == {}  # (neither country signed it itself)
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("National Economic Council of the Republic of Indonesia", "signatory", "ID"),
        ("Ministry of Commerce (China)", "signatory", "CN"),
        ("Fujian Provincial Government", "signatory", "CN")]


def test_a_company_named_with_its_legal_form_first(sample_store: Store) -> None:
    text = ("Chinese battery maker GEM signed a deal with PT Vale Indonesia to build a plant in "
            "Central Sulawesi.")
    assert ("PT Vale Indonesia", "organization", "signatory", "ID") in new_proposed(
        sample_store, text, "name", "kind", "role", "country")
