"""What the form's small table editors (participants, sources, related
events) share."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableWidget


def button_row(actions: Iterable[tuple[str, Callable[[], object]]]) -> QHBoxLayout:
    """A row of push buttons, left-aligned."""
    row = QHBoxLayout()
    for text, slot in actions:
        button = QPushButton(text)
        button.clicked.connect(slot)
        row.addWidget(button)
    row.addStretch(1)
    return row


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
