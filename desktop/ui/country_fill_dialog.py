"""Countries filled in together (Tools ▸ Gaps in the data…): for "Events
with no country", the country each place gives, for all its events without
one; for "Participants with no country", their affiliation's or parent's
(``country_fills``).  Each row says why, and those left ticked are filled in
as one step of Edit ▸ Undo."""

from __future__ import annotations

from collections.abc import Callable
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

from desktop.core.changes import ChangeReport
from desktop.core.countries import country_name
from desktop.core.country_fills import (
    CountryFill,
    PlacesRead,
    countries_from_places,
    countries_from_references,
)
from desktop.core.operations import Operations
from desktop.core.wording import counted
from desktop.ui.busy_cursor import busy_cursor
from desktop.ui.modal import modal

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

_PLACE, _COUNTRY, _EVENTS, _BECAUSE = range(4)  # what it rests on last: the widest


class CountryFillDialog(QDialog):
    def __init__(self, window: MainWindow, fills: list[CountryFill], of: str, intro: str,
                 left_out: str = "") -> None:
        """``of``: "event" (a row a place) or "participant" (a row each)."""
        super().__init__(window)
        self.fills = fills
        self.of = of
        self.setWindowTitle(f"Fill in countries of {of}s")
        self.resize(760, 480)
        said = QLabel(intro)
        said.setWordWrap(True)
        self.places = QTreeWidget()
        self.places.setAccessibleName(f"{'Places' if of == 'event' else 'Participants'}"
                                      " and their countries")
        self.places.setRootIsDecorated(False)
        self.places.setHeaderLabels(["Place" if of == "event" else "Participant", "Country",
                                     "Events", "Because"])
        self.places.setColumnHidden(_EVENTS, of != "event")  # a participant is one
        self.items: list[QTreeWidgetItem] = []
        for fill in fills:
            item = QTreeWidgetItem([fill.name, country_name(fill.code), f"{len(fill.ids):,}",
                                    fill.because])
            item.setToolTip(_PLACE, fill.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(_PLACE, Qt.CheckState.Checked)
            item.setTextAlignment(_EVENTS, Qt.AlignmentFlag.AlignRight)
            self.places.addTopLevelItem(item)
            self.items.append(item)
        for column in (_PLACE, _COUNTRY, _EVENTS):
            self.places.resizeColumnToContents(column)
        # a long name is cut (its tooltip gives it whole), not the reason beside it
        self.places.setColumnWidth(_PLACE, min(self.places.columnWidth(_PLACE), 260))
        self.left_out = QLabel(left_out)
        self.left_out.setWordWrap(True)
        self.left_out.setVisible(bool(self.left_out.text()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.fill_button = QPushButton()
        self.fill_button.setDefault(True)
        buttons.addButton(self.fill_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(said)
        layout.addWidget(self.places, 1)
        layout.addWidget(self.left_out)
        layout.addWidget(buttons)
        self.places.itemChanged.connect(lambda _item, _column: self._count())
        self._count()
        if self.items:
            self.places.setCurrentItem(self.items[0])

    def ticked(self) -> list[CountryFill]:
        return [fill for fill, item in zip(self.fills, self.items, strict=True)
                if item.checkState(_PLACE) == Qt.CheckState.Checked]

    def _count(self) -> None:
        records = sum(len(fill.ids) for fill in self.ticked())
        self.fill_button.setText(f"&Fill in {counted(records, self.of)}")
        self.fill_button.setEnabled(records > 0)


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
    """Read the events' places, ask, and fill in the countries ticked."""
    # the towns are read the first time: a second or two
    with busy_cursor(), window.store.session() as session:
        read = countries_from_places(session)
    events = sum(len(fill.ids) for fill in read.fills)
    intro = (f"{counted(events, 'event')} with no country are at places that give one: the"
             " country other events there have, or the one the place names, or its region's"
             " or town's. Untick a place whose country is wrong.")
    ticked = _ask(window, CountryFillDialog(window, read.fills, "event", intro, _left_out(read)),
                  "No place of the events with no country gives one. " + _left_out(read))
    if ticked:
        values = {event_id: {"country": fill.code} for fill in ticked for event_id in fill.ids}
        _apply(window, lambda ops: ops.update_events(values), len(values), "event",
               "their places")


def fill_countries_from_references(window: MainWindow) -> None:
    """Read the participants' affiliations and parents, ask, and fill in the
    countries ticked."""
    with busy_cursor(), window.store.session() as session:
        fills = countries_from_references(session)
    intro = (f"{counted(len(fills), 'participant')} with no country are affiliated to, or"
             " under, an organisation that has one. Untick one whose country is another.")
    ticked = _ask(window, CountryFillDialog(window, fills, "participant", intro),
                  "No participant with no country has an affiliation or parent organisation"
                  " with one.")
    if ticked:
        by_country: dict[str, list[str]] = {}
        for fill in ticked:
            by_country.setdefault(fill.code, []).extend(fill.ids)

        def fill_in(ops: Operations) -> ChangeReport:
            with ops.batch() as report:
                for code, ids in by_country.items():
                    ops.change_participants(ids, {"country": code})
            return report

        _apply(window, fill_in, sum(len(fill.ids) for fill in ticked), "participant",
               "their affiliations and parents")


def _ask(window: MainWindow, dialog: CountryFillDialog, nothing: str) -> list[CountryFill]:
    """What the analyst left ticked; a word instead of the dialog when there
    is nothing to fill in."""
    if not dialog.fills:
        dialog.deleteLater()
        QMessageBox.information(window, dialog.windowTitle(), nothing)
        return []
    with modal(dialog) as answer:
        return dialog.ticked() if answer == QDialog.DialogCode.Accepted else []


def _apply(window: MainWindow, operation: Callable[[Operations], ChangeReport], count: int,
           of: str, whence: str) -> None:
    window.editor.apply(operation, f"Fill in countries of {of}s")
    window.statusBar().showMessage(
        f"Country filled in for {counted(count, of)} from {whence}. Undo takes it back.",
        8000)
