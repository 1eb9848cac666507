"""Modal dialogs deleted the moment the analyst closes them.

PySide6 hands a dialog over to Python once its ``exec()`` returns: from then
on the dialog, with all its widgets, is deleted when Python frees it.  A
dialog whose slots and helpers refer back to it (most of them) is freed only
by the cycle collector, which takes the cycle apart in no set order; deleting
a dialog's widgets from there crashed the app (Tools ▸ Find duplicate
participants… opened a second time, then any collection).  So every modal
dialog is deleted at once when it closes, as Qt's own code does, while its
Python side is whole; what the collector frees later is a shell.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

from PySide6.QtWidgets import QDialog
from shiboken6 import delete, isValid

D = TypeVar("D", bound=QDialog)


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
