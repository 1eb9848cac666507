"""A vocabulary value merged into another ("attendee" into "participant"):
whatever had it takes the other and it is removed, in one step; each value's
uses are counted for the analyst choosing."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.core.changes import ValidationError
from desktop.core.db import Store
from desktop.core.models import Event, EventParticipant, VocabularyTerm
from desktop.core.operations import Operations
from desktop.core.vocabularies import term_uses
from tests.core.test_undo import _first


def _uses(store: Store, vocabulary: str) -> dict[str, int]:
    with store.session() as session:
        return {use.value: use.uses for use in term_uses(session, vocabulary)}


def test_a_role_merged_into_another_moves_every_link_and_is_gone(sample_store: Store) -> None:
    ops = Operations(sample_store, "Li Wei")
    before = _uses(sample_store, "role")
    assert before["attendee"] == 12 and before["participant"] == 8
    assert before["organizer"] == 0  # a value no one has is listed too
    attendee = _first(sample_store, VocabularyTerm, vocabulary="role", value="attendee")
    with sample_store.session() as session:
        events = set(session.scalars(select(EventParticipant.event_id).where(
            EventParticipant.role_id == attendee)))
    report = ops.merge_terms(attendee, _first(sample_store, VocabularyTerm, vocabulary="role",
                                              value="participant"))
    after = _uses(sample_store, "role")
    assert "attendee" not in after and after["participant"] == 20
    assert report.events_touched() >= events  # the forms and lists showing them follow
    with sample_store.session() as session:
        assert session.get(VocabularyTerm, attendee) is None


def test_an_event_type_merged_into_another_retypes_its_events(sample_store: Store) -> None:
    ops = Operations(sample_store, "Li Wei")
    forum = _first(sample_store, VocabularyTerm, vocabulary="event_type", value="forum")
    ops.merge_terms(forum, _first(sample_store, VocabularyTerm, vocabulary="event_type",
                                  value="conference"))
    assert _uses(sample_store, "event_type")["conference"] == 2
    with sample_store.session() as session:
        assert not session.scalars(select(Event.id).where(Event.event_type_id == forum)).all()


def test_a_value_merges_only_into_another_of_its_vocabulary(sample_store: Store) -> None:
    ops = Operations(sample_store, "Li Wei")
    speaker = _first(sample_store, VocabularyTerm, vocabulary="role", value="speaker")
    forum = _first(sample_store, VocabularyTerm, vocabulary="event_type", value="forum")
    with pytest.raises(ValidationError, match="only into another value of its vocabulary"):
        ops.merge_terms(speaker, forum)
    with pytest.raises(ValidationError, match="only into another value of its vocabulary"):
        ops.merge_terms(speaker, speaker)
    assert _uses(sample_store, "role")["speaker"] == 4  # nothing changed


def test_roles_given_to_links_must_be_known_and_the_links_there(sample_store: Store) -> None:
    ops = Operations(sample_store, "Li Wei")
    link = _first(sample_store, EventParticipant)
    with pytest.raises(ValidationError, match="'keynote' is not a known role"):
        ops.set_link_roles({link: "keynote"})
    with pytest.raises(ValidationError, match="no participant link has the id nope"):
        ops.set_link_roles({"nope": "speaker"})


def test_a_saved_search_on_a_merged_type_finds_its_events_under_the_other(
        sample_store: Store) -> None:
    from desktop.core.filters import EventFilter
    from desktop.core.models import SavedSearch
    from desktop.core.undo import invert

    ops = Operations(sample_store, "Li Wei")
    forum = _first(sample_store, VocabularyTerm, vocabulary="event_type", value="forum")
    conference = _first(sample_store, VocabularyTerm, vocabulary="event_type",
                        value="conference")
    ops.save_search("Forums", EventFilter(event_type=frozenset({forum}),
                                          text="ASEAN").to_json())
    report = ops.merge_terms(forum, conference)

    def saved() -> EventFilter:
        with sample_store.session() as session:
            return EventFilter.from_json(session.scalars(select(SavedSearch.definition).where(
                SavedSearch.name == "Forums")).one())

    assert saved() == EventFilter(event_type=frozenset({conference}), text="ASEAN")
    invert(ops, report)
    assert saved() == EventFilter(event_type=frozenset({forum}), text="ASEAN")
