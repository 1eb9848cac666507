"""Who works with whom over the 100k events (Tools ▸ Who works with whom…),
beside the other way of finding the pairs; and how it changed between two
five-year periods (Tools ▸ Compare two periods…), beside the same counted
from ORM objects.

The network lets SQLite count each participant's events, keeps the 40 most
active and reads only their links to count the pairs among them, then lays
them out.  The baseline reads every (event, participant) link into Python
and counts every pair of participants of every event (the whole
co-occurrence table), then keeps the pairs among the 40 most active: what
the network shows, without its layout.
"""

from __future__ import annotations

from collections import Counter
from itertools import combinations

from sqlalchemy import select, text
from sqlalchemy.orm import selectinload

from desktop.core.db import Store
from desktop.core.filters import EventFilter
from desktop.core.models import Event
from desktop.core.network import network
from desktop.core.network_change import compare_periods, read_period
from tests.benchmarks.common import Result, median_seconds, result


def _ours(store: Store) -> None:
    with store.session() as session:
        network(session, EventFilter(), limit=40)


def _every_pair(store: Store) -> None:
    by_event: dict[str, set[str]] = {}
    with store.session() as session:
        for event_id, pid in session.execute(text(
                "SELECT l.event_id, l.participant_id FROM event_participants AS l "
                "JOIN events AS e ON e.id = l.event_id")):
            by_event.setdefault(event_id, set()).add(pid)
    active = Counter(pid for members in by_event.values() for pid in members)
    pairs = Counter(pair for members in by_event.values()
                    for pair in combinations(sorted(members), 2))
    top = {pid for pid, _ in active.most_common(40)}
    {pair: count for pair, count in pairs.items() if set(pair) <= top}


PERIODS = ("2015/2019", "2020/2024")


def _compared(store: Store) -> None:
    with store.session() as session:
        compare_periods(session, EventFilter(), *(read_period(p) for p in PERIODS))


def _compared_from_objects(store: Store) -> None:
    """Each period's events loaded with their links as ORM objects, the pairs
    and attendance counted from them, then set against each other."""
    counted = []
    with store.session() as session:
        for typed in PERIODS:
            period = read_period(typed)
            pairs: Counter[tuple[str, str]] = Counter()
            present: Counter[str] = Counter()
            events = session.scalars(
                select(Event).options(selectinload(Event.links))
                .where(Event.date_start <= period.end.isoformat(),
                       Event.date_end >= period.start.isoformat()))
            for event in events:
                members = sorted({link.participant_id for link in event.links})
                present.update(members)
                pairs.update(combinations(members, 2))
            counted.append((pairs, present))
    (before, was), (after, now) = counted
    {pair: (before[pair], after[pair]) for pair in set(before) | set(after)}
    [pid for pid in now if pid not in was]


def run(store: Store) -> list[Result]:
    ours = median_seconds(lambda: _ours(store), repeats=3)
    other = median_seconds(lambda: _every_pair(store), repeats=3)
    compared = median_seconds(lambda: _compared(store), repeats=3)
    from_objects = median_seconds(lambda: _compared_from_objects(store), repeats=3)
    return [result("list_network_100k_s", ours, other,
                   note="the 40 most active participants, their ties and layout; baseline: "
                        "every pair of every event's participants counted in Python"),
            result("list_network_compare_periods_s", compared, from_objects,
                   note=f"{PERIODS[0]} against {PERIODS[1]}: every tie and participant; "
                        "baseline: the same counted from ORM events with their links")]
