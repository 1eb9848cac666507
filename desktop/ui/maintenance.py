"""File ▸ Backups… and Tools ▸ Check database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.backup import BackupInfo, backup_folder, list_backups
from desktop.core.integrity import check_database, is_search_index_problem, rebuild_search_index
from desktop.core.progress import Progress
from desktop.core.wording import counted
from desktop.ui.background import Cancelled, run_in_background
from desktop.ui.modal import modal


def _size(size: int) -> str:
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{size:,} {unit}" if unit == "bytes" else f"{size:,.1f} {unit}"
        size //= 1024
    return str(size)


class BackupsDialog(QDialog):
    """The database's backups, newest first, with what can be done with one.

    Signals: ``backup_requested()``, ``restore_requested(Path)``,
    ``open_requested(Path)`` (read-only, in a new window).
    """

    backup_requested = Signal()
    restore_requested = Signal(object)
    open_requested = Signal(object)

    def __init__(self, database: Path, parent: QWidget | None = None, *,
                 read_only: bool = False) -> None:
        super().__init__(parent)
        self.database = database
        self.setWindowTitle("Backups")
        self.resize(720, 420)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(["Made", "Why", "Size", "Events"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves it: it has no cells to fill
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.backups: list[BackupInfo] = []
        self.backup_now = QPushButton("Back up &now")
        self.restore_button = QPushButton("&Restore…")
        self.restore_button.setToolTip("Put this backup in place of the database (the database as "
                                "it is now is backed up first)")
        self.open_button = QPushButton("&Open read-only")
        self.open_button.setToolTip("Look at this backup in a window of its own, "
                                    "without changing it")
        close = QPushButton("Close")
        for button in (self.backup_now, self.restore_button):
            button.setEnabled(not read_only)
        buttons = QHBoxLayout()
        for button in (self.backup_now, self.restore_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        where = QLabel(f"Kept in {backup_folder(database)}")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # in place of an empty table: when backups are made
        self.none_yet = QLabel(f"No backups of {database.name} yet. One is made when the "
                               "database is opened (once a day), before every import and "
                               "restore, and by Back up now.")
        self.none_yet.setWordWrap(True)
        self.none_yet.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(where)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.none_yet, 1)
        layout.addLayout(buttons)
        self.backup_now.clicked.connect(self.backup_requested.emit)
        self.restore_button.clicked.connect(lambda: self._emit_chosen(self.restore_requested))
        self.open_button.clicked.connect(lambda: self._emit_chosen(self.open_requested))
        self.table.doubleClicked.connect(lambda _index: self._emit_chosen(self.open_requested))
        close.clicked.connect(self.accept)
        self.table.itemSelectionChanged.connect(self._enable)
        self.refresh()

    def refresh(self) -> None:
        self.backups = list_backups(self.database)
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            made = info.made_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            events = "unreadable" if info.events is None else f"{info.events:,}"
            for column, value in enumerate((made, info.label, _size(info.size), events)):
                item = QTableWidgetItem(value)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        self.table.setVisible(bool(self.backups))
        self.none_yet.setVisible(not self.backups)
        if self.backups:
            self.table.selectRow(0)
        self._enable()

    def _enable(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        self.open_button.setEnabled(chosen)
        self.restore_button.setEnabled(chosen and self.backup_now.isEnabled())

    def chosen(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _emit_chosen(self, signal: SignalInstance) -> None:
        info = self.chosen()
        if info is not None:
            signal.emit(info.path)


def ask_rebuild(parent: QWidget, database: Path, problems: list[str]) -> bool:
    """Show the problems; True when the analyst asks to rebuild the search
    index (offered only when it is the only thing wrong)."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Check database",
                      f"{counted(len(problems), 'problem')} found in {database.name}.",
                      QMessageBox.StandardButton.Close, parent)
    box.setDetailedText("\n".join(problems))
    rebuild = None
    if all(is_search_index_problem(problem) for problem in problems):
        box.setInformativeText("Only the search index is affected: it can be rebuilt from "
                               "the records, which are intact.")
        rebuild = box.addButton("Rebuild search index", QMessageBox.ButtonRole.AcceptRole)
    else:
        box.setInformativeText("Restoring a backup (File ▸ Backups…) may be the way back. "
                               "The details list each problem.")
    with modal(box):
        return rebuild is not None and box.clickedButton() is rebuild


def check_and_report(parent: QWidget, database: Path) -> list[str]:
    """Tools ▸ Check database: run every check, say what was found, and offer
    to rebuild the search index when that is what is wrong.  Cancelled (it
    takes ~10 s at 100 000 events), it says nothing and returns no problems."""
    try:
        problems = run_in_background(parent, f"Checking {database.name}…",
                                     lambda progress: check_database(database, progress),
                                     "checks")
    except Cancelled:
        return []
    if not problems:
        QMessageBox.information(parent, "Check database",
                                f"No problems found in {database.name}.")
        return problems
    if ask_rebuild(parent, database, problems):
        def rebuild_and_check(_progress: Progress) -> list[str]:
            rebuild_search_index(database)
            return check_database(database)

        remaining = run_in_background(parent, "Rebuilding the search index…",
                                      rebuild_and_check, cancellable=False)
        QMessageBox.information(parent, "Check database",
                                "The search index was rebuilt; no problems remain."
                                if not remaining else
                                f"{counted(len(remaining), 'problem')} "
                                f"{'remains' if len(remaining) == 1 else 'remain'}.")
        return remaining
    return problems
