"""Edit ▸ Verify and go to the next event (Ctrl+Shift+Enter): a reviewer's pass
over the list — the events of a colleague's import, or those filtered as
needing review.  The event in the form is marked verified and saved with any
other edit made to it, as one step, and the next event of the list is shown.
When the list is filtered by status, the event just verified leaves it and
the next one takes its row."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def verify_and_next(window: MainWindow) -> bool:
    """False when there was nothing to verify or saving was refused (the
    form then says why beside the field)."""
    form = window.form
    if form.record_id is None or window.store.read_only:
        return False
    model, view = window.events_model, window.events_view
    row = model.row_of_event(form.record_id)
    form.status.setCurrentIndex(form.status.findData("verified"))
    if not form.save():
        return False
    still = model.row_of_event(form.record_id)
    target = still + 1 if still >= 0 else row
    if row < 0 or not 0 <= target < model.rowCount():
        window.statusBar().showMessage("Verified; no event follows it in the list", 8000)
        return True
    # Not selectRow: the shortcut's Ctrl and Shift are still held, and it
    # would extend the selection to every event verified so far.
    view.select_only(target)
    window.statusBar().showMessage("Verified; the next event of the list is shown", 8000)
    return True
