"""One place where edits happen and are announced.

Every edit from the UI goes through ``Editor.apply``, which runs an operation
and broadcasts its ChangeReport; the list, the preview (and later the form and
the timeline) refresh from that broadcast and never call each other.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from desktop.core.changes import ChangeReport
from desktop.core.operations import Operations


class Editor(QObject):
    """Signals: ``changed(ChangeReport)`` after every operation that changed something."""

    changed = Signal(object)

    def __init__(self, ops: Operations) -> None:
        super().__init__()
        self.ops = ops

    def apply(self, operation: Callable[[Operations], ChangeReport]) -> ChangeReport:
        report = operation(self.ops)
        if report:
            self.changed.emit(report)
        return report


class EventSelection(QObject):
    """The event the analyst is looking at, shared by the list, form and timeline.

    Signals: ``current_changed(str | None)`` when another event becomes current.
    """

    current_changed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.current: str | None = None

    def set_current(self, event_id: str | None) -> None:
        if event_id != self.current:
            self.current = event_id
            self.current_changed.emit(event_id)
