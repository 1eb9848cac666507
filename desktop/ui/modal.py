"""Modal dialogs deleted the moment the analyst closes them.

PySide6 hands a dialog over to Python once its ``exec()`` returns: from then
on the dialog, with all its widgets, is deleted when Python frees it.  A
dialog whose slots and helpers refer back to it (most of them) is freed only
by the cycle collector, which takes the cycle apart in no set order; deleting
a dialog's widgets from there crashed the app (Tools ▸ Find duplicate
participants… opened a second time, then any collection).  So every modal
dialog is deleted at once when it closes, as Qt's own code does, while its
Python side is whole; what the collector frees later is a shell.  A
right-click's menu, made for that click, goes the same way (``show_menu``):
each one was left under its widget for as long as the window was open.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QDialog, QMenu
from shiboken6 import delete, isValid


@contextmanager
def modal(dialog: QDialog) -> Iterator[int]:
    """Show ``dialog`` modally; the block gets its result code and reads what
    the analyst chose; on leaving the block the dialog is deleted."""
    try:
        yield dialog.exec()
    finally:
        if isValid(dialog):  # not already deleted with its parent
            delete(dialog)


def run_modal(dialog: QDialog) -> int:
    """Show ``dialog`` modally and delete it; its result code."""
    with modal(dialog) as result:
        return result


def show_menu(menu: QMenu, at: QPoint) -> None:
    """Show a menu made for one right-click at ``at`` (the chosen command runs
    before it returns); the menu is deleted once the window's events next run."""
    try:
        menu.exec(at)
    finally:
        menu.deleteLater()
