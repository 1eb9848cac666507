"""Stepping from event to event on the timeline with Ctrl and the arrow keys:
along the selected event's lane in time, or to the event nearest in time in
the lane above or below.  The queries are the core's (``timeline_steps``);
this part picks the lane, the event to start from, and shows where it lands
(``bring_into_view``: also the event selected in the list, with the timeline shown).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from desktop.core.timeline import event_days
from desktop.core.timeline_layout import MIN_DAYS_PER_PX
from desktop.core.timeline_steps import lanes_of, nearest_in_lane, next_in_lane
from desktop.ui.timeline_frame import AXIS_H, COLLAPSED_H, LANE_PAD, ROW_H, LaneBox
from desktop.ui.timeline_paint import lane_top

if TYPE_CHECKING:
    from desktop.ui.timeline_canvas import TimelineCanvas


class EventSteps:
    def __init__(self, canvas: TimelineCanvas) -> None:
        self.canvas = canvas
        self.data = canvas.data

    def along(self, *, forward: bool) -> None:
        """Select the next (previous) event in time in the selected event's
        lane, or the first (last) one in view when none is selected."""
        lane, selected = self.lane_of_selected(), self.canvas.selected
        if lane is None or selected is None:
            self._first_in_view(forward=forward)
            return
        with self.data.store.session() as session:
            found = next_in_lane(session, self.data.event_filter, self.data.grouping,
                                 self.data.index, lane, selected, forward=forward)
        self._land_on(found, lane)

    def across(self, *, down: bool) -> None:
        """Select the event nearest in time to the selected one in the next
        unfolded lane below (above) that has one."""
        lane, selected = self.lane_of_selected(), self.canvas.selected
        if lane is None or selected is None:
            self._first_in_view(forward=True)
            return
        keys = [item.key for item in self.data.lanes
                if item.key not in self.data.collapsed or item.key == lane]
        after = keys[keys.index(lane) + 1:] if down else keys[:keys.index(lane)][::-1]
        found, key = None, lane
        with self.data.store.session() as session:
            days = event_days(session, selected)
            if days is None:  # undated: drawn in no lane
                return
            for key in after:
                found = nearest_in_lane(session, self.data.event_filter, self.data.grouping,
                                        self.data.index, key, date.fromordinal(days[0]))
                if found is not None:
                    break
        self._land_on(found, key)

    def lane_of_selected(self) -> str | None:
        """The lane of the selected event: the one it was chosen in, else the
        first that holds it."""
        selected = self.canvas.selected
        if selected is None:
            return None
        self.data.ensure_loaded(now=True)
        with self.data.store.session() as session:
            holding = set(lanes_of(session, self.data.grouping, selected))
        if self.canvas.selected_lane in holding:
            return self.canvas.selected_lane
        return next((lane.key for lane in self.data.lanes if lane.key in holding), None)

    def _first_in_view(self, *, forward: bool) -> None:
        frame = self.canvas.current_frame()
        for box in frame.lanes:
            shown = [item for item in box.placed
                     if item.x1 >= 0 and item.x0 <= frame.viewport.width]
            if shown and lane_top(box, self.canvas.scroll_y) + box.height > AXIS_H:
                item = (min if forward else max)(shown, key=lambda placed: placed.x0)
                self._land_on(item.event.id, box.lane.key)
                return
        # No mark on screen (a density band, an empty range): the event of the
        # top unfolded lane nearest the middle of the view.
        centre = date.fromordinal(int((frame.viewport.start + frame.viewport.end) / 2))
        with self.data.store.session() as session:
            for lane in self.data.lanes:
                found = None if lane.key in self.data.collapsed else nearest_in_lane(
                    session, self.data.event_filter, self.data.grouping,
                    self.data.index, lane.key, centre)
                if found is not None:
                    self._land_on(found, lane.key)
                    return
        QApplication.beep()  # no event to select

    def _land_on(self, event_id: str | None, lane: str) -> None:
        """Select a step's event and show it, unfolding its lane if folded."""
        if event_id is None:
            QApplication.beep()  # the lane's end
            return
        if lane in self.data.collapsed:  # walking along a folded lane unfolds it
            self.data.collapsed.discard(lane)
            self.canvas.frame = None
        self.bring_into_view(event_id, lane)
        self.canvas.select_event(event_id, lane)

    def bring_into_view(self, event_id: str, lane: str | None) -> None:
        """Show an event: centred in time where it is out of view, zoomed in
        where its range is too crowded to draw marks, ``lane`` scrolled to."""
        with self.data.store.session() as session:
            days = event_days(session, event_id)
        if days is None:  # undated: on no lane
            return
        if not self._on_screen(event_id):
            self.canvas.show_days(*days)
        viewport = self.canvas.current_viewport()
        centre = viewport.x((days[0] + days[1]) / 2)
        while self.data.too_many_in(viewport) and viewport.days_per_px > MIN_DAYS_PER_PX:
            viewport = viewport.zoomed(2, centre)
        if viewport != self.canvas.current_viewport():
            self.canvas.set_viewport(viewport)
        if lane is not None:
            self._scroll_to(event_id, lane)

    def _on_screen(self, event_id: str) -> bool:
        frame = self.canvas.current_frame()
        return any(item.event.id == event_id for box in frame.lanes for item in box.placed
                   if item.x1 >= 0 and item.x0 <= frame.viewport.width)

    def _scroll_to(self, event_id: str, lane: str) -> None:
        """Scroll the lanes as little as shows the event's mark in ``lane``
        (the lane's header when it is folded)."""
        def box_of_lane() -> LaneBox | None:
            return next((box for box in self.canvas.current_frame().lanes
                         if box.lane.key == lane), None)

        box = box_of_lane()
        if box is not None and not box.laid_out:  # below what is laid out: lay it out
            self.canvas.scroll_y = box.top
            self.canvas.clamp_scroll()
            box = box_of_lane()
        if box is None:
            return
        item = next((item for item in box.placed if item.event.id == event_id), None)
        top = box.top if item is None else box.top + item.row * ROW_H
        bottom = top + (COLLAPSED_H if item is None else ROW_H + 2 * LANE_PAD)
        room = self.canvas.lanes_room()
        if top < self.canvas.scroll_y:
            self.canvas.scroll_y = top
        elif bottom > self.canvas.scroll_y + room:
            self.canvas.scroll_y = bottom - room
        self.canvas.clamp_scroll()
