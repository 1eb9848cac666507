"""The document's records written as JSON by SQLite itself.

``json_export.event_records`` and ``participant_records`` build the same
records as Python dicts (the CSV table, the Data Package and the import's
comparison use those); the JSON document takes them from these queries, which
build each record's text in SQLite's JSON functions: the whole dataset is
written in about a third of the time.  A test checks that both give the same
records.

A scalar subquery loses the JSON type of what it returns: a short list (tags,
aliases) is passed through ``json()`` to be embedded as JSON rather than as a
string; an event's participants, sources and figures are spliced in as text.

Everything here runs on the DB-API connection alone, without SQLAlchemy (see
``document_sql``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator

from desktop.core.exchange.two_readers import A_SIDES_BLOCKS, BLOCK_NUMBER

CHUNK = 1000
_STAMPS = "'created_at', {t}.created_at, 'updated_at', {t}.updated_at, 'updated_by', {t}.updated_by"
_TERM = "(SELECT value FROM vocabulary_terms WHERE vocabulary_terms.id = {column})"


def _children(table: str, fields: str, optional: tuple[str, str] | None = None) -> str:
    """An event's rows of ``table``, in their order, as the text of a JSON array.

    The text is spliced into the event's record rather than passed to
    ``json_object``, which would need it re-parsed by ``json()`` (300 000
    participant links: a quarter of the export's time in SQLite).
    ``optional`` (a condition, and fields): fields written only when the
    condition holds (a source's saved copy), after the stamps."""
    whole = f"json_object({fields}, {_STAMPS.format(t='c')})"
    if optional is not None:
        condition, more = optional
        whole = (f"CASE WHEN {condition} THEN json_object({fields}, {_STAMPS.format(t='c')}, "
                 f"{more}) ELSE {whole} END")
    return (f"coalesce((SELECT '[' || group_concat({whole}, ',') || ']' "
            f"FROM (SELECT * FROM {table} WHERE {table}.event_id = e.id "
            f"ORDER BY {table}.sort_order) AS c), '[]')")


# The record's own fields, then its lists: "}" is taken off json_object's text
# and the lists follow it (its last value is a string or null, so only the
# closing brace is trimmed).
# A native title is written only when there is one, after the title: a file
# without any reads in a version of the app from before them.  The object is
# cut after the title to let it in.
_EVENT_FIELDS = (
    "rtrim(json_object('id', e.id, 'title', e.title), '}') || "
    "CASE WHEN e.native_title <> '' THEN ',\"native_title\":' || json_quote(e.native_title) "
    "ELSE '' END || ',' || substr(json_object("
    f"'category', {_TERM.format(column='e.category_id')}, "
    f"'event_type', {_TERM.format(column='e.event_type_id')}, "
    "'date', e.date_edtf, 'date_note', e.date_note, 'place', e.place, 'country', e.country, "
    "'summary', e.summary, 'attendance', e.attendance, "
    "'attendance_qualifier', e.attendance_qualifier, 'status', e.status, "
    "'tags', json((SELECT json_group_array(name) FROM (SELECT tags.name FROM event_tags "
    "JOIN tags ON tags.id = event_tags.tag_id WHERE event_tags.event_id = e.id "
    "ORDER BY tags.name))), "
    f"'notes', e.notes, {_STAMPS.format(t='e')}), 2)")
_EVENT = (
    f"rtrim({_EVENT_FIELDS}, '}}') || ',\"participants\":' || " + _children(
        "event_participants", "'id', c.id, 'participant', c.participant_id, "
        f"'role', {_TERM.format(column='c.role_id')}, 'note', c.note") +
    " || ',\"sources\":' || " + _children(
        "sources", "'id', c.id, 'publisher', c.publisher, 'title', c.title, 'url', c.url, "
        "'published', c.published, 'accessed', c.accessed, 'note', c.note",
        # a saved copy only when there is one: a file without any reads in a
        # version of the app from before them
        ("c.copy_sha256 IS NOT NULL",
         "'copy_sha256', c.copy_sha256, 'copy_name', c.copy_name")) +
    " || ',\"figures\":' || " + _children(
        "event_figures", "'id', c.id, 'value', c.value, 'qualifier', c.qualifier, "
        "'unit', c.unit, 'note', c.note") + " || @RELATED@ || '}'")
# An event's relations to others, only when it holds any: a file without
# relations reads in a version of the app that has none.  ``@WITHIN@`` keeps
# those to events the export holds.  The holders are looked up first (SQLite
# builds their set once): most events hold none, and the correlated query
# for each of them was 3 % of the export.
_RELATED = ("CASE WHEN e.id IN (SELECT event_id FROM event_relations) THEN "
            "coalesce(',\"related\":[' || (SELECT group_concat(json_object("
            "'id', c.id, 'event', c.related_id, 'kind', c.kind, 'note', c.note, "
            f"{_STAMPS.format(t='c')}), ',') FROM (SELECT * FROM event_relations "
            "WHERE event_relations.event_id = e.id @WITHIN@ "
            "ORDER BY event_relations.sort_order) AS c) || ']', '') ELSE '' END")
_WITHIN = "AND curator_exported(event_relations.related_id)"


def _event_query(where: str, within: str, *, also: str = "") -> str:
    """The events' lines, then the columns ``also`` names."""
    # CAST AS BLOB: the UTF-8 SQLite made goes to the file without being
    # decoded into Python strings and encoded again.
    event = _EVENT.replace("@RELATED@", _RELATED.replace("@WITHIN@", within))
    return (f"SELECT CAST({event} AS BLOB) AS line{also} FROM events AS e {where} "
            "ORDER BY e.seq")


_EVENTS = _event_query("WHERE e.id IN (SELECT value FROM json_each(?))", "")
_EVENTS_WITHIN = _event_query("WHERE e.id IN (SELECT value FROM json_each(?))", _WITHIN)
_ALL_EVENTS = _event_query("", "")
EVENTS_AND_IDS = _event_query("WHERE e.id IN (SELECT value FROM json_each(?))", "",
                              also=", e.id AS id")
# For two readers (two_readers), each of every other block of events.
ALL_EVENTS_IN_BLOCKS = _event_query(f"WHERE {A_SIDES_BLOCKS}", "", also=f", {BLOCK_NUMBER}")

_PARTICIPANTS = (
    "SELECT CAST(json_object("
    "'id', p.id, 'kind', p.kind, 'name', p.name, 'native_name', p.native_name, "
    "'aliases', json((SELECT json_group_array(alias) FROM (SELECT alias FROM participant_aliases "
    "WHERE participant_aliases.participant_id = p.id ORDER BY sort_order))), "
    "'country', p.country, 'position', p.position, 'affiliation', p.affiliation_id, "
    f"'parent', p.parent_id, 'org_type', {_TERM.format(column='p.org_type_id')}, "
    f"'notes', p.notes, {_STAMPS.format(t='p')}"
    ") AS BLOB) FROM participants AS p WHERE p.id IN (SELECT value FROM json_each(?)) "
    "ORDER BY p.name, p.id")


def first_column(connection: sqlite3.Connection, every: str, chosen: str,
                 ids: list[str] | None, chunk: int = CHUNK) -> Iterator[bytes]:
    """The first column of ``every`` (no parameter) when ``ids`` is None: one
    pass over the table, without looking each id up; else of ``chosen``, whose
    one parameter is a JSON array of ids, ``chunk`` ids at a time."""
    cursor = connection.cursor()
    if ids is None:
        yield from (line for (line,) in cursor.execute(every))
        return
    for start in range(0, len(ids), chunk):
        yield from (line for (line,) in cursor.execute(
            chosen, (json.dumps(ids[start:start + chunk]),)))


def event_lines(connection: sqlite3.Connection, ids: list[str] | None, *,
                exported: bool = False) -> Iterator[bytes]:
    """Each event as one line of JSON (UTF-8), in ``seq`` order: all events
    when ``ids`` is None, else those.  ``exported``: these events are a
    file's, which holds their relations among themselves alone (a relation to
    an event left out would name an event the file lacks)."""
    if ids is None or not exported:
        return first_column(connection, _ALL_EVENTS, _EVENTS, ids)
    held = frozenset(ids)
    connection.create_function("curator_exported", 1, held.__contains__, deterministic=True)
    return first_column(connection, _ALL_EVENTS, _EVENTS_WITHIN, ids)


def event_lines_by_id(connection: sqlite3.Connection, ids: list[str]) -> dict[str, bytes]:
    """``event_lines`` of these events, by id."""
    return {event_id: line for line, event_id in connection.execute(
        EVENTS_AND_IDS, (json.dumps(ids),))}


def participant_lines(connection: sqlite3.Connection, ids: list[str]) -> Iterator[bytes]:
    """Each participant as one line of JSON (UTF-8), in ``ids``' order (by name, then id)."""
    return first_column(connection, _PARTICIPANTS, _PARTICIPANTS, ids)
