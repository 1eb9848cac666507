"""Bulk imports: into a nearly empty database the indexes are dropped and built
again at the end; either way the database ends with the same indexes, and a
refused import leaves every one of them in place."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.core import bulk
from desktop.core.changes import ValidationError
from desktop.core.db import Store
from desktop.core.operations import Operations
from desktop.core.search import driver_cursor
from tests.sqlite_schema import index_definitions


def _records(count: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    people = [{"id": f"00000000-0000-4000-8000-{n:012d}", "kind": "person",
               "name": f"Person {n}"} for n in range(5)]
    events = [{"title": f"Event {n}", "date": f"2025-{n % 12 + 1:02d}",
               "country": "CN", "tags": ["one", f"tag {n % 3}"],
               "participants": [{"participant": people[n % 5]["id"], "role": "speaker"}]}
              for n in range(count)]
    return people, events


@pytest.mark.parametrize("rebuild_below", [bulk.REBUILD_INDEXES_BELOW, 0])
def test_an_import_ends_with_the_same_indexes_either_way(
        ops: Operations, monkeypatch: pytest.MonkeyPatch, rebuild_below: int) -> None:
    monkeypatch.setattr(bulk, "REBUILD_INDEXES_BELOW", rebuild_below)
    store: Store = ops.store
    before = index_definitions(store.path)
    people, events = _records(200)
    ops.bulk_import(people, events)
    assert index_definitions(store.path) == before
    with store.session() as session:
        connection = driver_cursor(session).connection
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        plan = " ".join(row[3] for row in connection.execute(
            "EXPLAIN QUERY PLAN SELECT seq FROM events WHERE country = 'CN'"))
        assert "USING" in plan and "INDEX" in plan  # the rebuilt index serves queries
        assert connection.execute("PRAGMA cache_size").fetchone() == (-32768,)


def test_a_refused_import_leaves_every_index_and_writes_nothing(ops: Operations) -> None:
    store: Store = ops.store
    before = index_definitions(store.path)
    people, events = _records(50)
    events[40]["date"] = "2025-02-30"
    with pytest.raises(ValidationError, match=r"events\[40\]\.date"):
        ops.bulk_import(people, events)
    assert index_definitions(store.path) == before
    with store.session() as session:
        connection = driver_cursor(session).connection
        assert connection.execute("SELECT count(*) FROM events").fetchone() == (0,)


def test_a_value_repeated_across_records_is_checked_and_stored_for_each(
        ops: Operations) -> None:
    """Dates and countries are worked out once per import: every record that
    repeats a refused value is still named, and every record that repeats a
    good one gets its own first and last day."""
    people, events = _records(12)
    for index in (2, 7, 11):
        events[index]["date"] = "2025-02-30"
    for index in (3, 7):
        events[index]["country"] = "Atlantis"
    with pytest.raises(ValidationError) as refused:
        ops.bulk_import(people, events)
    where = {problem.field for problem in refused.value.problems}
    assert {"events[2].date", "events[7].date", "events[11].date",
            "events[3].country", "events[7].country"} <= where
    assert all("2025-02-30" in problem.message for problem in refused.value.problems
               if problem.field.endswith(".date"))

    people, events = _records(24)  # each month twice
    ops.bulk_import(people, events)
    with ops.store.session() as session:
        rows = driver_cursor(session).execute(
            "SELECT title, date_edtf, date_start, date_end, date_precision, country "
            "FROM events ORDER BY seq").fetchall()
    assert len(rows) == 24
    for title, edtf, start, end, precision, country in rows:
        month = int(title.split()[1]) % 12 + 1
        assert edtf == f"2025-{month:02d}" and start == f"2025-{month:02d}-01"
        assert end[:7] == edtf and precision == "month" and country == "CN"
