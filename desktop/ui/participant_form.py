"""The participant form: kind, names, aliases, country, position, affiliation,
parent, org type, notes, and the events they took part in.

Signals: ``saved(str)`` with the participant's id (from RecordForm);
``open_event(str)`` when an event of theirs is double-clicked;
``open_participant(str)`` when another participant it names is clicked.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
)

from desktop.core.changes import ChangeReport
from desktop.core.countries import country_name
from desktop.core.event_form_data import find_participants, vocabulary_values
from desktop.core.models import PARTICIPANT_KINDS, Participant
from desktop.core.operations import Operations
from desktop.core.participant_form_data import (
    ParticipantFormData,
    events_per_year,
    load_participant,
    often_with,
    roles_held,
    save_participant,
    those_under,
)
from desktop.core.participant_rules import fits_kind
from desktop.core.wording import KIND_LABELS
from desktop.ui.change_bus import Editor
from desktop.ui.column_shares import ColumnShares
from desktop.ui.country_field import CountryField
from desktop.ui.field_note import note_line, stacked
from desktop.ui.finder_choice import found_completer
from desktop.ui.form_follow import refill_combo
from desktop.ui.latest_query import LatestQuery, beside
from desktop.ui.participation_table import ParticipationModel
from desktop.ui.record_form import RecordForm
from desktop.ui.tab_order import set_tab_order


class ReferenceField(QLineEdit):
    """Pick an organisation by typing any of its names; holds the chosen id."""

    def __init__(self, form: ParticipantForm) -> None:
        super().__init__()
        self.form = form
        self.chosen_id = ""
        self.setPlaceholderText("type an organisation's name, native name or alias")
        self.model = QStringListModel(self)  # referenced, or the completer matches nothing
        completer = found_completer(self.model, self)
        completer.activated.connect(self._chosen)
        self.setCompleter(completer)
        self._ids: dict[str, str] = {}
        self.textEdited.connect(self._suggest)

    def set_reference(self, participant_id: str, name: str) -> None:
        self.chosen_id = participant_id
        self.setText(name)

    def _suggest(self, text: str) -> None:
        if not text.strip():
            self.chosen_id = ""
        with self.form.store.session() as session:
            found = [c for c in find_participants(session, text)
                     if c.kind in ("organization", "group")]
        self._ids = {choice.label(): choice.id for choice in found}
        self.model.setStringList(list(self._ids))

    def _chosen(self, label: str) -> None:
        self.chosen_id = self._ids.get(label, "")
        self.form.edited()
        self.form.country_from(self)


class ParticipantForm(RecordForm):
    """Also signals ``open_event(str)`` when an event of theirs is double-clicked,
    ``open_participant(str)`` when a participant it names is clicked."""

    open_participant = Signal(str)


    def __init__(self, editor: Editor) -> None:
        super().__init__(editor, save_text="Save participant")
        self.save_button.setToolTip("Save (Ctrl+S)")
        self.loaded = ParticipantFormData()
        self.kind = QComboBox()
        for kind in PARTICIPANT_KINDS:
            self.kind.addItem(KIND_LABELS[kind], kind)
        self.name = QLineEdit()
        self.native_name = QLineEdit()
        self.aliases = QPlainTextEdit()
        self.aliases.setPlaceholderText("one per line: other script, acronym, spelling")
        self.aliases.setMaximumHeight(80)
        self.aliases.setTabChangesFocus(True)
        self.country = CountryField()
        self.country_hint = note_line()  # a country filled in from an affiliation or parent
        self.position = QLineEdit()
        self.affiliation = ReferenceField(self)
        self.parent_org = ReferenceField(self)
        self.org_type = QComboBox()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(90)
        self.notes.setTabChangesFocus(True)
        self.events_model = ParticipationModel()
        self.events = QTableView()
        self.events.setModel(self.events_model)
        self.events.verticalHeader().setVisible(False)
        # uniform heights: the view never measures tens of thousands of rows
        self.events.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.events.setWordWrap(False)
        self.events.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.events.setTabKeyNavigation(False)  # Tab leaves it: it has no cells to fill
        self.events.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # the titles take half the width; a title cut short is whole in its tooltip
        ColumnShares(self.events, 1, {0: (0.25, 80, 190), 2: (0.22, 50, 300)})
        self.events.setMinimumWidth(200)
        # Enter or a double-click opens one
        self.events.activated.connect(self._event_activated)
        # Who it is most often with, its roles and its years: read just after
        # the form is drawn (see _show_engagement; the form comes first).
        self.often_with = QLabel()
        # ~0.3-0.6 s for a participant in 30 000 events: beside the window
        self.reading_partners = LatestQuery(self.store, self)
        self.reading_partners.ready.connect(self._show_partners)
        # What it did, and when: its roles and its events per year.
        self.roles = QLabel()
        self.years = QLabel()
        # The organisations and people directly under it.
        self.under = QLabel()
        for label in (self.often_with, self.roles, self.years, self.under):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The names of the other participants are links: a click, or Tab to one
        # and Enter, opens that participant.
        for label in (self.often_with, self.under):
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            label.linkActivated.connect(self.open_participant.emit)
        for text, widget in (("&Kind", self.kind), ("&Name", self.name),
                             ("Nati&ve name", self.native_name), ("&Aliases", self.aliases),
                             ("Co&untry", self.country), ("&Position", self.position),
                             ("A&ffiliation", self.affiliation),
                             ("Parent or&ganisation", self.parent_org),
                             ("Organisation t&ype", self.org_type), ("N&otes", self.notes),
                             ("Events", self.events), ("Roles held", self.roles),
                             ("Events per year", self.years),
                             ("Most often with", self.often_with),
                             ("Under it", self.under)):
            caption = QLabel(text)
            caption.setBuddy(widget)
            if widget is self.events:
                # The table takes the form's whole width, its caption above it,
                # as the event form's tables do: beside the caption, the titles
                # and roles of a pane of ~400 pixels were a few letters each.
                self.fields.addRow(caption)
                self.fields.addRow(widget)
                self.events_caption = caption  # "Events (1,234)"
            elif widget is self.country:
                self.fields.addRow(caption, stacked(widget, self.country_hint))
            else:
                self.fields.addRow(caption, widget)
        for line in (self.name, self.native_name, self.position, self.affiliation,
                     self.parent_org):
            line.textChanged.connect(self.edited)
        for text_edit in (self.aliases, self.notes):
            text_edit.textChanged.connect(self.edited)
        for combo in (self.kind, self.country, self.org_type):
            combo.currentTextChanged.connect(self.edited)
        self.kind.currentIndexChanged.connect(self._show_fields_of_kind)
        # The fields as they are laid out, then the buttons below them (made
        # first, they came first, and Tab never reached them after the fields).
        set_tab_order([self.kind, self.name, self.native_name, self.aliases, self.country,
                       self.position, self.affiliation, self.parent_org, self.org_type,
                       self.notes, self.events, self.often_with, self.under,
                       self.revert_button, self.save_button])
        self.load(None)

    def country_from(self, reference: ReferenceField) -> None:
        """A person's affiliation or an organisation's parent chosen for a
        participant without a country: the country it has, filled in and said
        so (a ministry's bureau is in the ministry's country; nothing is
        saved until Save)."""
        if self._loading or not reference.chosen_id or self.country.code():
            return
        with self.store.session() as session:
            chosen = session.get(Participant, reference.chosen_id)
            if chosen is None or not chosen.country:
                return
            code, name = chosen.country, chosen.name
        self.country.set_code(code)
        what = "affiliation" if reference is self.affiliation else "parent organisation"
        self.country_hint.setText(f"Country filled in as its {what}, {name}, is in"
                                  f" {country_name(code)}.")
        self.country_hint.show()

    def _show_fields_of_kind(self) -> None:
        """Show a person's position and affiliation, an organisation's or
        group's parent and type, and neither for a country.  A field that
        does not fit the kind stays while it holds a value, so nothing
        entered is hidden (and saving names what is wrong with it)."""
        kind = self.kind.currentData()
        for field, widget, value in (
                ("position", self.position, self.position.text()),
                ("affiliation", self.affiliation, self.affiliation.text()),
                ("parent", self.parent_org, self.parent_org.text()),
                ("org_type", self.org_type, self.org_type.currentText())):
            self.fields.setRowVisible(widget, fits_kind(field, kind) or bool(value.strip()))

    def follow(self, report: ChangeReport) -> None:
        """Show again what an edit elsewhere (or its undo) changed of the
        participant shown: its fields and links, or its events' titles, dates
        and roles, which its events list, years and partners show; not while
        it is being edited."""
        shown = self.participant_id
        if self.is_dirty():
            if report.ids("vocabulary_term"):
                self._refill_org_types()
            return
        if shown is None:
            return
        if (report.reset or report.ids("participant") or report.ids("event_participant")
                or report.ids("vocabulary_term") or report.events_touched()):
            self.load(shown)

    def _refill_org_types(self) -> None:
        """The organisation types again, the edits kept; the one chosen, if
        renamed or merged into another, by its new name (the combo showed
        nothing, and saving cleared it)."""
        from desktop.core.former_terms import former_values

        with self.store.session() as session:
            now = former_values(session)
            org_types = vocabulary_values(session, "org_type")
        self._loading = True
        refill_combo(self.org_type, org_types, "org_type", now)
        self._loading = False

    def load(self, participant_id: str | None) -> None:
        data = None
        with self.store.session() as session:
            if participant_id is not None:
                data = load_participant(session, participant_id)
            org_types = vocabulary_values(session, "org_type")
        self.record_id = participant_id if data is not None else None
        self.loaded = data or ParticipantFormData()
        self._loading = True
        values = self.loaded.values
        self.kind.setCurrentIndex(max(0, self.kind.findData(values.get("kind", "person"))))
        self.name.setText(str(values.get("name", "")))
        self.native_name.setText(str(values.get("native_name", "")))
        self.aliases.setPlainText("\n".join(self.loaded.aliases))
        self.country.set_code(str(values.get("country", "")))
        self.country_hint.hide()
        self.position.setText(str(values.get("position", "")))
        for field, widget in (("affiliation", self.affiliation), ("parent", self.parent_org)):
            widget.set_reference(str(values.get(field, "")),
                                 self.loaded.reference_names.get(field, ""))
        self.org_type.clear()
        self.org_type.addItems(["", *org_types])
        self.org_type.setCurrentText(str(values.get("org_type", "")))
        self.notes.setPlainText(str(values.get("notes", "")))
        self._show_fields_of_kind()
        self.events_model.set_rows(self.loaded.events)
        count = len(self.loaded.events)
        # an empty table is passed over, as the event form's are
        self.events.setFocusPolicy(Qt.FocusPolicy.StrongFocus if count
                                   else Qt.FocusPolicy.NoFocus)
        self.events_caption.setText(f"Events ({count:,})" if count else "Events")
        for label in (self.roles, self.years, self.often_with):
            label.setText("…" if count else "")
            # in no event (a new one): no rows saying nothing, as "Under it"
            self.fields.setRowVisible(label, count > 0)
        _reached_when_linked(self.often_with)
        self._show_under(self.record_id)
        if count:
            QTimer.singleShot(0, lambda wanted=self.record_id: self._show_engagement(wanted))
        self._loading = False
        self.clear_problems()
        self.set_dirty(False)

    def collect(self) -> ParticipantFormData:
        data = ParticipantFormData()
        data.values = {
            "kind": self.kind.currentData(), "name": self.name.text(),
            "native_name": self.native_name.text(), "country": self.country.code(),
            "position": self.position.text(),
            "affiliation": self.affiliation.chosen_id if self.affiliation.text() else "",
            "parent": self.parent_org.chosen_id if self.parent_org.text() else "",
            "org_type": self.org_type.currentText(), "notes": self.notes.toPlainText()}
        data.aliases = [line.strip() for line in self.aliases.toPlainText().splitlines()
                        if line.strip()]
        return data

    # -- what RecordForm asks of a form ----------------------------------------------

    @property
    def participant_id(self) -> str | None:
        return self.record_id

    def heading(self) -> str:
        return str(self.loaded.values.get("name") or "New participant")

    def has_changes(self) -> bool:
        current = self.collect()
        return current.values != self.loaded.values or current.aliases != self.loaded.aliases

    def store_edits(self, ops: Operations) -> tuple[str, ChangeReport]:
        return save_participant(ops, self.record_id, self.loaded, self.collect())

    def _show_engagement(self, participant_id: str | None) -> None:
        """Its roles, its events per year and whom it is most often with, just
        after the form is drawn: for a participant in 30 000 events they take
        a tenth of a second and ~0.3-0.6 s (whom it is with, read beside the
        window when it is in many events)."""
        if participant_id is None or participant_id != self.record_id:
            return  # another participant was loaded meanwhile
        self.roles.setText(roles_held(self.loaded.events))
        self.years.setText(events_per_year(self.loaded.events))
        self.reading_partners.request(
            lambda session: (participant_id, often_with(session, participant_id)),
            beside=beside(len(self.loaded.events)))

    def _show_partners(self, answer: tuple[str, list[tuple[str, str, int]]]) -> None:
        participant_id, found = answer
        if participant_id != self.record_id:
            return  # another participant was loaded meanwhile
        self.often_with.setText("; ".join(f"{_link(pid, name)} ({shared:,})"
                                          for pid, name, shared in found)
                                or "no one: alone in its events")
        _reached_when_linked(self.often_with)

    def _show_under(self, participant_id: str | None) -> None:
        """The participants directly under it, or no row at all when none is."""
        count, under = 0, list[tuple[str, str]]()
        if participant_id is not None:
            with self.store.session() as session:
                count, under = those_under(session, participant_id)
        self.fields.setRowVisible(self.under, count > 0)
        more = count - len(under)
        self.under.setText(f"{count:,}: " + "; ".join(_link(pid, name) for pid, name in under)
                           + (f"; and {more:,} more" if more else ""))
        _reached_when_linked(self.under)

    def _event_activated(self, index: QModelIndex) -> None:
        event_id = self.events_model.event_id(index.row())
        if event_id is not None:
            self.open_event.emit(event_id)


def _reached_when_linked(label: QLabel) -> None:
    """Tab stops at a label of names only while it holds one to open: an
    empty one took the keyboard where nothing showed it."""
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus if "<a " in label.text()
                         else Qt.FocusPolicy.NoFocus)


def _link(participant_id: str, name: str) -> str:
    """A participant's name as a link that opens it."""
    return f'<a href="{html.escape(participant_id)}">{html.escape(name)}</a>'
