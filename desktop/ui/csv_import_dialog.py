"""Importing a CSV table of events: map its columns, confirm participant matches.

The mapping is guessed from the headers and remembered (QSettings) for the
next file with the same headers.  The preview lists rows that cannot be read
and each typed participant name matched to a known participant; unticking a
match makes that name a new participant instead.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from desktop.core.changes import ValidationError
from desktop.core.db import Store
from desktop.core.exchange.foreign_csv import (
    FIELDS,
    ForeignRows,
    guess_mapping,
    read_foreign_csv,
    read_table,
)
from desktop.core.models import Participant

NOT_MAPPED = "—"


def _settings_key(headers: list[str]) -> str:
    return "csv_mappings/" + "|".join(sorted(headers)).replace("/", "_")


class CsvImportDialog(QDialog):
    def __init__(self, parent: QWidget | None, store: Store, path: Path) -> None:
        super().__init__(parent)
        self.store = store
        self.path = path
        self.rows: ForeignRows | None = None
        self.setWindowTitle(f"Import {path.name}")
        self.resize(760, 640)
        self.headers, _ = read_table(path)
        remembered = QSettings().value(_settings_key(self.headers))
        mapping = json.loads(str(remembered)) if remembered else guess_mapping(self.headers)
        form = QFormLayout()
        self.columns: dict[str, QComboBox] = {}
        for field in FIELDS:
            combo = QComboBox()
            combo.addItems([NOT_MAPPED, *self.headers])
            combo.setCurrentText(mapping.get(field, NOT_MAPPED))
            combo.currentTextChanged.connect(lambda _t: self.preview())
            self.columns[field] = combo
            form.addRow(field.replace("_", " ").capitalize(), combo)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.matches = QListWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Which column holds each field:"))
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel("Rows that cannot be read (they are left out):"))
        layout.addWidget(self.problems)
        layout.addWidget(QLabel("Names matched to known participants (untick to add as new):"))
        layout.addWidget(self.matches)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Import readable rows")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.preview()

    def mapping(self) -> dict[str, str]:
        return {field: combo.currentText() for field, combo in self.columns.items()
                if combo.currentText() != NOT_MAPPED}

    def refused(self) -> set[str]:
        return {self.matches.item(i).text().split("  →  ")[0]
                for i in range(self.matches.count())
                if self.matches.item(i).checkState() == Qt.CheckState.Unchecked}

    def preview(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok) if hasattr(
            self, "buttons") else None
        try:
            with self.store.session() as session:
                self.rows = read_foreign_csv(session, self.path, self.mapping())
                names = {pid: name for pid, name in session.execute(
                    select(Participant.id, Participant.name).where(
                        Participant.id.in_(list(self.rows.matches.values()))))}
        except ValidationError as exc:
            self.rows = None
            self.summary.setText("; ".join(str(p) for p in exc.problems))
            if ok is not None:
                ok.setEnabled(False)
            return
        self.summary.setText(f"{len(self.rows.events)} events can be read; "
                             f"{len(self.rows.participants)} new participants.")
        self.problems.clear()
        self.problems.addItems([str(p) for p in self.rows.problems])
        self.matches.clear()
        for typed, participant_id in self.rows.matches.items():
            item = QListWidgetItem(f"{typed}  →  {names.get(participant_id, participant_id)}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.matches.addItem(item)
        if ok is not None:
            ok.setEnabled(bool(self.rows.events))

    def remember_mapping(self) -> None:
        """Offer this mapping again for the next file with these headers."""
        QSettings().setValue(_settings_key(self.headers), json.dumps(self.mapping()))

    def final_rows(self) -> ForeignRows:
        """The rows as confirmed, with refused matches made new participants."""
        self.remember_mapping()
        with self.store.session() as session:
            return read_foreign_csv(session, self.path, self.mapping(), self.refused())
