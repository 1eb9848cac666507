"""The event form: every field of an event, its participants and sources.

Edits are kept in the form until Save (Ctrl+S), which stores them all as one
undoable step; Revert (Esc) drops them.  Leaving the event or closing the
window with unsaved edits asks first.

Signals: ``dirty_changed(bool)``; ``saved(str)`` with the event's id.
"""

from __future__ import annotations

import html
from itertools import pairwise

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import ValidationError
from desktop.core.countries import all_countries, country_code
from desktop.core.event_form_data import (
    EventFormData,
    load_event,
    save_event,
    tag_names,
    vocabulary_values,
)
from desktop.core.models import EVENT_STATUSES
from desktop.ui.change_bus import Editor
from desktop.ui.date_field import ERROR_STYLE, DateField
from desktop.ui.link_editor import LinkEditor
from desktop.ui.source_editor import SourceEditor

STATUS_LABELS = {"draft": "Draft", "needs_review": "Needs review", "verified": "Verified"}
QUALIFIER_LABELS = {"": "", "exact": "exactly", "approximately": "approximately",
                    "more_than": "more than", "at_least": "at least"}


def _tags(text: str) -> list[str]:
    return [part.strip() for part in text.replace("；", ";").replace(",", ";").split(";")
            if part.strip()]


class EventForm(QScrollArea):
    dirty_changed = Signal(bool)
    saved = Signal(str)

    def __init__(self, editor: Editor) -> None:
        super().__init__()
        self.editor = editor
        self.store = editor.ops.store
        self.event_id: str | None = None
        self.loaded = EventFormData()
        self._dirty = False
        self._loading = False
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        outer = QVBoxLayout(body)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)  # a 300-character title must not widen the form
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        outer.addWidget(self.state_label)
        outer.addWidget(self.error_label)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title = QLineEdit()
        self.category = self._vocabulary_combo()
        self.event_type = self._vocabulary_combo()
        self.date = DateField()
        self.date_note = QLineEdit()
        self.date_note.setPlaceholderText("e.g. sources disagree: 26–28 or 28–30 July")
        self.place = QLineEdit()
        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.addItem("", "")
        for code, name in all_countries():
            self.country.addItem(f"{name} ({code})", code)
        country_completer = self.country.completer()
        if country_completer is not None:  # type-to-find by name or code, anywhere in it
            country_completer.setFilterMode(Qt.MatchFlag.MatchContains)
            country_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
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
        self.sources = SourceEditor()
        self.field_errors: dict[str, QLabel] = {}
        attendance_row = QHBoxLayout()
        attendance_row.addWidget(self.qualifier)
        attendance_row.addWidget(self.attendance, 1)
        rows: list[tuple[str, str, QWidget | QHBoxLayout, QWidget]] = [
            ("title", "&Title", self.title, self.title),
            ("category", "&Category", self._with_add(self.category, "category"), self.category),
            ("event_type", "T&ype", self._with_add(self.event_type, "event_type"),
             self.event_type),
            ("date", "&Date", self.date, self.date.line),
            ("date_note", "Date n&ote", self.date_note, self.date_note),
            ("place", "&Place", self.place, self.place),
            ("country", "Co&untry", self.country, self.country),
            ("attendance", "Attendance", attendance_row, self.attendance),
            ("status", "&Status", self.status, self.status),
            ("tags", "Ta&gs", self.tags, self.tags),
            ("summary", "Su&mmary", self.summary, self.summary),
            ("notes", "&Notes", self.notes, self.notes),
            ("participants", "Participants", self.links, self.links.finder),
            ("sources", "Sources", self.sources, self.sources.table),
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
            form.addRow(caption, column)
        outer.addLayout(form)
        buttons = QHBoxLayout()
        self.save_button = QPushButton("Save")
        self.save_button.setToolTip("Save (Ctrl+S)")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton("Revert")
        self.revert_button.setToolTip("Drop unsaved edits (Esc)")
        self.revert_button.clicked.connect(self.revert)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        outer.addStretch(1)
        self.setWidget(body)
        # Ctrl+S is File ▸ Save event (one shortcut, or Qt finds it ambiguous).
        revert = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        revert.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        revert.activated.connect(self.revert)
        self._watch()
        self._set_tab_order()
        self.load(None)

    # -- construction helpers ---------------------------------------------------

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
        add.setToolTip(f"Add a new {vocabulary.replace('_', ' ')}")
        add.clicked.connect(lambda: self._add_term(vocabulary, combo))
        row.addWidget(add)
        return row

    def _watch(self) -> None:
        for line in (self.title, self.date_note, self.place, self.attendance, self.tags):
            line.textChanged.connect(self._edited)
        for combo in (self.category, self.event_type, self.country, self.qualifier, self.status):
            combo.currentTextChanged.connect(self._edited)
        for text in (self.summary, self.notes):
            text.textChanged.connect(self._edited)
        self.date.edited.connect(self._edited)
        self.links.edited.connect(self._edited)
        self.sources.edited.connect(self._edited)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.title, self.category, self.event_type, self.date.line,
                                self.date_note, self.place, self.country, self.qualifier,
                                self.attendance, self.status, self.tags, self.summary,
                                self.notes, self.links.table, self.links.finder,
                                self.sources.table, self.revert_button, self.save_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

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
        self.event_id = event_id if data is not None else None
        self.loaded = data or EventFormData()
        self._loading = True
        for combo, values in ((self.category, categories), (self.event_type, types)):
            combo.clear()
            combo.addItems(["", *values])
        self._show(self.loaded.copy(), roles)
        self._loading = False
        self._clear_errors()
        self._set_dirty(False)

    def _show(self, data: EventFormData, roles: list[str]) -> None:
        values = data.values
        self.title.setText(str(values.get("title", "")))
        self.category.setCurrentText(str(values.get("category", "")))
        self.event_type.setCurrentText(str(values.get("event_type", "")))
        self.date.set_text(str(values.get("date", "")))
        self.date_note.setText(str(values.get("date_note", "")))
        self.place.setText(str(values.get("place", "")))
        code = str(values.get("country", ""))
        self.country.setCurrentIndex(max(0, self.country.findData(code)))
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

    def collect(self) -> EventFormData:
        """What the form holds now."""
        data = EventFormData()
        data.values = {
            "title": self.title.text(), "category": self.category.currentText(),
            "event_type": self.event_type.currentText(), "date": self.date.edtf(),
            "date_note": self.date_note.text(), "place": self.place.text(),
            "country": self._country_value(), "summary": self.summary.toPlainText(),
            "attendance": self.attendance.text().strip(),
            "attendance_qualifier": self.qualifier.currentData() or "",
            "status": self.status.currentData(), "notes": self.notes.toPlainText()}
        if self.loaded.values.get("attendance") not in (None, "") and (
                data.values["attendance"] == str(self.loaded.values["attendance"])):
            data.values["attendance"] = self.loaded.values["attendance"]
        data.tags = _tags(self.tags.text())
        data.links = self.links.links
        data.sources = self.sources.sources
        return data

    def _country_value(self) -> str:
        code = self.country.currentData()
        text = self.country.currentText().strip()
        if code is not None and self.country.itemText(self.country.currentIndex()) == text:
            return str(code)
        if not text:
            return ""
        try:
            return country_code(text.rsplit("(", 1)[-1].rstrip(")") if "(" in text else text)
        except ValueError:
            return text  # refused with its reason on save

    # -- state ------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self._dirty

    def _edited(self) -> None:
        if not self._loading:
            current = self.collect()
            self._set_dirty(current.values != self.loaded.values
                            or current.tags != self.loaded.tags
                            or current.links != self.loaded.links
                            or current.sources != self.loaded.sources)

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        title = str(self.loaded.values.get("title") or "New event")
        shown = html.escape(title if len(title) <= 90 else title[:89] + "…")
        marker = " — <span style='color:#b9770e'>unsaved changes</span>" if dirty else ""
        self.state_label.setText(f"<b>{shown}</b>{marker}")
        self.state_label.setToolTip(title)
        self.save_button.setEnabled(dirty or self.event_id is None)
        self.revert_button.setEnabled(dirty)
        if changed:
            self.dirty_changed.emit(dirty)

    # -- actions ------------------------------------------------------------------------

    def save(self) -> bool:
        """Store the edits as one undoable step; show what is wrong if refused."""
        self._clear_errors()
        if self.date.error():
            self._show_errors([("date", self.date.error() or "")])
            return False
        edited = self.collect()
        result: list[str] = []

        def operation(ops):  # type: ignore[no-untyped-def]
            event_id, report = save_event(ops, self.event_id, self.loaded, edited)
            result.append(event_id)
            return report

        description = "New event" if self.event_id is None else f"Edit “{edited.values['title']}”"
        try:
            self.editor.apply(operation, description)
        except ValidationError as exc:
            self._show_errors([(p.field, p.message) for p in exc.problems])
            return False
        self.load(result[0])
        self.saved.emit(result[0])
        return True

    def revert(self) -> None:
        self.load(self.event_id)

    def confirm_leave(self) -> bool:
        """Before the form shows another event: save, discard or stay."""
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self, "Unsaved changes",
            f"Save your changes to “{self.title.text() or 'the new event'}”?",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()
            return True
        return False

    def _add_term(self, vocabulary: str, combo: QComboBox) -> None:
        label = vocabulary.replace("_", " ")
        value, ok = QInputDialog.getText(self, f"New {label}", f"Name of the new {label}:")
        if not ok or not value.strip():
            return
        try:
            self.editor.apply(lambda ops: ops.add_term(vocabulary, value),
                              f"Add {label} “{value.strip()}”")
        except ValidationError as exc:
            self._show_errors([(vocabulary, str(exc))])
            return
        combo.addItem(" ".join(value.split()))
        combo.setCurrentText(" ".join(value.split()))

    def refresh_choices(self) -> None:
        """Vocabularies changed elsewhere (or by undo): refill the combos, keep edits."""
        with self.store.session() as session:
            for combo, vocabulary in ((self.category, "category"),
                                      (self.event_type, "event_type")):
                current = combo.currentText()
                self._loading = True
                combo.clear()
                combo.addItems(["", *vocabulary_values(session, vocabulary)])
                combo.setCurrentText(current)
                self._loading = False

    def _clear_errors(self) -> None:
        self.error_label.hide()
        for label in self.field_errors.values():
            label.hide()

    def _show_errors(self, problems: list[tuple[str, str]]) -> None:
        general = []
        for field, message in problems:
            key = field.split(".")[0].split("[")[0]
            key = {"role": "participants", "participant": "participants", "url": "sources",
                   "publisher": "sources", "published": "sources", "accessed": "sources",
                   "source": "sources"}.get(key, key)
            label = self.field_errors.get(key)
            if label is None:
                general.append(f"{field}: {message}" if field else message)
            else:
                label.setText(message)
                label.show()
        if general:
            self.error_label.setText("; ".join(general))
            self.error_label.show()



