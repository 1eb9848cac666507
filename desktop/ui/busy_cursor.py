"""The wait cursor while the window's thread works before a dialog shows.

Tools ▸ Gaps in the data and Tidy places count what they show before their
dialog appears: ~0.4–0.5 s at 100 000 events, long enough for a click to
seem lost without a sign that the app is at work.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


@contextmanager
def busy_cursor() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
