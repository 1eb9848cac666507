"""View ▸ Activity…: the change log of every record, a line per step.

Above, the latest steps — a Save, a batch change, an import, an undo — with
when, who and what in words; below, the chosen step's changes field by field.
Double-clicking a change of an event opens that event.  The dialog stays open
beside the window and follows its edits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.core.activity import (
    SHOWN_CHANGES,
    SHOWN_OPERATIONS,
    LoggedChange,
    Operation,
    analysts,
    operation_changes,
    operations,
)
from desktop.core.stamps import local_stamp, local_zone
from desktop.core.wording import field_in_words, from_the_difference
from desktop.ui.column_shares import ColumnShares
from desktop.ui.companion import companion, counts_beside, refresh_when
from desktop.ui.latest_query import LatestQuery
from desktop.ui.tooltip_text import as_written

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

EVENT_ROLE = Qt.ItemDataRole.UserRole
EVERYONE = "\x00everyone"
_VERBS = {"create": "added", "delete": "deleted"}


WHO_PADDING = 16  # the cell's margins, both sides


class ActivityDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle("Activity")
        self.resize(980, 640)
        self.who = QComboBox()
        self.who.setAccessibleName("Whose steps")
        # Filled once the log is read: sized to its names then, not to the
        # empty box it was when first shown ("everyone" was cut to "everyon").
        self.who.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.steps = _table(("When", "Who", "What"))
        self.steps.setAccessibleName("Steps")
        self.changes = _table(("Record", "Field", "Old", "New"))
        self.changes.setAccessibleName("Changes of the step")
        # The old and new values share the width alike: the old had a set 150
        # pixels beside a new value stretched over the rest.
        ColumnShares(self.changes, 3, {0: (0.28, 120, 360), 1: (0.14, 80, 180),
                                       2: (0.29, 100, 1000)})
        self.note = QLabel()
        # How many steps the list holds, apart from the note on the step chosen.
        self.span = QLabel()
        close = QPushButton("Close")
        close.clicked.connect(self.close)
        top = QHBoxLayout()
        label = QLabel("&Who")
        label.setBuddy(self.who)
        top.addWidget(label)
        top.addWidget(self.who)
        top.addStretch(1)
        top.addWidget(self.span)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.steps)
        split.addWidget(self.changes)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self.shown: list[Operation] = []
        self.who.currentIndexChanged.connect(self.refresh)
        self.steps.currentCellChanged.connect(lambda row, *_: self._show_step(row))
        self.changes.activated.connect(lambda index: self._open(index.row(), index.column()))
        # The log of 100 000 imported events is read in ~0.3 s: beside the
        # window in a large database, after every edit while the dialog is open.
        self.reading = LatestQuery(window.store, self)
        self.reading.ready.connect(self._show_steps)
        self.reading_changes = LatestQuery(window.store, self)
        self.reading_changes.ready.connect(self._show_changes)
        refresh_when(self, (window.editor.changed,), self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Read the analysts and the latest steps again (of the analyst chosen)."""
        who = self.who.currentData()
        by = None if who in (None, EVERYONE) else str(who)
        if not self.shown:
            self.note.setText("Reading the activity…")  # beside the window: ~0.3 s at 100 000
        self.reading.request(lambda session: (analysts(session), operations(session, by)),
                             beside=counts_beside(self.window_))

    def _fill_who(self, names: list[str]) -> None:
        self.who.blockSignals(True)
        current = self.who.currentData()
        self.who.clear()
        self.who.addItem("everyone", EVERYONE)
        for name in names:
            self.who.addItem(name or "(no name)", name)
        index = self.who.findData(current)
        self.who.setCurrentIndex(max(index, 0))
        self.who.blockSignals(False)

    def _show_steps(self, answer: tuple[list[str], list[Operation]]) -> None:
        names, self.shown = answer
        self._fill_who(names)
        self.steps.setHorizontalHeaderItem(0, QTableWidgetItem(f"When ({local_zone()})"))
        self.steps.setRowCount(len(self.shown))
        for row, step in enumerate(self.shown):
            for column, text in enumerate((local_stamp(step.at, seconds=True),
                                           step.by or "—", step.summary())):
                item = QTableWidgetItem(text)
                item.setToolTip(as_written(text))
                self.steps.setItem(row, column, item)
        # Who: wide enough for the longest name shown ("Engagement Curator
        # sample" was cut at the set 150 px), within reason.
        widest = max((self.steps.fontMetrics().horizontalAdvance(step.by or "—")
                      for step in self.shown), default=0) + WHO_PADDING
        self.steps.setColumnWidth(1, max(150, min(widest, 300)))
        if self.shown and self.steps.currentRow() != 0:
            self.steps.setCurrentCell(0, 0)  # which shows its changes
        else:
            self._show_step(0 if self.shown else -1)
        self.span.setText(f"The latest {SHOWN_OPERATIONS} steps"
                          if len(self.shown) == SHOWN_OPERATIONS else "")

    def _show_step(self, row: int) -> None:
        """Read the step's changes: beside the window in a large database (the
        first 2 000 of an import's took ~0.17 s, at every step the arrow keys
        passed over)."""
        step = self.shown[row] if 0 <= row < len(self.shown) else None
        if step is None:
            # Answered at once, overtaking a step's changes still on their way.
            self.reading_changes.request(lambda _session: (None, []), beside=False)
            return
        operation_id = step.operation_id
        self.reading_changes.request(
            lambda session: (step, operation_changes(session, operation_id)),
            beside=counts_beside(self.window_))

    def _show_changes(self, answer: tuple[Operation | None, list[LoggedChange]]) -> None:
        step, found = answer
        self.changes.setRowCount(len(found))
        for line, change in enumerate(found):
            field = field_in_words(change.field) or _VERBS.get(change.action, "")
            if change.field and change.action in _VERBS:
                field += f" ({_VERBS[change.action]})"
            # A long text changed is shown from where its old and new values part.
            for column, (text, shown) in enumerate((
                    (change.record, change.record), (field, field),
                    (change.old, from_the_difference(change.old, change.new)),
                    (change.new, from_the_difference(change.new, change.old)))):
                item = QTableWidgetItem(shown)
                item.setToolTip(as_written(text))
                item.setData(EVENT_ROLE, change.event_id)
                self.changes.setItem(line, column, item)
        if step is None:
            self.note.setText("Nothing has been changed yet." if not self.shown else "")
        elif step.changes > len(found):
            self.note.setText(f"Showing the first {SHOWN_CHANGES:,} of {step.changes:,} "
                              "changes of this step.")
        else:
            self.note.setText("Double-click a change of an event (or press Enter on it) to "
                              "open the event.")

    def _open(self, row: int, _column: int) -> None:
        item = self.changes.item(row, 0)
        event_id = item.data(EVENT_ROLE) if item is not None else None
        if not event_id:
            return
        from desktop.core.models import Event

        with self.window_.store.session() as session:
            exists = session.get(Event, str(event_id)) is not None
        if exists:
            self.window_.show_event(str(event_id))
        else:
            self.note.setText("That event has been deleted since.")


def _table(headers: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves it: it has no cells to fill
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    # The first column holds times or titles: a set width (long titles are cut,
    # their tooltip shows them whole); the last takes the rest.
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setColumnWidth(0, 170 if headers[0] == "When" else 320)
    for column in range(1, len(headers) - 1):
        table.setColumnWidth(column, 150)
    header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    return table


def show_activity(window: MainWindow) -> ActivityDialog:
    """The window's activity dialog, opened or brought to the front."""
    return companion(window, ActivityDialog, lambda: ActivityDialog(window), ActivityDialog.refresh)
