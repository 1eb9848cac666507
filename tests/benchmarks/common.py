"""Shared by the benchmarks: timing, and the record written to build/bench.json."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Result:
    """One measurement beside its baseline; ratio below 1 is faster than the baseline."""

    name: str
    value: float
    unit: str
    baseline: float
    ratio: float
    note: str = ""

    def record(self) -> dict[str, object]:
        data = asdict(self)
        if not self.note:
            del data["note"]
        return data


def median_seconds(action: Callable[[], object], repeats: int = 5) -> float:
    """The median wall time of ``repeats`` runs of ``action``."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def result(name: str, value: float, baseline: float, unit: str = "s",
           note: str = "") -> Result:
    return Result(name, round(value, 6), unit, round(baseline, 6),
                  round(value / baseline, 6) if baseline else float("inf"), note)
