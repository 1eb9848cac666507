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
from typing import Any

from desktop.core.bulk_writer import BulkWriter
from desktop.core.changes import ChangeReport
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
