"""Events entered twice (typical after importing a colleague's file that used
other UUIDs), and a pair of participants or events an analyst chose to compare.

Events are blocked by pairs of their titles' significant words and the months
they span (``Occasion.blocking_keys``); the pairs whose titles are alike
(``event_pairs.alike_pairs``, in bulk) are scored with reasons in words.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from itertools import combinations

from rapidfuzz import fuzz
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.event_pairs import alike_pairs
from desktop.core.identity import (
    MAX_BUCKET,
    MIN_SCORE,
    Candidate,
    compare_countries,
    in_order,
    load_people,
    not_duplicates,
    only_these,
    ranked,
    score_pair,
    shown,
)
from desktop.core.models import Event, EventParticipant, EventRelation
from desktop.core.name_forms import STOPWORDS, WORD
from desktop.core.progress import Progress, announce
from desktop.core.search import fold

_MONTHS_SPANNED = 3  # an event blocks under at most this many months from its start


@dataclass
class Occasion:
    id: str
    title: str
    start: str | None
    end: str | None
    country: str | None
    participants: set[str] = field(default_factory=set)
    native_title: str = ""
    # How well the date is known, and as written: a date known only to its
    # month or year has the first of it as its first day, which says nothing
    # of the day it was held.
    precision: str = "day"
    edtf: str = ""

    @cached_property
    def titles(self) -> list[str]:
        """The title and the native title, folded: a colleague may have
        written as the title what we keep as the native title.  Folded once:
        an event is scored against many others (1.7 million pairs among the
        100 000 events of the benchmark), and folding Chinese takes OpenCC."""
        return [fold(title) for title in (self.title, self.native_title) if title]

    def months(self) -> list[str]:
        if not self.start:
            return []
        year, month = int(self.start[:4]), int(self.start[5:7])
        last = self.end or self.start
        found = []
        for _ in range(_MONTHS_SPANNED):
            key = f"{year:04d}-{month:02d}"
            if key > last[:7]:
                break
            found.append(key)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return found

    def blocking_keys(self) -> set[tuple[str, ...]]:
        """Each title's pairs of significant words (its word alone, for a
        title of one word; two-character runs for Chinese).  A title and a
        native title give keys each of its own: a word of one paired with a
        word of the other would match nothing a colleague writes."""
        keys: set[tuple[str, ...]] = set()
        for folded in self.titles:
            words = {w for w in WORD.findall(folded) if len(w) >= 4 and w not in STOPWORDS}
            if not folded.isascii():
                han = "".join(ch for ch in folded if not ch.isascii() and ch.isalnum())
                words |= {han[i:i + 2] for i in range(len(han) - 1)}
            first = sorted(words)[:8]
            keys.update(combinations(first, 2) if len(first) >= 2 else [(w,) for w in first])
        return keys


def load_events(session: Session, only: Collection[str] | None = None,
                 progress: Progress | None = None) -> dict[str, Occasion]:
    """The events (or those ``only``) with their participants; ``progress``
    hears how many are read, each ``_REPORT_EVERY``."""
    total = 0 if progress is None else session.scalar(
        only_these(select(func.count()).select_from(Event), Event.id, only)) or 0
    events: dict[str, Occasion] = {}
    for place, (event_id, title, start, end, country, native, precision, edtf) in enumerate(
            session.execute(only_these(select(Event.id, Event.title, Event.date_start,
                                         Event.date_end, Event.country, Event.native_title,
                                         Event.date_precision, Event.date_edtf),
                                  Event.id, only))):
        events[event_id] = Occasion(event_id, title, start, end, country, native_title=native,
                                     precision=precision or "unknown", edtf=edtf or "")
        if progress is not None and place % _REPORT_EVERY == 0:
            progress(place, total)
    for event_id, participant_id in session.execute(only_these(
            select(EventParticipant.event_id, EventParticipant.participant_id),
            EventParticipant.event_id, only)):
        events[event_id].participants.add(participant_id)
    return events


ALIKE = 70  # how alike (0-100) two titles must be for their events to be scored


def score_events(a: Occasion, b: Occasion) -> tuple[int, list[str]]:
    if not (a.start and b.start and a.start <= (b.end or b.start)
            and b.start <= (a.end or a.start)):
        return 0, []
    # score_cutoff: a pair under it is told 0 without the whole computation
    alike = max(fuzz.token_set_ratio(mine, theirs, score_cutoff=ALIKE)
                for mine in a.titles for theirs in b.titles)
    if alike < ALIKE:
        return 0, []
    score = int(alike) - 40
    reasons = [f"similar titles ({alike:.0f}% alike)"]
    if a.start == b.start and a.precision == b.precision == "day":
        score += 20
        reasons.append(f"same first day ({a.start})")
    elif a.edtf and a.edtf == b.edtf:
        # Both known only to the same month or year: one period, its day unknown.
        score += 15
        reasons.append(f"same date ({a.edtf})")
    else:
        score += 10
        reasons.append("overlapping dates")
    shared = len(a.participants & b.participants)
    if shared:
        score += min(25, 8 * shared)
        reasons.append(f"{shared} shared participant{'s' if shared > 1 else ''}")
    score += compare_countries(a.country, b.country, reasons)
    return max(0, min(100, score)), reasons


def find_duplicate_events(session: Session, min_score: int = MIN_SCORE,
                          progress: Progress | None = None) -> list[Candidate]:
    """Events that may be one (typical after importing a colleague's file that
    used other UUIDs), most likely first, without decided pairs: those marked
    "not duplicates", and two events related to each other (a signing that is
    part of a summit, two editions of a series), which the analyst has said
    are two."""
    # In stages, each _reported in its own numbers (reading and grouping take
    # ~5 s of the ~20 s at 100 000 events): Cancel is heard all through.
    announce(progress, "events read")
    events = load_events(session, progress=progress)
    refused = not_duplicates(session, "event") | {
        in_order(first, second) for first, second in session.execute(
            select(EventRelation.event_id, EventRelation.related_id))}
    ordered = list(events.values())
    ids = [event.id for event in ordered]
    pairs = [in_order(ids[first], ids[second])
             for first, second in alike_pairs(ordered, MAX_BUCKET, ALIKE, progress)]
    announce(progress, "pairs with titles alike scored")
    # The one with more participants first, offered to keep (as for participants).
    return ranked(((a, b) if len(events[a].participants) >= len(events[b].participants)
                    else (b, a)
                    for a, b in _reported(pairs, progress) if (a, b) not in refused),
                   lambda a, b: score_events(events[a], events[b]),
                   lambda key: events[key].title, min_score)


_REPORT_EVERY = 5_000  # records read or scored between reports: ~0.1 s


def _reported(items: list[tuple[str, str]],
              progress: Progress | None) -> Iterator[tuple[str, str]]:
    for place, item in enumerate(items):
        if progress is not None and place % _REPORT_EVERY == 0:
            progress(place, len(items))
        yield item


def chosen_pair(session: Session, kind: str, first: str, second: str) -> Candidate | None:
    """Two participants or two events the analyst chose to compare (in a
    list), scored and explained as a pair found would be; None when either is
    gone."""
    first, second = in_order(first, second)
    if kind == "participant":
        people = load_people(session, only=(first, second))
        if first not in people or second not in people:
            return None
        points, reasons = score_pair(people[first], people[second])
        names = shown(people[first]), shown(people[second])
    else:
        events = load_events(session, only=(first, second))
        if first not in events or second not in events:
            return None
        points, reasons = score_events(events[first], events[second])
        names = events[first].title, events[second].title
    return Candidate(first, second, *names, points, tuple(reasons))


