"""events.xlsx: the events table as an Excel workbook, typed, read back by the app."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop.cli import main
from desktop.core.changes import ValidationError
from desktop.core.db import Store
from desktop.core.exchange.csv_export import EVENT_COLUMNS
from desktop.core.exchange.foreign_csv import ForeignCsvSource
from desktop.core.exchange.json_import import apply_import
from desktop.core.exchange.workbook_export import write_events_workbook
from desktop.core.filters import EventFilter
from desktop.core.models import Event
from desktop.core.operations import Operations


def _export(store: Store, path: Path, event_filter: EventFilter | None = None) -> int:
    with store.session() as session, path.open("wb") as out:
        return write_events_workbook(session, out, event_filter)


def _cells(path: Path) -> list[list[Any]]:
    book = load_workbook(path)
    sheet = book["Events"]
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def test_the_workbook_holds_the_events_table_with_typed_cells(sample_store: Store,
                                                             tmp_path: Path) -> None:
    path = tmp_path / "events.xlsx"
    assert _export(sample_store, path) == 8
    header, *rows = _cells(path)
    assert tuple(header) == EVENT_COLUMNS and len(rows) == 8
    by_title = {row[1]: dict(zip(EVENT_COLUMNS, row, strict=True)) for row in rows}
    forum = by_title["2025 ASEAN-China Media Cooperation Forum"]
    assert forum["date"] == "2025-05-25" and forum["country_name"] == "China"
    assert forum["date_start"] == datetime(2025, 5, 25)  # a date Excel sorts and filters
    assert (forum["attendance"], forum["attendance_qualifier"]) == (150, "approximately")
    assert "Shi Zhongjun (speaker)" in forum["participants"].split("; ")
    assert forum["tags"] == "AI governance; ASEAN; media"
    sberbank = next(row for title, row in by_title.items() if title.startswith("Sberbank"))
    assert sberbank["date"] == "2025-02"  # a month stays a text, not 1 February
    sheet = load_workbook(path)["Events"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:W9"


def test_formula_like_text_is_a_text_cell_as_it_was_written(ops: Operations,
                                                            tmp_path: Path) -> None:
    ops.create_event({"title": "=HYPERLINK(\"http://evil\")", "place": "+1 (555)",
                      "summary": "line one\nline two, with \"quotes\"; and 石中軍",
                      "notes": "-42", "attendance": 12})
    path = tmp_path / "events.xlsx"
    _export(ops.store, path)
    row = load_workbook(path)["Events"][2]
    cells = {name: cell for name, cell in zip(EVENT_COLUMNS, row, strict=True)}
    # no apostrophe is needed: a typed text cell is never run
    assert cells["title"].value == "=HYPERLINK(\"http://evil\")"
    assert cells["title"].data_type == "s" and cells["place"].value == "+1 (555)"
    assert cells["summary"].value == "line one\nline two, with \"quotes\"; and 石中軍"
    assert (cells["notes"].value, cells["notes"].data_type) == ("-42", "s")
    assert cells["attendance"].value == 12


def test_a_colleagues_edited_workbook_merges_back_with_their_edits_alone(
        sample_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "events.xlsx"
    _export(sample_store, path)
    with sample_store.session() as session:
        plan = ForeignCsvSource(session, path).plan()
    assert (plan.unchanged, len(plan.conflicts), plan.new_events) == (8, 0, 0)
    book = load_workbook(path)
    sheet = book["Events"]
    title_column = EVENT_COLUMNS.index("title") + 1
    forum_row = next(row for row in range(2, 10)
                     if sheet.cell(row, title_column).value.startswith("2025 ASEAN-China"))
    sheet.cell(forum_row, title_column).value += " (revised)"
    book.save(path)  # as Excel saves it again
    with sample_store.session() as session:
        plan = ForeignCsvSource(session, path).plan()
    assert [{name for name, _, _ in conflict.fields} for conflict, _ in plan.conflicts] == [
        {"title"}]
    apply_import(Operations(sample_store, "Colleague"), plan, "theirs")
    with sample_store.session() as session:
        titles = set(session.scalars(select(Event.title)))
    assert "2025 ASEAN-China Media Cooperation Forum (revised)" in titles


def test_a_filtered_workbook_holds_those_events(sample_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "laos.xlsx"
    assert _export(sample_store, path, EventFilter(country=("LA",))) == 1
    assert [row[1] for row in _cells(path)[1:]] == [
        "China and Laos Build AI Innovation Cooperation Center"]


def test_a_text_longer_than_an_excel_cell_refuses_the_export_and_leaves_no_file(
        ops: Operations, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # stored stripped: 34 999 characters
    (event_id,) = ops.create_event({"title": "Long report", "summary": "word " * 7000}).ids("event")
    with pytest.raises(ValidationError, match=r"summary: holds 34,999 characters, more than "
                                              r"an Excel cell holds \(32,767\)"):
        _export(ops.store, tmp_path / "direct.xlsx")
    target = tmp_path / "events.xlsx"
    assert main(["export", str(target), "--db", str(ops.store.path)]) == 1
    assert f"event “Long report” ({event_id}), summary" in capsys.readouterr().err
    assert not target.exists() and not list(tmp_path.glob(".events.xlsx.*"))


def test_the_command_line_writes_a_workbook_by_its_ending(sample_store: Store,
                                                         tmp_path: Path) -> None:
    sample_store.close()
    target = tmp_path / "events.xlsx"
    assert main(["export", str(target), "--db", str(sample_store.path)]) == 0
    assert len(_cells(target)) == 9
