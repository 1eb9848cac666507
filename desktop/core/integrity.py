"""``curator check``: SQLite's own checks plus the app's invariants."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop.core.dates import DateError, parse_edtf
from desktop.core.db import open_store
from desktop.core.models import Event, Participant, Source
from desktop.core.participant_rules import participant_problems
from desktop.core.saved_copies import SavedCopies, sha256_of
from desktop.core.search import index_problems, rebuild


def check_database(path: Path) -> list[str]:
    """Every problem found, one sentence each; an empty list when all is well."""
    problems: list[str] = []
    store = open_store(path)
    try:
        with store.engine.connect() as connection:
            for (result,) in connection.execute(text("PRAGMA integrity_check")):
                if result != "ok":
                    problems.append(f"integrity: {result}")
            for table, rowid, parent, _ in connection.execute(text("PRAGMA foreign_key_check")):
                problems.append(f"{table} row {rowid} refers to a missing {parent} record")
        with store.session() as session:
            rows = session.execute(select(Event.id, Event.title, Event.date_edtf,
                                          Event.date_start, Event.date_end))
            for event_id, title, edtf, start, end in rows:
                problems.extend(_date_problems(event_id, title, edtf, start, end))
            problems.extend(index_problems(session))
            problems.extend(_copy_problems(session, path))
            problems.extend(_reference_problems(session))
    finally:
        store.close()
    return problems


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
