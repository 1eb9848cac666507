"""The order Tab walks through a form: each field, then the buttons that act on it.

A field with buttons of its own (a list with Remove and Move up, a
vocabulary with its "+") is followed by them, so that Tab reaches every
control once and, past the last one, leaves the form for the rest of the
window rather than coming back to the buttons it skipped.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget


def buttons_of(widget: QWidget) -> list[QWidget]:
    """The buttons inside ``widget`` that Tab can reach, as they were made
    (the order they are laid out in)."""
    return [button for button in widget.findChildren(QAbstractButton)
            if button.focusPolicy() & Qt.FocusPolicy.TabFocus]


def set_tab_order(chain: Sequence[QWidget]) -> None:
    """Tab goes from each widget of ``chain`` to the next.  A compound field
    (one whose focus goes to a line inside it) is named itself, not its
    line: Qt gives the focus to the field's line wherever the field is in
    the window's chain, so the field must be where its line should be."""
    for first, second in pairwise(chain):
        QWidget.setTabOrder(first, second)
