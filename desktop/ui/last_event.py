"""The event an analyst was on when the window closed, shown again when the
database is next opened, as a reference manager or a mail client does: work
on a dataset goes on from where it stopped, not from an empty form.

Kept in the user's settings (not in the database, which opening must not
change, and which may be read-only), for the databases opened last."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView

from desktop.ui.database_files import stored_list

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

KEY = "last_event_of_database"
KEPT = 20  # databases remembered; the oldest is forgotten first


def remember_last_event(database: Path, event_id: str | None) -> None:
    """Keep ``event_id`` (or nothing) as the event last shown of ``database``."""
    settings = QSettings()
    name = str(database.resolve())
    kept = [entry for entry in stored_list(settings, KEY) if entry.partition("\t")[0] != name]
    if event_id:
        kept.insert(0, f"{name}\t{event_id}")
    settings.setValue(KEY, kept[:KEPT])


def last_event(database: Path) -> str | None:
    """The event last shown of ``database``, if one was."""
    name = str(database.resolve())
    for entry in stored_list(QSettings(), KEY):
        path, _tab, event_id = entry.partition("\t")
        if path == name and event_id:
            return event_id
    return None


def show_last_event(window: MainWindow) -> None:
    """The event shown when the window's database was last closed, chosen in
    the list and shown again, unless the analyst chose or began another; and
    the keys given to the list, unless the analyst is typing elsewhere (the
    first in the window's focus chain is the tab bar, whose arrows turned to
    the Participants tab)."""
    event_id = last_event(window.path)
    if (event_id is not None and window.selection.current is None
            and not window.form.is_dirty()):
        row = window.events_model.row_of_event(event_id)
        if row >= 0:
            view = window.events_view
            view.select_only(row)
            # In the middle of the list, with the events around it in sight.
            view.scrollTo(view.currentIndex(), QAbstractItemView.ScrollHint.PositionAtCenter)
    if window.focusWidget() in (None, window.tabs.tabBar()):
        view = window.events_view
        if not view.currentIndex().isValid():
            # No row current: none is chosen by the list as it gets the keys
            # (it would take its first); the first ↓ chooses the first.
            view.setCurrentIndex(QModelIndex())
        view.setFocus(Qt.FocusReason.OtherFocusReason)
