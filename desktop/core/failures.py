"""What an unexpected failure means to the analyst, in words.

An edit that SQLite refuses (a full disk, a file made read-only or damaged
underneath the window, a lock held by another program) reaches the window as
an exception no form expects.  It is said plainly, with what to do next;
anything else is said as what it is, with the assurance that what was saved
before is kept (every edit is one transaction: a failed one leaves nothing).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from sqlalchemy.exc import DBAPIError

KEPT = "What was saved before is kept; the change that failed was not stored."


@dataclass(frozen=True)
class Failure:
    headline: str
    advice: str


# SQLite's result codes (sqlite3.Error.sqlite_errorname), first part only.
_BY_SQLITE_CODE = {
    "SQLITE_FULL": Failure("The disk is full.",
                           "Free some space on the disk, then try again."),
    "SQLITE_READONLY": Failure("The database file can no longer be written.",
                               "Its file or folder was made read-only, or moved to a place "
                               "you cannot write to: reopen the database from a place you "
                               "can write to."),
    "SQLITE_CORRUPT": Failure("The database file is damaged.",
                              "Tools ▸ Check database says what is wrong; File ▸ Backups… "
                              "lists the backups to go back to."),
    "SQLITE_NOTADB": Failure("The database file is damaged.",
                             "File ▸ Backups… lists the backups to go back to."),
    "SQLITE_BUSY": Failure("Another program is holding the database file.",
                           "Close the other program (a sync client, a backup tool, a second "
                           "SQLite browser), then try again."),
    "SQLITE_LOCKED": Failure("Another program is holding the database file.",
                             "Close the other program, then try again."),
    "SQLITE_IOERR": Failure("The disk could not be read or written.",
                            "A removed drive, a network folder gone or a failing disk: "
                            "reconnect it, then try again."),
}


def failure_in_words(exc: BaseException) -> Failure:
    """The headline and the advice for ``exc``."""
    cause = exc.orig if isinstance(exc, DBAPIError) else exc
    if isinstance(cause, sqlite3.Error):
        code = getattr(cause, "sqlite_errorname", "") or ""
        for prefix, failure in _BY_SQLITE_CODE.items():
            if code == prefix or code.startswith(prefix + "_"):
                return failure
    if isinstance(exc, OSError) and exc.strerror:
        where = f" ({exc.filename})" if exc.filename else ""
        return Failure(f"{exc.strerror}{where}.", KEPT)
    text = str(cause).strip().splitlines()[0] if str(cause).strip() else ""
    return Failure(f"Something went wrong: {type(cause).__name__}"
                   + (f": {text}" if text else "") + ".", KEPT)
