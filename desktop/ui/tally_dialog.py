"""Tools ▸ Count events…: the events of the current search and filters counted
by country (category, event type, status, tag or participant) and by year,
quarter or month — the table a report quotes.

The dialog stays open beside the window and follows it: another search,
another filter or an edit counts again.  Copy (or Ctrl+C) puts the table on
the clipboard for a spreadsheet; Save writes it as CSV (whole or not at all,
with cells a spreadsheet would run as formulas neutralised).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
)

from desktop.core.exchange.table_csv import write_counts_file
from desktop.core.filter_words import filter_in_words
from desktop.core.filters import EventFilter
from desktop.core.report_choices import PERIODS, ROW_FACETS
from desktop.core.tallies import (
    LESS_PRECISE,
    NO_START,
    Tally,
    TallyRow,
    chart_series,
    events_counted,
    tally,
)
from desktop.core.wording import counted
from desktop.ui.companion import COUNTING, companion, counts_beside, refresh_when
from desktop.ui.file_places import ask_table_path, with_ending
from desktop.ui.latest_query import LatestQuery
from desktop.ui.picture_file import PICTURE_ENDINGS, PICTURE_FILTERS, PictureError
from desktop.ui.table_views import WholeTableCopyView
from desktop.ui.tally_chart import TallyChart, save_chart

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

_Index = QModelIndex | QPersistentModelIndex
_PLURAL = {"country": "countries", "category": "categories", "event_type": "event types",
           "status": "statuses", "tag": "tags", "participant": "participants",
           "participant_country": "participant countries"}
ZERO = QColor("#9aa0a6")


class TallyModel(QAbstractTableModel):
    """The tally as a table: its rows, then the line of totals; its periods,
    then the column of totals.  Zeros are drawn faint, totals bold."""

    def __init__(self) -> None:
        super().__init__()
        self.counts: Tally | None = None
        self.bold = QFont()
        self.bold.setBold(True)

    def show(self, result: Tally) -> None:
        self.beginResetModel()
        self.counts = result
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if self.counts is None or parent.isValid() else len(self.counts.rows) + 1

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if self.counts is None or parent.isValid() else len(self.counts.columns) + 1

    def _value(self, row: int, column: int) -> int:
        assert self.counts is not None
        rows, columns = self.counts.rows, self.counts.columns
        if row == len(rows):
            return self.counts.total if column == len(columns) else self.counts.totals[column]
        return rows[row].total if column == len(columns) else rows[row].counts[column]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.counts is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        totals = row == len(self.counts.rows) or column == len(self.counts.columns)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self._value(row, column):,}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and totals:
            return self.bold
        if role == Qt.ItemDataRole.ForegroundRole and self._value(row, column) == 0:
            return ZERO
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.counts is None:
            return None
        horizontal = orientation == Qt.Orientation.Horizontal
        last = len(self.counts.columns) if horizontal else len(self.counts.rows)
        if role == Qt.ItemDataRole.FontRole and section == last:
            return self.bold
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == last:
            return "Total" if horizontal else "All events"
        return self.counts.columns[section] if horizontal else self.counts.rows[section].label


class TallyDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle("Count events")
        self.rows_by = _combo(ROW_FACETS)
        self.per = _combo(PERIODS)
        self.scope = QLabel()
        self.counts: Tally | None = None
        # The search and filters ``counts`` are of: those of the window until
        # the counts of its latest search come.
        self.counted_for = EventFilter()
        self.model = TallyModel()
        self.table = WholeTableCopyView(self.copy)
        self.table.setModel(self.model)
        self.table.setAccessibleName("Counts")
        # Widths are set from each column's label and total (its largest number):
        # measuring every cell of 300 rows by 400 months takes seconds.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.note = QLabel()
        self.note.setWordWrap(True)
        copy = QPushButton("&Copy table")
        copy.clicked.connect(self.copy)
        save = QPushButton("&Save as CSV…")
        save.clicked.connect(self.ask_and_save)
        save_chart_button = QPushButton("Sa&ve chart…")
        save_chart_button.clicked.connect(self.ask_and_save_chart)
        # Nothing to copy or save until the first counts come (at 100 000
        # events they are read beside the window for a moment).
        self.keeping = (copy, save, save_chart_button)
        for button in self.keeping:
            button.setEnabled(False)
        self.chart = TallyChart()
        self.views = QTabWidget()
        self.views.addTab(self.table, "&Table")
        self.views.addTab(self.chart, "C&hart")
        close = QPushButton("Close")
        close.clicked.connect(self.close)
        choices = QHBoxLayout()
        for text, widget in (("Count events by", self.rows_by), ("per", self.per)):
            label = QLabel(text)
            label.setBuddy(widget)
            choices.addWidget(label)
            choices.addWidget(widget)
        choices.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(copy)
        buttons.addWidget(save)
        buttons.addWidget(save_chart_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.scope)
        layout.addWidget(self.views, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.resize(900, 560)
        self.reading = LatestQuery(window.store, self)
        self.reading.ready.connect(self._show_counts)
        # Another search, filter or edit counts again, once however many signals.
        refresh_when(self, (window.events_model.modelReset, window.editor.changed),
                     self.recount)
        # Double-click, or Enter on the current number (the platform's "activate")
        self.table.activated.connect(self.choose_events)
        self.chart.activated.connect(self.choose_charted)
        self.rows_by.currentIndexChanged.connect(self.recount)
        self.per.currentIndexChanged.connect(self.recount)
        self.recount()

    def event_filter(self) -> EventFilter:
        return self.window_.events_model.event_filter

    def recount(self) -> None:
        """Count again, beside the window in a large database: the counts
        before stay, the line above them saying they are being counted."""
        event_filter = self.event_filter()
        rows_by, per = str(self.rows_by.currentData()), str(self.per.currentData())
        self.reading.request(
            lambda session: (event_filter, tally(session, event_filter, rows_by, per)),
            beside=counts_beside(self.window_))
        if self.reading.busy:
            self.scope.setText(COUNTING)

    def _show_counts(self, answer: tuple[EventFilter, Tally]) -> None:
        event_filter, result = answer
        self.counts, self.counted_for = result, event_filter
        for button in self.keeping:
            button.setEnabled(True)
        self.model.show(result)
        self._size_columns(result)
        searched = not event_filter.is_empty()
        events = counted(result.total, "event")
        self.scope.setText(f"The {events} of the current search and filters"
                           if searched else f"All {events}")
        self.note.setText(_note(result))
        self.chart.show_series(chart_series(result), self.chart_title())

    def choose_events(self, index: QModelIndex) -> None:
        """The events a number counts, chosen in the list (to read, change,
        export or see on the timeline)."""
        counts = self.counts
        if counts is None or not index.isValid():
            return
        row = counts.rows[index.row()] if index.row() < len(counts.rows) else None
        column = counts.columns[index.column()] if index.column() < len(counts.columns) \
            else None
        self._choose(row, column)

    def choose_charted(self, line: int, period: int) -> None:
        """A bar (``line`` -1) or a line's point double-clicked on the chart:
        its events chosen in the list, as the table's number would."""
        counts, series = self.counts, self.chart.series
        if counts is None or series is None:
            return
        self._choose(counts.rows[line] if line >= 0 else None, series.periods[period])

    def _choose(self, row: TallyRow | None, column: str | None) -> None:
        counts = self.counts
        assert counts is not None
        with self.window_.store.session() as session:
            event_ids = events_counted(session, self.counted_for, counts.rows_by,
                                       counts.per, row=row, column=column)
        if not self.window_.batch.choose(event_ids):
            return
        where = ", ".join(part for part in (row.label if row else "", column or "") if part)
        self.window_.statusBar().showMessage(
            f"{counted(len(event_ids), 'event')} chosen in the list"
            + (f": {where}" if where else ""),
            8000)

    def _size_columns(self, result: Tally) -> None:
        bold = QFontMetrics(self.model.bold)
        header = self.table.horizontalHeader()
        for column, (label, total) in enumerate(zip((*result.columns, "Total"),
                                                    (*result.totals, result.total),
                                                    strict=True)):
            header.resizeSection(column, max(bold.horizontalAdvance(label),
                                             bold.horizontalAdvance(f"{total:,}")) + 18)

    def chart_title(self) -> str:
        """"Events per year by country — 8 events: search “Laos”", which a
        saved chart keeps: a report's reader sees what it counts."""
        assert self.counts is not None
        counts = self.counts
        per = "" if counts.per == "none" else f" per {PERIODS[counts.per].lower()}"
        by = "" if counts.rows_by == "none" else f" by {ROW_FACETS[counts.rows_by].lower()}"
        with self.window_.store.session() as session:
            words = filter_in_words(session, self.counted_for, sentence=False)
        scope = f": {words}" if words else ", all events"
        return f"Events{per}{by} — {counted(counts.total, 'event')}{scope}"

    def ask_and_save_chart(self) -> None:
        if self.counts is None:
            return
        name = f"chart-{self.counts.rows_by}-per-{self.counts.per}.png".replace("_", "-")
        path, chosen = QFileDialog.getSaveFileName(self, "Save the chart", name,
                                                   PICTURE_FILTERS)
        if path:
            self.save_chart(with_ending(path, chosen, PICTURE_ENDINGS))

    def save_chart(self, path: Path) -> bool:
        assert self.counts is not None
        try:
            save_chart(path, chart_series(self.counts), self.chart_title(), self.font())
        except (PictureError, OSError) as exc:
            QMessageBox.warning(self, "Save the chart", str(exc))
            return False
        return True

    def copy(self) -> None:
        """The table, tab-separated, a line a row, for a spreadsheet."""
        if self.counts is None:  # Ctrl+C before the first counts came
            return
        QGuiApplication.clipboard().setText(
            "\n".join("\t".join(line) for line in self.counts.as_table()))

    def ask_and_save(self) -> None:
        if self.counts is None:
            return
        name = f"counts-by-{self.counts.rows_by}-per-{self.counts.per}.xlsx".replace("_", "-")
        target = ask_table_path(self, "Save the counts", name)
        if target is not None:
            self.save(target)

    def save(self, path: Path) -> bool:
        assert self.counts is not None
        try:
            write_counts_file(path, self.counts.as_table())
        except OSError as exc:
            QMessageBox.warning(self, "Save the counts", f"Could not write {path}: {exc}")
            return False
        return True


def _combo(choices: dict[str, str]) -> QComboBox:
    combo = QComboBox()
    for value, label in choices.items():
        combo.addItem(label, value)
    return combo


def _note(result: Tally) -> str:
    """How to read the table: what the odd columns hold, what is left out."""
    parts = ["Each event is counted in the period of its first day. Double-click a number "
             "(or press Enter on it) to choose its events in the list."]
    if LESS_PRECISE in result.columns:
        parts.append(f"“{LESS_PRECISE}”: dates not known that well (a year-only date, "
                     "counted by month).")
    if NO_START in result.columns:
        parts.append(f"“{NO_START}”: undated events and open starts.")
    if result.rows_by in ("tag", "participant", "participant_country"):
        parts.append(f"An event with several {_PLURAL[result.rows_by]} is in each of their "
                     "rows; “All events” counts it once.")
    if result.rows_left_out:
        parts.append(f"Showing the {len(result.rows):,} {_PLURAL[result.rows_by]} with the "
                     f"most events; {result.rows_left_out:,} more are left out.")
    return " ".join(parts)


def show_tally(window: MainWindow) -> TallyDialog:
    """The window's counts dialog, opened or brought to the front."""
    return companion(window, TallyDialog, lambda: TallyDialog(window), TallyDialog.recount)
