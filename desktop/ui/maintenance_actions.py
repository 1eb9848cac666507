"""What the window does for File ▸ Backups… and Tools ▸ Check database."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.backup import backup_database, restore_backup
from desktop.core.changes import ChangeReport
from desktop.core.db import StoreError
from desktop.core.models import new_id
from desktop.ui.change_bus import Editor
from desktop.ui.database_files import open_window_on
from desktop.ui.maintenance import BackupsDialog, check_and_report
from desktop.ui.modal import run_modal


def open_read_only_window(path: Path) -> subprocess.Popen[bytes]:
    """Start another window of the app on ``path``, read-only."""
    return open_window_on(path, read_only=True)


class MaintenanceActions:
    def __init__(self, parent: QWidget, editor: Editor) -> None:
        self.parent = parent
        self.editor = editor

    @property
    def store_path(self) -> Path:
        return self.editor.ops.store.path

    def show_backups(self) -> None:
        dialog = BackupsDialog(self.store_path, self.parent,
                               read_only=self.editor.ops.store.read_only)
        def backup() -> None:
            self.backup_now()
            dialog.refresh()

        def restore(path: Path) -> None:
            if self.restore(path):
                dialog.refresh()

        dialog.backup_requested.connect(backup)
        dialog.restore_requested.connect(restore)
        dialog.open_requested.connect(open_read_only_window)
        run_modal(dialog)

    def backup_now(self) -> Path | None:
        try:
            return backup_database(self.editor.ops.store, "manual")
        except OSError as exc:
            QMessageBox.warning(self.parent, "Backups", f"The backup could not be written: {exc}")
            return None

    def restore(self, backup: Path) -> bool:
        answer = QMessageBox.question(
            self.parent, "Restore backup",
            f"Replace the database with the backup {backup.name}? The database as it is now "
            "is backed up first, so this can be reversed from this list. Undo history is "
            "cleared.")
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            safety = restore_backup(backup, self.store_path)
        except (StoreError, OSError) as exc:
            QMessageBox.warning(self.parent, "Restore backup", f"Nothing was restored: {exc}")
            return False
        self.editor.undo_stack.clear()
        self.editor.changed.emit(ChangeReport(new_id(), reset=True))
        QMessageBox.information(self.parent, "Restore backup",
                                f"Restored {backup.name}. The state before is kept in "
                                f"{safety.name}.")
        return True

    def check(self) -> list[str]:
        problems = check_and_report(self.parent, self.store_path)
        self.editor.changed.emit(ChangeReport(new_id(), reset=True))  # an index rebuilt
        return problems
