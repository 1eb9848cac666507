"""Dialogs that stay open beside the window (counts, activity): one of each,
brought to the front when asked for again."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QDialog, QMainWindow

D = TypeVar("D", bound=QDialog)


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
