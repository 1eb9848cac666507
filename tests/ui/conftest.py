"""Fixtures for driving the real window offscreen."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QRect, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.core.operations import Operations
from desktop.ui.app import open_for_window
from desktop.ui.main_window import MainWindow
from desktop.ui.timeline_panel import TimelinePanel
from desktop.ui.vocabulary_dialog import VocabularyDialog


@pytest.fixture(autouse=True)
def fresh_settings(isolated_home: Path) -> Iterator[None]:
    """Each test starts with no saved window layout (QSettings caches its path)."""
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(isolated_home / "config"))
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture(autouse=True)
def clipboard_emptied() -> Iterator[None]:
    """The clipboard owns what a test copied: emptied while Python is there to
    let it go, not by Qt's own clean-up at the process's exit, after Python
    (which crashed the run on its way out once a test had copied)."""
    yield
    QGuiApplication.clipboard().clear()


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog offscreen would wait for ever: fail instead.  Tests that
    expect one patch it with the answer they give."""
    def unexpected(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected dialog: {args[1:3]}")

    for name in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    for name in ("getText", "getItem", "getInt"):
        monkeypatch.setattr(QInputDialog, name, unexpected)
    monkeypatch.setattr(QDialog, "exec", lambda self: unexpected(self, self.windowTitle()))


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    store, note = open_for_window(tmp_path / "demo.sqlite", "sample")
    main = MainWindow(store, note=note, analyst="Tester")
    # The size it opens at on a desktop screen (the offscreen screen is 800
    # pixels wide: it would open at its least size there).
    main.resize(1400, 820)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.form.revert()  # whatever a test left unsaved is not to be asked about
    main.participant_form.revert()
    main.close()
    main.deleteLater()
    store.close()


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type as a user would: keys for ASCII, an input-method commit for CJK.

    (``keyClicks`` aborts the process on non-ASCII text.)
    """
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


def retype(qtbot: QtBot, line: QLineEdit, text: str) -> None:
    """Empty a field, type ``text`` in it and press Enter."""
    line.clear()
    type_text(qtbot, line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def timeline_with_tag_lanes(qtbot: QtBot, ops: Operations, tags: int,
                            size: tuple[int, int]) -> TimelinePanel:
    """The timeline alone, shown at ``size``, lanes by tag: an event in each of
    ``tags`` tags ("topic 000", …)."""
    for number in range(tags):
        ops.create_event({"title": f"Meeting {number}", "date": f"2025-{1 + number % 12:02d}-10",
                          "tags": [f"topic {number:03d}"]})
    panel = TimelinePanel(ops.store)
    qtbot.addWidget(panel)
    panel.resize(*size)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_grouping("tag")
    return panel


def search(qtbot: QtBot, main: MainWindow, text: str) -> None:
    main.search_box.clear()
    type_text(qtbot, main.search_box, text)
    qtbot.keyClick(main.search_box, Qt.Key.Key_End)
    with qtbot.waitSignal(main.search_box.search_changed, timeout=2000):
        pass


def titles(main: MainWindow) -> list[str]:
    model = main.events_model
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def retitled_copy(main: MainWindow, path: Path, count: int) -> list[dict[str, Any]]:
    """Our JSON export written to ``path`` as a colleague sends it back, the
    titles of its first ``count`` events changed there; its events."""
    main.exchange.export_to(path, "json", None)
    document = json.loads(path.read_text(encoding="utf-8"))
    for event in document["events"][:count]:
        event["title"] += " (theirs)"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    events: list[dict[str, Any]] = document["events"]
    return events


def export_through_dialogs(main: MainWindow, monkeypatch: pytest.MonkeyPatch,
                           file_format: str, target: Path) -> str:
    """File ▸ Export… as the analyst goes through it: ``file_format`` chosen
    in the export dialog, ``target`` typed in the save dialog; the name the
    save dialog offered first."""
    offered: list[str] = []

    def choose(dialog):  # type: ignore[no-untyped-def]
        dialog.format.setCurrentIndex(dialog.format.findData(file_format))
        assert dialog.excel.isEnabled() == (file_format == "csv")  # the BOM is CSV's alone
        return QDialog.DialogCode.Accepted

    def save_as(_parent, _title, start, _filter):  # type: ignore[no-untyped-def]
        offered.append(Path(start).name)
        return str(target), ""

    monkeypatch.setattr("desktop.ui.exchange_dialogs.ExportDialog.exec", choose)
    monkeypatch.setattr("desktop.ui.exchange_actions.QFileDialog.getSaveFileName", save_as)
    model = main.events_model
    main.exchange.ask_and_export(model.event_filter, model.rowCount(), model.total)
    return offered[0]


def participant_menu(qtbot: QtBot, main: MainWindow, name: str) -> list[tuple[str, bool]]:
    """The participant clicked in the Participants list (the list of events
    narrows to its own), then its right-click menu read: each entry, and
    whether it is enabled."""
    qtbot.waitUntil(lambda: main.is_ready)
    qtbot.keyClick(main.events_view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    view, model = main.participants_view, main.participants_model
    names = [model.index(row, 1).data() for row in range(model.rowCount())]
    centre = view.visualRect(model.index(names.index(name), 1)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    return menu_offered(lambda: main.batch.participants._context_menu(centre))


def menu_offered(open_menu: Callable[[], object]) -> list[tuple[str, bool]]:
    """The right-click menu ``open_menu`` shows, read (each entry, and whether
    it is enabled) and closed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMenu

    offered: list[tuple[str, bool]] = []

    def read_and_close() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        offered.extend((action.text(), action.isEnabled()) for action in menu.actions())
        menu.close()

    QTimer.singleShot(50, read_and_close)
    open_menu()
    return offered


def narrow_form(window: MainWindow, width: int) -> None:
    """Drag the splitter until the form pane is ``width`` pixels wide."""
    sizes = window.splitter.sizes()
    window.splitter.setSizes([sizes[0], sum(sizes) - sizes[0] - width, width])


def combo_text_room(combo: QComboBox, width: int) -> int:
    """Where a combo box drawn in a table cell ``width`` pixels wide shows its text."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    option.rect = QRect(0, 0, width, combo.height())
    return combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo).width()


def shown_values(dialog: VocabularyDialog) -> list[str]:
    """The values Tools ▸ Vocabularies… lists, each with its count."""
    return [dialog.values.item(row).text() for row in range(dialog.values.count())]


def choose_value(dialog: VocabularyDialog, value: str) -> None:
    """Choose a value in Tools ▸ Vocabularies…, as a click on it does."""
    dialog.values.setCurrentRow(next(row for row, text in enumerate(shown_values(dialog))
                                     if text.startswith(f"{value}  (")))


def yes_to_questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer every QMessageBox.question Yes; the questions asked, in order."""
    asked: list[str] = []

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked
