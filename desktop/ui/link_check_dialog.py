"""Tools ▸ Check source links…: which of the sources' web addresses no longer
answer, for the events of the current search and filters.

The addresses are asked on worker threads behind a progress dialog (Cancel
stops them); the answers are listed, those that fail first, with the event
that cites each.  A double-click (or Enter) opens that event; "Choose their
events" chooses in the list every event citing a failing address, to save a
copy of what is still there or look for the article elsewhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from desktop.core.exchange.json_export import exported_event_ids
from desktop.core.link_check import (
    FAILING,
    STATES,
    LinkState,
    check_links,
    source_links,
)
from desktop.core.web_sources import WebSource
from desktop.core.wording import counted
from desktop.ui.background import Cancelled, run_in_background
from desktop.ui.choose_events import choose_events, fill_rows, results_table

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

_WORDS = {"ok": "there", "moved": "moved", "gone": "gone", "failing": "failing",
          "unreachable": "unreachable"}
_COLUMNS = ("State", "Why", "Event", "Publisher", "Address", "Saved copy")


def archive_address(url: str) -> str:
    """Where the Internet Archive lists its copies of ``url``."""
    return f"https://web.archive.org/web/*/{url}"


def check_source_links(window: MainWindow) -> LinkCheckDialog | None:
    """Check the links of the events in the list; the dialog of the answers,
    or None when there was nothing to check or it was cancelled."""
    event_filter = window.events_model.event_filter
    with window.store.session() as session:
        ids = (None if event_filter.is_empty()
               else exported_event_ids(session, event_filter))
        links = source_links(session, ids)
    if not links:
        QMessageBox.information(window, "Check source links",
                                "No source of the events listed has a web address.")
        return None
    try:
        states = run_in_background(window, "Asking the sources' web addresses…",
                                   lambda progress: check_links(
                                       (link.url for link in links), progress), "addresses")
    except Cancelled:
        return None
    dialog = LinkCheckDialog(window, links, states)
    dialog.show()
    return dialog


class LinkCheckDialog(QDialog):
    def __init__(self, window: MainWindow, links: list[WebSource],
                 states: dict[str, LinkState]) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle("Source links")
        self.resize(980, 520)
        order = {state: rank for rank, state in enumerate(STATES)}
        self.links = sorted(links, key=lambda link: order[states[link.url].state])
        self.states = states
        failing = [link for link in self.links if states[link.url].state in FAILING]
        addresses = len(states)
        bad = len({link.url for link in failing})
        self.summary = QLabel(
            f"{counted(addresses, 'web address', 'web addresses')} of "
            f"{counted(len(links), 'source')} asked: {bad} no longer "
            f"{'answers' if bad == 1 else 'answer'} as before (gone, moved, failing or "
            f"unreachable), cited by {counted(len({link.event_id for link in failing}), 'event')}.")
        self.summary.setWordWrap(True)
        self.only_failing = QCheckBox("Only the addresses that fail")
        self.only_failing.setChecked(bool(failing))
        self.only_failing.toggled.connect(self._fill)
        self.table = results_table(_COLUMNS, (80, 170, 230, 110, 240, 80), self.open_event)
        self.archive_button = QPushButton("Look for an &archived copy")
        self.archive_button.setToolTip("The Internet Archive's copies of the address, in "
                                       "the browser: a page gone may be kept there")
        self.archive_button.clicked.connect(self.open_archive)
        self.choose_button = QPushButton("&Choose their events in the list")
        self.choose_button.setEnabled(bool(failing))
        self.choose_button.clicked.connect(self.choose_failing)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.archive_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.choose_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.only_failing)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel("Double-click a row to open its event; a page still there "
                                "can be kept with Save page in the event's sources."))
        layout.addWidget(buttons)
        self._fill()
        self.table.selectRow(0)

    def shown(self) -> list[WebSource]:
        if not self.only_failing.isChecked():
            return self.links
        return [link for link in self.links if self.states[link.url].state in FAILING]

    def _fill(self) -> None:
        fill_rows(self.table, [
            (_WORDS[(state := self.states[link.url]).state], state.detail, link.event_title,
             link.publisher, link.url, "yes" if link.has_copy else "")
            for link in self.shown()])

    def open_archive(self) -> None:
        """The Internet Archive's list of the copies it keeps of the current
        row's address, in the browser."""
        shown = self.shown()
        row = self.table.currentRow()
        if 0 <= row < len(shown):
            QDesktopServices.openUrl(QUrl(archive_address(shown[row].url)))

    def open_event(self, row: int) -> None:
        shown = self.shown()
        if 0 <= row < len(shown):
            self._choose([shown[row].event_id])

    def choose_failing(self) -> None:
        ids = [link.event_id for link in self.links if self.states[link.url].state in FAILING]
        self._choose(list(dict.fromkeys(ids)))

    def _choose(self, event_ids: list[str]) -> None:
        choose_events(self.window_, event_ids, "citing an address that fails")
