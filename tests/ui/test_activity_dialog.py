"""View ▸ Activity…: every step, newest first, its changes, and the way back
to the event a change touched."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from desktop.core.activity import SHOWN_OPERATIONS
from desktop.core.models import ChangeLogEntry
from desktop.ui.activity_dialog import ActivityDialog
from desktop.ui.main_window import MainWindow


def _cells(table, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [table.item(row, column).text() for column in range(table.columnCount())]


def _chosen_event(qtbot: QtBot, window: MainWindow, row: int) -> str:
    """The event of the list's ``row``, chosen as the analyst clicks it."""
    qtbot.waitUntil(lambda: window.is_ready)
    window.events_view.selectRow(row)
    chosen = window.selection.current
    assert chosen is not None
    return chosen


def _open_activity(window: MainWindow) -> ActivityDialog:
    """View ▸ Activity…, as the menu opens it."""
    next(action for action in window.findChildren(QAction)
         if action.text() == "&Activity…").trigger()
    dialog = window.findChild(ActivityDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_step_is_listed_with_its_changes_and_opens_its_event(
        qtbot: QtBot, window: MainWindow) -> None:
    chosen = _chosen_event(qtbot, window, 2)
    title = window.form.title.text()
    window.editor.apply(lambda ops: ops.update_event(chosen, {"place": "Hanoi"}), "Place")
    window.events_view.selectRow(0)
    dialog = _open_activity(window)
    assert _cells(dialog.steps, 0)[1:] == ["Tester", "1 event changed: place"]
    assert _cells(dialog.changes, 0)[0:2] == [title, "place"]
    assert _cells(dialog.changes, 0)[3] == "Hanoi"
    # A later edit shows at once, on top.
    window.editor.apply(lambda ops: ops.change_events([chosen], {"status": "draft"}),
                        "Status")
    qtbot.waitUntil(lambda: _cells(dialog.steps, 0)[2] == "1 event changed: status")
    dialog.who.setCurrentIndex(dialog.who.findText("Tester"))
    assert dialog.steps.rowCount() == 2
    rect = dialog.changes.visualItemRect(dialog.changes.item(0, 0))
    qtbot.mouseClick(dialog.changes.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.changes.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.selection.current == chosen and window.form.title.text() == title


def test_a_long_text_changed_shows_where_it_changed_in_columns_alike(
        qtbot: QtBot, window: MainWindow) -> None:
    chosen = _chosen_event(qtbot, window, 1)
    summary = window.form.summary.toPlainText()
    assert len(summary) > 100
    window.editor.apply(lambda ops: ops.update_event(
        chosen, {"summary": summary + " 合作进一步扩大。"}), "Summary")
    dialog = _open_activity(window)
    qtbot.waitUntil(lambda: dialog.changes.rowCount() == 1)
    old, new = _cells(dialog.changes, 0)[2:]
    assert new.startswith("…") and new.endswith("合作进一步扩大。") and len(new) < 60
    assert summary.endswith(old.removeprefix("…"))
    assert dialog.changes.item(0, 3).toolTip() == summary + " 合作进一步扩大。"
    widths = [dialog.changes.columnWidth(column) for column in (2, 3)]
    assert min(widths) > 0.75 * max(widths)  # old and new alike


def test_a_long_log_says_it_shows_the_latest_steps_beside_the_hint_of_the_step(
        qtbot: QtBot, window: MainWindow) -> None:
    chosen = _chosen_event(qtbot, window, 0)
    with window.store.session() as session:  # 400 earlier steps, one change each
        session.execute(ChangeLogEntry.__table__.insert(), [
            {"operation_id": f"00000000-0000-4000-8000-{step:012d}",
             "at": f"2026-01-01T00:{step // 60:02d}:{step % 60:02d}Z", "by": "Tester",
             "entity": "event", "record_id": chosen, "event_id": chosen, "action": "update",
             "field": "place", "old": f"Place {step}", "new": f"Place {step + 1}"}
            for step in range(400)])
        session.commit()
    dialog = _open_activity(window)
    qtbot.waitUntil(lambda: dialog.steps.rowCount() == SHOWN_OPERATIONS)
    qtbot.waitUntil(lambda: dialog.changes.rowCount() == 1)
    assert dialog.span.text() == f"The latest {SHOWN_OPERATIONS} steps"
    assert dialog.note.text().startswith("Double-click a change of an event")
    dialog.who.setCurrentIndex(dialog.who.findText("Tester"))
    qtbot.waitUntil(lambda: dialog.steps.rowCount() == SHOWN_OPERATIONS)
    assert dialog.span.text() == f"The latest {SHOWN_OPERATIONS} steps"
