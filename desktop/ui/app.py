"""Starting the window: the application object, the database, the main window."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QLockFile, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.backup import backup_if_due, list_backups, set_aside_and_restore
from desktop.core.bootstrap import create_database
from desktop.core.db import NewerVersionError, Store, StoreError, is_writable, open_store
from desktop.core.resources import resource
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import (
    analyst_name,
    ask_analyst_name,
    backup_interval_hours,
    backups_kept,
)

CreateMode = Literal["sample", "empty"] | None


def application() -> QApplication:
    """The one QApplication, created on first use with the app's identity."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Engagement Curator")
    app.setOrganizationName("engagement-curator")
    app.setDesktopFileName("org.engagementcurator.EngagementCurator")
    icon = resource("icons/engagement-curator.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def open_for_window(path: Path, create: CreateMode, *,
                    read_only: bool = False) -> tuple[Store, str]:
    """Open or create the database; return it with a note for the status bar."""
    if create is not None and not path.exists():
        store = create_database(path, sample=create == "sample")
        note = (f"New database {path} with the sample dataset" if create == "sample"
                else f"New empty database {path}")
        return store, note
    return open_store(path, read_only=read_only), str(path)


def lock_database(path: Path) -> QLockFile | None:
    """Claim the database for this window; None when another window holds it.

    Two writers on one file would interleave their edits and undo stacks, so a
    second window is refused (or offered a read-only view) instead.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(path.with_name(path.name + ".lock")))
    lock.setStaleLockTime(0)  # a lock left by a crashed window is taken over
    return lock if lock.tryLock(0) else None


def offer_restore(path: Path, problem: StoreError) -> Store | None:
    """The file cannot be opened: say why and, when it is damaged (not merely
    newer) and a backup exists, offer to set it aside and restore the newest."""
    backups = [] if isinstance(problem, NewerVersionError) else list_backups(path)
    if not path.exists() or not backups:
        QMessageBox.critical(None, "Engagement Curator", str(problem))
        return None
    newest = backups[0]
    when = newest.made_at.astimezone().strftime("%d %b %Y %H:%M")
    events = "" if newest.events is None else f", {newest.events:,} events"
    answer = QMessageBox.question(
        None, "Engagement Curator",
        f"{problem}\n\nRestore the newest backup ({when}{events})? The file that cannot be "
        "opened is kept beside it, renamed, not overwritten.")
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        aside = set_aside_and_restore(newest.path, path)
        store = open_store(path)
    except (StoreError, OSError) as exc:
        QMessageBox.critical(None, "Engagement Curator", f"The backup could not be restored: "
                                                         f"{exc}")
        return None
    QMessageBox.information(None, "Engagement Curator",
                            f"Restored the backup of {when}. The damaged file is kept as "
                            f"{aside.name}.")
    return store


def _backup_on_opening(store: Store) -> str:
    """The periodic backup; a note for the status bar, or "" when none was due."""
    try:
        made = backup_if_due(store, backup_interval_hours(), backups_kept())
    except (OSError, sqlite3.Error) as exc:
        return f"The automatic backup failed: {exc}"
    return f"Backed up to {made.name}" if made else ""


def run_window(path: Path, create: CreateMode, *, read_only: bool = False,
               to_import: Path | None = None) -> int:
    """The window on ``path``; ``to_import`` is a file the desktop asked the app
    to open (a colleague's export), offered for import once the window shows."""
    app = application()
    reason = "opened read-only" if read_only else None
    if not read_only and path.exists() and not is_writable(path):
        read_only, reason = True, "you cannot write to this file or its folder"
    lock = None if read_only else lock_database(path)
    if not read_only and lock is None:
        answer = QMessageBox.question(
            None, "Engagement Curator",
            f"{path} is already open in another Engagement Curator window, and two windows "
            "must not change one file. Open it read-only here?")
        if answer != QMessageBox.StandardButton.Yes:
            return 1
        read_only, reason = True, "it is open for editing in another window"
    existed = path.exists()
    try:
        store, note = open_for_window(path, create, read_only=read_only)
    except StoreError as exc:
        restored = None if read_only else offer_restore(path, exc)
        if restored is None:
            if lock is not None:
                lock.unlock()
            return 1
        store, note = restored, f"{path} (restored from a backup)"
    if not read_only and existed:  # a database made just now has nothing to lose yet
        note = _backup_on_opening(store) or note
    analyst = analyst_name() or ("" if read_only else ask_analyst_name(None))
    window = MainWindow(store, note=note, analyst=analyst, read_only_reason=reason)
    window.show()
    if to_import is not None and not read_only:
        QTimer.singleShot(0, lambda: window.exchange.import_path(to_import))
    try:
        return app.exec()
    finally:
        store.close()
        if lock is not None:
            lock.unlock()
