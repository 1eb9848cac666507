"""The persistent change log of one record, for its history panel."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.core.models import ChangeLogEntry, ImportRecord
from desktop.core.wording import field_in_words

ENTITY_LABELS = {"event": "", "event_participant": "participant", "source": "source",
                 "figure": "figure", "relation": "related event", "participant": "",
                 "vocabulary_term": "vocabulary", "saved_search": "saved search"}


@dataclass(frozen=True)
class HistoryEntry:
    at: str
    by: str
    what: str  # "title", "native title", "participant role", "source (deleted)"...
    old: str
    new: str


def import_sources(session: Session, operation_ids: Collection[str]) -> dict[str, str]:
    """The file each of these operations imported, for those that were imports."""
    return dict(session.execute(
        select(ImportRecord.operation_id, ImportRecord.source).where(
            ImportRecord.operation_id.in_(list(operation_ids)))).all())


def record_history(session: Session, record_id: str, limit: int = 500) -> list[HistoryEntry]:
    """Newest first: changes of the record and, for an event, of its links,
    sources and figures."""
    rows = session.scalars(
        select(ChangeLogEntry)
        .where(or_(ChangeLogEntry.record_id == record_id, ChangeLogEntry.event_id == record_id))
        .order_by(ChangeLogEntry.id.desc()).limit(limit)).all()
    # What came in with a file says which: a value taken from a colleague's copy.
    imported = import_sources(session, {row.operation_id for row in rows})
    entries = []
    for row in rows:
        prefix = ENTITY_LABELS.get(row.entity, row.entity)
        what = " ".join(p for p in (prefix, field_in_words(row.field)) if p) or row.entity
        if row.action != "update":
            what += f" ({'added' if row.action == 'create' else 'deleted'})"
        by = row.by or "—"
        if row.operation_id in imported:
            source = imported[row.operation_id]  # empty for the sample dataset
            by += f" (imported {source})" if source else " (imported)"
        entries.append(HistoryEntry(row.at.replace("T", " ").rstrip("Z"), by,
                                    what, row.old or "", row.new or ""))
    return entries
