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
