"""The main window: search, filters, the events and participants lists, preview.

The window wires the parts together; the parts never call each other.  Edits
go through ``Editor`` and every view refreshes from its ``changed`` report.

A window is built in two steps so that it appears at once: the frame (menus,
search box, the events list read through a plain SQLite connection) and then,
from ``attach``, everything that needs the store (filters, forms, the
participants list, the timeline, editing).  ``MainWindow(store)`` does both at
once; the start-up in ``app`` shows the frame first and attaches the store
when its modules have loaded in the background.  Only light modules are
imported here at the top for that reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.core.filters import EventFilter
from desktop.core.wording import counted
from desktop.ui.cycle_collection import collect_here_while_open, window_closed
from desktop.ui.event_table_model import EventReader, EventTableModel
from desktop.ui.first_paint import soon_after_first_paint
from desktop.ui.form_follow import form_shows_changed, refill_choices
from desktop.ui.last_event import remember_last_event, show_last_event
from desktop.ui.pane_focus import laid_out, tab_to_next_pane
from desktop.ui.screen_fit import resize_within_screen
from desktop.ui.search_box import SearchBox
from desktop.ui.table_views import RecordTableView
from desktop.ui.window_menus import WindowMenus
from desktop.ui.windowed_model import ID_ROLE

if TYPE_CHECKING:
    from desktop.core.changes import ChangeReport
    from desktop.core.db import Store
    from desktop.ui.batch_edit import BatchEditing
    from desktop.ui.change_bus import Editor, EventSelection
    from desktop.ui.event_form import EventForm
    from desktop.ui.exchange_actions import ExchangeActions
    from desktop.ui.filter_panel import FilterPanel
    from desktop.ui.history_panel import HistoryPanel
    from desktop.ui.maintenance_actions import MaintenanceActions
    from desktop.ui.participant_form import ParticipantForm
    from desktop.ui.participant_table_model import ParticipantTableModel
    from desktop.ui.timeline_panel import TimelinePanel


def _placeholder() -> QWidget:
    """What a pane shows for the moment before the store is attached."""
    label = QLabel("Loading…")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setEnabled(False)
    return label


class MainWindow(QMainWindow):
    ready = Signal()  # the store is attached: every pane and action works

    store: Store
    editor: Editor
    selection: EventSelection
    exchange: ExchangeActions
    maintenance: MaintenanceActions
    filter_panel: FilterPanel
    participants_model: ParticipantTableModel
    participants_view: RecordTableView
    form: EventForm
    participant_form: ParticipantForm
    history: HistoryPanel
    timeline: TimelinePanel
    batch: BatchEditing

    def __init__(self, store: Store | None = None, *, note: str = "", analyst: str = "",
                 read_only_reason: str | None = None, path: Path | None = None,
                 reader: EventReader | None = None, read_only: bool = False) -> None:
        """With a store, the whole window; without one, the frame on ``path``
        read through ``reader`` until ``attach`` is called."""
        super().__init__()
        collect_here_while_open(self)  # a dialog's widgets freed on a worker crashed the app
        if store is not None:
            path, read_only = store.path, store.read_only
        assert path is not None
        self.path = path
        self.is_ready = False
        self.read_only = read_only
        self._pending_search: str | None = None
        self.setWindowTitle(f"Engagement Curator — {path.name}")

        self.search_box = SearchBox()
        source = store if store is not None else reader
        assert source is not None, "a window needs a store or a reader"
        self.events_model = EventTableModel(source, first_page_first=store is None)
        if store is None:
            soon_after_first_paint(self, self.events_model.read_the_rest)
        self.events_view = RecordTableView(self.events_model, "events_table",
                                           (170, 380, 260, 120, 150, 150, 60, 90, 100, 120),
                                           several=True)
        self.details = QTabWidget()
        for label in ("Event", "Participant", "History"):
            self.details.addTab(_placeholder(), label)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.events_view, "Events")
        self.tabs.addTab(_placeholder(), "Participants")
        self.tabs.addTab(_placeholder(), "Timeline")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget, stretch in ((_placeholder(), 0), (self.tabs, 3), (self.details, 2)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self.banner = QLabel()
        self.banner.setObjectName("read_only_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff4ce; color: #4d3b00; padding: 6px; "
                                  "border-bottom: 1px solid #e0c36b;")
        self.banner.setVisible(read_only)
        if read_only:
            self.banner.setText(f"<b>Read-only</b> — {read_only_reason or 'opened read-only'}. "
                                "You can search, read and export; changes cannot be saved.")
            self.setWindowTitle(f"{self.windowTitle()} (read-only)")
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        toolbar = QToolBar("Search")
        toolbar.setObjectName("search_toolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(self.search_box)
        self.addToolBar(toolbar)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().showMessage(note or str(path))
        self.menus = WindowMenus(self)
        # What a read-only window turns off, and the action an event choice enables.
        self.editing_actions = self.menus.editing_actions
        self.delete_action = self.menus.delete
        self.search_box.search_changed.connect(self._search_changed)
        self.search_box.to_results.connect(self.focus_results)
        self._refresh_count_label()
        self._restore_geometry()
        if store is not None:
            self.attach(store, analyst)

    def attach(self, store: Store, analyst: str = "") -> None:
        """Build what needs the store and hand the list over to it."""
        # Imported here: these modules load SQLAlchemy and the store's models.
        from desktop.core.operations import Operations
        from desktop.ui.batch_edit import BatchEditing
        from desktop.ui.change_bus import Editor, EventSelection
        from desktop.ui.event_form import EventForm
        from desktop.ui.event_table_model import StoreEventReader
        from desktop.ui.exchange_actions import ExchangeActions
        from desktop.ui.file_drop import FileDrop
        from desktop.ui.filter_panel import FilterPanel
        from desktop.ui.history_panel import HistoryPanel
        from desktop.ui.maintenance_actions import MaintenanceActions
        from desktop.ui.participant_form import ParticipantForm
        from desktop.ui.participant_table_model import ParticipantTableModel
        from desktop.ui.timeline_actions import TimelineActions
        from desktop.ui.timeline_panel import TimelinePanel

        self.store = store
        self.editor = Editor(Operations(store, analyst))
        self.selection = EventSelection()
        self.exchange = ExchangeActions(self, self.editor)
        self.maintenance = MaintenanceActions(self, self.editor)
        # a colleague's file dropped on the window is imported
        self.file_drop = FileDrop(self, lambda _: not store.read_only, self.exchange.import_dropped)
        self.events_model.set_reader(StoreEventReader(store))
        sizes = self.splitter.sizes()  # the panes must not move when they fill in
        self.filter_panel = FilterPanel(self.editor)
        self.splitter.replaceWidget(0, self.filter_panel)
        self.participants_model = ParticipantTableModel(store)
        self.participants_view = RecordTableView(self.participants_model, "participants_table",
                                                 (95, 260, 180, 70, 60))
        self.timeline = TimelinePanel(store)
        self.batch = BatchEditing(self)
        TimelineActions(self)  # kept by the window, its parent
        self.form = EventForm(self.editor)
        self.participant_form = ParticipantForm(self.editor)
        self.history = HistoryPanel(store)
        self._replace_tabs(self.tabs, {1: self.participants_view, 2: self.timeline})
        self._replace_tabs(self.details, {0: self.form, 1: self.participant_form, 2: self.history})
        if self.isVisible():
            self.splitter.setSizes(sizes)
        self._connect_store()
        self.is_ready = True
        self.menus.enable(read_only=store.read_only)
        if self._pending_search is not None:
            self._search_changed(self._pending_search)
        else:
            # Facet counts come right after the first paint, so the list shows at once.
            QTimer.singleShot(0, self._refresh_facets)
        current = self.events_view.currentIndex()
        if current.isValid():
            self._event_row_changed(current, QModelIndex())
        else:  # after the first paint, as the facets
            QTimer.singleShot(0, lambda: show_last_event(self))
        self._tab_changed(self.tabs.currentIndex())  # a tab chosen while loading fills in
        self.ready.emit()

    @staticmethod
    def _replace_tabs(tabs: QTabWidget, widgets: dict[int, QWidget]) -> None:
        """Put the real panes where the placeholders were, on the same tab."""
        current = tabs.currentIndex()
        with QSignalBlocker(tabs):
            for index, widget in widgets.items():
                label = tabs.tabText(index)
                placeholder = tabs.widget(index)
                tabs.removeTab(index)
                tabs.insertTab(index, widget, label)
                if placeholder is not None:
                    placeholder.deleteLater()
            tabs.setCurrentIndex(current)

    # -- wiring -------------------------------------------------------------------

    def _connect_store(self) -> None:
        self.filter_panel.filter_changed.connect(self._filter_changed)
        self.filter_panel.search_text_requested.connect(self._set_search_text)
        self.events_view.selectionModel().currentRowChanged.connect(self._event_row_changed)
        self.events_view.selectionModel().selectionChanged.connect(self._refresh_count_label)
        self.participants_view.selectionModel().currentRowChanged.connect(
            self._participant_row_changed)
        self.participants_view.doubleClicked.connect(
            lambda _index: self.tabs.setCurrentWidget(self.events_view))
        self.events_view.activated.connect(lambda _index: self.open_current_event())
        self.tabs.currentChanged.connect(self._tab_changed)
        self.selection.current_changed.connect(self._current_event_changed)
        self.editor.changed.connect(self._on_changed)
        self.editor.failed.connect(lambda message: QMessageBox.warning(
            self, "Engagement Curator", message))
        self.editor.told.connect(lambda message: self.statusBar().showMessage(message, 30_000))
        self.form.saved.connect(self._form_saved)
        for form in (self.participant_form, self.form):  # an event a form names opens
            form.open_event.connect(self.show_event)
        self.participant_form.saved.connect(self.history.show_record)
        self.participant_form.open_participant.connect(self.batch.participants.show_participant)
        self.menus.follow(self.editor.undo_stack)

    # -- search and filters -----------------------------------------------------

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def focus_results(self) -> None:
        """↓ or Enter in the search box: on to the list in view, its first row
        chosen when none is, so that the arrows go on from there."""
        shown = self.tabs.currentWidget()
        if shown is self.timeline:
            self.timeline.canvas.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if not isinstance(shown, RecordTableView):  # still loading
            return
        shown.setFocus(Qt.FocusReason.OtherFocusReason)
        if not shown.currentIndex().isValid() and shown.model().rowCount() > 0:
            shown.select_only(0)

    def _set_search_text(self, text: str) -> None:
        with QSignalBlocker(self.search_box):
            self.search_box.setText(text)

    def _search_changed(self, text: str) -> None:
        if not self.is_ready:
            self._pending_search = text  # searched as soon as the store is attached
            return
        self.participants_model.set_query(text)
        self.filter_panel.set_text(text)

    def _filter_changed(self, event_filter: EventFilter) -> None:
        self.events_model.set_filter(event_filter)
        self.timeline.data.set_filter(event_filter)
        self.timeline.canvas.refresh(edited=False)
        self._after_reload()

    def _after_reload(self) -> None:
        self._refresh_counts()
        self.reselect_current()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.participants_view:
            self.participants_model.activate()
        elif self.tabs.widget(index) is self.timeline:
            self.timeline.canvas.set_selected(self.selection.current, bring_into_view=True)
            # The keys that were on the list hidden go to the canvas, not to the
            # first of the tool row (whose arrows changed the lanes).
            focus = self.focusWidget()
            if focus is not None and self.timeline.isAncestorOf(focus):
                self.timeline.canvas.setFocus(Qt.FocusReason.TabFocusReason)

    def _refresh_counts(self) -> None:
        self._refresh_facets()
        self._refresh_count_label()

    def _refresh_facets(self) -> None:
        self.filter_panel.count(self.events_model.event_filter, self.events_model.total)

    def _refresh_count_label(self) -> None:
        shown, total = self.events_model.rowCount(), self.events_model.total
        text = f"{shown:,} of {total:,} events" if shown != total else counted(total, "event")
        selected = self.batch.count() if self.is_ready else 0
        self.count_label.setText(f"{text}, {selected:,} selected" if selected > 1 else text)

    # -- selection ----------------------------------------------------------------

    def _event_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        value = current.data(ID_ROLE) if current.isValid() else None
        event_id = str(value) if value else None
        if event_id == self.selection.current:
            return
        if not self.form.confirm_leave():
            # Stay on the event being edited.
            QTimer.singleShot(0, self.reselect_current)
            return
        self.selection.set_current(event_id)
        # Saving on the way may have reloaded the list and moved its current row:
        # select what is now current (only then: a Ctrl- or Shift-click keeps the
        # rows chosen with it).
        shown = self.events_view.currentIndex().row()
        if not event_id or self.events_model.row_of_event(event_id) != shown:
            self.reselect_current()

    def _current_event_changed(self, event_id: str | None) -> None:
        self.form.load(event_id)
        self.history.show_record(event_id)
        self.details.setCurrentWidget(self.form)
        editable = event_id is not None and not self.store.read_only
        for action in (self.delete_action, self.menus.duplicate, self.menus.change_selected):
            action.setEnabled(editable)
        self.timeline.canvas.set_selected(
            event_id, bring_into_view=self.tabs.currentWidget() is self.timeline)

    def reselect_current(self) -> None:
        """Keep the current event selected after the list was reloaded."""
        event_id = self.selection.current
        row = self.events_model.row_of_event(event_id) if event_id else -1
        if row < 0:
            self.selection.set_current(None)
            self.events_view.selectionModel().clear()  # the current row too, as above
            return
        self.events_view.select_only(row)

    def _participant_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        participant_id = str(current.data(ID_ROLE))
        if participant_id == self.participant_form.participant_id:
            return
        if not self.participant_form.confirm_leave():
            return
        name = self.participants_model.index(current.row(), 1).data()
        self.filter_panel.set_participant(participant_id, str(name))
        self.participant_form.load(participant_id)
        self.history.show_record(participant_id)
        self.details.setCurrentWidget(self.participant_form)

    def show_event(self, event_id: str) -> None:
        """Bring an event into view in the list and the form."""
        if not self.form.confirm_leave():
            return
        self.tabs.setCurrentWidget(self.events_view)
        if self.events_model.row_of_event(event_id) < 0:
            self.filter_panel.clear()
        self.selection.set_current(event_id)
        self.reselect_current()
        self.details.setCurrentWidget(self.form)

    def open_current_event(self) -> None:
        """Enter on the list: edit the event in the form."""
        if self.selection.current:
            self.details.setCurrentWidget(self.form)
            self.form.focus_field(self.form.title)

    def new_event(self) -> None:
        if not self.form.confirm_leave():
            return
        self.selection.set_current(None)
        # The current row too: clicked again, it was not shown (not a change).
        self.events_view.selectionModel().clear()
        self.form.load(None)
        self.details.setCurrentWidget(self.form)
        self.form.focus_field(self.form.title)

    def duplicate_current_event(self) -> None:
        event_id = self.selection.current
        if event_id is None or self.store.read_only or not self.form.confirm_leave():
            return
        self.events_view.clearSelection()
        self.selection.set_current(None)
        self.form.duplicate(event_id)
        self.details.setCurrentWidget(self.form)

    def _form_saved(self, event_id: str) -> None:
        self.selection.set_current(event_id)
        self.reselect_current()

    # -- edits ----------------------------------------------------------------------

    def _on_changed(self, report: ChangeReport) -> None:
        # The current event deleted (a redo of a delete, an undo of a new
        # event): the one that takes its place is shown, as after Delete.
        current = self.selection.current
        place = (self.events_view.currentIndex().row()
                 if current and current in report.ids("event", "delete") else -1)
        # And so for the participant shown, where its list is in view (in
        # another view, choosing one would filter the events).
        shown = self.participant_form.participant_id
        participant_place = (
            self.participants_view.currentIndex().row()
            if shown and shown in report.ids("participant", "delete")
            and self.tabs.currentWidget() is self.participants_view else -1)
        # A category or type renamed changes what the list and the facets
        # show of every event holding it, though no event is touched.
        if report.reset or report.events_touched() or report.ids("vocabulary_term"):
            self.events_model.reload()
            self._after_reload()
            if place >= 0 and self.selection.current is None:
                self.events_view.choose_in_place_of(place)
        if self.selection.current and not self.form.is_dirty() and form_shows_changed(
                self.form, report):
            self.form.load(self.selection.current)
        if report.ids("vocabulary_term"):
            refill_choices(self.form, report)
        self.history.refresh()
        self.timeline.canvas.refresh()
        if report.reset or report.ids("participant") or report.ids("event_participant"):
            self.participants_model.reload()
        self.participant_form.follow(report)
        if participant_place >= 0 and not self.participant_form.participant_id:
            self.participants_view.choose_in_place_of(participant_place)

    def reload(self) -> None:
        if not self.is_ready:
            return
        self.events_model.reload()
        self.participants_model.reload()
        self._after_reload()

    # -- window -------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            resize_within_screen(self, 1400, 820)
        splitter = settings.value("main_window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        else:
            # The middle pane at least as wide as the timeline's tool row needs
            # (about 720 px), so nothing moves when the timeline arrives after the
            # first frame; the form gets the rest (it needs about 390 px).
            self.splitter.setSizes([240, 730, 430])

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab goes pane by pane as the window is laid out (see pane_focus)."""
        panes = laid_out(self.search_box, self.splitter, self.tabs, self.details)
        return tab_to_next_pane(self, panes, next) or super().focusNextPrevChild(next)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_ready and not (self.form.confirm_leave()
                                  and self.participant_form.confirm_leave()):
            event.ignore()
            return
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/splitter", self.splitter.saveState())
        self.events_view.save_layout()
        if self.is_ready:
            remember_last_event(self.path, self.selection.current)
            self.participants_view.save_layout()
            from desktop.ui.latest_query import wait_for_reads
            wait_for_reads(self.store)  # done with the store before it closes
        super().closeEvent(event)
        window_closed(id(self))
