"""The side panel: date range, facets with counts, participant, saved searches.

Signals: ``filter_changed(EventFilter)`` whenever the analyst changes a part of
the filter here; ``search_text_requested(str)`` when a saved search brings its
own search text for the search box.
"""

from __future__ import annotations

import html
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from desktop.core.changes import ChangeReport
from desktop.core.countries import country_name
from desktop.core.dates import DateError
from desktop.core.event_filter import EventFilter, FacetValue, facet_counts
from desktop.core.filters import reversed_range
from desktop.core.models import Participant, SavedSearch
from desktop.core.wording import STATUS_LABELS
from desktop.ui.change_bus import Editor
from desktop.ui.date_field import read_typed_date
from desktop.ui.facet_delegate import FacetDelegate
from desktop.ui.last_export import last_export
from desktop.ui.latest_query import LatestQuery, beside
from desktop.ui.tag_actions import NAME_ROLE, VALUE_ROLE, TagActions
from desktop.ui.tooltip_text import as_written

FACET_TITLES = (("status", "Status"), ("country", "Country"), ("category", "Category"),
                ("event_type", "Event type"), ("tag", "Tag"), ("publisher", "Source"),
                ("relation", "Relations"))


class FilterPanel(QScrollArea):
    filter_changed = Signal(object)
    search_text_requested = Signal(str)

    def __init__(self, editor: Editor) -> None:
        super().__init__()
        self.editor = editor
        self.event_filter = EventFilter()
        self.counting = LatestQuery(editor.ops.store, self)
        self.counting.ready.connect(self.show_counts)
        self.participant_name = ""
        self.setWidgetResizable(True)
        # No stop of its own for Tab, where no key did anything: its fields and
        # lists take the keys (and are scrolled into view as they do).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self._make_dates())
        self.participant_row = self._make_participant_row()
        layout.addWidget(self.participant_row)
        self.facet_lists: dict[str, QListWidget] = {}
        for facet, title in FACET_TITLES:
            layout.addWidget(_heading(title))
            facet_list = QListWidget()
            facet_list.setObjectName(f"facet_{facet}")
            facet_list.setMaximumHeight(130)
            facet_list.setItemDelegate(FacetDelegate(facet_list))
            facet_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            facet_list.itemChanged.connect(self._facet_item_changed)
            self.facet_lists[facet] = facet_list
            layout.addWidget(facet_list)
        self.tag_actions = TagActions(self, self.facet_lists["tag"], editor)
        clear = QPushButton("Clear filters")
        clear.clicked.connect(self.clear)
        layout.addWidget(clear)
        layout.addWidget(_heading("Saved searches"))
        self.saved_list = QListWidget()
        self.saved_list.setMaximumHeight(140)
        self.saved_list.itemActivated.connect(self._apply_saved)
        self.saved_list.itemClicked.connect(self._apply_saved)
        layout.addWidget(self.saved_list)
        buttons = QHBoxLayout()
        self.save_button = QPushButton("Save current…")
        self.save_button.clicked.connect(self._ask_and_save)
        self.delete_saved_button = QPushButton("Delete")
        self.delete_saved_button.clicked.connect(self._delete_saved)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_saved_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setWidget(body)
        self.setMinimumWidth(230)
        self.reload_saved()
        editor.changed.connect(self._follow)

    # -- parts ----------------------------------------------------------------

    def _make_dates(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        self.date_from = QLineEdit()
        self.date_from.setPlaceholderText("e.g. 2025-02 or Feb 2025")
        self.date_to = QLineEdit()
        self.date_to.setPlaceholderText("e.g. 2025 or 30 July 2025")
        self.changed_since = QLineEdit()
        self.changed_since.setObjectName("changed_since")
        self.changed_since.setPlaceholderText("e.g. 1 Nov 2026 or 7 days ago")
        self.changed_since.setToolTip(
            "Only the events created or edited here on or after this day (their fields, "
            "participants, sources, figures or relations): what to export for a colleague "
            "who has the rest. Events deleted since are not among them.")
        for field in (self.date_from, self.date_to, self.changed_since):
            field.setClearButtonEnabled(True)
            field.editingFinished.connect(self._dates_edited)
        self.date_error = QLabel()
        self.date_error.setWordWrap(True)
        self.date_error.setStyleSheet("color: #c0392b")
        self.date_error.hide()
        form.addRow(_heading("Dates"))
        form.addRow("From", self.date_from)
        form.addRow("To", self.date_to)
        form.addRow(_heading("Changed here"))
        form.addRow("Since", self.changed_since)
        self.since_last_export = QToolButton()
        self.since_last_export.setObjectName("since_last_export")
        self.since_last_export.setAutoRaise(True)
        # Read as a link to click; never wider than the panel's room.
        self.since_last_export.setStyleSheet("QToolButton { color: palette(link); }")
        self.since_last_export.setSizePolicy(QSizePolicy.Policy.Ignored,
                                             QSizePolicy.Policy.Fixed)
        self.since_last_export.clicked.connect(self._since_last_export)
        form.addRow(self.since_last_export)
        self.show_last_export()
        form.addRow(self.date_error)
        return box

    def show_last_export(self) -> None:
        """Offer the day of the last JSON or Data Package exported from this
        database (none yet: nothing offered)."""
        last = last_export(self.editor.ops.store.path)
        self.since_last_export.setVisible(last is not None)
        if last is not None:
            day, name = last
            self.since_last_export.setText(f"Since last export: {day.day} {day:%b %Y}")
            self.since_last_export.setToolTip(
                f"Show the events changed here since {day.day} {day:%B %Y}, when {name} was "
                "exported: what to send the colleague who has it")

    def _since_last_export(self) -> None:
        last = last_export(self.editor.ops.store.path)
        if last is not None:
            self.changed_since.setText(last[0].isoformat())
            self._dates_edited()

    def _make_participant_row(self) -> QWidget:
        row = QWidget()
        column = QVBoxLayout(row)
        column.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        self.participant_label = QLabel()
        self.participant_label.setWordWrap(True)
        clear = QToolButton()
        clear.setText("×")
        clear.setToolTip("Show events of every participant")
        clear.clicked.connect(lambda: self.set_participant(None, ""))
        line.addWidget(self.participant_label, 1)
        line.addWidget(clear)
        column.addLayout(line)
        self.with_members = QCheckBox("With those under it")
        self.with_members.setToolTip(
            "Also the events of the participants under it: the organisations whose parent "
            "it is, the people affiliated to it, and so on down (a ministry's bureaux and "
            "their staff, a group's members)")
        self.with_members.toggled.connect(
            lambda on: self._change(replace(self.event_filter, with_members=on)))
        column.addWidget(self.with_members)
        row.hide()
        return row

    # -- the filter -------------------------------------------------------------

    def set_text(self, text: str) -> None:
        self._change(replace(self.event_filter, text=text))

    def set_participant(self, participant_id: str | None, name: str) -> None:
        self._name_participant(name)
        self.participant_row.setVisible(participant_id is not None)
        chosen = frozenset({participant_id}) if participant_id else frozenset()
        self._set_with_members(False)
        self._change(replace(self.event_filter, participant=chosen, with_members=False))

    def _name_participant(self, name: str) -> None:
        self.participant_name = name
        self.participant_label.setText(f"Participant: <b>{html.escape(name)}</b>")

    def _set_with_members(self, on: bool) -> None:
        self.with_members.blockSignals(True)
        self.with_members.setChecked(on)
        self.with_members.blockSignals(False)

    def clear(self) -> None:
        self.date_from.clear()
        self.date_to.clear()
        self.changed_since.clear()
        self.date_error.hide()
        self.participant_row.hide()
        self._set_with_members(False)
        self._change(EventFilter(text=self.event_filter.text))

    def apply_filter(self, event_filter: EventFilter) -> None:
        """Show and apply a whole filter (a saved search)."""
        self.date_from.setText(event_filter.date_from.isoformat()
                               if event_filter.date_from else "")
        self.date_to.setText(event_filter.date_to.isoformat() if event_filter.date_to else "")
        self.changed_since.setText(event_filter.changed_since.isoformat()
                                   if event_filter.changed_since else "")
        self.participant_row.setVisible(bool(event_filter.participant))
        self._set_with_members(event_filter.with_members)
        self.search_text_requested.emit(event_filter.text)
        self._change(event_filter)

    def _change(self, event_filter: EventFilter) -> None:
        if event_filter != self.event_filter:
            self.event_filter = event_filter
            self.filter_changed.emit(event_filter)

    def _dates_edited(self) -> None:
        try:
            start = _bound(self.date_from.text(), first=True)
            end = _bound(self.date_to.text(), first=False)
            changed = _bound(self.changed_since.text(), first=True)
            if (why := reversed_range(start, end)) is not None:
                raise DateError(f"From is after To: {why}")
        except DateError as exc:
            self.date_error.setText(str(exc))
            self.date_error.show()
            return
        self.date_error.hide()
        self._change(replace(self.event_filter, date_from=start, date_to=end,
                             changed_since=changed))

    def _facet_item_changed(self, item: QListWidgetItem) -> None:
        facet_list = item.listWidget()
        facet = facet_list.objectName().removeprefix("facet_")
        value = str(item.data(VALUE_ROLE))
        chosen: frozenset[str] = getattr(self.event_filter, facet)
        checked = item.checkState() == Qt.CheckState.Checked
        if checked != (value in chosen):
            self._change(self.event_filter.toggled(facet, value))

    def count(self, event_filter: EventFilter, database_events: int) -> None:
        """Count the facets' values among the events the filter finds: beside
        the window in a database of many events, whatever the result (0.4 s
        for 50 000 of 100 000 events; 0.13 s for a search of a few hundred
        whose words the search index cannot narrow, read once per facet).
        Until then the lists keep the counts before, greyed: they are not
        the current result's."""
        self.counting.request(lambda session: facet_counts(session, event_filter),
                             beside=beside(database_events))
        if self.counting.busy:
            self._grey_counts()

    def _grey_counts(self) -> None:
        """Grey the facet lists' counts while the result's own are counted
        (``show_counts`` makes the lists afresh, in the usual colour)."""
        colour = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for facet_list in self.facet_lists.values():
            # Not a tick changed: its handler must not read the filter from it.
            facet_list.blockSignals(True)
            for row in range(facet_list.count()):
                facet_list.item(row).setData(Qt.ItemDataRole.ForegroundRole, colour)
            facet_list.blockSignals(False)
            facet_list.viewport().update()

    def show_counts(self, counts: dict[str, list[FacetValue]]) -> None:
        """Refill the facet lists with the counts of the current result."""
        for facet, facet_list in self.facet_lists.items():
            chosen: frozenset[str] = getattr(self.event_filter, facet)
            # The value the keyboard is on stays current through the refill:
            # Space on it, then Down and Space, ticks a second value.
            current = facet_list.currentItem()
            current_value = current.data(VALUE_ROLE) if current is not None else None
            facet_list.blockSignals(True)
            facet_list.clear()
            for value in counts.get(facet, []):
                item = QListWidgetItem(f"{_label(facet, value)} ({value.count:,})")
                item.setToolTip(as_written(item.text()))
                item.setData(VALUE_ROLE, value.value)
                item.setData(NAME_ROLE, _label(facet, value))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if value.value in chosen
                                   else Qt.CheckState.Unchecked)
                facet_list.addItem(item)
                if value.value == current_value:
                    facet_list.setCurrentItem(item, QItemSelectionModel.SelectionFlag.NoUpdate)
            facet_list.blockSignals(False)

    # -- saved searches ---------------------------------------------------------

    def reload_saved(self) -> None:
        self.saved_list.clear()
        with self.editor.ops.store.session() as session:
            for saved in session.scalars(select(SavedSearch).order_by(SavedSearch.name)):
                item = QListWidgetItem(saved.name)
                item.setData(VALUE_ROLE, (saved.id, saved.definition))
                self.saved_list.addItem(item)

    def save_current(self, name: str) -> None:
        label = " ".join(name.split())
        shown = [self.saved_list.item(row).text() for row in range(self.saved_list.count())]
        verb = "Replace saved search" if label in shown else "Save search"
        self.editor.apply(lambda ops: ops.save_search(label, self.event_filter.to_json()),
                          f"{verb} “{label}”")

    def _ask_and_save(self) -> None:
        name, ok = QInputDialog.getText(self, "Save search", "Name of this search:")
        if ok and name.strip():
            self.save_current(name)

    def _apply_saved(self, item: QListWidgetItem) -> None:
        _saved_id, definition = item.data(VALUE_ROLE)
        self.apply_filter(EventFilter.from_json(definition))

    def _delete_saved(self) -> None:
        item = self.saved_list.currentItem()
        if item is None:
            return
        saved_id, _definition = item.data(VALUE_ROLE)
        self.editor.apply(lambda ops: ops.delete_saved_search(saved_id),
                          f"Delete saved search “{item.text()}”")

    def _follow(self, report: ChangeReport) -> None:
        """Saved searches saved, deleted, or either undone or redone: the list
        as stored.  The participant filtered by renamed: its name as now."""
        if report.reset or report.ids("saved_search"):
            self.reload_saved()
        if report.ids("vocabulary_term") and (self.event_filter.category
                                              or self.event_filter.event_type):
            self._follow_merged_terms(report)
        chosen = self.event_filter.participant
        if chosen and self.participant_row.isVisible() and (
                report.reset or chosen & report.ids("participant")):
            with self.editor.ops.store.session() as session:
                name = session.scalar(select(Participant.name).where(
                    Participant.id.in_(list(chosen))))
            if name is not None:
                self._name_participant(name)


    def _follow_merged_terms(self, report: ChangeReport) -> None:
        """A category or type chosen here and merged into another: that one
        chosen instead (the one merged away is no value to untick any more)."""
        from desktop.core.former_terms import merged_term_ids

        with self.editor.ops.store.session() as session:
            moved = merged_term_ids(session, report)
        chosen = self.event_filter
        if moved.keys() & (chosen.category | chosen.event_type):
            self._change(replace(chosen, category=_moved(chosen.category, moved),
                                 event_type=_moved(chosen.event_type, moved)))


def _moved(chosen: frozenset[str], moved: dict[str, str | None]) -> frozenset[str]:
    return frozenset(filter(None, (moved.get(term, term) for term in chosen)))


def _heading(text: str) -> QLabel:
    label = QLabel(f"<b>{text}</b>")
    label.setContentsMargins(0, 6, 0, 0)
    return label


def _label(facet: str, value: FacetValue) -> str:
    if facet == "country":
        return f"{country_name(value.value)} ({value.value})" if value.value else "—"
    if facet == "status":
        return STATUS_LABELS.get(value.value, value.value)
    return value.label


def _bound(text: str, *, first: bool) -> date | None:
    """The first (or last) day a typed date covers; None when the field is empty."""
    if not text.strip():
        return None
    parsed = read_typed_date(text)
    day = parsed.start if first else parsed.end
    if day is None:
        raise DateError(f"'{text}' has an open end; give a date")
    return day
