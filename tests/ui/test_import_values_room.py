"""The import dialog's two values of the chosen row get more room when the
line between them and the table is dragged down: a long summary compared
needs more than four lines."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.ui.exchange_dialogs import ImportDialog
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import retitled_copy


def test_the_values_compared_grow_when_the_table_gives_them_room(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    copy = tmp_path / "copy.json"
    retitled_copy(window, copy, 2)
    plan = window.exchange.plan(copy)
    assert plan is not None and plan.conflicts
    dialog = ImportDialog(window, copy.name, plan)
    qtbot.addWidget(dialog)
    dialog.resize(900, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    ours = next(iter(dialog.values.values()))
    lines = ours.fontMetrics().lineSpacing()
    before = ours.height()
    assert before >= 4 * lines  # four lines at least, as before
    table, values = dialog.split.sizes()
    dialog.split.setSizes([table - 200, values + 200])
    qtbot.waitUntil(lambda: ours.height() >= before + 150)
    assert dialog.table.height() >= 4 * dialog.table.verticalHeader().defaultSectionSize()
