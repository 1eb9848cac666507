"""A backup made while the caller reads, for an import from the command line.

``curator import`` reads and compares the whole file before it writes, and
backs the database up just before writing.  Both take seconds on a large
database, and the backup is SQLite's own work, done with the GIL released:
made in a thread while the file is read, it costs about nothing.

The backup must hold the database as it was just before the import.  A
connection kept open meanwhile watches ``PRAGMA data_version``, which changes
when any other connection commits: if another program wrote in between, the
backup made ahead is removed and a new one made.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from pathlib import Path

from desktop.core.backup import backup_file


class BackupAhead:
    """A backup of ``database`` begun now in a thread; ``path`` waits for it."""

    def __init__(self, database: Path, reason: str) -> None:
        self._database = database
        self._reason = reason
        self._watch = sqlite3.connect(database, check_same_thread=False)
        self._version = self._data_version()
        self._made: Path | None = None
        self._taken = False
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="backup-ahead", daemon=True)
        self._thread.start()

    def _data_version(self) -> int:
        return int(self._watch.execute("PRAGMA data_version").fetchone()[0])

    def _run(self) -> None:
        try:
            self._made = backup_file(self._database, self._reason)
        except BaseException as exc:  # raised in the caller's thread by ``path``
            self._error = exc

    def path(self) -> Path:
        """The backup, made again now if another program wrote meanwhile."""
        self._thread.join()
        try:
            if self._error is not None:
                raise self._error
            assert self._made is not None
            if self._data_version() != self._version:
                self._made.unlink()
                self._made = backup_file(self._database, self._reason)
            self._taken = True
            return self._made
        finally:
            self._watch.close()

    def discard_unless_taken(self) -> None:
        """Remove the backup if ``path`` never gave it: nothing was written."""
        self._thread.join()
        self._watch.close()
        if self._made is not None and not self._taken:
            with contextlib.suppress(FileNotFoundError):
                self._made.unlink()
            with contextlib.suppress(OSError):  # the folder, if this made it and it is empty
                self._made.parent.rmdir()
