"""The machinery every operation shares: transactions, validation, the log.

See ``operations.py`` for the operations themselves.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.core import search
from desktop.core.changes import (
    Change,
    ChangeReport,
    FieldChange,
    Problem,
    StoreRefusedError,
    ValidationError,
)
from desktop.core.db import Store
from desktop.core.fields import FieldSpec
from desktop.core.models import Base, ChangeLogEntry, ImportRecord, new_id, utc_now

Record = TypeVar("Record", bound=Base)
Values = Mapping[str, Any]
STAMPS = ("created_at", "updated_at", "updated_by")
# Kept in reports for undo, not in the change log (which has its own time and name).
INTERNAL_FIELDS = (*STAMPS, "seq")


@dataclass
class Work:
    """The session, time and report shared by the operations of one batch."""

    session: Session
    report: ChangeReport
    at: str


def join_names(items: Iterable[str]) -> str | None:
    text = "; ".join(items)
    return text or None


def clean_names(values: Any, field_name: str) -> list[str]:
    """A list of names (tags, aliases): trimmed, without blanks or repeats."""
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


class OperationsBase:
    """Transactions, validation and change logging for the operations."""

    def __init__(self, store: Store, analyst: str = "") -> None:
        self.store = store
        self.analyst = analyst
        self._work: Work | None = None

    @contextmanager
    def batch(self) -> Iterator[ChangeReport]:
        """Run the operations inside in one transaction; yield their joint report."""
        if self._work is not None:
            yield self._work.report
            return
        if self.store.read_only:
            raise ValidationError.single("", f"{self.store.path.name} is open read-only: "
                                             "changes cannot be saved")
        with self.store.session() as session:
            work = Work(session, ChangeReport(new_id()), utc_now())
            self._work = work
            try:
                with session.begin():
                    yield work.report
                    # The search index is derived data: kept in step in the same transaction.
                    search.sync_after(session, work.report)
            except (IntegrityError, sqlite3.IntegrityError) as exc:
                # the bulk import writes through the DB-API: its errors come unwrapped
                reason = exc.orig if isinstance(exc, IntegrityError) else exc
                raise StoreRefusedError.single("", f"the store refused the edit: {reason}"
                                               ) from exc
            finally:
                self._work = None

    @contextmanager
    def operation(self) -> Iterator[tuple[Work, ChangeReport]]:
        """One operation: its own report, also added to the enclosing batch's."""
        with self.batch():
            work = self._work
            assert work is not None
            own = ChangeReport(work.report.operation_id)
            yield work, own
            work.session.flush()
            work.report.merge(own)

    def note_import(self, source: str) -> None:
        """Mark the enclosing batch as the import of a file (``source``, its
        name): a later merge reads its entries as what that file held."""
        with self.operation() as (work, _own):
            work.session.merge(ImportRecord(operation_id=work.report.operation_id,
                                            source=source, at=work.at))

    def record(self, work: Work, own: ChangeReport, change: Change) -> None:
        own.changes.append(change)
        entries = change.fields or (FieldChange("", None, None),)
        for field_change in entries:
            if field_change.field in INTERNAL_FIELDS:
                continue
            work.session.add(ChangeLogEntry(
                operation_id=work.report.operation_id, at=work.at, by=self.analyst,
                entity=change.entity, record_id=change.record_id, event_id=change.event_id,
                action=change.action,
                field=field_change.field, old=field_change.old, new=field_change.new))

    @staticmethod
    def clean(session: Session, spec: Mapping[str, FieldSpec], values: Values,
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

    @staticmethod
    def get(session: Session, model: type[Record], record_id: str, label: str) -> Record:
        record = session.get(model, record_id)
        if record is None:
            raise ValidationError.single("", f"no {label} has the id {record_id}")
        return record

    def create(self, work: Work, model: type[Record], spec: Mapping[str, FieldSpec],
               values: Values, record_id: str | None, ignore: Iterable[str] = (),
               **fixed: Any) -> tuple[Record, list[FieldChange]]:
        session = work.session
        cleaned = self.clean(session, spec, values, (*ignore, *STAMPS))
        if record_id is not None and session.get(model, record_id) is not None:
            raise ValidationError.single("id", f"a record with the id {record_id} exists")
        stamps = {"created_at": str(values.get("created_at") or work.at),
                  "updated_at": work.at, "updated_by": self.analyst}
        record = model(id=record_id or new_id(), **stamps, **fixed)
        for name, value in cleaned.items():
            setattr(record, spec[name].column, value)
        session.add(record)
        shown = [FieldChange(name, None, spec[name].show(value, session),
                             new_input=spec[name].as_input(value, session))
                 for name, value in cleaned.items() if value not in (None, "")]
        return record, shown

    def update(self, work: Work, record: Base, spec: Mapping[str, FieldSpec],
               values: Values, ignore: Iterable[str] = ()) -> list[FieldChange]:
        session = work.session
        cleaned = self.clean(session, spec, values, ignore)
        changed: list[FieldChange] = []
        for name, value in cleaned.items():
            field_spec = spec[name]
            old = getattr(record, field_spec.column)
            if old != value:
                setattr(record, field_spec.column, value)
                changed.append(FieldChange(
                    name, field_spec.show(old, session), field_spec.show(value, session),
                    field_spec.as_input(old, session), field_spec.as_input(value, session)))
        return changed

    def stamp(self, work: Work, record: Base) -> None:
        record.updated_at = work.at  # type: ignore[attr-defined]
        record.updated_by = self.analyst  # type: ignore[attr-defined]

    @staticmethod
    def snapshot(session: Session, record: Base,
                 spec: Mapping[str, FieldSpec]) -> tuple[FieldChange, ...]:
        """Every field's value as it was (and when it was made), so a deletion
        can be reversed."""
        fields = []
        for name, field_spec in spec.items():
            value = getattr(record, field_spec.column)
            fields.append(FieldChange(name, field_spec.show(value, session), None,
                                      old_input=field_spec.as_input(value, session)))
        created = getattr(record, "created_at", None)
        if created is not None:
            fields.append(FieldChange("created_at", created, None, old_input=created))
        return tuple(fields)
