"""Identity at scale: duplicate participants among 20 000, duplicate events
among 100 000, and mentions over 100 000 summaries — each beside the naive way
in the same run.

The naive ways are too slow to run whole: the all-pairs comparisons score a
random sample of pairs and scale by the number of pairs; the one-search-per-
name mention scan runs for a sample of names and scales by the number of
names.  Each note says so.
"""

from __future__ import annotations

import random
import time
from itertools import islice

from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.identity import (
    _load,
    _load_events,
    find_duplicate_events,
    find_duplicate_participants,
    find_mentions,
    score_events,
    score_pair,
)
from desktop.core.models import Event
from desktop.core.search import fold
from tests.benchmarks.common import Result, median_seconds, result

SAMPLE_PAIRS = 200_000
SAMPLE_NAMES = 40


def _sampled_all_pairs(ids: list[str], score: object, records: dict[str, object]) -> float:
    """Seconds to score every pair, from a random sample of pairs."""
    rng = random.Random(7)
    pairs = [(rng.choice(ids), rng.choice(ids)) for _ in range(SAMPLE_PAIRS)]
    started = time.perf_counter()
    for a, b in pairs:
        if a != b:
            score(records[a], records[b])  # type: ignore[operator]
    per_pair = (time.perf_counter() - started) / SAMPLE_PAIRS
    return per_pair * len(ids) * (len(ids) - 1) / 2


def run(store: Store) -> list[Result]:
    results = []
    with store.session() as session:
        people = _load(session)
        ours = median_seconds(lambda: find_duplicate_participants(session), 3)
        naive = _sampled_all_pairs(list(people), score_pair, people)  # type: ignore[arg-type]
        results.append(result(
            "duplicate_participants_20k_s", ours, naive,
            note=f"blocking keys, {len(people)} participants; baseline: scoring all pairs, "
                 f"timed on {SAMPLE_PAIRS} random pairs and scaled"))
        events = _load_events(session)
        ours = median_seconds(lambda: find_duplicate_events(session), 3)
        naive = _sampled_all_pairs(list(events), score_events, events)  # type: ignore[arg-type]
        results.append(result(
            "duplicate_events_100k_s", ours, naive,
            note=f"month and title-word blocks, {len(events)} events; baseline: all pairs, "
                 f"timed on {SAMPLE_PAIRS} random pairs and scaled"))
        ours = median_seconds(lambda: find_mentions(session), 3)
        texts = [fold(f"{title}\n{summary}") for title, summary in
                 session.execute(select(Event.title, Event.summary))]
        names = [fold(name) for person in islice(people.values(), SAMPLE_NAMES)
                 for name in person.names()]
        started = time.perf_counter()
        for name in names:
            for text in texts:
                _ = name in text
        every_name = sum(len(person.names()) for person in people.values())
        naive = (time.perf_counter() - started) / len(names) * every_name
        results.append(result(
            "duplicate_mentions_100k_s", ours, naive,
            note=f"one Aho-Corasick pass over {len(texts)} events; baseline: one scan per "
                 f"name, timed for {len(names)} names and scaled to {every_name}"))
    return results
