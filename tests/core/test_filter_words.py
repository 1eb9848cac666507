"""A search and its filters in words, for the line under a picture: every
facet by the names the filters show, in the filter panel's order."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.filter_words import filter_in_words
from desktop.core.filters import EventFilter
from desktop.core.models import Participant, Tag, VocabularyTerm


def test_every_facet_is_named_by_what_the_filters_show(sample_store: Store) -> None:
    with sample_store.session() as session:
        forum = session.scalars(select(VocabularyTerm.id).where(
            VocabularyTerm.vocabulary == "event_type", VocabularyTerm.value == "forum")).one()
        asean = session.scalars(select(Tag.id).where(Tag.name == "ASEAN")).one()
        person = session.scalars(select(Participant).order_by(Participant.name)).first()
        assert person is not None
        every = EventFilter(
            text=" 人工智能 ", date_from=date(2024, 1, 1), date_to=date(2025, 6, 30),
            country=frozenset({"LA", "CN"}), event_type=frozenset({forum}),
            status=frozenset({"needs_review"}), tag=frozenset({asean}),
            participant=frozenset({person.id}), publisher=frozenset({"Reuters"}),
            relation=frozenset({"part_of"}), with_members=True,
            changed_since=date(2026, 11, 1))
        assert filter_in_words(session, every) == (
            "Search “人工智能”; dates 2024-01-01 to 2025-06-30; status: needs review; "
            "country: China, Laos; event type: forum; tag: ASEAN; source: Reuters; "
            f"relations: part of another; participant: {person.name} and those under it; "
            "changed here since 2026-11-01")


def test_no_filter_is_no_words_and_an_open_range_says_so(sample_store: Store) -> None:
    with sample_store.session() as session:
        assert filter_in_words(session, EventFilter()) == ""
        assert filter_in_words(session, EventFilter(date_from=date(2025, 1, 1))) == (
            "Dates 2025-01-01 to …")
        # A tag deleted since the search was saved is named by its id.
        assert filter_in_words(session, EventFilter(tag=frozenset({"gone-tag"}))) == (
            "Tag: gone-tag")
