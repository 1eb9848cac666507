"""What a curator checks before sending a dataset: the events and
participants it still lacks something for, each kind with the records
concerned.

Events with no date, no country, no source, no participant, no summary;
dates far from all the others (a year typed wrong); places in another
country than the event's (a town or region of it, read as the form reads
one: ``place_countries``); events whose sources
all come from one publisher, or have no saved copy (the page may change or
vanish); dates in dispute or uncertain; drafts.  Participants with no country, and
participants in no event.  Each is one query (a scan of 100 000 rows takes a
few hundredths of a second), in the order the records were added, so that
the window can choose them in their list to mend them together.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from desktop.core.place_countries import countries_of_places
from desktop.core.search import driver_cursor


@dataclass(frozen=True)
class Gap:
    key: str
    label: str  # "Events with no source"
    advice: str  # what to do about it
    ids: tuple[str, ...]  # of events, or of participants when ``of`` says so
    of: str = "event"


# key, label, advice, the condition on events (no parameters)
_GAPS = (
    ("no_date", "Events with no date",
     "Give even a partial date: a year (2025), a month (Feb 2025) or a span.",
     "coalesce(e.date_edtf, '') = ''"),
    ("no_country", "Events with no country",
     "Say where it took place (the country field finds countries by name).",
     "e.country IS NULL OR e.country = ''"),
    ("no_source", "Events with no source",
     "Add where it was reported: publisher, title, link.",
     "NOT EXISTS (SELECT 1 FROM sources AS s WHERE s.event_id = e.id)"),
    ("one_publisher", "Events resting on one publisher",
     "All their sources come from one publisher: add an independent report where one "
     "exists, or say in the notes that none does.",
     "(SELECT count(DISTINCT s.publisher) FROM sources AS s "
     "WHERE s.event_id = e.id AND s.publisher != '') = 1"),
    ("no_saved_copy", "Events with sources but no saved copy",
     "Pages change and vanish: attach a copy of an article as it was read (a PDF, a saved "
     "page) to one of their sources, or, on a network, Tools ▸ Save the sources' pages… "
     "saves those with a web address.",
     "EXISTS (SELECT 1 FROM sources AS s WHERE s.event_id = e.id) AND NOT EXISTS "
     "(SELECT 1 FROM sources AS s WHERE s.event_id = e.id AND s.copy_sha256 IS NOT NULL)"),
    ("no_participant", "Events with no participant",
     "Add who took part (Edit ▸ Change selected events… adds one to all).",
     "NOT EXISTS (SELECT 1 FROM event_participants AS l WHERE l.event_id = e.id)"),
    ("no_summary", "Events with no summary",
     "Say in a few sentences what happened.",
     "e.summary = ''"),
    ("disputed", "Dates in dispute",
     "Sources disagree on these dates (each has a date note): check them.",
     "e.date_note != ''"),
    ("uncertain", "Uncertain or approximate dates",
     "Dates marked ? or ~: confirm them when a source allows.",
     "instr(e.date_edtf, '?') OR instr(e.date_edtf, '~') OR instr(e.date_edtf, '%')"),
    ("draft", "Drafts",
     "Events still marked draft: review them and mark them verified.",
     "e.status = 'draft'"),
)


_PARTICIPANT_GAPS = (
    ("participant_no_country", "Participants with no country",
     "Give them one (Edit ▸ Change selected participants… gives many the same).",
     "(p.country IS NULL OR p.country = '') AND p.kind != 'group'"),
    ("participant_unlinked", "Participants in no event",
     "Link them to their events, or delete them if they were added by mistake.",
     "NOT EXISTS (SELECT 1 FROM event_participants AS l WHERE l.participant_id = p.id)"),
)


# Dates this many years from the nearest date of the rest are set apart: far
# enough that a dataset of one period never sees its own history flagged, near
# enough for a slipped digit (0205 or 2205 for 2025, or a 9999 placeholder).
FAR_YEARS = 100


def data_gaps(session: Session) -> list[Gap]:
    """Every kind of gap, with the records that have it (possibly none)."""
    cursor = driver_cursor(session)
    gaps = [Gap(key, label, advice, tuple(row[0] for row in cursor.execute(
        f"SELECT e.id FROM events AS e WHERE {condition} ORDER BY e.seq")))
            for key, label, advice, condition in _GAPS]
    gaps.insert(1, Gap("far_dates", "Dates far from all the others",
                       f"Each is {FAR_YEARS} years or more from the rest of the events' "
                       "dates: a year typed wrong (0205 or 2205 for 2025)? Correct it, or "
                       "leave it if it is right.", _far_dates(cursor)))
    gaps.insert(3, Gap("place_elsewhere", "Events whose place is in another country",
                       "Their place is a town or region of another country than theirs, or "
                       "names one (Kunming, with South Africa): correct the country or the "
                       "place.", places_elsewhere(cursor)))
    gaps += [Gap(key, label, advice, tuple(row[0] for row in cursor.execute(
        f"SELECT p.id FROM participants AS p WHERE {condition} ORDER BY p.rowid")),
                 of="participant")
             for key, label, advice, condition in _PARTICIPANT_GAPS]
    return gaps


def places_elsewhere(cursor: Any) -> tuple[str, ...]:
    """The events with a country and a place that is a town or region of
    another (or names another), each place read once (``place_countries``:
    a name several countries have says nothing).  The places and countries
    come grouped from their index, and the events are streamed, only those
    that disagree kept: after an import of 100 000 events, every event's row
    held at once made the import's peak memory."""
    pairs = cursor.execute("SELECT place, country FROM events WHERE place != ''"
                           " AND country IS NOT NULL AND country != ''"
                           " GROUP BY place, country").fetchall()
    if not pairs:
        return ()
    read = countries_of_places({place for place, _country in pairs})
    wrong = {(place, country) for place, country in pairs
             if (named := read[place]) is not None and named.code not in (None, country)}
    if not wrong:
        return ()
    return tuple(event_id for event_id, place, country in cursor.execute(
        "SELECT id, place, country FROM events WHERE place != '' AND country IS NOT NULL"
        " AND country != '' ORDER BY seq") if (place, country) in wrong)


def _far_dates(cursor: Any) -> tuple[str, ...]:
    """The events whose first day lies apart from the main body of dates: the
    years, in order, fall into groups wherever two neighbours are ``FAR_YEARS``
    or more apart, and the events of every group but the fullest are far from
    the others.  The years and their counts come from the date index alone."""
    groups: list[tuple[int, int, int]] = []  # first year, last year, events
    for year, count in cursor.execute(
            "SELECT CAST(substr(date_start, 1, 4) AS INTEGER) AS year, count(*) FROM events "
            "WHERE date_start IS NOT NULL GROUP BY year ORDER BY year"):
        if groups and year - groups[-1][1] < FAR_YEARS:
            first, _last, events = groups[-1]
            groups[-1] = (first, year, events + count)
        else:
            groups.append((year, year, count))
    if len(groups) < 2:
        return ()
    # the fullest group is the dataset's period; of two as full, the later (one
    # event of 2025 and one typed 0205 flag the 0205)
    first, last, _events = max(groups, key=lambda group: (group[2], group[0]))
    return tuple(row[0] for row in cursor.execute(
        "SELECT id FROM events WHERE date_start < ? OR date_start > ? ORDER BY seq",
        (f"{first:04d}", f"{last:04d}-99")))  # any day of the year ``last`` sorts below
