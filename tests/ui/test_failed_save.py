"""A Save the store refuses (a full disk) is said in a box, and the form keeps
what was typed: nothing is lost, and nothing is thought stored that is not."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import DBAPIError

from desktop.core.models import Event
from desktop.core.operations import Operations
from desktop.ui import error_reports
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import retype


def _disk_full(tmp_path: Path) -> DBAPIError:
    """The error SQLite gives when the file can grow no more."""
    path = tmp_path / "full.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (x BLOB)")
    connection.close()
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as db:
            db.execute(text("PRAGMA max_page_count = 2"))
            db.execute(text("INSERT INTO t SELECT zeroblob(100000)"))
    except DBAPIError as exc:
        return exc
    finally:
        engine.dispose()
    raise AssertionError("the file took the row")


@pytest.mark.qt_no_exception_capture
def test_a_save_on_a_full_disk_is_said_and_the_typed_title_kept(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back afterwards
    error_reports.install_failure_reports()
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(error_reports.QMessageBox, "exec",
                        lambda box: shown.append((box.text(), box.informativeText())) or 0)
    full = _disk_full(tmp_path)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise full

    monkeypatch.setattr(Operations, "update_event", refuse)
    qtbot.waitUntil(lambda: window.is_ready)
    window.events_view.selectRow(0)
    event_id = window.form.record_id
    with window.store.session() as session:
        before = session.scalars(select(Event.title).where(Event.id == event_id)).one()
    retype(qtbot, window.form.title, "Renamed on a full disk")
    assert window.form.save() is False
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0][0] == "The disk is full."
    assert shown[0][1] == ("Free some space on the disk, then try again. "
                           "The form keeps what you typed.")
    # What was typed is still in the form, marked unsaved; the store has the old title.
    assert window.form.title.text() == "Renamed on a full disk" and window.form.is_dirty()
    with window.store.session() as session:
        assert session.scalars(select(Event.title).where(Event.id == event_id)).one() == before
    # Leaving with "Save your changes?" answered Save stays, since it could not save.
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Save)
    assert window.form.confirm_leave() is False
    assert window.form.title.text() == "Renamed on a full disk"


@pytest.mark.qt_no_exception_capture
def test_a_failure_in_any_command_is_said_in_a_box(qtbot: QtBot,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QPushButton

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    error_reports.install_failure_reports()
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(error_reports.QMessageBox, "exec",
                        lambda box: shown.append((box.text(), box.detailedText())) or 0)
    button = QPushButton("Do it")
    qtbot.addWidget(button)

    def broken() -> None:
        raise RuntimeError("the clipboard went away")

    button.clicked.connect(broken)
    button.click()
    qtbot.waitUntil(lambda: bool(shown))
    headline, details = shown[0]
    assert headline == "Something went wrong: RuntimeError: the clipboard went away."
    assert "Traceback" in details and "broken" in details
