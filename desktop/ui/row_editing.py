"""What the form's small table editors (participants, sources, related
events) share."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QWidget,
)
from shiboken6 import isValid

from desktop.ui.read_only_form import LOCKED


def button_row(actions: Iterable[tuple[str, Callable[[], object]]]) -> QHBoxLayout:
    """A row of push buttons, left-aligned."""
    row = QHBoxLayout()
    for text, slot in actions:
        button = QPushButton(text)
        button.clicked.connect(slot)
        row.addWidget(button)
    row.addStretch(1)
    return row


def for_a_row(table: QTableWidget, row: QHBoxLayout, text: str,
              items: Callable[[], Sequence[Any]],
              usable: Callable[[int], bool] = lambda _row: True) -> None:
    """The button ``text`` of ``row`` acts on the item of the table's
    current row (in ``items()``, the list the table shows): it is greyed while
    there is none (an empty table, none chosen) or while ``usable`` says the
    current one is not for it (a source without a web address for Open
    link), rather than doing nothing when pressed."""
    (button,) = [widget for item in map(row.itemAt, range(row.count())) if item is not None
                 if isinstance(widget := item.widget(), QPushButton) and widget.text() == text]

    def update(*_args: object) -> None:
        if not isValid(table) or not isValid(button):
            return  # the model tells of its rows going while the form is deleted
        current = table.currentRow()
        # The list may be shorter than the table for a moment: its item is
        # removed before the table is filled again.
        button.setEnabled(0 <= current < min(table.rowCount(), len(items())) and usable(current)
                          and not button.property(LOCKED))  # a read-only window's form

    table.currentCellChanged.connect(update)
    table.itemChanged.connect(update)  # a cell typed in may make the row usable
    model = table.model()
    for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
        signal.connect(update)
    update()


def remove_current_row(table: QTableWidget, items: list[Any]) -> bool:
    """Drop the item of the table's current row from ``items``; True if one was."""
    row = table.currentRow()
    if 0 <= row < len(items):
        del items[row]
        return True
    return False


def delete_key_removes(table: QTableWidget, remove: Callable[[], object]) -> None:
    """Delete (or Backspace) in the table removes its current row, as the
    Remove button does; a cell being edited keeps the keys for its text."""
    for key in (QKeySequence.StandardKey.Delete, QKeySequence(Qt.Key.Key_Backspace)):
        shortcut = QShortcut(QKeySequence(key), table)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(remove)


def tab_through(table: QTableWidget) -> None:
    """Tab walks the table's cells and leaves it after the last (Shift+Tab
    before the first): walking them, it came back to the first after the
    last, and the keyboard could not leave the table for the finder or the
    buttons below it.  While the table has no rows, Tab passes over it: from
    the field before it, the analyst went into an empty table where typing
    did nothing, and the participant finder was one more Tab away."""
    leaving = _TabLeaves(table)
    table.installEventFilter(leaving)
    table.itemDelegate().closeEditor.connect(leaving.after_editing)

    def update(*_args: object) -> None:
        if not isValid(table):
            return
        table.setFocusPolicy(Qt.FocusPolicy.StrongFocus if table.rowCount()
                             else Qt.FocusPolicy.NoFocus)
        if not table.rowCount() and table.hasFocus():  # its last row removed
            table.focusNextChild()

    model = table.model()
    for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
        signal.connect(update)
    update()


class _TabLeaves(QObject):
    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self.table = table

    def _at(self, row: int, column: int) -> bool:
        return (self.table.currentRow(), self.table.currentColumn()) == (row, column)

    def _last(self) -> tuple[int, int]:
        return self.table.rowCount() - 1, self.table.columnCount() - 1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            # Ctrl+Tab leaves at once, from any cell (Ctrl+Shift+Tab back): ten
            # participants are thirty presses of Tab to walk
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in (
                    Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self._leave(forward=event.key() == Qt.Key.Key_Tab)
                return True
            if event.key() == Qt.Key.Key_Tab and self._at(*self._last()):
                self._leave(forward=True)
                return True
            if event.key() == Qt.Key.Key_Backtab and self._at(0, 0):
                self._leave(forward=False)
                return True
        return super().eventFilter(watched, event)

    def after_editing(self, _editor: QWidget,
                      hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Tab out of the last cell being edited (the view moves on to the
        first cell, as if that came next): leave the table instead."""
        if hint == QAbstractItemDelegate.EndEditHint.EditNextItem and self._at(0, 0):
            self._leave(forward=True)
        elif hint == QAbstractItemDelegate.EndEditHint.EditPreviousItem and self._at(
                *self._last()):
            self._leave(forward=False)

    def _leave(self, *, forward: bool) -> None:
        # The view's own focusNextPrevChild would move to a cell, not leave.
        # Qt steps from the widget with the focus, which may be a cell's box
        # (made last, it is last in the window's order): from the table.
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.setTabKeyNavigation(False)
        if forward:
            self.table.focusNextChild()
        else:
            self.table.focusPreviousChild()
        self.table.setTabKeyNavigation(True)


def cell_box(box: QWidget) -> QWidget:
    """A box for a table's cell (a participant's role): reached by Tab
    through the table's cells, as the table walks them, and not by the form's
    own order, where it came last (made after that order was set) and led
    Tab from the last field back into the table instead of on to Save."""
    box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    return box
