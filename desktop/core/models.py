"""The store's tables as SQLAlchemy typed models.

Every record has a stable UUID (text) that survives export and import, and
``created_at``/``updated_at`` (UTC ISO 8601) and ``updated_by`` (the analyst).
The schema itself is created and changed only by the Alembic migrations in
``desktop/core/migrations``; a test checks that they agree with these models.
"""

from __future__ import annotations

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Re-exported: defined where modules without SQLAlchemy can read them.
from desktop.core.record_basics import VOCABULARIES as VOCABULARIES
from desktop.core.record_basics import utc_now as utc_now
from desktop.core.record_ids import new_id as new_id
from desktop.core.relation_labels import RELATION_KINDS as RELATION_KINDS

PARTICIPANT_KINDS = ("person", "organization", "country", "group")
EVENT_STATUSES = ("draft", "needs_review", "verified")
QUALIFIERS = ("exact", "approximately", "more_than", "at_least")

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Stamped:
    """Columns every top-level record carries."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[str] = mapped_column(String(32), default=utc_now)
    updated_at: Mapped[str] = mapped_column(String(32), default=utc_now)
    updated_by: Mapped[str] = mapped_column(String(200), default="")


class VocabularyTerm(Stamped, Base):
    """A value of one of the analyst-extensible vocabularies."""

    __tablename__ = "vocabulary_terms"
    __table_args__ = (
        UniqueConstraint("vocabulary", "value"),
        CheckConstraint(_in("vocabulary", VOCABULARIES), name="vocabulary"),
    )
    vocabulary: Mapped[str] = mapped_column(String(20))
    value: Mapped[str] = mapped_column(String(200))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Event(Stamped, Base):
    """An engagement activity: a forum, summit, signing, joint centre..."""

    __tablename__ = "events"
    __table_args__ = (
        CheckConstraint(_in("status", EVENT_STATUSES), name="status"),
        CheckConstraint(
            f"attendance_qualifier IS NULL OR {_in('attendance_qualifier', QUALIFIERS)}",
            name="attendance_qualifier",
        ),
        CheckConstraint("attendance IS NULL OR attendance >= 0", name="attendance"),
        Index("ix_events_date", "date_start", "date_end", "date_precision"),
        # Facet counts read this instead of the (wide) table rows.
        Index("ix_events_facets", "country", "status", "category_id", "event_type_id", "id"),
        # The places written, and the country events at a place have (the
        # form's completer and suggestion, Tidy places): read from the index.
        Index("ix_events_place_country", "place", "country"),
    )
    # A stable integer key (unlike SQLite's rowid, VACUUM never renumbers it):
    # the search index and the list views address events by it.
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    title: Mapped[str] = mapped_column(Text)
    # The title in the language the event was held or reported in (中国—东盟
    # 人工智能合作论坛), beside the working title analysts write in.
    native_title: Mapped[str] = mapped_column(Text, default="")
    category_id: Mapped[str | None] = mapped_column(
        ForeignKey("vocabulary_terms.id", ondelete="RESTRICT"), index=True)
    event_type_id: Mapped[str | None] = mapped_column(
        ForeignKey("vocabulary_terms.id", ondelete="RESTRICT"), index=True)
    date_edtf: Mapped[str | None] = mapped_column(String(100))
    date_start: Mapped[str | None] = mapped_column(String(10))
    date_end: Mapped[str | None] = mapped_column(String(10))
    date_precision: Mapped[str | None] = mapped_column(String(10))
    date_note: Mapped[str] = mapped_column(Text, default="")
    place: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    attendance: Mapped[int | None] = mapped_column(Integer)
    attendance_qualifier: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default="draft")
    notes: Mapped[str] = mapped_column(Text, default="")

    links: Mapped[list[EventParticipant]] = relationship(
        back_populates="event", order_by="EventParticipant.sort_order",
        cascade="all, delete-orphan", passive_deletes=True)
    sources: Mapped[list[Source]] = relationship(
        order_by="Source.sort_order", cascade="all, delete-orphan", passive_deletes=True)
    figures: Mapped[list[EventFigure]] = relationship(
        order_by="EventFigure.sort_order", cascade="all, delete-orphan", passive_deletes=True)
    # Only the relations this event holds; those naming it from another event
    # are read with ``relations.relations_of``.
    relations: Mapped[list[EventRelation]] = relationship(
        order_by="EventRelation.sort_order", cascade="all, delete-orphan",
        passive_deletes=True, foreign_keys="EventRelation.event_id")
    tags: Mapped[list[Tag]] = relationship(secondary="event_tags", order_by="Tag.name")


class Participant(Stamped, Base):
    """A person, organisation, country or group that takes part in events."""

    __tablename__ = "participants"
    __table_args__ = (CheckConstraint(_in("kind", PARTICIPANT_KINDS), name="kind"),)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(Text, index=True)
    native_name: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str | None] = mapped_column(String(2))
    position: Mapped[str] = mapped_column(Text, default="")
    affiliation_id: Mapped[str | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL"), index=True)
    parent_id: Mapped[str | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL"), index=True)
    org_type_id: Mapped[str | None] = mapped_column(
        ForeignKey("vocabulary_terms.id", ondelete="RESTRICT"))
    notes: Mapped[str] = mapped_column(Text, default="")

    aliases: Mapped[list[ParticipantAlias]] = relationship(
        order_by="ParticipantAlias.sort_order", cascade="all, delete-orphan",
        passive_deletes=True)


class ParticipantAlias(Base):
    """Another name of a participant: script variant, acronym, spelling."""

    __tablename__ = "participant_aliases"
    __table_args__ = (UniqueConstraint("participant_id", "alias"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    participant_id: Mapped[str] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(Text)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class EventParticipant(Stamped, Base):
    """A participant's part in an event: its role, a note, its place in the list."""

    __tablename__ = "event_participants"
    __table_args__ = (Index("ix_event_participants_event_order", "event_id", "sort_order"),)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    participant_id: Mapped[str] = mapped_column(
        ForeignKey("participants.id", ondelete="RESTRICT"), index=True)
    role_id: Mapped[str | None] = mapped_column(
        ForeignKey("vocabulary_terms.id", ondelete="RESTRICT"))
    note: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    event: Mapped[Event] = relationship(back_populates="links")
    participant: Mapped[Participant] = relationship()


class Source(Stamped, Base):
    """Where an event's facts come from."""

    __tablename__ = "sources"
    __table_args__ = (Index("ix_sources_event_order", "event_id", "sort_order"),)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    publisher: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[str | None] = mapped_column(String(100))
    accessed: Mapped[str | None] = mapped_column(String(10))
    note: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    # A saved copy of what the source says (see saved_copies): its SHA-256 and
    # the name the file had; both None without one.
    copy_sha256: Mapped[str | None] = mapped_column(String(64))
    copy_name: Mapped[str | None] = mapped_column(Text)


class EventFigure(Stamped, Base):
    """A reported figure beyond attendance: "more than 40 countries"."""

    __tablename__ = "event_figures"
    __table_args__ = (CheckConstraint(_in("qualifier", QUALIFIERS), name="qualifier"),
                      Index("ix_event_figures_event_order", "event_id", "sort_order"))
    event_id: Mapped[str] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    value: Mapped[int] = mapped_column(Integer)
    qualifier: Mapped[str] = mapped_column(String(20), default="exact")
    unit: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class EventRelation(Stamped, Base):
    """One event's relation to another, held by the first ("this signing is
    part of that summit"); the other shows it the other way round ("includes")."""

    __tablename__ = "event_relations"
    __table_args__ = (CheckConstraint(_in("kind", RELATION_KINDS), name="kind"),
                      CheckConstraint("event_id <> related_id", name="not_itself"),
                      UniqueConstraint("event_id", "related_id"),
                      Index("ix_event_relations_event_order", "event_id", "sort_order"))
    event_id: Mapped[str] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    related_id: Mapped[str] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="related")
    note: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Tag(Base):
    __tablename__ = "tags"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class EventTag(Base):
    __tablename__ = "event_tags"
    event_id: Mapped[str] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    tag_id: Mapped[str] = mapped_column(
        ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True)


class ChangeLogEntry(Base):
    """One field of one record changed by one operation: who, when, old, new."""

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_record", "record_id", "at"),
                      Index("ix_change_log_event", "event_id", "at"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    operation_id: Mapped[str] = mapped_column(String(36))
    at: Mapped[str] = mapped_column(String(32))
    by: Mapped[str] = mapped_column(String(200))
    entity: Mapped[str] = mapped_column(String(30))
    record_id: Mapped[str] = mapped_column(String(36))
    # For a link, source or figure: the event it belongs to (its history shows it).
    event_id: Mapped[str | None] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(10))
    field: Mapped[str] = mapped_column(String(50), default="")
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)


class ImportRecord(Base):
    """An operation that stored a file merged in: the change log's entries of
    that operation hold what the file held (merge_sides.py)."""

    __tablename__ = "imports"
    operation_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    source: Mapped[str] = mapped_column(Text)  # the file's name
    at: Mapped[str] = mapped_column(String(32))


class EventSearch(Base):
    """Folded text of one event, indexed by the FTS5 table ``event_fts``.

    Its rowid is the event's ``seq``.  Written only by ``desktop.core.search``
    on behalf of the operations layer.
    """

    __tablename__ = "event_search"
    rowid: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    event_id: Mapped[str] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), unique=True)
    body: Mapped[str] = mapped_column(Text)


class ParticipantSearch(Base):
    """Folded names, native names and aliases of one participant."""

    __tablename__ = "participant_search"
    participant_id: Mapped[str] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True)
    body: Mapped[str] = mapped_column(Text)


class SavedSearch(Stamped, Base):
    """A named query with its filters, as JSON, shown in the side panel."""

    __tablename__ = "saved_searches"
    name: Mapped[str] = mapped_column(String(200), unique=True)
    definition: Mapped[str] = mapped_column(Text)


class NotDuplicate(Stamped, Base):
    """An analyst's decision that two participants (or two events) are not one:
    never proposed as duplicates again.  ``first_id`` < ``second_id``; no
    foreign keys, so a decision survives either record being merged away."""

    __tablename__ = "not_duplicates"
    __table_args__ = (
        UniqueConstraint("kind", "first_id", "second_id"),
        CheckConstraint("kind IN ('participant', 'event')", name="kind"),
        CheckConstraint("first_id < second_id", name="ordered"),
    )
    kind: Mapped[str] = mapped_column(String(20))
    first_id: Mapped[str] = mapped_column(String(36))
    second_id: Mapped[str] = mapped_column(String(36))
