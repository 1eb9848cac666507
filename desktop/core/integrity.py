"""``curator check``: SQLite's own checks plus the app's invariants.

The checks take ~10 s at 100 000 events, most of it inside two statements
(SQLite's integrity check, ~3 s, and the full-text index's, within the search
index step, ~5 s): they report how far they are, step by step and from inside
those statements too, so that a progress dialog moves and Cancel stops them.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from desktop.core.dates import DateError, parse_edtf
from desktop.core.db import open_store
from desktop.core.models import Event, Participant, Source
from desktop.core.participant_rules import participant_problems
from desktop.core.progress import Progress
from desktop.core.saved_copies import SavedCopies, sha256_of
from desktop.core.search import index_problems, rebuild

# How often a long statement reports (and so may be cancelled), in seconds.
REPORT_EVERY = 0.1


def check_database(path: Path, progress: Progress | None = None) -> list[str]:
    """Every problem found, one sentence each; an empty list when all is well.

    ``progress(done, total)`` counts the checks; what it raises (a Cancel)
    stops them, within a long statement too, and is raised from here."""
    problems: list[str] = []
    store = open_store(path)
    try:
        with store.session() as session:
            steps: list[Callable[[], list[str]]] = [
                lambda: _sqlite_integrity(session),
                lambda: _foreign_key_problems(session),
                lambda: _all_date_problems(session),
                lambda: index_problems(session),
                lambda: _copy_problems(session, path),
                lambda: _reference_problems(session),
            ]
            for done, step in enumerate(steps):
                with _reporting(session, progress, done, len(steps)):
                    problems.extend(step())
    finally:
        store.close()
    return problems


@contextmanager
def _reporting(session: Session, progress: Progress | None, done: int,
               total: int) -> Iterator[None]:
    """Report ``done`` of ``total`` now and, while a statement runs, every
    REPORT_EVERY seconds; what the report raises interrupts the statement
    (SQLite's progress handler) and is raised in its place."""
    if progress is None:
        yield
        return
    progress(done, total)
    raw = session.connection().connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    stopped: list[Exception] = []
    last = time.monotonic()

    def handler() -> int:
        nonlocal last
        if time.monotonic() - last < REPORT_EVERY:
            return 0
        last = time.monotonic()
        try:
            progress(done, total)
        except Exception as exc:  # raised again below, in its place
            stopped.append(exc)
            return 1  # SQLite stops the statement with "interrupted"
        return 0

    raw.set_progress_handler(handler, 10_000)
    try:
        yield
    except (OperationalError, sqlite3.OperationalError):  # through SQLAlchemy or the DB-API
        if stopped:
            raise stopped[0] from None
        raise
    finally:
        raw.set_progress_handler(None, 0)
    if stopped:  # a statement whose error was caught and said as a problem
        raise stopped[0]


def _sqlite_integrity(session: Session) -> list[str]:
    return [f"integrity: {result}"
            for (result,) in session.execute(text("PRAGMA integrity_check")) if result != "ok"]


def _foreign_key_problems(session: Session) -> list[str]:
    return [f"{table} row {rowid} refers to a missing {parent} record"
            for table, rowid, parent, _ in session.execute(text("PRAGMA foreign_key_check"))]


def _all_date_problems(session: Session) -> list[str]:
    rows = session.execute(select(Event.id, Event.title, Event.date_edtf,
                                  Event.date_start, Event.date_end))
    return [problem for event_id, title, edtf, start, end in rows
            for problem in _date_problems(event_id, title, edtf, start, end)]


def _reference_problems(session: Session) -> list[str]:
    """Affiliations and parents that break the rules the operations keep
    (stored by an earlier version's import, which did not check them)."""
    rows = session.execute(select(Participant.id, Participant.name, Participant.kind,
                                  Participant.affiliation_id, Participant.parent_id)).all()
    kinds = {row.id: row.kind for row in rows}
    parents = {row.id: row.parent_id for row in rows}
    return [f"participant {row.id} ({row.name}), {name}: {message}" for row in rows
            for name, message in participant_problems(row.id, row.kind, row.affiliation_id,
                                                      row.parent_id, kinds, parents)]


def _copy_problems(session: Session, path: Path) -> list[str]:
    """Saved copies whose bytes are no longer their SHA-256 (a damaged disk, a
    file edited in place).  A copy this computer lacks (named by a colleague's
    JSON file) is not a problem."""
    copies = SavedCopies(path)
    problems = []
    named = session.execute(select(Source.copy_sha256, Source.copy_name)
                            .where(Source.copy_sha256.is_not(None)).distinct())
    for sha, name in named:
        found = copies.find(str(sha), name or "")
        if found is not None and sha256_of(found) != sha:
            problems.append(f"saved copy files/{found.name} is damaged: its bytes are not "
                            "the copy its name says")
    return problems


def _date_problems(event_id: str, title: str, edtf: str | None, start: str | None,
                   end: str | None) -> list[str]:
    where = f"event {event_id} ({title})"
    if edtf is None:
        return [] if start is None and end is None else [f"{where}: bounds without a date"]
    try:
        parsed = parse_edtf(edtf)
    except DateError as exc:
        return [f"{where}: stored date does not parse: {exc}"]
    expected = (parsed.start.isoformat() if parsed.start else None,
                parsed.end.isoformat() if parsed.end else None)
    if expected != (start, end):
        return [f"{where}: date bounds {start}..{end} do not match '{edtf}' "
                f"({expected[0]}..{expected[1]})"]
    return []


def is_search_index_problem(problem: str) -> bool:
    return problem.startswith("search index:")


def rebuild_search_index(path: Path) -> None:
    """Recompute the search index from the tables, in one transaction."""
    store = open_store(path)
    try:
        with store.session() as session, session.begin():
            rebuild(session)
    finally:
        store.close()
