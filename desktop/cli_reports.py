"""``curator counts``, ``curator network``, ``curator compare``, ``curator
profile`` and ``curator links``: the counts by period, the network of who works
with whom and how it changed between two periods, a participant's profile and
the sources' addresses that no longer answer, for a script that writes a
report (the same as Tools ▸ Count events by period…, Who works with whom…,
Compare two periods…, the Participants list's Profile for a report… and
Tools ▸ Check source links…)."""

from __future__ import annotations

import argparse
import sys
from argparse import SUPPRESS
from pathlib import Path
from typing import Any

from desktop.analyst import analyst_for_commands
from desktop.cli_filters import (
    CommandError,
    add_filter_options,
    event_filter_from,
    refuse_under_a_window,
)
from desktop.core.wording import counted


def add_report_commands(commands: Any, db_help: str) -> None:
    from desktop.core.report_choices import (
        COMPARISON_TABLES,
        DEFAULT_LIMIT,
        KINDS,
        LIMIT_RANGE,
        PERIODS,
        ROW_FACETS,
    )

    counts = commands.add_parser(
        "counts", help="count events by country (category, tag, participant…) and period")
    counts.add_argument("file", type=Path, nargs="?",
                        help="the file to write, .csv or .xlsx (without one, the table is "
                             "printed)")
    counts.add_argument("--by", choices=list(ROW_FACETS), default="country",
                        help="what each row counts (default: country)")
    counts.add_argument("--per", choices=list(PERIODS), default="year",
                        help="the period of each column (default: year)")
    counts.add_argument("--db", metavar="PATH", help=db_help, default=SUPPRESS)
    add_filter_options(counts)

    network = commands.add_parser(
        "network", help="who works with whom: the participants of the events and the events "
                        "they share")
    network.add_argument("file", type=Path,
                         help="the file to write: .graphml (Gephi, Cytoscape) or .csv (the "
                              "ties)")
    network.add_argument("--kind", choices=list(KINDS), default="all",
                         help="which participants (default: all)")
    network.add_argument("--limit", type=int, default=DEFAULT_LIMIT,
                         help=f"how many of the most active ({LIMIT_RANGE[0]} to "
                              f"{LIMIT_RANGE[1]}; default: {DEFAULT_LIMIT})")
    network.add_argument("--min-shared", type=int, default=1, metavar="N",
                         help="tie two participants when they share at least N events")
    network.add_argument("--db", metavar="PATH", help=db_help, default=SUPPRESS)
    add_filter_options(network)

    compare = commands.add_parser(
        "compare", help="how the network changed between two periods: new, gone, stronger "
                        "and weaker ties, and participants new to the events or absent now")
    compare.add_argument("earlier", help="the earlier period, as the date field reads one "
                                         "(2024, Q3 2025, 2023-03/2023-09)")
    compare.add_argument("later", help="the later period")
    compare.add_argument("file", type=Path, nargs="?",
                         help="the file to write, .csv or .xlsx (without one, the summary "
                              "and the table are printed)")
    compare.add_argument("--show", choices=list(COMPARISON_TABLES), default="new",
                         help="which rows: " + ", ".join(
                             f"{key} ({words.lower()})" for key, words in
                             COMPARISON_TABLES.items()) + " (default: new)")
    compare.add_argument("--kind", choices=list(KINDS), default="all",
                         help="which participants (default: all)")
    compare.add_argument("--min-shared", type=int, default=1, metavar="N",
                         help="tie two participants when they share at least N events in a "
                              "period")
    compare.add_argument("--db", metavar="PATH", help=db_help, default=SUPPRESS)
    add_filter_options(compare)

    profile = commands.add_parser(
        "profile", help="a participant's profile for a report: its names, roles, years, "
                        "partners and the chronology of its events")
    profile.add_argument("participant", help="its id, name, native name or alias")
    profile.add_argument("file", type=Path, help="the file to write: .html or .md")
    profile.add_argument("--db", metavar="PATH", help=db_help, default=SUPPRESS)

    links = commands.add_parser(
        "links", help="ask the sources' web addresses and list those that no longer answer")
    links.add_argument("--all", action="store_true",
                       help="list every address with its answer, not only those that fail")
    links.add_argument("--db", metavar="PATH", help=db_help, default=SUPPRESS)
    add_filter_options(links)

    pages = commands.add_parser(
        "save-pages", help="save a copy of the page of every source with a web address and "
                           "no saved copy yet")
    pages.add_argument("--db", metavar="PATH", help=db_help, default=SUPPRESS)
    add_filter_options(pages)


def run_save_pages(db: Path, args: argparse.Namespace) -> int:
    """Fetch the pages, keep them as one step; say what was saved and what failed."""

    from desktop.cli_filters import narrows
    from desktop.cli_progress import terminal_progress
    from desktop.core.db import open_store
    from desktop.core.exchange.json_export import exported_event_ids
    from desktop.core.operations import Operations
    from desktop.core.page_saving import fetch_pages, keep_copies, pages_to_save
    refuse_under_a_window(db, "use its Tools menu")
    store = open_store(db)
    try:
        with store.session() as session:
            ids = exported_event_ids(session, event_filter_from(session, args)) if narrows(
                args) else None
            pages = pages_to_save(session, ids)
        with terminal_progress("Saving", "pages") as progress:
            result = fetch_pages(pages, store.path, progress)
        if result.copies:
            keep_copies(Operations(store, analyst_for_commands()),
                        result.copies)
    finally:
        store.close()
    for url, reason in result.failed.items():
        print(f"not saved\t{url}\t{reason}", file=sys.stderr)
    addresses = len({page.url for page in pages})
    print(f"{addresses - len(result.failed)} of {counted(addresses, 'page')} saved, kept by "
          f"{counted(len(result.copies), 'source')}")
    return 0


def run_links(db: Path, args: argparse.Namespace) -> int:
    """One line an address: its state, why, the first event citing it, the address."""
    from desktop.cli_filters import narrows
    from desktop.cli_progress import terminal_progress
    from desktop.core.db import open_store
    from desktop.core.exchange.json_export import exported_event_ids
    from desktop.core.link_check import FAILING, STATES, check_links, source_links

    store = open_store(db)
    try:
        with store.session() as session:
            ids = exported_event_ids(session, event_filter_from(session, args)) if narrows(
                args) else None
            links = source_links(session, ids)
    finally:
        store.close()
    with terminal_progress("Asking", "addresses") as progress:
        states = check_links((link.url for link in links), progress)
    first = {link.url: link for link in reversed(links)}
    order = {state: rank for rank, state in enumerate(STATES)}
    failing = 0
    for url in sorted(states, key=lambda url: order[states[url].state]):
        state = states[url]
        failing += state.state in FAILING
        if args.all or state.state in FAILING:
            print(f"{state.state}\t{state.detail}\t{first[url].event_title}\t{url}")
    print(f"{failing} of {len(states)} addresses no longer answer as before", file=sys.stderr)
    return 0


def print_columns(lines: list[list[str]]) -> None:
    """A table on the terminal: the first column to the left, the others to
    the right, each as wide as the terminal shows its widest cell (a Chinese
    character takes two columns)."""
    from wcwidth import wcswidth

    def shown(cell: str) -> int:
        width = wcswidth(cell)
        return width if width >= 0 else len(cell)  # a control character: as Python counts

    widths = [max(shown(line[n]) for line in lines) for n in range(len(lines[0]))]
    for line in lines:
        print("  ".join(cell + " " * (width - shown(cell)) if n == 0
                        else " " * (width - shown(cell)) + cell
                        for n, (cell, width) in enumerate(zip(line, widths, strict=True))))


def run_counts(db: Path, args: argparse.Namespace) -> int:
    from desktop.core.db import open_store
    from desktop.core.exchange.table_csv import write_counts_file
    from desktop.core.tallies import tally

    store = open_store(db)
    try:
        with store.session() as session:
            result = tally(session, event_filter_from(session, args), args.by, args.per)
    finally:
        store.close()
    lines = result.as_table()
    if args.file is None:
        print_columns(lines)
    else:
        if args.file.suffix.lower() not in (".csv", ".xlsx"):
            raise CommandError(f"{args.file.name}: name the file .csv or .xlsx")
        write_counts_file(args.file, lines)
        events = counted(result.total, "event")
        print(f"Wrote the counts of {events} to {args.file}")
    if result.rows_left_out:
        print(f"{result.rows_left_out:,} more rows with fewer events are left out",
              file=sys.stderr)
    return 0


def run_network(db: Path, args: argparse.Namespace) -> int:
    from desktop.core.db import open_store
    from desktop.core.network import network
    from desktop.core.network_files import FORMATS, write_network
    from desktop.core.report_choices import LIMIT_RANGE

    if args.file.suffix.lower() not in FORMATS:
        raise CommandError(f"{args.file.name}: name the file .graphml or .csv")
    if not LIMIT_RANGE[0] <= args.limit <= LIMIT_RANGE[1]:
        raise CommandError(f"--limit: between {LIMIT_RANGE[0]} and {LIMIT_RANGE[1]}")
    store = open_store(db)
    try:
        with store.session() as session:
            result = network(session, event_filter_from(session, args), kind=args.kind,
                             limit=args.limit, min_shared=args.min_shared)
    finally:
        store.close()
    write_network(result, args.file)
    print(f"Wrote {counted(len(result.members), 'participant')} (of {result.participants:,}) "
          f"and {counted(len(result.ties), 'tie')} from {counted(result.events, 'event')} to "
          f"{args.file}")
    return 0


def run_compare(db: Path, args: argparse.Namespace) -> int:
    from desktop.core.dates import DateError
    from desktop.core.db import open_store
    from desktop.core.exchange.table_csv import write_counts_file
    from desktop.core.network_change import (
        compare_periods,
        periods_out_of_order,
        read_period,
    )

    if args.date_from or args.date_to:
        raise CommandError("--from and --to: the two periods take their place")
    if args.file is not None and args.file.suffix.lower() not in (".csv", ".xlsx"):
        raise CommandError(f"{args.file.name}: name the file .csv or .xlsx")
    try:
        periods = read_period(args.earlier), read_period(args.later)
    except DateError as exc:
        raise CommandError(str(exc)) from None
    if (why := periods_out_of_order(*periods)) is not None:
        raise CommandError(why)
    store = open_store(db)
    try:
        with store.session() as session:
            result = compare_periods(session, event_filter_from(session, args), *periods,
                                     kind=args.kind, min_shared=args.min_shared)
    finally:
        store.close()
    lines = result.table(args.show)
    labels = 1 if args.show in ("newcomers", "absent") else 2
    if args.file is None:
        print(result.summary())
        print("\n".join("\t".join(line) for line in lines))
        return 0
    write_counts_file(args.file, lines, labels=labels, sheet="Comparison")
    print(f"{result.summary()}\nWrote {counted(len(lines) - 1, 'row')} to {args.file}")
    return 0


def run_profile(db: Path, args: argparse.Namespace) -> int:
    from desktop.core.db import open_store
    from desktop.core.exchange.atomic import atomic_file
    from desktop.core.exchange.profile import UnknownParticipant, participant_named, write_profile

    kind = {".html": "html", ".htm": "html", ".md": "markdown"}.get(args.file.suffix.lower())
    if kind is None:
        raise CommandError(f"{args.file.name}: name the file .html or .md")
    store = open_store(db)
    try:
        with store.session() as session:
            try:
                participant_id = participant_named(session, args.participant)
            except UnknownParticipant as exc:
                raise CommandError(str(exc)) from None
            with atomic_file(args.file) as out:
                count = write_profile(session, out, participant_id, kind=kind)
    finally:
        store.close()
    print(f"Wrote the profile of {args.participant} ({count:,} event"
          f"{'' if count == 1 else 's'}) to {args.file}")
    return 0
