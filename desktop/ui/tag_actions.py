"""Tags kept tidy from the Tag filter: right-click a tag to rename it on every
event that has it, or to give it another tag's name and so make the two one
("Belt & Road" into "Belt and Road").  One undo step either way."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QWidget,
)

from desktop.core.changes import ValidationError
from desktop.core.event_form_data import tag_names
from desktop.ui.change_bus import Editor
from desktop.ui.modal import show_menu

VALUE_ROLE = Qt.ItemDataRole.UserRole  # a facet item's value: here the tag's id
NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # its name as shown, without the count


class TagActions:
    def __init__(self, parent: QWidget, tag_list: QListWidget, editor: Editor) -> None:
        self.parent = parent
        self.tag_list = tag_list
        self.editor = editor
        tag_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tag_list.customContextMenuRequested.connect(self._menu)

    def _menu(self, position: QPoint) -> None:
        item = self.tag_list.itemAt(position)
        if item is not None and not self.editor.ops.store.read_only:
            show_menu(self.menu_for(item), self.tag_list.viewport().mapToGlobal(position))

    def menu_for(self, item: QListWidgetItem) -> QMenu:
        """What can be done to the tag on this line of the filter."""
        tag_id, name = str(item.data(VALUE_ROLE)), str(item.data(NAME_ROLE))
        menu = QMenu(self.tag_list)
        menu.addAction(f"Rename tag “{name}”…").triggered.connect(
            lambda: self.rename(tag_id, name))
        return menu

    def rename(self, tag_id: str, name: str) -> None:
        new, accepted = QInputDialog.getText(
            self.parent, "Rename tag", f"New name for “{name}” on every event that has it "
            "(another tag's name makes the two one):", QLineEdit.EchoMode.Normal, name)
        new = " ".join(new.split())
        if not accepted or not new or new == name:
            return
        with self.editor.ops.store.session() as session:
            other = next((tag for tag in tag_names(session)
                          if tag.casefold() == new.casefold() and tag != name), None)
        if other is not None and QMessageBox.question(
                self.parent, "Rename tag", f"“{other}” is already a tag. Make “{name}” part "
                f"of it, so that its events are tagged “{other}”?"
                ) != QMessageBox.StandardButton.Yes:
            return
        try:
            self.editor.apply(lambda ops: ops.rename_tag(tag_id, new),
                              f"Rename tag “{name}” to “{other or new}”")
        except ValidationError as exc:
            QMessageBox.warning(self.parent, "Rename tag", str(exc))

