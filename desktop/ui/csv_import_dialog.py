"""Importing a table of events (CSV, or a sheet of a workbook): map its
columns, confirm participant matches.

The mapping is guessed from the headers and remembered (QSettings) for the
next file with the same headers.  The preview lists rows that cannot be read
and each typed participant name matched to a known participant; unticking a
match makes that name a new participant instead.  It reads the whole table as
a stream, on a worker thread behind a progress dialog (a table of 100 000 rows
takes seconds), holding only what it shows.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from desktop.core.changes import ValidationError
from desktop.core.db import Store
from desktop.core.exchange import participant_table
from desktop.core.exchange.csv_table import (
    ENCODING_NAMES,
    first_values,
    read_header_row,
    read_headers,
    rows_with_problems,
    table_encoding,
    use_encoding,
)
from desktop.core.exchange.event_table_headers import FIELDS, guess_mapping
from desktop.core.exchange.foreign_csv import read_foreign_csv, survey_foreign_csv
from desktop.core.exchange.json_table import is_records_json
from desktop.core.exchange.spreadsheet_files import is_workbook, sheet_names
from desktop.core.exchange.table_participants import ForeignRows
from desktop.core.exchange.workbook_table import (
    HEADER_SEARCH_ROWS,
    chosen_header_row,
    chosen_sheet,
    sheet_table,
    use_header_row,
    use_sheet,
)
from desktop.core.models import Participant
from desktop.core.progress import Progress
from desktop.core.wording import counted, field_in_words
from desktop.ui.background import Cancelled, run_in_background
from desktop.ui.dialog_buttons import ok_cancel
from desktop.ui.screen_fit import resize_within_screen
from desktop.ui.tooltip_text import as_written

NOT_MAPPED = "—"
SHOWN_PROBLEMS = 1000  # rows listed as unreadable; the summary counts them all


def read_sheet(parent: QWidget, path: Path) -> bool:
    """Read the workbook's chosen sheet once, behind a progress dialog (the
    columns, the survey and the import then read it as a CSV table); False
    when it was cancelled or cannot be read (the analyst is told why)."""
    try:
        run_in_background(parent, f"Reading {path.name}…",
                          lambda progress: sheet_table(path, progress), "rows")
    except Cancelled:
        return False
    except ValidationError as exc:
        QMessageBox.warning(parent, "Import", "\n".join(str(p) for p in exc.problems))
        return False
    return True


@dataclass(frozen=True)
class TableKind:
    """What a table's rows are, and how the dialog reads them."""

    label: str
    fields: tuple[str, ...]
    guess: Callable[[list[str]], dict[str, str]]
    survey: Callable[..., tuple[ForeignRows, int]]
    read: Callable[..., ForeignRows]
    describe: Callable[[ForeignRows, int], str]
    settings: str  # where its remembered mappings live


def _describe_events(rows: ForeignRows, readable: int) -> str:
    added = "".join(f"; new {vocabulary.replace('_', ' ')}s to add: {', '.join(values)}"
                    for vocabulary, values in rows.new_terms.items())
    ours = (f" ({rows.matched_events:,} of them already here, by title and date)"
            if rows.matched_events else "")
    return (f"{counted(readable, 'event')} can be read{ours}; "
            f"{counted(len(rows.participants), 'new participant')}{added}")


def _describe_participants(rows: ForeignRows, _readable: int) -> str:
    assert isinstance(rows, participant_table.ParticipantRows)
    added = "".join(f"; new organisation types to add: {', '.join(values)}"
                    for values in rows.new_terms.values())
    return rows.describe() + added


EVENTS = TableKind("an event", FIELDS, guess_mapping, survey_foreign_csv, read_foreign_csv,
                   _describe_events, "csv_mappings/")
PARTICIPANTS = TableKind(
    "a participant", participant_table.FIELDS, participant_table.guess_mapping,
    participant_table.survey_participant_table,
    lambda session, path, mapping, refused: participant_table.read_participant_table(
        session, path, mapping, refused),
    _describe_participants, "participant_mappings/")
KINDS = (EVENTS, PARTICIPANTS)


def _table_kind(path: Path) -> TableKind:
    """Participants when the headers say so (native name, aliases, position,
    parent, … and no date); events otherwise."""
    try:
        headers = read_headers(path)
    except ValidationError:
        return EVENTS
    return PARTICIPANTS if participant_table.looks_like_participants(headers) else EVENTS


class CsvImportDialog(QDialog):
    def __init__(self, parent: QWidget | None, store: Store, path: Path,
                 kind: TableKind | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.path = path
        self.rows: ForeignRows | None = None
        self.kind = kind or _table_kind(path)
        self.setWindowTitle(f"Import {path.name}")
        self.headers: list[str] = []
        self.samples: dict[str, str] = {}
        # A page of fields for each kind of row, made the first time it is
        # shown and kept: a form's rows are never taken down (PySide keeps
        # wrappers of what a layout deletes, which a later object may reuse).
        self.pages = QStackedWidget()
        self.page_of: dict[str, tuple[QWidget, dict[str, QComboBox], dict[str, QLabel]]] = {}
        self.columns: dict[str, QComboBox] = {}
        self.sample_labels: dict[str, QLabel] = {}
        self.rows_are = QComboBox()
        for table_kind in KINDS:
            self.rows_are.addItem(table_kind.label, table_kind.settings)
        self.rows_are.setCurrentIndex(KINDS.index(self.kind))
        self.rows_are.currentIndexChanged.connect(self._kind_chosen)
        self._build_fields()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.problems_heading = QLabel("Rows that cannot be read (they are left out):")
        self.matches_heading = QLabel(
            "Names matched to known participants (untick to add as new):")
        self.matches = QListWidget()
        layout = QVBoxLayout(self)
        kind_row = QHBoxLayout()
        kind_row.addWidget(QLabel("Each row of the table is"))
        kind_row.addWidget(self.rows_are)
        kind_row.addStretch(1)
        # Where the column names are: found (a title above the table passed
        # over), or chosen when a title looks like a row of names.
        self.header_row = QSpinBox()
        self.header_row.setRange(1, HEADER_SEARCH_ROWS)
        self.header_row.setToolTip("The row of the table that holds the columns' names")
        self.header_row.valueChanged.connect(self._header_row_chosen)
        names_on = QLabel("Column names on row")
        names_on.setBuddy(self.header_row)
        kind_row.addWidget(names_on)
        kind_row.addWidget(self.header_row)
        # A JSON list's records name their columns themselves: no row to choose.
        names_on.setVisible(not is_records_json(path))
        self.header_row.setVisible(not is_records_json(path))
        layout.addLayout(kind_row)
        sheets = sheet_names(path) if is_workbook(path) else []
        if len(sheets) > 1:
            self.sheet = QComboBox()
            self.sheet.addItems(sheets)
            self.sheet.setCurrentText(chosen_sheet(path))
            self.sheet.currentTextChanged.connect(self._sheet_chosen)
            sheet_row = QHBoxLayout()
            sheet_row.addWidget(QLabel(f"{path.name} has {len(sheets)} sheets; the table "
                                       "is in:"))
            sheet_row.addWidget(self.sheet, 1)
            layout.addLayout(sheet_row)
        guessed = table_encoding(path)
        if not guessed.startswith("utf"):
            # a guess: shown with what it reads, and another can be chosen
            self.encoding_note = QLabel(
                f"{path.name} is not UTF-8. Check that the columns' names and first values "
                "below read correctly, or choose the text encoding it was saved in:")
            self.encoding_note.setWordWrap(True)
            self.encoding = QComboBox()
            for code, name in ENCODING_NAMES.items():
                if not code.startswith("utf"):
                    self.encoding.addItem(name, code)
            self.encoding.setCurrentIndex(self.encoding.findData(guessed))
            self.encoding.currentIndexChanged.connect(self._encoding_chosen)
            layout.addWidget(self.encoding_note)
            layout.addWidget(self.encoding)
        self.header_note = QLabel()
        self.header_note.setWordWrap(True)
        self._read_columns()
        layout.addWidget(self.header_note)
        layout.addWidget(QLabel("Which column holds each field (and its first value):"))
        # The fields scroll when the screen is too low for all of them (a
        # 768-pixel laptop screen: the dialog's buttons were below its edge).
        fields = QScrollArea()
        fields.setWidgetResizable(True)
        fields.setFrameShape(QFrame.Shape.NoFrame)
        fields.setWidget(self.pages)
        layout.addWidget(fields, 1)
        layout.addWidget(self.summary)
        # Each list with its heading, shown while it has something to say.
        for heading, listed in ((self.problems_heading, self.problems),
                                (self.matches_heading, self.matches)):
            layout.addWidget(heading)
            layout.addWidget(listed)
        for listed in (self.problems, self.matches):  # a few rows; they scroll beyond
            listed.setMaximumHeight(6 * self.fontMetrics().height() + 8)
        self.buttons = ok_cancel(self, "Import readable rows")
        layout.addWidget(self.buttons)
        self._fit_the_screen(fields)
        self.preview()

    def _fit_the_screen(self, fields: QScrollArea) -> None:
        """As tall as every field needs, if the screen has the room."""
        wanted = (self.sizeHint().height() - fields.sizeHint().height()
                  + self.pages.sizeHint().height())
        resize_within_screen(self, 760, max(480, wanted))

    def _build_fields(self) -> None:
        """The page of the kind of row: a row for each field, the column that
        holds it and that column's first value (to tell columns apart by what
        they hold)."""
        if self.kind.settings not in self.page_of:
            page = QWidget()
            form = QFormLayout(page)
            form.setContentsMargins(0, 0, 0, 0)
            columns: dict[str, QComboBox] = {}
            samples: dict[str, QLabel] = {}
            for field in self.kind.fields:
                combo = QComboBox()
                combo.currentTextChanged.connect(lambda _t: self.preview())
                columns[field] = combo
                sample = QLabel()
                sample.setMinimumWidth(280)
                sample.setStyleSheet("color: palette(placeholder-text)")
                samples[field] = sample
                combo.currentTextChanged.connect(lambda text, label=sample: self._show_sample(
                    label, text))
                row = QHBoxLayout()
                row.addWidget(combo, 1)
                row.addWidget(sample, 1)
                words = field_in_words(field)
                form.addRow(words[:1].upper() + words[1:], row)
            self.pages.addWidget(page)
            self.page_of[self.kind.settings] = (page, columns, samples)
        page, self.columns, self.sample_labels = self.page_of[self.kind.settings]
        self.pages.setCurrentWidget(page)

    def _kind_chosen(self, index: int) -> None:
        self.kind = KINDS[index]
        self._build_fields()
        self._read_columns()
        self.preview()

    def _read_columns(self) -> None:
        """The table's headers and first values, in the encoding it is read in,
        offered in each field's list with the remembered or guessed mapping."""
        header_row = self.header_row.value()  # kept, should the row chosen not be read
        try:
            self.headers, header_row = read_header_row(self.path)
            self.samples = first_values(self.path)
        except ValidationError as exc:  # not text in the encoding chosen
            self.headers, self.samples = [], {}
            self.summary.setText("; ".join(str(problem) for problem in exc.problems))
        # a title above the table, passed over: say so, the analyst may wonder
        self.header_note.setText(f"The column names are on row {header_row} of "
                                 f"{self.path.name}; the rows above them are left out."
                                 if header_row > 1 else "")
        self.header_note.setVisible(header_row > 1)
        self.header_row.blockSignals(True)
        self.header_row.setValue(header_row)
        self.header_row.blockSignals(False)
        remembered = QSettings().value(self._settings_key())
        mapping = json.loads(str(remembered)) if remembered else self.kind.guess(self.headers)
        for field, combo in self.columns.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItems([NOT_MAPPED, *self.headers])
            combo.setCurrentText(mapping.get(field, NOT_MAPPED))
            combo.blockSignals(False)
            self._show_sample(self.sample_labels[field], combo.currentText())

    def _sheet_chosen(self, sheet: str) -> None:
        previous, previous_row = chosen_sheet(self.path), chosen_header_row(self.path)
        use_sheet(self.path, sheet)
        use_header_row(self.path, None)  # another sheet: its column names found afresh
        if not read_sheet(self, self.path):
            use_sheet(self.path, previous)
            use_header_row(self.path, previous_row)
            self.sheet.blockSignals(True)
            self.sheet.setCurrentText(previous)
            self.sheet.blockSignals(False)
            return
        self._read_columns()
        self.preview()

    def _header_row_chosen(self, row: int) -> None:
        use_header_row(self.path, row)
        if is_workbook(self.path) and not read_sheet(self, self.path):
            use_header_row(self.path, None)  # cancelled: the sheet as found
        self._read_columns()
        self.preview()

    def _encoding_chosen(self) -> None:
        use_encoding(self.path, str(self.encoding.currentData()))
        self._read_columns()
        self.preview()

    def _show_sample(self, label: QLabel, column: str) -> None:
        value = " ".join(self.samples.get(column, "").split()) if column != NOT_MAPPED else ""
        label.setToolTip(as_written(value))
        label.setText(label.fontMetrics().elidedText(value, Qt.TextElideMode.ElideRight, 280))

    def mapping(self) -> dict[str, str]:
        return {field: combo.currentText() for field, combo in self.columns.items()
                if combo.currentText() != NOT_MAPPED}

    def refused(self) -> set[str]:
        items = [self.matches.item(i) for i in range(self.matches.count())]
        return {item.text().split("  →  ")[0] for item in items
                if item.flags() & Qt.ItemFlag.ItemIsUserCheckable
                and item.checkState() == Qt.CheckState.Unchecked}

    def preview(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok) if hasattr(
            self, "buttons") else None
        mapping = self.mapping()

        def survey(progress: Progress) -> tuple[ForeignRows, int, dict[str, str]]:
            with self.store.session() as session:
                rows, readable = self.kind.survey(session, self.path, mapping,
                                                  progress=progress)
                names = {pid: name for pid, name in session.execute(
                    select(Participant.id, Participant.name).where(
                        Participant.id.in_(list(rows.matches.values()))))}
            return rows, readable, names

        try:
            self.rows, readable, names = run_in_background(
                self, f"Reading {self.path.name}…", survey, "rows")
        except (ValidationError, Cancelled) as exc:
            self.rows = None
            self.summary.setText("Reading the table was cancelled." if isinstance(
                exc, Cancelled) else "; ".join(str(p) for p in exc.problems))
            if ok is not None:
                ok.setEnabled(False)
            return
        unreadable = len(self.rows.problems)
        rows = rows_with_problems(self.rows.problems)
        left_out = f"; {counted(rows, 'row')} cannot be read." if rows else "."
        self.summary.setText(self.kind.describe(self.rows, readable) + left_out)
        self.problems.clear()
        self.problems.addItems([str(p) for p in self.rows.problems[:SHOWN_PROBLEMS]])
        if unreadable > SHOWN_PROBLEMS:
            self.problems.addItem(f"… and {unreadable - SHOWN_PROBLEMS} more")
        self.matches.clear()
        exact = 0
        for typed, participant_id in self.rows.matches.items():
            name = names.get(participant_id, participant_id)
            if typed == name:
                exact += 1  # nothing to confirm: a table of ours names them so
                continue
            item = QListWidgetItem(f"{typed}  →  {name}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.matches.addItem(item)
        if exact:
            note = QListWidgetItem(
                (f"… and {exact} more" if self.matches.count() else f"{exact} names")
                + " written exactly as a known participant's (nothing to confirm)")
            note.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a note, nothing to tick
            self.matches.addItem(note)
        for heading, listed in ((self.problems_heading, self.problems),
                                (self.matches_heading, self.matches)):
            heading.setVisible(listed.count() > 0)
            listed.setVisible(listed.count() > 0)
        if ok is not None:
            ok.setEnabled(readable > 0)

    def remember_mapping(self) -> None:
        """Offer this mapping again for the next file with these headers."""
        QSettings().setValue(self._settings_key(), json.dumps(self.mapping()))

    def _settings_key(self) -> str:
        """Where the mapping for tables of these headers, of this kind, is kept."""
        return self.kind.settings + "|".join(sorted(self.headers)).replace("/", "_")

    def final_rows(self) -> ForeignRows:
        """The rows as confirmed, with refused matches made new participants."""
        self.remember_mapping()
        with self.store.session() as session:
            return self.kind.read(session, self.path, self.mapping(), self.refused())
