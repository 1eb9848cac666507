"""The OK and Cancel buttons every dialog of the app ends with."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

OK = QDialogButtonBox.StandardButton.Ok


def ok_cancel(dialog: QDialog, ok_text: str = "") -> QDialogButtonBox:
    """OK (named ``ok_text`` when given: "Import", "Change 3 events")
    accepts ``dialog``, Cancel rejects it."""
    buttons = QDialogButtonBox(OK | QDialogButtonBox.StandardButton.Cancel)
    if ok_text:
        ok_button(buttons).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def ok_button(buttons: QDialogButtonBox) -> QPushButton:
    button = buttons.button(OK)
    assert button is not None
    return button
