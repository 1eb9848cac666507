"""Tools ▸ Gaps in the data… for a script or a terminal.

``curator gaps`` counts what the events and participants still lack, each
kind with its key, and ``--show KEY`` lists the records of one kind: what a
curator checks before sending a dataset.

``curator fill-countries``: the countries Gaps in the data fills in — the
events' from their places, or the participants' from their affiliations and
parent organisations.

Each country filled in is printed with what gave it and why, a line each,
tab-separated, so that a wrong one is seen (and left out the next time with
``--leave``); ``--dry-run`` prints them and changes nothing.  What is filled
in is one step in the database's history, as in the window.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.analyst import analyst_for_commands
from desktop.cli_filters import CommandError, refuse_under_a_window
from desktop.core.wording import counted


def add_gap_commands(commands: Any, db_help: str) -> None:
    """``gaps`` and ``fill-countries``."""
    gaps = commands.add_parser(
        "gaps", help="count what the events and participants still lack (no date, no "
                     "country, a place in another country, no source…), each kind with its key")
    gaps.add_argument("--show", metavar="KEY",
                      help="list the records of one kind instead, a line each: id, date and "
                           "title (id, kind and name for participants)")
    gaps.add_argument("--db", metavar="PATH", help=db_help, default=argparse.SUPPRESS)

    fill = commands.add_parser(
        "fill-countries",
        help="fill in the events' missing countries from their places (or the participants' "
             "from their names, affiliations and parents), printing each with why")
    fill.add_argument("--participants", action="store_true",
                      help="fill in the participants' countries from what their names say "
                           "(泰国数字经济与社会部, \"… (Brazil)\") or the organisations they "
                           "are affiliated to or under, instead of the events'")
    fill.add_argument("--leave", action="append", default=[], metavar="NAME",
                      help="leave out this place (or participant), as written; repeat for "
                           "several")
    fill.add_argument("--dry-run", action="store_true",
                      help="print what would be filled in, and change nothing")
    fill.add_argument("--db", metavar="PATH", help=db_help, default=argparse.SUPPRESS)


def run_gaps(db: Path, args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from desktop.core.data_gaps import data_gaps
    from desktop.core.db import open_store
    from desktop.core.listing import count_events, count_participants
    from desktop.core.models import Event, Participant

    store = open_store(db)
    try:
        with store.session() as session:
            # the towns a place is read as are read the first time: a second or two
            gaps = data_gaps(session)
            if args.show is None:
                totals = {"event": count_events(session),
                          "participant": count_participants(session)}
                for gap in gaps:
                    print(f"{gap.key}\t{len(gap.ids):,} of {totals[gap.of]:,}\t{gap.label}")
                return 0
            chosen = next((gap for gap in gaps if gap.key == args.show), None)
            if chosen is None:
                raise CommandError(f"--show {args.show}: no such kind of gap; `curator gaps`"
                                   " lists them, each with its key")
            # Every row read and those wanted kept: the ids of a gap (100 000
            # drafts) are more than SQLite takes as the values of one IN.
            wanted = set(chosen.ids)
            rows = (session.execute(select(Event.id, Event.date_edtf, Event.title))
                    if chosen.of == "event" else
                    session.execute(select(Participant.id, Participant.kind, Participant.name)))
            found = {record_id: (str(first or ""), str(second))
                     for record_id, first, second in rows if record_id in wanted}
    finally:
        store.close()
    for record_id in chosen.ids:  # in the order they were added
        print("\t".join((record_id, *found[record_id])))
    return 0


def run_fill_countries(db: Path, args: argparse.Namespace) -> int:
    from desktop.core.country_fills import (
        CountryFill,
        countries_from_places,
        countries_from_references,
    )
    from desktop.core.db import open_store
    from desktop.core.operations import Operations

    if not args.dry_run:
        refuse_under_a_window(db, "use its Tools ▸ Gaps in the data…")
    store = open_store(db)
    try:
        with store.session() as session:
            if args.participants:
                fills, left_out = countries_from_references(session), []
            else:
                read = countries_from_places(session)
                fills = read.fills
                left_out = [f"{counted(events, 'event')} at {place}: several countries have "
                            f"it ({named.countries_said()}); give them their country in the "
                            "form" for place, named, events in read.unsure]
                if read.unknown:
                    left_out.append(f"{counted(read.unknown, 'event')} at places that give "
                                    "no country")
        unknown = set(args.leave) - {fill.name for fill in fills}
        if unknown:
            raise CommandError(f"--leave {sorted(unknown)[0]}: no country to fill in is given "
                               f"by that {'participant' if args.participants else 'place'}")
        chosen: list[CountryFill] = [fill for fill in fills if fill.name not in args.leave]
        for fill in chosen:
            print(f"{fill.name}\t{fill.code}\t{fill.because}\t{len(fill.ids)}")
        for line in left_out:
            print(f"left: {line}")
        of = "participant" if args.participants else "event"
        count = sum(len(fill.ids) for fill in chosen)
        if args.dry_run or not count:
            print(f"{counted(count, of)} would be given a country; nothing changed"
                  if args.dry_run else f"No {of} with no country to fill in.")
            return 0
        ops = Operations(store, analyst_for_commands())
        if not args.participants:
            ops.update_events({event_id: {"country": fill.code}
                               for fill in chosen for event_id in fill.ids})
        else:
            by_country: dict[str, list[str]] = {}
            for fill in chosen:
                by_country.setdefault(fill.code, []).extend(fill.ids)
            with ops.batch():
                for code, ids in by_country.items():
                    ops.change_participants(ids, {"country": code})
    finally:
        store.close()
    print(f"Country filled in for {counted(count, of)}, from their "
          f"{'affiliations and parents' if args.participants else 'places'}.")
    return 0
