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

from typing import Any

from desktop.core.bulk import bulk_insert
from desktop.core.changes import ChangeReport
from desktop.core.operations_events import EventOperations
from desktop.core.operations_participants import ParticipantOperations
from desktop.core.operations_vocabularies import VocabularyOperations


class Operations(EventOperations, ParticipantOperations, VocabularyOperations):
    """Create, update, delete and link records; report and log every change."""

    def bulk_import(self, participants: list[dict[str, Any]],
                    events: list[dict[str, Any]]) -> ChangeReport:
        """Add many participants and events (with links and tags) in one step.

        Validates every record first and raises with every problem; one change
        log entry per record.  See ``bulk.py`` for why this bypasses the ORM.
        """
        with self.operation() as (work, own):
            bulk_insert(work.session, participants, events, at=work.at,
                        analyst=self.analyst, operation_id=work.report.operation_id)
            own.reset = True
        return own
