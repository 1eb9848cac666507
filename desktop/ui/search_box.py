"""The search field above the lists: reports its text once typing pauses.

Signals: ``search_changed(str)``, debounced; ``to_results()`` when ↓ or Enter
asks to go on to what was found (the search is run first if typing has not
paused yet).  Esc clears the field.  Letters typed on a list begin a new
search here (``start_with``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

DEBOUNCE_MS = 250


class SearchBox(QLineEdit):
    search_changed = Signal(str)
    to_results = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setPlaceholderText("Search titles, summaries, places, notes, tags, sources, "
                                "participants — English or 中文  (Ctrl+F)")
        self.setToolTip("Every word must be found; \"a phrase\" is found whole; "
                        "Laos OR 老挝 finds either; -word (or -\"a phrase\") leaves out "
                        "the events that hold it; 工信部 finds a well-known body by its "
                        "other names too.")
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(lambda _text: self._timer.start())

    def start_with(self, text: str) -> None:
        """Letters typed on a list: a new search begins with them, here."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.selectAll()
        self.insert(text)

    def flush(self) -> None:
        """Report the text now (also used when a saved search sets it)."""
        self._timer.stop()
        self.search_changed.emit(self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self.flush()
            return
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive():
                self.flush()
            self.to_results.emit()
            return
        super().keyPressEvent(event)
