"""Where the file dialogs open: the folder last used for the same kind of
file (kept in QSettings), else the user's Documents folder — never the
process's working directory, which for an app started from a desktop menu is
anywhere.  Exports are named with the day, as datasets sent to colleagues
are told apart.  A table is saved as a workbook or as CSV."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def start_folder(kind: str) -> Path:
    remembered = QSettings().value(f"folders/{kind}")
    if remembered and Path(str(remembered)).is_dir():
        return Path(str(remembered))
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_folder(kind: str, chosen: Path) -> None:
    """The folder ``chosen`` (a file, or a package's folder) is in, for next time."""
    QSettings().setValue(f"folders/{kind}", str(chosen.parent))


def with_ending(path_text: str, chosen: str, endings: Sequence[str]) -> Path:
    """The file a save dialog gave, with the ending of the type chosen in it
    ("SVG picture (*.svg)") when the name typed has none of ``endings``: a
    name typed bare, "sources 2025", was written without one, which no
    program opens it by (or was refused, for a picture)."""
    path = Path(path_text)
    if path.suffix.lower() in endings:
        return path
    ending = next((each for each in endings if f"*{each}" in chosen), endings[0])
    return path.with_name(path.name + ending)


def dated_name(stem: str, suffix: str = "") -> str:
    return f"{stem}-{date.today():%Y-%m-%d}{suffix}"


TABLE_FILTERS = "Excel workbook (*.xlsx);;CSV for spreadsheets (*.csv)"


def ask_table_path(parent: QWidget, title: str, offered: str) -> Path | None:
    """Where to save a table, as a workbook or CSV (``offered``: the name or
    path shown first); a name typed without an ending takes the kind chosen.
    None when the analyst cancels."""
    path_text, chosen = QFileDialog.getSaveFileName(parent, title, offered, TABLE_FILTERS)
    if not path_text:
        return None
    return with_ending(path_text, chosen, (".xlsx", ".csv"))
