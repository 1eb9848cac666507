"""The participants list: kind, names, country and number of events."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop.core.countries import country_name
from desktop.core.db import Store
from desktop.core.listing import (
    ParticipantRow,
    count_participants,
    participant_rowids,
    participant_window,
)
from desktop.core.wording import KIND_LABELS
from desktop.ui.windowed_model import WindowedTableModel


class ParticipantTableModel(WindowedTableModel[ParticipantRow]):
    columns = (("kind", "Kind"), ("name", "Name"), ("native_name", "Native name"),
               ("country", "Country"), ("events", "Events"))

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.sort_key = "name"
        self.query_text = ""
        self.total = 0
        self.active = False  # loaded when its tab is first shown, not at start-up

    def activate(self) -> None:
        if not self.active:
            self.active = True
            self.reload()

    def reload(self) -> None:
        if self.active:
            super().reload()

    def set_query(self, query_text: str) -> None:
        if query_text != self.query_text:
            self.query_text = query_text
            self.reload()

    def load_rowids(self) -> list[int]:
        with self.store.session() as session:
            self.total = count_participants(session)
            return participant_rowids(session, self.query_text, self.sort_key, self.descending)

    def fetch(self, rowids: Sequence[int]) -> list[ParticipantRow]:
        with self.store.session() as session:
            return participant_window(session, rowids)

    def display(self, row: ParticipantRow, key: str) -> Any:
        if key == "kind":
            return KIND_LABELS.get(row.kind, row.kind)
        if key == "events":
            return str(row.events)
        return getattr(row, key)

    def tooltip(self, row: ParticipantRow, key: str) -> str | None:
        if key == "country":
            return country_name(row.country) or None
        return super().tooltip(row, key)

    def is_numeric(self, key: str) -> bool:
        return key == "events"
