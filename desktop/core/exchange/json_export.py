"""Writing the app's JSON document (``format_version`` 1), streamed.

Events are read a thousand at a time as plain rows from the DB-API cursor
(ORM objects cost fifteen times as much and pile up in the session), and each record
is written as one line of the ``participants`` and ``events`` arrays, so
memory stays flat however large the dataset.  The document's shape is
``resources/schema/engagement-curator-1.schema.json``.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.changed_since import participants_changed_since
from desktop.core.exchange import document_sql
from desktop.core.exchange.document_sql import chunks_of
from desktop.core.filters import ChosenEvents, EventFilter, ExportScope
from desktop.core.listing import event_rowids
from desktop.core.models import Event, VocabularyTerm
from desktop.core.progress import Progress
from desktop.core.search import driver_cursor

_STAMPS = ("created_at", "updated_at", "updated_by")


def connection_of(session: Session) -> sqlite3.Connection:
    """The session's DB-API connection, inside its transaction."""
    connection: sqlite3.Connection = driver_cursor(session).connection
    return connection


def exported_event_ids(session: Session, event_filter: ExportScope) -> list[str]:
    """The ids of the events to export, in the order they were added."""
    if isinstance(event_filter, ChosenEvents):
        return [event_id for _seq, event_id in sorted(driver_cursor(session).execute(
            "SELECT seq, id FROM events WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(event_filter.ids),)))]
    if event_filter is None or event_filter.is_empty():
        # 100 000 ids from the DB-API: a quarter of the time of scalars()
        return document_sql.all_event_ids(connection_of(session))
    seqs = sorted(event_rowids(session, event_filter))
    ids: list[str] = []
    for chunk in chunks_of(seqs):
        order = {seq: event_id for seq, event_id in session.execute(
            select(Event.seq, Event.id).where(Event.seq.in_(chunk)))}
        ids.extend(order[seq] for seq in chunk)
    return ids


def _terms(session: Session) -> dict[str, str]:
    return {term_id: value for term_id, value in session.execute(
        select(VocabularyTerm.id, VocabularyTerm.value))}


def vocabularies_of(session: Session) -> dict[str, list[str]]:
    return document_sql.vocabularies(connection_of(session))


def participant_ids_for(session: Session, event_ids: list[str] | None,
                        event_filter: ExportScope = None) -> list[str]:
    """All participants, or those the events name and the organisations they
    hang from, with those the filter's "changed since" day has changed."""
    return document_sql.participant_ids(connection_of(session), event_ids,
                                        changed_participants(session, event_filter))


def changed_participants(session: Session, event_filter: ExportScope) -> list[str]:
    """The participants created or edited since the filter's "changed since"
    day, if it has one: the week's work holds a participant renamed in it
    though none of its events changed."""
    if not isinstance(event_filter, EventFilter) or event_filter.changed_since is None:
        return []
    return list(session.scalars(participants_changed_since(event_filter.changed_since)))


def _table_rows(session: Session, table: str, key: str, values: list[str],
                order: str | None = None) -> Iterator[dict[str, Any]]:
    """The rows of ``table`` whose ``key`` is one of ``values``, as dicts, from
    the DB-API cursor: a third of the cost of SQLAlchemy Core rows, and a
    fifteenth of ORM objects (every column is text or an integer, so there is
    nothing to convert)."""
    cursor = driver_cursor(session)
    cursor.execute(f"SELECT * FROM {table} WHERE {key} IN (SELECT value FROM json_each(?))"
                   + (f" ORDER BY {order}" if order else ""), (json.dumps(values),))
    names = [column[0] for column in cursor.description]
    return (dict(zip(names, row, strict=True)) for row in cursor)


def _pairs(session: Session, sql: str, values: list[str]) -> Iterator[tuple[str, str]]:
    """(key, value) rows of a query whose one parameter is a JSON array of ``values``."""
    return iter(driver_cursor(session).execute(sql, (json.dumps(values),)))


def participant_records(session: Session, ids: list[str]) -> Iterator[dict[str, Any]]:
    terms = _terms(session)
    for chunk in chunks_of(ids):
        aliases: dict[str, list[str]] = defaultdict(list)
        for pid, alias in _pairs(session, "SELECT participant_id, alias FROM participant_aliases "
                                 "WHERE participant_id IN (SELECT value FROM json_each(?)) "
                                 "ORDER BY sort_order", chunk):
            aliases[pid].append(alias)
        rows = {p["id"]: p for p in _table_rows(session, "participants", "id", chunk)}
        for pid in chunk:
            p = rows[pid]
            yield {"id": p["id"], "kind": p["kind"], "name": p["name"],
                   "native_name": p["native_name"], "aliases": aliases.get(pid, []),
                   "country": p["country"], "position": p["position"],
                   "affiliation": p["affiliation_id"], "parent": p["parent_id"],
                   "org_type": terms.get(p["org_type_id"] or ""), "notes": p["notes"],
                   **{s: p[s] for s in _STAMPS}}


def event_records(session: Session, ids: list[str], *,
                  exported: bool = False) -> Iterator[dict[str, Any]]:
    """The events as document records.  ``exported``: these are a file's
    events, which holds their relations among themselves alone."""
    terms = _terms(session)
    within = frozenset(ids) if exported else None
    for chunk in chunks_of(ids):
        yield from _event_chunk(session, chunk, terms, within)


def _event_chunk(session: Session, chunk: list[str], terms: dict[str, str],
                 within: frozenset[str] | None) -> Iterable[dict[str, Any]]:
    links: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for link in _table_rows(session, "event_participants", "event_id", chunk, "sort_order"):
        links[link["event_id"]].append({
            "id": link["id"], "participant": link["participant_id"],
            "role": terms.get(link["role_id"] or ""), "note": link["note"],
            **{s: link[s] for s in _STAMPS}})
    sources: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for source in _table_rows(session, "sources", "event_id", chunk, "sort_order"):
        sources[source["event_id"]].append({
            "id": source["id"], "publisher": source["publisher"], "title": source["title"],
            "url": source["url"], "published": source["published"],
            "accessed": source["accessed"], "note": source["note"],
            **{s: source[s] for s in _STAMPS},
            # only when there is one (see json_records_sql)
            **({"copy_sha256": source["copy_sha256"], "copy_name": source["copy_name"]}
               if source["copy_sha256"] else {})})
    figures: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for figure in _table_rows(session, "event_figures", "event_id", chunk, "sort_order"):
        figures[figure["event_id"]].append({
            "id": figure["id"], "value": figure["value"], "qualifier": figure["qualifier"],
            "unit": figure["unit"], "note": figure["note"], **{s: figure[s] for s in _STAMPS}})
    related: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for relation in _table_rows(session, "event_relations", "event_id", chunk, "sort_order"):
        if within is None or relation["related_id"] in within:
            related[relation["event_id"]].append({
                "id": relation["id"], "event": relation["related_id"],
                "kind": relation["kind"], "note": relation["note"],
                **{s: relation[s] for s in _STAMPS}})
    tags: dict[str, list[str]] = defaultdict(list)
    for event_id, name in _pairs(session, "SELECT event_tags.event_id, tags.name FROM event_tags "
                                 "JOIN tags ON tags.id = event_tags.tag_id WHERE "
                                 "event_tags.event_id IN (SELECT value FROM json_each(?)) "
                                 "ORDER BY tags.name", chunk):
        tags[event_id].append(name)
    events = {e["id"]: e for e in _table_rows(session, "events", "id", chunk)}
    for event_id in chunk:
        e = events[event_id]
        yield {"id": e["id"], "title": e["title"],
               # only when there is one (see json_records_sql)
               **({"native_title": e["native_title"]} if e["native_title"] else {}),
               "category": terms.get(e["category_id"] or ""),
               "event_type": terms.get(e["event_type_id"] or ""), "date": e["date_edtf"],
               "date_note": e["date_note"], "place": e["place"], "country": e["country"],
               "summary": e["summary"], "attendance": e["attendance"],
               "attendance_qualifier": e["attendance_qualifier"], "status": e["status"],
               "tags": tags.get(event_id, []), "notes": e["notes"],
               **{s: e[s] for s in _STAMPS},
               "participants": links.get(event_id, []), "sources": sources.get(event_id, []),
               "figures": figures.get(event_id, []),
               # only when it holds any (see json_records_sql)
               **({"related": related[event_id]} if event_id in related else {})}


def decisions_about(session: Session, event_ids: set[str] | None,
                    participant_ids: set[str] | None) -> list[dict[str, str]]:
    """The "not duplicates" decisions between records the export holds."""
    return document_sql.decisions(connection_of(session), event_ids, participant_ids)


def write_json(session: Session, out: BinaryIO, event_filter: ExportScope = None,
               exported_at: str | None = None,
               progress: Progress | None = None) -> tuple[int, int]:
    """Write the document of every event, or of those the filter keeps; return
    the numbers of events and participants written (see
    ``document_sql.write_document``)."""
    filtered = event_filter is not None and not event_filter.is_empty()
    event_ids = exported_event_ids(session, event_filter) if filtered else None
    return document_sql.write_document(connection_of(session), out, event_ids, exported_at,
                                       progress, changed_participants(session, event_filter))
