"""Tools ▸ Find in saved copies…: the copies read once, then searched as the
analyst types; the events citing them opened or chosen in the list."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.saved_copies import SavedCopies
from desktop.ui.copy_search_dialog import CopySearchDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.windowed_model import ID_ROLE
from tests.core.test_copy_texts import PAGE, pdf_file
from tests.ui.conftest import titles, type_text


def _action(window: MainWindow) -> QAction:
    action = next(action for action in window.findChildren(QAction)
                  if action.text() == "&Find in saved copies…")
    assert action.shortcut().toString() == "Ctrl+Shift+F"
    return action


def test_the_articles_saying_something_are_found_with_their_events(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    page = tmp_path / "waic.html"
    page.write_text(PAGE, encoding="utf-8")
    pdf = pdf_file(tmp_path / "forum.pdf", "Vice Minister Wang Lei spoke at the forum "
                                           "in Vientiane.")
    copies = SavedCopies(window.store.path)
    shown = titles(window)
    first, second = (window.events_model.index(row, 1).data(ID_ROLE) for row in (0, 1))
    for event, path in ((first, page), (second, pdf)):
        sha256, name = copies.add(path)
        window.editor.apply(lambda ops, e=event, s=sha256, n=name: ops.add_source(
            e, {"publisher": "Xinhua", "copy_sha256": s, "copy_name": n}), "Add")
    _action(window).trigger()
    dialog = window.menus.copy_search
    assert isinstance(dialog, CopySearchDialog)
    assert dialog.summary.text() == "2 saved copies to search."
    type_text(qtbot, dialog.query, "wang lei vientiane")
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert dialog.table.item(0, 0).text() == shown[1]
    assert dialog.table.item(0, 3).text() == "forum.pdf"
    assert "Wang Lei spoke" in dialog.table.item(0, 4).text()
    assert dialog.summary.text() == "1 saved copy holds it, cited by 1 event."
    dialog.query.clear()
    type_text(qtbot, dialog.query, "Premier")
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1
                    and dialog.table.item(0, 0).text() == shown[0])
    dialog.choose_all()
    assert window.form.title.text() == shown[0]
    assert window.statusBar().currentMessage() == (
        "1 event chosen: their saved copies hold the words")


def test_without_saved_copies_it_says_how_to_keep_one(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    _action(window).trigger()
    assert told and told[0].startswith("No source has a saved copy yet")


def test_a_text_index_that_cannot_be_written_is_said(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    qtbot.waitUntil(lambda: window.is_ready)
    page = tmp_path / "waic.html"
    page.write_text(PAGE, encoding="utf-8")
    sha256, name = SavedCopies(window.store.path).add(page)
    first = window.events_model.index(0, 1).data(ID_ROLE)
    window.editor.apply(lambda ops: ops.add_source(
        first, {"copy_sha256": sha256, "copy_name": name}), "Add")

    def read_only(*_args: object) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr("desktop.ui.copy_search_dialog.CopyTexts.missing", read_only)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    _action(window).trigger()
    assert warned and warned[0].endswith("attempt to write a readonly database")
    assert window.menus.copy_search is None
