"""A colleague's file dropped on the window is imported, as File ▸ Import…
would: a JSON document, a Data Package (folder, zip or its
datapackage.json) or a CSV table."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget


def dropped_file(mime: QMimeData) -> Path | None:
    """The one local file or folder being dragged; None for anything else
    (text, a web link, several files)."""
    urls = mime.urls() if mime.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    return Path(urls[0].toLocalFile())


class FileDrop(QObject):
    """Accepts one file dragged onto ``window`` while ``can_import()`` says an
    import may start, and hands it to ``open_file`` once the drop is over (the
    import's dialogs must not run inside the drag, which holds the source)."""

    def __init__(self, window: QWidget, can_import: Callable[[], bool],
                 open_file: Callable[[Path], object]) -> None:
        super().__init__(window)
        self.can_import = can_import
        self.open_file = open_file
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, (QDragEnterEvent, QDragMoveEvent)):
            if self.can_import() and dropped_file(event.mimeData()) is not None:
                event.acceptProposedAction()
            else:
                event.ignore()
            return True
        if isinstance(event, QDropEvent):
            path = dropped_file(event.mimeData())
            if path is None or not self.can_import():
                event.ignore()
                return True
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.open_file(path))
            return True
        return super().eventFilter(watched, event)
