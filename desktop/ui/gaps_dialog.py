"""Tools ▸ Gaps in the data…: what the events and participants still lack,
and the way to them.

Each kind of gap is a line with its count and what to do about it; choosing
one (double-click or the button) chooses those records in their list, every
filter set aside so that all of them are there, ready for Edit ▸ Change
selected… or to be read one by one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from desktop.core.data_gaps import Gap, data_gaps
from desktop.core.filters import EventFilter
from desktop.core.listing import count_events, count_participants
from desktop.core.progress import Progress
from desktop.core.wording import counted
from desktop.ui.background import run_in_background

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


# The gaps of a country that can be filled in together, from what.
_FILLED_FROM = {"no_country": "places", "participant_no_country": "affiliations and parents"}


class GapsDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle("Gaps in the data")
        self.resize(640, 460)

        def find_gaps(_progress: Progress) -> tuple[list[Gap], dict[str, int]]:
            with window.store.session() as session:
                return data_gaps(session), {"event": count_events(session),
                                            "participant": count_participants(session)}

        # Beside the window: the first time, the towns a place is read as are
        # read too, three seconds and more at 100 000 events.
        self.gaps, totals = run_in_background(window, "Counting the gaps in the data…", find_gaps,
                                              cancellable=False)
        self.list = QListWidget()
        self.list.setAccessibleName("Gaps")
        self.list.setWordWrap(True)
        for gap in self.gaps:
            count = len(gap.ids)
            item = QListWidgetItem(f"{gap.label}: {count:,} of {totals[gap.of]:,}"
                                   + (f"\n    {gap.advice}" if count else ""))
            item.setData(Qt.ItemDataRole.UserRole, gap.key)
            if not count:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        self.choose_button = QPushButton("&Choose them in the list")
        self.choose_button.clicked.connect(self.choose)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.choose_button, QDialogButtonBox.ButtonRole.ActionRole)
        # Events with no country whose place gives one, participants whose
        # affiliation or parent has one: filled in together.
        self.fill_button = QPushButton()
        self.fill_button.clicked.connect(self.fill_countries)
        buttons.addButton(self.fill_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("What the events and participants still lack:"))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.list.itemActivated.connect(lambda _item: self.choose())  # double-click, Enter
        self.list.currentRowChanged.connect(self._enable)
        first = next((row for row, gap in enumerate(self.gaps) if gap.ids), -1)
        self.list.setCurrentRow(first)
        self._enable()

    def current_gap(self) -> Gap | None:
        row = self.list.currentRow()
        return self.gaps[row] if 0 <= row < len(self.gaps) else None

    def _enable(self) -> None:
        gap = self.current_gap()
        self.choose_button.setEnabled(gap is not None and bool(gap.ids))
        fills = gap is not None and gap.key in _FILLED_FROM
        self.fill_button.setVisible(fills)
        if fills:
            assert gap is not None
            self.fill_button.setText(f"&Fill in from their {_FILLED_FROM[gap.key]}…")
            self.fill_button.setEnabled(bool(gap.ids) and not self.window_.store.read_only)

    def fill_countries(self) -> None:
        """Close, and fill in the countries the events' places give, or the
        participants' affiliations and parents."""
        from desktop.ui.country_fill_dialog import (
            fill_countries_from_places,
            fill_countries_from_references,
        )

        gap = self.current_gap()
        form = self.window_.form if gap and gap.of == "event" else self.window_.participant_form
        if gap is None or not form.confirm_leave():
            return
        self.accept()
        if gap.of == "event":
            fill_countries_from_places(self.window_)
        else:
            fill_countries_from_references(self.window_)

    def choose(self) -> None:
        """Close, and show the list with the gap's records chosen."""
        gap = self.current_gap()
        if gap is None or not gap.ids:
            return
        window = self.window_
        if gap.of == "participant":
            self.accept()
            window.tabs.setCurrentWidget(window.participants_view)
            if window.search_box.text():  # the search narrows both lists: all of them shown
                window.search_box.clear()
                window.search_box.flush()
            window.batch.participants.select(list(gap.ids))
        else:
            if not window.form.confirm_leave():
                return
            self.accept()
            if not window.events_model.event_filter.is_empty():
                window.filter_panel.apply_filter(EventFilter())  # all of them in the list
                window.search_box.flush()
            if not window.batch.choose(list(gap.ids)):
                return
        window.statusBar().showMessage(
            f"{counted(len(gap.ids), gap.of)} chosen: "
            f"{gap.label.lower()}", 8000)
