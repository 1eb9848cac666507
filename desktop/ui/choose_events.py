"""Choosing events in the list from a tool's dialog (the source links that
fail, the saved copies that hold a text): every filter set aside when one
would hide them, the list shown, the first of them in the form."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core.filters import EventFilter
from desktop.core.wording import counted

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def choose_events(window: MainWindow, event_ids: list[str], why: str) -> bool:
    """Choose these events in the list and say so ("3 events chosen: {why}");
    False when the form kept unsaved edits."""
    if not window.form.confirm_leave():
        return False
    if not window.events_model.event_filter.is_empty():
        window.filter_panel.apply_filter(EventFilter())
        window.search_box.flush()
    window.tabs.setCurrentIndex(0)
    if not window.batch.choose(event_ids):
        return False
    window.statusBar().showMessage(f"{counted(len(event_ids), 'event')} chosen: {why}", 8000)
    window.raise_()
    return True
