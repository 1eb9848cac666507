"""What an empty list (or timeline) says: where to begin in a new database,
and why a search shows nothing (and how to see everything again)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def events_empty_text(window: MainWindow) -> str:
    if not window.events_model.event_filter.is_empty():
        return ("No event matches the search and filters.\n"
                "Esc in the search box clears the search; View ▸ Clear filters shows "
                "every event.")
    if window.store.read_only:
        return "No events in this database."
    return ("No events yet.\n"
            "Ctrl+N adds one; File ▸ Import… (Ctrl+I) brings in a colleague's file, and "
            "Ctrl+Shift+V the rows copied from a spreadsheet.")


def participants_empty_text(window: MainWindow) -> str:
    if window.search_box.text().strip():
        return "No participant matches the search."
    return ("No participants yet.\n"
            "They are added from an event's form: type a name under Participants.")


def explain_empty_lists(window: MainWindow) -> None:
    window.events_view.empty_text = lambda: events_empty_text(window)
    window.timeline.canvas.empty_text = lambda: events_empty_text(window)
    window.participants_view.empty_text = lambda: participants_empty_text(window)
