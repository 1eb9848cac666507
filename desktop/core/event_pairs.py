"""Which pairs of events Find duplicate events scores in full, found in bulk.

Two events are compared when they share a month and two significant title
words: 1.7 million pairs among the 100 000 events of the benchmark, of which
~200 000 have titles alike and a few thousand are likely duplicates.  Taking
every pair through Python (a tuple of two ids in a set, its dates compared,
its titles compared) took ~15 s of the ~22 s of the search.

Here a pair is one 64-bit number (the two events' places in a list), the
pairs are made unique and their dates compared by numpy over all of them at
once, and their titles are compared by rapidfuzz's ``cpdist`` on every core.
What is left, the pairs whose dates overlap and whose titles are alike, is
what ``duplicate_events.score_events`` scores one by one, as before: the same pairs
are found, the same way.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

import numpy as np
from numpy.typing import NDArray
from rapidfuzz import fuzz, process

from desktop.core.progress import Progress, announce

# Pairs whose titles are compared between calls of the progress callback:
# ~0.1 s on two cores, so that Cancel is heard at once.
PAIRS_PER_STEP = 150_000
# Events keyed by their months and title words between calls: ~0.1 s.
EVENTS_PER_STEP = 5_000


class Blocked(Protocol):
    """An event as the search sees it (``identity.Occasion``)."""

    start: str | None
    end: str | None

    @property
    def titles(self) -> list[str]: ...

    def months(self) -> list[str]: ...

    def blocking_keys(self) -> set[tuple[str, ...]]: ...


def numbered_pairs(events: Sequence[Blocked], max_bucket: int,
                   progress: Progress | None = None) -> NDArray[np.int64]:
    """Each pair of events sharing a month and a title key, once, as
    ``first * len(events) + second`` with ``first < second``; a key shared by
    more than ``max_bucket`` events (a busy month's "forum") says nothing.
    ``progress`` hears how many events are keyed."""
    # A bucket (a month and a key) is one number, the month's and the key's
    # own numbers side by side: ~5 million of them at 100 000 events, which
    # numpy sorts into buckets far faster than a dict of lists grows.
    key_numbers: dict[tuple[str, ...], int] = {}
    month_numbers: dict[str, int] = {}
    buckets: list[int] = []
    places: list[int] = []
    for place, event in enumerate(events):
        if progress is not None and place % EVENTS_PER_STEP == 0:
            progress(place, len(events))
        keys = [key_numbers.setdefault(key, len(key_numbers)) for key in event.blocking_keys()]
        for month in event.months():
            month_number = month_numbers.setdefault(month, len(month_numbers)) << 32
            buckets.extend(month_number | key for key in keys)
            places.extend([place] * len(keys))
    if progress is not None:  # all keyed; the pairs are sorted out next (~2 s at 100 000)
        progress(len(events), len(events))
    numbers = np.array(buckets, dtype=np.int64)
    order = np.argsort(numbers, kind="stable")
    in_buckets = np.array(places, dtype=np.int64)[order]  # each bucket's places ascending
    sorted_buckets = numbers[order]
    starts = np.flatnonzero(np.concatenate(([True], sorted_buckets[1:] != sorted_buckets[:-1])))
    sizes = np.diff(np.append(starts, len(sorted_buckets)))
    count = len(events)
    codes = [np.zeros(0, dtype=np.int64)]
    for size in range(2, max_bucket + 1):
        # Every bucket of this size at once: one row of places each.
        rows = in_buckets[starts[sizes == size][:, None] + np.arange(size)]
        firsts, seconds = np.triu_indices(size, 1)
        codes.append((rows[:, firsts] * count + rows[:, seconds]).ravel())
    return _unique(np.concatenate(codes))


def _unique(numbers: NDArray[np.int64]) -> NDArray[np.int64]:
    """Sorted, each once (``np.unique`` hashes first: twice as long here)."""
    numbers.sort()
    if not numbers.size:
        return numbers
    return numbers[np.concatenate(([True], numbers[1:] != numbers[:-1]))]


def overlapping(events: Sequence[Blocked], firsts: NDArray[np.int64],
                seconds: NDArray[np.int64]) -> NDArray[np.bool_]:
    """Which pairs' dates overlap.  Dates are ISO strings, compared as Python
    compares them (numpy's fixed-width strings compare by code point too)."""
    starts = np.array([event.start or "" for event in events], dtype=str)
    ends = np.array([event.end or event.start or "" for event in events], dtype=str)
    known = (starts[firsts] != "") & (starts[seconds] != "")
    together: NDArray[np.bool_] = (known & (starts[firsts] <= ends[seconds])
                                   & (starts[seconds] <= ends[firsts]))
    return together


def titles_alike(events: Sequence[Blocked], firsts: NDArray[np.int64],
                 seconds: NDArray[np.int64], alike: int,
                 progress: Progress | None = None) -> NDArray[np.float64]:
    """How alike (0-100) each pair's titles are, the best of each title
    against each (a title and a native title); 0 under ``alike``."""
    best = np.zeros(len(firsts))
    # Each title against each: the title, then the native title where there is one.
    by_slot = [[event.titles[slot] if len(event.titles) > slot else "" for event in events]
               for slot in (0, 1)]
    titled = [np.array([bool(title) for title in titles], dtype=bool) for titles in by_slot]
    if progress is not None:
        progress(0, len(firsts))
    for step in range(0, len(firsts), PAIRS_PER_STEP):
        part = np.arange(step, min(len(firsts), step + PAIRS_PER_STEP))
        for mine in (0, 1):
            for theirs in (0, 1):
                both = part[titled[mine][firsts[part]] & titled[theirs][seconds[part]]]
                scores = process.cpdist(
                    [by_slot[mine][place] for place in firsts[both].tolist()],
                    [by_slot[theirs][place] for place in seconds[both].tolist()],
                    scorer=fuzz.token_set_ratio, score_cutoff=alike, workers=-1)
                best[both] = np.maximum(best[both], scores)
        if progress is not None:
            progress(int(part[-1]) + 1, len(firsts))
    return best


def alike_pairs(events: Sequence[Blocked], max_bucket: int, alike: int,
                progress: Progress | None = None) -> Iterator[tuple[int, int]]:
    """The places of the pairs of events sharing a month and a title key
    whose dates overlap and whose titles are at least ``alike``; the
    progress callback hears how many pairs' titles are compared, and may
    raise to cancel."""
    announce(progress, "events grouped by month and title words")
    codes = numbered_pairs(events, max_bucket, progress)
    firsts, seconds = np.divmod(codes, max(1, len(events)))
    together = overlapping(events, firsts, seconds)
    firsts, seconds = firsts[together], seconds[together]
    announce(progress, "pairs of titles compared")
    kept = titles_alike(events, firsts, seconds, alike, progress) >= alike
    return zip(firsts[kept].tolist(), seconds[kept].tolist(), strict=True)


def alike_to(titles: Sequence[str], others: Sequence[Sequence[str]], alike: int) -> list[int]:
    """The places in ``others`` (each an event's folded titles) of those with a
    title at least ``alike`` to one of ``titles``: all of them compared by
    ``cdist`` on every core, as a new event is checked against a decade's
    events while it is typed."""
    flat = [title for event_titles in others for title in event_titles]
    owners = np.repeat(np.arange(len(others)), [len(event_titles) for event_titles in others])
    if not flat or not titles:
        return []
    scores = process.cdist(titles, flat, scorer=fuzz.token_set_ratio, score_cutoff=alike,
                           workers=-1)
    return sorted(set(owners[(scores >= alike).any(axis=0)].tolist()))
