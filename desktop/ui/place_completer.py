"""The place field's list as one types: the places already written, then
the towns and regions that begin so, each with its country (``place_choices``).

The list shows "Cambridge — United States" and writes "Cambridge" in the
field (the items' completion role), while ↑ and ↓ go through it as well;
a town or region chosen says its country (``known_place_chosen``).  The
towns are offered once their file is read, which the first time happens
beside the window when the field is first entered (a second or two, once).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.place_choices import PlaceChoices
from desktop.ui.latest_query import LatestQuery

TEXT_ROLE = Qt.ItemDataRole.UserRole + 1  # written in the field
COUNTRY_ROLE = Qt.ItemDataRole.UserRole + 2  # a town's country


class PlaceCompleter(QObject):
    """``place_chosen(text)``: a place already written, picked from the list;
    ``known_place_chosen(name, code)``: a town or region, with its country."""

    place_chosen = Signal(str)
    known_place_chosen = Signal(str, str)

    def __init__(self, store: Store, line: QLineEdit) -> None:
        super().__init__(line)
        self._line = line
        # Kept here: a completer whose model is gone silently offers nothing.
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(TEXT_ROLE)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        line.setCompleter(self.completer)
        line.textEdited.connect(self._offer)
        # The row, not its text: three towns are called "Cambridge".  (PySide6's
        # stubs do not type a signal's overloads.)
        self.completer.activated[QModelIndex].connect(  # type: ignore[index]
            self._activated)
        self._choices = PlaceChoices([])
        self._towns = LatestQuery(store, self)
        self._towns.ready.connect(lambda _file: self._offer(self._line.text())
                                  if self._line.hasFocus() else None)

    def set_places(self, places: Sequence[tuple[str, int]]) -> None:
        """The places written on events with how many events have each, the
        most used first."""
        self._choices = PlaceChoices(places)
        if not place_countries.is_prepared() and not self._towns.busy:
            self._towns.request(lambda _session: place_countries.prepare())

    def offered(self) -> list[str]:
        """The list's lines, as shown."""
        return [str(self.model.item(row).text()) for row in range(self.model.rowCount())]

    def _offer(self, text: str) -> None:
        self.model.clear()
        for choice in self._choices.matching(text, towns=place_countries.is_prepared()):
            item = QStandardItem(choice.label)
            item.setData(choice.text, TEXT_ROLE)
            item.setData(choice.country or "", COUNTRY_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        text, code = str(index.data(TEXT_ROLE)), str(index.data(COUNTRY_ROLE) or "")
        if code:
            self.known_place_chosen.emit(text, code)
        else:
            self.place_chosen.emit(text)
