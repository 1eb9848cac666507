"""Find duplicate events compares pairs in bulk: the pairs it scores must be
exactly those the plain rule names — sharing a month and a title key (in a
bucket not too busy), dates overlapping, titles alike."""

from __future__ import annotations

import random

import pytest

from desktop.core import event_pairs
from desktop.core.duplicate_events import Occasion
from desktop.core.event_pairs import alike_pairs
from tests.benchmarks.bench_identity import pairs_one_by_one

WORDS = ["forum", "summit", "digital", "economy", "cooperation", "media", "energy", "green",
         "youth", "dialogue", "ASEAN", "China", "Laos", "partnership"]
NATIVE = ["数字经济论坛", "媒体合作论坛", "能源對話", "青年交流", "绿色发展峰会"]


def _random_events(rng: random.Random, count: int) -> list[Occasion]:
    events = []
    for number in range(count):
        title = " ".join(rng.sample(WORDS, rng.randint(1, 5)))
        month = rng.randint(1, 4)
        day = rng.randint(1, 28)
        start = f"2025-{month:02d}-{day:02d}"
        end = start if rng.random() < 0.7 else f"2025-{min(12, month + rng.randint(0, 3)):02d}-15"
        if rng.random() < 0.05:
            start = end = None  # undated: never paired
        native = rng.choice(NATIVE) if rng.random() < 0.3 else ""
        if rng.random() < 0.05:
            title = ""  # only a native title
        events.append(Occasion(f"e{number:04d}", title, start, end, None,
                                native_title=native))
    return events


@pytest.mark.parametrize("seed", range(6))
def test_the_bulk_comparison_finds_exactly_the_pairs_of_the_plain_rule(seed: int) -> None:
    events = _random_events(random.Random(seed), 400)
    expected = pairs_one_by_one(events, max_bucket=12, alike=70)
    found = list(alike_pairs(events, max_bucket=12, alike=70))
    assert len(found) == len(set(found))  # each pair once
    assert set(found) == expected
    assert expected  # the data has pairs to find


def test_a_key_shared_by_too_many_events_pairs_none_of_them() -> None:
    crowd = [Occasion(f"e{n}", "Digital Economy Forum", "2025-03-01", "2025-03-01", None)
             for n in range(5)]
    assert len(list(alike_pairs(crowd, max_bucket=5, alike=70))) == 10
    assert list(alike_pairs(crowd, max_bucket=4, alike=70)) == []
    assert list(alike_pairs([], max_bucket=4, alike=70)) == []


def test_comparing_titles_reports_progress_and_can_be_stopped(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(event_pairs, "PAIRS_PER_STEP", 3)
    events = _random_events(random.Random(1), 200)
    calls: list[tuple[int, int]] = []

    class Stop(Exception):
        pass

    class Progress:
        comparing = False

        def __call__(self, done: int, total: int) -> None:
            if self.comparing:  # not the events grouped before
                calls.append((done, total))
            if len(calls) == 4:
                raise Stop

        def says(self, counted: str) -> None:
            self.comparing = counted == "pairs of titles compared"

    with pytest.raises(Stop):
        alike_pairs(events, max_bucket=60, alike=70, progress=Progress())
    assert [done for done, _ in calls] == [0, 3, 6, 9]  # from none compared
    assert len({total for _, total in calls}) == 1 and calls[0][1] > 12
