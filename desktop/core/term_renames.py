"""Which vocabulary values an edit renamed, or merged into another.

A form holding unsaved edits keeps its values when the store changes under
it; a category or type it shows that was renamed (or merged away) elsewhere
is no value any more, and a combo set to it showed nothing — saving the form
then cleared the event's type.  The form takes the value's new name instead.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.core.changes import ChangeReport
from desktop.core.fields import term_named
from desktop.core.models import VocabularyTerm


def renamed_terms(session: Session, report: ChangeReport) -> dict[tuple[str, str], str]:
    """(vocabulary, old value) → the value it is now: renamed, or merged into
    another (removed, its events moved to that one)."""
    renamed: dict[tuple[str, str], str] = {}
    removed: set[tuple[str, str]] = set()
    for change in report.changes:
        if change.entity != "vocabulary_term" or not change.fields:
            continue
        if change.action == "update":
            term = session.get(VocabularyTerm, change.record_id)
            field = change.fields[0]
            if term is not None and field.old and field.new:
                renamed[term.vocabulary, field.old] = field.new
        elif change.action == "delete":
            said = {field.field: field.old for field in change.fields}
            if said.get("vocabulary") and said.get("value"):
                removed.add((str(said["vocabulary"]), str(said["value"])))
    for change in report.changes:
        if change.entity in ("event", "participant", "event_participant"):
            for field in change.fields:
                key = (field.field, field.old or "")
                if key in removed and field.new:
                    renamed[key] = field.new
    return renamed


def merged_term_ids(session: Session, report: ChangeReport) -> dict[str, str | None]:
    """The terms this report removed, each with the term that took its place
    (merged into it), or None (removed unused): a filter or a saved search
    holds terms by id."""
    removed: dict[tuple[str, str], str] = {}
    for change in report.changes:
        if change.entity == "vocabulary_term" and change.action == "delete":
            said = {field.field: field.old for field in change.fields}
            if said.get("vocabulary") and said.get("value"):
                removed[str(said["vocabulary"]), str(said["value"])] = change.record_id
    moved: dict[str, str | None] = dict.fromkeys(removed.values())
    for (vocabulary, old), new in renamed_terms(session, report).items():
        if (vocabulary, old) in removed:
            moved[removed[vocabulary, old]] = term_named(session, vocabulary, new)
    return moved
