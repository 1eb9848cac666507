"""Merging two participants that are one: links, references and names move
to the one kept, as one undoable step."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.core.changes import Change, ChangeReport, FieldChange, ValidationError
from desktop.core.fields import (
    EVENT_FIELDS,
    FIGURE_FIELDS,
    LINK_FIELDS,
    PARTICIPANT_FIELDS,
    RELATION_FIELDS,
    SOURCE_FIELDS,
    FieldSpec,
)
from desktop.core.models import (
    Base,
    Event,
    EventParticipant,
    EventRelation,
    NotDuplicate,
    Participant,
    new_id,
)
from desktop.core.operations_events import EventOperations, relation_between
from desktop.core.operations_participants import ParticipantOperations
from desktop.core.participant_rules import dependants_problem


class IdentityOperations(EventOperations, ParticipantOperations):
    def merge_participants(self, keep_id: str, other_id: str,
                           take_from_other: Iterable[str] = ()) -> ChangeReport:
        """Merge ``other`` into ``keep``, as one step: every event link moves to
        ``keep`` (in its place in the event's list; where both took part,
        ``keep``'s link stays), people and organisations that pointed to
        ``other`` point to ``keep``, ``other``'s names and aliases become
        aliases of ``keep``, the fields named in ``take_from_other`` take
        ``other``'s value (a name so given up becomes an alias too), and
        ``other`` is deleted.  Logged like any edit,
        and undone as one step."""
        if keep_id == other_id:
            raise ValidationError.single("", "a participant cannot be merged with itself")
        with self.batch() as report:
            assert self._work is not None
            session = self._work.session
            keep = self.get(session, Participant, keep_id, "participant")
            other = self.get(session, Participant, other_id, "participant")
            take_from_other = frozenset(take_from_other)  # read twice: not a generator's once
            kind = other.kind if "kind" in take_from_other else keep.kind
            under_other = list(session.scalars(select(Participant.name).where(
                or_(Participant.affiliation_id == other_id, Participant.parent_id == other_id),
                Participant.id != keep_id).order_by(Participant.name)))
            if (problem := dependants_problem(kind, under_other)) is not None:
                # Said of the merge, before the first of them is refused on its own.
                raise ValidationError.single("kind", f"{other.name}: {problem}; merge "
                                                     f"{keep.name} into it instead")
            own = ChangeReport(report.operation_id)
            keep_events = set(session.scalars(select(EventParticipant.event_id).where(
                EventParticipant.participant_id == keep_id)))
            for link in list(session.scalars(select(EventParticipant).where(
                    EventParticipant.participant_id == other_id))):
                values = self._inputs(session, link, LINK_FIELDS)
                event_id = link.event_id
                own.merge(self.unlink(link.id))
                if event_id not in keep_events:
                    own.merge(self.link(event_id, keep_id, values))
                    keep_events.add(event_id)
            taken = self._inputs(session, other, PARTICIPANT_FIELDS, take_from_other)
            # The names ``keep`` has after the merge; one it gives up for
            # ``other``'s is still a name it is known by, so an alias.
            given_up = [getattr(keep, field) for field in ("name", "native_name")
                        if field in taken]
            kept_names = {*(getattr(keep, field) for field in ("name", "native_name")
                            if field not in taken), *taken.values()}
            aliases = [alias.alias for alias in keep.aliases]
            for value in (*given_up, other.name, other.native_name,
                          *(a.alias for a in other.aliases)):
                if value and value not in kept_names and value not in aliases:
                    aliases.append(value)
            if other.affiliation_id == keep_id:
                taken.pop("affiliation", None)
            if other.parent_id == keep_id:
                taken.pop("parent", None)
            own.merge(self.update_participant(keep_id, {**taken, "aliases": aliases}))
            # After ``keep`` took the kind it may take from ``other``: a person
            # taking an office's kind can have its staff.
            for column, name in (("affiliation_id", "affiliation"), ("parent_id", "parent")):
                for dependant in list(session.scalars(select(Participant.id).where(
                        getattr(Participant, column) == other_id))):
                    if dependant != keep_id:
                        own.merge(self.update_participant(dependant, {name: keep_id}))
            own.merge(self.delete_participant(other_id))
        return own

    def merge_events(self, keep_id: str, other_id: str,
                     take_from_other: Iterable[str] = ()) -> ChangeReport:
        """Merge event ``other`` into ``keep`` as one step: participants not yet
        in ``keep`` move with their role and note, sources and figures move,
        tags are joined, the fields named in ``take_from_other`` take
        ``other``'s value, and ``other`` is deleted."""
        if keep_id == other_id:
            raise ValidationError.single("", "an event cannot be merged with itself")
        with self.batch() as report:
            assert self._work is not None
            session = self._work.session
            keep = self.get(session, Event, keep_id, "event")
            other = self.get(session, Event, other_id, "event")
            own = ChangeReport(report.operation_id)
            taken = self._inputs(session, other, EVENT_FIELDS, take_from_other)
            tags = [tag.name for tag in keep.tags]
            tags += [tag.name for tag in other.tags
                     if tag.name.casefold() not in {name.casefold() for name in tags}]
            present = {link.participant_id for link in keep.links}
            for link in list(other.links):
                values = self._inputs(session, link, LINK_FIELDS)
                participant_id = link.participant_id
                own.merge(self.unlink(link.id))
                if participant_id not in present:
                    values.pop("order", None)
                    own.merge(self.link(keep_id, participant_id, values))
                    present.add(participant_id)
            children: tuple[tuple[list[Any], Mapping[str, FieldSpec],
                                  Callable[[str], ChangeReport],
                                  Callable[[str, dict[str, Any]], ChangeReport]], ...] = (
                (list(other.sources), SOURCE_FIELDS, self.remove_source, self.add_source),
                (list(other.figures), FIGURE_FIELDS, self.remove_figure, self.add_figure))
            for records, spec, remove, add in children:
                for record in records:
                    values = self._inputs(session, record, spec)
                    values.pop("order", None)  # appended after keep's own
                    own.merge(remove(record.id))
                    own.merge(add(keep_id, values))
            own.merge(self._move_relations(session, other_id, keep_id))
            own.merge(self.update_event(keep_id, {**taken, "tags": tags}))
            # The moved children are gone from the database, not yet from the
            # loaded collections: let the deletion see the table as it is.
            session.flush()
            session.expire(other, ["links", "sources", "figures", "tags"])
            own.merge(self.delete_event(other_id))
        return own

    def _move_relations(self, session: Session, other_id: str, keep_id: str) -> ChangeReport:
        """``other``'s relations to further events, given to ``keep`` (held by
        the same side as before); one ``keep`` already has, or one between the
        two, goes with ``other``."""
        own = ChangeReport("")
        relations = list(session.scalars(select(EventRelation).where(
            (EventRelation.event_id == other_id) | (EventRelation.related_id == other_id))))
        for relation in relations:
            holder, target = (keep_id if end == other_id else end
                              for end in (relation.event_id, relation.related_id))
            if holder == target or relation_between(session, holder, target) is not None:
                continue
            values = self._inputs(session, relation, RELATION_FIELDS, ("kind", "note"))
            own.merge(self.unrelate(relation.id))
            own.merge(self.relate(holder, {**values, "related": target}))
        return own

    def _inputs(self, session: Session, record: Base, spec: Mapping[str, FieldSpec],
                names: Iterable[str] | None = None) -> dict[str, Any]:
        """A record's values (all, or those ``names``) as the operations take them."""
        wanted = set(spec if names is None else names) & set(spec)
        return {item.field: item.old_input for item in self.snapshot(session, record, spec)
                if item.field in wanted}

    def mark_not_duplicates(self, kind: str, first_id: str, second_id: str,
                            record_id: str | None = None, *,
                            only_if_known: bool = False) -> ChangeReport:
        """Remember that two participants (or events) are not one; they are
        never proposed as duplicates again.  With ``only_if_known`` (an
        import), a decision about records this database lacks is passed over."""
        if kind not in ("participant", "event"):
            raise ValidationError.single("kind", "must be participant or event")
        first, second = sorted((first_id, second_id))
        if first == second:
            raise ValidationError.single("", "a record is always a duplicate of itself")
        with self.operation() as (work, own):
            model = Participant if kind == "participant" else Event
            if only_if_known and work.session.scalar(select(func.count()).select_from(model)
                                                     .where(model.id.in_((first, second)))) != 2:
                return own
            existing = work.session.scalar(select(NotDuplicate).where(
                NotDuplicate.kind == kind, NotDuplicate.first_id == first,
                NotDuplicate.second_id == second))
            if existing is None:
                decision = NotDuplicate(id=record_id or new_id(), kind=kind, first_id=first,
                                        second_id=second, created_at=work.at,
                                        updated_at=work.at, updated_by=self.analyst)
                work.session.add(decision)
                self.record(work, own, Change("not_duplicate", decision.id, "create", (
                    FieldChange("kind", None, kind), FieldChange("first", None, first),
                    FieldChange("second", None, second))))
        return own

    def forget_not_duplicates(self, decision_id: str) -> ChangeReport:
        with self.operation() as (work, own):
            decision = self.get(work.session, NotDuplicate, decision_id, "decision")
            self.record(work, own, Change("not_duplicate", decision.id, "delete", (
                FieldChange("kind", decision.kind, None),
                FieldChange("first", decision.first_id, None),
                FieldChange("second", decision.second_id, None))))
            work.session.delete(decision)
        return own
