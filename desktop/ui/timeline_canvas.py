"""The timeline's drawing area: zoom, pan, lanes that fold, selection, tooltips.

Wheel: zoom around the pointer (Shift+wheel scrolls the lanes).  Drag: pan.
Keys: Left/Right pan, Up/Down/PageUp/PageDown scroll the lanes, + and −
(with or without Ctrl) zoom around the centre, Home fits everything;
Ctrl+Left/Right select the previous or next event in the lane and Ctrl+Up/Down
the nearest event in time in the lane above or below, bringing it into view.
Clicking a lane's header folds or unfolds it.  A right-click or the menu key
asks for the event's or the lane's menu (``timeline_actions``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from desktop.core.relations import related_ids
from desktop.core.timeline_labels import Placed
from desktop.core.timeline_layout import Viewport
from desktop.ui.colours import ink_for
from desktop.ui.timeline_colours import ColourLegend, colours_of
from desktop.ui.timeline_data import TimelineData
from desktop.ui.timeline_frame import (
    AXIS_H,
    HEADER_W,
    Frame,
    LaneBox,
    band_height,
    build_frame,
    layout_limit,
    rows_per_lane,
)
from desktop.ui.timeline_legend import colour_entry_at, legend_height
from desktop.ui.timeline_marks import mark_rect
from desktop.ui.timeline_paint import lane_top, lanes_height, paint_frame
from desktop.ui.timeline_stepping import EventSteps
from desktop.ui.timeline_tooltips import canvas_tooltip, nothing_in_view

ZOOM_STEP = 1.25
LABEL_ROOM_PX = 220
DRAG_START_PX = 4


class TimelineCanvas(QWidget):
    """Signals: ``event_clicked(str)``, ``event_toggled(str)`` (Ctrl-click: the
    event chosen or no longer chosen with the others), ``event_activated(str)``
    (double-click or Enter on the selected event), ``viewport_changed()``,
    ``menu_requested(QPoint, str, str)`` (a right-click or the menu key: where,
    on screen, and the event ("" for none) and lane ("" for none) it was on)."""

    event_clicked = Signal(str)
    event_toggled = Signal(str)
    event_activated = Signal(str)
    menu_requested = Signal(QPoint, str, str)  # where (global), the event, the lane
    viewport_changed = Signal()
    lanes_moved = Signal()  # the lanes scrolled, or grew or shrank (see timeline_scrollbar)
    colour_chosen = Signal(tuple)  # the values of the legend's colour entry clicked
    # What the lanes say when there are none (no events yet, or none the search
    # and filters keep): set by the window, as for its lists.
    empty_text: Callable[[], str] | None = None

    def __init__(self, data: TimelineData) -> None:
        super().__init__()
        self.data = data
        self.viewport: Viewport | None = None
        self.scroll_y = 0.0
        self.selected: str | None = None
        # the lane the selected event was chosen in, when it sits in several
        self.selected_lane: str | None = None
        self.chosen: frozenset[str] = frozenset()  # the others chosen in the list
        self.related: frozenset[str] = frozenset()  # the events related to the selected
        self.frame: Frame | None = None
        # Fitted before the first lanes were read (beside the window): fitted
        # again, and the event to bring into view brought, when they come.
        self._refit = False
        self._to_bring: str | None = None
        self.frames_built = 0
        self._built_for = (-1, False)  # the data's generation and loaded, at the frame
        self._press: QPointF | None = None
        self._dragged = False
        self.steps = EventSteps(self)
        data.arrived_beside = self._lanes_arrived
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(HEADER_W + 200, AXIS_H + 160)
        self.setAccessibleName("Timeline")

    # -- the visible range ---------------------------------------------------------

    def lanes_width(self) -> int:
        return max(1, self.width() - HEADER_W)

    def current_viewport(self) -> Viewport:
        if self.viewport is None:
            self.viewport = self._fitted()
            self._refit = not self.data.read_once
        if self.viewport.width != self.lanes_width():
            self.viewport = self.viewport.resized(self.lanes_width())
        return self.viewport

    def _fitted(self) -> Viewport:
        """Everything, with room on the right for the labels of the last events
        (none when there are too many to draw one by one: a density band has
        no labels, and the room was a fifth of the pane left blank)."""
        extent = self.data.extent()
        first, last = extent or (date.today().toordinal() - 365, date.today().toordinal() + 30)
        width = self.lanes_width()
        whole = Viewport.fitting(first, last, width)
        if self.data.too_many_in(whole):
            return whole
        room = min(LABEL_ROOM_PX, width // 4)  # a narrow pane gives a quarter
        return Viewport.fitting(first, last, width - room).resized(width)

    def set_viewport(self, viewport: Viewport) -> None:
        self.viewport = viewport
        self._refit = False
        self.update()
        self.viewport_changed.emit()

    def fit_all(self) -> None:
        self.set_viewport(self._fitted())
        self._refit = not self.data.read_once

    def zoom(self, factor: float, around_x: float | None = None) -> None:
        viewport = self.current_viewport()
        self.set_viewport(viewport.zoomed(factor, viewport.width / 2 if around_x is None
                                          else around_x))

    def pan(self, pixels: float) -> None:
        self.set_viewport(self.current_viewport().panned(pixels))

    def show_days(self, start: float, end: float) -> None:
        """Centre on ``[start, end)``, zooming out if it does not fit."""
        viewport = self.current_viewport()
        if end - start > (viewport.end - viewport.start) * 0.9:
            self.set_viewport(Viewport.fitting(start, end, viewport.width))
        else:
            self.set_viewport(viewport.centred_on((start + end) / 2))

    def refresh(self, *, edited: bool = True) -> None:
        """The data changed (``edited``), or only the filter or grouping: read
        it again."""
        self.data.invalidate(edited=edited)
        if edited:
            self._read_related()
        self.update()  # built again, or kept while the lanes are read beside the window
        self.viewport_changed.emit()

    def _lanes_arrived(self) -> None:
        """The lanes read beside the window have come: drawn afresh (the
        first, fitted to their events, with the selected one brought into view)."""
        self.frame = None
        if not self.data.read_once and not self.data.pending:
            self.data.ensure_loaded()  # the first read failed (and was said): made again at once
        if self._refit and self.data.read_once:
            self.viewport = None
        if self._to_bring is not None and self.data.read_once:
            event_id, self._to_bring = self._to_bring, None
            if event_id == self.selected and self.isVisible():
                self.steps.bring_into_view(event_id, self.steps.lane_of_selected())
        self.update()
        self.viewport_changed.emit()

    def set_selected(self, event_id: str | None, *, bring_into_view: bool = False) -> None:
        self.selected = event_id
        self._read_related()
        if event_id and bring_into_view and self.isVisible():
            self.data.ensure_loaded()
            if self.data.read_once:
                self.steps.bring_into_view(event_id, self.steps.lane_of_selected())
            else:
                self._to_bring = event_id  # once the first lanes, read beside, have come
        self.update()

    def _read_related(self) -> None:
        self.related = frozenset()
        if self.selected:
            with self.data.store.session() as session:
                self.related = related_ids(session, self.selected)

    def set_chosen(self, event_ids: frozenset[str]) -> None:
        if event_ids != self.chosen:
            self.chosen = event_ids
            self.update()

    # -- painting ----------------------------------------------------------------

    def current_frame(self) -> Frame:
        self.data.ensure_loaded()
        if self.data.pending and self.frame is not None:
            return self.frame  # the picture before, until the lanes are read
        viewport = self.current_viewport()
        bottom = self.scroll_y + self.lanes_room()
        max_rows, band_h = self.rows_per_lane(), self.band_height()
        if (self.frame is None or self.frame.viewport != viewport
                or self._built_for != (self.data.generation, self.data.loaded)
                or not self.frame.laid_out_to(bottom) or self.frame.max_rows != max_rows
                or self.frame.band_h != band_h):
            self.frame = build_frame(self.data, viewport, QFontMetricsF(self.font()),
                                     until=layout_limit(self.scroll_y, self.lanes_room()),
                                     max_rows=max_rows, band_h=band_h)
            self.frames_built += 1
            self._built_for = (self.data.generation, self.data.loaded)
            self.clamp_scroll()
        return self.frame

    def rows_per_lane(self) -> int:
        """Rows of marks a lane gets: more when its few lanes share the pane."""
        return rows_per_lane(self._unfolded_lanes(), self.lanes_room())

    def band_height(self) -> float:
        """A lane's height as a density band: taller when its few lanes share the pane."""
        return band_height(self._unfolded_lanes(), self.lanes_room())

    def _unfolded_lanes(self) -> int:
        self.data.ensure_loaded()
        return sum(1 for lane in self.data.lanes if lane.key not in self.data.collapsed)

    def paintEvent(self, _event: QPaintEvent) -> None:
        frame = self.current_frame()
        painter = QPainter(self)
        painter.setFont(self.font())
        paint_frame(painter, frame, self.width(), self.height(), scroll_y=self.scroll_y,
                    selected=self.selected, chosen=self.chosen, related=self.related,
                    reading=self.data.pending, ink=ink_for(self.palette()))
        message = self.empty_message()
        if message:
            area = QRectF(HEADER_W + 24, AXIS_H + 24, self.width() - HEADER_W - 48,
                          self.lanes_room() - 48)
            flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                        | Qt.TextFlag.TextWordWrap)
            # on white, not across the grid lines and the today marker
            painter.fillRect(painter.boundingRect(area, flags, message).adjusted(-8, -6, 8, 6),
                             self.palette().base())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(area, flags, message)
        if self.hasFocus():
            painter.setPen(self.palette().highlight().color())
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    def empty_message(self) -> str:
        """What the lanes say when there are none to draw, or nothing in view;
        "" when there is something to see."""
        frame = self.current_frame()
        if frame.lanes:
            return "" if frame.in_view else nothing_in_view(self.data.index, frame.viewport)
        if self.data.pending:
            return "Reading the events' dates…"
        grouping = self.data.grouping
        if grouping.by == "participant" and not grouping.participants:
            return ("No participant is chosen: “Participants…” in Lanes above gives each one "
                    "you choose a lane of its own.")
        return self.empty_text() if self.empty_text is not None else ""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.clamp_scroll()
        self.viewport_changed.emit()

    def lanes_room(self) -> float:
        """The height the lanes have on screen, between the axis and the legend."""
        return lanes_height(self.height(), self.width(), QFontMetricsF(self.font()),
                            self._colour_legend())

    def _legend_height(self) -> float:
        return legend_height(QFontMetricsF(self.font()), self.width(), self._colour_legend())

    def _colour_legend(self) -> ColourLegend:
        """The legend's colours as the frame in view will have them."""
        viewport = self.current_viewport()
        return colours_of(self.data, banded=self.data.too_many_in(viewport))[1]

    def clamp_scroll(self) -> None:
        content = self.frame.content_height if self.frame else 0.0
        self.scroll_y = max(0.0, min(self.scroll_y, content - self.lanes_room()))
        self.lanes_moved.emit()

    def scroll_lanes(self, pixels: float) -> None:
        self.scroll_y += pixels
        self.clamp_scroll()
        self.update()

    # -- finding what is under the pointer ----------------------------------------

    def lane_at(self, y: float) -> LaneBox | None:
        if not AXIS_H <= y < self.height() - self._legend_height():
            return None
        frame = self.current_frame()
        return next((box for box in frame.lanes
                     if lane_top(box, self.scroll_y) <= y < lane_top(box, self.scroll_y)
                     + box.height), None)

    def event_at(self, position: QPointF) -> Placed | None:
        box = self.lane_at(position.y())
        if box is None or position.x() < HEADER_W:
            return None
        top = lane_top(box, self.scroll_y)
        hits = [item for item in box.placed
                if mark_rect(item, box, top).adjusted(-3, -3, 3, 3).contains(position)]
        return hits[-1] if hits else None  # the one painted last is on top

    # -- mouse and keyboard -------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if not steps:
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.scroll_lanes(-steps * 60)
        else:
            self.zoom(ZOOM_STEP ** steps, event.position().x() - HEADER_W)
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        position = event.position()
        values = self.colour_values_at(position)
        if values is not None:
            self.colour_chosen.emit(values)
            return
        if position.x() < HEADER_W:
            box = self.lane_at(position.y())
            if box is not None:
                self.data.collapsed ^= {box.lane.key}
                self.frame = None
                self.update()
            return
        self._press, self._dragged = position, False

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        delta = event.position() - self._press
        if not self._dragged and abs(delta.x()) + abs(delta.y()) < DRAG_START_PX:
            return
        self._dragged = True
        self._press = event.position()
        if delta.x():
            self.pan(-delta.x())
        if delta.y():
            self.scroll_lanes(-delta.y())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and not self._dragged:
            hit = self.event_at(event.position())
            if hit is not None and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.event_toggled.emit(hit.event.id)
            elif hit is not None:
                box = self.lane_at(event.position().y())
                self.select_event(hit.event.id, box.lane.key if box else None)
        self._press = None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self.event_at(event.position())
        if hit is not None:
            self.event_activated.emit(hit.event.id)
            return
        box = self.lane_at(event.position().y())
        if box is not None and box.bins is not None and event.position().x() >= HEADER_W:
            # A density band's spike is where an analyst looks closer: zoom in
            # around it, as four turns of the wheel do.
            self.zoom(ZOOM_STEP ** 4, event.position().x() - HEADER_W)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Over an event, select it as a click does and ask for its menu; over
        a lane (its header or an empty place), ask for the lane's.  From the
        keyboard, the menu is the selected event's, beside its mark."""
        position = QPointF(event.pos())
        if event.reason() == QContextMenuEvent.Reason.Keyboard and self.selected:
            mark = self._mark_on_screen(self.selected)
            if mark is not None:
                self.menu_requested.emit(self.mapToGlobal(mark.toPoint()), self.selected,
                                         self.selected_lane or "")
                return
        box = self.lane_at(position.y())
        if box is None:  # the axis, the legend: no menu
            return
        hit = self.event_at(position)
        if hit is not None:
            self.select_event(hit.event.id, box.lane.key)
        self.menu_requested.emit(event.globalPos(), hit.event.id if hit else "", box.lane.key)

    def _mark_on_screen(self, event_id: str) -> QPointF | None:
        """The centre of the event's mark where it is on screen (in the
        selected lane when it is in several)."""
        frame = self.current_frame()
        for box in sorted(frame.lanes, key=lambda box: box.lane.key != self.selected_lane):
            top = lane_top(box, self.scroll_y)
            for item in box.placed:
                centre = mark_rect(item, box, top).center()
                if (item.event.id == event_id and HEADER_W <= centre.x() <= self.width()
                        and AXIS_H <= centre.y() <= AXIS_H + self.lanes_room()):
                    return centre
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        page = self.lanes_width() * (0.9 if event.modifiers()
                                     & Qt.KeyboardModifier.ShiftModifier else 0.1)
        actions = {
            Qt.Key.Key_Left: lambda: self.pan(-page),
            Qt.Key.Key_Right: lambda: self.pan(page),
            Qt.Key.Key_Up: lambda: self.scroll_lanes(-40),
            Qt.Key.Key_Down: lambda: self.scroll_lanes(40),
            Qt.Key.Key_PageUp: lambda: self.scroll_lanes(-self.lanes_room() * 0.9),
            Qt.Key.Key_PageDown: lambda: self.scroll_lanes(self.lanes_room() * 0.9),
            Qt.Key.Key_Plus: lambda: self.zoom(ZOOM_STEP),
            Qt.Key.Key_Equal: lambda: self.zoom(ZOOM_STEP),
            Qt.Key.Key_Minus: lambda: self.zoom(1 / ZOOM_STEP),
            Qt.Key.Key_Home: self.fit_all,
        }
        steps = {Qt.Key.Key_Left: lambda: self.steps.along(forward=False),
                 Qt.Key.Key_Right: lambda: self.steps.along(forward=True),
                 Qt.Key.Key_Up: lambda: self.steps.across(down=False),
                 Qt.Key.Key_Down: lambda: self.steps.across(down=True)}
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and key in steps:
            steps[Qt.Key(key)]()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected:
            self.event_activated.emit(self.selected)
        elif key in actions:
            actions[Qt.Key(key)]()
        else:
            super().keyPressEvent(event)

    def select_event(self, event_id: str, lane: str | None) -> None:
        """Select an event (in ``lane``, where it sits in several) as a click does."""
        self.selected, self.selected_lane = event_id, lane
        self._read_related()
        self.update()
        self.event_clicked.emit(event_id)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def tooltip_at(self, position: QPointF) -> str:
        return canvas_tooltip(self, position)

    def colour_values_at(self, position: QPointF) -> tuple[str, ...] | None:
        """The values of the legend's colour entry at ``position``, if any."""
        legend = self.current_frame().colour_legend
        if not legend.entries:
            return None
        height = self._legend_height()
        index = colour_entry_at(QFontMetricsF(self.font()),
                                QRectF(0, self.height() - height, self.width(), height),
                                legend, position)
        return None if index is None else legend.values[index]

