"""File ▸ New participant (Ctrl+Shift+P): an organisation or person entered
before any event of theirs — a ministry to name as a parent, say."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.bootstrap import create_database
from desktop.core.db import open_store
from desktop.core.models import Participant
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import type_text

MINISTRY = "Ministry of Technology and Communications (Laos)"


def _names(window: MainWindow) -> list[str]:
    model = window.participants_model
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def test_a_new_participant_is_entered_in_an_empty_form_and_listed(
        qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    form = window.participant_form
    with window.store.session() as session:
        wang = session.scalar(select(Participant.id).where(Participant.name == "Wang Yi"))
    form.load(wang)
    window.history.show_record(wang)
    window.details.setCurrentWidget(window.form)  # the Event tab in view
    qtbot.keyClick(window.events_view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert MINISTRY not in _names(window)
    qtbot.keyClick(window.events_view, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)

    assert window.details.currentWidget() is form
    assert form.record_id is None and form.name.text() == "" and form.name.hasFocus()
    assert "New participant" in form.state_label.text()
    assert window.history.rowCount() == 0  # no history yet, not Wang Yi's
    form.kind.setCurrentIndex(form.kind.findData("organization"))
    type_text(qtbot, form.name, MINISTRY)
    form.country.set_code("LA")
    qtbot.keyClick(form.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert form.record_id is not None and not form.is_dirty()
    with window.store.session() as session:
        stored = session.get(Participant, form.record_id)
        assert stored is not None
        assert (stored.kind, stored.name, stored.country) == ("organization", MINISTRY, "LA")
    qtbot.waitUntil(lambda: MINISTRY in _names(window))
    window.editor.undo_stack.undo()  # one step
    qtbot.waitUntil(lambda: MINISTRY not in _names(window))


def test_a_read_only_window_offers_no_new_participant(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite"
    create_database(path, sample=True).close()
    main = MainWindow(open_store(path, read_only=True), analyst="Reader",
                      read_only_reason="opened read-only")
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.is_ready)
    assert not main.menus.new_participant.isEnabled()
    main.store.close()
