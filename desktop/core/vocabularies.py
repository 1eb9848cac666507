"""The vocabularies a new database starts with (analysts extend them freely),
and how many records have each value."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.changes import ChangeReport
from desktop.core.former_terms import former_terms
from desktop.core.models import Event, EventParticipant, Participant, VocabularyTerm
from desktop.core.operations import Operations
from desktop.core.place_variants import place_groups

DEFAULT_TERMS: dict[str, tuple[str, ...]] = {
    "category": (
        "AI Engagement Activity", "Technology Cooperation", "Media and Culture",
        "Diplomacy", "Trade and Investment", "Education and Research",
    ),
    "event_type": (
        "forum", "summit", "conference", "seminar", "agreement signing", "partnership",
        "announcement", "joint centre", "model deployment", "visit",
    ),
    "role": (
        "host", "co-host", "organizer", "executive organizer", "co-organizer", "signatory",
        "witness", "speaker", "attendee", "participant", "representative", "spokesperson",
        "established (outcome)", "subject", "mentioned",
    ),
    "org_type": (
        "government", "state-owned enterprise", "company", "media", "academic",
        "think tank", "international organization", "NGO",
    ),
}


def existing_terms(ops: Operations) -> dict[str, set[str]]:
    """Every vocabulary's values, folded to lower case."""
    terms: dict[str, set[str]] = {name: set() for name in DEFAULT_TERMS}
    with ops.store.session() as session:
        for vocabulary, value in session.execute(
                select(VocabularyTerm.vocabulary, VocabularyTerm.value)):
            terms.setdefault(vocabulary, set()).add(value.lower())
    return terms


def add_missing_terms(ops: Operations, wanted: dict[str, list[str]] | dict[str, tuple[str, ...]]
                      ) -> ChangeReport:
    """Add each wanted value that its vocabulary lacks — but an old name of a
    value renamed or merged away here, which names that value; in one
    transaction."""
    have = existing_terms(ops)
    with ops.store.session() as session:
        for vocabulary, folded in former_terms(session):
            have.setdefault(vocabulary, set()).add(folded)
    with ops.batch() as report:
        for vocabulary, values in wanted.items():
            for value in values:
                if value.lower() not in have.setdefault(vocabulary, set()):
                    ops.add_term(vocabulary, value)
                    have[vocabulary].add(value.lower())
    return report


@dataclass(frozen=True)
class TermUse:
    """A vocabulary value and how many records have it."""

    id: str
    value: str
    uses: int


# What holds each vocabulary's values, and what a use of one is called (one, several).
USED_BY = {"category": (Event.category_id, "event", "events"),
           "event_type": (Event.event_type_id, "event", "events"),
           "role": (EventParticipant.role_id, "participant in an event", "participants in events"),
           "org_type": (Participant.org_type_id, "participant", "participants")}


def term_uses(session: Session, vocabulary: str) -> list[TermUse]:
    """The vocabulary's values in their order, each with its count of uses."""
    column = USED_BY[vocabulary][0]
    counts: dict[str | None, int] = {
        term_id: count for term_id, count in session.execute(
            select(column, func.count()).where(column.is_not(None)).group_by(column))}
    return [TermUse(term_id, value, counts.get(term_id, 0)) for term_id, value in session.execute(
        select(VocabularyTerm.id, VocabularyTerm.value)
        .where(VocabularyTerm.vocabulary == vocabulary)
        .order_by(VocabularyTerm.sort_order, VocabularyTerm.value))]


def values_alike(session: Session, vocabulary: str, value: str) -> list[str]:
    """The vocabulary's values that look like ``value`` written another way
    ("cohost", "Co host" and "co-host"; "Joint center" and "joint centre"),
    as Tidy places and Tidy tags group spellings: adding such a value splits
    the events between two names of one thing."""
    wanted = " ".join(value.split())
    values = list(session.scalars(select(VocabularyTerm.value).where(
        VocabularyTerm.vocabulary == vocabulary).order_by(VocabularyTerm.sort_order,
                                                          VocabularyTerm.value)))
    for group in place_groups({name: 0 for name in [*values, wanted]}):
        spellings = [variant.place for variant in group.variants]
        if wanted in spellings:
            return [name for name in values if name in spellings and name != wanted]
    return []
