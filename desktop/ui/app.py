"""Starting the window: the application object, the database, the main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QLockFile
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.bootstrap import create_database
from desktop.core.db import Store, StoreError, open_store
from desktop.core.resources import resource
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import analyst_name, ask_analyst_name

CreateMode = Literal["sample", "empty"] | None


def application() -> QApplication:
    """The one QApplication, created on first use with the app's identity."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Engagement Curator")
    app.setOrganizationName("engagement-curator")
    app.setDesktopFileName("engagement-curator")
    icon = resource("icons/engagement-curator.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def open_for_window(path: Path, create: CreateMode) -> tuple[Store, str]:
    """Open or create the database; return it with a note for the status bar."""
    if create is not None and not path.exists():
        store = create_database(path, sample=create == "sample")
        note = (f"New database {path} with the sample dataset" if create == "sample"
                else f"New empty database {path}")
        return store, note
    return open_store(path), str(path)


def lock_database(path: Path) -> QLockFile | None:
    """Claim the database for this window; None when another window holds it.

    Two writers on one file would interleave their edits and undo stacks, so a
    second window is refused with a clear message instead.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(path.with_name(path.name + ".lock")))
    lock.setStaleLockTime(0)  # a lock left by a crashed window is taken over
    return lock if lock.tryLock(0) else None


def run_window(path: Path, create: CreateMode) -> int:
    app = application()
    lock = lock_database(path)
    if lock is None:
        QMessageBox.critical(None, "Engagement Curator",
                             f"{path} is already open in another Engagement Curator window. "
                             "Switch to that window, or close it and try again.")
        return 1
    try:
        store, note = open_for_window(path, create)
    except StoreError as exc:
        lock.unlock()
        QMessageBox.critical(None, "Engagement Curator", str(exc))
        return 1
    analyst = analyst_name() or ask_analyst_name(None)
    window = MainWindow(store, note=note, analyst=analyst)
    window.show()
    try:
        return app.exec()
    finally:
        store.close()
        lock.unlock()
