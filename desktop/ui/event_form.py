"""The event form: every field of an event, its participants and sources.

Edits are kept in the form until Save (Ctrl+S), which stores them all as one
undoable step; Revert (Esc) drops them.  Leaving the event or closing the
window with unsaved edits asks first.

Signals (from RecordForm): ``dirty_changed(bool)``; ``saved(str)`` with the event's id.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import ChangeReport, Problem, ValidationError
from desktop.core.event_form_data import (
    EventFormData,
    load_event,
    places_written,
    save_event,
    tag_names,
    vocabulary_values,
)
from desktop.core.models import EVENT_STATUSES
from desktop.core.operations import Operations
from desktop.core.relations import RelationData
from desktop.core.tag_spelling import split_typed_tags
from desktop.core.wording import STATUS_LABELS
from desktop.ui.alike_values import value_to_add
from desktop.ui.change_bus import Editor
from desktop.ui.country_field import CountryField
from desktop.ui.date_field import ERROR_STYLE, DateField
from desktop.ui.field_note import note_line, stacked
from desktop.ui.likely_duplicates import Draft, LikelyDuplicates
from desktop.ui.link_editor import LinkEditor
from desktop.ui.place_completer import PlaceCompleter
from desktop.ui.place_country_hint import PlaceCountryHint
from desktop.ui.record_form import RecordForm
from desktop.ui.relation_editor import RelationEditor
from desktop.ui.source_editor import SourceEditor
from desktop.ui.tab_order import buttons_of, set_tab_order

# Problems reported by the link and source operations, shown by their editors.
_FIELD_OF_PROBLEM = {"role": "participants", "participant": "participants", "url": "sources",
                     "publisher": "sources", "published": "sources", "accessed": "sources",
                     "source": "sources"}
# Tables under their captions, the form's whole width: beside one, a role was cut in ~400 px.
_FULL_WIDTH = {"participants", "sources", "related"}
QUALIFIER_LABELS = {"": "", "exact": "exactly", "approximately": "approximately",
                    "more_than": "more than", "at_least": "at least"}


class EventForm(RecordForm):
    def __init__(self, editor: Editor) -> None:
        super().__init__(editor, save_text="Save")
        self.save_button.setToolTip("Save (Ctrl+S)")
        self.loaded = EventFormData()
        self.title = QLineEdit()
        title_box = self._title_field()
        self.native_title = QLineEdit()
        self.native_title.setPlaceholderText("as held or reported, e.g. 中国—东盟人工智能合作论坛")
        self.category = self._vocabulary_combo()
        self.event_type = self._vocabulary_combo()
        self.date = DateField()
        self.date_note = QLineEdit()
        self.date_note.setPlaceholderText("e.g. sources disagree: 26–28 or 28–30 July")
        self.place = QLineEdit()
        self.country = CountryField()
        place_box = self._place_field()
        self.attendance = QLineEdit()
        self.attendance.setPlaceholderText("number of attendees")
        self.qualifier = QComboBox()
        for value, label in QUALIFIER_LABELS.items():
            self.qualifier.addItem(label, value)
        self.status = QComboBox()
        for value in EVENT_STATUSES:
            self.status.addItem(STATUS_LABELS[value], value)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText("separate tags with ;")
        self.tag_model = QStringListModel(self)  # referenced, or the completer matches nothing
        tag_completer = QCompleter(self.tag_model, self)
        tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(tag_completer)
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumHeight(90)
        self.summary.setMaximumHeight(140)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(60)
        self.notes.setMaximumHeight(100)
        self.links = LinkEditor(self.store)
        self.sources = SourceEditor(self.store)
        self.related = RelationEditor(self.store)
        self.related.open_event.connect(self.open_event.emit)
        self.field_errors: dict[str, QLabel] = {}
        attendance_row = QHBoxLayout()
        attendance_row.addWidget(self.qualifier)
        attendance_row.addWidget(self.attendance, 1)
        rows: list[tuple[str, str, QWidget | QHBoxLayout, QWidget]] = [
            ("title", "&Title", title_box, self.title),
            ("native_title", "Nat&ive title", self.native_title, self.native_title),
            ("category", "&Category", self._with_add(self.category, "category"), self.category),
            ("event_type", "T&ype", self._with_add(self.event_type, "event_type"),
             self.event_type),
            ("date", "&Date", self.date, self.date.line),
            ("date_note", "Date n&ote", self.date_note, self.date_note),
            ("place", "&Place", place_box, self.place),
            ("country", "Co&untry", self.country, self.country),
            ("attendance", "Attendance", attendance_row, self.attendance),
            ("status", "&Status", self.status, self.status),
            ("tags", "Ta&gs", self.tags, self.tags),
            ("summary", "Su&mmary", self.summary, self.summary),
            ("notes", "&Notes", self.notes, self.notes),
            ("participants", "Participants", self.links, self.links.finder),
            ("sources", "Sources", self.sources, self.sources.table),
            ("related", "Re&lated events", self.related, self.related.finder),
        ]
        for name, text, widget, buddy in rows:
            caption = QLabel(text)
            caption.setBuddy(buddy)  # Alt+letter moves to the field
            error = QLabel()
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            self.field_errors[name] = error
            column = QVBoxLayout()
            column.setSpacing(1)
            if isinstance(widget, QHBoxLayout):
                column.addLayout(widget)
            else:
                column.addWidget(widget)
            column.addWidget(error)
            if name in _FULL_WIDTH:
                self.fields.addRow(caption)
                self.fields.addRow(column)
            else:
                self.fields.addRow(caption, column)
        # Ctrl+S is File ▸ Save (one shortcut, or Qt finds it ambiguous).
        self._watch()
        self._set_tab_order()
        self.load(None)

    # -- construction helpers ---------------------------------------------------

    def _title_field(self) -> QWidget:
        """The title, with a line under it naming the events already stored
        that a new event may be (a link opens one), checked when typing pauses."""
        self.likely_check = LikelyDuplicates(
            self.store, self._draft, lambda: (relation.other_id
                                              for relation in self.related.relations), self)
        self.likely_check.open_event.connect(self.open_event.emit)
        self.likely = self.likely_check.label
        return stacked(self.title, self.likely)

    def _place_field(self) -> QWidget:
        """The place, offering the places already written (the most used first,
        found by any part) and the towns as one types (``PlaceCompleter``),
        with a line under it when a country was filled in from them."""
        self.place_list = PlaceCompleter(self.store, self.place)
        self._places_read = False
        self._on_place_focus = _OnFocus(self.place, self.read_places)
        self.place_hint = note_line()
        self.place_country = PlaceCountryHint(self.store, self.place, self.country,
                                              self.place_hint, lambda: self._loading)
        # A place picked from the list: its country too (once the field holds it).
        self.place_list.place_chosen.connect(
            lambda _text: QTimer.singleShot(0, self.suggest_country))
        self.place_list.known_place_chosen.connect(lambda name, code: QTimer.singleShot(
            0, lambda: self.place_country.known_place_chosen(name, code)))
        return stacked(self.place, self.place_hint)

    def _vocabulary_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setMinimumContentsLength(12)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def _with_add(self, combo: QComboBox, vocabulary: str) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(combo, 1)
        add = QToolButton()
        add.setText("+")
        add.setObjectName(f"add_{vocabulary}")
        add.setToolTip(f"Add a new {vocabulary.replace('_', ' ')}")
        add.clicked.connect(lambda: self._add_term(vocabulary, combo))
        row.addWidget(add)
        return row

    def _watch(self) -> None:
        for line in (self.title, self.native_title, self.date_note, self.place,
                     self.attendance, self.tags):
            line.textChanged.connect(self.edited)
        for combo in (self.category, self.event_type, self.country, self.qualifier, self.status):
            combo.currentTextChanged.connect(self.edited)
        for text in (self.summary, self.notes):
            text.textChanged.connect(self.edited)
        self.date.edited.connect(self.edited)
        self.title.textEdited.connect(self._check_soon)
        self.native_title.textEdited.connect(self._check_soon)
        self.date.edited.connect(self._check_soon)
        self.place.editingFinished.connect(self.suggest_country)
        self.place.textEdited.connect(lambda _text: self.place_hint.hide())
        self.links.edited.connect(self.edited)
        self.sources.edited.connect(self.edited)
        self.related.edited.connect(self.edited)

    def _set_tab_order(self) -> None:
        adds = {button.objectName(): button for button in self.findChildren(QToolButton)}
        set_tab_order([self.title, self.native_title, self.category, adds["add_category"],
                       self.event_type, adds["add_event_type"], self.date, self.date_note,
                       self.place, self.country, self.qualifier, self.attendance, self.status,
                       self.tags, self.summary, self.notes, self.links.table, self.links.finder,
                       *buttons_of(self.links), self.sources.table, *buttons_of(self.sources),
                       self.related.table, self.related.finder, *buttons_of(self.related),
                       self.revert_button, self.save_button])

    # -- loading ------------------------------------------------------------------

    def load(self, event_id: str | None) -> None:
        """Show an event (None: a new, empty one).  Unsaved edits are dropped:
        call ``confirm_leave`` first."""
        data = None
        with self.store.session() as session:
            if event_id is not None:
                data = load_event(session, event_id)
            categories = vocabulary_values(session, "category")
            types = vocabulary_values(session, "event_type")
            roles = vocabulary_values(session, "role")
            self.tag_model.setStringList(tag_names(session))
        # The places are read when the field is entered: at 100 000 events that
        # takes four times as long as loading the event itself.
        self._places_read = False
        self.record_id = event_id if data is not None else None
        self.loaded = data or EventFormData()
        self._loading = True
        for combo, values in ((self.category, categories), (self.event_type, types)):
            combo.clear()
            combo.addItems(["", *values])
        self._show(self.loaded.copy(), roles)
        self.place_hint.hide()
        self.likely_check.forget()
        self._loading = False
        self.clear_problems()
        self.set_dirty(False)

    def duplicate(self, event_id: str) -> None:
        """A new event filled in from ``event_id`` — its fields, tags, and
        participants with their roles and notes, not its sources (another
        occasion is reported elsewhere) — for the next of a series (WAIC 2025
        after WAIC 2024).  Nothing is stored until it is saved.  Unsaved edits
        are dropped: call ``confirm_leave`` first."""
        self.load(event_id)
        if self.record_id is None:
            return
        copied = self.loaded.copy()
        copied.links = [replace(link, id=None) for link in copied.links]
        copied.sources = []
        # The copy is the next of a series; it says so, and the analyst may
        # change or remove that.
        copied.relations = [RelationData(event_id, str(self.loaded.values.get("title", "")),
                                         str(self.loaded.values.get("date", "")),
                                         "Same series as")]
        self.start_new(copied)
        self.focus_field(self.title)
        self.title.selectAll()  # the title to retype first

    def start_new(self, data: EventFormData) -> None:
        """A new event filled in with ``data`` (a copy, a pasted text's
        proposal); nothing is stored until it is saved.  Unsaved edits are
        dropped: call ``confirm_leave`` first."""
        with self.store.session() as session:
            roles = vocabulary_values(session, "role")
        self.record_id, self.loaded = None, EventFormData()
        self._loading = True
        self._show(data, roles)
        self._loading = False
        self.set_dirty(True)
        self.check_duplicates()  # already here, under another title?

    def _check_soon(self, *_args: object) -> None:
        if self.record_id is None and not self._loading:  # a new event (or a copy)
            self.likely_check.later()

    def check_duplicates(self) -> None:
        """Name the events stored that this new one may be (as Find duplicate
        events would pair them): the same occasion entered twice is cheaper
        to catch now than to merge later."""
        self.likely_check.check()

    def _draft(self) -> Draft | None:
        """The new event as typed, for the check; None for a stored event or
        one with no date understood."""
        understood = self.date.understood()
        if self.record_id is not None or understood is None or understood.start is None:
            return None
        end = understood.end or understood.start
        return Draft(self.title.text(), self.native_title.text(), understood.start.isoformat(),
                     end.isoformat(), self.country.code() or None,
                     tuple(link.participant_id for link in self.links.links
                           if link.participant_id),
                     understood.edtf, understood.precision,
                     (end - understood.start).days + 1)

    def read_places(self) -> None:
        """The places already written, for the place field's completer (once
        per event shown)."""
        if self._places_read:
            return
        with self.store.session() as session:
            self.place_list.set_places(places_written(session))
        self._places_read = True

    def suggest_country(self) -> None:
        """A place typed for an event without a country: the country its
        place gives, filled in and said so (``PlaceCountryHint``; nothing is
        saved until Save)."""
        self.place_country.suggest()

    def _show(self, data: EventFormData, roles: list[str]) -> None:
        values = data.values
        self.title.setText(str(values.get("title", "")))
        self.native_title.setText(str(values.get("native_title", "")))
        self.category.setCurrentText(str(values.get("category", "")))
        self.event_type.setCurrentText(str(values.get("event_type", "")))
        self.date.set_text(str(values.get("date", "")))
        self.date_note.setText(str(values.get("date_note", "")))
        self.place.setText(str(values.get("place", "")))
        self.country.set_code(str(values.get("country", "")))
        attendance = values.get("attendance", "")
        self.attendance.setText("" if attendance in (None, "") else str(attendance))
        self.qualifier.setCurrentIndex(max(0, self.qualifier.findData(
            values.get("attendance_qualifier", "") or "")))
        self.status.setCurrentIndex(max(0, self.status.findData(values.get("status", "draft"))))
        self.tags.setText("; ".join(data.tags))
        self.summary.setPlainText(str(values.get("summary", "")))
        self.notes.setPlainText(str(values.get("notes", "")))
        self.links.set_links(data.links, roles)
        self.sources.set_sources(data.sources)
        self.related.set_relations(data.relations, self.record_id)
        for line in (self.title, self.native_title, self.date_note, self.place, self.tags):
            line.setCursorPosition(0)  # a long text shows its start, not its end

    def collect(self) -> EventFormData:
        """What the form holds now."""
        data = EventFormData()
        data.values = {
            "title": self.title.text(), "native_title": self.native_title.text(),
            "category": self.category.currentText(),
            "event_type": self.event_type.currentText(), "date": self.date.edtf(),
            "date_note": self.date_note.text(), "place": self.place.text(),
            "country": self.country.code(), "summary": self.summary.toPlainText(),
            "attendance": self.attendance.text().strip(),
            "attendance_qualifier": self.qualifier.currentData() or "",
            "status": self.status.currentData(), "notes": self.notes.toPlainText()}
        if self.loaded.values.get("attendance") not in (None, "") and (
                data.values["attendance"] == str(self.loaded.values["attendance"])):
            data.values["attendance"] = self.loaded.values["attendance"]
        # The event's own tags and those of others, each whole though it holds a ";" or ","
        data.tags = split_typed_tags(self.tags.text(),
                                     [*self.loaded.tags, *self.tag_model.stringList()])
        data.links = self.links.links
        data.sources = self.sources.sources
        data.relations = self.related.relations
        return data

    # -- what RecordForm asks of a form ----------------------------------------------

    @property
    def event_id(self) -> str | None:
        return self.record_id

    def heading(self) -> str:
        return str(self.loaded.values.get("title") or "New event")

    def edit_description(self) -> str:
        return "New event" if self.record_id is None else super().edit_description()

    def has_changes(self) -> bool:
        current = self.collect()
        return (current.values != self.loaded.values or current.tags != self.loaded.tags
                or current.links != self.loaded.links or current.sources != self.loaded.sources
                or current.relations != self.loaded.relations)

    def problems_before_saving(self) -> list[Problem]:
        error = self.date.error()
        return [Problem("date", error)] if error else []

    def store_edits(self, ops: Operations) -> tuple[str, ChangeReport]:
        return save_event(ops, self.record_id, self.loaded, self.collect())

    def _add_term(self, vocabulary: str, combo: QComboBox) -> None:
        label = vocabulary.replace("_", " ")
        value, ok = QInputDialog.getText(self, f"New {label}", f"Name of the new {label}:")
        chosen = (value_to_add(self, self.store, vocabulary, value, label)
                  if ok and value.strip() else None)
        if chosen is None:
            return
        text, new = chosen
        if new:  # else the value it looks like, chosen instead
            try:
                self.editor.apply(lambda ops: ops.add_term(vocabulary, text),
                                  f"Add {label} “{text}”")
            except ValidationError as exc:
                self.show_problems([Problem(vocabulary, str(exc))])
                return
            combo.addItem(text)
        combo.setCurrentText(text)

    def clear_problems(self) -> None:
        super().clear_problems()
        for label in self.field_errors.values():
            label.hide()

    def show_problems(self, problems: list[Problem]) -> None:
        """Each problem beside its field; the rest above the form."""
        general = []
        for problem in problems:
            key = problem.field.split(".")[0].split("[")[0]
            key = _FIELD_OF_PROBLEM.get(key, key)
            label = self.field_errors.get(key)
            if label is None:
                general.append(problem)
            else:
                label.setText(problem.message)
                label.show()
        if general:
            super().show_problems(general)


class _OnFocus(QObject):
    """Calls ``action`` whenever ``widget`` takes the keyboard focus."""

    def __init__(self, widget: QWidget, action: Callable[[], None]) -> None:
        super().__init__(widget)
        self._action = action
        widget.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self._action()
        return False

