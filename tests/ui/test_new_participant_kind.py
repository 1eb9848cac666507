"""A name typed in an event's participants that is no one known is asked
about as "What is …?", offering the kinds as the forms name them and, first,
the one its name suggests."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.ui.conftest import type_text


@pytest.mark.parametrize(("typed", "offered_first", "kind"), [
    ("Laos AI Lab (host)", "Organisation", "organization"),
    ("冰岛", "Country", "country"),  # Iceland, by its Chinese name
    ("Zhang Wei", "Person", "person"),
])
def test_the_kind_a_name_suggests_is_offered_first(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        typed: str, offered_first: str, kind: str) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    asked: list[tuple[list[str], int]] = []

    def answer(_parent: Any, _title: str, _label: str, items: list[str], current: int,
               _editable: bool) -> tuple[str, bool]:
        asked.append((items, current))
        return items[current], True  # OK, as offered

    monkeypatch.setattr("desktop.ui.link_editor.QInputDialog.getItem", answer)
    qtbot.keyClick(window.events_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    finder = window.form.links.finder
    type_text(qtbot, finder, typed)
    qtbot.keyClick(finder, Qt.Key.Key_Return)
    [(items, current)] = asked
    assert items == ["Person", "Organisation", "Country", "Group"]
    assert items[current] == offered_first
    assert window.form.links.links[-1].new_kind == kind
    table = window.form.links.table
    shown = table.item(table.rowCount() - 1, 0).text()
    assert shown.endswith(f"— new {offered_first.lower()}")  # "new organisation"
