"""Counting the 100k events by country and year, and by participant and month
(Tools ▸ Count events by period…), each beside the other way of doing it.

By country the tally counts the (country, date) pairs in Python as they
stream; the baseline lets SQLite group them (77 000 groups, a sort).  By
participant the tally lets SQLite count, distinct, and by period only the 300
rows it shows; the baseline reads every (participant, event) pair into
Python.  Both read each date as the tally reads it.
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import text

from desktop.core.db import Store
from desktop.core.filters import EventFilter
from desktop.core.tallies import bucket, tally
from tests.benchmarks.common import Result, median_seconds, result

_OTHER_WAY = {
    "country": ("SELECT country, date_edtf, count(*) FROM events GROUP BY 1, 2",
                "SQLite groups by country and date as written"),
    "participant": ("SELECT DISTINCT l.participant_id, e.date_edtf, 1, e.seq FROM events AS e "
                    "LEFT JOIN event_participants AS l ON l.event_id = e.id",
                    "every (participant, event) pair counted in Python"),
}


def _other_way(store: Store, rows_by: str, per: str) -> Counter[tuple[object, str]]:
    counts: Counter[tuple[object, str]] = Counter()
    with store.session() as session:
        for row in session.execute(text(_OTHER_WAY[rows_by][0])):
            counts[row[0], bucket(row[1], per)] += row[2]
    return counts


def _ours(store: Store, rows_by: str, per: str) -> None:
    with store.session() as session:
        tally(session, EventFilter(), rows_by, per)


def run(store: Store) -> list[Result]:
    results = []
    for rows_by, per in (("country", "year"), ("participant", "month")):
        ours = median_seconds(lambda r=rows_by, p=per: _ours(store, r, p), repeats=3)
        other = median_seconds(lambda r=rows_by, p=per: _other_way(store, r, p), repeats=3)
        results.append(result(f"list_tally_{rows_by}_{per}_100k_s", ours, other,
                              note=f"baseline: {_OTHER_WAY[rows_by][1]}"))
    return results
