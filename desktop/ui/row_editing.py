"""What the form's small table editors (participants, sources, related
events) share."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableWidget
from shiboken6 import isValid

from desktop.ui.read_only_form import LOCKED


def button_row(actions: Iterable[tuple[str, Callable[[], object]]]) -> QHBoxLayout:
    """A row of push buttons, left-aligned."""
    row = QHBoxLayout()
    for text, slot in actions:
        button = QPushButton(text)
        button.clicked.connect(slot)
        row.addWidget(button)
    row.addStretch(1)
    return row


def for_a_row(table: QTableWidget, row: QHBoxLayout, text: str,
              items: Callable[[], Sequence[Any]],
              usable: Callable[[int], bool] = lambda _row: True) -> None:
    """The button ``text`` of ``row`` acts on the item of the table's
    current row (in ``items()``, the list the table shows): it is greyed while
    there is none (an empty table, none chosen) or while ``usable`` says the
    current one is not for it (a source without a web address for Open
    link), rather than doing nothing when pressed."""
    (button,) = [widget for item in map(row.itemAt, range(row.count())) if item is not None
                 if isinstance(widget := item.widget(), QPushButton) and widget.text() == text]

    def update(*_args: object) -> None:
        if not isValid(table) or not isValid(button):
            return  # the model tells of its rows going while the form is deleted
        current = table.currentRow()
        # The list may be shorter than the table for a moment: its item is
        # removed before the table is filled again.
        button.setEnabled(0 <= current < min(table.rowCount(), len(items())) and usable(current)
                          and not button.property(LOCKED))  # a read-only window's form

    table.currentCellChanged.connect(update)
    table.itemChanged.connect(update)  # a cell typed in may make the row usable
    model = table.model()
    for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
        signal.connect(update)
    update()


def remove_current_row(table: QTableWidget, items: list[Any]) -> bool:
    """Drop the item of the table's current row from ``items``; True if one was."""
    row = table.currentRow()
    if 0 <= row < len(items):
        del items[row]
        return True
    return False


def delete_key_removes(table: QTableWidget, remove: Callable[[], object]) -> None:
    """Delete (or Backspace) in the table removes its current row, as the
    Remove button does; a cell being edited keeps the keys for its text."""
    for key in (QKeySequence.StandardKey.Delete, QKeySequence(Qt.Key.Key_Backspace)):
        shortcut = QShortcut(QKeySequence(key), table)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(remove)
