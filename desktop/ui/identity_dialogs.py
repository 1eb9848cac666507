"""Tools ▸ Find duplicate participants / events (Find mentions: mentions_dialog).

Duplicates are reviewed one pair at a time: the reasons in words, the two
records field by field (choose which value to keep for each), then Merge,
Not duplicates (remembered) or Skip.  Each merge and each decision is one
step of Edit ▸ Undo.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import ValidationError
from desktop.core.duplicate_events import chosen_pair, find_duplicate_events
from desktop.core.fields import EVENT_FIELDS, PARTICIPANT_FIELDS
from desktop.core.identity import Candidate, find_duplicate_participants
from desktop.core.logged_names import value_in_words
from desktop.core.models import Event, Participant
from desktop.core.operations import Operations
from desktop.core.progress import Progress
from desktop.core.wording import counted
from desktop.ui.background import Cancelled, run_in_background
from desktop.ui.change_bus import Editor
from desktop.ui.dialog_undo import DialogUndo
from desktop.ui.screen_fit import fit_to_message
from desktop.ui.tooltip_text import as_written

_SHOWN = {
    "participant": ("kind", "name", "native_name", "country", "position", "affiliation",
                    "parent", "org_type", "notes"),
    "event": ("title", "native_title", "date", "date_note", "category", "event_type", "place",
              "country", "summary", "attendance", "status", "notes"),
}
_LABELS = {"native_name": "Native name", "org_type": "Organisation type",
           "event_type": "Event type", "date_note": "Date note",
           "native_title": "Native title"}


class DuplicatesDialog(QDialog):
    def __init__(self, editor: Editor, kind: str, parent: QWidget | None = None,
                 chosen: tuple[str, str] | None = None) -> None:
        """``chosen``: two records the analyst chose in a list, to compare and
        merge (or set apart) rather than those found alike."""
        super().__init__(parent)
        self.editor, self.kind, self.chosen = editor, kind, chosen
        self.setWindowTitle(f"Duplicate {kind}s" if chosen is None else f"Merge two {kind}s")
        self.resize(1000, 600)
        self.pairs = QListWidget()
        self.pairs.setWordWrap(True)
        self.pairs.setAccessibleName("Candidate pairs")
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.keep_first = QRadioButton()
        self.keep_second = QRadioButton()
        keep = QButtonGroup(self)
        keep.addButton(self.keep_first)
        keep.addButton(self.keep_second)
        self.keep_first.setChecked(True)
        self.fields = QTableWidget(0, 3)
        self.fields.setHorizontalHeaderLabels(["Field", "First", "Second"])
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.fields.verticalHeader().setVisible(False)
        # Tab goes on to Merge: the arrows move among the values, Space ticks one.
        self.fields.setTabKeyNavigation(False)
        header = self.fields.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.merge_button = QPushButton("&Merge")
        self.merge_button.setToolTip("Keep the chosen record with the values ticked; the other "
                                     "one's links move to it and its names become aliases")
        self.distinct_button = QPushButton("&Not duplicates")
        self.distinct_button.setToolTip("Remember that these two are different; they are not "
                                        "proposed again")
        self.skip_button = QPushButton("&Skip")
        close = QPushButton("Close")
        self.count = QLabel()

        right = QWidget()
        column = QVBoxLayout(right)
        column.addWidget(self.reasons)
        # hidden while there is no pair to compare
        self.comparison = QWidget()
        compare = QVBoxLayout(self.comparison)
        compare.setContentsMargins(0, 0, 0, 0)
        # One name above the other: side by side, two long titles left the
        # pairs beside them a column of one word a line.
        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel("Keep:"), 0, Qt.AlignmentFlag.AlignTop)
        names = QVBoxLayout()
        names.addWidget(self.keep_first)
        names.addWidget(self.keep_second)
        keep_row.addLayout(names, 1)
        compare.addLayout(keep_row)
        compare.addWidget(QLabel("Tick the values to keep where the two differ:"))
        compare.addWidget(self.fields, 1)
        column.addWidget(self.comparison, 1)
        buttons = QHBoxLayout()
        for button in (self.merge_button, self.distinct_button, self.skip_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        self.undo_button = DialogUndo(editor, self._undone)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(close)
        column.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(self.pairs)
        splitter.addWidget(right)
        splitter.setSizes([400, 600])
        self.decided = 0  # pairs merged or set apart while the dialog is open
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.pairs.currentRowChanged.connect(self._show_pair)
        self.fields.itemChanged.connect(self._one_tick_per_row)
        self.merge_button.clicked.connect(self.merge)
        self.distinct_button.clicked.connect(self.not_duplicates)
        self.skip_button.clicked.connect(self.skip)
        close.clicked.connect(self.accept)
        self.refresh()
        if chosen is not None:  # one pair: nothing to skip to, nor to count
            self.skip_button.hide()
            self.count.hide()
        if self.pairs.count() == 0:
            for idle in (self.merge_button, self.distinct_button, self.skip_button, self.count,
                         self.undo_button):
                idle.hide()  # nothing to review
            fit_to_message(self)

    # -- the list of pairs -----------------------------------------------------------

    def refresh(self) -> None:
        find = (find_duplicate_participants if self.kind == "participant"
                else find_duplicate_events)

        def work(progress: Progress) -> list[Candidate]:
            with self.editor.ops.store.session() as session:
                return find(session, progress=progress)

        try:
            found = (self._chosen_pair() if self.chosen is not None else run_in_background(
                self, f"Looking for duplicate {self.kind}s…", work, "pairs compared"))
        except Cancelled:
            found = []
        self.pairs.clear()
        for candidate in found:
            item = QListWidgetItem(f"{candidate.score}  {candidate.first_name}  ⟷  "
                                   f"{candidate.second_name}")
            item.setToolTip(as_written(f"{candidate.first_name}\n{candidate.second_name}\n"
                                       + "\n".join(candidate.reasons)))
            item.setData(Qt.ItemDataRole.UserRole, candidate)
            self.pairs.addItem(item)
        self.count.setText(counted(len(found), "pair"))
        if found:
            self.pairs.setCurrentRow(0)
        else:
            self._show_pair(-1)

    def _chosen_pair(self) -> list[Candidate]:
        """The two chosen, until they are merged or set apart."""
        if self.chosen is None or self.decided:
            return []
        with self.editor.ops.store.session() as session:
            pair = chosen_pair(session, self.kind, *self.chosen)
        return [] if pair is None else [pair]

    def _undone(self, _what: str) -> None:
        """A merge or decision taken back: the pairs found again (the pair is
        among them once more)."""
        self.decided = max(0, self.decided - 1)
        self.refresh()

    def current(self) -> Candidate | None:
        item = self.pairs.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, Candidate) else None

    def _show_pair(self, _row: int) -> None:
        candidate = self.current()
        # A read-only window reviews the pairs but changes nothing.
        editable = candidate is not None and not self.editor.ops.store.read_only
        self.merge_button.setEnabled(editable)
        self.distinct_button.setEnabled(editable)
        self.skip_button.setEnabled(candidate is not None)
        self.fields.setRowCount(0)
        self.comparison.setVisible(candidate is not None)
        # Two chosen: their names are beside Keep, a list of one pair says nothing more.
        self.pairs.setVisible(self.pairs.count() > 0 and self.chosen is None)
        if candidate is None:
            if self.chosen is not None:
                self.reasons.setText("Done (Undo takes it back)." if self.decided else
                                     f"One of the two {self.kind}s is no longer there.")
            else:
                self.reasons.setText("No more likely duplicates." if self.decided else
                                     f"No likely duplicate {self.kind}s were found: nothing "
                                     "to review.")
            return
        heading = "Why they may be one:" if self.chosen is None else "What the two share:"
        self.reasons.setText(f"<b>{heading}</b><ul>" + "".join(
            f"<li>{html.escape(reason)}</li>" for reason in candidate.reasons) + "</ul>"
            if candidate.reasons else "<b>Nothing but your choice says they are one</b>: "
            "compare them below before merging.")
        _name_choice(self.keep_first, candidate.first_name)
        _name_choice(self.keep_second, candidate.second_name)
        first, second = self._values(candidate.first), self._values(candidate.second)
        for name in _SHOWN[self.kind]:
            row = self.fields.rowCount()
            self.fields.insertRow(row)
            label = QTableWidgetItem(_LABELS.get(name, name.replace("_", " ").capitalize()))
            label.setData(Qt.ItemDataRole.UserRole, name)
            self.fields.setItem(row, 0, label)
            # By default a value is kept over an empty one, else the first's.
            preferred = 2 if first.get(name) in (None, "") else 1
            for column, value in ((1, first.get(name)), (2, second.get(name))):
                cell = QTableWidgetItem("" if value is None else str(value))
                # a long title or summary is cut in its cell
                cell.setToolTip(as_written(cell.text()))
                if first.get(name) != second.get(name) and value not in (None, ""):
                    cell.setFlags(cell.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    cell.setCheckState(Qt.CheckState.Checked if column == preferred
                                       else Qt.CheckState.Unchecked)
                else:  # (a table's cells are checkable unless told not to be)
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                self.fields.setItem(row, column, cell)

    def _one_tick_per_row(self, item: QTableWidgetItem) -> None:
        if item.column() not in (1, 2) or item.checkState() != Qt.CheckState.Checked:
            return
        other = self.fields.item(item.row(), 3 - item.column())
        if other is not None and other.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            self.fields.blockSignals(True)
            other.setCheckState(Qt.CheckState.Unchecked)
            self.fields.blockSignals(False)

    def _values(self, record_id: str) -> dict[str, Any]:
        specs = PARTICIPANT_FIELDS if self.kind == "participant" else EVENT_FIELDS
        model: Any = Participant if self.kind == "participant" else Event
        with self.editor.ops.store.session() as session:
            record = session.get(model, record_id)
            if record is None:
                return {}
            shown = {name: specs[name].show(getattr(record, specs[name].column), session)
                     for name in _SHOWN[self.kind]}
        # A status, country or kind as the forms show it ("Needs review", "Iran (IR)").
        return {name: value_in_words(self.kind, name, value, {}) if isinstance(value, str)
                else value for name, value in shown.items()}

    # -- decisions -----------------------------------------------------------------

    def chosen_fields(self) -> list[str]:
        """The fields whose ticked value is the record not kept."""
        other_column = 2 if self.keep_first.isChecked() else 1
        taken = []
        for row in range(self.fields.rowCount()):
            cell, label = self.fields.item(row, other_column), self.fields.item(row, 0)
            if cell is not None and label is not None and (
                    cell.checkState() == Qt.CheckState.Checked):
                taken.append(str(label.data(Qt.ItemDataRole.UserRole)))
        return taken

    def merge(self) -> None:
        candidate = self.current()
        if candidate is None:
            return
        keep, other = ((candidate.first, candidate.second) if self.keep_first.isChecked()
                       else (candidate.second, candidate.first))
        taken = self.chosen_fields()
        kept_name = (candidate.first_name if keep == candidate.first else candidate.second_name)
        merge = (Operations.merge_participants if self.kind == "participant"
                 else Operations.merge_events)
        if self._apply(lambda ops: merge(ops, keep, other, taken), f"Merge into “{kept_name}”"):
            self.decided += 1
            self.refresh()

    def not_duplicates(self) -> None:
        candidate = self.current()
        if candidate is not None and self._apply(
                lambda ops: ops.mark_not_duplicates(self.kind, candidate.first,
                                                    candidate.second),
                f"Not duplicates: {candidate.first_name} / {candidate.second_name}"):
            self.decided += 1
            self.pairs.takeItem(self.pairs.currentRow())
            self.count.setText(counted(self.pairs.count(), "pair"))
            self._show_pair(self.pairs.currentRow())

    def skip(self) -> None:
        row = self.pairs.currentRow()
        if row + 1 < self.pairs.count():
            self.pairs.setCurrentRow(row + 1)

    def _apply(self, operation: Any, description: str) -> bool:
        try:
            self.editor.apply(operation, description)
        except ValidationError as exc:
            said = "; ".join(map(str, exc.problems))
            self.reasons.setText(f"<b>Not done:</b> {html.escape(said)}")
            return False
        return True


# The widest a name to keep is shown: a longer title whole would widen the
# comparison and squeeze the pairs beside it.
KEEP_NAME_WIDTH = 540


def _name_choice(button: QRadioButton, name: str) -> None:
    """Show ``name`` on ``button``, cut at "…" past KEEP_NAME_WIDTH and then
    whole in its tooltip."""
    # Cut in the middle: two editions of a title differ most often at its end.
    shown = button.fontMetrics().elidedText(name, Qt.TextElideMode.ElideMiddle, KEEP_NAME_WIDTH)
    button.setText(shown.replace("&", "&&"))  # "&" would be taken for a keyboard accelerator
    button.setToolTip(as_written(name) if shown != name else "")
    button.setAccessibleName(name)
