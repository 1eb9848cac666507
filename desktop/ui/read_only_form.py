"""A form in a read-only window: it shows the record, its text selectable and
copyable, but takes no typing, and only the buttons that open something (a
source's link or saved copy, a related event) stay pressable.

Editable, the form let an analyst type a change that could not be saved (the
window is read-only), to learn so only at Save.  The form's cells (a role's
box in each participant's row) are made afresh with each record, so the form
locks itself again after every load.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)

# The buttons that only open what the record names.
VIEWING_BUTTONS = frozenset({"Open link", "Open copy", "Open event"})
LOCKED = "locked"  # a button's property: greyed for good (see row_editing.for_a_row)
_EDITING_KEYS = (QKeySequence("Del"), QKeySequence("Backspace"))


def lock_form(form: QWidget) -> None:
    for line in form.findChildren(QLineEdit):
        line.setReadOnly(True)
    for text in form.findChildren(QPlainTextEdit):
        text.setReadOnly(True)
    for combo in form.findChildren(QComboBox):
        combo.setEnabled(False)
    for table in form.findChildren(QTableWidget):
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    for button in form.findChildren(QAbstractButton):
        if button.text() not in VIEWING_BUTTONS and button.objectName() != \
                "qt_tableview_cornerbutton":
            button.setProperty(LOCKED, True)
            button.setEnabled(False)
    for shortcut in form.findChildren(QShortcut):
        if shortcut.key() in _EDITING_KEYS:  # Delete in a table removes its row
            shortcut.setEnabled(False)
