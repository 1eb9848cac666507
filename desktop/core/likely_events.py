"""The events already stored that an event being written may be, checked
as it is typed (the form's "may already be stored" note): scored as Find
duplicate events scores a pair, reading only the events whose dates overlap."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.core.duplicate_events import ALIKE, Occasion, load_events, score_events
from desktop.core.event_pairs import alike_to
from desktop.core.identity import MIN_SCORE
from desktop.core.search import driver_cursor, fold_all


@dataclass(frozen=True)
class LikelyDuplicate:
    """An event already stored that an event being written may be."""

    id: str
    title: str
    date: str
    score: int
    reasons: tuple[str, ...]


def events_like(session: Session, title: str, start: str | None, end: str | None,
                country: str | None = None, participants: Iterable[str] = (),
                exclude: str | None = None, limit: int = 3, *,
                native_title: str = "", edtf: str = "",
                precision: str = "day") -> list[LikelyDuplicate]:
    """The events stored that an event with this title, dates, country and
    participants may be (scored as Find duplicate events scores a pair), the
    most likely first: only those whose dates overlap are read, through the
    date index, so a new event is checked as it is typed.  ``edtf`` and
    ``precision``: the date as written and how well it is known."""
    if not (title.strip() or native_title.strip()) or not start:
        return []
    draft = Occasion("", title, start, end or start, country, set(participants), native_title,
                      precision, edtf)
    # Only the titles of the events whose dates overlap, through the date
    # index and the DB-API (a decade holds ~30 000 of the benchmark's events:
    # 1.7 s scored one by one as ORM rows); those with a title alike are then
    # scored in full.
    rows = [row for row in driver_cursor(session).execute(
        "SELECT id, title, native_title FROM events WHERE date_start <= ? AND date_end >= ?",
        (draft.end, start)) if row[0] != exclude]
    folded = iter(fold_all([text for _, title_, native in rows
                            for text in (title_, native) if text]))
    others = [[next(folded) for text in (title_, native) if text] for _, title_, native in rows]
    near = [rows[place][0] for place in alike_to(draft.titles, others, ALIKE)]
    events = load_events(session, only=near) if near else {}
    found = []
    for event_id, other in events.items():
        score, reasons = score_events(draft, other)
        if score >= MIN_SCORE:
            found.append(LikelyDuplicate(event_id, other.title, other.edtf, score,
                                         tuple(reasons)))
    found.sort(key=lambda item: (-item.score, item.title, item.id))
    return found[:limit]
