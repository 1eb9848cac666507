"""A database made before the search index existed gets one when opened."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.core import db
from desktop.core.event_filter import EventFilter
from desktop.core.listing import event_rowids
from desktop.core.search import index_problems
from tests.core.old_schema import database_at


def test_opening_an_older_database_builds_its_search_index(tmp_path: Path) -> None:
    path = database_at(tmp_path / "old.sqlite", "0001")
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO events (id, seq, title, date_note, place, summary, status, notes, "
            "created_at, updated_at, updated_by) VALUES ('e1', 1, '中國—老撾合作中心', '', "
            "'Vientiane', '', 'draft', '', 'x', 'x', '')")
    connection.close()
    store = db.open_store(path)
    with store.session() as session:
        assert len(event_rowids(session, EventFilter(text="中国—老挝"))) == 1
        assert len(event_rowids(session, EventFilter(text="vientiane"))) == 1
        assert index_problems(session) == []
    store.close()


def test_an_index_folded_before_typographic_marks_were_is_folded_again(
        tmp_path: Path) -> None:
    """A database of 0012 indexed "China’s" as it was written: opened, its
    search texts are composed again, so "China's" typed finds it."""
    path = database_at(tmp_path / "old.sqlite", "0012")
    body = "china’s ai centre with laos–thailand in đà nẵng"  # folded as 0012's version did
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO events (id, seq, title, native_title, date_note, place, summary, "
            "status, notes, created_at, updated_at, updated_by) VALUES ('e1', 1, "
            "'China’s AI centre with Laos–Thailand in Đà Nẵng', '', '', '', '', 'draft', '', 'x', "
            "'x', '')")
        connection.execute("INSERT INTO event_search (rowid, event_id, body) VALUES (1, 'e1', ?)",
                           (body,))
        connection.execute("INSERT INTO event_fts (rowid, body) VALUES (1, ?)", (body,))
    connection.close()
    store = db.open_store(path)
    with store.session() as session:
        for query in ("China's AI", "China’s", "laos-thailand", "da nang"):
            assert len(event_rowids(session, EventFilter(text=query))) == 1, query
        assert index_problems(session) == []
    store.close()
