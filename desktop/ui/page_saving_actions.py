"""Tools ▸ Save the sources' pages…: a copy of every page the sources of the
events listed point at and do not keep yet (see ``core.page_saving``),
fetched behind a progress dialog with Cancel, kept as one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from desktop.core.exchange.json_export import exported_event_ids
from desktop.core.page_saving import fetch_pages, keep_copies, pages_to_save
from desktop.core.wording import counted
from desktop.ui.background import Cancelled, run_in_background

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

LISTED_FAILURES = 10
_TITLE = "Save the sources' pages"


def save_source_pages(window: MainWindow) -> int | None:
    """Ask, fetch and keep; how many sources keep a new copy, or None when
    nothing was done."""
    event_filter = window.events_model.event_filter
    with window.store.session() as session:
        ids = None if event_filter.is_empty() else exported_event_ids(session, event_filter)
        pages = pages_to_save(session, ids)
    if not pages:
        QMessageBox.information(window, _TITLE, "Every source of the events listed that has "
                                                "a web address keeps a saved copy already.")
        return None
    addresses = len({page.url for page in pages})
    answer = QMessageBox.question(
        window, _TITLE,
        f"Save the pages of {counted(len(pages), 'source')} of the events listed that have a "
        f"web address but no saved copy ({counted(addresses, 'address', 'addresses')})? "
        "Each page is saved as it is now, beside the database.")
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        result = run_in_background(window, "Saving the sources' pages…",
                                   lambda progress: fetch_pages(pages, window.store.path,
                                                                progress), "pages")
    except Cancelled:
        return None
    if result.copies:
        window.editor.apply(lambda ops: keep_copies(ops, result.copies),
                            f"Save {counted(len(result.copies), 'page')}")
    saved = addresses - len(result.failed)
    told = (f"{counted(saved, 'page')} saved, kept by "
            f"{counted(len(result.copies), 'source')}.")
    if result.failed:
        lines = [f"• {reason}" for reason in list(result.failed.values())[:LISTED_FAILURES]]
        more = len(result.failed) - LISTED_FAILURES
        QMessageBox.warning(window, _TITLE, told + f"\n\n{counted(len(result.failed), 'page')} "
                            "could not be saved:\n" + "\n".join(lines)
                            + (f"\n… and {more} more" if more > 0 else ""))
    window.statusBar().showMessage(told, 8000)
    return len(result.copies)
