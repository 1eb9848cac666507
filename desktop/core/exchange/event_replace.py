"""Our copies of changed events made equal to a colleague's, when an import
takes theirs: fields, tags, links, sources, figures and the relations each holds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.changes import Problem, StoreRefusedError, ValidationError
from desktop.core.event_form_data import (
    EVENT_FORM_FIELDS,
    EventFormData,
    LinkData,
    SourceData,
    load_event,
    save_event,
)
from desktop.core.fields import (
    EVENT_FIELDS,
    FIGURE_FIELDS,
    LINK_FIELDS,
    RELATION_FIELDS,
    SOURCE_FIELDS,
)
from desktop.core.models import EventFigure, EventRelation
from desktop.core.operations import Operations
from desktop.core.operations_base import clean_names
from desktop.core.operations_batch import BATCH_FIELDS

# What one batch update sets event by event (operations_batch): the usual
# edit, a retitled or re-summarised event or a changed status or tags.
_IN_ONE_BATCH = frozenset((*BATCH_FIELDS, "tags"))
_MOST_PROBLEMS = 50


def take_their_events(ops: Operations, taken: Sequence[tuple[Mapping[str, Any], set[str]]]
                      ) -> None:
    """Make each of our events equal to theirs (``taken``: their record, and
    the names of the fields that differ).  Those whose differing fields one
    batch update sets are written together, in a few statements: 5 000
    retitled events in a sixth of the time of an update each."""
    together: dict[str, dict[str, Any]] = {}
    records: dict[str, Mapping[str, Any]] = {}
    problems: list[Problem] = []
    for record, differing in taken:
        if differing <= _IN_ONE_BATCH:
            together[record["id"]] = {name: _value(record, name) for name in differing}
            records[record["id"]] = record
        elif len(problems) < _MOST_PROBLEMS:
            # Every refused event is named, not the first alone: the import
            # is rolled back whole once they are all found.
            try:
                with named_by_record(record):
                    _replace_event(ops, record, differing)
            except StoreRefusedError:
                if problems:  # (a refusal the earlier ones may have led to)
                    break
                raise
            except ValidationError as exc:
                problems += exc.problems
    if problems:
        raise ValidationError(problems[:_MOST_PROBLEMS])
    if not together:
        return
    try:
        ops.update_events(together)
    except StoreRefusedError:
        raise
    except ValidationError:
        # The batch says what is wrong, not with which event: found here, one
        # event at a time (only when refused; the import is rolled back).
        with ops.store.session() as session:
            for event_id, values in together.items():
                with named_by_record(records[event_id]):
                    _check_values(session, values)
        raise


def _check_values(session: Session, values: Mapping[str, Any]) -> None:
    problems = []
    for name, value in values.items():
        try:
            if name == "tags":
                clean_names(value, "tags")
            else:
                EVENT_FIELDS[name].clean(value, session)
        except ValueError as exc:
            problems.append(Problem(name, str(exc)))
    if problems:
        raise ValidationError(problems)


@contextmanager
def named_by_record(record: Mapping[str, Any], kind: str = "event") -> Iterator[None]:
    """A refusal of their record's values named by the record (an event by
    its title, a participant by its name), which the file holds among
    thousands ("role: 'sponsor' is not a known role" alone does not say where)."""
    try:
        yield
    except StoreRefusedError:
        raise  # the import names the clashing ids itself (id_clashes)
    except ValidationError as exc:
        label = record.get("title" if kind == "event" else "name") or ""
        where = f"{kind} “{label}” ({record['id']})" if label else f"{kind} {record['id']}"
        raise ValidationError([Problem(f"{where}, {problem.field}" if problem.field else where,
                                       problem.message) for problem in exc.problems]) from None


# Their event's lists, each with the fields of its items checked before they
# are stored, so that a refusal says which item ("participants[3].note").
_CHILD_FIELDS = (("participants", LINK_FIELDS, ("role", "note")),
                 ("sources", SOURCE_FIELDS, ("publisher", "title", "url", "published",
                                             "accessed", "note")),
                 ("figures", FIGURE_FIELDS, ("value", "qualifier", "unit", "note")),
                 ("related", RELATION_FIELDS, ("note",)))


def _check_children(session: Session, record: Mapping[str, Any], differing: set[str]) -> None:
    problems = []
    for key, fields, names in _CHILD_FIELDS:
        if key not in differing:
            continue
        for index, item in enumerate(record.get(key) or []):
            for name in names:
                if isinstance(item, Mapping) and item.get(name) not in (None, ""):
                    try:
                        fields[name].clean(item[name], session)
                    except ValueError as exc:
                        problems.append(Problem(f"{key}[{index}].{name}", str(exc)))
    if problems:
        raise ValidationError(problems)


def _value(record: Mapping[str, Any], name: str) -> Any:
    """A field of theirs to store: nothing as an empty text, anything else as
    it is, for the fields' checks to refuse a value of the wrong kind (a role
    given as an object was stored as none)."""
    if name == "tags":
        return list(record.get("tags") or [])
    return "" if record.get(name) is None else record[name]


def _kept(theirs: Mapping[str, Any], ours: Mapping[str, Any] | None, name: str,
          read: Callable[[Mapping[str, Any], str], Any] = _value) -> Any:
    """Their item's field to store (as ``read`` reads it), or ours where their
    item (one of ours, by its id) leaves it out: a field left out is no change,
    in a link, source, figure or relation as in the event (it emptied our role,
    url or note)."""
    if ours is not None and name not in theirs:
        return ours[name]
    return read(theirs, name)


def _their_links(record: Mapping[str, Any], ours: Sequence[LinkData]) -> list[LinkData]:
    """Their event's links, left-out fields ours; one that leaves its
    participant out and is not one of ours is refused."""
    known = {link.id: {"participant": link.participant_id, "role": link.role,
                       "note": link.note} for link in ours}
    links = []
    for index, link in enumerate(record.get("participants") or []):
        mine = known.get(link.get("id"))
        participant = link.get("participant") or (mine or {}).get("participant")
        if not participant:
            raise ValidationError.single(f"participants[{index}].participant", "is required")
        links.append(LinkData(participant, "", role=_kept(link, mine, "role"),
                              note=_kept(link, mine, "note"), id=link.get("id")))
    return links


def _given_or_ours(theirs: Mapping[str, Any], ours: Mapping[str, dict[str, Any]],
                   names: tuple[str, ...]) -> dict[str, Any]:
    """A figure's or relation's fields as their item gives them, or ours where
    it leaves them out and is one of ours (by its id)."""
    mine = ours.get(str(theirs.get("id")))
    return {name: _kept(theirs, mine, name, Mapping.get) for name in names}


_SOURCE_FIELDS = ("publisher", "title", "url", "published", "accessed", "note", "copy_sha256",
                  "copy_name")


def _their_sources(record: Mapping[str, Any], ours: Sequence[SourceData]) -> list[SourceData]:
    known = {source.id: {name: getattr(source, name) for name in _SOURCE_FIELDS}
             for source in ours}
    return [SourceData(**{name: _kept(source, known.get(source.get("id")), name)
                          for name in _SOURCE_FIELDS}, id=source.get("id"))
            for source in record.get("sources") or []]


def _replace_event(ops: Operations, record: Mapping[str, Any], differing: set[str]) -> None:
    """Make our copy of an event equal to theirs: fields, links, sources,
    figures and the relations it holds."""
    if differing <= set(EVENT_FORM_FIELDS):
        # Only the event's own fields differ (the usual edit): those alone are
        # written, without reading its links, sources and figures to compare
        # (a third of the time when thousands of events changed).
        ops.update_event(record["id"], {name: _value(record, name) for name in differing})
        return
    with ops.store.session() as session:
        _check_children(session, record, differing)
        ours = load_event(session, record["id"])
        figures: dict[str, dict[str, Any]] = {
            figure.id: {"value": figure.value, "qualifier": figure.qualifier,
                        "unit": figure.unit, "note": figure.note}
            for figure in session.scalars(select(EventFigure).where(
                EventFigure.event_id == record["id"]))}
        relations: dict[str, dict[str, Any]] = {
            relation.id: {"event": relation.related_id, "kind": relation.kind,
                          "note": relation.note}
            for relation in session.scalars(select(EventRelation).where(
                EventRelation.event_id == record["id"]))}
    assert ours is not None
    # What does not differ stays ours: a field their file leaves out is not a
    # change (see ``record_diff``).
    theirs = EventFormData(
        {name: (record.get(name) if record.get(name) is not None else "")
         if name in differing else ours.values[name] for name in EVENT_FORM_FIELDS},
        list(record.get("tags") or []) if "tags" in differing else ours.tags,
        _their_links(record, ours.links) if "participants" in differing else ours.links,
        _their_sources(record, ours.sources) if "sources" in differing else ours.sources,
        ours.relations)  # the relations it holds are taken below
    save_event(ops, record["id"], ours, theirs)
    if "figures" in differing:
        for figure_id in figures:
            ops.remove_figure(figure_id)
        for figure in record.get("figures") or []:
            ops.add_figure(record["id"], _given_or_ours(figure, figures, ("value", "qualifier",
                                                                          "unit", "note")),
                           record_id=figure.get("id"))
    if "related" in differing:
        for relation in ours.relations:
            if relation.held:
                ops.unrelate(relation.id or "")
        for relation in record.get("related") or []:
            kept = _given_or_ours(relation, relations, ("event", "kind", "note"))
            ops.relate(record["id"], {"related": kept["event"], "kind": kept["kind"],
                                      "note": kept["note"]},
                       record_id=relation.get("id"), unless_related=True)
