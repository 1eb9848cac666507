"""The analyst's preferences, kept in QSettings: for now, their name.

The name is recorded as ``updated_by`` and in the change log.  It is asked
once, at the first start, and can be changed in Edit ▸ Preferences.
"""

from __future__ import annotations

import getpass

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QInputDialog, QWidget

NAME_KEY = "analyst/name"


def analyst_name() -> str:
    value = QSettings().value(NAME_KEY, "")
    return str(value) if value else ""


def set_analyst_name(name: str) -> None:
    QSettings().setValue(NAME_KEY, " ".join(name.split()))


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
