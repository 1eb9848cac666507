"""The event form's participants: find or create, role, note, order.

Signals: ``edited()`` whenever the list changes.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QInputDialog,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.countries import country_name
from desktop.core.db import Store
from desktop.core.event_form_data import LinkData, find_participants, typed_with_role
from desktop.core.likely_kind import likely_kind
from desktop.core.models import PARTICIPANT_KINDS
from desktop.core.wording import KIND_LABELS
from desktop.ui.column_shares import ColumnShares
from desktop.ui.finder_choice import ChoiceTaken, found_completer
from desktop.ui.row_editing import (
    button_row,
    cell_box,
    delete_key_removes,
    for_a_row,
    remove_current_row,
    tab_through,
)
from desktop.ui.tooltip_text import as_written

NEW_PREFIX = "Create new participant: "


class LinkEditor(QWidget):
    edited = Signal()

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.links: list[LinkData] = []
        self.roles: list[str] = []
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(["Participant", "Role", "Note"])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # The names take half the width; a name cut short is whole in its tooltip.
        # (the longest role, "established (outcome)", needs ~180 in its box)
        self.columns = ColumnShares(self.table, 0, {1: (0.3, 80, 190), 2: (0.15, 40, 400)})
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(150)
        self.table.setMinimumWidth(200)
        self.table.itemChanged.connect(self._note_changed)
        self.finder = QLineEdit()
        # "NDRC (co-host)" adds it in that role
        self.finder.setPlaceholderText("Add a participant: name or alias (role), then Enter")
        # Keep a reference to the completer's model, or it silently matches nothing.
        self.suggestions = QStringListModel(self)
        self.completer = found_completer(self.suggestions, self)
        self.finder.setCompleter(self.completer)
        self.finder.textEdited.connect(self._suggest)
        self.finder.returnPressed.connect(self._add_typed)
        self.completer.activated.connect(self._add_choice)
        self.taken = ChoiceTaken(self.finder)
        self._choices: dict[str, tuple[str, str, str]] = {}
        self._role = ""  # the role the finder's text gives in brackets
        buttons = button_row((("Remove", self.remove_current),
                              ("Move up", lambda: self.move_current(-1)),
                              ("Move down", lambda: self.move_current(1))))
        delete_key_removes(self.table, self.remove_current)
        tab_through(self.table)
        for text, usable in (("Remove", lambda _row: True), ("Move up", lambda row: row > 0),
                             ("Move down", lambda row: row < len(self.links) - 1)):
            for_a_row(self.table, buttons, text, lambda: self.links, usable)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.finder)
        layout.addLayout(buttons)

    def set_links(self, links: list[LinkData], roles: list[str]) -> None:
        self.links = links
        self.roles = roles
        self._fill()

    def _fill(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.links))
        for row, link in enumerate(self.links):
            label = f"{link.name} ({link.native_name})" if link.native_name else link.name
            if link.new_kind:
                label += f"  — new {KIND_LABELS.get(link.new_kind, link.new_kind).lower()}"
            name_item = QTableWidgetItem(label)
            name_item.setFlags(name_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name_item.setToolTip(as_written(label + _new_details(link)))
            self.table.setItem(row, 0, name_item)
            combo = QComboBox()
            combo.addItems(["", *self.roles])
            combo.setCurrentText(link.role)
            combo.currentTextChanged.connect(lambda text, r=row: self._role_changed(r, text))
            self.table.setCellWidget(row, 1, cell_box(combo))
            self.table.setItem(row, 2, QTableWidgetItem(link.note))
        self.table.blockSignals(False)
        self.columns.show_choices_whole(1)

    def _role_changed(self, row: int, role: str) -> None:
        self.links[row].role = role
        self.columns.show_choices_whole(1)
        self.edited.emit()

    def _note_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 2:
            self.links[item.row()].note = item.text()
            self.edited.emit()

    def _suggest(self, text: str) -> None:
        """Offer the participants the text names, and to create one; "Name
        (role)" offers them in that role."""
        with self.store.session() as session:
            name, self._role = typed_with_role(session, text)
            found = find_participants(session, name)
        role = f" — as {self._role}" if self._role else ""
        self._choices = {choice.label() + role: (choice.id, choice.name, choice.native_name)
                         for choice in found}
        labels = [*self._choices, f"{NEW_PREFIX}{name}{role}"] if name else []
        self.suggestions.setStringList(labels)

    def _add_choice(self, label: str) -> None:
        if self.taken.again(label):
            return
        if label.startswith(NEW_PREFIX):
            self.add_new(label.removeprefix(NEW_PREFIX).removesuffix(f" — as {self._role}"),
                         role=self._role)
        elif label in self._choices:
            participant_id, name, native = self._choices[label]
            self.add_existing(participant_id, name, native, role=self._role)
        self.taken.took(label)

    def _add_typed(self) -> None:
        text = self.finder.text().strip()
        if not text or self.taken.again(text):
            return
        if text in self._choices:
            self._add_choice(text)
            return
        with self.store.session() as session:
            name, role = typed_with_role(session, text)
            found = find_participants(session, name, limit=2)
        if len(found) == 1:
            self.add_existing(found[0].id, found[0].name, found[0].native_name, role=role)
            self.finder.clear()
        else:
            self.add_new(name, role=role)
            self.finder.clear()

    def add_existing(self, participant_id: str, name: str, native_name: str = "", *,
                     role: str = "") -> None:
        self.links.append(LinkData(participant_id, name, native_name, role=role))
        self._fill()
        self.edited.emit()

    def add_new(self, name: str, kind: str | None = None, *, role: str = "") -> None:
        """A participant not yet in the database, stored with the event."""
        if kind is None:
            labels = [KIND_LABELS[each] for each in PARTICIPANT_KINDS]
            chosen, ok = QInputDialog.getItem(
                self, "New participant", f"What is “{name}”?", labels,
                PARTICIPANT_KINDS.index(likely_kind(name)), False)
            if not ok:
                return
            kind = dict(zip(labels, PARTICIPANT_KINDS, strict=True)).get(chosen, chosen)
        self.links.append(LinkData("", name, role=role, new_kind=kind))
        self._fill()
        self.edited.emit()

    def remove_current(self) -> None:
        if remove_current_row(self.table, self.links):
            self._fill()
            self.edited.emit()

    def move_current(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if 0 <= row < len(self.links) and 0 <= target < len(self.links):
            self.links[row], self.links[target] = self.links[target], self.links[row]
            self._fill()
            self.table.setCurrentCell(target, 0)
            self.edited.emit()


def _new_details(link: LinkData) -> str:
    """What a participant new with the event is stored with besides its name
    (read off a pasted text): "; post: Prime Minister; country: Malaysia"."""
    values = link.new_values
    said = [("post", str(values.get("position") or "")),
            ("country", country_name(str(values.get("country") or "")) or ""),
            ("also called", ", ".join(values.get("aliases") or [])),
            ("of", link.new_affiliation)]
    return "".join(f"; {label}: {value}" for label, value in said if value)
