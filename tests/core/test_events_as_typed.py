"""A new event checked against the events stored as it is typed: the events
of its dates whose titles are alike are found in bulk, and are the ones
scoring each event of its dates one by one finds."""

from __future__ import annotations

import random

from desktop.core.db import Store
from desktop.core.duplicate_events import Occasion
from desktop.core.likely_events import events_like
from desktop.core.operations import Operations
from desktop.core.search import fold, fold_all
from tests.benchmarks.bench_identity import events_like_one_by_one

TITLES = ["Digital Silk Road forum on data", "Forum on data: the Digital Silk Road",
          "數字絲綢之路論壇", "数字丝绸之路论坛", "Maritime cooperation workshop",
          "China–Laos AI cooperation centre opens", "Laos China AI centre opening",
          "Café  Naïve\tRoundtable", "São Paulo mayors' summit", "Green cities summit"]


def test_folding_many_at_once_folds_each_as_one_alone() -> None:
    values = [*TITLES, "石中軍\n發言", "  ", "ÉCOLE  normale", "中國外文局", "x"]
    assert fold_all(values) == [fold(value) for value in values]
    assert fold_all([]) == []


def test_the_events_found_as_typed_are_those_found_one_by_one(empty_store: Store) -> None:
    ops = Operations(empty_store, "Tester")
    rng = random.Random(5)
    people = [ops.create_participant({"kind": "person", "name": f"Person {n}"})
              .ids("participant").pop() for n in range(4)]
    for number in range(120):
        title = rng.choice(TITLES)
        event = ops.create_event({
            "title": title if number % 3 else f"{title} {number}",
            "native_title": rng.choice(["", "数字丝绸之路", "寮國人工智能中心"]),
            "date": rng.choice(["2024", "2024-05", "2024-05-03", "2025-01-07/2025-01-09",
                                "2023?", "2024-11~"])}).ids("event").pop()
        for person in rng.sample(people, rng.randint(0, 2)):
            ops.link(event, person, {})
    drafts = [("Digital Silk Road data forum", "", "2024-01-01", "2024-12-31", "2024", "year"),
              ("", "數字絲綢之路", "2024-05-01", "2024-05-31", "2024-05", "month"),
              ("Laos China AI centre", "", "2020-01-01", "2029-12-31", "202X", "decade"),
              ("Café naive roundtable", "", "2024-05-03", "2024-05-03", "2024-05-03", "day")]
    with empty_store.session() as session:
        for title, native, start, end, edtf, precision in drafts:
            for shared in ((), tuple(people[:2])):
                draft = Occasion("", title, start, end, None, set(shared), native,
                                  precision, edtf)
                expected = events_like_one_by_one(session, draft)
                found = events_like(session, title, start, end, participants=shared,
                                    native_title=native, edtf=edtf, precision=precision,
                                    limit=len(expected) + 5)
                assert found == expected, (title or native, shared)
                assert found  # each draft is like some of the events stored
        # an event being edited is not its own duplicate
        first = expected[0]
        again = events_like(session, "Café naive roundtable", "2024-05-03", "2024-05-03",
                            exclude=first.id, edtf="2024-05-03", limit=100)
        assert first.id not in {found.id for found in again}
        assert len(again) == len(expected) - 1
