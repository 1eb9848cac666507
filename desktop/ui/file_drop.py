"""One file dropped on a widget: a colleague's file dropped on the window is
imported, as File ▸ Import… would (a JSON document, a Data Package — folder,
zip or its datapackage.json — or a CSV table); a file dropped on a source's
row is its saved copy."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, QPointF, QTimer
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget


def dropped_file(mime: QMimeData) -> Path | None:
    """The one local file or folder being dragged; None for anything else
    (text, a web link, several files)."""
    urls = mime.urls() if mime.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    return Path(urls[0].toLocalFile())


class FileDrop(QObject):
    """Accepts one file (or folder) dragged onto ``widget`` while
    ``can_take(path)`` says so, and hands it to ``take(path, where)`` once the
    drop is over (dialogs must not run inside the drag, which holds the
    source).  ``where`` is the drop's place on the widget."""

    def __init__(self, widget: QWidget, can_take: Callable[[Path], bool],
                 take: Callable[[Path, QPointF], object]) -> None:
        super().__init__(widget)
        self.can_take = can_take
        self.take = take
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # (a drag's enter and move events are drop events too, to Qt's classes)
        if isinstance(event, QDropEvent):
            path = dropped_file(event.mimeData())
            if path is None or not self.can_take(path):
                event.ignore()
                return True
            event.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                where = event.position()
                QTimer.singleShot(0, lambda: self.take(path, where))
            return True
        return super().eventFilter(watched, event)
