"""The line under a new event's title naming the events already stored that it
may be ("Maybe already here: …"), checked when typing pauses.

A draft dated to a day, a month or a year is checked at once (~0.04 s at
100 000 events); one dated to a decade or a wider range reads every event of
those years (~0.45 s at 100 000) and is checked beside the window, so that
typing goes on meanwhile.  An answer for a draft since left (another event
shown, the form emptied) is dropped.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel

from desktop.ui.latest_query import LatestQuery

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.core.db import Store
    from desktop.core.likely_events import LikelyDuplicate

PAUSE_MS = 400  # typing paused this long: the draft is checked
WIDE_DAYS = 400  # a draft spanning more days than this is checked beside the window


@dataclass(frozen=True)
class Draft:
    """What a new event says of itself, as far as the check reads it."""

    title: str
    native_title: str
    start: str
    end: str
    country: str | None
    participants: tuple[str, ...]
    edtf: str
    precision: str
    days: int


class LikelyDuplicates(QObject):
    """``open_event(str)``: a link of the line was followed (an event id)."""

    open_event = Signal(str)

    def __init__(self, store: Store, draft: Callable[[], Draft | None],
                 related: Callable[[], Iterable[str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.related = related
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #b06000")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.linkActivated.connect(self.open_event.emit)
        self.label.hide()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PAUSE_MS)
        self.timer.timeout.connect(self.check)
        self.finding = LatestQuery(store, self)
        self.finding.ready.connect(self._show)
        self._draft_number = 0  # the draft an answer is for

    def later(self) -> None:
        """Check once typing pauses."""
        self.timer.start()

    def forget(self) -> None:
        """The draft is left: no line, and no answer still on its way shown."""
        self.timer.stop()
        self.label.hide()
        self._draft_number += 1

    def check(self) -> None:
        draft = self.draft()
        self._draft_number += 1
        if draft is None:
            self.label.hide()
            return
        number = self._draft_number

        def read(session: Session) -> tuple[int, list[LikelyDuplicate]]:
            from desktop.core.likely_events import events_like

            return number, events_like(
                session, draft.title, draft.start, draft.end, draft.country,
                draft.participants, native_title=draft.native_title, edtf=draft.edtf,
                precision=draft.precision)

        self.finding.request(read, beside=draft.days > WIDE_DAYS)

    def _show(self, answer: tuple[int, list[LikelyDuplicate]]) -> None:
        number, found = answer
        if number != self._draft_number:
            return  # for a draft since changed or left
        related = set(self.related())
        found = [event for event in found if event.id not in related]  # said to be another
        if not found:
            self.label.hide()
            return
        self.label.setText("Maybe already here: " + "; ".join(
            f'<a href="{html.escape(event.id)}">{html.escape(event.title)}</a> '
            f"({html.escape(event.date)}, {html.escape(', '.join(event.reasons))})"
            for event in found))
        self.label.show()
