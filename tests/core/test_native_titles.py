"""An event's native title: kept beside the title, searched in either
character set, logged, replaced, and used to pair duplicates written in
another language."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core import db
from desktop.core.changes import ValidationError
from desktop.core.duplicate_events import find_duplicate_events
from desktop.core.event_filter import EventFilter
from desktop.core.history import record_history
from desktop.core.likely_events import events_like
from desktop.core.listing import event_rowids, event_window
from desktop.core.models import Event
from desktop.core.operations import Operations
from desktop.core.search import compose_event_text, index_problems
from tests.core.old_schema import database_at

SEMINAR_NATIVE = "中國-東盟人工智能發展與治理合作研討會"


def _titles(ops: Operations, query: str) -> list[str]:
    with ops.store.session() as session:
        return [row.title for row in event_window(
            session, event_rowids(session, EventFilter(text=query)))]


def test_a_native_title_is_stored_logged_and_found_in_either_character_set(
        ops: Operations) -> None:
    forum = ops.create_event({"title": "China-ASEAN AI Forum", "date": "2025-05-25"}
                             ).ids("event").pop()
    ops.create_event({"title": "Another forum"})
    ops.update_event(forum, {"native_title": "  中國—東盟人工智能論壇 "})
    with ops.store.session() as session:
        assert session.get(Event, forum).native_title == "中國—東盟人工智能論壇"  # trimmed
        logged = [(entry.what, entry.old, entry.new)
                  for entry in record_history(session, forum)]
    assert ("native title", "", "中國—東盟人工智能論壇") in logged  # in words
    # typed in simplified characters, found in the traditional ones it was written in
    assert _titles(ops, "中国—东盟人工智能") == ["China-ASEAN AI Forum"]
    assert _titles(ops, "人工") == ["China-ASEAN AI Forum"]  # a short term too
    ops.update_event(forum, {"native_title": ""})
    assert _titles(ops, "中国—东盟人工智能") == []


def test_a_native_title_longer_than_a_title_may_be_is_refused(ops: Operations) -> None:
    forum = ops.create_event({"title": "Forum"}).ids("event").pop()
    with pytest.raises(ValidationError) as refused:
        ops.update_event(forum, {"native_title": "论" * 1001})
    assert [str(p) for p in refused.value.problems] == [
        "native_title: is longer than 1000 characters"]


def test_find_and_replace_reaches_native_titles(ops: Operations) -> None:
    wrong = ops.create_event({"title": "Forum", "native_title": "中国—东盟媒体合作论谈"}
                             ).ids("event").pop()
    ops.replace_in_events([wrong], ["native_title"], "论谈", "论坛")
    with ops.store.session() as session:
        assert session.get(Event, wrong).native_title == "中国—东盟媒体合作论坛"


def test_a_database_of_the_previous_version_opens_with_empty_native_titles(
        tmp_path: Path) -> None:
    path = database_at(tmp_path / "previous.sqlite", "0009")
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO events (id, seq, title, date_note, place, summary, status, notes, "
            "created_at, updated_at, updated_by) VALUES ('e1', 1, 'Vientiane centre', '', "
            "'Vientiane', '', 'draft', '', 'x', 'x', '')")
        # indexed as that version indexed it
        body = compose_event_text(["Vientiane centre", "Vientiane"])
        connection.execute("INSERT INTO event_search (rowid, event_id, body) "
                           "VALUES (1, 'e1', ?)", (body,))
        connection.execute("INSERT INTO event_fts (rowid, body) VALUES (1, ?)", (body,))
    connection.close()
    store = db.open_store(path)
    ops = Operations(store, "Analyst")
    with store.session() as session:
        assert session.get(Event, "e1").native_title == ""
        assert index_problems(session) == []
    ops.update_event("e1", {"native_title": "中老人工智能创新合作中心"})
    assert _titles(ops, "中老人工智能") == ["Vientiane centre"]
    store.close()


def test_an_event_titled_in_chinese_pairs_with_ours_that_has_it_as_native_title(
        sample_store: db.Store) -> None:
    ops = Operations(sample_store, "Analyst")
    # A colleague's event titled in Chinese (simplified), on the seminar's day.
    theirs = ops.create_event({"title": "中国-东盟人工智能发展与治理合作研讨会",
                               "date": "2024-12-09", "country": "KH"}).ids("event").pop()
    with sample_store.session() as session:
        seminar = session.scalars(select(Event.id).where(
            Event.native_title == SEMINAR_NATIVE)).one()
        pairs = {frozenset((c.first, c.second)): c for c in find_duplicate_events(session)}
        typed = events_like(session, "Cambodia seminar", "2024-12-09", "2024-12-09",
                            native_title="中国—东盟人工智能发展与治理合作研讨会")
    found = pairs[frozenset((seminar, theirs))]
    assert found.score >= 80 and "same first day (2024-12-09)" in found.reasons
    # the seminar, though its title is in English; and the colleague's event
    assert {event.id for event in typed} == {seminar, theirs}
