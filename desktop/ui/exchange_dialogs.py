"""File ▸ Export… and File ▸ Import…: choosing what to write, and how to merge."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.exchange.import_plan import ImportPlan
from desktop.core.wording import counted
from desktop.ui.conflict_table import OURS, THEIRS, ConflictModel, conflict_view
from desktop.ui.dialog_buttons import ok_cancel

FORMATS = (("json", "Engagement Curator JSON — lossless, for colleagues (*.json)"),
           ("csv", "Events table for spreadsheets — events.csv (*.csv)"),
           ("xlsx", "Events table as an Excel workbook — events.xlsx (*.xlsx)"),
           ("datapackage", "Data Package — a folder (or a .zip) of CSV tables, lossless, "
                            "for pandas and R"),
           ("html", "Chronology for a report — date order, participants, sources (*.html)"),
           ("markdown", "Chronology as Markdown (*.md)"),
           ("pack", "Chronology with the saved copies it cites — a zip to hand over (*.zip)"),
           ("ris", "Their sources for a reference manager (Zotero, EndNote) — RIS (*.ris)"),
           ("participants", "Their participants as a table — participants.xlsx (*.xlsx)"))


class ExportDialog(QDialog):
    """What to export: the format, all events or the current result, Excel's BOM."""

    def __init__(self, parent: QWidget | None, shown: int, total: int,
                 selected: int = 0) -> None:
        """``selected``: how many events are chosen in the list (offered from two)."""
        super().__init__(parent)
        self.setWindowTitle("Export")
        self.format = QComboBox()
        for value, label in FORMATS:
            self.format.addItem(label, value)
        self.all_events = QRadioButton(f"All {counted(total, 'event')}")
        self.current = QRadioButton(
            f"The {counted(shown, 'event')} of the current search and filters")
        self.current.setEnabled(shown != total)
        self.selected = QRadioButton(f"The {selected:,} events selected in the list")
        self.selected.setVisible(selected > 1)
        (self.selected if selected > 1 else self.current if shown != total
         else self.all_events).setChecked(True)
        scope = QButtonGroup(self)
        for button in (self.all_events, self.current, self.selected):
            scope.addButton(button)
        self.excel = QCheckBox("For Excel (start the file with a UTF-8 byte-order mark)")
        self.excel.setChecked(True)
        self.format.currentIndexChanged.connect(
            lambda _i: self.excel.setEnabled(self.format.currentData() == "csv"))
        self.excel.setEnabled(False)
        form = QFormLayout()
        form.addRow("Format", self.format)
        form.addRow("Events", self.all_events)
        form.addRow("", self.current)
        form.addRow("", self.selected)
        form.addRow("", self.excel)
        buttons = ok_cancel(self, "Choose file…")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def filtered(self) -> bool:
        return self.current.isChecked()

    def only_selected(self) -> bool:
        return self.selected.isChecked() and self.selected.isVisibleTo(self)


class ImportDialog(QDialog):
    """The merge before anything is written: what is new, unchanged, changed; for
    each changed record, field by field, keep ours or take theirs."""

    def __init__(self, parent: QWidget | None, file_name: str, plan: ImportPlan) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(f"Import {file_name}")
        self.resize(1000, 600)
        summary = QLabel(f"<b>{escape(file_name)}</b>: {plan.summary()}."
                         + "".join(f"<p>{escape(note)}</p>" for note in plan.notes))
        summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        self.new_events = QListWidget()
        self.new_events.setObjectName("new_events")
        if plan.new_event_titles:
            listed = len(plan.new_event_titles)
            layout.addWidget(QLabel(
                "Their new events:" if listed == plan.new_events
                else f"Their new events (the first {listed:,} of {plan.new_events:,}):"))
            for day, title in plan.new_event_titles:
                item = QListWidgetItem(f"{day or '(no date)'}   {title}")
                item.setToolTip(title)
                self.new_events.addItem(item)
            _rows_high(self.new_events, listed)
            layout.addWidget(self.new_events)
        # The records to decide on first: among thousands merged field by field,
        # the few changed on both sides were anywhere in the file's order.
        self.conflicts = ConflictModel(sorted((conflict for conflict, _record in plan.conflicts),
                                              key=lambda conflict: not conflict.asked), self,
                                       plan.participant_names)
        if plan.conflicts:
            asked = sum(1 for conflict, _record in plan.conflicts if conflict.asked)
            explained = QLabel(_how_ticked(asked))
            explained.setObjectName("how_ticked")
            explained.setWordWrap(True)
            layout.addWidget(explained)
            self.table = conflict_view(self.conflicts)
            # The table over the chosen row's two values, the line between
            # them draggable: a long summary compared needs more than four lines.
            values = QWidget()
            values_row = self._values_of_current_row()
            values_row.setContentsMargins(0, 0, 0, 0)
            values.setLayout(values_row)
            self.split = QSplitter(Qt.Orientation.Vertical)
            self.split.setChildrenCollapsible(False)
            self.split.addWidget(self.table)
            self.split.addWidget(values)
            self.split.setStretchFactor(0, 1)  # the table takes the room there is
            self.split.setSizes([400, 150])  # at first two thirds and more to the table
            layout.addWidget(self.split, 1)
            row = QHBoxLayout()
            for text, theirs in (("Keep ours for all", False), ("Take theirs for all", True)):
                button = QPushButton(text)
                button.clicked.connect(lambda _c=False, t=theirs: self.choose_all(t))
                row.addWidget(button)
            row.addStretch(1)
            # As --on-conflict does: the fields both changed alone, what one
            # side alone changed left as it is ticked.
            row.addWidget(QLabel("Where both sides changed a field:"))
            for text, theirs in (("Keep ours", False), ("Take theirs", True)):
                button = QPushButton(text)
                button.setObjectName(f"both_{'theirs' if theirs else 'ours'}")
                button.clicked.connect(
                    lambda _c=False, t=theirs: self.conflicts.choose_where_both_changed(t))
                row.addWidget(button)
            layout.addLayout(row)
        self.matches = QListWidget()
        if plan.name_matches:
            layout.addWidget(QLabel("Their participants named as participants here (each is "
                                    "stored as ours; untick to add theirs as new):"))
            for match in plan.name_matches:
                item = QListWidgetItem(match.describe())
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                item.setData(Qt.ItemDataRole.UserRole, match.their_id)
                self.matches.addItem(item)
            _rows_high(self.matches, len(plan.name_matches))
            layout.addWidget(self.matches)
        # The events the notes name (ours the file lacks, theirs deleted here):
        # the analyst may want to delete them here, which the merge never does.
        self.choose_named = QCheckBox(
            "Choose in the list, once imported, the "
            f"{counted(len(plan.look_at), 'event')} named above")
        self.choose_named.setObjectName("choose_named")
        if plan.look_at:
            layout.addWidget(self.choose_named)
        # And theirs that are new here: which a colleague added is what the
        # analyst reads first once they are in.
        self.choose_new = QCheckBox(
            f"Choose in the list, once imported, the {counted(plan.new_events, 'new event')}",
            self)
        self.choose_new.setObjectName("choose_new")
        if plan.new_event_ids:
            layout.addWidget(self.choose_new)
        else:  # none, or thousands (a dataset of its own): not offered
            self.choose_new.hide()
        note = QLabel("A backup of the database is made before the import. The import is "
                      "stored whole or not at all.")
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = ok_cancel(self, "Import")
        layout.addWidget(buttons)
        if plan.conflicts:  # what is to be decided, rather than the list above it
            self.table.setFocus()
        else:
            # No table to give the room to: as tall as its texts, which the
            # layout would otherwise spread down the dialog.
            self.resize(760, self.sizeHint().height())

    def _values_of_current_row(self) -> QHBoxLayout:
        """The current row's two values whole, side by side: a cell shows one
        line of each, and a difference may be at the end of a long text."""
        row = QHBoxLayout()
        self.values: dict[int, QPlainTextEdit] = {}
        for column, label in ((OURS, "Ours"), (THEIRS, "Theirs")):
            box = QVBoxLayout()
            box.addWidget(QLabel(label))
            value = QPlainTextEdit()
            value.setReadOnly(True)
            value.setPlaceholderText("(nothing)")
            value.setMinimumHeight(value.fontMetrics().lineSpacing() * 4 + 12)
            box.addWidget(value)
            row.addLayout(box)
            self.values[column] = value
        self.table.selectionModel().currentRowChanged.connect(self._show_values)
        self.table.setCurrentIndex(self.conflicts.index(0, OURS))
        return row

    def _show_values(self, current: QModelIndex, _previous: QModelIndex) -> None:
        for column, value in self.values.items():
            value.setPlainText(self.conflicts.whole_value(current.row(), column))

    def choose_all(self, theirs: bool) -> None:
        self.conflicts.choose_all(theirs)

    def choose(self, record_id: str, theirs: bool) -> None:
        self.conflicts.choose(record_id, theirs)

    def refused_matches(self) -> set[str]:
        """Their participants (by id) to add as new rather than store as ours."""
        return {str(item.data(Qt.ItemDataRole.UserRole))
                for item in map(self.matches.item, range(self.matches.count()))
                if item.checkState() == Qt.CheckState.Unchecked}

    def chosen(self) -> dict[str, frozenset[str]]:
        """For each changed record, the fields whose value in their file is taken."""
        return self.conflicts.chosen()


def _rows_high(rows: QListWidget, count: int) -> None:
    """The list as tall as its rows, up to six; it scrolls beyond."""
    rows.setFixedHeight(rows.sizeHintForRow(0) * min(count, 6) + 2 * rows.frameWidth() + 4)


def _how_ticked(asked: int) -> str:
    """What the ticks of the table say, naming the records changed on both
    sides only when there are any."""
    both = ("" if not asked else
            ", and, of the record with a field changed on both sides (listed first), those "
            "theirs edited later" if asked == 1 else
            f", and, of the {asked:,} records with a field changed on both sides (listed "
            "first), those theirs edited later")
    return (f"Fields that differ from ours — ticked where theirs is taken: those their file "
            f"alone changed{both} (Space ticks the current one). What was changed here alone "
            "is kept:")

