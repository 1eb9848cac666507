"""A facet's values are either-or: with one ticked, the facet still counts its
other values (under the other facets' choices), so a second can be added."""

from __future__ import annotations

from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.event_filter import EventFilter, facet_counts
from desktop.core.models import Tag


def _counts(store: Store, event_filter: EventFilter, facet: str) -> dict[str, int]:
    with store.session() as session:
        return {value.label: value.count for value in facet_counts(session, event_filter)[facet]}


def test_a_ticked_country_leaves_the_other_countries_to_add(sample_store: Store) -> None:
    everything = _counts(sample_store, EventFilter(), "country")
    laos = EventFilter(country=frozenset({"LA"}))
    # The country list is as before the tick: each country's events, to add.
    assert _counts(sample_store, laos, "country") == everything
    assert everything["CN"] == 3 and everything["LA"] == 1
    # The other facets count Laos's events alone.
    assert sum(_counts(sample_store, laos, "status").values()) == 1
    # Laos or Cambodia: two events, and the statuses count both.
    either = EventFilter(country=frozenset({"LA", "KH"}))
    assert sum(_counts(sample_store, either, "status").values()) == 2


def test_a_facet_counts_under_the_other_facets_choices(sample_store: Store) -> None:
    with sample_store.session() as session:
        asean = session.scalars(select(Tag.id).where(Tag.name == "ASEAN")).one()
    china_and_asean = EventFilter(country=frozenset({"CN"}), tag=frozenset({asean}))
    # The countries of the ASEAN events, China ticked among them.
    assert _counts(sample_store, china_and_asean, "country") == {"CN": 1, "LA": 1, "KH": 1}
    # The tags of China's events, ASEAN ticked among them.
    tags = _counts(sample_store, china_and_asean, "tag")
    assert tags["ASEAN"] == 1
    assert tags == _counts(sample_store, EventFilter(country=frozenset({"CN"})), "tag")
