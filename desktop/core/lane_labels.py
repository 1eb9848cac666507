"""Shorter forms of a timeline lane's label, for a header too narrow for it."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.models import Participant, ParticipantAlias

# An alias that is an acronym: "NDRC", "MIIT", "CERT-In" (no spaces, a capital).
_ACRONYM = re.compile(r"(?=[^ ]*[A-Z])[A-Za-z0-9&.\-]{2,12}")


def shorter_labels(session: Session, by: str, keys: list[str]) -> dict[str, tuple[str, ...]]:
    """For lanes by participant, the shorter forms of each one's label: its
    name alone, its acronym with and without its native name, its native
    name alone ("National Development and Reform Commission (国家发展和改革委员会)"
    does not fit a lane's header; "NDRC (国家发展和改革委员会)" may)."""
    if by != "participant" or not keys:
        return {}
    acronyms: dict[str, str] = {}
    for key, alias in session.execute(
            select(ParticipantAlias.participant_id, ParticipantAlias.alias)
            .where(ParticipantAlias.participant_id.in_(keys))
            .order_by(ParticipantAlias.participant_id, ParticipantAlias.sort_order)):
        if key not in acronyms and _ACRONYM.fullmatch(alias):
            acronyms[key] = alias
    shorter: dict[str, tuple[str, ...]] = {}
    for key, name, native in session.execute(
            select(Participant.id, Participant.name, Participant.native_name)
            .where(Participant.id.in_(keys))):
        acronym = acronyms.get(key, "")
        native = native if native != name else ""
        forms = [name if native else "", f"{acronym} ({native})" if acronym and native else "",
                 acronym, native]
        shorter[key] = tuple(dict.fromkeys(form for form in forms if form))
    return shorter
