"""The event form's related events: how this event stands to each other one
("Part of" the summit, "Includes" a signing, "Follow-up to", "Same series
as", "Related to"), with a note.  An event is found as the list's search finds
it; a double-click (or Open event) opens the other event.

Signals: ``edited()`` whenever the list changes; ``open_event(id)``.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.db import Store
from desktop.core.listing import count_events
from desktop.core.relation_labels import LABELS
from desktop.core.relations import (
    EventChoice,
    RelationData,
    find_events,
    likely_editions,
    series_of,
)
from desktop.ui.column_shares import ColumnShares
from desktop.ui.finder_choice import ChoiceTaken, found_completer
from desktop.ui.latest_query import LatestQuery, beside
from desktop.ui.row_editing import (
    button_row,
    cell_box,
    delete_key_removes,
    for_a_row,
    remove_current_row,
    tab_through,
)
from desktop.ui.tooltip_text import as_written

RELATION, EVENT, NOTE = range(3)
DEFAULT_LABEL = "Related to"


class RelationEditor(QWidget):
    edited = Signal()
    open_event = Signal(str)

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.relations: list[RelationData] = []
        self.event_id: str | None = None  # the event shown, never offered
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(["This event is", "Event", "Note"])
        self.table.verticalHeader().setVisible(False)
        # the other event's title takes half the width, whole in its tooltip
        self.columns = ColumnShares(self.table, EVENT,
                                    {RELATION: (0.3, 90, 160), NOTE: (0.2, 50, 300)})
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(80)
        self.table.setMinimumWidth(200)
        self.table.itemChanged.connect(self._note_changed)
        self.table.cellDoubleClicked.connect(
            lambda row, column: self.open_row(row) if column == EVENT else None)
        self.finder = QLineEdit()
        self.finder.setPlaceholderText("Relate to an event: type words of its title, then "
                                       "choose it")
        self.suggestions = QStringListModel(self)  # referenced, or the completer matches nothing
        self.completer = found_completer(self.suggestions, self)
        self.finder.setCompleter(self.completer)
        self.finder.textEdited.connect(self._suggest)
        self.finder.returnPressed.connect(self._add_typed)
        self.completer.activated.connect(self._add_choice)
        self.taken = ChoiceTaken(self.finder)
        self._choices: dict[str, EventChoice] = {}
        buttons = button_row((("Remove", self.remove_current),
                              ("Open event", lambda: self.open_row(self.table.currentRow()))))
        for text in ("Remove", "Open event"):
            for_a_row(self.table, buttons, text, lambda: self.relations)
        # The whole series, when "same series" relations join three or more
        # editions: each a link that opens it.
        self.series = QLabel()
        self.series_ids: set[str] = set()  # the editions it names, to follow their edits
        self.series.setWordWrap(True)
        self.series.setTextFormat(Qt.TextFormat.RichText)
        self.series.linkActivated.connect(self.open_event.emit)
        self.series.hide()
        # Editions of the same series not related yet, found once the analyst
        # stays on an event (a search: ~0.15 s at 100 000 events, made beside
        # the window there); a click adds one as "Same series as".
        self.suggested = QLabel()
        self.suggested.setWordWrap(True)
        self.suggested.setTextFormat(Qt.TextFormat.RichText)
        self.suggested.setStyleSheet("color: palette(placeholder-text)")  # grey in any theme
        self.suggested.linkActivated.connect(self._add_suggested)
        self.suggested.hide()
        self._suggestions: dict[str, EventChoice] = {}
        self._suggest_later = QTimer(self)
        self._suggest_later.setSingleShot(True)
        self._suggest_later.setInterval(300)
        self._suggest_later.timeout.connect(self.suggest_editions)
        self.finding = LatestQuery(store, self)
        self.finding.ready.connect(self._found)
        delete_key_removes(self.table, self.remove_current)
        tab_through(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.series)
        layout.addWidget(self.suggested)
        layout.addWidget(self.finder)
        layout.addLayout(buttons)

    def set_relations(self, relations: list[RelationData], event_id: str | None) -> None:
        self.relations = relations
        self.event_id = event_id
        self._fill()
        self._show_series()
        self.suggested.hide()
        if event_id is not None:
            self._suggest_later.start()

    def _show_series(self) -> None:
        editions: list[EventChoice] = []
        if self.event_id is not None:
            with self.store.session() as session:
                editions = series_of(session, self.event_id)
        self.series_ids = {edition.id for edition in editions}
        self.series.setVisible(bool(editions))
        self.series.setText(f"Series of {len(editions)}: " + " · ".join(
            f"<b>{html.escape(edition.label())}</b>" if edition.id == self.event_id
            else f'<a href="{html.escape(edition.id)}">{html.escape(edition.label())}</a>'
            for edition in editions))

    def _fill(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.relations))
        for row, relation in enumerate(self.relations):
            combo = QComboBox()
            combo.addItems(list(LABELS))
            combo.setCurrentText(relation.label)
            combo.currentTextChanged.connect(lambda text, r=row: self._label_changed(r, text))
            self.table.setCellWidget(row, RELATION, cell_box(combo))
            shown = EventChoice(relation.other_id, relation.other_title, relation.other_date)
            item = QTableWidgetItem(shown.label())
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(as_written(f"{shown.label()}\nDouble-click to open it"))
            self.table.setItem(row, EVENT, item)
            self.table.setItem(row, NOTE, QTableWidgetItem(relation.note))
        self.table.blockSignals(False)
        self.columns.show_choices_whole(RELATION)

    def suggest_editions(self) -> None:
        """Name the editions of the same series this event may have."""
        event_id = self.event_id
        if event_id is None:
            self._found((None, []))
            return
        with self.store.session() as session:
            events = count_events(session)
        self.finding.request(lambda session: (event_id, likely_editions(session, event_id)),
                             beside=beside(events))

    def _found(self, found: tuple[str | None, list[EventChoice]]) -> None:
        event_id, choices = found
        if event_id != self.event_id:
            return  # found for an event the form no longer shows
        taken = {relation.other_id for relation in self.relations}
        self._suggestions = {choice.id: choice for choice in choices if choice.id not in taken}
        self._show_suggestions()

    def _add_suggested(self, event_id: str) -> None:
        choice = self._suggestions.pop(event_id, None)
        if choice is not None:
            self.add(choice, "Same series as")
        self._show_suggestions()

    def _show_suggestions(self) -> None:
        self.suggested.setVisible(bool(self._suggestions))
        self.suggested.setText("Maybe the same series (click to add): " + " · ".join(
            f'<a href="{html.escape(choice.id)}">{html.escape(choice.label())}</a>'
            for choice in self._suggestions.values()))

    def _label_changed(self, row: int, label: str) -> None:
        self.relations[row].label = label
        self.columns.show_choices_whole(RELATION)
        self.edited.emit()

    def _note_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == NOTE:
            self.relations[item.row()].note = item.text()
            self.edited.emit()

    def _suggest(self, text: str) -> None:
        with self.store.session() as session:
            found = find_events(session, text, exclude=self.event_id)
        taken = {relation.other_id for relation in self.relations}
        self._choices = {choice.label(): choice for choice in found if choice.id not in taken}
        self.suggestions.setStringList(list(self._choices))
        if self._choices and self.finder.hasFocus():
            # The completer looked before the search did: show what it found.
            self.completer.complete()

    def _add_choice(self, label: str) -> None:
        if self.taken.again(label):
            return
        choice = self._choices.get(label)
        if choice is not None:
            self.add(choice)
        self.taken.took(label)

    def _add_typed(self) -> None:
        """Enter adds the event typed when the search finds that one alone."""
        text = self.finder.text().strip()
        if self.taken.again(text):
            return
        if text in self._choices:
            self._add_choice(text)
            return
        self._suggest(text)
        if len(self._choices) == 1:
            self._add_choice(next(iter(self._choices)))

    def add(self, choice: EventChoice, label: str = DEFAULT_LABEL) -> None:
        if choice.id == self.event_id or any(r.other_id == choice.id for r in self.relations):
            return  # itself, or related already: two events are related once
        self.relations.append(RelationData(choice.id, choice.title, choice.date, label))
        self._fill()
        self.table.setCurrentCell(len(self.relations) - 1, RELATION)
        self.edited.emit()

    def remove_current(self) -> None:
        if remove_current_row(self.table, self.relations):
            self._fill()
            self.edited.emit()

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.relations):
            self.open_event.emit(self.relations[row].other_id)
