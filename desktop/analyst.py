"""Who is making the edits, for the command line as for the window.

The window asks the analyst's name once and keeps it in the app's settings
(Edit ▸ Preferences); ``curator import`` and ``curator save-pages`` record
the same name in the change log, or ``CURATOR_ANALYST`` when it is set (a
script run on someone's behalf).  Only QtCore is loaded to read it.
"""

from __future__ import annotations

import os

ORGANIZATION = "engagement-curator"
APPLICATION = "Engagement Curator"
NAME_KEY = "analyst/name"


def analyst_for_commands() -> str:
    """``CURATOR_ANALYST``, else the name the window keeps, else ""."""
    given = os.environ.get("CURATOR_ANALYST", "").strip()
    if given:
        return " ".join(given.split())
    from PySide6.QtCore import QSettings

    value = QSettings(ORGANIZATION, APPLICATION).value(NAME_KEY, "")
    return str(value) if value else ""
