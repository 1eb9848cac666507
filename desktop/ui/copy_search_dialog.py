"""Tools ▸ Find in saved copies…: which saved articles say something, and the
events that cite them.

Opening it reads the copies not read yet (behind a progress dialog; see
``copy_texts``); then each search lists the sources whose copy holds every
term, with the words around it.  A double-click (or Enter) opens the event;
"Choose their events in the list" chooses them all.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from desktop.core.copy_texts import CitedCopy, CopyTexts, saved_copies_named, sources_citing
from desktop.core.wording import counted
from desktop.ui.background import Cancelled, run_in_background
from desktop.ui.choose_events import choose_events, fill_rows, results_table

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

_COLUMNS = ("Event", "Date", "Source", "Saved copy", "Where it says so")
SEARCH_DELAY_MS = 300


def find_in_saved_copies(window: MainWindow) -> CopySearchDialog | None:
    """Read the copies not read yet, then open the dialog; None when there
    is no saved copy or the reading was cancelled."""
    texts = CopyTexts(window.store.path)
    with window.store.session() as session:
        named = saved_copies_named(session)
    if not named:
        QMessageBox.information(window, "Find in saved copies",
                                "No source has a saved copy yet: attach one (or Save page) "
                                "in an event's sources.")
        return None
    try:
        missing = texts.missing(named)
        if missing:
            label = f"Reading {counted(len(missing), 'saved copy', 'saved copies')}…"
            run_in_background(window, label, lambda progress: texts.read(missing, progress),
                              "copies")
    except Cancelled:
        return None
    except (OSError, sqlite3.Error) as exc:  # a folder that may not be written (read-only)
        QMessageBox.warning(window, "Find in saved copies",
                            f"The text of the saved copies cannot be kept in {texts.path}: "
                            f"{exc}")
        return None
    dialog = CopySearchDialog(window, texts, len(named))
    dialog.show()
    return dialog


class CopySearchDialog(QDialog):
    def __init__(self, window: MainWindow, texts: CopyTexts, copies: int) -> None:
        super().__init__(window)
        self.window_ = window
        self.texts = texts
        self.found: list[tuple[CitedCopy, str]] = []
        self.setWindowTitle("Find in saved copies")
        self.resize(1000, 540)
        self.query = QLineEdit()
        self.query.setPlaceholderText("Words the articles hold (any case, either Chinese "
                                      "character set); \"a phrase\" whole")
        self.query.setClearButtonEnabled(True)
        self.query.setAccessibleName("Find in saved copies")
        self.delay = QTimer(self)
        self.delay.setSingleShot(True)
        self.delay.setInterval(SEARCH_DELAY_MS)
        self.delay.timeout.connect(self.search)
        self.query.textChanged.connect(lambda _text: self.delay.start())
        self.query.returnPressed.connect(self.search)
        self.summary = QLabel(f"{counted(copies, 'saved copy', 'saved copies')} to search.")
        self.table = results_table(_COLUMNS, (230, 170, 150, 130), self.open_event)
        self.choose_button = QPushButton("&Choose their events in the list")
        self.choose_button.setEnabled(False)
        self.choose_button.clicked.connect(self.choose_all)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.choose_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def search(self) -> None:
        self.delay.stop()
        query = self.query.text()
        matches = self.texts.search(query)
        snippets = {match.sha256: match.snippet for match in matches}
        with self.window_.store.session() as session:
            cited = sources_citing(session, list(snippets))
        self.found = [(source, snippets[source.sha256]) for source in cited]
        fill_rows(self.table, [
            (source.event_title, source.event_date,
             " — ".join(part for part in (source.publisher, source.title) if part),
             source.copy_name, snippet) for source, snippet in self.found])
        events = len({source.event_id for source, _snippet in self.found})
        verb = "holds" if len(matches) == 1 else "hold"
        self.summary.setText(
            f"{counted(len(matches), 'saved copy', 'saved copies')} {verb} it, cited by "
            f"{counted(events, 'event')}." if query.strip() else "")
        self.choose_button.setEnabled(bool(self.found))
        if self.found:
            self.table.selectRow(0)

    def open_event(self, row: int) -> None:
        if 0 <= row < len(self.found):
            choose_events(self.window_, [self.found[row][0].event_id],
                          "its saved copy holds the words")

    def choose_all(self) -> None:
        ids = list(dict.fromkeys(source.event_id for source, _snippet in self.found))
        choose_events(self.window_, ids, "their saved copies hold the words")
