"""What the merge dialog says above its table of differing fields: the
records changed on both sides are named only when there are any."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.ui.exchange_dialogs import ImportDialog
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import retitled_copy


def _explanation(qtbot: QtBot, window: MainWindow, tmp_path: Path, *, retitle_here: int) -> str:
    """The dialog's text over the table for a copy with two events retitled
    there, ``retitle_here`` of them retitled here too since."""
    qtbot.waitUntil(lambda: window.is_ready)
    copy = tmp_path / "copy.json"
    events = retitled_copy(window, copy, 2)
    for event in events[:retitle_here]:
        window.editor.apply(lambda ops, e=event: ops.update_event(
            e["id"], {"title": "Ours, since"}), "Retitle")
    plan = window.exchange.plan(copy)
    assert plan is not None
    dialog = ImportDialog(window, copy.name, plan)
    qtbot.addWidget(dialog)
    label = dialog.findChild(QLabel, "how_ticked")
    assert label is not None
    return label.text()


def test_with_no_record_changed_on_both_sides_none_is_spoken_of(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    assert _explanation(qtbot, window, tmp_path, retitle_here=0) == (
        "Fields that differ from ours — ticked where theirs is taken: those their file alone "
        "changed (Space ticks the current one). What was changed here alone is kept:")


def test_one_record_changed_on_both_sides_is_spoken_of_as_one(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    assert _explanation(qtbot, window, tmp_path, retitle_here=1) == (
        "Fields that differ from ours — ticked where theirs is taken: those their file alone "
        "changed, and, of the record with a field changed on both sides (listed first), "
        "those theirs edited later (Space ticks the current one). What was changed here "
        "alone is kept:")


def test_several_records_changed_on_both_sides_are_counted(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    assert "of the 2 records with a field changed on both sides (listed first)" in (
        _explanation(qtbot, window, tmp_path, retitle_here=2))
