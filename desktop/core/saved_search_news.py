"""What an import brought to the analyst's saved searches.

Saved searches are how an analyst follows a topic ("Laos AI", "BRICS
digital"); after a colleague's file is merged in, the first question is what
it added there.  Each saved search is counted before and after, and those
that gained events are named with how many ("New in saved searches: Laos AI
(+3), BRICS digital (+1)").
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.filters import EventFilter
from desktop.core.listing import event_rowids
from desktop.core.models import SavedSearch

NAMED = 8  # saved searches named in the note; the rest are counted


def saved_search_counts(session: Session) -> dict[str, int]:
    """How many events each saved search finds now."""
    return {name: len(event_rowids(session, EventFilter.from_json(definition)))
            for name, definition in session.execute(
                select(SavedSearch.name, SavedSearch.definition))}


def news_note(before: dict[str, int], after: dict[str, int]) -> str:
    """The saved searches that gained events, the most first; "" for none."""
    gained = sorted(((name, count - before.get(name, 0)) for name, count in after.items()
                     if count > before.get(name, 0)),
                    key=lambda item: (-item[1], item[0].casefold()))
    if not gained:
        return ""
    named = ", ".join(f"{name} (+{count:,})" for name, count in gained[:NAMED])
    more = f" and {len(gained) - NAMED} more" if len(gained) > NAMED else ""
    return f"New in saved searches: {named}{more}."
