"""Several participants chosen in the Participants list and changed at once.

Shift-, Ctrl-click or Ctrl+A choose them; the list's right-click menu or
Edit ▸ Change selected participants… (Ctrl+Shift+E while the Participants tab
is shown) gives them all a kind, a country, an organisation type, an
affiliation or a parent organisation — forty ministries given their country
after an import, as one undo step.  Delete deletes those in no event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import ChangeReport, ValidationError
from desktop.core.db import Store
from desktop.core.event_form_data import vocabulary_values
from desktop.core.listing import participant_ids_of, participant_rowids_of
from desktop.core.models import PARTICIPANT_KINDS, Participant
from desktop.core.wording import changed_of, counted
from desktop.ui.batch_fields import buddy_label, chosen_values, keep_combo
from desktop.ui.country_field import CountryField
from desktop.ui.dialog_buttons import ok_button, ok_cancel
from desktop.ui.modal import modal, run_modal, show_menu
from desktop.ui.participant_field import ParticipantField

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow



class ParticipantBatchDialog(QDialog):
    def __init__(self, parent: QWidget, store: Store, count: int,
                 org_types: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Change {counted(count, 'participant')}")
        self.kind = keep_combo([(kind, kind) for kind in PARTICIPANT_KINDS])
        self.country = CountryField()
        line = self.country.lineEdit()
        if line is not None:
            line.setPlaceholderText("leave as it is")
        self.org_type = keep_combo([("— none —", None), *((v, v) for v in org_types)])
        self.affiliation = ParticipantField(store, "leave as it is (people only)")
        self.parent_org = ParticipantField(store, "leave as it is (organisations and groups)")
        form = QFormLayout()
        form.addRow("&Kind", self.kind)
        form.addRow("C&ountry", self.country)
        form.addRow("Org &type", self.org_type)
        form.addRow(buddy_label("&Affiliation", self.affiliation.line), self.affiliation)
        form.addRow(buddy_label("&Parent organisation", self.parent_org.line), self.parent_org)
        note = QLabel("Fields left as they are keep each participant's own value. The change "
                      "is one step: Edit ▸ Undo takes it back for "
                      f"{'the participant' if count == 1 else f'all {count:,}'}.")
        note.setWordWrap(True)
        buttons = ok_cancel(self, f"Change {counted(count, 'participant')}")
        self.ok = ok_button(buttons)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(note)
        column.addWidget(buttons)
        for combo in (self.kind, self.country, self.org_type):
            combo.currentTextChanged.connect(self._enable_ok)
        for field in (self.affiliation, self.parent_org):
            field.changed.connect(self._enable_ok)
        self._enable_ok()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 84)

    def values(self) -> dict[str, Any]:
        """The fields to set (a field left as it is is absent)."""
        chosen = chosen_values({"kind": self.kind, "org_type": self.org_type})
        country = self.country.code()
        if country:
            chosen["country"] = country
        for name, field in (("affiliation", self.affiliation), ("parent", self.parent_org)):
            found = field.chosen()
            if found is not None:
                chosen[name] = found.id
        return chosen

    def _enable_ok(self) -> None:
        unresolved = self.affiliation.is_unresolved() or self.parent_org.is_unresolved()
        self.ok.setEnabled(bool(self.values()) and not unresolved)


class ParticipantBatchEditing:
    """The Participants list's multiple selection and its change."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        view = window.participants_view
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        delete_key = QShortcut(QKeySequence(Qt.Key.Key_Delete), view)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)
        # Enter edits the participant in the form, as it does an event from its
        # list (a double-click shows its events).
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), view)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(self._edit_current)
        view.selectionModel().selectionChanged.connect(self.follow_tab)
        window.tabs.currentChanged.connect(self.follow_tab)
        # After the window's own handler, which enables the action for events.
        window.selection.current_changed.connect(lambda _event_id: QTimer.singleShot(
            0, self.follow_tab))
        window.editor.brought_back.connect(self._choose_brought_back)

    def _edit_current(self) -> None:
        window = self.window
        if window.participant_form.participant_id is not None:
            window.details.setCurrentWidget(window.participant_form)
            window.participant_form.focus_field(window.participant_form.name)

    def shown(self) -> bool:
        return self.window.tabs.currentWidget() is self.window.participants_view

    def follow_tab(self) -> None:
        """Edit ▸ Change selected… changes what the shown list has chosen."""
        window = self.window
        action = window.menus.change_selected
        if self.shown():
            action.setText("C&hange selected participants…")
            action.setEnabled(not window.store.read_only and self.count() > 0)
        else:
            action.setText("C&hange selected events…")
            action.setEnabled(not window.store.read_only
                              and window.selection.current is not None)

    def count(self) -> int:
        return sum(bottom - top + 1
                   for top, bottom in self.window.participants_view.selected_runs())

    def selected_ids(self) -> list[str]:
        """The ids of the selected participants, in the list's order."""
        model = self.window.participants_model
        rowids = [rowid for top, bottom in self.window.participants_view.selected_runs()
                  for rowid in model.rowids[top:bottom + 1]]
        with self.window.store.session() as session:
            return participant_ids_of(session, rowids)

    def show_participant(self, participant_id: str) -> None:
        """Open a participant another one's form names: chosen in the
        Participants list (the search set aside when it hides it), its form
        shown."""
        window = self.window
        if not window.participant_form.confirm_leave():
            return
        window.tabs.setCurrentWidget(window.participants_view)
        with window.store.session() as session:
            wanted = set(participant_rowids_of(session, [participant_id]))
        if not wanted & set(window.participants_model.rowids) and window.search_box.text():
            window.search_box.clear()
            window.search_box.flush()
        self.select([participant_id])
        rows = window.participants_view.selectionModel().selectedRows()
        if rows:
            window.participants_view.setCurrentIndex(rows[0])
            window.participants_view.scrollTo(rows[0])

    def select(self, participant_ids: list[str]) -> None:
        model = self.window.participants_model
        with self.window.store.session() as session:
            wanted = set(participant_rowids_of(session, participant_ids))
        self.window.participants_view.select_rows(
            [row for row, rowid in enumerate(model.rowids) if rowid in wanted])

    def _to_change(self) -> list[str] | None:
        """The selected participants' ids, once unsaved edits in the form are
        saved or dropped; None when there is nothing to change."""
        if self.window.store.read_only or self.count() == 0:
            return None
        participant_ids = self.selected_ids()
        return participant_ids if self.window.participant_form.confirm_leave() else None

    def change_selected(self) -> None:
        window = self.window
        participant_ids = self._to_change()
        if participant_ids is None:
            return
        with window.store.session() as session:
            org_types = vocabulary_values(session, "org_type")
        dialog = ParticipantBatchDialog(window, window.store, len(participant_ids), org_types)
        with modal(dialog) as answer:
            values = dialog.values()
        if answer != QDialog.DialogCode.Accepted:
            return
        try:
            report = window.editor.apply(
                lambda ops: ops.change_participants(participant_ids, values),
                f"Change {counted(len(participant_ids), 'participant')}")
        except ValidationError as exc:
            QMessageBox.warning(window, "Engagement Curator", f"Nothing was changed: {exc}")
            return
        self.select(participant_ids)  # still chosen, for a next change
        changed = len(report.ids("participant"))
        window.statusBar().showMessage(
            changed_of(changed, len(participant_ids), "participant"), 8000)

    def delete_selected(self) -> None:
        """Delete the selected participants (after asking); those that take
        part in an event are named, and nothing is deleted."""
        window = self.window
        participant_ids = self._to_change()
        if participant_ids is None:
            return
        count = len(participant_ids)
        answer = QMessageBox.question(
            window, "Delete participants",
            f"Delete {counted(count, 'participant')}? Only participants in "
            "no event can be deleted; people and organisations that name them as "
            "affiliation or parent are kept. Edit ▸ Undo brings them back.")
        if answer != QMessageBox.StandardButton.Yes:
            return
        place = window.participants_view.selected_runs()[0][0]
        try:
            window.editor.apply(lambda ops: ops.delete_participants(participant_ids),
                                f"Delete {counted(count, 'participant')}")
        except ValidationError as exc:
            QMessageBox.warning(window, "Engagement Curator", f"Nothing was deleted: {exc}")
            return
        # the one in their place is shown (the form stood empty, a new participant's)
        window.participants_view.choose_in_place_of(place)
        window.statusBar().showMessage(
            f"{counted(count, 'participant')} deleted", 8000)

    def _choose_brought_back(self, report: ChangeReport) -> None:
        """Choose in the Participants list, when it is in view, those an undo
        or redo brought back (a delete or a merge undone), the first of them
        in the form.  (Not from another view: the participant current in the
        list filters the events, which would change under the analyst.)"""
        made = report.ids("participant", "create")
        if not made or not self.window.is_ready or not self.shown():
            return
        self.select(sorted(made))
        view = self.window.participants_view
        rows = view.selected_runs()
        if rows:
            view.selectionModel().setCurrentIndex(
                view.model().index(rows[0][0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)

    def _context_menu(self, position: QPoint) -> None:
        window = self.window
        count = self.count()
        menu = QMenu(window.participants_view)
        change = menu.addAction(f"Change {count:,} selected participants…" if count > 1
                                else "Change selected participant…")
        change.setEnabled(not window.store.read_only and count > 0)
        change.triggered.connect(self.change_selected)
        delete = menu.addAction(f"Delete {count:,} selected participants…" if count > 1
                                else "Delete selected participant…")
        delete.setEnabled(not window.store.read_only and count > 0)
        delete.triggered.connect(self.delete_selected)
        merge = menu.addAction("Merge the 2 selected participants…")
        merge.setEnabled(not window.store.read_only and count == 2)
        merge.triggered.connect(self.merge_selected)
        menu.addSeparator()
        network = menu.addAction("Who works with this participant…")
        network.setEnabled(count == 1)
        network.triggered.connect(self.show_network)
        compare = menu.addAction("How its ties changed between two periods…")
        compare.setEnabled(count == 1)
        compare.triggered.connect(self.compare_periods)
        profile = menu.addAction("Profile for a report…")
        profile.setEnabled(count == 1)
        profile.triggered.connect(self.save_profile)
        menu.addSeparator()
        table = menu.addAction(f"Export {count:,} selected participants as a table…"
                               if count > 1 else "Export the participants listed as a table…")
        table.setEnabled(window.participants_model.rowCount() > 0)
        table.triggered.connect(self.export_table)
        show_menu(menu, window.participants_view.viewport().mapToGlobal(position))

    def merge_selected(self) -> None:
        """The two selected compared field by field, to merge into one (or to
        remember as two): a pair Find duplicates does not propose, say a name
        and its transliteration."""
        from desktop.ui.identity_dialogs import DuplicatesDialog

        chosen = self.selected_ids()
        if len(chosen) == 2 and self.window.participant_form.confirm_leave():
            run_modal(DuplicatesDialog(self.window.editor, "participant", self.window,
                                       chosen=(chosen[0], chosen[1])))

    def export_table(self) -> None:
        """The selected participants (two or more), else every one listed, as
        a workbook or CSV file."""
        from desktop.ui.participant_table_export import save_participants_table

        window = self.window
        if self.count() > 1:
            chosen = self.selected_ids()
        else:
            with window.store.session() as session:
                chosen = participant_ids_of(session, list(window.participants_model.rowids))
        written = save_participants_table(window, window.store, chosen)
        if written is not None:
            window.statusBar().showMessage(
                f"Exported {counted(len(chosen), 'participant')} to {written}", 8000)

    def save_profile(self) -> None:
        """The chosen participant's profile, as HTML or Markdown."""
        from desktop.ui.profile_export import save_profile

        chosen = self.selected_ids()
        if len(chosen) != 1:
            return
        window = self.window
        with window.store.session() as session:
            participant = session.get(Participant, chosen[0])
            name = participant.name if participant is not None else "participant"
        written = save_profile(window, window.store, chosen[0], name)
        if written is not None:
            window.statusBar().showMessage(f"Wrote the profile of {name} to {written}", 8000)

    def compare_periods(self) -> None:
        """Its ties in two periods compared: the list narrows the events to
        its own when it is chosen, and the comparison then keeps its ties."""
        from desktop.ui.network_change_dialog import show_network_change

        show_network_change(self.window)

    def show_network(self) -> None:
        """The network of the participant's events (the list narrows the events
        to them when it is chosen), with it in focus."""
        from desktop.ui.network_dialog import show_network

        chosen = self.selected_ids()
        dialog = show_network(self.window)
        if len(chosen) == 1:
            dialog.focus_on(chosen[0])
