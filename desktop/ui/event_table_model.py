"""The events list: the ids of the current search and filter, rows by window."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop.core.countries import country_name
from desktop.core.db import Store
from desktop.core.event_filter import EventFilter
from desktop.core.listing import (
    EventRow,
    count_events,
    event_rowid,
    event_rowids,
    event_window,
)
from desktop.ui.windowed_model import WindowedTableModel

STATUS_LABELS = {"draft": "Draft", "needs_review": "Needs review", "verified": "Verified"}


class EventTableModel(WindowedTableModel[EventRow]):
    columns = (
        ("date", "Date"), ("title", "Title"), ("event_type", "Type"), ("category", "Category"),
        ("place", "Place"), ("country", "Country"), ("participants", "Participants"),
        ("status", "Status"), ("updated_at", "Updated"),
    )

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.event_filter = EventFilter()
        self.descending = True
        self.total = 0
        self.reload()

    def set_filter(self, event_filter: EventFilter) -> None:
        if event_filter != self.event_filter:
            self.event_filter = event_filter
            self.reload()

    def load_rowids(self) -> list[int]:
        with self.store.session() as session:
            self.total = count_events(session)
            return event_rowids(session, self.event_filter, self.sort_key, self.descending)

    def fetch(self, rowids: Sequence[int]) -> list[EventRow]:
        with self.store.session() as session:
            return event_window(session, rowids)

    def display(self, row: EventRow, key: str) -> Any:
        if key == "status":
            return STATUS_LABELS.get(row.status, row.status)
        if key == "updated_at":
            return row.updated_at[:16].replace("T", " ")
        if key == "participants":
            return str(row.participants)
        return getattr(row, key)

    def tooltip(self, row: EventRow, key: str) -> str | None:
        if key == "country":
            return country_name(row.country) or None
        return super().tooltip(row, key)

    def is_numeric(self, key: str) -> bool:
        return key == "participants"

    def row_of_event(self, event_id: str) -> int:
        """The event's row in the current result, or -1 when it is not in it."""
        with self.store.session() as session:
            rowid = event_rowid(session, event_id)
        return -1 if rowid is None else self.row_of_rowid(rowid)
