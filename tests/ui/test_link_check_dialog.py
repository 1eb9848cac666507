"""Tools ▸ Check source links…: the failing addresses listed with their
events, which the analyst opens or chooses in the list."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.ui.link_check_dialog import LinkCheckDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.windowed_model import ID_ROLE
from tests.ui.conftest import titles


def _action(window: MainWindow) -> QAction:
    return next(action for action in window.findChildren(QAction)
                if action.text() == "Check source &links…")


@pytest.fixture
def cited(window: MainWindow, news_site: str) -> Iterator[str]:
    """Two sample events citing addresses of the site: one still there, one gone."""
    shown = titles(window)
    first, second = (window.events_model.index(row, 1).data(ID_ROLE) for row in (0, 1))
    window.editor.apply(lambda ops: ops.add_source(
        first, {"publisher": "Xinhua", "url": f"{news_site}/news/waic.html"}), "Add")
    window.editor.apply(lambda ops: ops.add_source(
        second, {"publisher": "CGTN", "url": f"{news_site}/news/removed.html"}), "Add")
    yield shown[1]


def test_the_failing_links_are_listed_and_their_events_chosen(
        qtbot: QtBot, window: MainWindow, cited: str, news_site: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    _action(window).trigger()
    dialog = window.menus.link_check
    assert isinstance(dialog, LinkCheckDialog)
    assert dialog.summary.text() == (
        "2 web addresses of 2 sources asked: 1 no longer answers as before (gone, moved, "
        "failing or unreachable), cited by 1 event.")
    assert dialog.table.rowCount() == 1  # only the failing, at first
    cells = [dialog.table.item(0, column).text() for column in range(4)]
    assert cells == ["gone", "404 Not Found", cited, "CGTN"]
    opened: list[str] = []
    monkeypatch.setattr("desktop.ui.link_check_dialog.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toString()))
    dialog.archive_button.click()  # for the current row: the page gone
    assert opened == [f"https://web.archive.org/web/*/{news_site}/news/removed.html"]
    dialog.only_failing.setChecked(False)
    assert dialog.table.rowCount() == 2 and dialog.table.item(1, 0).text() == "there"
    dialog.choose_failing()
    assert window.form.title.text() == cited
    assert window.batch.count() == 1


def test_no_address_to_ask_is_said(qtbot: QtBot, window: MainWindow,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    _action(window).trigger()
    assert told == ["No source of the events listed has a web address."]
