"""The vocabulary values that were renamed or merged away here, and the value
each is now.

A colleague's copy made before "forum" was renamed "public forum" (or
"attendee" merged into "participant") still says "forum": an import read that
as a value missing from the vocabulary and added it back, undoing the
analyst's tidying unasked.  A form being edited showed such a value as
nothing, and saving it then cleared the event's type; a filter kept a value
merged away, which it no longer listed to untick.  An old name is read as the
value it became.  The change log says which: a rename is logged on the term,
and a merge logs, with the term it removes, the value it was merged into.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.changes import ChangeReport
from desktop.core.models import ChangeLogEntry, VocabularyTerm

MERGED_INTO = "merged_into"  # the field a merge logs on the term it removes


def former_terms(session: Session) -> dict[tuple[str, str], str]:
    """(vocabulary, an old name folded to one case) → the id of the term it
    names now; a name that is a value now is left out (it names that value)."""
    current = {(vocabulary, value.casefold()): term_id for term_id, vocabulary, value
               in session.execute(select(VocabularyTerm.id, VocabularyTerm.vocabulary,
                                         VocabularyTerm.value))}
    vocabulary_of = {term_id: vocabulary for (vocabulary, _value), term_id in current.items()}
    found: dict[tuple[str, str], str] = {}
    removed: dict[str, dict[str, str]] = {}  # term id: field: value, of terms removed
    for record_id, action, field, old in session.execute(
            select(ChangeLogEntry.record_id, ChangeLogEntry.action, ChangeLogEntry.field,
                   ChangeLogEntry.old)
            .where(ChangeLogEntry.entity == "vocabulary_term",
                   ChangeLogEntry.action.in_(("update", "delete")))
            .order_by(ChangeLogEntry.id)):
        if not old:
            continue
        if action == "update" and field == "value" and record_id in vocabulary_of:
            found[vocabulary_of[record_id], old.casefold()] = record_id
        elif action == "delete":
            removed.setdefault(record_id, {})[field or ""] = old
    # A merge's target may itself have been renamed or merged since: followed.
    for _round in range(len(removed) + 1):
        added = False
        for said in removed.values():
            vocabulary, value, into = (said.get("vocabulary"), said.get("value"),
                                       said.get(MERGED_INTO))
            if not (vocabulary and value and into) or (vocabulary, value.casefold()) in found:
                continue
            target = current.get((vocabulary, into.casefold())) or found.get(
                (vocabulary, into.casefold()))
            if target is not None:
                found[vocabulary, value.casefold()] = target
                added = True
        if not added:
            break
    return {key: term_id for key, term_id in found.items() if key not in current}


def former_values(session: Session) -> dict[tuple[str, str], str]:
    """(vocabulary, an old name folded to one case) → the value it names now."""
    found = former_terms(session)
    values = {term_id: value for term_id, value in session.execute(
        select(VocabularyTerm.id, VocabularyTerm.value)
        .where(VocabularyTerm.id.in_(list(set(found.values())))))}
    return {key: values[term_id] for key, term_id in found.items() if term_id in values}


def merged_term_ids(session: Session, report: ChangeReport) -> dict[str, str | None]:
    """The terms this report removed, each with the term that took its place
    (merged into it), or None (removed unused): a filter holds terms by id."""
    found = former_terms(session)
    moved: dict[str, str | None] = {}
    for change in report.changes:
        if change.entity == "vocabulary_term" and change.action == "delete":
            said = {field.field: field.old for field in change.fields}
            moved[change.record_id] = found.get(
                (str(said.get("vocabulary")), str(said.get("value") or "").casefold()))
    return moved
