"""Tools ▸ Save the sources' pages…: every page the listed events' sources
point at without a copy, saved as one undo step; what failed is named."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.models import Source
from desktop.ui.main_window import MainWindow
from desktop.ui.windowed_model import ID_ROLE


def _action(window: MainWindow) -> QAction:
    return next(action for action in window.findChildren(QAction)
                if action.text() == "&Save the sources' pages…")


def _copies(window: MainWindow) -> dict[str, str | None]:
    with window.store.session() as session:
        return {source.url: source.copy_name for source in session.scalars(select(Source))
                if source.url}


def test_the_pages_are_saved_as_one_step_and_failures_named(
        qtbot: QtBot, window: MainWindow, web_page: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    first, second = (window.events_model.index(row, 1).data(ID_ROLE) for row in (0, 1))
    article, gone = f"{web_page}/news/waic.html", f"{web_page}/news/removed.html"
    window.editor.apply(lambda ops: ops.add_source(first, {"url": article}), "Add")
    window.editor.apply(lambda ops: ops.add_source(second, {"url": gone}), "Add")
    asked: list[str] = []
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text: asked.append(text)
                        or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    _action(window).trigger()
    assert asked[0].startswith("Save the pages of 2 sources of the events listed that have a "
                               "web address but no saved copy (2 addresses)?")
    assert warned and warned[0].startswith("1 page saved, kept by 1 source.\n\n1 page could "
                                           "not be saved:\n• " + gone)
    assert _copies(window) == {article: "waic.html", gone: None}
    assert window.editor.undo_stack.undoText() == "Save 1 page"
    window.editor.undo_stack.undo()
    assert _copies(window) == {article: None, gone: None}


def test_nothing_to_save_is_said(qtbot: QtBot, window: MainWindow,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    _action(window).trigger()
    assert told == ["Every source of the events listed that has a web address keeps a saved "
                    "copy already."]
