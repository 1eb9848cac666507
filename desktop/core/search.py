"""Full-text search over events, in English and Chinese.

Each event has one row of *folded* text in ``event_search`` (titles, summary,
place, notes, tags, sources and the names of its participants) indexed by an
FTS5 table with the ``trigram`` tokenizer, which finds substrings in any
script: each term is a phrase query of its trigrams.  Folding lowers case,
strips accents, writes typographic apostrophes, quotes and dashes (and
letters as đ) as typed ones and converts traditional Chinese to simplified,
and the query is folded the same way, so 中国外文局 finds 中國外文局, "sao
paulo" finds "São Paulo" and "China's" finds "China’s".

Terms shorter than three characters cannot use a trigram index (and SQLite
3.40 silently returns no rows for them on a trigram table), so they are
matched against the base table instead.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from typing import Any

import opencc
from sqlalchemy import delete, func, or_, select, text
from sqlalchemy.orm import Session

from desktop.core.changes import ChangeReport
from desktop.core.models import (
    Event,
    EventParticipant,
    EventSearch,
    EventTag,
    Participant,
    ParticipantAlias,
    ParticipantSearch,
    Source,
    Tag,
)

_TO_SIMPLIFIED = opencc.OpenCC("t2s")
MIN_INDEXED_TERM = 3


_COMBINING_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# A page copied from the web writes "China’s", "“AI”" and "ASEAN–China" where
# the analyst types "China's", '"AI"' and "ASEAN-China" (and 中国—东盟 beside
# 中国-东盟): each is found by the other.  Full-width forms are NFKD's already.
# So are the Latin letters NFKD does not take apart: "Da Nang" finds "Đà Nẵng",
# "Lodz" "Łódź", "Soren" "Søren".
_AS_TYPED = {
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u02bc\u2032", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    "đ": "d", "ð": "d", "ł": "l", "ø": "o", "ħ": "h", "ŧ": "t", "ı": "i", "æ": "ae",
    "œ": "oe", "þ": "th",
}
_ANY_AS_TYPED = re.compile("[" + "".join(_AS_TYPED) + "]")


def _as_typed(text: str) -> str:
    """A folded ``text`` with its typographic marks and letters as typed
    ones.  A replace per mark found: str.translate looks every character up
    in its table (17 µs for a summary of 300 characters, more than the rest
    of ``fold``)."""
    if _ANY_AS_TYPED.search(text) is None:
        return text
    for mark, typed in _AS_TYPED.items():
        if mark in text:
            text = text.replace(mark, typed)
    return text


def without_accents(value: str) -> str:
    """The text decomposed and without its accents, as ``fold`` reads it
    (before its case and character set are folded)."""
    return _COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", value))


def fold(value: str) -> str:
    """The form both indexed text and queries are compared in.

    Runs of white space become one space, found by ``str.split``: the same
    white space as ``re``'s ``\\s``, and the 100 000 texts of an import were
    folded in 0.83 s instead of 1.37 s."""
    if value.isascii():
        return " ".join(value.lower().split())
    stripped = without_accents(value)
    simplified: str = _TO_SIMPLIFIED.convert(_as_typed(stripped.casefold()))
    return " ".join(simplified.split())


def fold_all(values: Sequence[str]) -> list[str]:
    """``fold`` of each value, the Chinese among them converted by OpenCC in
    one call: a decade's 30 000 titles, a third of them Chinese, were folded
    in 0.3 s one by one.  Runs of white space are joined first, so the line
    breaks that part the values in that call are theirs alone."""
    folded = [" ".join(value.lower().split()) if value.isascii() else "" for value in values]
    chinese = [place for place, value in enumerate(values) if not value.isascii()]
    if chinese:
        marked = (" ".join(_as_typed(_COMBINING_MARKS.sub("", unicodedata.normalize(
            "NFKD", values[place])).casefold()).split()) for place in chinese)
        converted = _TO_SIMPLIFIED.convert("\n".join(marked)).split("\n")
        for place, value in zip(chinese, converted, strict=True):
            folded[place] = " ".join(value.split())
    return folded


# -- building the folded text -------------------------------------------------

def participant_text(session: Session, participant_ids: Iterable[str]) -> dict[str, str]:
    ids = list(participant_ids)
    names: dict[str, list[str]] = {}
    for chunk in _chunks(ids):
        for pid, name, native in session.execute(
                select(Participant.id, Participant.name, Participant.native_name)
                .where(Participant.id.in_(chunk))):
            names[pid] = [name, native]
        for pid, alias in session.execute(
                select(ParticipantAlias.participant_id, ParticipantAlias.alias)
                .where(ParticipantAlias.participant_id.in_(chunk))
                .order_by(ParticipantAlias.sort_order)):
            names[pid].append(alias)
    return {pid: fold("\n".join(p for p in parts if p)) for pid, parts in names.items()}


def event_text(session: Session, event_ids: Iterable[str],
               participant_names: dict[str, str] | None = None) -> dict[str, str]:
    """The folded text of each event.  ``participant_names`` may carry folded
    participant names from earlier calls (a bulk import names the same
    participants again and again); it is filled in as names are read."""
    names = participant_names if participant_names is not None else {}
    ids = list(event_ids)
    if len(ids) >= WHOLE_TABLES_FROM:
        return _texts_from_whole_tables(session, set(ids), names)
    parts: dict[str, list[str]] = {}
    for chunk in _chunks(ids):
        for row in session.execute(select(Event.id, Event.title, Event.native_title,
                                          Event.summary, Event.place, Event.notes)
                                   .where(Event.id.in_(chunk))):
            parts[row[0]] = list(row[1:])
        for event_id, name in session.execute(
                select(EventTag.event_id, Tag.name).join(Tag, Tag.id == EventTag.tag_id)
                .where(EventTag.event_id.in_(chunk)).order_by(Tag.name)):
            parts[event_id].append(name)
        for event_id, publisher, title in session.execute(
                select(Source.event_id, Source.publisher, Source.title)
                .where(Source.event_id.in_(chunk)).order_by(Source.sort_order)):
            parts[event_id].extend((publisher, title))
        links = session.execute(select(EventParticipant.event_id, EventParticipant.participant_id)
                                .where(EventParticipant.event_id.in_(chunk))
                                .order_by(EventParticipant.sort_order)).all()
        names.update(participant_text(session, {pid for _, pid in links} - names.keys()))
        for event_id, pid in links:
            parts[event_id].append(names.get(pid, ""))
    return {eid: compose_event_text(texts) for eid, texts in parts.items()}


# From this many events on, their texts are read from whole tables in four
# plain queries rather than a chunk of ids at a time: 100 000 events (a batch
# change of all of them, Check database) in about 3 s instead of 4.5.
WHOLE_TABLES_FROM = 20_000


def _texts_from_whole_tables(session: Session, wanted: set[str],
                             names: dict[str, str]) -> dict[str, str]:
    """``event_text`` of the ``wanted`` events, reading every row of the tables
    their texts come from, in the same order (tags by name, sources and links
    by their place in the event's list)."""
    cursor = driver_cursor(session)
    parts: dict[str, list[str]] = {
        row[0]: list(row[1:]) for row in cursor.execute(
            "SELECT id, title, native_title, summary, place, notes FROM events")
        if row[0] in wanted}
    for event_id, name in cursor.execute(
            "SELECT event_tags.event_id, tags.name FROM event_tags JOIN tags "
            "ON tags.id = event_tags.tag_id ORDER BY tags.name"):
        if event_id in parts:
            parts[event_id].append(name)
    for event_id, publisher, title in cursor.execute(
            "SELECT event_id, publisher, title FROM sources ORDER BY sort_order"):
        if event_id in parts:
            parts[event_id].extend((publisher, title))
    links = [(event_id, pid) for event_id, pid in cursor.execute(
        "SELECT event_id, participant_id FROM event_participants ORDER BY sort_order")
        if event_id in parts]
    names.update(participant_text(session, {pid for _, pid in links} - names.keys()))
    for event_id, pid in links:
        parts[event_id].append(names.get(pid, ""))
    return {eid: compose_event_text(texts) for eid, texts in parts.items()}


def compose_event_text(parts: Iterable[str | None]) -> str:
    """An event's search text from its title, native title, summary, place and
    notes, then its tags by name, its sources' publishers and titles and its
    participants' folded names, each in their order."""
    return fold("\n".join(p for p in parts if p))


def _chunks(ids: list[str], size: int = 500) -> Iterable[list[str]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def driver_cursor(session: Session) -> Any:
    """The DB-API cursor of the session's connection, inside its transaction."""
    return session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]


def write_event_text(session: Session, texts: dict[str, str]) -> None:
    """Store the folded text of these events and index it.

    Changed rows are updated (a trigger re-indexes them).  New rows are
    indexed here with one INSERT ... SELECT, which is three times faster than
    a per-row trigger when an import adds 100 000 events.  A bulk import
    writes its new events' texts itself and indexes them with
    ``index_event_range``.
    """
    if not texts:
        return
    cursor = driver_cursor(session)
    ids = json.dumps(list(texts))
    existing = {row[0] for row in cursor.execute(
        "SELECT event_id FROM event_search WHERE event_id IN (SELECT value FROM json_each(?))",
        (ids,))}
    _update_texts(cursor, [(event_id, body) for event_id, body in texts.items()
                           if event_id in existing])
    seqs = dict(cursor.execute(
        "SELECT id, seq FROM events WHERE id IN (SELECT value FROM json_each(?))", (ids,)))
    new = [(seqs[event_id], event_id, body) for event_id, body in texts.items()
           if event_id not in existing]
    cursor.executemany("INSERT INTO event_search (rowid, event_id, body) VALUES (?, ?, ?)", new)
    # An edit or a small import: the default buffer is enough.
    with _larger_index_buffer(cursor) if len(new) >= 1000 else nullcontext(cursor):
        cursor.execute("INSERT INTO event_fts (rowid, body) SELECT rowid, body FROM event_search "
                       "WHERE rowid IN (SELECT value FROM json_each(?))",
                       (json.dumps([row[0] for row in new]),))


# Changed texts are staged here and written by one UPDATE.  The trigger that
# keeps the full-text index in step costs about 30 ms per *statement* on a
# 100 000-event index (FTS5 writes its pending changes out at the end of each),
# so an UPDATE a row took 3 minutes for 5 000 changed events; one statement
# for all of them takes about a second.
_CHANGED_TEXTS = ("CREATE TEMP TABLE IF NOT EXISTS changed_event_text "
                  "(event_id TEXT PRIMARY KEY, body TEXT NOT NULL)")
_UPDATE_CHANGED = (
    "UPDATE event_search SET body = (SELECT body FROM temp.changed_event_text AS c "
    "WHERE c.event_id = event_search.event_id) "
    "WHERE event_id IN (SELECT event_id FROM temp.changed_event_text) "
    "AND body IS NOT (SELECT body FROM temp.changed_event_text AS c "
    "WHERE c.event_id = event_search.event_id)")


def _update_texts(cursor: Any, rows: list[tuple[str, str]]) -> None:
    if not rows:
        return
    cursor.execute(_CHANGED_TEXTS)
    cursor.execute("DELETE FROM temp.changed_event_text")
    cursor.executemany("INSERT INTO temp.changed_event_text (event_id, body) VALUES (?, ?)",
                       rows)
    if len(rows) < _MANY_TEXTS:  # an edit, or a few: the trigger re-indexes them
        cursor.execute(_UPDATE_CHANGED)
    elif 2 * len(rows) < cursor.execute("SELECT count(*) FROM event_search").fetchone()[0]:
        with _larger_index_buffer(cursor):
            cursor.execute(_UPDATE_CHANGED)
    else:
        _rewrite_texts(cursor)
    cursor.execute("DELETE FROM temp.changed_event_text")


# Re-indexing a changed text removes its old trigrams and adds the new ones:
# about 0.5 ms a text with FTS5's default 1 MiB buffer, 0.14 ms with the bulk
# buffer (30 000 tagged events: 16 s against 4.5 s).  Building the whole index
# again takes about 0.07 ms an event, so past half the events that is cheaper.
_MANY_TEXTS = 1000


def _rewrite_texts(cursor: Any) -> None:
    """Update the staged texts with the re-indexing trigger off, then build
    the index again from every text (in the caller's transaction, so a failure
    rolls the trigger back too)."""
    trigger = cursor.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                             "AND name = 'event_search_au'").fetchone()[0]
    cursor.execute("DROP TRIGGER event_search_au")
    cursor.execute(_UPDATE_CHANGED)
    cursor.execute(trigger)
    with _larger_index_buffer(cursor):
        cursor.execute("INSERT INTO event_fts (event_fts) VALUES ('rebuild')")


def index_event_range(cursor: Any, first_rowid: int, end_rowid: int) -> None:
    """Index the search texts stored with rowids from ``first_rowid`` up to
    ``end_rowid`` (an event's rowid is its ``seq``, which only grows: a bulk
    import indexes the events it added a range at a time)."""
    cursor.execute("INSERT INTO event_fts (rowid, body) SELECT rowid, body FROM event_search "
                   "WHERE rowid >= ? AND rowid < ?", (first_rowid, end_rowid))


# FTS5 writes its index a segment at a time whenever its buffer of new terms
# holds this much (1 MiB by default), and merges segments as they pile up.
# Indexing 100 000 events with an 8 MiB buffer takes 5.7 s instead of 14 s
# (fewer, larger segments; far fewer merges) for about 10 MiB more memory.
_BULK_BUFFER = 8 << 20
_DEFAULT_BUFFER = 1 << 20


def set_index_buffer(cursor: Any, *, larger: bool) -> None:
    """Enlarge the full-text index's buffer while many rows are indexed at
    once, or set it back (the setting is stored with the index)."""
    cursor.execute("INSERT INTO event_fts (event_fts, rank) VALUES ('hashsize', ?)",
                   (_BULK_BUFFER if larger else _DEFAULT_BUFFER,))


@contextmanager
def _larger_index_buffer(cursor: Any) -> Iterator[Any]:
    """The full-text index's buffer enlarged for the statements in the block."""
    set_index_buffer(cursor, larger=True)
    try:
        yield cursor
    finally:
        set_index_buffer(cursor, larger=False)


def write_participant_text(session: Session, texts: dict[str, str]) -> None:
    driver_cursor(session).executemany(
        "INSERT INTO participant_search (participant_id, body) VALUES (?, ?) "
        "ON CONFLICT (participant_id) DO UPDATE SET body = excluded.body "
        "WHERE body IS NOT excluded.body", list(texts.items()))


# Event fields that are not part of its search text: a change of only these
# (a batch marking 100 000 events verified) leaves the text as it was.
_UNSEARCHED_FIELDS = frozenset(("status", "category", "event_type", "country", "date",
                                "date_note", "attendance", "attendance_qualifier"))


# Participant fields that are in no search text (the texts hold its names):
# setting the country of an organisation in 5 000 events re-indexes none of them.
_UNSEARCHED_PARTICIPANT_FIELDS = frozenset(("kind", "country", "position", "affiliation",
                                            "parent", "org_type", "notes"))


def _participants_with_other_names(report: ChangeReport) -> set[str]:
    """The participants whose names, native names or aliases the report may have changed."""
    return {change.record_id for change in report.changes
            if change.entity == "participant" and not (
                change.action == "update"
                and all(f.field in _UNSEARCHED_PARTICIPANT_FIELDS for f in change.fields))}


def _events_with_other_text(report: ChangeReport) -> set[str]:
    """The events whose search text the report may have changed."""
    events: set[str] = set()
    for change in report.changes:
        if change.event_id:
            events.add(change.event_id)
        elif change.entity == "event" and not (
                change.action == "update"
                and all(f.field in _UNSEARCHED_FIELDS for f in change.fields)):
            events.add(change.record_id)
    return events


def sync_after(session: Session, report: ChangeReport) -> None:
    """Bring the search text of every event and participant the report touched up to date."""
    deleted_events = report.ids("event", "delete")
    deleted_participants = report.ids("participant", "delete")
    if deleted_events:
        session.execute(delete(EventSearch).where(EventSearch.event_id.in_(deleted_events)))
    if deleted_participants:
        session.execute(delete(ParticipantSearch).where(
            ParticipantSearch.participant_id.in_(deleted_participants)))
    participants = _participants_with_other_names(report) - deleted_participants
    events = _events_with_other_text(report) - deleted_events
    if participants:
        write_participant_text(session, participant_text(session, participants))
        events |= set(session.scalars(select(EventParticipant.event_id).where(
            EventParticipant.participant_id.in_(participants))))
    if events:
        write_event_text(session, event_text(session, events))


def rebuild(session: Session) -> None:
    """Recompute the whole index from the base tables."""
    session.execute(delete(EventSearch))
    session.execute(delete(ParticipantSearch))
    session.execute(text("INSERT INTO event_fts(event_fts) VALUES ('delete-all')"))
    write_participant_text(session, participant_text(session, session.scalars(
        select(Participant.id)).all()))
    write_event_text(session, event_text(session, session.scalars(select(Event.id)).all()))


def fold_again(session: Session) -> None:
    """Compose again the search texts an earlier version folded with a
    typographic apostrophe, quote or dash, or a letter as đ, in them (``fold``
    now writes them as typed ones): a few of the texts, where a rebuild would
    compose them all (100 000 events).  An event naming a participant whose
    name holds one holds it too, so it is among them."""
    def holding(body: Any) -> Any:
        return or_(*(func.instr(body, mark) > 0 for mark in _AS_TYPED))

    participants = session.scalars(select(ParticipantSearch.participant_id).where(
        holding(ParticipantSearch.body))).all()
    events = session.scalars(select(EventSearch.event_id).where(holding(EventSearch.body))).all()
    write_participant_text(session, participant_text(session, participants))
    write_event_text(session, event_text(session, events))


def index_problems(session: Session) -> list[str]:
    """Differences between the index and what the base tables say it should hold."""
    problems: list[str] = []
    stored = {k: v for k, v in session.execute(select(EventSearch.event_id, EventSearch.body))}
    expected = event_text(session, session.scalars(select(Event.id)).all())
    for event_id in expected.keys() - stored.keys():
        problems.append(f"search index: event {event_id} is missing")
    for event_id in stored.keys() - expected.keys():
        problems.append(f"search index: event {event_id} no longer exists but is indexed")
    for event_id in expected.keys() & stored.keys():
        if expected[event_id] != stored[event_id]:
            problems.append(f"search index: event {event_id} is out of date")
    stored_p = {k: v for k, v in session.execute(
        select(ParticipantSearch.participant_id, ParticipantSearch.body))}
    expected_p = participant_text(session, session.scalars(select(Participant.id)).all())
    if stored_p != expected_p:
        problems.append("search index: participant names are out of date")
    try:
        session.execute(text("INSERT INTO event_fts(event_fts, rank) VALUES "
                             "('integrity-check', 1)"))
    except Exception as exc:  # the FTS module reports corruption as an error
        problems.append(f"search index: full-text index does not match its table ({exc})")
    return problems
