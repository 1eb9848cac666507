"""Edit ▸ Find and replace in selected events… (Ctrl+H): a name misspelled in
forty summaries mended at once.

The dialog says as you type how many of the chosen events hold the text and
how many times; the replacement is one undo step, logged event by event.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import ValidationError
from desktop.core.wording import counted
from desktop.ui.dialog_buttons import ok_button, ok_cancel

# The texts offered, with their labels; ticked at first: where names are written.
TEXTS = (("title", "&Titles", True), ("native_title", "Nat&ive titles", True),
         ("summary", "&Summaries", True), ("place", "&Places", False), ("notes", "&Notes", True))

RECOUNT_AT_ONCE_UNDER = 2000  # events; more are counted when typing pauses
# How many events hold the text, and how many times: (fields, find, match case).
Counter = Callable[[list[str], str, bool], tuple[int, int]]


class ReplaceDialog(QDialog):
    def __init__(self, parent: QWidget, count: int, counter: Counter) -> None:
        super().__init__(parent)
        self.count, self.counter = count, counter
        self.setWindowTitle(f"Find and replace in {counted(count, 'event')}")
        self.find_text = QLineEdit()
        self.find_text.setPlaceholderText("text to find, as written (Xi Jingping)")
        self.replacement = QLineEdit()
        self.replacement.setPlaceholderText("what to write instead (Xi Jinping)")
        self.fields = {name: QCheckBox(label) for name, label, _ in TEXTS}
        boxes = QHBoxLayout()
        for name, _, ticked in TEXTS:
            self.fields[name].setChecked(ticked)
            boxes.addWidget(self.fields[name])
        boxes.addStretch(1)
        self.match_case = QCheckBox("Match &case")
        self.found = QLabel()
        form = QFormLayout()
        form.addRow("&Find", self.find_text)
        form.addRow("&Replace with", self.replacement)
        form.addRow("In", boxes)
        form.addRow("", self.match_case)
        self.buttons = ok_cancel(self)
        self.ok = ok_button(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.found)
        layout.addWidget(self.buttons)
        # Counting reads the chosen events' texts: for thousands of events,
        # once typing pauses rather than at every key.
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(300)
        self._pause.timeout.connect(self._recount)
        self.find_text.textChanged.connect(self._changed)
        for box in (*self.fields.values(), self.match_case):
            box.toggled.connect(self._changed)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 70)
        self._recount()

    def chosen_fields(self) -> list[str]:
        return [name for name, box in self.fields.items() if box.isChecked()]

    def _changed(self) -> None:
        if self.count < RECOUNT_AT_ONCE_UNDER:
            self._recount()
        else:
            self.ok.setEnabled(False)
            self._pause.start()

    def _recount(self) -> None:
        """Say how many events the replacement would change."""
        fields, find = self.chosen_fields(), self.find_text.text()
        events = times = 0
        if find and fields:
            try:
                events, times = self.counter(fields, find, self.match_case.isChecked())
            except ValidationError as exc:
                self.found.setText(str(exc))
        if not find:
            self.found.setText("Type the text to find.")
        elif not fields:
            self.found.setText("Tick where to look.")
        elif events:
            whole = ("the event" if self.count == 1
                     else f"{events:,} of the {counted(self.count, 'event')}")
            self.found.setText(f"Found in {whole}, {counted(times, 'time')}.")
        else:
            self.found.setText("The event does not hold it." if self.count == 1
                               else f"None of the {counted(self.count, 'event')} holds it.")
        self.ok.setEnabled(events > 0)
        self.ok.setText(f"Replace in {counted(events, 'event')}")
