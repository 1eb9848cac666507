"""The events list: the ids of the current search and filter, rows by window.

The model reads through an ``EventReader``: the store's, or, while the window
is starting, one on a plain read-only SQLite connection that shows the whole
list (any sort) before SQLAlchemy and the rest of the store are loaded.  Both
run the same SQL (``core.list_sql``), so the rows do not change when the
store's reader takes over.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from desktop.core import list_sql
from desktop.core.filters import EventFilter
from desktop.core.list_sql import EventRow
from desktop.core.season_names import season_words
from desktop.core.stamps import local_stamp
from desktop.core.wording import STATUS_LABELS
from desktop.ui.windowed_model import PAGE_SIZE, WindowedTableModel

if TYPE_CHECKING:
    from desktop.core.db import Store



class EventReader:
    """What the list reads: the count, the sorted rowids, rows by window."""

    def total(self) -> int:
        raise NotImplementedError

    def rowids(self, event_filter: EventFilter, sort: str, descending: bool,
               limit: int | None = None) -> list[int]:
        raise NotImplementedError

    def window(self, rowids: Sequence[int]) -> list[EventRow]:
        raise NotImplementedError

    def rowid_of(self, event_id: str) -> int | None:
        raise NotImplementedError


class FileEventReader(EventReader):
    """The unfiltered list straight from the file, for the first moments of
    the window; filters come with the store."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def total(self) -> int:
        return list_sql.count_events(self.connection.cursor())

    def rowids(self, event_filter: EventFilter, sort: str, descending: bool,
               limit: int | None = None) -> list[int]:
        if not event_filter.is_empty():
            raise ValueError("filters need the store")
        return list_sql.event_rowids(self.connection.cursor(), sort, descending, limit=limit)

    def window(self, rowids: Sequence[int]) -> list[EventRow]:
        return list_sql.event_window(self.connection.cursor(), rowids)

    def rowid_of(self, event_id: str) -> int | None:
        return list_sql.event_rowid(self.connection.cursor(), event_id)


class StoreEventReader(EventReader):
    def __init__(self, store: Store) -> None:
        from desktop.core import listing

        self.store = store
        self.listing = listing

    def total(self) -> int:
        with self.store.session() as session:
            return self.listing.count_events(session)

    def rowids(self, event_filter: EventFilter, sort: str, descending: bool,
               limit: int | None = None) -> list[int]:
        with self.store.session() as session:
            rowids = self.listing.event_rowids(session, event_filter, sort, descending)
        return rowids if limit is None else rowids[:limit]

    def window(self, rowids: Sequence[int]) -> list[EventRow]:
        with self.store.session() as session:
            return self.listing.event_window(session, rowids)

    def rowid_of(self, event_id: str) -> int | None:
        with self.store.session() as session:
            return self.listing.event_rowid(session, event_id)


class EventTableModel(WindowedTableModel[EventRow]):
    columns = (
        ("date", "Date"), ("title", "Title"), ("native_title", "Native title"),
        ("event_type", "Type"), ("category", "Category"), ("place", "Place"),
        ("country", "Country"), ("participants", "Participants"), ("status", "Status"),
        ("updated_at", "Updated"),
    )
    # Most datasets have no native titles; the title's tooltip shows one.
    hidden_at_first = frozenset(("native_title",))

    def __init__(self, source: Store | EventReader, *, first_page_first: bool = False) -> None:
        """``first_page_first``: read the ids of the first page now and the
        rest when ``read_the_rest`` is called (the window does so after its
        first frame, which then does not wait for the whole order: 30 ms at
        100 000 events); the row count is right from the start."""
        super().__init__()
        self.reader = source if isinstance(source, EventReader) else StoreEventReader(source)
        self.event_filter = EventFilter()
        self.descending = True
        self.total = 0
        if not first_page_first:
            self.reload()
            return
        self.total = self.pending_rows = self.reader.total()
        self.rowids = self.reader.rowids(self.event_filter, self.sort_key, self.descending,
                                         limit=PAGE_SIZE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """While only the first page's ids are read (the first frame, a saved
        sort restored), a new order reads its own first page."""
        if not self.pending_rows:
            super().sort(column, order)
            return
        key, descending = self.columns[column][0], order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return
        self.beginResetModel()
        self.sort_key, self.descending = key, descending
        self.rowids = self.reader.rowids(self.event_filter, key, descending, limit=PAGE_SIZE)
        self._pages.clear()
        self.endResetModel()

    def read_the_rest(self) -> None:
        if not self.pending_rows:
            return  # reloaded meanwhile (a sort, a filter): the ids are all there
        self.rowids = self.reader.rowids(self.event_filter, self.sort_key, self.descending)
        self.pending_rows = 0
        if self.rowids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rowids) - 1, len(self.columns) - 1))

    def set_reader(self, reader: EventReader) -> None:
        """Read through ``reader`` from now on.  The rows are the same, so the
        view keeps its place; cached pages are dropped all the same."""
        self.reader = reader
        self._pages.clear()

    def set_filter(self, event_filter: EventFilter) -> None:
        if event_filter != self.event_filter:
            self.event_filter = event_filter
            self.reload()

    def load_rowids(self) -> list[int]:
        self.total = self.reader.total()
        return self.reader.rowids(self.event_filter, self.sort_key, self.descending)

    def fetch(self, rowids: Sequence[int]) -> list[EventRow]:
        return self.reader.window(rowids)

    def display(self, row: EventRow, key: str) -> Any:
        if key == "status":
            return STATUS_LABELS.get(row.status, row.status)
        if key == "updated_at":
            return local_stamp(row.updated_at)
        if key == "date":
            return season_words(row.date) or row.date  # "Q1 2025", not "2025-33"
        if key == "participants":
            return str(row.participants)
        return getattr(row, key)

    def tooltip(self, row: EventRow, key: str) -> str | None:
        if key == "title" and row.native_title:
            return f"{row.title}\n{row.native_title}"
        if key == "country":
            from desktop.core.countries import country_name  # pycountry: not needed to start

            return country_name(row.country) or None
        return super().tooltip(row, key)

    def is_numeric(self, key: str) -> bool:
        return key == "participants"

    def row_of_event(self, event_id: str) -> int:
        """The event's row in the current result, or -1 when it is not in it."""
        rowid = self.reader.rowid_of(event_id)
        return -1 if rowid is None else self.row_of_rowid(rowid)
