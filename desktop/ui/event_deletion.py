"""Deleting events from the list: the current one, or the several chosen,
after asking.  The list then goes on from where they were, as a file manager
does: the event that takes their place is current and in the form, so that an
analyst going through a list can read or delete the next in turn.  And an
undo (or redo) that brings events back chooses them in the list again, the
first of them in the form, rather than leaving them to be looked for.
(Participants are deleted as these are: ``participant_batch``.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from desktop.core.changes import ChangeReport
    from desktop.ui.batch_edit import BatchEditing

# Deleting keeps a copy of every field for undo: ~6 ms an event.
_SECONDS_AN_EVENT = 0.006


class EventDeletion:
    def __init__(self, batch: BatchEditing) -> None:
        self.batch = batch
        self.window = batch.window
        self.window.editor.brought_back.connect(self._choose_brought_back)

    def delete_selected(self) -> None:
        """Delete the selected events (the current one when it is alone)."""
        window, batch = self.window, self.batch
        if not window.is_ready or window.store.read_only or window.selection.current is None:
            return
        if batch.count() <= 1:
            self._delete_current()
            return
        event_ids = batch.to_change()
        if event_ids is None:
            return
        minutes = max(1, round(len(event_ids) * _SECONDS_AN_EVENT / 60))
        slow = (f" It will take about {minutes} minute{'s' if minutes > 1 else ''}."
                if len(event_ids) >= 10_000 else "")
        answer = QMessageBox.question(
            window, "Delete events", f"Delete {len(event_ids):,} events with their "
            "participants' roles and sources? The participants themselves are kept. "
            f"Edit ▸ Undo brings them back.{slow}")
        place = window.events_view.selected_runs()[0][0]
        if answer == QMessageBox.StandardButton.Yes and batch.apply(
                event_ids, lambda ops: ops.delete_events(event_ids),
                f"Delete {len(event_ids):,} events", f"Deleting {len(event_ids):,} events…",
                keep_selection=False) is not None:
            window.events_view.choose_in_place_of(place)

    def _delete_current(self) -> None:
        window = self.window
        event_id = window.selection.current
        assert event_id is not None
        title = window.events_model.index(window.events_view.currentIndex().row(), 1).data()
        answer = QMessageBox.question(
            window, "Delete event", f"Delete “{title}” with its participants' roles and "
            "sources? The participants themselves are kept.")
        if answer == QMessageBox.StandardButton.Yes:
            # The window shows the event that takes its place (as after a redo).
            window.editor.apply(lambda ops: ops.delete_event(event_id), f"Delete “{title}”")

    def _choose_brought_back(self, report: ChangeReport) -> None:
        """Choose the events an undo or redo brought back, where the list shows
        them (in whichever view is open: the timeline follows the list)."""
        made = report.ids("event", "create")
        if made and self.window.is_ready:
            self.batch.choose(sorted(made), show_the_list=False)
