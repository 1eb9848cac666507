"""``curator export``: all events or a filtered subset as JSON, CSV, a workbook,
a Data Package, a chronology or the sources as RIS; or the participants as a
table (``--participants``)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli_filters import CommandError, event_filter_from, narrows
from desktop.core.wording import counted

if TYPE_CHECKING:
    from desktop.core.db import Store


def open_store(path: Path) -> Store:
    """The store (SQLAlchemy loaded only when the export needs it)."""
    from desktop.core.db import open_store as open_existing

    return open_existing(path)


# A name without an ending is a Data Package folder; a .zip, the package zipped.
_FORMAT_OF_ENDING = {".csv": "csv", ".xlsx": "xlsx", ".json": "json", ".zip": "datapackage",
                     "": "datapackage", ".html": "html", ".htm": "html", ".md": "markdown",
                     ".ris": "ris"}


def run_export(db: Path, args: argparse.Namespace) -> int:
    if args.participants:
        return _export_participants(db, args)
    suffix = args.file.suffix.lower()
    file_format = args.format or _FORMAT_OF_ENDING.get(suffix)
    if file_format is None:
        raise CommandError(f"{args.file.name}: the ending {suffix} says no format: name the "
                           "file .json, .csv, .xlsx, .ris, .zip (a Data Package), .html or .md "
                           "(a chronology), or a folder without an ending (a Data Package), "
                           "or give --format")
    whole = not narrows(args)
    count = _export_whole(db, args, file_format) if whole else None
    if count is None:
        count = _export_through_store(db, args, file_format)
    print(f"Wrote {counted(count, 'source' if file_format == 'ris' else 'event')} to "
          f"{args.file}")
    return 0


def _export_participants(db: Path, args: argparse.Namespace) -> int:
    from desktop.core.exchange.atomic import atomic_file
    from desktop.core.exchange.participant_export import write_participants_of

    suffix = args.file.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise CommandError(f"{args.file.name}: a table of participants is written as .xlsx "
                           "or .csv")
    store = open_store(db)
    try:
        with store.session() as session, atomic_file(args.file) as out:
            count = write_participants_of(
                session, out, event_filter_from(session, args) if narrows(args) else None,
                workbook=suffix == ".xlsx")
    finally:
        store.close()
    print(f"Wrote {count} participants to {args.file}")
    return 0


def _export_whole(db: Path, args: argparse.Namespace, file_format: str) -> int | None:
    """Every event as JSON, CSV or a workbook on a plain read-only connection, without
    loading SQLAlchemy (a sixth of the time at 100 000 events); None when the
    file needs the store (an older schema to migrate, or not a database of
    ours: the store says which) or the format needs it (the Data Package)."""
    from desktop.core.store_file import open_current

    if file_format not in ("json", "csv", "xlsx"):
        return None
    connection = open_current(db)
    if connection is None:
        return None
    from desktop.cli_progress import terminal_progress
    from desktop.core.exchange.atomic import atomic_file
    from desktop.core.exchange.csv_rows_sql import write_lines
    from desktop.core.exchange.document_sql import write_document

    try:
        connection.execute("BEGIN")  # one snapshot for the header and every record
        with atomic_file(args.file) as out, terminal_progress("Exporting", "events") as progress:
            if file_format == "csv":
                return write_lines(connection, out, None, excel=args.excel, progress=progress)
            if file_format == "xlsx":
                from desktop.core.exchange.workbook_export import write_workbook

                return write_workbook(connection, out, None, progress=progress)
            return write_document(connection, out, None, progress=progress)[0]
    finally:
        connection.close()


def _export_through_store(db: Path, args: argparse.Namespace, file_format: str) -> int:
    from desktop.cli_progress import terminal_progress
    from desktop.core.exchange.atomic import atomic_file
    from desktop.core.exchange.csv_export import write_events_csv
    from desktop.core.exchange.datapackage import write_datapackage
    from desktop.core.exchange.json_export import write_json

    store = open_store(db)
    try:
        with store.session() as session:
            event_filter = event_filter_from(session, args)
            if file_format == "datapackage":
                with terminal_progress("Exporting", "events") as progress:
                    count = write_datapackage(session, args.file, event_filter, progress)
            elif file_format == "pack":
                from desktop.core.exchange.evidence_pack import write_evidence_pack

                with terminal_progress("Exporting", "events") as progress:
                    count = write_evidence_pack(session, args.file, event_filter, db,
                                                progress=progress)
            else:
                with atomic_file(args.file) as out, terminal_progress(
                        "Exporting", "events") as progress:
                    if file_format == "csv":
                        count = write_events_csv(session, out, event_filter, excel=args.excel,
                                                 progress=progress)
                    elif file_format == "xlsx":
                        from desktop.core.exchange.workbook_export import (
                            write_events_workbook,
                        )

                        count = write_events_workbook(session, out, event_filter,
                                                      progress=progress)
                    elif file_format == "ris":
                        from desktop.core.exchange.sources_ris import write_sources_ris

                        count = write_sources_ris(session, out, event_filter, db)
                    elif file_format in ("html", "markdown"):
                        from desktop.core.exchange.chronology import write_chronology_of

                        count = write_chronology_of(session, out, event_filter,
                                                    kind=file_format, progress=progress)
                    else:
                        count, _ = write_json(session, out, event_filter, progress=progress)
    finally:
        store.close()
    return count
