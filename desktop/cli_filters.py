"""The options that narrow a command to some events (``--query``, ``--from``,
``--to``, ``--country``, ``--source``, ``--changed-since``, ``--saved``), shared
by ``export``, ``counts`` and ``network``, and the filter they make."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


class CommandError(Exception):
    """A failure to report on one line."""


def refuse_under_a_window(db: Path, instead: str) -> None:
    """A command that writes refuses a database a window has open: the
    window's undo steps and views would not know of the change."""
    from desktop.core.store_file import window_holding

    if (pid := window_holding(db)) is not None:
        raise CommandError(f"{db.name} is open in an Engagement Curator window (process "
                           f"{pid}): {instead}, or close the window first")


def add_filter_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--query", default="", help="only events this search finds (as the "
                         "window reads it: words, \"a phrase\", -left-out, a OR b)")
    command.add_argument("--from", dest="date_from", metavar="DATE",
                         help="only events on or after this date (any date form)")
    command.add_argument("--to", dest="date_to", metavar="DATE",
                         help="only events on or before this date")
    command.add_argument("--country", action="append", default=[], metavar="COUNTRY",
                         help="only events in this country (a code or a name; repeat for "
                              "several)")
    command.add_argument("--source", action="append", default=[], metavar="PUBLISHER",
                         help="only events with a source from this publisher, any case "
                              "(repeat for several)")
    command.add_argument("--changed-since", metavar="DATE",
                         help="only events created or edited here on or after this day "
                              "(any date form; this computer's time zone): the work to "
                              "send a colleague who has the rest")
    command.add_argument("--saved", metavar="NAME",
                         help="only the events of this saved search, with its filters (the "
                              "options above narrow it further)")


def narrows(args: argparse.Namespace) -> bool:
    """Whether the options choose some events rather than all."""
    return bool(args.query or args.date_from or args.date_to or args.country or args.source
                or args.changed_since or args.saved)


def event_filter_from(session: Any, args: argparse.Namespace) -> Any:
    """The EventFilter the options describe; CommandError names a bad one."""
    from dataclasses import replace

    from desktop.core.countries import UnknownCountry, country_code
    from desktop.core.event_filter import EventFilter
    from desktop.core.filters import reversed_range
    from desktop.core.friendly_dates import to_edtf

    try:
        start = to_edtf(args.date_from).start if args.date_from else None
        end = to_edtf(args.date_to).end if args.date_to else None
    except ValueError as exc:
        raise CommandError(f"--from/--to: {exc}") from exc
    if (why := reversed_range(start, end)) is not None:
        raise CommandError(f"--from/--to: no event can be in this range: {why}")
    try:
        changed = to_edtf(args.changed_since).start if args.changed_since else None
    except ValueError as exc:
        raise CommandError(f"--changed-since: {exc}") from exc
    if args.changed_since and changed is None:
        raise CommandError(f"--changed-since: '{args.changed_since}' has an open start; "
                           "give a day")
    try:
        countries = frozenset(country_code(text) for text in args.country)
    except UnknownCountry as exc:
        raise CommandError(f"--country: {exc}") from exc
    event_filter = _saved_filter(session, args.saved) if args.saved else EventFilter()
    narrowed = {"text": args.query, "date_from": start, "date_to": end, "country": countries,
                "publisher": _publishers(session, args.source), "changed_since": changed}
    return replace(event_filter, **{name: value for name, value in narrowed.items() if value})


def _saved_filter(session: Any, name: str) -> Any:
    """The filters of the saved search ``name``."""
    from sqlalchemy import select

    from desktop.core.filters import EventFilter
    from desktop.core.models import SavedSearch

    definition = session.scalars(select(SavedSearch.definition).where(
        SavedSearch.name == name)).first()
    if definition is None:
        names = session.scalars(select(SavedSearch.name).order_by(SavedSearch.name)).all()
        raise CommandError(f"--saved: no saved search is called {name!r} (there are: "
                           f"{', '.join(names) or 'none'})")
    return EventFilter.from_json(definition)


def _publishers(session: Any, wanted: list[str]) -> frozenset[str]:
    """The publishers as written in the sources that ``wanted`` names, case
    aside ("reuters" is every source from "Reuters" or "REUTERS")."""
    from sqlalchemy import select

    from desktop.core.models import Source

    if not wanted:
        return frozenset()
    written = set(session.scalars(select(Source.publisher).distinct()))
    chosen: set[str] = set()
    for name in wanted:
        found = {publisher for publisher in written
                 if publisher.casefold() == name.strip().casefold()}
        if not found:
            raise CommandError(f"--source: no source is from {name!r}")
        chosen |= found
    return frozenset(chosen)
