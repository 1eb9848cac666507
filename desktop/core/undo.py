"""Undo: apply the inverse of an operation's report.

Every report names each record created, updated or deleted, with old and new
values in the form the operations take as input, and a deletion carries a
snapshot of every field.  Inverting applies, newest change first, the
operation that takes each change back: a creation is deleted, an update gets
its old values, a deletion is recreated under the same id (and place in its
list).  The inverse runs through the operations layer, so it is validated,
logged and reported like any edit; inverting *that* report redoes the step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.core.changes import Change, ChangeReport, FieldChange, ValidationError
from desktop.core.operations import Operations
from desktop.core.operations_batch import BATCH_FIELDS

BATCH_UPDATES = frozenset((*BATCH_FIELDS, "tags"))


class CannotUndo(ValidationError):
    """The report cannot be reversed (a bulk import, say)."""


def _old(field: FieldChange) -> Any:
    return field.old_input if field.old_input is not None else field.old


def _new(field: FieldChange) -> Any:
    return field.new_input if field.new_input is not None else field.new


def _values(change: Change, *, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """The old values of a deletion's snapshot, as operation input."""
    return {f.field: _old(f) for f in change.fields if f.field not in skip}


def _field(change: Change, name: str) -> Any:
    for field in change.fields:
        if field.field == name:
            return _old(field) if change.action == "delete" else _new(field)
    return None


def _undo_event(ops: Operations, change: Change) -> None:
    if change.action == "create":
        ops.delete_event(change.record_id)
    elif change.action == "update":
        ops.update_event(change.record_id, {f.field: _old(f) for f in change.fields})
    else:
        ops.create_event(_values(change, skip=("seq",)), record_id=change.record_id,
                         seq=_field(change, "seq"))


def _undo_participant(ops: Operations, change: Change) -> None:
    if change.action == "create":
        ops.delete_participant(change.record_id)
    elif change.action == "update":
        ops.update_participant(change.record_id, {f.field: _old(f) for f in change.fields})
    else:
        ops.create_participant(_values(change), record_id=change.record_id)


def _child_undoer(add: Callable[..., ChangeReport], update: Callable[..., ChangeReport],
                  remove: Callable[..., ChangeReport]) -> Callable[[Change], None]:
    def undo(change: Change) -> None:
        if change.action == "create":
            remove(change.record_id)
        elif change.action == "update":
            update(change.record_id, {f.field: _old(f) for f in change.fields})
        else:
            assert change.event_id is not None
            add(change.event_id, _values(change), record_id=change.record_id)
    return undo


def _undo_link(ops: Operations, change: Change) -> None:
    if change.action == "delete":
        assert change.event_id is not None
        ops.link(change.event_id, _field(change, "participant"),
                 _values(change, skip=("participant",)), record_id=change.record_id)
    else:
        _child_undoer(ops.link, ops.update_link, ops.unlink)(change)


def _undo_term(ops: Operations, change: Change) -> None:
    if change.action == "create":
        ops.remove_term(change.record_id)
    elif change.action == "update" and change.fields[0].field == "sort_order":
        ops.place_term(change.record_id, int(_old(change.fields[0])))
    elif change.action == "update":
        ops.rename_term(change.record_id, _old(change.fields[0]))
    else:
        ops.add_term(_field(change, "vocabulary"), _field(change, "value"),
                     record_id=change.record_id)
        place = _field(change, "sort_order")
        if place is not None:  # back where it was, not last
            ops.place_term(change.record_id, int(place))


def _undo_saved_search(ops: Operations, change: Change) -> None:
    if change.action == "create":
        ops.delete_saved_search(change.record_id)
    elif change.action == "update":
        ops.save_search(_saved_name(ops, change.record_id), _old(change.fields[0]))
    else:
        ops.save_search(_field(change, "name"), _field(change, "definition"),
                        record_id=change.record_id)


def _undo_not_duplicate(ops: Operations, change: Change) -> None:
    if change.action == "create":
        ops.forget_not_duplicates(change.record_id)
    else:
        ops.mark_not_duplicates(_field(change, "kind"), _field(change, "first"),
                                _field(change, "second"), record_id=change.record_id)


def _undo_tag(ops: Operations, change: Change) -> None:
    """A tag renamed: its old name back (see ``rename_tag`` on why this comes
    first); one that no event had, deleted or restored."""
    if change.action == "update":
        ops.rename_tag(change.record_id, _old(change.fields[0]))
    elif change.action == "delete":
        ops.restore_tag(change.record_id, _old(change.fields[0]))
    else:
        ops.delete_unused_tag(change.record_id)


def _saved_name(ops: Operations, saved_id: str) -> str:
    from desktop.core.models import SavedSearch

    with ops.store.session() as session:
        saved = session.get(SavedSearch, saved_id)
        if saved is None:
            raise CannotUndo.single("", "the saved search no longer exists")
        return saved.name


def invert(ops: Operations, report: ChangeReport) -> ChangeReport:
    """Take back everything the report did, in one transaction; return what that did."""
    if report.reset:
        raise CannotUndo.single("", "a bulk import cannot be undone step by step; "
                                    "restore the backup made before it")
    undoers: dict[str, Callable[[Change], None]] = {
        "event": lambda c: _undo_event(ops, c),
        "participant": lambda c: _undo_participant(ops, c),
        "event_participant": lambda c: _undo_link(ops, c),
        "source": _child_undoer(ops.add_source, ops.update_source, ops.remove_source),
        "figure": _child_undoer(ops.add_figure, ops.update_figure, ops.remove_figure),
        "relation": _child_undoer(ops.relate, ops.update_relation, ops.unrelate),
        "vocabulary_term": lambda c: _undo_term(ops, c),
        "saved_search": lambda c: _undo_saved_search(ops, c),
        "not_duplicate": lambda c: _undo_not_duplicate(ops, c),
        "tag": lambda c: _undo_tag(ops, c),
    }
    with ops.batch() as inverse:
        batched: dict[str, dict[str, Any]] = {}
        roles: dict[str, Any] = {}
        for change in reversed(report.changes):
            # An earlier change of the same record comes later here: its old values win.
            if _is_batch_update(change):
                batched.setdefault(change.record_id, {}).update(
                    {f.field: _old(f) for f in change.fields})
                continue
            if _is_role_update(change):
                roles[change.record_id] = _old(change.fields[0])
                continue
            _take_back(ops, batched, roles)  # a run of them at once, in its place
            undoers[change.entity](change)
        _take_back(ops, batched, roles)
    return inverse


def _take_back(ops: Operations, batched: dict[str, dict[str, Any]],
               roles: dict[str, Any]) -> None:
    """Events' fields and links' roles gathered from a run of changes, each
    kind set back in one go; the gatherings emptied."""
    if batched:
        ops.update_events(batched)
        batched.clear()
    if roles:
        ops.set_link_roles(roles)
        roles.clear()


def _is_role_update(change: Change) -> bool:
    """A link's change of its role alone (``set_link_roles`` takes back
    thousands at once; ``update_link`` one at a time)."""
    return (change.entity == "event_participant" and change.action == "update"
            and [f.field for f in change.fields] == ["role"])


def _is_batch_update(change: Change) -> bool:
    """An event's update of only the fields a batch may set (``update_events``
    takes back thousands at once; ``update_event`` one at a time)."""
    return (change.entity == "event" and change.action == "update"
            and all(f.field in BATCH_UPDATES for f in change.fields))
