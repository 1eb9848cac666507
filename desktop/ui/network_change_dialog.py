"""Tools ▸ Compare two periods…: how the network of the current search and
filters changed from one period to another — the ties that are new, gone,
stronger or weaker, and the participants new to the events or absent from
them.  A double-click (or Enter) on a row chooses its events in the list.
The dialog stays open beside the window and follows its search and edits."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
)

from desktop.core.dates import DateError
from desktop.core.exchange.table_csv import write_counts_file
from desktop.core.filters import EventFilter
from desktop.core.network import member_events
from desktop.core.network_change import (
    NetworkChange,
    Period,
    compare_periods,
    periods_out_of_order,
    read_period,
)
from desktop.core.report_choices import COMPARISON_TABLES, KINDS
from desktop.core.wording import counted
from desktop.ui.choose_events import choose_events, fill_rows, results_table
from desktop.ui.companion import (
    button_row,
    companion,
    counts_beside,
    labelled,
    refresh_when,
)
from desktop.ui.date_field import ERROR_STYLE
from desktop.ui.file_places import ask_table_path
from desktop.ui.latest_query import LatestQuery

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

MAX_ROWS = 2000  # shown; "Copy table" copies every row


class NetworkChangeDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle("Compare two periods")
        self.result_: NetworkChange | None = None
        self.compared_for = EventFilter()  # the search and filters of ``result_``
        earlier, later = _latest_two_years(window)
        self.before = QLineEdit(earlier)
        self.after = QLineEdit(later)
        for line in (self.before, self.after):
            line.setPlaceholderText("e.g. 2024, Q3 2025, spring 2025, 2023-03/2023-09")
            line.returnPressed.connect(self.compare)
        self.before_words, self.after_words = QLabel(), QLabel()
        self.kind = QComboBox()
        for key, label in KINDS.items():
            self.kind.addItem(label, key)
        self.min_shared = QSpinBox()
        self.min_shared.setRange(1, 100)
        self.shown = QComboBox()
        for key, label in COMPARISON_TABLES.items():
            self.shown.addItem(label, key)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = results_table(("Participant", "Participant", "Before", "After"),
                                   (330, 330, 110), self.choose_row_events)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self._build_layout()
        self.reading = LatestQuery(window.store, self)
        self.reading.ready.connect(self._show_comparison)
        refresh_when(self, (window.events_model.modelReset, window.editor.changed),
                     self.compare)
        for combo in (self.kind, self.shown):
            combo.currentIndexChanged.connect(self.compare)
        self.min_shared.valueChanged.connect(self.compare)
        self.compare()

    def _build_layout(self) -> None:
        grid = QGridLayout()
        for row, (text, line, words) in enumerate((
                ("&Earlier period", self.before, self.before_words),
                ("&Later period", self.after, self.after_words))):
            label = QLabel(text)
            label.setBuddy(line)
            grid.addWidget(label, row, 0)
            grid.addWidget(line, row, 1)
            grid.addWidget(words, row, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        choices = QHBoxLayout()
        labelled(choices, (("&Participants", self.kind), ("tied by at least", self.min_shared)))
        choices.addWidget(QLabel("shared events"))
        choices.addStretch(1)
        labelled(choices, (("&Show", self.shown),))
        buttons = button_row(self, (("&Compare", self.compare), ("C&opy table", self.copy),
                                    ("Save &table…", self.ask_and_save)))
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(choices)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.resize(980, 640)

    def _periods(self) -> tuple[Period, Period] | None:
        """Both periods as read, each said in words beside it; None (and the
        reason beside the field) when one cannot be read."""
        periods = []
        for line, words in ((self.before, self.before_words), (self.after, self.after_words)):
            try:
                period = read_period(line.text())
            except DateError as exc:
                words.setStyleSheet(ERROR_STYLE)
                words.setText(str(exc))
                continue
            words.setStyleSheet("")
            words.setText(f"{_day(period.start)} to {_day(period.end)}")
            periods.append(period)
        if len(periods) < 2:
            return None
        if (why := periods_out_of_order(periods[0], periods[1])) is not None:
            self.after_words.setStyleSheet(ERROR_STYLE)
            self.after_words.setText(why[0].upper() + why[1:])
            return None
        return periods[0], periods[1]

    def compare(self) -> None:
        """Compare again, beside the window in a large database (two
        five-year periods of the 100 000-event benchmark: about 2 s); the
        comparison before stays until then."""
        periods = self._periods()
        if periods is None:
            # Answered at once, overtaking a comparison still on its way: it
            # is of periods no longer asked for.
            self.reading.request(lambda _session: None, beside=False)
            return
        event_filter = self.window_.events_model.event_filter
        kind, min_shared = str(self.kind.currentData()), self.min_shared.value()
        self.reading.request(
            lambda session: (event_filter, compare_periods(
                session, event_filter, *periods, kind=kind, min_shared=min_shared)),
            beside=counts_beside(self.window_))
        if self.reading.busy:
            self.summary.setText("Comparing the two periods…")

    def _show_comparison(self, answer: tuple[EventFilter, NetworkChange] | None) -> None:
        if answer is None:
            self.result_ = None
            self.summary.setText("")
            fill_rows(self.table, [])
            return
        event_filter, self.result_ = answer
        self.compared_for = event_filter
        self.summary.setText(self.result_.summary())
        header, *rows = self.result_.table(str(self.shown.currentData()))
        self.table.setColumnCount(len(header))
        self.table.setHorizontalHeaderLabels(header)
        # the counts' columns as wide as their headings ("Shared 2015/2019")
        counts = max(self.fontMetrics().horizontalAdvance(text) for text in header[-2:]) + 24
        for column, width in enumerate((560, counts) if len(header) == 3
                                       else (320, 320, counts)):
            self.table.setColumnWidth(column, width)
        fill_rows(self.table, rows[:MAX_ROWS])
        for row in range(min(len(rows), MAX_ROWS)):
            for column in range(len(header) - 2, len(header)):
                item = self.table.item(row, column)
                assert item is not None
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.note.setText(_note(event_filter.is_empty(), bool(event_filter.participant),
                                len(rows)))

    def choose_row_events(self, row: int) -> None:
        """The events of the row in both periods, chosen in the list: those the
        two of a tie share, or a newcomer's or an absent participant's own."""
        result = self.result_
        if result is None:
            return
        shown = str(self.shown.currentData())
        if shown in ("newcomers", "absent"):
            rows = result.newcomers if shown == "newcomers" else result.absent
            if row >= len(rows):
                return
            ids, who = [rows[row].id], result.names[rows[row].id]
        else:
            ties = result.ties if shown == "all" else result.ties_of(shown)
            if row >= len(ties):
                return
            ids = [ties[row].first, ties[row].second]
            who = f"{result.names[ids[0]]} with {result.names[ids[1]]}"
        event_filter = self.compared_for
        event_ids: dict[str, None] = {}
        with self.window_.store.session() as session:
            for period in (result.before, result.after):
                within = replace(event_filter, date_from=period.start, date_to=period.end)
                event_ids.update(dict.fromkeys(member_events(session, within, ids)))
        choose_events(self.window_, list(event_ids),
                      f"{who}, {result.before.typed} and {result.after.typed}")

    def copy(self) -> None:
        """Every row of the table shown, tab-separated, for a spreadsheet."""
        if self.result_ is not None:
            QGuiApplication.clipboard().setText("\n".join(
                "\t".join(line) for line in self.result_.table(str(self.shown.currentData()))))


    def ask_and_save(self) -> None:
        """Every row of the table shown as a workbook (its counts numbers) or CSV."""
        if self.result_ is None:
            return
        shown = str(self.shown.currentData())
        name = (f"{shown}-{self.result_.before.typed}-{self.result_.after.typed}.xlsx"
                .replace("/", "-").replace(" ", "-"))
        target = ask_table_path(self, "Save the table", name)
        if target is not None:
            self.save(target)

    def save(self, path: Path) -> bool:
        assert self.result_ is not None
        shown = str(self.shown.currentData())
        try:
            write_counts_file(path, self.result_.table(shown), sheet="Comparison",
                              labels=1 if shown in ("newcomers", "absent") else 2)
        except OSError as exc:
            QMessageBox.warning(self, "Save the table", f"Could not write {path}: {exc}")
            return False
        return True


def _day(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def _latest_two_years(window: MainWindow) -> tuple[str, str]:
    """The last two years with events, as a first comparison to offer."""
    from sqlalchemy import func, select

    from desktop.core.models import Event

    with window.store.session() as session:
        latest = session.execute(select(func.max(Event.date_start))).scalar_one()
    year = int(latest[:4]) if latest else 2025
    return str(year - 1), str(year)


def _note(whole: bool, focused: bool, rows: int) -> str:
    parts = ["All events." if whole else "The events of the current search and filters; "
             "the two periods take the place of its dates."]
    if focused:
        parts.append("Only the ties of the participant chosen in the filters are compared.")
    if rows > MAX_ROWS:
        parts.append(f"The first {MAX_ROWS:,} of {counted(rows, 'row')} are shown; Copy table "
                     "copies them all.")
    parts.append("Double-click a row (or press Enter) to choose its events in the list.")
    return " ".join(parts)


def show_network_change(window: MainWindow) -> NetworkChangeDialog:
    """The window's comparison dialog, opened or brought to the front."""
    return companion(window, NetworkChangeDialog, lambda: NetworkChangeDialog(window),
                     NetworkChangeDialog.compare)
