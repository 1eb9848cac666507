"""Operations on events and what hangs off them: links, sources, figures,
relations to other events, tags."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.core.changes import Change, ChangeReport, FieldChange, ValidationError
from desktop.core.dates import parse_edtf
from desktop.core.fields import (
    EVENT_FIELDS,
    FIGURE_FIELDS,
    LINK_FIELDS,
    RELATION_FIELDS,
    SOURCE_FIELDS,
    FieldSpec,
)
from desktop.core.models import (
    Event,
    EventFigure,
    EventParticipant,
    EventRelation,
    EventTag,
    Participant,
    Source,
    Tag,
)
from desktop.core.operations_base import (
    OperationsBase,
    Values,
    Work,
    clean_names,
    join_names,
)
from desktop.core.search import driver_cursor
from desktop.core.tag_spelling import spell_tags


class EventOperations(OperationsBase):
    def create_event(self, values: Values, record_id: str | None = None, *,
                     seq: int | None = None) -> ChangeReport:
        """Add an event.  ``seq`` is given only when undo restores a deleted event."""
        if "title" not in values:
            raise ValidationError.single("title", "is required")
        with self.operation() as (work, own):
            if seq is None or work.session.scalar(select(Event.id).where(Event.seq == seq)):
                seq = work.session.scalar(select(func.coalesce(func.max(Event.seq), 0) + 1))
            event, shown = self.create(work, Event, EVENT_FIELDS, values, record_id,
                                       ignore=("tags",), seq=seq)
            self._derive_dates(event)
            if "tags" in values:
                tags = self._set_tags(work, own, event, values["tags"])
                if tags:
                    shown.append(tags)
            shown.append(FieldChange("seq", None, None, new_input=seq))
            self.record(work, own, Change("event", event.id, "create", tuple(shown)))
        return own

    def update_event(self, event_id: str, values: Values) -> ChangeReport:
        with self.operation() as (work, own):
            event = self.get(work.session, Event, event_id, "event")
            changed = self.update(work, event, EVENT_FIELDS, values, ignore=("tags",))
            self._derive_dates(event)
            if "tags" in values:
                tags = self._set_tags(work, own, event, values["tags"])
                if tags:
                    changed.append(tags)
            if changed:
                self.stamp(work, event)
                self.record(work, own, Change("event", event.id, "update", tuple(changed)))
        return own

    def delete_event(self, event_id: str) -> ChangeReport:
        """Delete an event with its links, sources, figures and relations to
        other events, held by it or by them (never participants)."""
        with self.operation() as (work, own):
            session = work.session
            event = self.get(session, Event, event_id, "event")
            for link in list(event.links):
                self.record(work, own, Change(
                    "event_participant", link.id, "delete",
                    (FieldChange("participant", link.participant_id, None,
                                 old_input=link.participant_id),
                     *self.snapshot(session, link, LINK_FIELDS)), event.id))
            children: list[tuple[Source | EventFigure, str, Mapping[str, FieldSpec]]] = [
                *((s, "source", SOURCE_FIELDS) for s in event.sources),
                *((f, "figure", FIGURE_FIELDS) for f in event.figures)]
            for child, entity, spec in children:
                self.record(work, own, Change(entity, child.id, "delete",
                                              self.snapshot(session, child, spec), event.id))
            for relation in session.scalars(select(EventRelation).where(
                    (EventRelation.event_id == event.id)
                    | (EventRelation.related_id == event.id))):
                # Each logged under the event holding it, which undo gives it back to.
                self.record(work, own, Change(
                    "relation", relation.id, "delete",
                    self.snapshot(session, relation, RELATION_FIELDS), relation.event_id))
                session.delete(relation)
            tags = [t.name for t in event.tags]
            self.record(work, own, Change("event", event.id, "delete", (
                *self.snapshot(session, event, EVENT_FIELDS),
                FieldChange("tags", join_names(tags), None, old_input=tags),
                FieldChange("seq", None, None, old_input=event.seq))))
            session.delete(event)
        return own

    @staticmethod
    def _derive_dates(event: Event) -> None:
        """Keep the indexed bounds and precision in step with the EDTF date."""
        if event.date_edtf is None:
            event.date_start = event.date_end = event.date_precision = None
            return
        parsed = parse_edtf(event.date_edtf)
        event.date_start = parsed.start.isoformat() if parsed.start else None
        event.date_end = parsed.end.isoformat() if parsed.end else None
        event.date_precision = parsed.precision

    def _set_tags(self, work: Work, own: ChangeReport, event: Event,
                  names: Any) -> FieldChange | None:
        """Give the event these tags (found as ``spell_tags`` says); a tag
        renamed on the way is reported before the event."""
        session = work.session
        typed = clean_names(names, "tags")
        old = [t.name for t in event.tags]
        session.flush()
        cursor = driver_cursor(session)
        spelling = spell_tags(cursor, typed, (event.id,))
        wanted = [spelling.name(name) for name in typed]
        if old == wanted:
            return None
        spelling.write(cursor)
        for change in spelling.renamed:
            self.record(work, own, change)
            renamed = session.get(Tag, change.record_id)  # held by the session: stale now
            if renamed is not None:
                session.expire(renamed)
        session.execute(delete(EventTag).where(EventTag.event_id == event.id))
        for name in typed:
            session.add(EventTag(event_id=event.id, tag_id=spelling.ids[name.casefold()]))
        session.flush()
        session.expire(event, ["tags"])
        return FieldChange("tags", join_names(old), join_names(wanted), old, wanted)

    # -- what hangs off an event: links, sources, figures -------------------

    def _add_child(self, model: Any, entity: str, spec: Mapping[str, FieldSpec],
                   event_id: str, values: Values, record_id: str | None,
                   **fixed: Any) -> ChangeReport:
        with self.operation() as (work, own):
            event = self.get(work.session, Event, event_id, "event")
            current = work.session.scalar(select(func.max(model.sort_order)).where(
                model.event_id == event_id))
            last = 0 if current is None else int(current) + 1
            if "order" not in values:
                values = {**values, "order": last}
            child, shown = self.create(work, model, spec, values, record_id,
                                       event_id=event_id, **fixed)
            extra = [FieldChange(k, None, str(v), new_input=v) for k, v in fixed.items()]
            self.stamp(work, event)
            self.record(work, own, Change(entity, child.id, "create", (*extra, *shown),
                                          event_id))
        return own

    def _update_child(self, model: Any, entity: str, spec: Mapping[str, FieldSpec],
                      record_id: str, values: Values) -> ChangeReport:
        with self.operation() as (work, own):
            child = self.get(work.session, model, record_id, entity.replace("_", " "))
            changed = self.update(work, child, spec, values)
            if changed:
                self.stamp(work, child)
                self.record(work, own, Change(entity, child.id, "update", tuple(changed),
                                              child.event_id))
        return own

    def _remove_child(self, model: Any, entity: str, spec: Mapping[str, FieldSpec],
                      record_id: str) -> ChangeReport:
        with self.operation() as (work, own):
            session = work.session
            child = self.get(session, model, record_id, entity.replace("_", " "))
            extra = ((FieldChange("participant", child.participant_id, None,
                                  old_input=child.participant_id),)
                     if isinstance(child, EventParticipant) else ())
            self.record(work, own, Change(entity, child.id, "delete",
                                          (*extra, *self.snapshot(session, child, spec)),
                                          child.event_id))
            session.delete(child)
        return own

    def link(self, event_id: str, participant_id: str, values: Values | None = None,
             record_id: str | None = None) -> ChangeReport:
        """Add a participant to an event, with a role and a note, at the end."""
        with self.batch():
            assert self._work is not None
            self.get(self._work.session, Participant, participant_id, "participant")
            return self._add_child(EventParticipant, "event_participant", LINK_FIELDS,
                                   event_id, values or {}, record_id,
                                   participant_id=participant_id)

    def update_link(self, link_id: str, values: Values) -> ChangeReport:
        return self._update_child(EventParticipant, "event_participant", LINK_FIELDS,
                                  link_id, values)

    def unlink(self, link_id: str) -> ChangeReport:
        return self._remove_child(EventParticipant, "event_participant", LINK_FIELDS, link_id)

    def move_link(self, link_id: str, new_index: int) -> ChangeReport:
        """Move a participant to another place in its event's list."""
        with self.batch() as report:
            assert self._work is not None
            link = self.get(self._work.session, EventParticipant, link_id, "event participant")
            siblings = list(self._work.session.scalars(select(EventParticipant).where(
                EventParticipant.event_id == link.event_id).order_by(
                EventParticipant.sort_order)))
            siblings.remove(link)
            siblings.insert(max(0, min(new_index, len(siblings))), link)
            own = ChangeReport(report.operation_id)
            for order, sibling in enumerate(siblings):
                if sibling.sort_order != order:
                    own.merge(self.update_link(sibling.id, {"order": order}))
        return own

    def add_source(self, event_id: str, values: Values,
                   record_id: str | None = None) -> ChangeReport:
        if not any(str(values.get(k) or "").strip()
                   for k in ("title", "url", "publisher", "copy_sha256")):
            raise ValidationError.single("source", "give at least a publisher, title, URL or "
                                                   "saved copy")
        return self._add_child(Source, "source", SOURCE_FIELDS, event_id, values, record_id)

    def update_source(self, source_id: str, values: Values) -> ChangeReport:
        return self._update_child(Source, "source", SOURCE_FIELDS, source_id, values)

    def remove_source(self, source_id: str) -> ChangeReport:
        return self._remove_child(Source, "source", SOURCE_FIELDS, source_id)

    def add_figure(self, event_id: str, values: Values,
                   record_id: str | None = None) -> ChangeReport:
        return self._add_child(EventFigure, "figure", FIGURE_FIELDS, event_id, values,
                               record_id)

    def update_figure(self, figure_id: str, values: Values) -> ChangeReport:
        return self._update_child(EventFigure, "figure", FIGURE_FIELDS, figure_id, values)

    def remove_figure(self, figure_id: str) -> ChangeReport:
        return self._remove_child(EventFigure, "figure", FIGURE_FIELDS, figure_id)

    def relate(self, event_id: str, values: Values, record_id: str | None = None, *,
               unless_related: bool = False) -> ChangeReport:
        """Relate an event to another (``values["related"]``), held by the first.
        Two events are related once: with ``unless_related`` (an import) a
        second relation between them is passed over, else refused."""
        with self.batch():
            assert self._work is not None
            other = str(values.get("related") or "").strip()
            if other == event_id:
                raise ValidationError.single("related", "an event cannot be related to itself")
            if relation_between(self._work.session, event_id, other) is not None:
                if unless_related:
                    return ChangeReport(self._work.report.operation_id)
                raise ValidationError.single("related", "these two events are already related")
            return self._add_child(EventRelation, "relation", RELATION_FIELDS, event_id,
                                   values, record_id)

    def update_relation(self, relation_id: str, values: Values) -> ChangeReport:
        return self._update_child(EventRelation, "relation", RELATION_FIELDS, relation_id,
                                  values)

    def unrelate(self, relation_id: str) -> ChangeReport:
        return self._remove_child(EventRelation, "relation", RELATION_FIELDS, relation_id)


def relation_between(session: Session, first: str, second: str) -> str | None:
    """The id of the relation between two events, held by either, if any."""
    return session.scalar(select(EventRelation.id).where(
        ((EventRelation.event_id == first) & (EventRelation.related_id == second))
        | ((EventRelation.event_id == second) & (EventRelation.related_id == first))))
