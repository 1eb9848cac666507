"""A participant's profile for a report: who it is, what it did, with whom,
and the chronology of its events (HTML or Markdown, as the chronology is).

"CICG's engagement on AI": its names and aliases, country, position,
affiliation or parent, org type, the roles it held, its events per year, the
participants most often with it, the analyst's notes — then every event it
took part in, in date order, each as the chronology writes it.
"""

from __future__ import annotations

from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.countries import country_name
from desktop.core.exchange.chronology import write_chronology
from desktop.core.exchange.json_export import connection_of
from desktop.core.models import Participant, ParticipantAlias
from desktop.core.participant_form_data import (
    events_per_year,
    load_participant,
    often_with,
    roles_held,
    those_under,
)
from desktop.core.progress import Progress
from desktop.core.search import fold
from desktop.core.wording import counted

_KINDS = {"person": "Person", "organization": "Organisation", "country": "Country",
          "group": "Group"}


class UnknownParticipant(ValueError):
    pass


def write_profile(session: Session, out: BinaryIO, participant_id: str, *,
                  kind: str = "html", progress: Progress | None = None) -> int:
    """Write the profile; return the number of its events."""
    data = load_participant(session, participant_id)
    if data is None:
        raise UnknownParticipant(f"no participant has the id {participant_id}")
    values, references = data.values, data.reference_names
    event_ids = list(dict.fromkeys(row.event_id for row in data.events))
    partners = "; ".join(f"{name} ({count:,})"
                         for _pid, name, count in often_with(session, participant_id))
    below, first_under = those_under(session, participant_id)
    names = [name for _pid, name in first_under]
    under = ("; ".join(names) + (f"; and {below - len(names):,} more"
                                 if below > len(names) else "")) if below else ""
    facts = [
        ("Kind", _KINDS.get(str(values["kind"]), str(values["kind"]))),
        ("Native name", str(values["native_name"])),
        ("Also known as", "; ".join(data.aliases)),
        ("Country", country_name(str(values["country"])) if values["country"] else ""),
        ("Position", str(values["position"])),
        ("Affiliation", references.get("affiliation", "")),
        ("Part of", references.get("parent", "")),
        ("Under it", under),
        ("Organisation type", str(values["org_type"])),
        ("Roles held", roles_held(data.events)),
        ("Events per year", events_per_year(data.events)),
        ("Most often with", partners),
        ("Notes", " ".join(str(values["notes"]).split())),
    ]
    count = len(event_ids)
    return write_chronology(
        connection_of(session), out, event_ids, kind=kind, title=str(values["name"]),
        scope=f"Profile: {counted(count, 'event')}", facts=facts,
        progress=progress)


def participant_named(session: Session, text: str) -> str:
    """The id of the participant ``text`` is the id, name, native name or
    alias of (any case or accent, either character set); UnknownParticipant
    says why when there is not one."""
    wanted = text.strip()
    if session.get(Participant, wanted) is not None:
        return wanted
    # Compared as search compares them (any case or accent, either Chinese
    # character set), in Python: SQLite's lower() folds A-Z alone.
    key = fold(wanted)
    names = session.execute(select(Participant.id, Participant.name, Participant.native_name)
                            .union_all(select(ParticipantAlias.participant_id,
                                              ParticipantAlias.alias, ParticipantAlias.alias)))
    found = {participant_id for participant_id, *texts in names
             if key and any(fold(text) == key for text in texts if text)}
    if len(found) == 1:
        return found.pop()
    if not found:
        raise UnknownParticipant(f"no participant is called '{text}'")
    raise UnknownParticipant(f"{len(found)} participants are called '{text}': give its id")
