"""The Participants list's "Export … as a table…": the chosen participants,
or every one listed, as an Excel workbook or a CSV file
(``exchange.participant_export``), written whole or not at all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.changes import ValidationError
from desktop.core.db import Store
from desktop.core.progress import Progress
from desktop.core.wording import counted
from desktop.ui.background import Cancelled, run_in_background
from desktop.ui.file_places import ask_table_path, dated_name, remember_folder, start_folder

EXCHANGE = "exchange"  # the folder datasets are exported to (as exchange_actions)


def save_participants_table(parent: QWidget, store: Store, ids: list[str]) -> Path | None:
    """Ask where, then write; the path written, or None."""
    path = ask_table_path(parent, f"Export {counted(len(ids), 'participant')}",
                          str(start_folder(EXCHANGE) / dated_name("participants", ".xlsx")))
    if path is None:
        return None
    remember_folder(EXCHANGE, path)
    return write_participants_file(parent, store, ids, path)


def write_participants_file(parent: QWidget, store: Store, ids: list[str],
                            path: Path) -> Path | None:
    from desktop.core.exchange.atomic import atomic_file
    from desktop.core.exchange.participant_export import write_participants_table

    def work(_progress: Progress) -> int:
        with store.session() as session, atomic_file(path) as out:
            return write_participants_table(session, out, ids,
                                            workbook=path.suffix.lower() == ".xlsx")

    try:
        run_in_background(parent, f"Writing {path.name}…", work, "participants",
                          cancellable=False)
    except Cancelled:
        return None
    except (OSError, ValidationError) as exc:
        told = "; ".join(map(str, exc.problems)) if isinstance(exc, ValidationError) else exc
        QMessageBox.warning(parent, "Export participants", f"{path.name} was not written: "
                                                           f"{told}")
        return None
    return path
