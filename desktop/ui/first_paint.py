"""A callback once something has been drawn for the first time."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer


class _FirstPaint(QObject):
    def __init__(self, target: QObject, callback: Callable[[], None]) -> None:
        super().__init__(target)
        self.target = target
        self.callback = callback
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.target.removeEventFilter(self)
            QTimer.singleShot(0, self.callback)  # once this paint is finished
        return False


def after_first_paint(target: QObject, callback: Callable[[], None]) -> None:
    """Call ``callback`` once the first paint of ``target`` (a widget; or the
    application: of any widget) is finished."""
    _FirstPaint(target, callback)


def soon_after_first_paint(target: QObject, callback: Callable[[], None]) -> None:
    """Call ``callback`` one turn of the event loop after the first paint is
    finished: what arrived while the first frame was drawn (a key, a click, a
    wait for the frame) is dealt with before this work starts."""
    after_first_paint(target, lambda: QTimer.singleShot(0, callback))
