"""New event from text on a Peruvian report of a president's state visit: one
who signed what the text names in six words ("signed the expansion of a free
trade agreement with Peru") is a signatory, and so is the other side."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed


def test_who_signed_the_expansion_of_an_agreement(empty_store: Store) -> None:
    text = ("Chinese President Xi Jinping yesterday inaugurated the megaport of Chancay in "
            "Peru. Xi also signed the expansion of a free trade agreement with Peru.")
    assert new_proposed(empty_store, text, "name", "role") == [
        ("Xi Jinping", "signatory"), ("Peru", "signatory")]
