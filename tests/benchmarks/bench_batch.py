"""Several thousand events of the 100k dataset changed at once (status and a
new tag), and that change undone, beside the same edit made event by event
through ``update_event`` in one transaction, as the form saves an event; a
word replaced in several thousand summaries, beside ``update_event`` for
each; and a few hundred deleted at once, beside ``delete_event`` for each.

Each run takes its own events, so every run changes as many; the edits go to
a copy of the benchmark database, which is left as it is for the others.
"""

from __future__ import annotations

import json
import re
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import TypeVar

from desktop.core.db import Store, open_store
from desktop.core.operations import Operations
from desktop.core.undo import invert
from tests.benchmarks.common import Result, result

BATCH = 3000
RUNS = 3
T = TypeVar("T")


def _tags(ops: Operations, event_ids: list[str]) -> dict[str, list[str]]:
    with ops.store.session() as session:
        cursor = session.connection().connection.driver_connection.cursor()  # type: ignore
        tags: dict[str, list[str]] = {event_id: [] for event_id in event_ids}
        for event_id, name in cursor.execute(
                "SELECT event_tags.event_id, tags.name FROM event_tags JOIN tags "
                "ON tags.id = event_tags.tag_id WHERE event_tags.event_id IN "
                "(SELECT value FROM json_each(?))", (json.dumps(event_ids),)):
            tags[event_id].append(name)
    return tags


def _event_by_event(ops: Operations, event_ids: list[str], status: str, tag: str) -> None:
    tags = _tags(ops, event_ids)
    with ops.batch():
        for event_id in event_ids:
            ops.update_event(event_id, {"status": status, "tags": [*tags[event_id], tag]})


def _timed(action: Callable[[], T]) -> tuple[float, T]:
    start = time.perf_counter()
    outcome = action()
    return time.perf_counter() - start, outcome


def run(store: Store) -> list[Result]:
    with tempfile.TemporaryDirectory(dir=store.path.parent) as scratch:
        path = Path(scratch) / "batch.sqlite"
        with closing(sqlite3.connect(store.path)) as source, \
                closing(sqlite3.connect(path)) as copy:
            source.backup(copy)
        copy_store = open_store(path)
        try:
            ops = Operations(copy_store, "bench")
            with copy_store.session() as session:
                cursor = session.connection().connection.driver_connection.cursor()  # type: ignore
                every = [row[0] for row in cursor.execute("SELECT id FROM events ORDER BY seq")]
            changes, undos, baselines, baseline_undos = [], [], [], []
            for number in range(RUNS):
                ours = every[2 * number * BATCH:(2 * number + 1) * BATCH]
                theirs = every[(2 * number + 1) * BATCH:(2 * number + 2) * BATCH]
                took, report = _timed(lambda ids=ours, n=number: ops.change_events(
                    ids, {"status": "needs_review"}, add_tags=[f"Batch {n}"]))
                assert len(report.changes) == BATCH
                changes.append(took)
                undos.append(_timed(lambda r=report: invert(ops, r))[0])
                baselines.append(_timed(lambda ids=theirs, n=number: _event_by_event(
                    ops, ids, "needs_review", f"Other {n}"))[0])
                # The baseline's undo: each event's old values given back one by one.
                old = _tags(ops, theirs)
                baseline_undos.append(_timed(lambda ids=theirs, o=old: _undo_by_event(
                    ops, ids, o))[0])
            deletes, baseline_deletes = _deletes(ops, every[2 * RUNS * BATCH:])
            replaces, baseline_replaces = _replaces(
                ops, every[2 * RUNS * BATCH + 2 * RUNS * DELETED:])
        finally:
            copy_store.close()
    note = (f"{BATCH} of 100 000 events set to 'needs review' and given a new tag; "
            "baseline: update_event for each in one transaction")
    return [result(f"list_batch_change_{BATCH}_s", statistics.median(changes),
                   statistics.median(baselines), note=note),
            result(f"list_batch_undo_{BATCH}_s", statistics.median(undos),
                   statistics.median(baseline_undos),
                   note="that change undone; baseline: update_event for each event"),
            result(f"list_batch_replace_{BATCH}_s", replaces, baseline_replaces,
                   note=f"'cooperation' replaced in the summaries of {BATCH} events; "
                        "baseline: each summary replaced and saved with update_event, in "
                        f"one transaction (median of {RUNS})"),
            result(f"list_batch_delete_{DELETED}_s", deletes, baseline_deletes,
                   note=f"{DELETED} chosen events deleted (and their search texts); baseline: "
                        "delete_event for each in one transaction (median of "
                        f"{RUNS})")]


DELETED = 300


def _deletes(ops: Operations, spare: list[str]) -> tuple[float, float]:
    """Median seconds to delete DELETED events at once, and one by one."""
    ours, theirs = [], []
    for number in range(RUNS):
        chosen = spare[2 * number * DELETED:(2 * number + 1) * DELETED]
        others = spare[(2 * number + 1) * DELETED:(2 * number + 2) * DELETED]
        took, report = _timed(lambda ids=chosen: ops.delete_events(ids))
        assert len(report.ids("event", "delete")) == DELETED
        ours.append(took)
        theirs.append(_timed(lambda ids=others: _delete_by_event(ops, ids))[0])
    return statistics.median(ours), statistics.median(theirs)


def _replaces(ops: Operations, spare: list[str]) -> tuple[float, float]:
    """Median seconds to replace a word in BATCH events' summaries at once,
    and event by event."""
    ours, theirs = [], []
    for number in range(RUNS):
        chosen = spare[2 * number * BATCH:(2 * number + 1) * BATCH]
        others = spare[(2 * number + 1) * BATCH:(2 * number + 2) * BATCH]
        took, report = _timed(lambda ids=chosen: ops.replace_in_events(
            ids, ["summary"], "cooperation", "co-operation"))
        assert report.changes
        ours.append(took)
        theirs.append(_timed(lambda ids=others: _replace_by_event(ops, ids))[0])
    return statistics.median(ours), statistics.median(theirs)


def _replace_by_event(ops: Operations, event_ids: list[str]) -> None:
    with ops.store.session() as session:
        cursor = session.connection().connection.driver_connection.cursor()  # type: ignore
        summaries = dict(cursor.execute(
            "SELECT id, summary FROM events WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(event_ids),)))
    with ops.batch():
        for event_id in event_ids:
            summary = summaries[event_id]
            if "cooperation" in summary.casefold():
                ops.update_event(event_id, {"summary": re.sub(
                    "cooperation", "co-operation", summary, flags=re.IGNORECASE)})


def _delete_by_event(ops: Operations, event_ids: list[str]) -> None:
    with ops.batch():
        for event_id in event_ids:
            ops.delete_event(event_id)


def _undo_by_event(ops: Operations, event_ids: list[str], tags: dict[str, list[str]]) -> None:
    with ops.batch():
        for event_id in event_ids:
            ops.update_event(event_id, {"status": "draft", "tags": tags[event_id][:-1]})
