"""Tools ▸ Who works with whom…: the most active participants of the current
search and filters, drawn as a network of the events they share, with the
ties listed beside it, strongest first.

Choose which participants (all, organisations, people, countries, groups),
how many, and how many shared events make a tie.  Click a participant to
list its ties alone; double-click it (or Enter) to choose its events in the
list, or a tie in the table to choose the events the two share.  The dialog
stays open beside the window and follows it, keeping the picture where it
was for the members still in it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
)
from PySide6.QtGui import QFontMetricsF, QGuiApplication, QPaintDevice, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.filter_words import filter_in_words
from desktop.core.filters import EventFilter
from desktop.core.network import Network, Tie, member_events, network
from desktop.core.network_files import FORMATS, write_network
from desktop.core.report_choices import DEFAULT_LIMIT, KINDS, LIMIT_RANGE
from desktop.core.wording import counted
from desktop.ui.companion import (
    COUNTING,
    button_row,
    companion,
    counts_beside,
    labelled,
    refresh_when,
)
from desktop.ui.file_places import with_ending
from desktop.ui.latest_query import LatestQuery
from desktop.ui.network_canvas import NetworkCanvas
from desktop.ui.network_paint import paint_network
from desktop.ui.picture_caption import caption_box, caption_height, paint_caption, source_of
from desktop.ui.picture_file import PICTURE_ENDINGS, PICTURE_FILTERS, PictureError, write_picture
from desktop.ui.screen_fit import resize_within_screen
from desktop.ui.table_views import WholeTableCopyView

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

_Index = QModelIndex | QPersistentModelIndex
PICTURE_WIDTH = 1600


class TiesModel(QAbstractTableModel):
    """The ties of the network, strongest first, or those of one member."""

    HEADERS = ("Participant", "Participant", "Shared events")

    def __init__(self) -> None:
        super().__init__()
        self.network: Network | None = None
        self.ties: list[Tie] = []
        self.of: int | None = None

    def show(self, network: Network | None, of: int | None = None) -> None:
        self.beginResetModel()
        self.network, self.of = network, of
        if network is None:
            self.ties = []
        else:
            self.ties = list(network.ties) if of is None else network.ties_of(of)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.ties)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def ends(self, row: int) -> tuple[int, int]:
        """The tie's two members, the one in focus first."""
        tie = self.ties[row]
        return (tie.second, tie.first) if tie.second == self.of else (tie.first, tie.second)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.network is None or not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 2:
            return f"{self.ties[index.row()].shared:,}"
        member = self.network.members[self.ends(index.row())[column]]
        return member.label if role == Qt.ItemDataRole.DisplayRole else member.summary()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 1 and self.of is not None:
            return "With"
        return self.HEADERS[section]


class NetworkDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle("Who works with whom")
        self.current: Network | None = None
        self.drawn_from = EventFilter()  # the search and filters of ``current``
        self.placed_before: dict[str, tuple[float, float]] = {}
        self.shuffle = 0
        self._focus_wanted: str | None = None  # a participant to focus on when drawn
        self.kind = QComboBox()
        for value, label in KINDS.items():
            self.kind.addItem(label, value)
        self.limit = QSpinBox()
        self.limit.setRange(*LIMIT_RANGE)
        self.limit.setValue(DEFAULT_LIMIT)
        self.limit.setAccessibleName("How many participants")
        self.min_shared = QSpinBox()
        self.min_shared.setRange(1, 1000)
        self.min_shared.setAccessibleName("Shared events that make a tie")
        self.scope = QLabel()
        self.canvas = NetworkCanvas()
        self.native = QCheckBox("&Native names")
        self.native.setToolTip("Name participants in their own script where they have it "
                               "(国家发展和改革委员会), for a report in Chinese")
        self.native.toggled.connect(self.canvas.set_native)
        self.ties = TiesModel()
        self.table = WholeTableCopyView(self.copy)
        self.table.setModel(self.ties)
        self.table.setAccessibleName("Ties")
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.ties_label = QLabel()
        self.ties_label.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self._build_layout()
        self.reading = LatestQuery(window.store, self)
        self.reading.ready.connect(self._show_network)
        # Another search, filter or edit draws again, once however many signals.
        refresh_when(self, (window.events_model.modelReset, window.editor.changed),
                     self.redraw)
        self.kind.currentIndexChanged.connect(lambda: self.redraw(keep=False))
        self.limit.valueChanged.connect(lambda: self.redraw())
        self.min_shared.valueChanged.connect(lambda: self.redraw())
        self.canvas.focus_changed.connect(self._focus_changed)
        self.canvas.member_activated.connect(self.choose_member_events)
        self.canvas.tie_clicked.connect(self.show_tie)
        self.canvas.tie_activated.connect(
            lambda number: self.choose_shared_events(self.ties.index(number, 0)))
        self.table.activated.connect(self.choose_shared_events)  # double-click, Enter
        self.table.selectionModel().currentRowChanged.connect(self._tie_changed)
        self.redraw()

    def _build_layout(self) -> None:
        choices = QHBoxLayout()
        labelled(choices, (("&Show", self.kind), ("the", self.limit),
                           ("most active, tied by at least", self.min_shared)))
        choices.addWidget(QLabel("shared events"))
        choices.addStretch(1)
        choices.addWidget(self.native)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.ties_label)
        side_layout.addWidget(self.table, 1)
        splitter = QSplitter()
        splitter.addWidget(self.canvas)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 340])
        buttons = button_row(self, (("&Lay out again", self.lay_out_again),
                                    ("&Copy ties", self.copy),
                                    ("Save &picture…", self.ask_and_save),
                                    ("Save &network…", self.ask_and_save_network)))
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.scope)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        resize_within_screen(self, 1150, 760)

    def event_filter(self) -> EventFilter:
        return self.window_.events_model.event_filter

    def redraw(self, *, keep: bool = True) -> None:
        """Count again and draw (beside the window in a large database);
        ``keep``: members still there stay where they were."""
        if not keep:
            self.placed_before.clear()
        event_filter = self.event_filter()
        kind, limit, min_shared = (str(self.kind.currentData()), self.limit.value(),
                                   self.min_shared.value())
        # The places as they are now: the read beside the window must not see
        # them change under it.
        earlier, shuffle = dict(self.placed_before), self.shuffle
        self.reading.request(
            lambda session: (event_filter, network(
                session, event_filter, kind=kind, limit=limit, min_shared=min_shared,
                earlier=earlier, shuffle=shuffle)),
            beside=counts_beside(self.window_))
        if self.reading.busy:
            self.scope.setText(COUNTING)

    def _show_network(self, answer: tuple[EventFilter, Network]) -> None:
        event_filter, result = answer
        focus = self.canvas.focus_id()
        self.current, self.drawn_from = result, event_filter
        # Where everyone drawn since the last new layout was: a participant the
        # search left out for a while comes back to its place.
        self.placed_before.update(
            (member.id, place) for member, place in zip(result.members, result.positions,
                                                        strict=True))
        self.canvas.show_network(result, focus)
        self._focus_changed(-1 if self.canvas.focus is None else self.canvas.focus)
        searched = not event_filter.is_empty()
        events = counted(result.events, "event")
        self.scope.setText(f"The {events} of the current search and filters"
                           if searched else f"All {events}")
        self.note.setText(_note(result))
        if self._focus_wanted is not None:
            self._focus_as_wanted()

    def focus_on(self, participant_id: str) -> None:
        """Bring the participant's ties forward (showing every kind of
        participant if need be), in the network shown or, while one is read
        beside the window, in that one when it comes."""
        self._focus_wanted = participant_id
        if not self.reading.busy:
            self._focus_as_wanted()

    def _focus_as_wanted(self) -> None:
        wanted, self._focus_wanted = self._focus_wanted, None
        if wanted is None or self.current is None:
            return
        ids = [member.id for member in self.current.members]
        if wanted not in ids and self.kind.currentIndex():
            # All participants, to look among them: focused when drawn.
            self._focus_wanted = wanted
            self.kind.setCurrentIndex(0)
        elif wanted in ids:
            self.canvas.set_focus(ids.index(wanted))

    def lay_out_again(self) -> None:
        self.shuffle += 1
        self.redraw(keep=False)

    def _focus_changed(self, member: int) -> None:
        network_ = self.current
        self.ties.show(network_, None if member < 0 else member)
        self.table.setColumnHidden(0, member >= 0)  # the focus, on every line
        if network_ is None:
            return
        if member < 0:
            self.ties_label.setText(f"{counted(len(network_.ties), 'tie')}, the strongest first")
        else:
            name = network_.members[member].name
            self.ties_label.setText(f"{name}: {network_.members[member].summary()}; "
                                    f"{counted(len(self.ties.ties), 'tie')}")

    def show_tie(self, number: int) -> None:
        """A tie clicked on the canvas: chosen in the table (every tie listed,
        in the network's order), and so drawn to stand out."""
        self.table.setCurrentIndex(self.ties.index(number, 0))
        self.table.scrollTo(self.ties.index(number, 0))

    def _tie_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.canvas.set_tie(self.ties.ends(current.row()) if current.isValid() else None)

    def choose_member_events(self, member: int) -> None:
        """The member's events in the current search, chosen in the list."""
        if self.current is None:
            return
        chosen = self.current.members[member]
        self._choose([chosen.id], chosen.name)

    def choose_shared_events(self, index: QModelIndex) -> None:
        """The events the tie's two members share, chosen in the list."""
        if self.current is None or not index.isValid():
            return
        first, second = (self.current.members[n] for n in self.ties.ends(index.row()))
        self._choose([first.id, second.id], f"{first.name} and {second.name}")

    def _choose(self, participant_ids: list[str], who: str) -> None:
        with self.window_.store.session() as session:
            event_ids = member_events(session, self.drawn_from, participant_ids)
        if not self.window_.batch.choose(event_ids):
            return
        self.window_.statusBar().showMessage(
            f"{counted(len(event_ids), 'event')} of {who} "
            "chosen in the list", 8000)

    def copy(self) -> None:
        """The ties, tab-separated, a line a tie, for a spreadsheet."""
        if self.current is not None:
            QGuiApplication.clipboard().setText(
                "\n".join("\t".join(line) for line in self.current.as_table()))

    def ask_and_save(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self, "Save the picture", "who-works-with-whom.png", PICTURE_FILTERS)
        if path:
            self.save_picture(with_ending(path, chosen, PICTURE_ENDINGS))

    def ask_and_save_network(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self, "Save the network", "who-works-with-whom.graphml",
            ";;".join(f"{label} (*{ending})" for ending, label in FORMATS.items()))
        if path:
            self.save_network(with_ending(path, chosen, tuple(FORMATS)))

    def save_network(self, path: Path) -> bool:
        """The ties as CSV, or the network as GraphML, for other tools."""
        if self.current is None:
            return False
        try:
            write_network(self.current, path)
        except (ValueError, OSError) as exc:
            QMessageBox.warning(self, "Save the network", f"Could not write {path}: {exc}")
            return False
        self.window_.statusBar().showMessage(f"Saved {path}", 8000)
        return True

    def save_picture(self, path: Path) -> bool:
        """The picture as on screen (the same focus), PICTURE_WIDTH wide with
        the canvas's proportions, and its legend; the line under it says
        which events it is drawn from."""
        network_ = self.canvas.shown()
        if network_ is None or self.current is None:
            return False
        ratio = self.canvas.height() / max(1, self.canvas.width())
        width, drawn = PICTURE_WIDTH, int(PICTURE_WIDTH * min(1.2, max(0.5, ratio)))
        font = self.canvas.font()
        caption = self.picture_caption()
        box = caption_box(QFontMetricsF(font), drawn, width, caption)
        height = drawn + caption_height(box)

        def paint(device: QPaintDevice) -> None:
            painter = QPainter(device)
            painter.setFont(font)
            paint_network(painter, network_, QRectF(0, 0, width, drawn),
                          focus=self.canvas.focus, tie=self.canvas.tie)
            paint_caption(painter, box, width, caption)
            painter.end()

        try:
            write_picture(path, width, height, "Who works with whom", paint)
        except (PictureError, OSError) as exc:
            QMessageBox.warning(self, "Save the picture", str(exc))
            return False
        self.window_.statusBar().showMessage(f"Saved {path}", 8000)
        return True


    def picture_caption(self) -> str:
        """"Who works with whom in 12 events: search “Laos”. From demo.sqlite,
        30 November 2026." """
        assert self.current is not None
        with self.window_.store.session() as session:
            words = filter_in_words(session, self.drawn_from, sentence=False)
        events = counted(self.current.events, "event")
        return (f"Who works with whom in {events}{': ' + words if words else ', all events'}. "
                f"{source_of(self.window_.store.path)}")


def _note(result: Network) -> str:
    """How to read the picture, and what it leaves out."""
    kind = KINDS[result.kind].lower()
    if not result.members:
        return f"No {kind} take part in these events."
    parts = [f"The {len(result.members):,} {kind if result.kind != 'all' else 'participants'}"
             f" in the most of these events"
             + (f" (of {result.participants:,})." if result.left_out else ".")]
    parts.append("A line joins two that take part in the same events"
                 + (f" (at least {result.min_shared:,})" if result.min_shared > 1 else "")
                 + "; the thicker, the more. A mark's size says how many events; colours "
                   "are groups that take part together.")
    parts.append("Click a participant to list its ties; double-click it (or press Enter) to "
                 "choose its events in the list, or a tie in the table for the events the two "
                 "share.")
    return " ".join(parts)


def show_network(window: MainWindow) -> NetworkDialog:
    """The window's network dialog, opened or brought to the front."""
    return companion(window, NetworkDialog, lambda: NetworkDialog(window),
                     NetworkDialog.redraw)
