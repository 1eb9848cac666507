"""The events selected in the list, changed or deleted at once.

The list takes Shift- and Ctrl-clicks and Ctrl+A; Edit ▸ Change selected
events… (or the list's context menu) sets their status, category, event type,
country or place, adds or removes tags and adds a participant (with a role) to them
all or removes one from them all, as one undo step.  The selection is read
from the list's row ranges, so choosing all of 100 000 events costs nothing
until the change is made, and it is kept across the reload the change causes,
so a second change can follow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QPoint, QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import ChangeReport, ValidationError
from desktop.core.db import Store
from desktop.core.event_form_data import places_written, tag_names, vocabulary_values
from desktop.core.listing import event_ids_of, rowids_of
from desktop.core.models import EVENT_STATUSES
from desktop.core.relations import related_ids
from desktop.core.tag_spelling import split_typed_tags
from desktop.core.wording import STATUS_LABELS, changed_of, counted
from desktop.ui.background import run_in_background
from desktop.ui.batch_fields import buddy_label, chosen_values, keep_combo
from desktop.ui.country_field import CountryField
from desktop.ui.dialog_buttons import ok_button, ok_cancel
from desktop.ui.empty_lists import explain_empty_lists
from desktop.ui.event_deletion import EventDeletion
from desktop.ui.modal import modal, run_modal, show_menu
from desktop.ui.participant_batch import ParticipantBatchEditing
from desktop.ui.participant_field import ParticipantField
from desktop.ui.place_completer import PlaceCompleter
from desktop.ui.windowed_model import ID_ROLE

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop.core.operations import Operations
    from desktop.ui.main_window import MainWindow

# Past this many events the change runs behind a progress dialog (seconds at 100 000).
IN_BACKGROUND_FROM = 2000
# Adding or removing a participant goes through the ORM, ~2.4 ms an event (one
# change each, undone one by one): behind the dialog from a second's worth on.
LINKS_IN_BACKGROUND_FROM = 400


class BatchEditDialog(QDialog):
    """What to change on every selected event; each field starts at "leave as it is"."""

    def __init__(self, parent: QWidget, store: Store, count: int,
                 terms: dict[str, list[str]], tags: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Change {counted(count, 'event')}")
        self.status = keep_combo([(STATUS_LABELS[value], value) for value in EVENT_STATUSES])
        self.category = keep_combo([("— none —", None), *((v, v) for v in terms["category"])])
        self.event_type = keep_combo([("— none —", None),
                                      *((v, v) for v in terms["event_type"])])
        self.country = CountryField()
        line = self.country.lineEdit()
        if line is not None:
            line.setPlaceholderText("leave as it is")
        self.place = QLineEdit()
        self.place.setPlaceholderText("leave as it is")
        # The places written and the towns, as in the event form; a town
        # chosen brings its country, which stays in view to be kept or cleared.
        self.place_list = PlaceCompleter(store, self.place)
        with store.session() as session:
            self.place_list.set_places(places_written(session))
        self.place_list.known_place_chosen.connect(
            lambda _town, code: None if self.country.code() else self.country.set_code(code))
        self.known_tags = tags
        tag_model = QStringListModel(tags, self)
        self.add_tags = _tag_line(tag_model, "tags to add, separated by ;")
        self.remove_tags = _tag_line(tag_model, "tags to remove, separated by ;")
        self.add_participant = ParticipantField(store, "a participant to add to each event")
        self.role = QComboBox()
        self.role.addItem("no role", "")
        for role in terms["role"]:
            self.role.addItem(role, role)
        self.role.setAccessibleName("Role of the participant added")
        self.remove_participant = ParticipantField(store, "a participant to remove from "
                                                          "each event")
        form = QFormLayout()
        form.addRow("&Status", self.status)
        form.addRow("&Category", self.category)
        form.addRow("Event &type", self.event_type)
        form.addRow("C&ountry", self.country)
        form.addRow("Plac&e", self.place)
        form.addRow("&Add tags", self.add_tags)
        form.addRow("&Remove tags", self.remove_tags)
        form.addRow(buddy_label("Add &participant", self.add_participant.line),
                    self.add_participant)
        form.addRow(buddy_label("  with ro&le", self.role), self.role)
        form.addRow(buddy_label("Remo&ve participant", self.remove_participant.line),
                    self.remove_participant)
        every = "the event" if count == 1 else f"all {counted(count, 'event')}"
        note = QLabel(f"Fields left as they are keep each event's own value. "
                      f"The change is one step: Edit ▸ Undo takes it back for {every}.")
        note.setWordWrap(True)
        self.buttons = ok_cancel(self, f"Change {counted(count, 'event')}")
        self.ok = ok_button(self.buttons)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(note)
        column.addWidget(self.buttons)
        for combo in (self.status, self.category, self.event_type, self.country):
            combo.currentTextChanged.connect(self._enable_ok)
        for tag_line in (self.place, self.add_tags, self.remove_tags):
            tag_line.textChanged.connect(self._enable_ok)
        for field in (self.add_participant, self.remove_participant):
            field.changed.connect(self._enable_ok)
        self._enable_ok()
        # wide enough for a long name and its native name on one line under its field
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 84)

    def values(self) -> dict[str, Any]:
        """The fields to set (a field left as it is is absent)."""
        chosen = chosen_values({"status": self.status, "category": self.category,
                                "event_type": self.event_type})
        country = self.country.code()
        if country:
            chosen["country"] = country
        place = " ".join(self.place.text().split())
        if place:
            chosen["place"] = place
        return chosen

    def tags_to_add(self) -> list[str]:
        return split_typed_tags(self.add_tags.text(), self.known_tags)

    def tags_to_remove(self) -> list[str]:
        return split_typed_tags(self.remove_tags.text(), self.known_tags)

    def participant_to_add(self) -> tuple[str, dict[str, Any]] | None:
        """The participant to add and the link's values (its role)."""
        chosen = self.add_participant.chosen()
        role = self.role.currentData()
        return (chosen.id, {"role": role} if role else {}) if chosen else None

    def participant_to_remove(self) -> str | None:
        chosen = self.remove_participant.chosen()
        return chosen.id if chosen else None

    def _enable_ok(self) -> None:
        """On when something is asked, and each participant typed is found
        (and is not both added and removed)."""
        adding, removing = self.participant_to_add(), self.participant_to_remove()
        clear = not (self.add_participant.is_unresolved()
                     or self.remove_participant.is_unresolved()
                     or (adding and adding[0] == removing))
        self.ok.setEnabled(clear and bool(self.values() or self.tags_to_add()
                                          or self.tags_to_remove() or adding or removing))


def _tag_line(model: QStringListModel, placeholder: str) -> QLineEdit:
    line = QLineEdit()
    line.setPlaceholderText(placeholder)
    completer = QCompleter(model, line)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    line.setCompleter(completer)
    return line


class BatchEditing:
    """The list's multiple selection and what can be done to it."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        view = window.events_view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        view.selectionModel().selectionChanged.connect(self._tell_the_form)
        # The timeline marks the chosen events (read when it is shown: choosing in
        # the list costs nothing more) and Ctrl-click there chooses one more.
        view.selectionModel().selectionChanged.connect(self._show_on_timeline)
        window.tabs.currentChanged.connect(self._show_on_timeline)
        window.timeline.canvas.event_toggled.connect(self.toggle)
        # letters typed on either list begin a search
        for typed_on in (view, window.participants_view):
            typed_on.typed.connect(window.search_box.start_with)
        self.participants = ParticipantBatchEditing(window)
        self.deletion = EventDeletion(self)
        explain_empty_lists(window)
        # Undoing or redoing a change of thousands of events runs beside the window too.
        window.editor.run_long = lambda label, work: run_in_background(
            window, label, lambda _progress: work(), "events", cancellable=False)

    def _tell_the_form(self) -> None:
        """With several events chosen, the form says that it shows one of them."""
        count = self.count()
        self.window.form.show_note(
            f"{count:,} events are selected; this form shows one of them. Edit ▸ Change "
            "selected events… (Ctrl+Shift+E) changes them all." if count > 1 else "")

    def _show_on_timeline(self) -> None:
        window = self.window
        if window.tabs.currentWidget() is not window.timeline:
            return
        several = self.count() > 1
        window.timeline.canvas.set_chosen(frozenset(self.selected_ids()) if several
                                          else frozenset())

    def toggle(self, event_id: str) -> None:
        """Choose the event with the others, or no longer (Ctrl-click on the timeline)."""
        model = self.window.events_model
        row = model.row_of_event(event_id)
        if row < 0:
            return
        self.window.events_view.selectionModel().select(
            model.index(row, 0), QItemSelectionModel.SelectionFlag.Toggle
            | QItemSelectionModel.SelectionFlag.Rows)

    def count(self) -> int:
        """How many rows of the list are selected."""
        return sum(bottom - top + 1 for top, bottom in self.window.events_view.selected_runs())

    def selected_ids(self) -> list[str]:
        """The ids of the selected events, in the list's order."""
        model = self.window.events_model
        if model.pending_rows > len(model.rowids):
            model.read_the_rest()  # rows selected before their ids were read
        runs = self.window.events_view.selected_runs()
        rowids = list(dict.fromkeys(rowid for top, bottom in runs
                                    for rowid in model.rowids[top:bottom + 1]))
        with self.window.store.session() as session:
            return event_ids_of(session, rowids)

    def _rows(self, event_ids: list[str]) -> list[int]:
        """The list's rows that show these events, top to bottom."""
        window = self.window
        model = window.events_model
        if model.pending_rows > len(model.rowids):
            model.read_the_rest()  # the rows past the first page
        with window.store.session() as session:
            wanted = rowids_of(session, event_ids)
        return [row for row, rowid in enumerate(model.rowids) if rowid in wanted]

    def select(self, event_ids: list[str]) -> None:
        """Select these events where the list shows them, as runs of rows."""
        self.window.events_view.select_rows(self._rows(event_ids))

    def choose(self, event_ids: list[str], *, show_the_list: bool = True) -> bool:
        """Show the list with these events selected, the first of them current
        (the form shows it); False when the form kept unsaved edits."""
        window = self.window
        if show_the_list:
            window.tabs.setCurrentWidget(window.events_view)
        rows = self._rows(event_ids)
        if rows:  # the topmost becomes current, and the form shows it
            top = window.events_model.index(rows[0], 1)
            window.events_view.selectionModel().setCurrentIndex(
                top, QItemSelectionModel.SelectionFlag.NoUpdate)
            if window.selection.current != top.data(ID_ROLE):
                return False
            window.events_view.scrollTo(top)
        self.select(event_ids)
        return True

    def to_change(self) -> list[str] | None:
        """The selected events' ids, once unsaved edits in the form are saved
        or dropped (not mixed with the change; saving reloads the list, so the
        ids are read before); None when nothing is to be changed."""
        if self.window.store.read_only or self.count() == 0:
            return None
        event_ids = self.selected_ids()
        return event_ids if self.window.form.confirm_leave() else None

    def change_selected(self) -> None:
        if self.participants.shown():  # Edit ▸ Change selected… on the Participants tab
            self.participants.change_selected()
            return
        window = self.window
        event_ids = self.to_change()
        if event_ids is None:
            return
        with window.store.session() as session:
            terms = {name: vocabulary_values(session, name)
                     for name in ("category", "event_type", "role")}
            tags = tag_names(session)
        dialog = BatchEditDialog(window, window.store, len(event_ids), terms, tags)
        with modal(dialog) as answer:
            values, add, remove = dialog.values(), dialog.tags_to_add(), dialog.tags_to_remove()
            link, unlink = dialog.participant_to_add(), dialog.participant_to_remove()
        if answer != QDialog.DialogCode.Accepted:
            return

        def change(ops: Any) -> ChangeReport:
            with ops.batch():
                report: ChangeReport = ops.change_events(event_ids, values, add_tags=add,
                                                         remove_tags=remove)
                if unlink:
                    report.merge(ops.unlink_events(event_ids, unlink))
                if link:
                    report.merge(ops.link_events(event_ids, *link))
            return report

        self.apply(event_ids, change, f"Change {counted(len(event_ids), 'event')}",
                   f"Changing {counted(len(event_ids), 'event')}…",
                   background_from=LINKS_IN_BACKGROUND_FROM if link or unlink
                   else IN_BACKGROUND_FROM)

    def replace_in_selected(self) -> None:
        """Find and replace a text in the selected events' titles, summaries,
        places or notes (the current one when it is alone)."""
        from desktop.core.operations_batch import matches_in
        from desktop.ui.replace_dialog import ReplaceDialog

        window = self.window
        event_ids = self.to_change()
        if event_ids is None:
            return

        def counter(fields: list[str], find: str, match_case: bool) -> tuple[int, int]:
            with window.store.session() as session:
                return matches_in(session, event_ids, fields, find, match_case)

        dialog = ReplaceDialog(window, len(event_ids), counter)
        with modal(dialog) as answer:
            fields, find = dialog.chosen_fields(), dialog.find_text.text()
            replacement, match_case = dialog.replacement.text(), dialog.match_case.isChecked()
        if answer != QDialog.DialogCode.Accepted:
            return
        self.apply(event_ids, lambda ops: ops.replace_in_events(
            event_ids, fields, find, replacement, match_case=match_case),
            f"Replace “{find}” in {counted(len(event_ids), 'event')}",
            f"Replacing in {counted(len(event_ids), 'event')}…")

    def apply(self, event_ids: list[str], operation: Any, description: str, label: str,
              *, keep_selection: bool = True, background_from: int = IN_BACKGROUND_FROM
              ) -> ChangeReport | None:
        """The change made (None when it was refused, and said why)."""
        window = self.window

        def run(ops: Any) -> Any:
            if len(event_ids) < background_from:
                return operation(ops)
            return run_in_background(window, label, lambda _progress: operation(ops),
                                     "events", cancellable=False)

        try:
            report = window.editor.apply(run, description)
        except ValidationError as exc:
            QMessageBox.warning(window, "Engagement Curator", f"Nothing was changed: {exc}")
            return None
        if keep_selection:
            self.select(event_ids)
            changed = len(report.events_touched())
            window.statusBar().showMessage(changed_of(changed, len(event_ids), "event"), 8000)
        return report

    def _context_menu(self, position: QPoint) -> None:
        window = self.window
        view = window.events_view
        if not window.is_ready:
            return
        count = self.count()
        menu = QMenu(view)
        editable = not window.store.read_only and count > 0
        change = menu.addAction(f"Change {count:,} selected events…" if count > 1
                                else "Change selected event…")
        change.setEnabled(editable)
        change.triggered.connect(self.change_selected)
        replace = menu.addAction("Find and replace in selected events…")
        replace.setEnabled(editable)
        replace.triggered.connect(self.replace_in_selected)
        delete = menu.addAction(f"Delete {count:,} selected events…" if count > 1
                                else "Delete event…")
        delete.setEnabled(editable)
        delete.triggered.connect(self.deletion.delete_selected)
        merge = menu.addAction("Merge the 2 chosen events…")
        merge.setEnabled(editable and count == 2)
        merge.triggered.connect(self.merge_chosen)
        menu.addSeparator()
        related = menu.addAction("Choose the related events too")
        related.setEnabled(self._related_to_current() != frozenset())
        related.triggered.connect(self.choose_related)
        # (with one chosen, greyed: "the 1 chosen events" read as a slip)
        series = menu.addAction(f"Make the {count:,} chosen events one series" if count > 1
                                else "Make the chosen events one series")
        series.setEnabled(editable and count > 1)
        series.triggered.connect(self.make_series)
        parts = menu.addAction("Make the other chosen events part of the current one")
        parts.setEnabled(editable and count > 1 and window.selection.current is not None)
        parts.triggered.connect(self.make_part_of_current)
        show_menu(menu, view.viewport().mapToGlobal(position))

    def merge_chosen(self) -> None:
        """The two chosen events compared field by field, to merge (or set apart)."""
        from desktop.ui.identity_dialogs import DuplicatesDialog

        event_ids = self.to_change()
        if event_ids is not None and len(event_ids) == 2:
            run_modal(DuplicatesDialog(self.window.editor, "event", self.window,
                                       chosen=(event_ids[0], event_ids[1])))

    def make_series(self) -> None:
        """The chosen events, in date order, each the same series as the one
        before it: one undo step."""
        event_ids = self.to_change()
        if event_ids is None:
            return
        self._relate(lambda ops: ops.make_series(event_ids), len(event_ids) - 1,
                     f"Make {len(event_ids):,} events one series",
                     f"{len(event_ids):,} events made one series ({{new_relations}})",
                     "pairs of them were related already, and are left as they were")

    def make_part_of_current(self) -> None:
        current = self.window.selection.current
        event_ids = self.to_change()
        if event_ids is None or current is None:
            return
        others = [event_id for event_id in event_ids if event_id != current]
        self._relate(lambda ops: ops.make_part_of(others, current), len(others),
                     f"Make {counted(len(others), 'event')} part of another",
                     f"{{made:,}} of {counted(len(others), 'event')} made part of the current "
                     "one",
                     "the others were related to it already, and are left as they were")

    def _relate(self, operation: Callable[[Operations], ChangeReport], wanted: int,
                description: str, said: str, passed_over: str) -> None:
        """Apply a batch of relations as one step; say how many were made
        (``said``, with ``{made}`` or ``{new_relations}``) and, if fewer than
        ``wanted``, why."""
        try:
            report = self.window.editor.apply(operation, description)
        except ValidationError as exc:
            QMessageBox.warning(self.window, "Engagement Curator", f"Nothing was changed: {exc}")
            return
        made = len(report.ids("relation", "create"))
        self.window.statusBar().showMessage(
            said.format(made=made, new_relations=counted(made, "new relation"))
            + (f"; {passed_over}" if made < wanted else ""), 8000)

    def _related_to_current(self) -> frozenset[str]:
        current = self.window.selection.current
        if not current:
            return frozenset()
        with self.window.store.session() as session:
            return related_ids(session, current)

    def choose_related(self) -> None:
        """Choose the current event with the events related to it (the summit
        with what was signed there, a series' editions), the current one
        staying current; say how many the search or filters leave out."""
        current = self.window.selection.current
        related = self._related_to_current()
        if not current or not related:
            return
        rows = self._rows([current, *related])
        self.window.events_view.select_rows(rows)
        shown = len(rows) - 1
        hidden = len(related) - shown
        left_out = "the search or filters leave " + ("it" if hidden == 1 else "them") + " out"
        if shown == 0:
            message = (f"The related event is not in the list: {left_out}" if hidden == 1
                       else f"None of the {hidden:,} related events is in the list: {left_out}")
        else:
            message = (f"{counted(shown, 'related event')} chosen with this "
                       "one" + (f"; {hidden:,} more {'is' if hidden == 1 else 'are'} not in "
                                f"the list ({left_out})" if hidden else ""))
        self.window.statusBar().showMessage(message, 8000)
