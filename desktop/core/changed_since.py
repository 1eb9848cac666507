"""What was created or edited here from a day on, as the change log has it:
the week's work an analyst sends a colleague who has the rest.

The day begins at midnight in this computer's time zone; the log's times
are UTC (``stamps.day_start_stamp``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, or_, select

from desktop.core.models import ChangeLogEntry
from desktop.core.stamps import day_start_stamp


def events_changed_since(day: date) -> Any:
    """A select of the ids of the events created or edited from ``day`` on:
    their own fields (tags among them), or their links to participants,
    sources, figures and relations, which the log files under the event (an
    import logs each event it adds).  A participant renamed since is not an
    edit of its events.  Deleted events are among the ids, and in no table."""
    return select(func.coalesce(ChangeLogEntry.event_id, ChangeLogEntry.record_id)).where(
        ChangeLogEntry.at >= day_start_stamp(day),
        or_(ChangeLogEntry.entity == "event", ChangeLogEntry.event_id.is_not(None)))


def participants_changed_since(day: date) -> Any:
    """A select of the ids of the participants created or edited from ``day``
    on (a renamed one travels with the week's work though none of its events
    changed)."""
    return select(ChangeLogEntry.record_id).where(
        ChangeLogEntry.at >= day_start_stamp(day),
        ChangeLogEntry.entity == "participant").distinct()
