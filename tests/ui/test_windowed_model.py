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


def test_a_starting_window_reads_the_first_page_then_the_rest_in_the_same_order(
        tmp_path: Path) -> None:
    """Before the store is open the list comes straight from the file: the
    first page at once (the row count right), the rest when asked, and the
    rows and their order are those the store gives."""
    import sqlite3

    from PySide6.QtCore import Qt

    from desktop.ui.event_table_model import FileEventReader

    path = tmp_path / "many.sqlite"
    store = create_database(path)
    Operations(store, "test").bulk_import([], [
        {"title": f"Event {(i * 7919) % 1000:04d}", "date": f"20{10 + i % 15}-0{1 + i % 9}"}
        for i in range(1000)])
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    starting = EventTableModel(FileEventReader(connection), first_page_first=True)
    full = EventTableModel(store)

    def titles(model: EventTableModel, rows: range) -> list[object]:
        return [model.index(row, 1).data() for row in rows]

    assert starting.rowCount() == 1000 and len(starting.rowids) == PAGE_SIZE
    assert titles(starting, range(PAGE_SIZE)) == titles(full, range(PAGE_SIZE))
    assert starting.index(PAGE_SIZE + 5, 1).data() is None  # not read yet
    starting.sort(1, Qt.SortOrder.AscendingOrder)  # a saved sort, restored
    full.sort(1, Qt.SortOrder.AscendingOrder)
    assert starting.rowCount() == 1000 and len(starting.rowids) == PAGE_SIZE
    assert titles(starting, range(3)) == ["Event 0000", "Event 0001", "Event 0002"]
    starting.read_the_rest()
    assert titles(starting, range(1000)) == titles(full, range(1000))
    connection.close()
    store.close()
