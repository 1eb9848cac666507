"""A form's field with a line under it that says something of its value (a
country filled in and why, the stored events a new one may be)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.ui.date_field import HINT_STYLE


def note_line() -> QLabel:
    """The line, hidden until it has something to say."""
    note = QLabel()
    note.setStyleSheet(HINT_STYLE)
    note.setWordWrap(True)
    note.hide()
    return note


def stacked(field: QWidget, note: QLabel) -> QWidget:
    """A field with a line of its own under it."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(1)
    column.addWidget(field)
    column.addWidget(note)
    return box
