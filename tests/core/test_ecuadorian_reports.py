"""New event from text on reports of Ecuador's leaders with China's: "the
Chinese government's Special Envoy" (China's envoy, after a dateline), a
leader "welcomed his Ecuadorean colleague" (the host and the one welcomed)
and a minister "of Strategic Sectors"."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from tests.core.proposals import new_proposed


def test_a_governments_special_envoy_after_a_dateline(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("QUITO, May 25 (Xinhua) -- The Chinese government's Special Envoy Chen Lei said "
            "Saturday that his country will deepen its partnership with Ecuador.")
    assert new_proposed(sample_store, text, "name", "country", "position") == [
        ("Chen Lei", "CN", "Special Envoy")]


def test_a_president_welcomes_his_colleague(sample_store: Store) -> None:
    place_countries.prepare()
    text = ("Chinese President Xi Jinping welcomed his Ecuadorean colleague Daniel Noboa in "
            "Beijing Friday. Ecuadorian Coordinating Minister of Strategic Sectors Rafael Poveda "
            "also attended the meeting.")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Xi Jinping", "host", "CN", "President"), ("Daniel Noboa", "participant", "EC", ""),
        ("Rafael Poveda", "attendee", "EC", "Coordinating Minister of Strategic Sectors")]
