"""Searching the text of the sources' saved copies: what the articles said.

A saved copy (a PDF, a saved page, a text file) holds far more than the
event's summary: the speakers named in passing, the figures, the wording.
Its text is read once — a page's visible text, a PDF's text layer (pypdf), a
text file as it is; a picture has none — and kept, folded as search folds
it (case, accents, either Chinese character set), in ``copy-texts.sqlite``
beside the copies in ``files/``.  Like the copies, the index is keyed by
their SHA-256, so databases sharing a folder share it; it is derived, and
rebuilt by reading the copies again whenever it is missing or lags behind.

A search finds the copies holding every term (a trigram index, as the
events' search), and the sources and events citing them come from the
database.  Each match comes with a few words around the first term, from
the text as written where folding kept its length.
"""

from __future__ import annotations

import html.parser
import json
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from desktop.core.saved_copies import SavedCopies, copies_folder
from desktop.core.search import MIN_INDEXED_TERM, fold
from desktop.core.search_query import fts_phrase, parse_query

INDEX_NAME = "copy-texts.sqlite"
# The words shown around a term's first place: a few before it, more after.
SNIPPET_BEFORE, SNIPPET_AFTER = 40, 120
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS copies (rowid INTEGER PRIMARY KEY, sha256 TEXT UNIQUE NOT "
    "NULL, text TEXT NOT NULL, folded TEXT NOT NULL)",
    "CREATE VIRTUAL TABLE IF NOT EXISTS copies_fts USING fts5(folded, content='copies', "
    "content_rowid='rowid', tokenize='trigram')",
)
_PDF = (".pdf",)
_PAGES = (".html", ".htm", ".xhtml", ".mhtml")
_TEXTS = (".txt", ".md", ".csv")


@dataclass(frozen=True)
class CopyMatch:
    sha256: str
    snippet: str


@dataclass(frozen=True)
class CitedCopy:
    """A source whose saved copy matched, with the event citing it."""

    event_id: str
    event_title: str
    event_date: str
    publisher: str
    title: str
    copy_name: str
    sha256: str


def saved_copies_named(session: Session, event_ids: list[str] | None = None
                       ) -> list[tuple[str, str]]:
    """Every saved copy the sources (of these events) name: (sha256, name)."""
    query = "SELECT DISTINCT copy_sha256, copy_name FROM sources WHERE copy_sha256 IS NOT NULL"
    if event_ids is None:
        return [(sha, name or "") for sha, name in session.execute(sql(query))]
    return [(sha, name or "") for sha, name in session.execute(sql(
        query + " AND event_id IN (SELECT value FROM json_each(:ids))"),
        {"ids": json.dumps(event_ids)})]


def event_copy_texts(session: Session, texts: CopyTexts,
                     event_ids: list[str] | None) -> dict[str, str]:
    """The text of each event's saved copies (those read into ``texts``), one
    after the other, for these events (all when None)."""
    sql_text = ("SELECT DISTINCT event_id, copy_sha256 FROM sources WHERE copy_sha256 IS NOT "
                "NULL{where}")
    if event_ids is None:
        pairs = list(session.execute(sql(sql_text.format(where=""))))
    else:
        pairs = list(session.execute(sql(sql_text.format(
            where=" AND event_id IN (SELECT value FROM json_each(:ids))")),
            {"ids": json.dumps(event_ids)}))
    held = texts.texts({sha256 for _event, sha256 in pairs})
    joined: dict[str, list[str]] = {}
    for event_id, sha256 in pairs:
        if held.get(sha256):
            joined.setdefault(event_id, []).append(held[sha256])
    return {event_id: "\n".join(parts) for event_id, parts in joined.items()}


def sources_citing(session: Session, sha256s: list[str]) -> list[CitedCopy]:
    """The sources keeping these copies, with their events, in the events' order."""
    return [CitedCopy(*row) for row in session.execute(sql(
        "SELECT e.id, e.title, coalesce(e.date_edtf, ''), s.publisher, s.title, "
        "coalesce(s.copy_name, ''), s.copy_sha256 FROM sources AS s "
        "JOIN events AS e ON e.id = s.event_id "
        "WHERE s.copy_sha256 IN (SELECT value FROM json_each(:shas)) "
        "ORDER BY e.seq, s.sort_order"), {"shas": json.dumps(sha256s)})]


def extract_text(path: Path) -> str:
    """The readable text of a saved copy ("" for a picture or a file
    without a text layer); a file that cannot be read gives ""."""
    suffix = path.suffix.lower()
    try:
        with path.open("rb") as start:
            is_pdf = start.read(5) == b"%PDF-"
        if suffix in _PDF or is_pdf:
            return _pdf_text(path)
        if suffix in _PAGES:
            return _page_text(_decoded(path.read_bytes()))
        if suffix in _TEXTS:
            return _decoded(path.read_bytes())
    except (OSError, ValueError):
        return ""
    return ""


class CopyTexts:
    """The text index of the copies of one ``files/`` folder."""

    def __init__(self, database: Path) -> None:
        self.copies = SavedCopies(database)
        self.path = copies_folder(database) / INDEX_NAME

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=30)
        for statement in _SCHEMA:
            connection.execute(statement)
        return connection

    def missing(self, copies: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
        """Those of the (sha256, name) copies not read yet."""
        wanted = dict(copies)
        if not wanted:
            return []
        connection = self._connect()
        try:
            known = {sha for (sha,) in connection.execute("SELECT sha256 FROM copies")}
        finally:
            connection.close()
        return [(sha, name) for sha, name in wanted.items() if sha not in known]

    def read(self, copies: list[tuple[str, str]],
             progress: Callable[[int, int], None] | None = None) -> int:
        """Read the text of these copies into the index (a copy whose file is
        missing is left for later); return how many hold text."""
        connection = self._connect()
        holding = 0
        try:
            for done, (sha256, name) in enumerate(copies, start=1):
                path = self.copies.find(sha256, name)
                if path is None:
                    continue
                text = extract_text(path)
                folded = fold(text)
                holding += bool(folded)
                with connection:  # each copy stored whole, once
                    added = connection.execute(
                        "INSERT OR IGNORE INTO copies (sha256, text, folded) VALUES (?, ?, ?)",
                        (sha256, text, folded))
                    if added.rowcount:
                        connection.execute("INSERT INTO copies_fts (rowid, folded) VALUES (?, ?)",
                                           (added.lastrowid, folded))
                if progress is not None:
                    progress(done, len(copies))
        finally:
            connection.close()
        return holding

    def texts(self, sha256s: Iterable[str]) -> dict[str, str]:
        """The text read of each of these copies (those read)."""
        wanted = list(sha256s)
        if not wanted:
            return {}
        connection = self._connect()
        try:
            return dict(connection.execute(
                "SELECT sha256, text FROM copies WHERE sha256 IN "
                "(SELECT value FROM json_each(?))", (json.dumps(wanted),)))
        finally:
            connection.close()

    def search(self, query: str) -> list[CopyMatch]:
        """The copies whose text holds what the query wants (every term, or of
        terms joined by OR one) and none of what it leaves out ("-term"), each
        with the words around the first term."""
        searched = parse_query(query)
        if not searched:
            return []
        params: list[str] = []
        where = []
        for clause in searched.wanted:
            either = []
            for term in clause:
                either.append(_holding(term))
                params.append(_as_param(term))
            where.append(f"({' OR '.join(either)})")
        for term in searched.unwanted:
            where.append(f"NOT {_holding(term)}")
            params.append(_as_param(term))
        connection = self._connect()
        try:
            rows = connection.execute(
                f"SELECT sha256, text, folded FROM copies WHERE {' AND '.join(where)} "
                "ORDER BY rowid", params).fetchall()
        finally:
            connection.close()
        first = searched.terms()[0] if searched.wanted else ""
        return [CopyMatch(sha256, _snippet(text, folded, first))
                for sha256, text, folded in rows]


def _holding(term: str) -> str:
    """SQL true of a copy whose folded text holds the term (one parameter):
    through the trigram index, or for a term too short for it, by looking."""
    return ("rowid IN (SELECT rowid FROM copies_fts WHERE copies_fts MATCH ?)"
            if len(term) >= MIN_INDEXED_TERM else "instr(folded, ?) > 0")


def _as_param(term: str) -> str:
    return fts_phrase(term) if len(term) >= MIN_INDEXED_TERM else term


def _snippet(text: str, folded: str, term: str) -> str:
    """The words around the term's first place: from the text as written
    when folding kept its length (most texts), else from the folded text."""
    at = folded.find(term)
    spaced = _spaced(text)
    shown = spaced if len(spaced) == len(folded) else folded
    if at < 0:
        return shown[:SNIPPET_BEFORE + SNIPPET_AFTER]
    start, end = max(0, at - SNIPPET_BEFORE), at + len(term) + SNIPPET_AFTER
    return ("…" if start else "") + shown[start:end] + ("…" if end < len(shown) else "")


def _spaced(text: str) -> str:
    """Runs of white space made one space and the ends stripped, as fold does."""
    return re.sub(r"\s+", " ", text).strip()


def _decoded(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    import charset_normalizer

    best = charset_normalizer.from_bytes(raw).best()
    return str(best) if best is not None else raw.decode("latin-1")


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader  # only when a PDF is read
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, KeyError, TypeError, ValueError):
        return ""


class _VisibleText(html.parser.HTMLParser):
    """A page's visible text: what is between tags, less scripts and styles."""

    _HIDDEN = frozenset(("script", "style", "noscript", "template"))

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in self._HIDDEN:
            self.hidden += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN and self.hidden:
            self.hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def _page_text(markup: str) -> str:
    parser = _VisibleText()
    parser.feed(markup)
    parser.close()
    return " ".join(" ".join(parser.parts).split())
