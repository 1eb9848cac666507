"""The countries each event's participants come from.

Counts by participants' country (Tools ▸ Count events by period…) and the
timeline's lanes by participants' country both need, for every event, the set
of its participants' countries.  The participants with a country and every
link are read apart, each in one pass without a join, and matched here: a
third of the time SQLite takes to join 300 000 links to their participants.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.listing import driver_rows
from desktop.core.models import EventParticipant, Participant


def countries_by_event(session: Session) -> dict[str, set[str]]:
    """Each event with a participant that has a country: those countries."""
    with_country: Any = select(Participant.id, Participant.country).where(
        Participant.country.is_not(None), Participant.country != "")
    country_of: dict[str, str] = dict(driver_rows(session, with_country))
    every_link: Any = select(EventParticipant.event_id, EventParticipant.participant_id)
    countries: dict[str, set[str]] = {}
    for event_id, pid in driver_rows(session, every_link):
        country = country_of.get(pid)
        if country is not None:
            countries.setdefault(event_id, set()).add(country)
    return countries
