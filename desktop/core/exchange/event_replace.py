"""Our copies of changed events made equal to a colleague's, when an import
takes theirs: fields, tags, links, sources, figures and the relations each holds.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
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
from desktop.core.fields import EVENT_FIELDS
from desktop.core.models import EventFigure
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
                with _named_by_event(record):
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
                with _named_by_event(records[event_id]):
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
def _named_by_event(record: Mapping[str, Any]) -> Iterator[None]:
    """A refusal of their event's values named by the event, which the file
    holds among thousands ("role: 'sponsor' is not a known role" alone does
    not say where)."""
    try:
        yield
    except StoreRefusedError:
        raise  # the import names the clashing ids itself (id_clashes)
    except ValidationError as exc:
        title = record.get("title") or ""
        where = f"event “{title}” ({record['id']})" if title else f"event {record['id']}"
        raise ValidationError([Problem(f"{where}, {problem.field}" if problem.field else where,
                                       problem.message) for problem in exc.problems]) from None


def _value(record: Mapping[str, Any], name: str) -> Any:
    """A field of theirs to store: nothing as an empty text, anything else as
    it is, for the fields' checks to refuse a value of the wrong kind (a role
    given as an object was stored as none)."""
    if name == "tags":
        return list(record.get("tags") or [])
    return "" if record.get(name) is None else record[name]


def _their_links(record: Mapping[str, Any], ours: Sequence[LinkData]) -> list[LinkData]:
    """Their event's links; one that leaves its participant out keeps ours (a
    field left out is no change), and is refused when it is not one of ours."""
    participants = {link.id: link.participant_id for link in ours}
    links = []
    for index, link in enumerate(record.get("participants") or []):
        participant = link.get("participant") or participants.get(link.get("id"))
        if not participant:
            raise ValidationError.single(f"participants[{index}].participant", "is required")
        links.append(LinkData(participant, "", role=_value(link, "role"),
                              note=_value(link, "note"), id=link.get("id")))
    return links


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
        ours = load_event(session, record["id"])
        figures = list(session.scalars(select(EventFigure.id).where(
            EventFigure.event_id == record["id"])))
    assert ours is not None
    # What does not differ stays ours: a field their file leaves out is not a
    # change (see ``record_diff``).
    theirs = EventFormData(
        {name: (record.get(name) if record.get(name) is not None else "")
         if name in differing else ours.values[name] for name in EVENT_FORM_FIELDS},
        list(record.get("tags") or []) if "tags" in differing else ours.tags,
        _their_links(record, ours.links) if "participants" in differing else ours.links,
        [SourceData(**{k: _value(source, k) for k in ("publisher", "title", "url",
                                                      "published", "accessed", "note",
                                                      "copy_sha256", "copy_name")},
                    id=source.get("id")) for source in record.get("sources") or []]
        if "sources" in differing else ours.sources,
        ours.relations)  # the relations it holds are taken below
    save_event(ops, record["id"], ours, theirs)
    if "figures" in differing:
        for figure_id in figures:
            ops.remove_figure(figure_id)
        for figure in record.get("figures") or []:
            ops.add_figure(record["id"], {k: figure.get(k)
                                          for k in ("value", "qualifier", "unit", "note")},
                           record_id=figure.get("id"))
    if "related" in differing:
        for relation in ours.relations:
            if relation.held:
                ops.unrelate(relation.id or "")
        for relation in record.get("related") or []:
            ops.relate(record["id"], {"related": relation.get("event"),
                                      "kind": relation.get("kind"),
                                      "note": relation.get("note")},
                       record_id=relation.get("id"), unless_related=True)
