"""Every edit of the store goes through here.

Each operation validates its input with the field specs of ``fields.py``,
writes the change log (who, when, which field, old and new value) in the same
transaction as the edit, and returns a ChangeReport naming what changed.
Nothing else in the app writes to the tables.

``batch()`` groups several operations into one transaction and one report:
an import is all or nothing, and an undo step can span several edits.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.core import search
from desktop.core.bulk import bulk_insert
from desktop.core.changes import Change, ChangeReport, FieldChange, Problem, ValidationError
from desktop.core.dates import parse_edtf
from desktop.core.db import Store
from desktop.core.fields import (
    EVENT_FIELDS,
    FIGURE_FIELDS,
    LINK_FIELDS,
    PARTICIPANT_FIELDS,
    SOURCE_FIELDS,
    FieldSpec,
)
from desktop.core.models import (
    VOCABULARIES,
    Base,
    ChangeLogEntry,
    Event,
    EventFigure,
    EventParticipant,
    EventTag,
    Participant,
    ParticipantAlias,
    SavedSearch,
    Source,
    Tag,
    VocabularyTerm,
    new_id,
    utc_now,
)

Record = TypeVar("Record", bound=Base)
Values = Mapping[str, Any]


@dataclass
class _Work:
    """The session, time and report shared by the operations of one batch."""

    session: Session
    report: ChangeReport
    at: str


def _join(items: Iterable[str]) -> str | None:
    text = "; ".join(items)
    return text or None


def _clean_list(values: Any, field_name: str) -> list[str]:
    if values is None:
        return []
    if isinstance(values, str) or not isinstance(values, Iterable):
        raise ValidationError.single(field_name, "expected a list of names")
    cleaned: list[str] = []
    for item in values:
        if not isinstance(item, str):
            raise ValidationError.single(field_name, "expected a list of names")
        text = " ".join(item.split())
        if text and text.casefold() not in {c.casefold() for c in cleaned}:
            cleaned.append(text)
    return cleaned


class Operations:
    """Create, update, delete and link records; report and log every change."""

    def __init__(self, store: Store, analyst: str = "") -> None:
        self.store = store
        self.analyst = analyst
        self._work: _Work | None = None

    # -- transactions -------------------------------------------------------

    @contextmanager
    def batch(self) -> Iterator[ChangeReport]:
        """Run the operations inside in one transaction; yield their joint report."""
        if self._work is not None:
            yield self._work.report
            return
        with self.store.session() as session:
            work = _Work(session, ChangeReport(new_id()), utc_now())
            self._work = work
            try:
                with session.begin():
                    yield work.report
                    # The search index is derived data: kept in step in the same transaction.
                    search.sync_after(session, work.report)
            except IntegrityError as exc:
                raise ValidationError.single("", f"the store refused the edit: {exc.orig}"
                                             ) from exc
            finally:
                self._work = None

    @contextmanager
    def _operation(self) -> Iterator[tuple[_Work, ChangeReport]]:
        """One operation: its own report, also added to the enclosing batch's."""
        with self.batch():
            work = self._work
            assert work is not None
            own = ChangeReport(work.report.operation_id)
            yield work, own
            work.session.flush()
            work.report.merge(own)

    def _record(self, work: _Work, own: ChangeReport, change: Change) -> None:
        own.changes.append(change)
        entries = change.fields or (FieldChange("", None, None),)
        for field_change in entries:
            work.session.add(ChangeLogEntry(
                operation_id=work.report.operation_id, at=work.at, by=self.analyst,
                entity=change.entity, record_id=change.record_id, action=change.action,
                field=field_change.field, old=field_change.old, new=field_change.new))

    # -- generic create / update / delete ---------------------------------

    @staticmethod
    def _clean(session: Session, spec: Mapping[str, FieldSpec], values: Values,
               ignore: Iterable[str] = ()) -> dict[str, Any]:
        problems: list[Problem] = []
        cleaned: dict[str, Any] = {}
        skip = set(ignore)
        for name, raw in values.items():
            if name in skip:
                continue
            field_spec = spec.get(name)
            if field_spec is None:
                problems.append(Problem(name, "is not a field of this record"))
                continue
            try:
                cleaned[name] = field_spec.clean(raw, session)
            except ValueError as exc:
                problems.append(Problem(name, str(exc)))
        if problems:
            raise ValidationError(problems)
        return cleaned

    def _get(self, session: Session, model: type[Record], record_id: str,
             label: str) -> Record:
        record = session.get(model, record_id)
        if record is None:
            raise ValidationError.single("", f"no {label} has the id {record_id}")
        return record

    def _create(self, work: _Work, model: type[Record], spec: Mapping[str, FieldSpec],
                values: Values, record_id: str | None, ignore: Iterable[str] = (),
                **fixed: Any) -> tuple[Record, list[FieldChange]]:
        session = work.session
        cleaned = self._clean(session, spec, values, ignore)
        if record_id is not None and session.get(model, record_id) is not None:
            raise ValidationError.single("id", f"a record with the id {record_id} exists")
        stamps = {"created_at": work.at, "updated_at": work.at, "updated_by": self.analyst}
        record = model(id=record_id or new_id(), **stamps, **fixed)
        for name, value in cleaned.items():
            setattr(record, spec[name].column, value)
        session.add(record)
        shown = [FieldChange(name, None, spec[name].show(value, session))
                 for name, value in cleaned.items() if value not in (None, "")]
        return record, shown

    def _update(self, work: _Work, record: Base, spec: Mapping[str, FieldSpec],
                values: Values, ignore: Iterable[str] = ()) -> list[FieldChange]:
        session = work.session
        cleaned = self._clean(session, spec, values, ignore)
        changed: list[FieldChange] = []
        for name, value in cleaned.items():
            column = spec[name].column
            old = getattr(record, column)
            if old != value:
                setattr(record, column, value)
                changed.append(FieldChange(name, spec[name].show(old, session),
                                           spec[name].show(value, session)))
        return changed

    def _stamp(self, work: _Work, record: Base) -> None:
        record.updated_at = work.at  # type: ignore[attr-defined]
        record.updated_by = self.analyst  # type: ignore[attr-defined]

    @staticmethod
    def _snapshot(session: Session, record: Base,
                  spec: Mapping[str, FieldSpec]) -> tuple[FieldChange, ...]:
        """Every field's value as it was, so a deletion can be reversed."""
        return tuple(FieldChange(name, field_spec.show(getattr(record, field_spec.column),
                                                       session), None)
                     for name, field_spec in spec.items())

    # -- events -------------------------------------------------------------

    def create_event(self, values: Values, record_id: str | None = None) -> ChangeReport:
        if "title" not in values:
            raise ValidationError.single("title", "is required")
        with self._operation() as (work, own):
            seq = work.session.scalar(select(func.coalesce(func.max(Event.seq), 0) + 1))
            event, shown = self._create(work, Event, EVENT_FIELDS, values, record_id,
                                        ignore=("tags",), seq=seq)
            self._derive_dates(event)
            if "tags" in values:
                tags = self._set_tags(work, event, values["tags"])
                if tags:
                    shown.append(tags)
            self._record(work, own, Change("event", event.id, "create", tuple(shown)))
        return own

    def update_event(self, event_id: str, values: Values) -> ChangeReport:
        with self._operation() as (work, own):
            event = self._get(work.session, Event, event_id, "event")
            changed = self._update(work, event, EVENT_FIELDS, values, ignore=("tags",))
            self._derive_dates(event)
            if "tags" in values:
                tags = self._set_tags(work, event, values["tags"])
                if tags:
                    changed.append(tags)
            if changed:
                self._stamp(work, event)
                self._record(work, own, Change("event", event.id, "update", tuple(changed)))
        return own

    def delete_event(self, event_id: str) -> ChangeReport:
        with self._operation() as (work, own):
            session = work.session
            event = self._get(session, Event, event_id, "event")
            for link in list(event.links):
                self._record(work, own, Change(
                    "event_participant", link.id, "delete",
                    (FieldChange("participant", link.participant_id, None),
                     *self._snapshot(session, link, LINK_FIELDS)), event.id))
            children: list[tuple[Source | EventFigure, str, Mapping[str, FieldSpec]]] = [
                *((s, "source", SOURCE_FIELDS) for s in event.sources),
                *((f, "figure", FIGURE_FIELDS) for f in event.figures)]
            for child, entity, spec in children:
                self._record(work, own, Change(entity, child.id, "delete",
                                               self._snapshot(session, child, spec), event.id))
            snapshot = self._snapshot(session, event, EVENT_FIELDS)
            tags = _join(t.name for t in event.tags)
            self._record(work, own, Change("event", event.id, "delete",
                                           (*snapshot, FieldChange("tags", tags, None))))
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

    def _set_tags(self, work: _Work, event: Event, names: Any) -> FieldChange | None:
        session = work.session
        wanted = _clean_list(names, "tags")
        old = [t.name for t in event.tags]
        if [n.casefold() for n in old] == [n.casefold() for n in wanted]:
            return None
        tags: list[Tag] = []
        for name in wanted:
            tag = session.scalar(select(Tag).where(func.lower(Tag.name) == name.lower()))
            if tag is None:
                tag = Tag(id=new_id(), name=name)
                session.add(tag)
            tags.append(tag)
        session.flush()
        session.execute(delete(EventTag).where(EventTag.event_id == event.id))
        for tag in tags:
            session.add(EventTag(event_id=event.id, tag_id=tag.id))
        session.flush()
        session.expire(event, ["tags"])
        return FieldChange("tags", _join(old), _join(wanted))

    # -- participants -------------------------------------------------------

    def create_participant(self, values: Values,
                           record_id: str | None = None) -> ChangeReport:
        for required in ("kind", "name"):
            if required not in values:
                raise ValidationError.single(required, "is required")
        with self._operation() as (work, own):
            participant, shown = self._create(work, Participant, PARTICIPANT_FIELDS, values,
                                              record_id, ignore=("aliases",))
            work.session.flush()
            self._check_participant(work.session, participant)
            if "aliases" in values:
                aliases = self._set_aliases(work, participant, values["aliases"])
                if aliases:
                    shown.append(aliases)
            self._record(work, own, Change("participant", participant.id, "create",
                                           tuple(shown)))
        return own

    def update_participant(self, participant_id: str, values: Values) -> ChangeReport:
        with self._operation() as (work, own):
            participant = self._get(work.session, Participant, participant_id, "participant")
            changed = self._update(work, participant, PARTICIPANT_FIELDS, values,
                                   ignore=("aliases",))
            self._check_participant(work.session, participant)
            if "aliases" in values:
                aliases = self._set_aliases(work, participant, values["aliases"])
                if aliases:
                    changed.append(aliases)
            if changed:
                self._stamp(work, participant)
                self._record(work, own, Change("participant", participant.id, "update",
                                               tuple(changed)))
        return own

    def delete_participant(self, participant_id: str) -> ChangeReport:
        with self._operation() as (work, own):
            session = work.session
            participant = self._get(session, Participant, participant_id, "participant")
            links = session.scalar(select(func.count()).where(
                EventParticipant.participant_id == participant_id)) or 0
            if links:
                raise ValidationError.single(
                    "", f"{participant.name} takes part in {links} event(s); "
                    "remove them from those events (or merge the participant) first")
            for column, name in (("affiliation_id", "affiliation"), ("parent_id", "parent")):
                dependants = session.scalars(select(Participant).where(
                    getattr(Participant, column) == participant_id)).all()
                for dependant in dependants:
                    self._record(work, own, Change("participant", dependant.id, "update", (
                        FieldChange(name, participant.name, None),)))
                    setattr(dependant, column, None)
                    self._stamp(work, dependant)
            aliases = _join(a.alias for a in participant.aliases)
            self._record(work, own, Change("participant", participant.id, "delete", (
                *self._snapshot(session, participant, PARTICIPANT_FIELDS),
                FieldChange("aliases", aliases, None))))
            session.delete(participant)
        return own

    @staticmethod
    def _check_participant(session: Session, participant: Participant) -> None:
        problems: list[Problem] = []
        if participant.affiliation_id is not None:
            if participant.kind != "person":
                problems.append(Problem("affiliation", "only a person has an affiliation"))
            target = session.get(Participant, participant.affiliation_id)
            if target is not None and target.kind not in ("organization", "group"):
                problems.append(Problem("affiliation", "must be an organisation or group"))
        if participant.parent_id is not None:
            if participant.kind not in ("organization", "group"):
                problems.append(Problem("parent", "only an organisation or group has a parent"))
            seen = {participant.id}
            current: str | None = participant.parent_id
            while current is not None:
                if current in seen:
                    problems.append(Problem("parent", "would make an organisation its own "
                                                      "ancestor"))
                    break
                seen.add(current)
                parent = session.get(Participant, current)
                current = parent.parent_id if parent else None
        if problems:
            raise ValidationError(problems)

    def _set_aliases(self, work: _Work, participant: Participant,
                     names: Any) -> FieldChange | None:
        wanted = _clean_list(names, "aliases")
        old = [a.alias for a in participant.aliases]
        if old == wanted:
            return None
        participant.aliases.clear()
        work.session.flush()
        participant.aliases.extend(ParticipantAlias(alias=name, sort_order=index)
                                   for index, name in enumerate(wanted))
        return FieldChange("aliases", _join(old), _join(wanted))

    # -- what hangs off an event: links, sources, figures -------------------

    def _next_order(self, session: Session, model: Any, event_id: str) -> int:
        current = session.scalar(select(func.max(model.sort_order)).where(
            model.event_id == event_id))
        return 0 if current is None else int(current) + 1

    def _add_child(self, model: Any, entity: str, spec: Mapping[str, FieldSpec],
                   event_id: str, values: Values, record_id: str | None,
                   **fixed: Any) -> ChangeReport:
        with self._operation() as (work, own):
            event = self._get(work.session, Event, event_id, "event")
            order = self._next_order(work.session, model, event_id)
            child, shown = self._create(work, model, spec, values, record_id,
                                        event_id=event_id, sort_order=order, **fixed)
            extra = [FieldChange(k, None, str(v)) for k, v in fixed.items()]
            self._stamp(work, event)
            self._record(work, own, Change(entity, child.id, "create",
                                           (*extra, *shown), event_id))
        return own

    def _update_child(self, model: Any, entity: str, spec: Mapping[str, FieldSpec],
                      record_id: str, values: Values) -> ChangeReport:
        with self._operation() as (work, own):
            child = self._get(work.session, model, record_id, entity.replace("_", " "))
            changed = self._update(work, child, spec, values)
            if changed:
                self._stamp(work, child)
                self._record(work, own, Change(entity, child.id, "update", tuple(changed),
                                               child.event_id))
        return own

    def _remove_child(self, model: Any, entity: str, spec: Mapping[str, FieldSpec],
                      record_id: str) -> ChangeReport:
        with self._operation() as (work, own):
            session = work.session
            child = self._get(session, model, record_id, entity.replace("_", " "))
            extra = ((FieldChange("participant", child.participant_id, None),)
                     if isinstance(child, EventParticipant) else ())
            self._record(work, own, Change(entity, child.id, "delete",
                                           (*extra, *self._snapshot(session, child, spec)),
                                           child.event_id))
            session.delete(child)
        return own

    def link(self, event_id: str, participant_id: str, values: Values | None = None,
             record_id: str | None = None) -> ChangeReport:
        """Add a participant to an event, with a role and a note, at the end."""
        with self.batch():
            assert self._work is not None
            self._get(self._work.session, Participant, participant_id, "participant")
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
        with self._operation() as (work, own):
            link = self._get(work.session, EventParticipant, link_id, "event participant")
            siblings = list(work.session.scalars(select(EventParticipant).where(
                EventParticipant.event_id == link.event_id).order_by(
                EventParticipant.sort_order)))
            siblings.remove(link)
            siblings.insert(max(0, min(new_index, len(siblings))), link)
            for order, sibling in enumerate(siblings):
                if sibling.sort_order != order:
                    self._record(work, own, Change(
                        "event_participant", sibling.id, "update",
                        (FieldChange("order", str(sibling.sort_order), str(order)),),
                        link.event_id))
                    sibling.sort_order = order
        return own

    def add_source(self, event_id: str, values: Values,
                   record_id: str | None = None) -> ChangeReport:
        if not any(str(values.get(k) or "").strip() for k in ("title", "url", "publisher")):
            raise ValidationError.single("source", "give at least a publisher, title or URL")
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

    # -- many records at once ----------------------------------------------

    def bulk_import(self, participants: list[dict[str, Any]],
                    events: list[dict[str, Any]]) -> ChangeReport:
        """Add many participants and events (with links and tags) in one step.

        Validates every record first and raises with every problem; one change
        log entry per record.  See ``bulk.py`` for why this bypasses the ORM.
        """
        with self._operation() as (work, own):
            bulk_insert(work.session, participants, events, at=work.at,
                        analyst=self.analyst, operation_id=work.report.operation_id)
            own.reset = True
        return own

    # -- saved searches -----------------------------------------------------

    def save_search(self, name: str, definition: str) -> ChangeReport:
        """Save (or replace) a named search; ``definition`` is EventFilter JSON."""
        with self._operation() as (work, own):
            label = " ".join(name.split())
            if not label:
                raise ValidationError.single("name", "is required")
            saved = work.session.scalar(select(SavedSearch).where(SavedSearch.name == label))
            if saved is None:
                saved = SavedSearch(id=new_id(), name=label, definition=definition,
                                    created_at=work.at, updated_at=work.at,
                                    updated_by=self.analyst)
                work.session.add(saved)
                self._record(work, own, Change("saved_search", saved.id, "create", (
                    FieldChange("name", None, label), FieldChange("definition", None, definition))))
            elif saved.definition != definition:
                self._record(work, own, Change("saved_search", saved.id, "update", (
                    FieldChange("definition", saved.definition, definition),)))
                saved.definition = definition
                self._stamp(work, saved)
        return own

    def delete_saved_search(self, saved_id: str) -> ChangeReport:
        with self._operation() as (work, own):
            saved = self._get(work.session, SavedSearch, saved_id, "saved search")
            self._record(work, own, Change("saved_search", saved.id, "delete", (
                FieldChange("name", saved.name, None),
                FieldChange("definition", saved.definition, None))))
            work.session.delete(saved)
        return own

    # -- vocabularies -------------------------------------------------------

    def add_term(self, vocabulary: str, value: str,
                 record_id: str | None = None) -> ChangeReport:
        with self._operation() as (work, own):
            session = work.session
            if vocabulary not in VOCABULARIES:
                raise ValidationError.single("vocabulary", f"'{vocabulary}' is not one of: "
                                             f"{', '.join(VOCABULARIES)}")
            text = " ".join(value.split())
            if not text:
                raise ValidationError.single("value", "is required")
            self._check_term_free(session, vocabulary, text, None)
            order = session.scalar(select(func.count()).where(
                VocabularyTerm.vocabulary == vocabulary)) or 0
            term = VocabularyTerm(id=record_id or new_id(), vocabulary=vocabulary, value=text,
                                  sort_order=order, created_at=work.at, updated_at=work.at,
                                  updated_by=self.analyst)
            session.add(term)
            self._record(work, own, Change("vocabulary_term", term.id, "create", (
                FieldChange("vocabulary", None, vocabulary), FieldChange("value", None, text))))
        return own

    def rename_term(self, term_id: str, value: str) -> ChangeReport:
        with self._operation() as (work, own):
            term = self._get(work.session, VocabularyTerm, term_id, "vocabulary term")
            text = " ".join(value.split())
            if not text:
                raise ValidationError.single("value", "is required")
            if text != term.value:
                self._check_term_free(work.session, term.vocabulary, text, term.id)
                self._record(work, own, Change("vocabulary_term", term.id, "update", (
                    FieldChange("value", term.value, text),)))
                term.value = text
                self._stamp(work, term)
        return own

    def remove_term(self, term_id: str) -> ChangeReport:
        with self._operation() as (work, own):
            session = work.session
            term = self._get(session, VocabularyTerm, term_id, "vocabulary term")
            uses = sum(session.scalar(select(func.count()).where(column == term_id)) or 0
                       for column in (Event.category_id, Event.event_type_id,
                                      EventParticipant.role_id, Participant.org_type_id))
            if uses:
                raise ValidationError.single("", f"'{term.value}' is used by {uses} record(s);"
                                             " change them first")
            self._record(work, own, Change("vocabulary_term", term.id, "delete", (
                FieldChange("vocabulary", term.vocabulary, None),
                FieldChange("value", term.value, None))))
            session.delete(term)
        return own

    @staticmethod
    def _check_term_free(session: Session, vocabulary: str, value: str,
                         term_id: str | None) -> None:
        clash = session.scalar(select(VocabularyTerm.id).where(
            VocabularyTerm.vocabulary == vocabulary,
            func.lower(VocabularyTerm.value) == value.lower()))
        if clash is not None and clash != term_id:
            raise ValidationError.single("value", f"'{value}' is already in the "
                                         f"{vocabulary.replace('_', ' ')} vocabulary")
