"""Every edit of the store goes through here.

Each operation validates its input with the field specs of ``fields.py``,
writes the change log (who, when, which field, old and new value) in the same
transaction as the edit, and returns a ChangeReport naming what changed.
Nothing else in the app writes to the tables.

``batch()`` groups several operations into one transaction and one report:
an import is all or nothing, and an undo step can span several edits.
The operations are grouped by what they edit, in ``operations_*.py``.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping
from dataclasses import replace
from typing import Any

from sqlalchemy import select

from desktop.core.bulk_writer import BulkWriter
from desktop.core.changes import ChangeReport, ValidationError
from desktop.core.filters import EventFilter
from desktop.core.models import (
    Event,
    EventParticipant,
    Participant,
    SavedSearch,
    VocabularyTerm,
)
from desktop.core.operations_batch import BatchOperations
from desktop.core.operations_identity import IdentityOperations
from desktop.core.operations_vocabularies import VocabularyOperations


class Operations(BatchOperations, IdentityOperations, VocabularyOperations):
    """Create, update, delete and link records; report and log every change."""

    def bulk_import(self, participants: list[dict[str, Any]],
                    events: list[dict[str, Any]]) -> ChangeReport:
        """Add many participants and events (with links and tags) in one step.

        Validates every record first and raises with every problem; one change
        log entry per record.  See ``bulk.py`` for why this bypasses the ORM.
        """
        return self.bulk_import_chunks([(participants, events)])

    def bulk_import_chunks(self, chunks: Iterable[tuple[list[dict[str, Any]],
                                                        list[dict[str, Any]]]], *,
                           skip_existing: bool = False,
                           matched: Container[str] = (),
                           changed_later: Mapping[str, Mapping[str, Any]] | None = None
                           ) -> ChangeReport:
        """``bulk_import`` for chunks read one at a time (a file of any size);
        with ``skip_existing``, records already in the database are passed
        over, and so are the participants ``matched`` to ours by name.
        ``changed_later``: the kind and parent the import gives participants
        of ours after adding the new ones, which the new ones' affiliations
        and parents are checked against."""
        with self.operation() as (work, own):
            writer = BulkWriter(work.session, at=work.at, analyst=self.analyst,
                                operation_id=work.report.operation_id,
                                changed_later=changed_later or {})
            try:
                for participants, events in chunks:
                    writer.add(participants, events, skip_existing=skip_existing,
                               matched=matched)
                writer.finish()
            finally:
                writer.close()  # before the transaction is committed or rolled back
            own.reset = True
        return own

    def merge_terms(self, term_id: str, into_id: str) -> ChangeReport:
        """A vocabulary value made another of its vocabulary ("cohost" into
        "co-host"): every event, participant's role or participant that has it
        takes the other, and it is removed — one step, undone as one."""
        with self.operation() as (work, own):
            session = work.session
            term = self.get(session, VocabularyTerm, term_id, "vocabulary term")
            into = self.get(session, VocabularyTerm, into_id, "vocabulary term")
            if term.vocabulary != into.vocabulary or term.id == into.id:
                raise ValidationError.single("", f"“{term.value}” can be merged only into "
                                                 "another value of its vocabulary")
            vocabulary, value = term.vocabulary, into.value
            if vocabulary in ("category", "event_type"):
                column = Event.category_id if vocabulary == "category" else Event.event_type_id
                own.merge(self.change_events(
                    session.scalars(select(Event.id).where(column == term_id)).all(),
                    {vocabulary: value}))
                # A saved search on it (by its id) goes on finding those events.
                for saved in session.scalars(select(SavedSearch)).all():
                    kept = EventFilter.from_json(saved.definition)
                    chosen: frozenset[str] = getattr(kept, vocabulary)
                    if term_id in chosen:
                        moved: dict[str, Any] = {vocabulary: chosen - {term_id} | {into_id}}
                        own.merge(self.save_search(saved.name,
                                                   replace(kept, **moved).to_json()))
            elif vocabulary == "role":
                own.merge(self.set_link_roles({link_id: value for link_id in session.scalars(
                    select(EventParticipant.id).where(EventParticipant.role_id == term_id))}))
            else:
                own.merge(self.change_participants(
                    session.scalars(select(Participant.id).where(
                        Participant.org_type_id == term_id)).all(), {vocabulary: value}))
            own.merge(self.remove_term(term_id, merged_into=value))
        return own
