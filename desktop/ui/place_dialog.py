"""Tools ▸ Tidy places…, Tidy tags… and Tidy publishers…: values written
several ways, made one.

On the left the groups of spellings that look like one place ("Beijing",
"北京", "Beijing, China"), tag ("AI governance", "AI-Governance") or
publisher of sources ("Reuters", "REUTERS"; "新华社", "新華社"), the most
events first; on the right the chosen group's spellings, each ticked to
be merged, and the spelling they all take (the most used, or any other
typed).  Each merge is one step of Edit ▸ Undo.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.core.changes import ChangeReport, ValidationError
from desktop.core.operations import Operations
from desktop.core.place_countries import towns_of_places
from desktop.core.place_variants import (
    PlaceGroup,
    place_counts,
    place_groups,
    publisher_counts,
    tag_counts,
)
from desktop.core.progress import Progress
from desktop.core.wording import counted
from desktop.ui.background import run_in_background
from desktop.ui.change_bus import Editor
from desktop.ui.dialog_undo import DialogUndo
from desktop.ui.screen_fit import fit_to_message

PLACE_ROLE = Qt.ItemDataRole.UserRole


def _merge_places(ops: Operations, spellings: list[str], into: str) -> ChangeReport:
    return ops.rename_places(spellings, into)


def _merge_tags(ops: Operations, spellings: list[str], into: str) -> ChangeReport:
    return ops.merge_tags(spellings, into)


def _merge_publishers(ops: Operations, spellings: list[str], into: str) -> ChangeReport:
    return ops.rename_publishers(spellings, into)


# What is tidied: its name, what the list says of it, how it is counted and merged.
_KINDS: dict[str, tuple[str, str, Callable[[Session], dict[str, int]],
                        Callable[[Operations, list[str], str], ChangeReport]]] = {
    "place": ("places", "Places that may be one, written in other case, script, language, "
                        "spacing or spelling, or with their country or province:",
              place_counts, _merge_places),
    "tag": ("tags", "Tags that may be one, written in other case, script, spacing or "
                    "spelling:", tag_counts, _merge_tags),
    "publisher": ("publishers", "Publishers of the events' sources that may be one, written "
                                "in other case, script, spacing or spelling:",
                  publisher_counts, _merge_publishers),
}


class PlaceDialog(QDialog):
    def __init__(self, editor: Editor, parent: QWidget | None = None,
                 kind: str = "place") -> None:
        super().__init__(parent)
        self.editor = editor
        self.kind = kind
        plural, intro, self._counts, self._merge = _KINDS[kind]
        self.setWindowTitle(f"Tidy {plural}")
        self.resize(820, 520)
        self.groups_list = QListWidget()
        self.groups_list.setAccessibleName(f"{plural.capitalize()} that look like one")
        self.spellings = QListWidget()
        self.spellings.setAccessibleName("Spellings")
        self.target = QComboBox()
        self.target.setEditable(True)
        self.target.setAccessibleName(f"The {kind} they all take")
        self.merge_button = QPushButton("&Make them one")
        self.merge_button.clicked.connect(self.merge)
        self.message = QLabel()
        self.message.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.undo_button = DialogUndo(editor, self._undone)
        close.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        right = QVBoxLayout()
        right.addWidget(QLabel("Spellings ticked are merged:"))
        right.addWidget(self.spellings, 1)
        target_row = QHBoxLayout()
        label = QLabel("&Into")
        label.setBuddy(self.target)
        target_row.addWidget(label)
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.merge_button)
        right.addLayout(target_row)
        # The intro and both lists, hidden when there is nothing to tidy: the
        # message then says so in their place, not under two empty boxes.
        self.panes = QWidget()
        panes = QHBoxLayout()
        panes.setContentsMargins(0, 0, 0, 0)
        panes.addWidget(self.groups_list, 1)
        panes.addLayout(right, 1)
        pane_column = QVBoxLayout(self.panes)
        pane_column.setContentsMargins(0, 0, 0, 0)
        pane_column.addWidget(QLabel(intro))
        pane_column.addLayout(panes, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panes, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.groups: list[PlaceGroup] = []
        self.groups_list.currentRowChanged.connect(self._show_group)
        self.spellings.itemChanged.connect(self._enable_merge)
        self.target.currentTextChanged.connect(self._enable_merge)
        self.refresh()
        if not self.groups:
            fit_to_message(self)

    def refresh(self) -> None:
        """Find the groups again (after a merge, or another edit)."""
        def find(_progress: Progress) -> list[PlaceGroup]:
            with self.editor.ops.store.session() as session:
                counts = self._counts(session)
            # places of one town however written
            return place_groups(counts, towns_of_places(counts) if self.kind == "place"
                                else None)

        # Beside the window: the first time, the towns are read too (2.5 s).
        shown = self if self.isVisible() else self.parentWidget()
        self.groups = run_in_background(shown or self, "Looking for spellings of one "
                                        f"{self.kind}…", find, cancellable=False)
        self.groups_list.clear()
        for group in self.groups:
            self.groups_list.addItem(f"{group.suggested} — {len(group.variants)} spellings, "
                                     f"{counted(group.events, 'event')}")
        self.panes.setVisible(bool(self.groups))
        self.message.setSizePolicy(QSizePolicy.Policy.Preferred,
                                   QSizePolicy.Policy.Preferred if self.groups
                                   else QSizePolicy.Policy.Expanding)
        if self.groups:
            self.groups_list.setCurrentRow(0)
        else:
            self._show_group(-1)
            self.message.setText(f"No {self.kind} is written in more than one way: "
                                 "nothing to tidy.")

    def _show_group(self, row: int) -> None:
        self.spellings.blockSignals(True)
        self.spellings.clear()
        self.target.clear()
        if 0 <= row < len(self.groups):
            for variant in self.groups[row].variants:
                item = QListWidgetItem(f"{variant.place}  ({counted(variant.events, 'event')})")
                item.setData(PLACE_ROLE, variant.place)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                self.spellings.addItem(item)
                self.target.addItem(variant.place)
        self.spellings.blockSignals(False)
        self._enable_merge()

    def ticked(self) -> list[str]:
        items = (self.spellings.item(row) for row in range(self.spellings.count()))
        return [str(item.data(PLACE_ROLE)) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def _enable_merge(self) -> None:
        into = self.target.currentText().strip()
        # Something to change: a ticked spelling other than the one kept.
        self.merge_button.setEnabled(bool(into) and any(p != into for p in self.ticked()))

    def merge(self) -> None:
        into = " ".join(self.target.currentText().split())
        places = [place for place in self.ticked() if place != into]
        if not into or not places:
            return
        try:
            report = self.editor.apply(lambda ops: self._merge(ops, places, into),
                                       f"Make {self.kind}s one: “{into}”")
        except ValidationError as exc:
            QMessageBox.warning(self, self.windowTitle(), f"Nothing was changed: {exc}")
            return
        self.refresh()
        # Events changed: their own places or tags, or the publishers of their sources.
        changed = len(report.ids("event") | {change.event_id for change in report.changes
                                             if change.entity == "source"})
        self.message.setText(f"{counted(changed, 'event')} now {'say' if changed != 1 else 'says'} "
                             f"“{into}”. Undo takes it back.")

    def _undone(self, what: str) -> None:
        self.refresh()
        self.message.setText(f"Undone: {what}.")

