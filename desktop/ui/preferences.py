"""The analyst's preferences, kept in QSettings: their name and the backups.

The name is recorded as ``updated_by`` and in the change log.  It is asked
once, at the first start; Edit ▸ Preferences changes it and says how often
the database is backed up on opening and how many backups are kept.
"""

from __future__ import annotations

import getpass

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop.analyst import NAME_KEY
from desktop.core.backup import DEFAULT_INTERVAL_HOURS, DEFAULT_KEEP
from desktop.ui.dialog_buttons import ok_cancel

INTERVAL_KEY = "backups/interval_hours"
KEEP_KEY = "backups/keep"


def analyst_name() -> str:
    value = QSettings().value(NAME_KEY, "")
    return str(value) if value else ""


def set_analyst_name(name: str) -> None:
    QSettings().setValue(NAME_KEY, " ".join(name.split()))


def _int_setting(key: str, default: int) -> int:
    try:
        return max(1, int(str(QSettings().value(key, default))))
    except ValueError:
        return default


def backup_interval_hours() -> int:
    return _int_setting(INTERVAL_KEY, DEFAULT_INTERVAL_HOURS)


def backups_kept() -> int:
    return _int_setting(KEEP_KEY, DEFAULT_KEEP)


def ask_analyst_name(parent: QWidget | None) -> str:
    """Ask for the analyst's name (suggesting the login name); keep and return it."""
    current = analyst_name()
    try:
        suggestion = current or getpass.getuser()
    except (KeyError, OSError):
        suggestion = current
    name, ok = QInputDialog.getText(
        parent, "Your name", "Your name, recorded with every edit you make:", text=suggestion)
    if ok and name.strip():
        set_analyst_name(name)
    return analyst_name()


class PreferencesDialog(QDialog):
    """Edit ▸ Preferences: the analyst's name and the automatic backups."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.name = QLineEdit(analyst_name())
        self.name.setPlaceholderText("recorded with every edit you make")
        self.name.setMinimumWidth(self.name.fontMetrics().horizontalAdvance(
            self.name.placeholderText()) + 24)
        self.interval = QSpinBox()
        self.interval.setRange(1, 24 * 90)
        self.interval.setSuffix(" hours")
        self.interval.setValue(backup_interval_hours())
        self.interval.setToolTip("On opening, the database is backed up when the newest "
                                 "backup is older than this")
        self.keep = QSpinBox()
        self.keep.setRange(1, 500)
        self.keep.setValue(backups_kept())
        self.keep.setToolTip("The oldest backups beyond this number are removed")
        buttons = ok_cancel(self)
        form = QFormLayout(self)
        form.addRow("Your &name:", self.name)
        form.addRow("Back up on opening &every:", self.interval)
        form.addRow("&Backups kept:", self.keep)
        form.addRow(buttons)

    def accept(self) -> None:
        if self.name.text().strip():
            set_analyst_name(self.name.text())
        settings = QSettings()
        settings.setValue(INTERVAL_KEY, self.interval.value())
        settings.setValue(KEEP_KEY, self.keep.value())
        super().accept()
