"""A search and its filters in words, as a reader of a report needs them:
what a picture or a table drawn from them shows ("Search “Laos”; country:
China, Laos; status: needs review").

Each facet names its values as the filters beside the list show them: terms
and tags by their names, participants by theirs, countries by their short
names.  Facets are given in the order of the filter panel.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from desktop.core.countries import country_name
from desktop.core.filters import EventFilter
from desktop.core.models import Participant, Tag, VocabularyTerm
from desktop.core.relation_labels import RELATION_FACETS
from desktop.core.wording import STATUS_LABELS


def filter_in_words(session: Session, event_filter: EventFilter, *,
                    sentence: bool = True) -> str:
    """The filter as a line of text, begun as a sentence (or, not, to follow
    other words); "" when it keeps every event."""
    parts: list[str] = []
    if event_filter.text.strip():
        parts.append(f"search “{event_filter.text.strip()}”")
    if event_filter.date_from or event_filter.date_to:
        start = event_filter.date_from.isoformat() if event_filter.date_from else "…"
        end = event_filter.date_to.isoformat() if event_filter.date_to else "…"
        parts.append(f"dates {start} to {end}")
    named = (
        ("status", [STATUS_LABELS.get(key, key).lower() for key in event_filter.status]),
        ("country", [country_name(code) for code in event_filter.country]),
        ("category", _names(session, VocabularyTerm.value, VocabularyTerm.id,
                            event_filter.category)),
        ("event type", _names(session, VocabularyTerm.value, VocabularyTerm.id,
                              event_filter.event_type)),
        ("tag", _names(session, Tag.name, Tag.id, event_filter.tag)),
        ("source", list(event_filter.publisher)),
        ("relations", [RELATION_FACETS.get(key, key).lower()
                       for key in event_filter.relation]),
    )
    parts.extend(f"{facet}: {', '.join(sorted(values, key=str.casefold))}"
                 for facet, values in named if values)
    if event_filter.participant:
        people = ", ".join(sorted(_names(session, Participant.name, Participant.id,
                                         event_filter.participant), key=str.casefold))
        under = " and those under it" if event_filter.with_members else ""
        parts.append(f"participant: {people}{under}")
    if event_filter.changed_since:
        parts.append(f"changed here since {event_filter.changed_since.isoformat()}")
    text = "; ".join(parts)
    return text[:1].upper() + text[1:] if sentence else text


def _names(session: Session, name: InstrumentedAttribute[str],
           key: InstrumentedAttribute[str], ids: Iterable[str]) -> list[str]:
    """The names of the records with these ids; an id no longer found is
    given as it is (the filter still holds it)."""
    wanted = list(ids)
    if not wanted:
        return []
    found = {record_id: value for record_id, value in
             session.execute(select(key, name).where(key.in_(wanted)))}
    return [found.get(record_id, record_id) for record_id in wanted]
