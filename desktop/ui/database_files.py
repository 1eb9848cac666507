"""File ▸ New database…, Open database… and Open recent: other datasets, each in
a window of its own.

An analyst keeps a dataset per project, or a colleague's copy beside their
own.  Each opens in another window of the app — another process with its own
store, lock, undo and backups, exactly as ``curator --db FILE`` opens it — so
that one file's work never mixes with another's.  The databases opened last
are remembered (in the app's settings) for the Open recent menu.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from desktop.ui.file_places import remember_folder, start_folder
from desktop.ui.tooltip_text import as_written

if TYPE_CHECKING:
    import subprocess

RECENT_KEY = "recent_databases"
MAX_RECENT = 8
DATABASES = "databases"  # the folder databases were last opened from or created in
FILTER = "Engagement Curator database (*.sqlite *.db);;Any file (*)"


def open_window_on(path: Path, *, read_only: bool = False) -> subprocess.Popen[bytes]:
    """Start another window of the app on ``path`` (created empty when it
    does not exist)."""
    # Imported here: the window's first frame, which loads this module, does
    # without it (subprocess brings signal, selectors and locale: ~4 ms).
    import subprocess

    frozen = getattr(sys, "frozen", False)  # a bundled app is its own interpreter
    command = [sys.executable, *([] if frozen else ["-m", "desktop"]), "--db", str(path),
               *(["--read-only"] if read_only else [])]
    return subprocess.Popen(command)


def remember_database(path: Path) -> None:
    """Put ``path`` first among the recent databases."""
    settings = QSettings()
    recent = [str(path.resolve())] + [entry for entry in stored_list(settings, RECENT_KEY)
                                      if entry != str(path.resolve())]
    settings.setValue(RECENT_KEY, recent[:MAX_RECENT])


def recent_databases(exclude: Path | None = None) -> list[Path]:
    """The databases opened last, newest first, that still exist (but ``exclude``)."""
    skip = str(exclude.resolve()) if exclude is not None else None
    return [Path(entry) for entry in stored_list(QSettings(), RECENT_KEY)
            if entry != skip and Path(entry).is_file()]


def stored_list(settings: QSettings, key: str) -> list[str]:
    """A list of texts kept in the settings under ``key`` ([] when none)."""
    value = settings.value(key, [])
    if isinstance(value, str):  # QSettings gives a lone entry back as a string
        return [value]
    return [str(entry) for entry in value] if isinstance(value, list) else []


class DatabaseActions:
    """The File menu's entries for other databases, for a window on ``current``."""

    def __init__(self, parent: QWidget, current: Path) -> None:
        self.parent = parent
        self.current = current

    def add_to(self, menu: QMenu) -> None:
        new = QAction("New &database…", self.parent)
        new.triggered.connect(self.ask_and_create)
        opened = QAction("&Open database…", self.parent)
        opened.setShortcut("Ctrl+O")
        opened.triggered.connect(self.ask_and_open)
        menu.addAction(new)
        menu.addAction(opened)
        self.recent_menu = menu.addMenu("Open &recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._fill_recent()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = recent_databases(exclude=self.current)
        for number, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{number} {path.name}  —  {path.parent}")
            action.setToolTip(as_written(str(path)))
            action.triggered.connect(lambda _checked=False, p=path: self.open(p))
        if not recent:
            self.recent_menu.addAction("(none yet)").setEnabled(False)

    def ask_and_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.parent, "Open a database",
                                              str(start_folder(DATABASES)), FILTER)
        if path:
            self.open(Path(path))

    def ask_and_create(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.parent, "New database", str(start_folder(DATABASES) / "dataset.sqlite"),
            FILTER, options=QFileDialog.Option.DontConfirmOverwrite)
        if not path:
            return
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".sqlite")
        if target.exists():
            # Never replaced: a name already taken opens what it holds.
            QMessageBox.information(self.parent, "New database",
                                    f"{target.name} already exists: it is opened as it is.")
        self.open(target)

    def open(self, path: Path) -> None:
        """Another window on ``path``; this one's own file is already open here."""
        if path.resolve() == self.current.resolve():
            self.parent.window().raise_()
            return
        remember_folder(DATABASES, path)
        remember_database(path)
        open_window_on(path)
        status = getattr(self.parent.window(), "statusBar", None)
        if status is not None:
            status().showMessage(f"Opening {path} in a new window…", 8000)
