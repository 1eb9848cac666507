"""Starting the window: the application object, the database, the main window.

An existing database at this version's schema is shown at once: the window's
frame and the events list (read through a plain read-only SQLite connection)
are drawn first, while SQLAlchemy and the store's modules load on a thread.
The store is then opened, backed up if due, and attached on the main thread.
Anything unusual (a new, damaged, older or newer file) takes the full path:
the store is opened before the window, with the questions that may need.
"""

from __future__ import annotations

import importlib
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QLockFile, QThread, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.analyst import APPLICATION, ORGANIZATION
from desktop.core.gc_pause import settle, unsettle
from desktop.core.resources import resource
from desktop.core.store_file import (
    NewerVersionError,
    StoreError,
    is_writable,
    open_current,
)
from desktop.core.wording import counted
from desktop.ui.error_reports import install_failure_reports
from desktop.ui.event_table_model import FileEventReader
from desktop.ui.first_paint import soon_after_first_paint
from desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from desktop.core.db import Store

CreateMode = Literal["sample", "empty"] | None


def application() -> QApplication:
    """The one QApplication, created on first use with the app's identity."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    install_failure_reports()
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANIZATION)
    app.setDesktopFileName("org.engagementcurator.EngagementCurator")
    icon = resource("icons/engagement-curator.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def open_for_window(path: Path, create: CreateMode, *,
                    read_only: bool = False) -> tuple[Store, str]:
    """Open or create the database; return it with a note for the status bar."""
    from desktop.core.bootstrap import create_database
    from desktop.core.db import open_store

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


def _asked_yes(question: str) -> bool:
    """A question before the window exists; True when the answer is Yes."""
    answer = QMessageBox.question(None, "Engagement Curator", question)
    return answer == QMessageBox.StandardButton.Yes


def offer_restore(path: Path, problem: StoreError) -> Store | None:
    """The file cannot be opened: say why and, when it is damaged (not merely
    newer) and a backup exists, offer to set it aside and restore the newest."""
    from desktop.core.backup import list_backups, set_aside_and_restore
    from desktop.core.db import open_store

    backups = [] if isinstance(problem, NewerVersionError) else list_backups(path)
    if not path.exists() or not backups:
        QMessageBox.critical(None, "Engagement Curator", str(problem))
        return None
    newest = backups[0]
    when = newest.made_at.astimezone().strftime("%d %b %Y %H:%M")
    events = "" if newest.events is None else f", {counted(newest.events, 'event')}"
    if not _asked_yes(f"{problem}\n\nRestore the newest backup ({when}{events})? The file "
                      "that cannot be opened is kept beside it, renamed, not overwritten."):
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


def _backup_on_opening(path: Path, interval_hours: int, keep: int) -> str:
    """The periodic backup; a note for the status bar, or "" when none was due."""
    from desktop.core.backup import backup_path_if_due

    try:
        made = backup_path_if_due(path, interval_hours, keep)
    except (OSError, sqlite3.Error) as exc:
        return f"The automatic backup failed: {exc}"
    return f"Backed up to {made.name}" if made else ""


def _backup_settings() -> tuple[int, int]:
    from desktop.ui.preferences import backup_interval_hours, backups_kept

    return backup_interval_hours(), backups_kept()


def quick_reader(path: Path) -> FileEventReader | None:
    """A read-only connection that can show the list before the store is open,
    or None when the file needs the full path (missing, damaged, not a
    database of ours, or at another schema revision)."""
    connection = open_current(path)
    if connection is None:
        return None
    reader = FileEventReader(connection)
    try:
        reader.total()  # a damaged file fails here, before the window shows
    except sqlite3.Error:
        connection.close()
        return None
    return reader


class _StoreModules(QThread):
    """Loads the store's modules (SQLAlchemy, the models, search, operations)
    and the panes that use them while the window already shows the list, then
    makes the day's backup if it is due (1.4 s for a 450 MB file, during which
    the list still scrolls).  No widgets (those belong to the main thread): the
    store is opened and the panes are built there once this has finished."""

    MODULES = ("desktop.core.db", "desktop.core.operations", "desktop.core.event_filter",
               "desktop.core.listing", "desktop.core.timeline", "desktop.core.backup",
               "desktop.ui.change_bus", "desktop.ui.event_form", "desktop.ui.exchange_actions",
               "desktop.ui.filter_panel", "desktop.ui.history_panel",
               "desktop.ui.maintenance_actions", "desktop.ui.participant_form",
               "desktop.ui.participant_table_model", "desktop.ui.timeline_panel",
               "desktop.ui.preferences")

    def __init__(self, backup: tuple[Path, int, int] | None) -> None:
        super().__init__()
        self.backup = backup  # the file, the interval in hours and how many to keep
        self.note = ""

    def run(self) -> None:
        for name in self.MODULES:
            importlib.import_module(name)
        if self.backup is not None:
            self.note = _backup_on_opening(*self.backup)


class StartedWindow:
    """The window being started, with what must be released when it closes."""

    def __init__(self, window: MainWindow, lock: QLockFile | None) -> None:
        self.window = window
        self.lock = lock
        self.store: Store | None = None
        self.loader: _StoreModules | None = None
        self.reader: FileEventReader | None = None

    def close(self) -> None:
        """Release the file (waiting for the loading thread, if one runs)."""
        unsettle()
        if self.loader is not None:
            self.loader.wait()
        if self.reader is not None:
            self.reader.connection.close()
        if self.store is not None:
            self.store.close()
        if self.lock is not None:
            self.lock.unlock()


def _attach_when_loaded(started: StartedWindow, reader: FileEventReader, *, read_only: bool,
                        to_import: Path | None) -> None:
    """Open the store on the main thread and hand the window over to it."""
    from desktop.core.db import open_store
    from desktop.ui.preferences import analyst_name, ask_analyst_name

    window = started.window
    reader.connection.close()
    if not window.isVisible():
        return  # closed before the store was ready
    path = window.path
    try:
        store = open_store(path, read_only=read_only)
    except StoreError as exc:
        restored = None if read_only else offer_restore(path, exc)
        if restored is None:
            window.close()
            return
        store = restored
    started.store = store
    note = started.loader.note if started.loader is not None else ""
    analyst = analyst_name() or ("" if read_only else ask_analyst_name(window))
    window.attach(store, analyst)
    settle()  # what the window holds for the session is walked by no full collection
    if note:
        window.statusBar().showMessage(note)
    if to_import is not None and not read_only:
        QTimer.singleShot(0, lambda: window.exchange.import_path(to_import))


def start_window(path: Path, create: CreateMode, *, read_only: bool = False,
                 to_import: Path | None = None) -> StartedWindow | None:
    """Show the window on ``path``; None when it is not to be opened after all.

    ``to_import`` is a file the desktop asked the app to open (a colleague's
    export), offered for import once the window shows."""
    application()
    reason = "opened read-only" if read_only else None
    if not read_only and path.exists() and not is_writable(path):
        read_only, reason = True, "you cannot write to this file or its folder"
    lock = None if read_only else lock_database(path)
    if not read_only and lock is None:
        if not _asked_yes(f"{path} is already open in another Engagement Curator window, "
                          "and two windows must not change one file. Open it read-only here?"):
            return None
        read_only, reason = True, "it is open for editing in another window"
    reader = quick_reader(path)
    if reader is not None:
        window = MainWindow(path=path, reader=reader, read_only=read_only,
                            read_only_reason=reason)
        started = StartedWindow(window, lock)
        started.reader = reader
        window.show()

        def load() -> None:
            backup = None if read_only else (path, *_backup_settings())
            loader = started.loader = _StoreModules(backup)
            loader.finished.connect(lambda: _attach_when_loaded(
                started, reader, read_only=read_only, to_import=to_import))
            loader.start()

        # Started once the first frame is drawn: a thread importing modules holds
        # Python's lock most of the time and would slow that frame down.
        soon_after_first_paint(window, load)
        return started
    return _start_with_store(path, create, lock, read_only=read_only, reason=reason,
                             to_import=to_import)


def _start_with_store(path: Path, create: CreateMode, lock: QLockFile | None, *,
                      read_only: bool, reason: str | None,
                      to_import: Path | None) -> StartedWindow | None:
    """The full path: open (create, upgrade, restore) the store, then the window."""
    from desktop.ui.preferences import analyst_name, ask_analyst_name

    existed = path.exists()
    try:
        store, note = open_for_window(path, create, read_only=read_only)
    except StoreError as exc:
        restored = None if read_only else offer_restore(path, exc)
        if restored is None:
            if lock is not None:
                lock.unlock()
            return None
        store, note = restored, f"{path} (restored from a backup)"
    if not read_only and existed:  # a database made just now has nothing to lose yet
        note = _backup_on_opening(path, *_backup_settings()) or note
    analyst = analyst_name() or ("" if read_only else ask_analyst_name(None))
    window = MainWindow(store, note=note, analyst=analyst, read_only_reason=reason)
    started = StartedWindow(window, lock)
    started.store = store
    window.show()
    settle()
    if to_import is not None and not read_only:
        QTimer.singleShot(0, lambda: window.exchange.import_path(to_import))
    return started


def run_window(path: Path, create: CreateMode, *, read_only: bool = False,
               to_import: Path | None = None) -> int:
    """The window on ``path`` until it is closed; the exit status."""
    app = application()
    started = start_window(path, create, read_only=read_only, to_import=to_import)
    if started is None:
        return 1
    try:
        return app.exec()
    finally:
        started.close()
