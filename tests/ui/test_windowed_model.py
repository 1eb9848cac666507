"""The events table holds ids, and rows only for the window being looked at."""

from __future__ import annotations

from pathlib import Path

from desktop.core.bootstrap import create_database
from desktop.core.operations import Operations
from desktop.ui.event_table_model import EventTableModel
from desktop.ui.windowed_model import MAX_PAGES, PAGE_SIZE


def test_table_never_materialises_more_than_a_window(tmp_path: Path) -> None:
    store = create_database(tmp_path / "many.sqlite")
    events = [{"title": f"Event {i:05d}", "date": f"20{10 + i % 15}-0{1 + i % 9}"}
              for i in range(5000)]
    Operations(store, "test").bulk_import([], events)
    model = EventTableModel(store)
    assert model.rowCount() == 5000
    assert model.cached_rows() == 0
    seen = [model.index(row, 1).data() for row in range(0, 5000, 7)]
    assert len(set(seen)) == len(seen)
    assert model.cached_rows() <= MAX_PAGES * PAGE_SIZE
    last = model.index(4999, 1).data()
    assert last.startswith("Event ")
    assert model.cached_rows() <= MAX_PAGES * PAGE_SIZE
    store.close()
