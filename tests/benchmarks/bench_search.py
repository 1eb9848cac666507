"""Search at 100 000 events: time to the first page of results.

The project's path (trigram index, or the short-term path) is timed beside a
plain ``LIKE '%term%'`` scan of the same folded text, ordered the same way and
stopped at the first page, on the same database in the same run.
"""

from __future__ import annotations

from sqlalchemy import text

from desktop.core.db import Store
from desktop.core.event_filter import EventFilter
from desktop.core.listing import event_rowids, event_window
from desktop.core.search import driver_cursor, fold, write_event_text
from tests.benchmarks.common import Result, median_seconds, result

PAGE = 200
_LIKE_SCAN = text(
    "SELECT events.rowid FROM events JOIN event_search ON event_search.event_id = events.id "
    "WHERE event_search.body LIKE :pattern "
    "ORDER BY coalesce(events.date_start, '') DESC LIMIT :page")


def terms(store: Store) -> dict[str, str]:
    """One term of each kind, picked from the data so each finds something."""
    with store.session() as session:
        alias = session.execute(text(
            "SELECT alias FROM participant_aliases ORDER BY id LIMIT 1 OFFSET 500")).scalar_one()
        chinese_title = session.execute(text(
            "SELECT title FROM events WHERE unicode(title) > 12000 ORDER BY rowid "
            "LIMIT 1 OFFSET 700")).scalar_one()
    return {"latin_selective": alias.lower(), "chinese_selective": chinese_title[2:6],
            "chinese_two_characters": "研究", "latin_common": "cooperation"}


def run(store: Store) -> list[Result]:
    results = []
    for kind, term in terms(store).items():
        event_filter = EventFilter(text=term)

        def ours(event_filter: EventFilter = event_filter) -> None:
            with store.session() as session:
                event_window(session, event_rowids(session, event_filter)[:PAGE])

        def scan(pattern: str = f"%{fold(term)}%") -> None:
            with store.session() as session:
                session.execute(_LIKE_SCAN, {"pattern": pattern, "page": PAGE}).all()

        with store.session() as session:
            hits = len(event_rowids(session, event_filter))
        ours()  # warm the page cache for both alike
        scan()
        results.append(result(f"search_first_page_{kind}", median_seconds(ours, 7) * 1000,
                              median_seconds(scan, 7) * 1000, unit="ms",
                              note=f"'{term}': {hits} of 100000 events"))
    results.append(_reindex(store))
    return results


REINDEXED = 300  # changed event texts (a participant renamed, a merge taking theirs)


def _reindex(store: Store) -> Result:
    """Writing the changed search text of a few hundred events, as after a
    participant named in all of them is renamed, beside one UPDATE a row
    (each fires the trigger that keeps the full-text index in step).  Both
    run in a transaction that is rolled back."""
    with store.session() as session:
        texts: dict[str, str] = {event_id: body for event_id, body in session.execute(text(
            "SELECT event_id, body || ' renamed' FROM event_search ORDER BY rowid "
            f"LIMIT {REINDEXED} OFFSET 30000"))}

    def ours() -> None:
        with store.session() as session:
            write_event_text(session, texts)
            session.rollback()

    def row_by_row() -> None:
        with store.session() as session:
            cursor = driver_cursor(session)
            cursor.executemany("UPDATE event_search SET body = ? WHERE event_id = ?",
                               [(body, event_id) for event_id, body in texts.items()])
            session.rollback()

    return result(f"search_reindex_{REINDEXED}_changed_s", median_seconds(ours, 3),
                  median_seconds(row_by_row, 1),
                  note="changed search text written in one statement; baseline: an "
                       "UPDATE a row (the index's trigger then flushes once a row)")
