"""Who works with whom over the 100k events (Tools ▸ Who works with whom…),
beside the other way of finding the pairs.

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

from sqlalchemy import text

from desktop.core.db import Store
from desktop.core.filters import EventFilter
from desktop.core.network import network
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


def run(store: Store) -> list[Result]:
    ours = median_seconds(lambda: _ours(store), repeats=3)
    other = median_seconds(lambda: _every_pair(store), repeats=3)
    return [result("list_network_100k_s", ours, other,
                   note="the 40 most active participants, their ties and layout; baseline: "
                        "every pair of every event's participants counted in Python")]
