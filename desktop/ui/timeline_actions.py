"""What the timeline's clicks, keys and context menu do in the window.

Selecting an event on the timeline (a click, a Ctrl+arrow step, a right-click)
selects it in the list and shows it in the form; double-click or Enter edits
it, Delete deletes it (after asking).  The context menu does, where an event
or a lane is drawn, what would otherwise need the list or the menus.  An
event's menu edits it, shows it in the list, or runs the window's own actions
on it (duplicate, copy for a report, delete), which the right-click made
current.  A lane's menu narrows
the search to the lane's events (a country, category, type, tag or
participant, as the filter panel would) and folds or unfolds lanes.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu

from desktop.core.timeline import NO_VALUE, Lane
from desktop.ui.modal import show_menu

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

# The lanes whose grouping is also a facet of the filter, by the same name.
_FACETS = frozenset({"country", "category", "event_type", "tag"})


class TimelineActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.canvas = window.timeline.canvas
        self.canvas.event_clicked.connect(self.select)
        self.canvas.event_activated.connect(self.edit)
        self.canvas.menu_requested.connect(self._show_menu)
        self.canvas.colour_chosen.connect(self.narrow_to_colour)
        window.timeline.message.connect(lambda text: window.statusBar().showMessage(text, 15_000))
        # Delete deletes the events chosen (after asking), as in the list
        delete_key = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.canvas)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(window.batch.deletion.delete_selected)

    def select(self, event_id: str) -> None:
        """Select the event in the list and show it in the form, unless the
        form's unsaved edits are to be kept (the timeline then goes back)."""
        window = self.window
        if event_id != window.selection.current and not window.form.confirm_leave():
            self.canvas.set_selected(window.selection.current)
            return
        window.selection.set_current(event_id)
        window.reselect_current()
        window.details.setCurrentWidget(window.form)

    def edit(self, event_id: str) -> None:
        self.select(event_id)
        if self.window.selection.current == event_id:
            self.window.open_current_event()

    def _show_menu(self, at: QPoint, event_id: str, lane_key: str) -> None:
        # The event's actions are the window's, on the current event: none when
        # the right-click could not make it current (unsaved edits kept).
        if event_id and event_id != self.window.selection.current:
            return
        show_menu(self.build(event_id, lane_key), at)

    def build(self, event_id: str, lane_key: str) -> QMenu:
        """The menu for an event ("" for none) in a lane ("" for none)."""
        menu = QMenu(self.canvas)
        window, menus = self.window, self.window.menus
        if event_id:
            menu.addAction("Show in the form" if window.store.read_only else "Edit event",
                           lambda: self.edit(event_id))
            menu.addAction("Show in the list", lambda: window.show_event(event_id))
            for action in (menus.duplicate, menus.copy_for_report, menus.delete):
                menu.addAction(action)
        lane = next((lane for lane in self.canvas.data.lanes if lane.key == lane_key), None)
        if lane is not None:
            if menu.actions():
                menu.addSeparator()
            self._lane_actions(menu, lane)
        menu.addSeparator()
        menu.addAction(menus.copy_timeline)
        return menu

    def _lane_actions(self, menu: QMenu, lane: Lane) -> None:
        data, by = self.canvas.data, self.canvas.data.grouping.by
        if lane.key != NO_VALUE and (by in _FACETS or by == "participant"):
            menu.addAction(f"Show only the events of “{lane.label}”",
                           lambda: self.narrow_to(lane))
        folded = lane.key in data.collapsed
        menu.addAction(f"{'Unfold' if folded else 'Fold'} “{lane.label}”",
                       lambda: self._fold({lane.key} ^ data.collapsed))
        menu.addAction("Fold every other lane", lambda: self._fold(
            {other.key for other in data.lanes if other.key != lane.key}))
        if data.collapsed:
            menu.addAction("Unfold every lane", lambda: self._fold(set()))

    def narrow_to(self, lane: Lane) -> None:
        """The search narrowed to the lane's events, as ticking the lane's
        value in the filter panel would (the other filters stay)."""
        panel, by = self.window.filter_panel, self.canvas.data.grouping.by
        if by == "participant":
            panel.set_participant(lane.key, lane.label)
        else:
            chosen: dict[str, Any] = {by: frozenset({lane.key})}
            panel.apply_filter(replace(panel.event_filter, **chosen))

    def narrow_to_colour(self, values: tuple[str, ...]) -> None:
        """The search narrowed to the events of a colour of the legend (a
        value, or the rest together), as ticking them in the filter panel
        would; the events with no value are not a filter's to choose."""
        chosen = frozenset(value for value in values if value)
        if chosen:
            panel = self.window.filter_panel
            changes: dict[str, Any] = {self.canvas.data.colour_by: chosen}
            panel.apply_filter(replace(panel.event_filter, **changes))

    def _fold(self, collapsed: set[str]) -> None:
        self.canvas.data.collapsed = collapsed
        self.canvas.frame = None
        self.canvas.update()

