"""Fill in countries from places (Tools ▸ Gaps in the data…, "Events with no
country" ▸ Fill in from their places…): the country each place gives, for
all its events without one, ticked to be filled in together as one step of
Edit ▸ Undo (``place_fills``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from desktop.core.countries import country_name
from desktop.core.place_fills import PlaceFill, PlacesRead, countries_from_places
from desktop.core.wording import counted
from desktop.ui.busy_cursor import busy_cursor

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

_PLACE, _COUNTRY, _EVENTS, _BECAUSE = range(4)  # what it rests on last: the widest


class PlaceFillDialog(QDialog):
    def __init__(self, window: MainWindow, read: PlacesRead) -> None:
        super().__init__(window)
        self.window_ = window
        self.read = read
        self.setWindowTitle("Fill in countries from places")
        self.resize(760, 480)
        events = sum(len(fill.event_ids) for fill in read.fills)
        intro = QLabel(f"{counted(events, 'event')} with no country are at places that give "
                       "one: the country other events there have, or the one the place names, "
                       "or its region's or town's. Untick a place whose country is wrong.")
        intro.setWordWrap(True)
        self.places = QTreeWidget()
        self.places.setAccessibleName("Places and their countries")
        self.places.setRootIsDecorated(False)
        self.places.setHeaderLabels(["Place", "Country", "Events", "Because"])
        self.items: list[QTreeWidgetItem] = []
        for fill in read.fills:
            item = QTreeWidgetItem([fill.place, country_name(fill.code),
                                    f"{len(fill.event_ids):,}", fill.because])
            item.setToolTip(_PLACE, fill.place)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(_PLACE, Qt.CheckState.Checked)
            item.setTextAlignment(_EVENTS, Qt.AlignmentFlag.AlignRight)
            self.places.addTopLevelItem(item)
            self.items.append(item)
        for column in (_PLACE, _COUNTRY, _EVENTS):
            self.places.resizeColumnToContents(column)
        # a long place is cut (its tooltip gives it whole), not the reason beside it
        self.places.setColumnWidth(_PLACE, min(self.places.columnWidth(_PLACE), 260))
        self.left_out = QLabel(_left_out(read))
        self.left_out.setWordWrap(True)
        self.left_out.setVisible(bool(self.left_out.text()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.fill_button = QPushButton()
        self.fill_button.setDefault(True)
        buttons.addButton(self.fill_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.places, 1)
        layout.addWidget(self.left_out)
        layout.addWidget(buttons)
        self.places.itemChanged.connect(lambda _item, _column: self._count())
        self._count()
        if self.items:
            self.places.setCurrentItem(self.items[0])

    def ticked(self) -> list[PlaceFill]:
        return [fill for fill, item in zip(self.read.fills, self.items, strict=True)
                if item.checkState(_PLACE) == Qt.CheckState.Checked]

    def _count(self) -> None:
        events = sum(len(fill.event_ids) for fill in self.ticked())
        self.fill_button.setText(f"&Fill in {counted(events, 'event')}")
        self.fill_button.setEnabled(events > 0)


def _left_out(read: PlacesRead) -> str:
    """What is not filled in: places of several countries, and places that give none."""
    said = []
    if read.unsure:
        shown = "; ".join(f"{place} ({named.countries_said()})"
                          for place, named, _events in read.unsure[:5])
        more = f"; and {len(read.unsure) - 5:,} more" if len(read.unsure) > 5 else ""
        events = sum(events for _place, _named, events in read.unsure)
        said.append(f"Not filled in: {counted(events, 'event')} at places several countries "
                    f"have — {shown}{more}: give them their country in the form.")
    if read.unknown:
        said.append(f"{counted(read.unknown, 'event')} at places that give no country.")
    return " ".join(said)


def fill_countries_from_places(window: MainWindow) -> None:
    """Read the places, ask, and fill in the countries ticked, as one undo step."""
    # the towns are read the first time: a second or two
    with busy_cursor(), window.store.session() as session:
        read = countries_from_places(session)
    if not read.fills:
        QMessageBox.information(window, "Fill in countries from places",
                                "No place of the events with no country gives one. "
                                + _left_out(read))
        return
    dialog = PlaceFillDialog(window, read)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    ticked = dialog.ticked()
    if not ticked:
        return
    values = {event_id: {"country": fill.code} for fill in ticked for event_id in fill.event_ids}
    window.editor.apply(lambda ops: ops.update_events(values), "Fill in countries from places")
    window.statusBar().showMessage(
        f"Country filled in for {counted(len(values), 'event')} from "
        f"{'its place' if len(values) == 1 else 'their places'}. Undo takes it back.", 8000)
