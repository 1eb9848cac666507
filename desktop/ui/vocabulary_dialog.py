"""Tools ▸ Vocabularies…: the values of the categories, event types, roles and
organisation types, each with how many records have it — to add one, correct
one's spelling, merge one into another ("cohost" into "co-host") or remove one
that nothing has.  Each is one step of Edit ▸ Undo."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import ChangeReport, ValidationError
from desktop.core.operations import Operations
from desktop.core.vocabularies import USED_BY, TermUse, term_uses
from desktop.core.wording import counted
from desktop.ui.alike_values import rename_or_merge, value_to_add
from desktop.ui.busy_cursor import busy_cursor
from desktop.ui.change_bus import Editor
from desktop.ui.dialog_undo import DialogUndo
from desktop.ui.modal import run_modal

# Each vocabulary as the window names it, and one of its values.
VOCABULARY_NAMES = {"category": ("Categories", "category"),
                    "event_type": ("Event types", "event type"),
                    "role": ("Roles", "role"),
                    "org_type": ("Organisation types", "organisation type")}
TERM_ROLE = Qt.ItemDataRole.UserRole


class VocabularyDialog(QDialog):
    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setWindowTitle("Vocabularies")
        self.resize(560, 480)
        self.vocabulary = QComboBox()
        for key, (plural, _one) in VOCABULARY_NAMES.items():
            self.vocabulary.addItem(plural, key)
        self.values = QListWidget()
        self.values.setAccessibleName("Values")
        self.add_button = QPushButton("&Add…")
        self.rename_button = QPushButton("&Rename…")
        self.merge_button = QPushButton("&Merge into…")
        self.remove_button = QPushButton("Re&move")
        # The order the forms offer the values in (Ctrl+Up / Ctrl+Down in the list).
        self.up_button = QPushButton("Move &up")
        self.down_button = QPushButton("Move &down")
        self.undo_button = DialogUndo(editor, self._undone)
        self.message = QLabel()
        self.message.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        chooser = QHBoxLayout()
        label = QLabel("&Vocabulary")
        label.setBuddy(self.vocabulary)
        chooser.addWidget(label)
        chooser.addWidget(self.vocabulary, 1)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.rename_button, self.merge_button,
                       self.remove_button):
            buttons.addWidget(button)
        buttons.addSpacing(12)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        body = QHBoxLayout()
        body.addWidget(self.values, 1)
        body.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)

        self.vocabulary.currentIndexChanged.connect(lambda _index: self.refresh())
        self.values.currentRowChanged.connect(lambda _row: self._enable())
        self.values.itemActivated.connect(lambda _item: self.rename())  # Enter, double-click
        self.values.installEventFilter(self)  # F2 renames, Delete removes
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.merge_button.clicked.connect(self.merge)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move_value(-1))
        self.down_button.clicked.connect(lambda: self.move_value(1))
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.values and isinstance(event, QKeyEvent) and (
                event.type() == QEvent.Type.KeyPress):
            acts: dict[Qt.Key, Callable[[], None]] = {
                Qt.Key.Key_F2: self.rename, Qt.Key.Key_Delete: self.remove}
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                acts = {Qt.Key.Key_Up: partial(self.move_value, -1),
                        Qt.Key.Key_Down: partial(self.move_value, 1)}
            act = acts.get(Qt.Key(event.key()))
            if act is not None:
                act()
                return True
        return super().eventFilter(watched, event)

    # -- what is shown ---------------------------------------------------------------

    @property
    def key(self) -> str:
        return str(self.vocabulary.currentData())

    def refresh(self, keep: str | None = None) -> None:
        """The chosen vocabulary's values again, ``keep`` (an id) chosen."""
        with self.editor.ops.store.session() as session:
            uses = term_uses(session, self.key)
        self.values.clear()
        for use in uses:
            item = QListWidgetItem(f"{use.value}  ({self._counted(use)})")
            item.setData(TERM_ROLE, use)
            self.values.addItem(item)
        ids = [use.id for use in uses]
        self.values.setCurrentRow(ids.index(keep) if keep in ids else 0 if ids else -1)
        self._enable()

    def current(self) -> TermUse | None:
        item = self.values.currentItem()
        use = item.data(TERM_ROLE) if item is not None else None
        return use if isinstance(use, TermUse) else None

    def _enable(self) -> None:
        use = self.current()
        editable = not self.editor.ops.store.read_only
        self.add_button.setEnabled(editable)
        self.rename_button.setEnabled(editable and use is not None)
        self.merge_button.setEnabled(editable and use is not None and self.values.count() > 1)
        # A value something has is merged into another, not removed from under it.
        self.remove_button.setEnabled(editable and use is not None and use.uses == 0)
        row = self.values.currentRow()
        self.up_button.setEnabled(editable and use is not None and row > 0)
        self.down_button.setEnabled(editable and use is not None
                                    and row < self.values.count() - 1)
        self.remove_button.setToolTip(
            "" if use is None or use.uses == 0 else
            f"“{use.value}” is used by {self._counted(use)}: merge it into another value "
            "instead")

    # -- the changes -----------------------------------------------------------------

    def add(self) -> None:
        one = VOCABULARY_NAMES[self.key][1]
        value, ok = QInputDialog.getText(self, "Add a value", f"New {one}:")
        if not ok or not value.strip():
            return
        chosen = value_to_add(self, self.editor.ops.store, self.key, value, one)
        if chosen is None:
            return
        text, new = chosen
        if new:
            self._apply(lambda ops: ops.add_term(self.key, text), f"Add {one} “{text}”",
                        f"“{text}” added.")
        else:  # the value it looks like, chosen instead
            uses = self._uses()
            self.values.setCurrentRow(next(
                row for row, use in enumerate(uses) if use.value == text))
            self.message.setText(f"“{text}” kept; nothing added.")

    def rename(self) -> None:
        use = self.current()
        if use is None or self.editor.ops.store.read_only:
            return
        one = VOCABULARY_NAMES[self.key][1]
        value, ok = QInputDialog.getText(self, "Rename", f"The {one} “{use.value}” is now:",
                                         text=use.value)
        if not ok or not value.strip() or value.strip() == use.value:
            return
        chosen = rename_or_merge(self, self.editor.ops.store, self.key, use.value, value, one)
        if chosen is None:
            return
        what, text = chosen
        into = next((other for other in self._uses() if other.value == text), None)
        if what == "merge" and into is not None:
            self._merge(use, into)
        elif what == "rename":
            self._apply(lambda ops: ops.rename_term(use.id, text),
                        f"Rename {one} “{use.value}”",
                        f"“{use.value}” is now “{text}”{self._on(use)}.", keep=use.id)

    def merge(self) -> None:
        use = self.current()
        if use is None:
            return
        others = [other for other in self._uses() if other.id != use.id]
        one = VOCABULARY_NAMES[self.key][1]
        chosen, ok = QInputDialog.getItem(
            self, "Merge", f"“{use.value}” ({self._counted(use)}) becomes the {one}:",
            [other.value for other in others], 0, False)
        into = next((other for other in others if other.value == chosen), None)
        if ok and into is not None:
            self._merge(use, into)

    def _merge(self, use: TermUse, into: TermUse) -> None:
        one = VOCABULARY_NAMES[self.key][1]
        self._apply(lambda ops: ops.merge_terms(use.id, into.id),
                    f"Merge {one} “{use.value}” into “{into.value}”",
                    f"“{use.value}” merged into “{into.value}”{self._on(use)}.",
                    keep=into.id)

    def remove(self) -> None:
        use = self.current()
        if use is not None and use.uses == 0:
            one = VOCABULARY_NAMES[self.key][1]
            self._apply(lambda ops: ops.remove_term(use.id), f"Remove {one} “{use.value}”",
                        f"“{use.value}” removed.")

    def move_value(self, offset: int) -> None:
        use = self.current()
        row = self.values.currentRow()
        if use is None or not 0 <= row + offset < self.values.count() or (
                self.editor.ops.store.read_only):
            return
        one = VOCABULARY_NAMES[self.key][1]
        where = "up" if offset < 0 else "down"
        self._apply(lambda ops: ops.move_term(use.id, offset), f"Move {one} “{use.value}” {where}",
                    f"“{use.value}” moved {where}: the forms offer it there.", keep=use.id)

    def _undone(self, what: str) -> None:
        self.refresh(getattr(self.current(), "id", None))
        self.message.setText(f"Undone: {what}.")

    def _uses(self) -> list[TermUse]:
        items = (self.values.item(row) for row in range(self.values.count()))
        return [item.data(TERM_ROLE) for item in items]

    def _counted(self, use: TermUse) -> str:
        """Its uses: "12 events", "1 participant in an event"."""
        _column, one, several = USED_BY[self.key]
        return counted(use.uses, one, several)

    def _on(self, use: TermUse) -> str:
        return f" on {self._counted(use)}" if use.uses else ""

    def _apply(self, operation: Callable[[Operations], ChangeReport], description: str,
               done: str, keep: str | None = None) -> None:
        try:
            with busy_cursor():  # a role merged on 20 000 links takes ~2 s
                report = self.editor.apply(operation, description)
        except ValidationError as exc:
            said = "; ".join(problem.message for problem in exc.problems)
            self.message.setText(f"Not done: {said}.")
            return
        added = report.ids("vocabulary_term")
        self.refresh(keep or next(iter(added), None))
        self.message.setText(f"{done} Undo takes it back.")


def show_vocabularies(editor: Editor, parent: QWidget | None = None) -> None:
    run_modal(VocabularyDialog(editor, parent))
