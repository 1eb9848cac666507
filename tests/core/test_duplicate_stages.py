"""Find duplicate events reports each of its stages in its own numbers, so
that the analyst sees how far it is and Cancel is heard from the start."""

from __future__ import annotations

import pytest

from desktop.core import duplicate_events, event_pairs
from desktop.core.db import Store
from desktop.core.duplicate_events import find_duplicate_events
from desktop.core.operations import Operations


class _Recorder:
    """A progress that hears the stages (as the window's dialog does)."""

    def __init__(self, stop_at: str | None = None) -> None:
        self.stage = ""
        self.reports: list[tuple[str, int, int]] = []
        self.stop_at = stop_at

    def __call__(self, done: int, total: int) -> None:
        self.reports.append((self.stage, done, total))
        if self.stage == self.stop_at:
            raise KeyboardInterrupt  # as Cancel does, from the report

    def says(self, counted: str) -> None:
        self.stage = counted


def _events(store: Store, count: int) -> None:
    ops = Operations(store, "Tester")
    with ops.batch():
        for number in range(count):
            ops.create_event({"title": f"Regional data forum {number % 7}",
                              "date": f"2024-0{1 + number % 3}-10/2024-0{1 + number % 3}-20"})


def test_each_stage_is_reported_in_its_own_numbers(
        empty_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    # small steps, so that a small dataset reports more than once a stage
    monkeypatch.setattr(duplicate_events, "_REPORT_EVERY", 10)
    monkeypatch.setattr(event_pairs, "EVENTS_PER_STEP", 10)
    _events(empty_store, 60)
    heard = _Recorder()
    with empty_store.session() as session:
        found = find_duplicate_events(session, progress=heard)
    assert found
    stages = list(dict.fromkeys(stage for stage, _, _ in heard.reports))
    assert stages == ["events read", "events grouped by month and title words",
                      "pairs of titles compared", "pairs with titles alike scored"]
    for stage in stages[:2]:  # each of the 60 events, counted up to 60
        seen = [(done, total) for said, done, total in heard.reports if said == stage]
        assert seen[:6] == [(done, 60) for done in range(0, 60, 10)]
    # all grouped while the pairs are sorted out: not left at five sixths
    assert seen[6:] == [(60, 60)]
    compared = [total for said, _, total in heard.reports if said == stages[2]]
    scored = [total for said, _, total in heard.reports if said == stages[3]]
    assert compared and scored and scored[0] <= compared[0]


@pytest.mark.parametrize("stage", ["events read", "events grouped by month and title words"])
def test_a_report_before_the_titles_are_compared_can_stop_the_search(
        empty_store: Store, stage: str) -> None:
    _events(empty_store, 20)
    heard = _Recorder(stop_at=stage)
    with empty_store.session() as session, pytest.raises(KeyboardInterrupt):
        find_duplicate_events(session, progress=heard)
    assert not [said for said, _, _ in heard.reports if said == "pairs of titles compared"]
