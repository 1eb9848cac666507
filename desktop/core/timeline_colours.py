"""What colours the timeline's marks besides their lane: lanes by one field
and colours by another ("which countries, and what kind of events there").

The values are counted once per filter, the commonest first, so that a
value keeps its colour however the view is zoomed or panned; the rarest
beyond ``COLOURED`` share one colour (the legend says "other").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.countries import country_name
from desktop.core.event_filter import EventFilter, where
from desktop.core.models import EVENT_STATUSES, Event, EventParticipant, VocabularyTerm
from desktop.core.wording import STATUS_LABELS

COLOUR_GROUPS = {
    "lane": "Lane",
    "category": "Category",
    "event_type": "Event type",
    "status": "Status",
    "country": "Country",
}
COLOURED = 9  # values with a colour of their own; the others share one
_NO_VALUE_LABELS = {"category": "(no category)", "event_type": "(no type)",
                    "country": "(no country)", "status": "(no status)"}


@dataclass(frozen=True)
class ColourKey:
    """One value that colours marks: its key (as ``TimelineEvent.colour``
    holds it), its label and how many dated events of the filter have it."""

    key: str
    label: str
    count: int
    slot: int  # its rank among all the dated events (a status: its own): its colour


def colour_column(by: str) -> Any:
    """The SQL expression of an event's colouring value ('' for none)."""
    column = {"category": Event.category_id, "event_type": Event.event_type_id,
              "status": Event.status, "country": Event.country}[by]
    return func.coalesce(column, "")


def colour_keys(session: Session, event_filter: EventFilter, by: str,
                participants: tuple[str, ...] | None = None,
                ranks: dict[str, int] | None = None) -> list[ColourKey]:
    """The values of ``by`` among the filter's dated events (those of
    ``participants`` when the lanes are theirs), the commonest first, each
    with its count there; statuses in their own order (draft, needs review,
    verified).

    A value's colour (``slot``) is its rank among all the dated events, not
    the filter's: a search or a filter leaves every value in its colour (the
    third commonest type stays green in any search).  A status has its own.
    ``ranks``: ``colour_ranks`` as the caller keeps them between filters."""
    if by not in COLOUR_GROUPS or by == "lane":
        return []
    counts = _counts(session, by, event_filter, participants)
    order = ([status for status in EVENT_STATUSES if status in counts] if by == "status"
             else _commonest(counts))
    if ranks is None:
        ranks = colour_ranks(session, by)
    labels = _labels(session, by, [key for key in order if key])
    # A value the ranks do not know yet goes with the rarest.
    return [ColourKey(key, labels.get(key) or _NO_VALUE_LABELS[by], counts[key],
                      ranks.get(key, len(ranks))) for key in order]


def colour_ranks(session: Session, by: str) -> dict[str, int]:
    """Each value's rank among all the dated events, the commonest 0 (a
    status: its place in draft, needs review, verified): its colour.  One
    grouping of every event (~0.1–0.25 s at 100 000), so a caller keeps them
    until an edit."""
    if by == "status":
        return {status: number for number, status in enumerate(EVENT_STATUSES)}
    return {key: rank for rank, key in enumerate(_commonest(_counts(session, by, EventFilter())))}


def _counts(session: Session, by: str, event_filter: EventFilter,
            participants: tuple[str, ...] | None = None) -> dict[str, int]:
    column = colour_column(by)
    query = (select(column, func.count()).select_from(Event)
             .where(where(event_filter),
                    func.coalesce(Event.date_start, Event.date_end).is_not(None))
             .group_by(column))
    if participants is not None:  # each event once, however many of them it has
        query = query.where(Event.id.in_(select(EventParticipant.event_id).where(
            EventParticipant.participant_id.in_(participants))))
    return dict(session.execute(query).all())


def _commonest(counts: dict[str, int]) -> list[str]:
    """The values, the commonest first; no value last among its equals."""
    return sorted(counts, key=lambda key: (-counts[key], key == "", key))


def _labels(session: Session, by: str, keys: list[str]) -> dict[str, str]:
    if by in ("category", "event_type"):
        return {key: value for key, value in session.execute(
            select(VocabularyTerm.id, VocabularyTerm.value).where(VocabularyTerm.id.in_(keys)))}
    if by == "country":
        return {key: country_name(key) or key for key in keys}
    return {key: STATUS_LABELS.get(key, key) for key in keys}
