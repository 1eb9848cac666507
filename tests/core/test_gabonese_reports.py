"""New event from text on Gabonese reports: a president named in full with
three given names ("Gabonese President Brice Clotaire Oligui Nguema's
inauguration"), then by his family name alone ("President Nguema"); and a
Chinese envoy named by his family name alone after it ("Mu met with …"), the
one the text names once in full, family name first ("Mu Hong")."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed


def test_a_president_and_an_envoy_named_by_one_name_after_their_full_names(
        sample_store: Store) -> None:
    text = ("China and Gabon pledge a stronger partnership\n\n"
            "The message was delivered by Mu Hong, the special envoy of Chinese President Xi "
            "Jinping, during his visit to Libreville.\n\n"
            "Mu represented China at Gabonese President Brice Clotaire Oligui Nguema's "
            "inauguration on Saturday. The following day, Mu met with President Nguema in the "
            "capital.")
    names = [name for name, in new_proposed(sample_store, text, "name")]
    assert "Brice Clotaire Oligui Nguema" in names and "Nguema" not in names
    assert "Mu Hong" in names and "Mu" not in names
