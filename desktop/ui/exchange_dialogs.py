"""File ▸ Export… and File ▸ Import…: choosing what to write, and how to merge."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.exchange.json_import import ImportPlan

FORMATS = (("json", "Engagement Curator JSON — lossless, for colleagues (*.json)"),
           ("csv", "Events table for spreadsheets — events.csv (*.csv)"),
           ("datapackage", "Data Package — a folder of CSV tables, lossless, for pandas and R"))


class ExportDialog(QDialog):
    """What to export: the format, all events or the current result, Excel's BOM."""

    def __init__(self, parent: QWidget | None, shown: int, total: int) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export")
        self.format = QComboBox()
        for value, label in FORMATS:
            self.format.addItem(label, value)
        self.all_events = QRadioButton(f"All {total:,} events")
        self.current = QRadioButton(f"The {shown:,} events of the current search and filters")
        self.current.setEnabled(shown != total)
        (self.current if shown != total else self.all_events).setChecked(True)
        scope = QButtonGroup(self)
        scope.addButton(self.all_events)
        scope.addButton(self.current)
        self.excel = QCheckBox("For Excel (start the file with a UTF-8 byte-order mark)")
        self.excel.setChecked(True)
        self.format.currentIndexChanged.connect(
            lambda _i: self.excel.setEnabled(self.format.currentData() == "csv"))
        self.excel.setEnabled(False)
        form = QFormLayout()
        form.addRow("Format", self.format)
        form.addRow("Events", self.all_events)
        form.addRow("", self.current)
        form.addRow("", self.excel)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Choose file…")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def filtered(self) -> bool:
        return self.current.isChecked()


class ImportDialog(QDialog):
    """The merge before anything is written: what is new, unchanged, changed; for
    each changed record, field by field, keep ours or take theirs."""

    def __init__(self, parent: QWidget | None, file_name: str, plan: ImportPlan) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(f"Import {file_name}")
        self.resize(900, 520)
        summary = QLabel(f"<b>{file_name}</b>: {plan.summary()}.")
        summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(["Record", "Field", "Ours", "Theirs", "Keep"])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.choices: dict[str, QComboBox] = {}
        if plan.conflicts:
            layout.addWidget(QLabel("Records changed on both sides — choose, for each, which "
                                    "version to keep:"))
            self._fill()
            layout.addWidget(self.table, 1)  # the table takes the room there is
            row = QHBoxLayout()
            for text, theirs in (("Keep ours for all", False), ("Take theirs for all", True)):
                button = QPushButton(text)
                button.clicked.connect(lambda _c=False, t=theirs: self.choose_all(t))
                row.addWidget(button)
            row.addStretch(1)
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
            # As tall as its rows, up to six; it scrolls beyond.
            rows = min(len(plan.name_matches), 6)
            self.matches.setFixedHeight(self.matches.sizeHintForRow(0) * rows
                                        + 2 * self.matches.frameWidth() + 4)
            layout.addWidget(self.matches)
        note = QLabel("A backup of the database is made before the import. The import is "
                      "stored whole or not at all.")
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Import")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _fill(self) -> None:
        rows = [(conflict, field) for conflict, _record in self.plan.conflicts
                for field in conflict.fields]
        self.table.setRowCount(len(rows))
        first_row: dict[str, int] = {}
        for row, (conflict, (name, ours, theirs)) in enumerate(rows):
            first = conflict.record_id not in first_row
            label = f"{conflict.entity}: {conflict.label}" if first else ""
            for column, text in enumerate((label, name, _short(ours), _short(theirs))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                self.table.setItem(row, column, item)
            if first:
                first_row[conflict.record_id] = row
                combo = QComboBox()
                combo.addItem("ours", False)
                combo.addItem("theirs", True)
                newer = conflict.theirs_updated > conflict.ours_updated
                combo.setCurrentIndex(1 if newer else 0)
                combo.setToolTip(f"ours edited {conflict.ours_updated or '?'}, "
                                 f"theirs {conflict.theirs_updated or '?'}")
                holder = QWidget()  # keeps the combo at the top of a tall row
                stack = QVBoxLayout(holder)
                stack.setContentsMargins(2, 2, 2, 2)
                stack.addWidget(combo)
                stack.addStretch(1)
                self.table.setCellWidget(row, 4, holder)
                self.choices[conflict.record_id] = combo
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(1, 110)
        # Long values are cut to a few lines; the tooltip holds them whole.
        self.table.verticalHeader().setMaximumSectionSize(110)
        self.table.resizeRowsToContents()

    def choose_all(self, theirs: bool) -> None:
        for combo in self.choices.values():
            combo.setCurrentIndex(1 if theirs else 0)

    def refused_matches(self) -> set[str]:
        """Their participants (by id) to add as new rather than store as ours."""
        return {str(item.data(Qt.ItemDataRole.UserRole))
                for item in map(self.matches.item, range(self.matches.count()))
                if item.checkState() == Qt.CheckState.Unchecked}

    def chosen(self) -> dict[str, bool]:
        """For each changed record: True to take theirs."""
        return {record_id: bool(combo.currentData()) for record_id, combo in self.choices.items()}


def _short(value: object) -> str:
    if isinstance(value, list):
        return f"{len(value)} item(s)" if value and isinstance(value[0], dict) else "; ".join(
            map(str, value))
    text = "" if value is None else str(value)
    return text if len(text) <= 300 else text[:299] + "…"



