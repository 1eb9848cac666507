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
from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations, islice

from rapidfuzz import fuzz
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.db import Store
from desktop.core.duplicate_events import (
    ALIKE,
    Occasion,
    find_duplicate_events,
    load_events,
    score_events,
)
from desktop.core.event_pairs import alike_pairs
from desktop.core.identity import (
    MAX_BUCKET,
    MIN_SCORE,
    find_duplicate_participants,
    load_people,
    score_pair,
)
from desktop.core.likely_events import LikelyDuplicate, events_like
from desktop.core.models import Event, EventParticipant
from desktop.core.name_finding import Mention, _automaton, _names_at, find_mentions
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
        people = load_people(session)
        ours = median_seconds(lambda: find_duplicate_participants(session), 3)
        naive = _sampled_all_pairs(list(people), score_pair, people)  # type: ignore[arg-type]
        results.append(result(
            "duplicate_participants_20k_s", ours, naive,
            note=f"blocking keys, {len(people)} participants; baseline: scoring all pairs, "
                 f"timed on {SAMPLE_PAIRS} random pairs and scaled"))
        events = load_events(session)
        ours = median_seconds(lambda: find_duplicate_events(session), 3)
        naive = _sampled_all_pairs(list(events), score_events, events)  # type: ignore[arg-type]
        results.append(result(
            "duplicate_events_100k_s", ours, naive,
            note=f"month and title-word blocks, {len(events)} events; baseline: all pairs, "
                 f"timed on {SAMPLE_PAIRS} random pairs and scaled"))
        results.append(_pair_screening(list(events.values())))
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
        mentions = find_mentions(session)
        results.append(_mentions_of_one_event(session, mentions[0].event_id))
        results.append(_event_as_typed(session))
    results.append(_mentions_table(mentions))
    return results


def pairs_one_by_one(events: Sequence[Occasion], max_bucket: int,
                     alike: int) -> set[tuple[int, int]]:
    """What ``alike_pairs`` finds, the plain way: each bucket a list in a
    dict, each pair of it a tuple in a set, its dates and titles compared in
    Python one pair at a time."""
    buckets: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for place, event in enumerate(events):
        keys = event.blocking_keys()
        for month in event.months():
            for key in keys:
                buckets[(month, *key)].append(place)
    pairs = {pair for members in buckets.values() if 1 < len(members) <= max_bucket
             for pair in combinations(members, 2)}
    found = set()
    for first, second in pairs:
        a, b = events[first], events[second]
        if not (a.start and b.start and a.start <= (b.end or b.start)
                and b.start <= (a.end or a.start)):
            continue
        if max(fuzz.token_set_ratio(mine, theirs, score_cutoff=alike)
               for mine in a.titles for theirs in b.titles) >= alike:
            found.add((first, second))
    return found


def events_like_one_by_one(session: Session, draft: Occasion,
                           exclude: str | None = None) -> list[LikelyDuplicate]:
    """What ``events_like`` finds, the plain way: every event whose dates
    overlap the draft's read as an ORM row and scored in full, one by one."""
    found = []
    for row in session.execute(
            select(Event.id, Event.title, Event.date_start, Event.date_end, Event.country,
                   Event.date_edtf, Event.native_title, Event.date_precision)
            .where(Event.date_start <= draft.end, Event.date_end >= draft.start)):
        if row.id == exclude:
            continue
        other = Occasion(row.id, row.title, row.date_start, row.date_end, row.country,
                          native_title=row.native_title,
                          precision=row.date_precision or "unknown", edtf=row.date_edtf or "")
        score, reasons = score_events(draft, other)
        if score and draft.participants:  # titles alike: the participants shared count too
            other.participants = set(session.scalars(select(
                EventParticipant.participant_id).where(EventParticipant.event_id == row.id)))
            score, reasons = score_events(draft, other)
        if score >= MIN_SCORE:
            found.append(LikelyDuplicate(row.id, row.title, other.edtf, score, tuple(reasons)))
    found.sort(key=lambda item: (-item.score, item.title, item.id))
    return found


def _event_as_typed(session: Session) -> Result:
    """A new event's form names the events it may be, as it is typed: here
    one dated to a decade (the widest it is checked against)."""
    title, start, end = "Agreement regional exchange forum", "2010-01-01", "2019-12-31"
    ours = median_seconds(lambda: events_like(session, title, start, end, edtf="201X",
                                              precision="decade"), 5)
    draft = Occasion("", title, start, end, None, precision="decade", edtf="201X")
    plain = median_seconds(lambda: events_like_one_by_one(session, draft), 3)
    return result("duplicate_event_as_typed_decade_100k_s", ours, plain,
                  note="the events of a decade whose titles are alike, read and compared in "
                       "bulk (rapidfuzz cdist); baseline: each event of the decade scored one "
                       "by one")


def _pair_screening(events: list[Occasion]) -> Result:
    """The pairs Find duplicate events scores in full: found in bulk (numpy,
    rapidfuzz's cpdist) beside the same found one pair at a time."""
    ours = median_seconds(lambda: list(alike_pairs(events, MAX_BUCKET, ALIKE)), 3)
    plain = median_seconds(lambda: pairs_one_by_one(events, MAX_BUCKET, ALIKE), 1)
    return result("duplicate_events_pair_screening_100k_s", ours, plain,
                  note="pairs sharing a month and two title words, dates overlapping, titles "
                       "alike; baseline: the same pairs found one by one in Python")


def _mentions_of_one_event(session: Session, event_id: str) -> Result:
    """Tools ▸ Find mentions in this event, beside the way of all events: an
    automaton of every name, and every link read."""
    def as_for_all() -> None:
        people = load_people(session)
        automaton = _automaton(people)
        title, native_title, summary = session.execute(
            select(Event.title, Event.native_title, Event.summary)
            .where(Event.id == event_id)).one()
        linked = {person.id for person in people.values() if event_id in person.events}
        assert [owners for _start, owners in _names_at(
            automaton, fold(f"{title}\n{native_title}\n{summary}"), people)
            if not linked.intersection(owner for owner, _name in owners)]

    assert find_mentions(session, [event_id])
    return result("duplicate_mentions_one_event_100k_s",
                  median_seconds(lambda: find_mentions(session, [event_id]), 5),
                  median_seconds(as_for_all, 5),
                  note="Find mentions in this event; baseline: every name in one automaton "
                       "and every link read, as for all events")


def _mentions_table(mentions: list[Mention]) -> Result:
    """The mentions shown for review: the dialog's table model (a combo box
    made only while a role is edited) beside a table widget with a combo box
    of roles in every row."""
    from PySide6.QtWidgets import QComboBox, QTableView, QTableWidget, QTableWidgetItem

    from desktop.ui.mentions_dialog import MentionsModel

    titles = {mention.event_id: f"Event {index}" for index, mention in enumerate(mentions)}
    roles = [f"role {number}" for number in range(12)]

    def model_and_view() -> None:
        view = QTableView()
        model = MentionsModel()
        view.setModel(model)
        model.set_mentions(mentions, titles)
        view.deleteLater()

    def combo_per_row() -> None:
        table = QTableWidget(len(mentions), 4)
        for row, mention in enumerate(mentions):
            table.setItem(row, 0, QTableWidgetItem(titles[mention.event_id]))
            table.setItem(row, 1, QTableWidgetItem(mention.participant_name))
            table.setItem(row, 2, QTableWidgetItem(mention.found))
            combo = QComboBox()
            combo.addItems(["", *roles])
            table.setCellWidget(row, 3, combo)
        table.deleteLater()

    return result("duplicate_mentions_table_ms", median_seconds(model_and_view, 5) * 1000,
                  median_seconds(combo_per_row, 3) * 1000, unit="ms",
                  note=f"{len(mentions)} mentions of 100 000 events shown for review; "
                       "baseline: a combo box of roles in every row")
