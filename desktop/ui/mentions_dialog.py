"""Participants named in events' titles and summaries, or in the text of their
sources' saved copies, but not linked: tick, pick a role, and link them all in
one step.

Over 100 000 events there are thousands of mentions: the table is one model,
each row's role picked in a combo box made only while it is edited (a combo
box a row took seconds and hundreds of MiB to show 7 000 of them)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from desktop.core.changes import ChangeReport, ValidationError
from desktop.core.copy_texts import CopyTexts, event_copy_texts, saved_copies_named
from desktop.core.models import Event, VocabularyTerm
from desktop.core.name_finding import Mention, find_mentions
from desktop.core.operations import Operations
from desktop.core.progress import Progress
from desktop.core.wording import counted
from desktop.ui.background import run_in_background
from desktop.ui.change_bus import Editor
from desktop.ui.screen_fit import fit_to_message
from desktop.ui.tooltip_text import as_written

Index = QModelIndex | QPersistentModelIndex
EVENT, PARTICIPANT, NAMED_AS, NAMED_IN, ROLE = range(5)
HEADERS = ("Event", "Participant", "Named as", "Named in", "Role")


class MentionsModel(QAbstractTableModel):
    """The mentions, each ticked to be linked (at first all) with a role."""

    def __init__(self) -> None:
        super().__init__()
        self.mentions: list[Mention] = []
        self.titles: dict[str, str] = {}
        self.ticked: list[bool] = []
        self.roles: list[str] = []

    def set_mentions(self, mentions: list[Mention], titles: dict[str, str]) -> None:
        self.beginResetModel()
        self.mentions, self.titles = mentions, titles
        self.ticked = [True] * len(mentions)
        self.roles = [""] * len(mentions)
        self.endResetModel()

    def chosen(self) -> list[tuple[Mention, str]]:
        """The ticked mentions with their roles ("" for none)."""
        return [(mention, role) for mention, ticked, role
                in zip(self.mentions, self.ticked, self.roles, strict=True) if ticked]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.mentions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == EVENT:
            return Qt.CheckState.Checked if self.ticked[row] else Qt.CheckState.Unchecked
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                        Qt.ItemDataRole.ToolTipRole):
            return None
        mention = self.mentions[row]
        text = (self.titles.get(mention.event_id, ""), mention.participant_name, mention.found,
                "a saved copy" if mention.in_copy else "titles or summary",
                self.roles[row])[column]
        return as_written(text) if role == Qt.ItemDataRole.ToolTipRole else text

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        if index.column() == EVENT and role == Qt.ItemDataRole.CheckStateRole:
            self.ticked[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
        elif index.column() == ROLE and role == Qt.ItemDataRole.EditRole:
            self.roles[index.row()] = str(value or "")
        else:
            return False
        self.dataChanged.emit(index, index, [role])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == EVENT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif index.column() == ROLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None


class RoleDelegate(QStyledItemDelegate):
    """A combo box of the role vocabulary, made when a role is edited."""

    def __init__(self, roles: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.roles = roles

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem,
                     _index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.addItems(["", *self.roles])
        # a role picked is kept at once (by mouse, arrows or typing its first letters),
        # not only when the editor closes
        combo.currentIndexChanged.connect(lambda _index: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class MentionsDialog(QDialog):
    def __init__(self, editor: Editor, event_ids: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.event_ids = event_ids
        self.setWindowTitle("Mentioned participants")
        self.resize(900, 500)
        self.model = MentionsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab goes on to Link ticked, not cell by cell
        # a role is picked by clicking it, or F2 / typing from the keyboard
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.SelectedClicked
                                   | QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(EVENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PARTICIPANT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NAMED_AS, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(NAMED_AS, 160)
        self.table.setColumnWidth(NAMED_IN, 120)
        self.table.setColumnWidth(ROLE, 140)
        self.summary = QLabel()
        self.link_button = QPushButton("&Link ticked")
        close = QPushButton("Close")
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.link_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        self.intro = QLabel("Known participants named in these events' titles, summaries or "
                            "saved copies (in either Chinese character set) but not linked "
                            "(double-click a role to pick one):")
        # on one line it made the dialog at least 970 pixels wide
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.link_button.clicked.connect(self.link_ticked)
        close.clicked.connect(self.accept)
        self.refresh()
        if not self.mentions:
            which = ("this event's title, summary or saved copies"
                     if event_ids is not None and len(event_ids) == 1
                     else "the events' titles, summaries or saved copies")
            self.intro.setText(f"No known participant is named in {which} without being "
                               "linked to it: nothing to link.")
            for idle in (self.table, self.link_button, self.summary):
                idle.hide()
            fit_to_message(self, 460)

    @property
    def mentions(self) -> list[Mention]:
        return self.model.mentions

    def refresh(self) -> None:
        store = self.editor.ops.store

        def work(_progress: Progress) -> tuple[list[Mention], dict[str, str], list[str]]:
            with store.session() as session:
                # the saved copies' text, read first where it was not yet
                texts = CopyTexts(store.path)
                texts.read(texts.missing(saved_copies_named(session, self.event_ids)))
                copy_texts = event_copy_texts(session, texts, self.event_ids)
                mentions = find_mentions(session, self.event_ids, copy_texts)
                titles = {event_id: title for event_id, title in session.execute(
                    select(Event.id, Event.title).where(
                        Event.id.in_({m.event_id for m in mentions})))}
                roles = list(session.scalars(select(VocabularyTerm.value).where(
                    VocabularyTerm.vocabulary == "role").order_by(VocabularyTerm.sort_order,
                                                                  VocabularyTerm.value)))
            return mentions, titles, roles

        # Seconds over 100 000 events, in one pass that cannot stop part-way.
        mentions, titles, roles = run_in_background(
            self, "Looking for mentions…", work, cancellable=False)
        self.table.setItemDelegateForColumn(ROLE, RoleDelegate(roles, self.table))
        self.model.set_mentions(mentions, titles)
        self.summary.setText(counted(len(mentions), "mention"))
        self.link_button.setEnabled(bool(mentions) and not store.read_only)

    def link_ticked(self) -> None:
        chosen = [(mention, {"role": role} if role else {})
                  for mention, role in self.model.chosen()]
        if not chosen:
            return

        def link_all(ops: Operations) -> ChangeReport:
            with ops.batch() as report:
                for mention, values in chosen:
                    ops.link(mention.event_id, mention.participant_id, values)
            return report

        try:
            self.editor.apply(link_all, f"Link {counted(len(chosen), 'mentioned participant')}")
        except ValidationError as exc:
            self.summary.setText("Not linked: " + "; ".join(map(str, exc.problems)))
            return
        self.refresh()
