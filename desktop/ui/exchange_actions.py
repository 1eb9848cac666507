"""Export and import from the window: dialogs, progress with cancel, the merge.

Reading a file to import, storing it and writing an export run on a worker
thread behind a progress dialog (``background``), so the window keeps
repainting and Cancel works: a cancelled import stores nothing, a cancelled
or failed export leaves no file.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Collection, Mapping
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox, QWidget

from desktop.core.backup import backup_database
from desktop.core.changes import ChangeReport, ValidationError
from desktop.core.country_fills import elsewhere_note, fillable_note
from desktop.core.exchange.atomic import atomic_file
from desktop.core.exchange.csv_export import write_events_csv
from desktop.core.exchange.datapackage import write_datapackage
from desktop.core.exchange.datapackage_reader import is_datapackage, plan_datapackage
from desktop.core.exchange.evidence_pack import write_evidence_pack
from desktop.core.exchange.foreign_csv import ForeignCsvSource
from desktop.core.exchange.import_plan import ImportPlan
from desktop.core.exchange.json_document import is_json
from desktop.core.exchange.json_export import write_json
from desktop.core.exchange.json_import import apply_import, plan_file
from desktop.core.exchange.json_table import is_records_json
from desktop.core.exchange.participant_export import write_participants_of
from desktop.core.exchange.participant_table import ParticipantTableSource
from desktop.core.exchange.sources_ris import write_sources_ris
from desktop.core.exchange.spreadsheet_files import is_workbook
from desktop.core.exchange.workbook_export import write_events_workbook
from desktop.core.filters import ChosenEvents, EventFilter, ExportScope
from desktop.core.new_participant import NewName
from desktop.core.page_items import items_table
from desktop.core.place_variants import Spellings, spellings, untidy_note
from desktop.core.progress import Progress
from desktop.core.saved_copies import copies_stored_text
from desktop.core.saved_search_news import news_note, saved_search_counts
from desktop.ui.background import Cancelled, run_in_background
from desktop.ui.change_bus import Editor
from desktop.ui.csv_import_dialog import PARTICIPANTS, CsvImportDialog, read_sheet
from desktop.ui.exchange_dialogs import ExportDialog, ImportDialog
from desktop.ui.file_places import dated_name, remember_folder, start_folder, with_ending
from desktop.ui.filter_panel import FilterPanel
from desktop.ui.last_export import LOSSLESS, remember_export
from desktop.ui.modal import modal
from desktop.ui.problems_dialog import show_problems

EXCHANGE = "exchange"  # the folder datasets are exported to and imported from


class ExchangeActions:
    def __init__(self, parent: QWidget, editor: Editor) -> None:
        self.parent = parent
        self.editor = editor
        self.store = editor.ops.store

    # -- export -------------------------------------------------------------------

    def ask_and_export(self, current: EventFilter, shown: int, total: int,
                       selection: Callable[[], list[str]] | None = None,
                       selected: int = 0) -> None:
        """``selection`` gives the ids of the ``selected`` events chosen in the list."""
        dialog = ExportDialog(self.parent, shown, total, selected)
        with modal(dialog) as answer:
            file_format, filtered = dialog.chosen_format(), dialog.filtered()
            only_selected, excel = dialog.only_selected(), dialog.excel.isChecked()
        if answer != QDialog.DialogCode.Accepted:
            return
        suffix = {"csv": ".csv", "xlsx": ".xlsx", "json": ".json", "html": ".html",
                  "markdown": ".md", "ris": ".ris", "participants": ".xlsx",
                  "pack": ".zip"}.get(file_format, "")
        stem = {"html": "chronology", "markdown": "chronology", "ris": "sources",
                "participants": "participants", "pack": "report"}.get(file_format, "events")
        # a Data Package is a folder named as typed, or a zip when the name ends in .zip
        name = dated_name(stem, suffix) if suffix else dated_name("dataset")
        path_text, chosen = QFileDialog.getSaveFileName(
            self.parent, "Export to", str(start_folder(EXCHANGE) / name),
            f"*{suffix}" if suffix else "Folder, or a zip (*.zip) (*)")
        if path_text:
            endings = (".xlsx", ".csv") if file_format == "participants" else (suffix,)
            path = with_ending(path_text, chosen, endings) if suffix else Path(path_text)
            remember_folder(EXCHANGE, path)
            scope: ExportScope = current if filtered else None
            if only_selected and selection is not None:
                scope = ChosenEvents(tuple(selection()))
            self.export_to(path, file_format, scope, excel=excel)

    def export_to(self, path: Path, file_format: str, event_filter: ExportScope,
                  *, excel: bool = False) -> int | None:
        """Write the file; None when it was cancelled or failed (and no file is left)."""
        def work(progress: Progress) -> int:
            with self.store.session() as session:
                if file_format == "datapackage":
                    return write_datapackage(session, path, event_filter, progress)
                if file_format == "pack":
                    return write_evidence_pack(session, path, event_filter, self.store.path,
                                               progress=progress)
                with atomic_file(path) as out:
                    if file_format == "csv":
                        return write_events_csv(session, out, event_filter, excel=excel,
                                                progress=progress)
                    if file_format == "xlsx":
                        return write_events_workbook(session, out, event_filter,
                                                     progress=progress)
                    if file_format == "ris":
                        return write_sources_ris(session, out, event_filter, self.store.path)
                    if file_format == "participants":
                        return write_participants_of(session, out, event_filter,
                                                     workbook=path.suffix.lower() != ".csv")
                    if file_format in ("html", "markdown"):
                        from desktop.core.exchange.chronology import write_chronology_of

                        return write_chronology_of(session, out, event_filter,
                                                   kind=file_format, progress=progress)
                    return write_json(session, out, event_filter, progress=progress)[0]

        try:
            written = run_in_background(self.parent, f"Exporting to {path.name}…", work,
                                        "events")
        except Cancelled:
            return None
        except OSError as exc:
            QMessageBox.warning(self.parent, "Export", f"Could not write {path}: {exc}")
            return None
        except ValidationError as exc:  # a value the format cannot hold: no file
            QMessageBox.warning(self.parent, "Export", f"{path.name} was not written: "
                                + "; ".join(str(p) for p in exc.problems))
            return None
        noun = {"ris": "sources", "participants": "participants"}.get(file_format, "events")
        self._tell(f"Exported {written:,} {noun} to {path}.")
        if file_format in LOSSLESS:
            remember_export(self.store.path, path)
            for panel in self.parent.window().findChildren(FilterPanel):
                panel.show_last_export()  # "Changed here since" offers the day
        return written

    # -- import -------------------------------------------------------------------

    def ask_and_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.parent, "Import", str(start_folder(EXCHANGE)),
            "Datasets (*.json *.jsonl *.ndjson *.zip *.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods "
            "datapackage.json);;Any file (*)")
        if path:
            remember_folder(EXCHANGE, Path(path))
            self.import_path(Path(path))

    def import_dropped(self, path: Path, _where: object) -> None:
        """A file dropped on the window (see file_drop), wherever it fell."""
        self.import_path(path)

    def import_path(self, path: Path) -> None:
        """Import a file of any kind the app reads, asking what is needed."""
        if path.is_dir() and not is_datapackage(path):
            QMessageBox.warning(self.parent, "Import", f"{path.name} is a folder without "
                                "datapackage.json: not a Data Package the app can import.")
            return
        try:
            table = self.is_table(path)
        except OSError as exc:
            QMessageBox.warning(self.parent, "Import", f"{path} cannot be read: {exc}")
            return
        if table:
            self.import_table(path)
            return
        plan = self.plan(path)
        if plan is None:
            return
        if (nothing := plan.nothing_to_do()) is not None:
            told = f"{path.name} {nothing}.\n\n" + "\n\n".join(plan.notes)
            if not plan.look_at:
                QMessageBox.information(self.parent, "Import", told.strip())
            elif QMessageBox.question(
                    self.parent, "Import", f"{told}\n\nChoose them in the list?"
                    ) == QMessageBox.StandardButton.Yes:
                self._choose_named(plan)
            return
        dialog = ImportDialog(self.parent, path.name, plan)
        with modal(dialog) as answer:
            accepted = answer == QDialog.DialogCode.Accepted
            choices = (dialog.chosen(), dialog.refused_matches()) if accepted else None
            named, new = dialog.choose_named.isChecked(), dialog.choose_new.isChecked()
        if choices is None or not self.import_plan(plan, *choices):
            return
        if named or new:
            self._choose_named(plan, named=named, new=new)

    def _choose_named(self, plan: ImportPlan, *, named: bool = True, new: bool = False) -> None:
        """Choose in the list the events the plan's notes name (ours the file
        lacks, theirs deleted here: ``absent_events``), its new events, or both."""
        # Imported here: the window's module imports this one.
        from desktop.ui.choose_events import choose_events
        from desktop.ui.main_window import MainWindow

        window = self.parent.window()
        chosen = list(dict.fromkeys((plan.look_at if named else []) +
                                    (plan.new_event_ids if new else [])))
        how = " or ".join(word for word, wanted in (("named", named), ("added", new)) if wanted)
        if isinstance(window, MainWindow):
            choose_events(window, chosen, f"{how} by the import of {plan.source or 'the file'}")

    def paste_table(self) -> None:
        """Rows copied from a spreadsheet with their header row, imported as a
        table of events: the same column mapping, checks and merge as a file."""
        text = QGuiApplication.clipboard().text()
        lines = [line for line in text.splitlines() if line.strip()]
        if len(lines) < 2 or not any(separator in lines[0] for separator in "\t,;"):
            QMessageBox.information(
                self.parent, "Import rows from the clipboard",
                "The clipboard holds no table of events. Copy the rows from a spreadsheet "
                "together with their header row (title, date, place, …), then try again.")
            return
        self._import_text(text, "pasted rows.tsv" if "\t" in lines[0] else "pasted rows.csv")

    def _import_text(self, text: str, name: str,
                     described: Mapping[str, NewName] | None = None) -> None:
        """A table held as text imported as a file named ``name``: the
        importers read files, and this one lives as long as the import (which
        returns only when it is stored or cancelled)."""
        with tempfile.TemporaryDirectory(prefix="curator-paste-") as folder:
            path = Path(folder) / name
            path.write_text(text, encoding="utf-8")
            self.import_table(path, described)

    def import_page(self, items: list[str], source: tuple[str, str] = ("", "")) -> None:
        """A page's activities, one event each, imported as a table: its column
        mapping, list of new events and all-or-nothing, as rows pasted are.
        Those already here (under their title, or one alike, on their days)
        are left out."""
        with self.store.session() as session:
            table = items_table(session, items, source)
        title = "Import the page's activities"
        if table.here_already:
            here = "\n".join(f"• {name}" for name in table.here_already[:10])
            if not table.rows:
                QMessageBox.information(self.parent, title, "Every activity of the page is "
                                        f"here already, on the same days:\n{here}")
                return
            answer = QMessageBox.question(
                self.parent, title,
                f"{len(table.here_already)} of the page's activities "
                f"{'is' if len(table.here_already) == 1 else 'are'} here already, on the "
                f"same days, and will be left out:\n{here}\n\n"
                f"Import the other {table.rows}?")
            if answer != QMessageBox.StandardButton.Yes:
                return
        # the new participants stored as the page describes them, not by name alone
        self._import_text(table.text, "pasted page.csv", table.described)

    @staticmethod
    def is_table(path: Path) -> bool:
        """Neither the app's JSON nor a Data Package: a CSV table of events, a
        workbook, or a JSON list of records from elsewhere."""
        if is_datapackage(path):
            return False
        return not is_json(path) or is_records_json(path)

    def import_table(self, path: Path, described: Mapping[str, NewName] | None = None) -> None:
        """A table of events or of participants; ``described`` says what a
        pasted page tells of the new participants its table names."""
        if is_workbook(path) and not read_sheet(self.parent, path):
            return
        try:
            dialog = CsvImportDialog(self.parent, self.store, path)
        except ValidationError as exc:
            show_problems(self.parent, "Import", f"Nothing was imported from {path.name}.",
                          exc.problems)
            return
        with modal(dialog) as answer:
            if answer != QDialog.DialogCode.Accepted:
                return
            dialog.remember_mapping()
            mapping, refused = dialog.mapping(), dialog.refused()
            of_participants = dialog.kind is PARTICIPANTS

        def work(progress: Progress) -> ImportPlan:
            with self.store.session() as session:
                if of_participants:
                    return ParticipantTableSource(session, path, mapping, refused).plan(progress)
                return ForeignCsvSource(session, path, mapping, refused,
                                        described=described).plan(progress)

        plan = self._read(path, work)
        if plan is None:
            return
        # The same summary and per-record choice as for the app's own files: a
        # table's rows may change events we have (an edited events.csv).
        merge = ImportDialog(self.parent, path.name, plan)
        with modal(merge) as answer:
            chosen = merge.chosen() if answer == QDialog.DialogCode.Accepted else None
        if chosen is not None:
            self.import_plan(plan, chosen)

    def plan(self, path: Path) -> ImportPlan | None:
        """Read the file and sort its records into new, unchanged and changed;
        None when it cannot be read (the analyst is told why) or was cancelled."""
        def work(progress: Progress) -> ImportPlan:
            with self.store.session() as session:
                if is_datapackage(path):
                    return plan_datapackage(session, path)
                return plan_file(session, path, progress)

        return self._read(path, work)

    def _read(self, path: Path, work: Callable[[Progress], ImportPlan]) -> ImportPlan | None:
        try:
            return run_in_background(self.parent, f"Reading {path.name}…", work)
        except Cancelled:
            return None
        except ValidationError as exc:
            show_problems(self.parent, "Import", f"Nothing was imported from {path.name}.",
                          exc.problems)
            return None

    def import_plan(self, plan: ImportPlan, choices: Mapping[str, bool | Collection[str]],
                    refused_matches: set[str] | None = None) -> Path | None:
        """Back up, then store the plan whole; the backup's path, or None if it
        was refused or cancelled (and nothing was stored)."""
        backups: list[Path] = []
        followed: list[dict[str, int]] = []  # the saved searches' counts before
        spelled: list[Spellings] = []  # and the places, tags and publishers
        # what to say after: of places, tags and publishers now written more
        # than one way, of events whose place gives the country they lack, and
        # of those whose place is in another country
        notes: list[str] = []

        def work(progress: Progress) -> ChangeReport:
            backups.append(backup_database(self.store, "before-import"))
            with self.store.session() as session:
                followed.append(saved_search_counts(session))
                spelled.append(spellings(session))
            report = apply_import(self.editor.ops, plan, "ours", choices, progress=progress,
                                  refused_matches=refused_matches)
            with self.store.session() as session:  # beside the window: the towns may be read
                taken = plan.events_taken()
                notes.extend(note for note in (untidy_note(session, spelled[0]),
                                               fillable_note(session, taken),
                                               elsewhere_note(session, taken))
                             if note)
            return report

        description = f"Import {plan.source or 'the file'}"
        try:
            report = self.editor.apply(
                lambda _ops: run_in_background(self.parent, "Importing…", work), description)
        except Cancelled:
            return None
        except ValidationError as exc:
            show_problems(self.parent, "Import",
                          f"Nothing was imported from {plan.source or 'the file'}.",
                          exc.problems, lead="Nothing was imported:\n")
            return None
        if report.reset:  # records added in bulk: undone by putting the backup back
            self.editor.push_restorable(description, backups[0])
        taken = sum(1 for conflict, _record in plan.conflicts
                    if choices.get(conflict.record_id, False))
        with self.store.session() as session:
            news = news_note(followed[0], saved_search_counts(session))
        self._tell(f"Imported {plan.source or 'the file'}: {plan.summary()} "
                   f"({taken} taken from theirs). {news + ' ' if news else ''}Edit ▸ Undo takes "
                   f"it back; the database as it was is also kept in {backups[0]}."
                   f"{copies_stored_text(plan.copies_stored)}"
                   + "".join(f" {note}" for note in notes))
        return backups[0]

    def _tell(self, text: str) -> None:
        """A line in the window's status bar, for a while."""
        window = self.parent.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 30_000)
