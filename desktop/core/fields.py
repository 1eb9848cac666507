"""The editable fields of each record: how a value is checked and shown.

The operations layer applies these specs to every create and update, so the
form, the command line and import all obey the same rules.  A cleaner turns
what the caller gave into the column's value or raises ValueError with the
reason; a shower turns a column's value into the text the change log keeps.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlparse

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.countries import country_code
from desktop.core.dates import DateError
from desktop.core.former_terms import former_terms
from desktop.core.friendly_dates import as_edtf, to_edtf
from desktop.core.models import (
    EVENT_STATUSES,
    PARTICIPANT_KINDS,
    QUALIFIERS,
    RELATION_KINDS,
    Event,
    Participant,
    VocabularyTerm,
)
from desktop.core.wording import json_kind

Cleaner = Callable[[Any, Session], Any]
Shower = Callable[[Any, Session], "str | None"]


def _show_plain(value: Any, _session: Session) -> str | None:
    return None if value is None else str(value)


@dataclass(frozen=True)
class FieldSpec:
    """``as_input`` turns a column value back into what ``clean`` accepts
    (a vocabulary term's id into its value); by default the value itself."""

    column: str
    clean: Cleaner
    show: Shower = _show_plain
    to_input: Shower | None = None

    def as_input(self, value: Any, session: Session) -> Any:
        return self.to_input(value, session) if self.to_input else value


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError(f"must be a text, not {json_kind(value)}")
    if "\x00" in value:
        # Other tools cut text at a NUL; nothing an analyst types contains one.
        raise ValueError("contains a NUL character")
    cleaned: str = value.strip()
    while cleaned and (cleaned[0] in _INVISIBLE or cleaned[-1] in _INVISIBLE):
        cleaned = cleaned.strip(_INVISIBLE).strip()  # spaces between them too
    return cleaned


# Characters that take no room, at either end of a value copied from a web
# page or a PDF: a title of zero-width spaces alone passed "is required" and
# showed as a blank row.  Left-to-right and right-to-left marks stay: they
# may be what places an Arabic or Hebrew name right.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


MAX_ID_LENGTH = 200
# Unicode's control characters (category Cc), as one search: every id of an
# import is checked (420 000 of them with 100 000 events).
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def check_id(value: str) -> str:
    """A record's id as a file gives it: any text a person could copy, not
    empty, without control characters (a NUL is cut by other tools and by
    SQLite's JSON functions, and the record could not be found again)."""
    if not value or len(value) > MAX_ID_LENGTH or _CONTROL.search(value):
        shown = value if len(value) <= 40 else value[:40] + "…"
        raise ValueError(f"{shown!r} is not a usable id (1 to {MAX_ID_LENGTH} characters, "
                         "none of them control characters)")
    return value


# Line breaks and tabs in a one-line field (a title copied out of a PDF, a
# spreadsheet cell written on two lines): each run of them with the spaces
# around it is one space, as the field shows it, or nothing between two
# Chinese characters, which no space parts.  Spaces of other widths
# (no-break, ideographic) stay as typed.
_BREAKS = re.compile(r"[ \t]*[\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]+[ \t]*")


def one_line(value: str) -> str:
    return value if value.isprintable() else _BREAKS.sub(
        lambda found: "" if _wide(value[found.start() - 1:found.start()])
        and _wide(value[found.end():found.end() + 1]) else " ", value)


def _wide(character: str) -> bool:
    return bool(character) and unicodedata.east_asian_width(character) in ("W", "F")


def text(*, required: bool = False, max_length: int = 100_000,
         single_line: bool = False) -> Cleaner:
    def clean(value: Any, _session: Session) -> str:
        cleaned = one_line(_as_text(value)) if single_line else _as_text(value)
        if required and not cleaned:
            raise ValueError("is required")
        if len(cleaned) > max_length:
            raise ValueError(f"is longer than {max_length} characters")
        return cleaned
    return clean


def choice(values: tuple[str, ...], *, optional: bool = False,
           spellings: dict[str, str] | None = None) -> Cleaner:
    """One of ``values``, in any case, with spaces or hyphens for
    underscores, or one of the other ``spellings`` of them."""
    def clean(value: Any, _session: Session) -> str | None:
        cleaned = _as_text(value).lower().replace(" ", "_").replace("-", "_")
        if not cleaned and optional:
            return None
        cleaned = (spellings or {}).get(cleaned, cleaned)
        if cleaned not in values:
            raise ValueError(f"'{value}' is not one of: {', '.join(values)}" if cleaned else
                             f"must be one of: {', '.join(values)}")
        return cleaned
    return clean


def clean_country(value: Any, _session: Session) -> str | None:
    cleaned = _as_text(value)
    return country_code(cleaned) if cleaned else None


def clean_count(value: Any, _session: Session) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError("expected a whole number")
    try:
        number = int(str(value).replace(",", "").strip())
    except ValueError:
        raise ValueError(f"'{value}' is not a whole number") from None
    if number < 0:
        raise ValueError("cannot be negative")
    return number


def required_count(value: Any, session: Session) -> int:
    number = clean_count(value, session)
    if number is None:
        raise ValueError("is required")
    return number


def clean_edtf(value: Any, _session: Session) -> str | None:
    cleaned = _as_text(value)
    if not cleaned:
        return None
    # Valid EDTF is kept as it is (a record's stored date, a colleague's file);
    # other text is read as typed.  The two differ where the friendly reader
    # asks rather than reads EDTF: "2025-26" is a season code.
    if (stored := as_edtf(cleaned)) is not None:
        return stored.edtf
    try:
        return to_edtf(cleaned).edtf
    except DateError as exc:
        raise ValueError(str(exc)) from None


def clean_day(value: Any, _session: Session) -> str | None:
    cleaned = _as_text(value)
    if not cleaned:
        return None
    try:
        return date.fromisoformat(cleaned).isoformat()
    except ValueError:
        pass
    try:  # as the article prints it: "May 25, 2025", "2025年5月25日"
        parsed = to_edtf(cleaned)
    except DateError as exc:
        raise ValueError(str(exc)) from None
    if parsed.is_interval or parsed.precision != "day" or parsed.start is None or (
            parsed.uncertain or parsed.approximate):
        raise ValueError(f"'{cleaned}' is not one day (write it as 2025-05-25)")
    return parsed.start.isoformat()


def clean_url(value: Any, _session: Session) -> str:
    cleaned = _as_text(value)
    if not cleaned:
        return ""
    parsed = urlparse(cleaned)
    if parsed.scheme not in ("http", "https") or not parsed.netloc or " " in cleaned:
        raise ValueError(f"'{cleaned}' is not a web address (http:// or https://)")
    return cleaned


def clean_sha256(value: Any, _session: Session) -> str | None:
    cleaned = _as_text(value).lower()
    if not cleaned:
        return None
    if not re.fullmatch(r"[0-9a-f]{64}", cleaned):
        raise ValueError(f"'{cleaned[:70]}' is not a SHA-256 (64 hexadecimal digits)")
    return cleaned


def optional_text(value: Any, _session: Session) -> str | None:
    cleaned = _as_text(value)
    if len(cleaned) > 1000:
        raise ValueError("is longer than 1000 characters")
    return cleaned or None


def term_named(session: Session, vocabulary: str, value: str) -> str | None:
    """The id of the vocabulary's term of this value, any case — compared in
    Python: SQLite's ``lower()`` folds A–Z alone, so "Éxpo" was not "éxpo"."""
    wanted = value.casefold()
    return next((term_id for term_id, term in session.execute(
        select(VocabularyTerm.id, VocabularyTerm.value)
        .where(VocabularyTerm.vocabulary == vocabulary)) if term.casefold() == wanted), None)


def vocabulary(name: str) -> tuple[Cleaner, Shower]:
    """A value of an analyst-extensible vocabulary, stored as the term's id."""
    def clean(value: Any, session: Session) -> str | None:
        cleaned = _as_text(value)
        if not cleaned:
            return None
        # An old name of a value renamed or merged away here is that value.
        term_id = term_named(session, name, cleaned) or former_terms(session).get(
            (name, cleaned.casefold()))
        if term_id is None:
            label = name.replace("_", " ")
            raise ValueError(f"'{cleaned}' is not a known {label}; add it to the "
                             f"{label} vocabulary first")
        return term_id

    def show(term_id: Any, session: Session) -> str | None:
        return None if term_id is None else session.get(VocabularyTerm, term_id).value  # type: ignore[union-attr]
    return clean, show


def participant_reference(value: Any, session: Session) -> str | None:
    cleaned = _as_text(value)
    if not cleaned:
        return None
    if session.get(Participant, cleaned) is None:
        raise ValueError(f"no participant has the id {cleaned}")
    return cleaned


def event_reference(value: Any, session: Session) -> str:
    cleaned = _as_text(value)
    if not cleaned:
        raise ValueError("is required")
    if session.get(Event, cleaned) is None:
        raise ValueError(f"no event has the id {cleaned}")
    return cleaned


def show_event(event_id: Any, session: Session) -> str | None:
    if event_id is None:
        return None
    event = session.get(Event, event_id)
    return event.title if event else str(event_id)


def show_participant(participant_id: Any, session: Session) -> str | None:
    if participant_id is None:
        return None
    participant = session.get(Participant, participant_id)
    return participant.name if participant else str(participant_id)


def _vocabulary_field(column: str, name: str) -> FieldSpec:
    clean, show = vocabulary(name)
    return FieldSpec(column, clean, show, to_input=show)


EVENT_FIELDS: dict[str, FieldSpec] = {
    "title": FieldSpec("title", text(required=True, max_length=1000, single_line=True)),
    "native_title": FieldSpec("native_title", text(max_length=1000, single_line=True)),
    "category": _vocabulary_field("category_id", "category"),
    "event_type": _vocabulary_field("event_type_id", "event_type"),
    "date": FieldSpec("date_edtf", clean_edtf),
    "date_note": FieldSpec("date_note", text()),
    "place": FieldSpec("place", text(max_length=1000, single_line=True)),
    "country": FieldSpec("country", clean_country),
    "summary": FieldSpec("summary", text()),
    "attendance": FieldSpec("attendance", clean_count),
    "attendance_qualifier": FieldSpec(
        "attendance_qualifier", choice(QUALIFIERS, optional=True)),
    "status": FieldSpec("status", choice(EVENT_STATUSES)),
    "notes": FieldSpec("notes", text()),
}

PARTICIPANT_FIELDS: dict[str, FieldSpec] = {
    # British spelling, as many of the region's own documents write it
    "kind": FieldSpec("kind", choice(PARTICIPANT_KINDS,
                                     spellings={"organisation": "organization"})),
    "name": FieldSpec("name", text(required=True, max_length=1000, single_line=True)),
    "native_name": FieldSpec("native_name", text(max_length=1000, single_line=True)),
    "country": FieldSpec("country", clean_country),
    "position": FieldSpec("position", text(max_length=1000, single_line=True)),
    "affiliation": FieldSpec("affiliation_id", participant_reference, show_participant),
    "parent": FieldSpec("parent_id", participant_reference, show_participant),
    "org_type": _vocabulary_field("org_type_id", "org_type"),
    "notes": FieldSpec("notes", text()),
}

# A child's place in its event's list (participants, sources, figures).
ORDER_FIELD = FieldSpec("sort_order", required_count)

LINK_FIELDS: dict[str, FieldSpec] = {
    "role": _vocabulary_field("role_id", "role"),
    "note": FieldSpec("note", text(max_length=1000)),
    "order": ORDER_FIELD,
}

SOURCE_FIELDS: dict[str, FieldSpec] = {
    "publisher": FieldSpec("publisher", text(max_length=1000, single_line=True)),
    "title": FieldSpec("title", text(max_length=2000, single_line=True)),
    "url": FieldSpec("url", clean_url),
    "published": FieldSpec("published", clean_edtf),
    "accessed": FieldSpec("accessed", clean_day),
    "note": FieldSpec("note", text()),
    "order": ORDER_FIELD,
    # a saved copy of the article (saved_copies): its SHA-256 and file name
    "copy_sha256": FieldSpec("copy_sha256", clean_sha256),
    "copy_name": FieldSpec("copy_name", optional_text),
}

FIGURE_FIELDS: dict[str, FieldSpec] = {
    "value": FieldSpec("value", required_count),
    "qualifier": FieldSpec("qualifier", choice(QUALIFIERS)),
    "unit": FieldSpec("unit", text(required=True, max_length=200)),
    "note": FieldSpec("note", text(max_length=1000)),
    "order": ORDER_FIELD,
}

# The event ("related") is checked against the store; the kind is read from
# the holding event's side (see ``relations``).
RELATION_FIELDS: dict[str, FieldSpec] = {
    "related": FieldSpec("related_id", event_reference, show_event),
    "kind": FieldSpec("kind", choice(RELATION_KINDS)),
    "note": FieldSpec("note", text(max_length=1000)),
    "order": ORDER_FIELD,
}
