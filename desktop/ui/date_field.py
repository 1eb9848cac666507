"""A date field that says, as you type, what date it understood.

Signals: ``edited()`` on every change of the text.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.core.date_text import describe
from desktop.core.dates import DateError, ParsedDate
from desktop.core.friendly_dates import as_edtf, to_edtf
from desktop.core.relative_dates import typed_day

ERROR_STYLE = "color: #c0392b"
HINT_STYLE = "color: palette(mid)"


def read_typed_date(text: str) -> ParsedDate:
    """A date as a field reads it: as the date reader does, and "today",
    "yesterday", 昨天 or "3 days ago" as the day that is today."""
    day = typed_day(text, date.today())
    return to_edtf(day if day is not None else text)


class DateField(QWidget):
    edited = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.line = QLineEdit()
        self.line.setPlaceholderText("2025-05-25, Feb 2025, July 28-30, 2025, 2025?…")
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line)
        layout.addWidget(self.feedback)
        self.setFocusProxy(self.line)
        self.stored = ""  # the record's EDTF as loaded
        self.line.textChanged.connect(self._changed)
        self._changed("")

    def text(self) -> str:
        return self.line.text()

    def set_text(self, text: str) -> None:
        """Show a record's stored EDTF, which stays what it is until retyped:
        the friendly reading of some EDTF differs ("2025-26" is a season code
        there, and typed it asks which is meant)."""
        self.stored = text
        self.line.setText(text)

    def _read(self, text: str) -> ParsedDate:
        if self.stored and text.strip() == self.stored:
            stored = as_edtf(self.stored)
            if stored is not None:
                return stored
        return read_typed_date(text)

    def understood(self) -> ParsedDate | None:
        """What the text was read as, or None when it is empty or unreadable."""
        try:
            return self._read(self.line.text()) if self.line.text().strip() else None
        except DateError:
            return None

    def edtf(self) -> str:
        """The EDTF to store: what was understood, or the text as typed when it
        was not (the operations layer then refuses it with the reason)."""
        try:
            return self._read(self.line.text()).edtf if self.line.text().strip() else ""
        except DateError:
            return self.line.text()

    def error(self) -> str | None:
        if not self.line.text().strip():
            return None
        try:
            self._read(self.line.text())
        except DateError as exc:
            return str(exc)
        return None

    def _changed(self, text: str) -> None:
        if not text.strip():
            self.feedback.setText("No date")
            self.feedback.setStyleSheet(HINT_STYLE)
        else:
            try:
                parsed = self._read(text)
            except DateError as exc:
                self.feedback.setText(str(exc))
                self.feedback.setStyleSheet(ERROR_STYLE)
            else:
                self.feedback.setText(f"{describe(parsed)}  ·  stored as {parsed.edtf}")
                self.feedback.setStyleSheet(HINT_STYLE)
        self.edited.emit()
