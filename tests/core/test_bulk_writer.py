"""A bulk import indexes its events in a second thread while it checks the
next chunks: every event is still found by search, chunks held meanwhile are
written in order, and a failure in that thread rolls the whole import back."""

from __future__ import annotations

import sqlite3
import threading
import time
from itertools import pairwise
from typing import Any

import pytest
from sqlalchemy import text

from desktop.core import bulk_writer, search
from desktop.core.changes import ValidationError
from desktop.core.operations import Operations
from desktop.core.search_query import matching_event_seqs_sql, parse_query

CHUNK = 40


def _chunks(count: int) -> list[tuple[list[dict[str, Any]], list[dict[str, Any]]]]:
    """Participants first, then ``count`` chunks of events, each event titled
    with a word of its own."""
    people = [{"id": f"00000000-0000-4000-8000-{n:012d}", "kind": "organization",
               "name": f"Ministry {n}", "aliases": [f"Bureau{n}"]} for n in range(3)]
    chunks: list[tuple[list[dict[str, Any]], list[dict[str, Any]]]] = [(people, [])]
    for chunk in range(count):
        chunks.append(([], [{
            "title": f"Forum word{chunk:02d}x{n:03d}", "date": "2024-05",
            "tags": [f"tag {chunk}"],
            "participants": [{"participant": people[n % 3]["id"], "role": "host"}]}
            for n in range(CHUNK)]))
    return chunks


def _found(ops: Operations, query: str) -> list[str]:
    sql, params = matching_event_seqs_sql(parse_query(query))
    with ops.store.session() as session:
        return list(session.scalars(text(
            f"SELECT title FROM events WHERE seq IN ({sql}) ORDER BY seq"), params))


@pytest.fixture
def slow_index(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """The ranges the thread indexes, each taking long enough that the
    import checks further chunks meanwhile."""
    ranges: list[tuple[int, int]] = []
    index = search.index_event_range

    def slowly(cursor: Any, first: int, end: int) -> None:
        assert threading.current_thread() is not threading.main_thread()
        time.sleep(0.15)
        index(cursor, first, end)
        ranges.append((first, end))

    monkeypatch.setattr(search, "index_event_range", slowly)
    return ranges


def test_events_checked_while_the_index_is_built_are_all_found(
        ops: Operations, slow_index: list[tuple[int, int]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk_writer, "HOLD_AT_MOST", 3 * CHUNK)
    assert ops.bulk_import_chunks(_chunks(8)).reset  # views read everything again
    # Ranges follow each other with no gap, and some held several chunks.
    assert slow_index[0][0] == 1 and slow_index[-1][1] == 8 * CHUNK + 1
    assert all(a[1] == b[0] for a, b in pairwise(slow_index))
    assert any(end - first > CHUNK for first, end in slow_index)
    assert _found(ops, "word03x017") == ["Forum word03x017"]
    assert len(_found(ops, "word07x")) == CHUNK  # the last chunk too
    # An alias of the participant of every third event.
    assert len(_found(ops, "bureau1")) == 8 * len(range(1, CHUNK, 3))
    with ops.store.session() as session:
        assert search.index_problems(session) == []
        session.execute(text("INSERT INTO event_fts (event_fts) VALUES ('integrity-check')"))
        # The order of the file is the order of the list.
        titles = list(session.scalars(text("SELECT title FROM events ORDER BY seq")))
    assert titles == [f"Forum word{c:02d}x{n:03d}" for c in range(8) for n in range(CHUNK)]


def test_a_problem_found_while_the_index_is_built_writes_nothing(
        ops: Operations, slow_index: list[tuple[int, int]]) -> None:
    chunks = _chunks(5)
    chunks[4][1][7]["date"] = "2024-13"
    with pytest.raises(ValidationError, match=r"events\[127\]\.date"):
        ops.bulk_import_chunks(chunks)
    assert not any(t.name == "write-behind" for t in threading.enumerate())
    with ops.store.session() as session:
        assert session.scalar(text("SELECT count(*) FROM events")) == 0
        assert session.scalar(text("SELECT count(*) FROM event_search")) == 0
    assert _found(ops, "forum") == []
    ops.bulk_import_chunks(_chunks(1))  # the database takes the next import
    assert len(_found(ops, "forum")) == CHUNK


def test_a_failure_in_the_indexing_thread_rolls_the_import_back(
        ops: Operations, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk_writer, "HOLD_AT_MOST", CHUNK)
    calls: list[int] = []
    index = search.index_event_range

    def failing(cursor: Any, first: int, end: int) -> None:
        calls.append(first)
        if len(calls) == 2:
            raise sqlite3.OperationalError("database or disk is full")
        index(cursor, first, end)

    monkeypatch.setattr(search, "index_event_range", failing)
    with ops.store.session() as session:
        logged = session.scalar(text("SELECT count(*) FROM change_log"))
    with pytest.raises(sqlite3.OperationalError, match="disk is full"):
        ops.bulk_import_chunks(_chunks(6))
    assert not any(t.name == "write-behind" for t in threading.enumerate())
    with ops.store.session() as session:
        assert session.scalar(text("SELECT count(*) FROM events")) == 0
        assert session.scalar(text("SELECT count(*) FROM participants")) == 0
        assert session.scalar(text("SELECT count(*) FROM change_log")) == logged


def test_the_page_cache_is_as_it_was_after_an_import_done_or_refused(ops: Operations) -> None:
    """An import writes with a smaller page cache (a tenth of its peak memory
    at 100 000 events); the connection, used again by the window, gets its own
    back whether the import is done or refused."""
    def cache() -> int:
        with ops.store.session() as session:
            return int(session.scalar(text("PRAGMA cache_size")))

    before = cache()
    assert before == -32768
    seen: list[int] = []
    add = bulk_writer.BulkWriter.add

    def noting(writer: bulk_writer.BulkWriter, *args: Any, **kwargs: Any) -> None:
        seen.append(int(search.driver_cursor(writer.session).execute(
            "PRAGMA cache_size").fetchone()[0]))
        add(writer, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(bulk_writer.BulkWriter, "add", noting)
        ops.bulk_import_chunks(_chunks(2))
    assert set(seen) == {bulk_writer._WRITING_CACHE}
    assert cache() == before
    refused = _chunks(2)
    refused[2][1][0]["date"] = "2024-13"
    with pytest.raises(ValidationError):
        ops.bulk_import_chunks(refused)
    assert cache() == before
