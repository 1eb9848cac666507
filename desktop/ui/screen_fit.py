"""Windows opened at a size that suits them, but never past the screen's edges
(a 1366×768 laptop screen leaves about 728 pixels below its taskbar)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

TITLE_BAR = 40  # the window manager's frame above a window's contents


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """``widget.resize(width, height)``, each at most what the screen has room for."""
    screen = widget.screen()
    if screen is None:
        widget.resize(width, height)
        return
    room = screen.availableGeometry()
    widget.resize(min(width, room.width()), min(height, room.height() - TITLE_BAR))


def fit_to_message(dialog: QWidget, least_width: int = 420) -> None:
    """A dialog that has only a sentence to say (nothing to tidy, to review, to
    link): the size of that sentence and its Close, at least ``least_width``
    wide, not the working size it opens at, the sentence alone in its middle."""
    dialog.resize(dialog.minimumSizeHint().expandedTo(QSize(least_width, 120)))
