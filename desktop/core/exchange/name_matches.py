"""A colleague's participants with an unknown UUID, matched to ours by name.

Each side may have created the same organisation or person on its own ("NDRC"
here, "國家發展和改革委員會" there), under different UUIDs.  A participant of
theirs whose id is not known here is matched to one of ours when its name,
native name or an alias equals one of our participant's, folded as search
folds text (case, accents, traditional or simplified Chinese), or when both
name one body of one country each their way ("Ministry of Foreign Affairs
(Brazil)", "… of Brazil", "Brazil's …"), or one well-known body by another of
its names (工信部, "Cyberspace Administration of China": ``well_known_names``).  The analyst
confirms each match; a confirmed one is stored as ours: their record is not
created, and every link and reference to it points at ours instead.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.countries import country_names
from desktop.core.models import Participant, ParticipantAlias
from desktop.core.name_forms import country_qualified_key
from desktop.core.search import fold
from desktop.core.well_known_names import other_names


@dataclass(frozen=True)
class NameMatch:
    their_id: str
    their_name: str
    our_id: str
    our_name: str

    def describe(self) -> str:
        return f"{self.their_name}  →  {self.our_name}"


def known_spellings(session: Session) -> dict[str, str]:
    """Every folded name, native name and alias of our participants, to the
    participant's id (the first one read, when two share a spelling); and a
    country's every name (老挝, 寮國, "Lao PDR" for our "Laos"), after those:
    a colleague's table names countries in its own language, and each
    became a participant of its own beside ours."""
    known: dict[str, str] = {}
    rows: list[tuple[str, str | None]] = []
    names: list[tuple[str, str]] = []
    countries: list[tuple[str, str]] = []
    for pid, name, native, kind, country in session.execute(
            select(Participant.id, Participant.name, Participant.native_name,
                   Participant.kind, Participant.country)):
        rows += [(pid, name), (pid, native)]
        names.append((pid, name))
        if kind == "country" and country:
            countries.append((pid, country))
    rows += [(pid, alias) for pid, alias in session.execute(
        select(ParticipantAlias.participant_id, ParticipantAlias.alias))]
    rows += [(pid, name) for pid, code in countries for name in country_names(code)]
    spellings: dict[str, list[str]] = defaultdict(list)
    for participant_id, spelling in rows:
        if spelling:
            known.setdefault(fold(spelling), participant_id)
            spellings[participant_id].append(spelling)
    # a well-known body's other names (工信部 for our 工业和信息化部), after
    # every name our participants hold themselves
    for participant_id, held in spellings.items():
        for other in other_names(held):
            known.setdefault(fold(other), participant_id)
    # "Ministry of Foreign Affairs (Brazil)" is their "… of Brazil" and
    # "Brazil's …" (keys with a NUL in them, which no folded name holds)
    for participant_id, name in names:
        if key := country_qualified_key(name):
            known.setdefault(key, participant_id)
    return known


# Kinds of participant one may be matched across: organisations and groups
# are told apart differently by different analysts.
_SORTS = {"organization": "body", "group": "body"}


class NameMatcher:
    """Matches their new participants against ours, reading ours once."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._known: dict[str, str] | None = None
        self._sorts: dict[str, str] = {}  # our participants' sorts (_SORTS), by id
        self.found: dict[str, tuple[str, str]] = {}  # their id -> (their name, our id)

    def consider(self, record: Mapping[str, Any]) -> None:
        """Note a match for a participant of theirs whose id is not known here:
        to one of ours of its sort — a person to a person, a country to a
        country, an organisation or group to either (one merged here into a
        person or a country of its name is not that one: their people
        affiliated to it could not be)."""
        if self._known is None:
            self._known = known_spellings(self.session)
            self._sorts = {pid: _SORTS.get(kind, kind) for pid, kind in self.session.execute(
                select(Participant.id, Participant.kind))}
        if not self._known:  # a new database: nothing to match (no folding)
            return
        aliases = record.get("aliases")
        spellings = [record.get("name"), record.get("native_name"),
                     *(aliases if isinstance(aliases, list) else [])]
        kind = str(record.get("kind") or "")
        keys = [fold(spelling) for spelling in spellings
                if isinstance(spelling, str) and spelling.strip()]
        if isinstance(name := record.get("name"), str) and (
                qualified := country_qualified_key(name)):
            keys.append(qualified)
        for key in keys:
            ours = self._known.get(key)
            if ours is not None and self._sorts.get(ours) == _SORTS.get(kind, kind):
                self.found[str(record["id"])] = (str(record.get("name") or key), ours)
                return

    def matches(self) -> list[NameMatch]:
        """The matches found, with our participants' names, by their name."""
        ours = {pid: name for pid, name in self.session.execute(
            select(Participant.id, Participant.name).where(
                Participant.id.in_({our for _name, our in self.found.values()})))}
        return sorted((NameMatch(their_id, their_name, our_id, ours.get(our_id, our_id))
                       for their_id, (their_name, our_id) in self.found.items()),
                      key=lambda match: (match.their_name.casefold(), match.their_id))


def confirmed(matches: Iterable[NameMatch], refused: set[str]) -> dict[str, str]:
    """Their id -> our id, for the matches the analyst did not refuse."""
    return {m.their_id: m.our_id for m in matches if m.their_id not in refused}


def remapped_participants(records: list[dict[str, Any]],
                          mapping: Mapping[str, str]) -> list[dict[str, Any]]:
    """Their participants, their references to the matched ones remapped to
    ours (the matched ones themselves are passed over as they are stored)."""
    if not mapping:
        return records
    return [{**record, **{key: _ours(record[key], mapping)
                          for key in ("affiliation", "parent") if record.get(key)}}
            for record in records]


def remapped_event(record: dict[str, Any], mapping: Mapping[str, str]) -> dict[str, Any]:
    """An event of theirs with its links to matched participants pointing at ours."""
    links = record.get("participants")
    if not mapping or not isinstance(links, list):
        return record
    return {**record, "participants": [
        {**link, "participant": _ours(link.get("participant"), mapping)}
        if isinstance(link, dict) else link for link in links]}


def _ours(participant_id: Any, mapping: Mapping[str, str]) -> Any:
    return mapping.get(participant_id, participant_id) if isinstance(
        participant_id, str) else participant_id
