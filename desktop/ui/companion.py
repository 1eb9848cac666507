"""Dialogs that stay open beside the window (counts, activity, network): one
of each, brought to the front when asked for again, and brought up to date
when the window's data or search changes.

In a database of many events their counts are read beside the window
(``counts_beside``): the counts, the network or the comparison of two
periods took 0.2 to 0.7 s at 100 000 events, after every search typed while
the dialog was open, with the window frozen meanwhile."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QTimer, SignalInstance
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMainWindow, QPushButton, QWidget

from desktop.ui.latest_query import beside

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

D = TypeVar("D", bound=QDialog)
# What a companion says above the counts before while it counts again.
COUNTING = "Counting the events of the current search and filters…"


def companion(window: QMainWindow, kind: type[D], make: Callable[[], D],
              refresh: Callable[[D], object]) -> D:
    """The window's dialog of this kind: made (``make``) the first time,
    brought up to date (``refresh``) and to the front the next."""
    dialog = window.findChild(kind)
    if dialog is None:
        dialog = make()
    else:
        refresh(dialog)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def counts_beside(window: MainWindow) -> bool:
    """Whether a companion's counts are read beside the window: in a
    database of many events (``latest_query.BESIDE_FROM``)."""
    return beside(window.events_model.total)


def refresh_when(dialog: QDialog, signals: Iterable[SignalInstance],
                 refresh: Callable[[], object]) -> None:
    """Whenever one of ``signals`` fires while ``dialog`` is shown, run
    ``refresh`` once, after the events that fired them (a search or an edit
    fires several), and never after the dialog is gone."""
    pending = False

    def later(*_args: object) -> None:
        nonlocal pending
        if not pending and dialog.isVisible():
            pending = True
            QTimer.singleShot(0, dialog, run)

    def run() -> None:
        nonlocal pending
        pending = False
        refresh()

    for signal in signals:
        signal.connect(later)


def button_row(dialog: QDialog, actions: Iterable[tuple[str, Callable[[], object]]]
               ) -> QHBoxLayout:
    """A companion's buttons, then Close at the far end.  None is the default
    button: Enter stays with the field or table that has the focus."""
    row = QHBoxLayout()
    for text, slot in actions:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        row.addWidget(button)
    row.addStretch(1)
    close = QPushButton("Close")
    close.setAutoDefault(False)
    close.clicked.connect(dialog.close)
    row.addWidget(close)
    return row


def labelled(row: QHBoxLayout, pairs: Iterable[tuple[str, QWidget]]) -> None:
    """Each widget after its label, whose Alt+letter moves to it."""
    for text, widget in pairs:
        label = QLabel(text)
        label.setBuddy(widget)
        row.addWidget(label)
        row.addWidget(widget)
