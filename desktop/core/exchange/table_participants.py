"""The participants a foreign table names: typed names matched to ours by
any of their names (or the country they say they are of, or a title and a
family name), the rest created once each, with ids the same on every pass
over the table."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.changes import Problem
from desktop.core.countries import named_country
from desktop.core.exchange.json_document import FORMAT_NAME, FORMAT_VERSION
from desktop.core.exchange.name_matches import known_spellings
from desktop.core.exchange.table_merge import lost_in_code_page, names_of_links
from desktop.core.likely_kind import likely_kind
from desktop.core.memo import Once
from desktop.core.models import Participant
from desktop.core.name_forms import (
    family_name,
    name_and_country,
    qualified_key,
    titled_family_name,
)
from desktop.core.search import fold

if TYPE_CHECKING:
    from collections.abc import Mapping

    from desktop.core.new_participant import NewName


@dataclass
class ForeignRows:
    """What a foreign CSV yields: events (as document records), the participants
    to create, which typed names matched which known participant, the problems."""

    headers: list[str]
    events: list[dict[str, Any]] = field(default_factory=list)
    participants: list[dict[str, Any]] = field(default_factory=list)
    matches: dict[str, str] = field(default_factory=dict)  # typed name -> known participant
    problems: list[Problem] = field(default_factory=list)
    # categories and event types the vocabularies lack, added with the import
    new_terms: dict[str, list[str]] = field(default_factory=dict)
    matched_events: int = 0  # rows without an id that are events of ours (row_matches)

    def document(self) -> dict[str, Any]:
        return {"format": FORMAT_NAME, "format_version": FORMAT_VERSION,
                "participants": self.participants, "events": self.events}


class NewIds:
    """Ids for what a table adds, the same on every pass over it: the merge is
    planned on one pass and stored from another, and a changed event of ours
    may name a participant the table adds."""

    def __init__(self) -> None:
        self.namespace = uuid.uuid4()  # one import's own

    def participant(self, folded_name: str) -> str:
        return str(uuid.uuid5(self.namespace, f"participant {folded_name}"))

    def event(self, row_number: int) -> str:
        return str(uuid.uuid5(self.namespace, f"row {row_number}"))


class TableParticipants:
    """Typed names to participant ids: known ones by any of their names, new
    ones created once however often they are named."""

    def __init__(self, session: Session, rows: ForeignRows, refused: set[str],
                 ids: NewIds, code_page: str | None = None,
                 described: Mapping[str, NewName] | None = None) -> None:
        self.session = session
        # what a pasted page says of the participants it names that are new
        # (see page_items), by folded name
        self.described = {fold(name): new for name, new in (described or {}).items()}
        self.code_page = code_page  # the table's, when it is not UTF-8 or UTF-16
        self.rows = rows
        self.ids = ids
        self.refused = refused  # typed names the analyst said are someone new
        self.known = known_spellings(session)
        self.joined_names = any("; " in spelling for spelling in self.known)
        self.created: dict[str, str] = {}
        self.fold = Once(fold)  # a table names the same participants again and again
        self.of_country = Once(name_and_country)
        self.countries: dict[str, str | None] = {}
        self.titled = Once(titled_family_name)
        self.families: dict[str, list[str]] | None = None

    def knows(self, typed: str) -> bool:
        return self.fold(typed) in self.created or self._ours(typed) is not None

    def _ours(self, typed: str) -> str | None:
        """Our participant ``typed`` names: by any of its spellings, or by
        the country it says it is of ("… of Brazil", "Brazil's …" for our
        "… (Brazil)"; see ``known_spellings``)."""
        ours = self.known.get(self.fold(typed))
        of_country = self.of_country(typed) if ours is None else None
        if of_country is not None:
            # "Brazil's Ministry …": our "Ministry … (Brazil)"; "China's
            # NDRC": our NDRC, when its country is China
            bare, code = of_country
            ours = self.known.get(qualified_key(bare, code))
            named = self.known.get(self.fold(bare)) if ours is None else None
            if named is not None and self._country(named) == code:
                ours = named
        if ours is None and (family := self.titled(typed)):
            # "President Putin": the one person of ours of that family name
            people = self._families().get(family, [])
            ours = people[0] if len(people) == 1 else None
        return ours

    def _country(self, participant_id: str) -> str | None:
        if participant_id not in self.countries:
            self.countries[participant_id] = self.session.scalar(
                select(Participant.country).where(Participant.id == participant_id))
        return self.countries[participant_id]

    def _families(self) -> dict[str, list[str]]:
        """Our people by folded family name, read once a table names one by title."""
        if self.families is None:
            self.families = defaultdict(list)
            for pid, name, native, kind in self.session.execute(
                    select(Participant.id, Participant.name, Participant.native_name,
                           Participant.kind).where(Participant.kind == "person")):
                if family := family_name(name, native, kind):
                    self.families[fold(family)].append(pid)
        return self.families

    def resolve(self, typed: str, event_id: str = "") -> str:
        """The participant ``typed`` names in the row of ``event_id`` ('' for
        a new event)."""
        key = self.fold(typed)
        if (ours := self._ours(typed)) is not None and typed not in self.refused:
            self.rows.matches[typed] = ours
            return ours
        if (ours := self._as_the_code_page_left_it(typed, event_id)) is not None:
            return ours
        if key not in self.created:
            self.created[key] = self.ids.participant(key)
            described = self.described.get(key)
            self.rows.participants.append(
                self._as_described(typed, described) if described is not None
                else self._as_named(typed))
        return self.created[key]

    def _as_named(self, typed: str) -> dict[str, Any]:
        """A new participant's record from its name alone."""
        # a country by its name ("Kenya") is that country, as the form adds one
        code = named_country(typed)
        # "Brazil's Ministry of Science" is of Brazil
        qualified = self.of_country(typed)
        of_country = code or (qualified[1] if qualified else "")
        return {"id": self.created[self.fold(typed)], "kind": likely_kind(typed), "name": typed,
                **({"country": of_country} if of_country else {})}

    def _as_described(self, typed: str, new: NewName) -> dict[str, Any]:
        """A new participant's record as the text describes it; the new body
        a person is said to be of is theirs (created with them: the page's
        table names it too, with its own role)."""
        record = {"id": self.created[self.fold(typed)], "kind": new.kind, "name": typed,
                  **({"native_name": new.native_name} if new.native_name else {}),
                  **new.fields()}
        body = new.new_body(self.described.values())
        if body is not None:
            record["affiliation"] = self.resolve(body.name)
        return record

    def _as_the_code_page_left_it(self, typed: str, event_id: str) -> str | None:
        """The one participant of our event whose name the table's code page
        saved as ``typed`` ("?????" for 中国外文局), if there is one: that is
        our link, not someone new."""
        if self.code_page is None or "?" not in typed or not event_id:
            return None
        found = [participant_id for participant_id, name
                 in names_of_links(self.session, event_id).items()
                 if lost_in_code_page(name, typed, self.code_page)]
        return found[0] if len(found) == 1 else None
