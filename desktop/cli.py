"""The ``curator`` command: the window by default, and subcommands for scripts.

Exit status 0 on success; on failure one line on stderr saying why, and a
non-zero status.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from argparse import SUPPRESS
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop import __version__
from desktop.analyst import analyst_for_commands
from desktop.cli_filters import CommandError, add_filter_options, refuse_under_a_window
from desktop.core.changes import ValidationError

# Not desktop.core.db: the window must not wait for SQLAlchemy to load (see ui.app).
from desktop.core.store_file import StoreError, default_db_path, resolve_db_path

if TYPE_CHECKING:
    from desktop.core.db import Store
    from desktop.core.progress import Progress


def open_store(path: Path) -> Store:
    """The store, for the commands (imported on use, see above)."""
    from desktop.core.db import open_store as open_existing

    return open_existing(path)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="curator", description="Engagement Curator: curate datasets of international "
        "engagement activities. With no command, opens the window.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    db_help = "database file (default: $CURATOR_DB, else the per-user data folder)"
    # Each command takes --db too, with no default of its own (SUPPRESS): argparse
    # would otherwise set it to None over the one given before the command, and
    # "curator --db copy.sqlite import file.json" went into the per-user database.
    parser.add_argument("--db", metavar="PATH", help=db_help)
    parser.add_argument("--demo", action="store_true",
                        help="open a throwaway copy of the bundled sample dataset")
    parser.add_argument("--read-only", action="store_true",
                        help="open the window without the possibility of changing the file")
    parser.add_argument("--open", metavar="FILE", type=Path, nargs="?",
                        help="open the window and import FILE (a colleague's JSON document, "
                             "Data Package or CSV table)")
    parser.add_argument("--smoke", action="store_true",
                        help="check the installation: draw every view of the sample "
                             "offscreen, then exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser("init", help="create a new database")
    init.add_argument("--db", metavar="PATH", help=db_help, default=SUPPRESS)
    init.add_argument("--sample", action="store_true", help="load the sample dataset into it")

    stats = commands.add_parser("stats", help="count events, participants and links")
    stats.add_argument("--db", metavar="PATH", help=db_help, default=SUPPRESS)

    check = commands.add_parser("check", help="check the database's integrity")
    check.add_argument("--db", metavar="PATH", help=db_help, default=SUPPRESS)
    check.add_argument("--rebuild-index", action="store_true",
                       help="rebuild the search index from the records first")

    backup = commands.add_parser("backup", help="copy the database into backups/ beside it")
    backup.add_argument("--db", metavar="PATH", help=db_help, default=SUPPRESS)
    backup.add_argument("--list", action="store_true",
                        help="list the backups (newest first) instead of making one")

    restore = commands.add_parser("restore", help="put a backup back (the current state is "
                                                  "backed up first)")
    restore.add_argument("backup", type=Path, help="the backup file")
    restore.add_argument("--db", metavar="PATH", help=db_help, default=SUPPRESS)

    export = commands.add_parser("export", help="write all events, or a filtered subset")
    export.add_argument("file", type=Path, help="the file to write")
    export.add_argument("--db", metavar="PATH", help=db_help, default=SUPPRESS)
    export.add_argument("--format", choices=("json", "csv", "xlsx", "datapackage", "html",
                                             "markdown", "ris", "pack"),
                        help="json (lossless, re-importable), csv (events.csv for "
                             "spreadsheets), xlsx (the same table as an Excel workbook, "
                             "its cells typed), datapackage (a folder of CSV files with "
                             "datapackage.json, lossless, or a zip of it when the name ends "
                             "in .zip), html or markdown (a chronology for a report, in "
                             "date order; not read back), ris (the events' sources, for a "
                             "reference manager), or pack (a .zip of the chronology with the "
                             "saved copies it cites); by default from the file's ending "
                             "(.html, .md; a name without one is a Data Package folder)")
    add_filter_options(export)
    export.add_argument("--excel", action="store_true",
                        help="CSV: start with a byte-order mark so Excel reads UTF-8")
    export.add_argument("--participants", action="store_true",
                        help="write the participants as a table (.xlsx or .csv) instead: "
                             "all of them, or those of the events the options narrow to")

    from desktop.cli_reports import add_report_commands

    add_report_commands(commands, db_help)

    from desktop.cli_gaps import add_gap_commands

    add_gap_commands(commands, db_help)

    load = commands.add_parser("import", help="merge a colleague's dataset in")
    load.add_argument("file", type=Path,
                      help="an Engagement Curator JSON document, a Data Package (folder or "
                           "zip), or any table of events: CSV, an Excel workbook (.xlsx, .xls) or "
                           "an OpenDocument spreadsheet (.ods)")
    from desktop.core.exchange.csv_table import ENCODING_NAMES

    load.add_argument("--encoding", choices=sorted(ENCODING_NAMES), metavar="NAME",
                      help="a CSV table's text encoding, when it is not UTF-8: "
                           + ", ".join(f"{code} ({name})" for code, name in
                                       ENCODING_NAMES.items() if not code.startswith("utf")))
    load.add_argument("--participants", action="store_true",
                      help="a table (CSV or workbook) whose rows are participants, not "
                           "events (told by its headers otherwise: native name, aliases, "
                           "position, parent, … and no date)")
    load.add_argument("--sheet", metavar="NAME",
                      help="a workbook's sheet to read (the first otherwise)")
    load.add_argument("--header-row", type=int, metavar="N",
                      help="the row of a table's column names (found otherwise: the first "
                           "of two or more filled cells, a title above passed over)")
    load.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                      help="a table: which column holds a field (the fields not given "
                           "are guessed from the headers), e.g. --map title=Event --map "
                           "date=When; --map notes= leaves a field out")
    load.add_argument("--dry-run", action="store_true",
                      help="say what the import would do (new, unchanged and changed "
                           "records; each new event with its date, each changed record "
                           "with its fields) and write nothing")
    load.add_argument("--skip-bad-rows", action="store_true",
                      help="CSV: import the rows that can be read (by default a file with "
                           "unreadable rows is refused, listing them)")
    load.add_argument("--db", metavar="PATH", help=db_help, default=SUPPRESS)
    load.add_argument("--on-conflict", choices=("ours", "theirs", "newest", "fail"),
                      default="fail", help="the value kept where both sides changed a field; "
                           "what one side alone changed is merged field by field (default: "
                           "fail)")
    return parser


def _init(db: Path, sample: bool) -> int:
    from desktop.core.bootstrap import create_database

    store = create_database(db, sample=sample)
    store.close()
    print(f"Created {db}" + (" with the sample dataset" if sample else ""))
    return 0


def _stats(db: Path) -> int:
    from desktop.core.queries import stats

    store = open_store(db)
    try:
        with store.session() as session:
            result = stats(session)
    finally:
        store.close()
    print(f"Database: {db}")
    print(f"Events: {result.events}")
    from desktop.core.wording import counted_kind

    kinds = ", ".join(counted_kind(n, kind)
                      for kind, n in sorted(result.participants_by_kind.items()))
    print(f"Participants: {result.participants}" + (f" ({kinds})" if kinds else ""))
    print(f"Event-participant links: {result.links}")
    print(f"Sources: {result.sources}")
    print(f"Relations between events: {result.relations}")
    if result.events_by_category:
        print("By category:")
        for name, count in result.events_by_category.items():
            print(f"  {name}: {count}")
    if result.events_by_year:
        print("By year:")
        for year, count in result.events_by_year.items():
            print(f"  {year}: {count}")
    return 0


def _check(db: Path, rebuild_index: bool) -> int:
    from desktop.cli_progress import terminal_progress
    from desktop.core.integrity import (
        check_database,
        is_search_index_problem,
        rebuild_search_index,
    )
    from desktop.core.wording import counted

    if rebuild_index:
        rebuild_search_index(db)
        print("Rebuilt the search index")
    with terminal_progress("Checking", "checks") as progress:
        problems = check_database(db, progress)
    if problems:
        for problem in problems:
            print(problem)
        if all(is_search_index_problem(problem) for problem in problems):
            print("Only the search index is affected: 'curator check --rebuild-index' "
                  "rebuilds it from the records.")
        raise CommandError(f"{db}: {counted(len(problems), 'problem')} found")
    print(f"{db}: no problems found")
    return 0


def _list_backups(db: Path) -> int:
    from desktop.core.backup import list_backups

    backups = list_backups(db)
    if not backups:
        print(f"No backups of {db} yet")
    for info in backups:
        events = "unreadable" if info.events is None else f"{info.events} events"
        print(f"{info.made_at.astimezone():%Y-%m-%d %H:%M:%S}  {info.label:<18} "
              f"{info.size:>12,} bytes  {events:<14} {info.path}")
    return 0


_LISTED = 20  # participants matched by name (new events, changes), listed one a line


def _import(db: Path, args: argparse.Namespace) -> int:
    import shlex

    from desktop.cli_progress import terminal_progress
    from desktop.core.backup_ahead import BackupAhead
    from desktop.core.exchange.json_import import apply_import
    from desktop.core.operations import Operations
    from desktop.core.saved_copies import copies_stored_text

    file: Path = args.file
    if not args.dry_run:  # reading the file and the database writes nothing
        refuse_under_a_window(db, "import from its File menu")
    store = open_store(db)
    # Made while the file is read; removed if nothing is written after all.
    ahead = None if args.dry_run else BackupAhead(store.path, "before-import")
    try:
        with store.session() as session, terminal_progress("Reading", "records") as progress:
            plan = _plan_any(session, file, args, progress)
        if (nothing := plan.nothing_to_do()) is not None:
            print(f"{file} {nothing}", *plan.notes, sep="\n")
            return 0
        print(f"{file}: {plan.summary()}", *plan.notes, sep="\n")
        for match in plan.name_matches[:_LISTED]:
            print(f"  stored as the participant here: {match.describe()}")
        if len(plan.name_matches) > _LISTED:
            print(f"  … and {len(plan.name_matches) - _LISTED} more")
        if args.dry_run:
            for day, title in plan.new_event_titles[:_LISTED]:
                print(f"  new: event “{title}” ({day or 'no date'})")
            if plan.new_events > _LISTED:
                print(f"  … and {plan.new_events - _LISTED} more")
            for conflict, _record in plan.conflicts[:_LISTED]:
                print(f"  changed: {conflict.describe()}")
            if len(plan.conflicts) > _LISTED:
                print(f"  … and {len(plan.conflicts) - _LISTED} more")
            print("Nothing was written (--dry-run)")
            return 0
        assert ahead is not None
        backup = ahead.path()
        from desktop.core.country_fills import elsewhere_note, fillable_note
        from desktop.core.place_variants import spellings, untidy_note
        from desktop.core.saved_search_news import news_note, saved_search_counts

        with store.session() as session:
            followed = saved_search_counts(session)
            spelled = spellings(session)
        with terminal_progress("Importing", "records") as progress:
            apply_import(Operations(store, analyst_for_commands()), plan,
                         args.on_conflict, progress=progress)
        with store.session() as session:
            note = untidy_note(session, spelled)
            news = news_note(followed, saved_search_counts(session))
            fillable = fillable_note(session, plan.events_taken())
            elsewhere = elsewhere_note(session, plan.events_taken())
    finally:
        if ahead is not None:
            ahead.discard_unless_taken()
        store.close()
    # The commands that take it back and fill in its countries, for this
    # database however it was named.
    named = "" if args.db is None else f" --db {shlex.quote(str(db))}"
    back = f"curator restore {shlex.quote(str(backup))}{named}"
    print(f"Imported (the database as it was is kept in {backup}; `{back}` takes the "
          "import back)." + copies_stored_text(plan.copies_stored))
    if fillable:
        fillable = fillable.removesuffix(".") + f" (or `curator fill-countries{named}`)."
    for line in (news, note, fillable, elsewhere):
        if line:
            print(line)
    return 0


def _plan_any(session: Any, file: Path, args: argparse.Namespace,
              progress: Progress | None = None) -> Any:
    """Tell the kind of file by its content: JSON, a Data Package, else a CSV table."""
    from desktop.core.exchange.datapackage_reader import is_datapackage, plan_datapackage
    from desktop.core.exchange.foreign_csv import ForeignCsvSource, parse_mapping
    from desktop.core.exchange.json_document import is_json
    from desktop.core.exchange.json_import import plan_file
    from desktop.core.exchange.json_table import is_records_json

    if is_datapackage(file):
        return plan_datapackage(session, file)
    if file.is_dir():
        raise CommandError(f"{file}: a folder without datapackage.json: not a Data Package "
                           "the app can import")
    if is_json(file) and not is_records_json(file):  # a list of records is a table
        return plan_file(session, file, progress)
    from desktop.core.exchange.csv_table import not_utf8_note, table_encoding, use_encoding
    from desktop.core.exchange.spreadsheet_files import is_workbook, sheet_names
    from desktop.core.exchange.workbook_table import use_header_row, use_sheet

    if is_workbook(file):
        use_sheet(file, args.sheet or sheet_names(file)[0])
    elif args.sheet:
        raise CommandError(f"--sheet is for a workbook (.xlsx, .xls, .ods); {file.name} is not one")
    if args.header_row is not None:
        use_header_row(file, args.header_row)
    if args.encoding:
        use_encoding(file, args.encoding)
    else:
        guessed = table_encoding(file)
        if not guessed.startswith("utf"):  # a guess, to be confirmed
            raise CommandError(f"{not_utf8_note(file, guessed)}: import it with "
                               f"--encoding {guessed}, or save it as “CSV UTF-8”")
    from desktop.core.exchange import participant_table
    from desktop.core.exchange.csv_export import EVENT_COLUMNS
    from desktop.core.exchange.csv_table import read_headers, rows_with_problems
    from desktop.core.exchange.event_table_headers import guess_mapping, mapping_note, over_guess
    from desktop.core.wording import counted

    source: Any
    headers = read_headers(file)
    if args.participants or (not args.map and participant_table.looks_like_participants(
            headers)):
        print(f"{file.name}: a table of participants")
        given = participant_table.parse_mapping(args.map)
        mapping = over_guess(given, participant_table.guess_mapping(
            [header for header in headers if header not in given.values()]))
        source = participant_table.ParticipantTableSource(session, file, mapping)
    else:
        given = parse_mapping(args.map)
        mapping = over_guess(given, guess_mapping(  # the columns not given, guessed
            [header for header in headers if header not in given.values()]))
        source = ForeignCsvSource(session, file, mapping)
    if not set(EVENT_COLUMNS) <= set(headers):  # the app's own events.csv: nothing guessed
        print(f"{file.name}: {mapping_note(mapping, headers)}")
    plan = source.plan(progress)
    rows = source.report
    if rows.problems and not args.skip_bad_rows:
        raise ValidationError([*rows.problems[:20], ValidationError.single(
            "", f"{counted(len(rows.problems), 'problem')} in "
                f"{counted(rows_with_problems(rows.problems), 'row')}: fix them or use "
                "--skip-bad-rows"
        ).problems[0]])
    for problem in rows.problems:
        print(f"skipped: {problem}", file=sys.stderr)
    if rows.matches:
        print(f"{counted(len(rows.matches), 'participant name')} matched known participants")
    for vocabulary, values in rows.new_terms.items():
        print(f"new {vocabulary.replace('_', ' ')}s to add: {', '.join(values)}")
    return plan


def _gui(db_arg: str | None, demo: bool, read_only: bool = False,
         to_import: Path | None = None) -> int:
    from desktop.ui.app import run_window

    if demo:
        with tempfile.TemporaryDirectory(prefix="curator-demo-") as folder:
            return run_window(Path(folder) / "demo.sqlite", create="sample",
                              to_import=to_import)
    path = resolve_db_path(db_arg)
    if path.exists() or read_only:
        return run_window(path, create=None, read_only=read_only, to_import=to_import)
    # First run on the default database: start it with the sample so the window
    # is not empty; a database named explicitly starts empty.
    return run_window(path, create="sample" if path == default_db_path() else "empty",
                      to_import=to_import)


def _searches_joined(argv: Sequence[str]) -> list[str]:
    """The arguments, a search after --query joined to it: argparse took a
    search beginning with a dash ("-draft", which leaves out the events
    holding "draft") for an option of its own."""
    joined: list[str] = []
    place = 0
    while place < len(argv):
        if argv[place] == "--query" and place + 1 < len(argv):
            joined.append(f"--query={argv[place + 1]}")
            place += 2
        else:
            joined.append(argv[place])
            place += 1
    return joined


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(_searches_joined(sys.argv[1:] if argv is None else argv))
    try:
        if args.smoke:
            from desktop.ui.smoke import run_smoke

            return run_smoke()
        if args.command is None:
            return _gui(args.db, args.demo, args.read_only, args.open)
        db = resolve_db_path(args.db)
        if args.command == "init":
            return _init(db, args.sample)
        if args.command == "stats":
            return _stats(db)
        if args.command == "check":
            return _check(db, args.rebuild_index)
        if args.command == "backup" and args.list:
            return _list_backups(db)
        if args.command == "backup":
            from desktop.core.backup import backup_database

            store = open_store(db)
            try:
                print(f"Backed up to {backup_database(store, 'manual')}")
            finally:
                store.close()
            return 0
        if args.command == "restore":
            from desktop.core.backup import restore_backup

            refuse_under_a_window(db, "restore from its File ▸ Backups…")
            safety = restore_backup(args.backup, db)
            print(f"Restored {args.backup} into {db} (the state before is kept in {safety})")
            return 0
        if args.command == "export":
            from desktop.cli_export import run_export

            return run_export(db, args)
        if args.command == "import":
            return _import(db, args)
        if args.command in ("gaps", "fill-countries"):
            from desktop import cli_gaps

            return (cli_gaps.run_gaps if args.command == "gaps"
                    else cli_gaps.run_fill_countries)(db, args)
        if args.command in ("counts", "network", "compare", "profile", "links", "save-pages"):
            from desktop import cli_reports

            return {"counts": cli_reports.run_counts, "network": cli_reports.run_network,
                    "compare": cli_reports.run_compare,
                    "profile": cli_reports.run_profile, "links": cli_reports.run_links,
                    "save-pages": cli_reports.run_save_pages}[args.command](db, args)
    except BrokenPipeError:
        # the reader went away (`curator stats | head -1`): nothing to say, and
        # Python's own flush at exit must not fail on the closed pipe either
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except ValidationError as exc:
        print(_problems_said(exc), file=sys.stderr)
        return 1
    except OSError as exc:  # "nosuch.json: No such file or directory", as cat says it
        said = f"{exc.filename}: {exc.strerror}" if exc.filename and exc.strerror else exc
        print(f"curator: {said}", file=sys.stderr)
        return 1
    except (StoreError, CommandError) as exc:
        print(f"curator: {exc}", file=sys.stderr)
        return 1
    raise AssertionError(f"unhandled command {args.command}")


def _problems_said(exc: ValidationError) -> str:
    """Each problem on a line of its own, as a compiler says them (joined on
    one line, fifty rows' problems ran on for a page)."""
    return "\n".join(f"curator: {problem}" for problem in exc.problems) or f"curator: {exc}"


if __name__ == "__main__":
    raise SystemExit(main())
