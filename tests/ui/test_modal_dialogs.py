"""A modal dialog is deleted the moment it closes: left to Python's cycle
collector, a closed dialog's widgets were deleted from inside a collection
and the app crashed (Tools ▸ Find duplicate participants… opened twice).
A right-click's menu, likewise, is deleted once it closes."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMenu, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.modal import modal, run_modal
from tests.ui.conftest import menu_offered
from tests.ui.window_process import printed_by

# The suite stands in for exec() (a modal dialog offscreen would wait for
# ever); these dialogs close themselves, so they run the real one.
REAL_EXEC = QDialog.exec


def test_each_tools_dialog_opened_and_closed_twice_leaves_nothing_behind_and_no_crash(
        qapp: QApplication, tmp_path: Path) -> None:
    # no dialog left in the window after either round, and the window closed
    assert printed_by("modal_dialogs_worker", tmp_path)[:3] == ["0", "0", "survived"]


def _typing_dialog(parent: QWidget, text: str,
                   monkeypatch: pytest.MonkeyPatch) -> tuple[QDialog, QLineEdit]:
    monkeypatch.setattr(QDialog, "exec", REAL_EXEC)
    dialog = QDialog(parent)
    field = QLineEdit()
    QVBoxLayout(dialog).addWidget(field)

    def type_and_accept() -> None:
        field.setText(text)
        dialog.accept()

    QTimer.singleShot(50, type_and_accept)
    return dialog, field


def test_what_was_chosen_is_read_in_the_block_and_the_dialog_is_gone_after(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog, field = _typing_dialog(parent, "北京", monkeypatch)
    gone: list[bool] = []
    dialog.destroyed.connect(lambda: gone.append(True))
    with modal(dialog) as answer:
        typed = field.text()
        assert not gone
    assert (answer, typed) == (QDialog.DialogCode.Accepted, "北京")
    assert gone
    assert parent.findChildren(QDialog) == []


def test_run_modal_gives_the_answer_and_deletes_the_dialog(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog, _field = _typing_dialog(parent, "x", monkeypatch)
    assert run_modal(dialog) == QDialog.DialogCode.Accepted
    assert parent.findChildren(QDialog) == []


# The calls of exec() that are not a dialog's: event loops, and modal() itself.
NOT_A_DIALOG = {("app.py", "app"), ("background.py", "loop"), ("modal.py", "dialog")}


def test_every_dialog_of_the_app_is_shown_through_modal(qapp: QApplication) -> None:
    """A dialog shown with its own exec() is left, once closed, to Python's
    cycle collector: the crash above.  Every one goes through ``modal``."""
    found = []
    for source in sorted((Path(__file__).resolve().parents[2] / "desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "exec" and not node.args):
                receiver = ast.unparse(node.func.value)
                if (source.name, receiver) not in NOT_A_DIALOG:
                    found.append(f"{source.name}:{node.lineno} {receiver}.exec()")
    assert found == []


def test_a_right_click_menu_is_gone_once_it_closes(qtbot: QtBot, window: MainWindow) -> None:
    """Each right-click makes its menu: once closed, it is not kept under the
    list for as long as the window is open."""
    qtbot.waitUntil(lambda: window.is_ready)
    view = window.events_view
    view.selectRow(0)
    centre = view.visualRect(window.events_model.index(0, 1)).center()
    for _click in range(3):
        assert menu_offered(lambda: view.customContextMenuRequested.emit(centre))
    qtbot.waitUntil(lambda: view.findChildren(QMenu) == [])
