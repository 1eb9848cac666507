"""The drawing of who works with whom, as a widget: hover a participant for
what it is and whom it shares the most events with; click it to bring its
ties forward (click the background, or Esc, to let go); double-click it, or
press Enter, to choose its events.  Click a line to bring that tie forward;
double-click it to choose the events the two share.

From the keyboard: → and ← (or ↓ and ↑) move the focus from one participant
to the next by activity, Enter chooses the focused participant's events, Esc
lets go.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from desktop.core.network import Network
from desktop.ui.colours import ink_for
from desktop.ui.network_paint import (
    Placed,
    drawing_area,
    member_at,
    paint_network,
    place_members,
    tie_at,
)

TIES_IN_TOOLTIP = 6


class NetworkCanvas(QWidget):
    """Signals: ``focus_changed(int)`` (a member's index, -1 for none),
    ``member_activated(int)`` (double-click, or Enter on the focus), and
    ``tie_clicked(int)`` / ``tie_activated(int)`` (a click or a double-click
    on a line; the tie's index in the network's ties)."""

    focus_changed = Signal(int)
    member_activated = Signal(int)
    tie_clicked = Signal(int)  # an index into the network's ties
    tie_activated = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.network: Network | None = None
        self.focus: int | None = None
        self.tie: tuple[int, int] | None = None  # the pair chosen in the table
        self.native = False  # members named in their own script where they can be
        self.placed: list[Placed] = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(420, 320)
        self.setMouseTracking(True)
        self.setAccessibleName("Who works with whom")

    def show_network(self, network: Network, focus_id: str | None = None) -> None:
        """Draw ``network``; the member with id ``focus_id``, if still there,
        keeps the focus."""
        self.network = network
        ids = [member.id for member in network.members]
        self.tie = None
        self._place()
        self.set_focus(ids.index(focus_id) if focus_id in ids else None)
        self.update()

    def _place(self) -> None:
        """Where each member is drawn, known before it is painted: a click or
        a tooltip that comes first finds the members of this network."""
        if self.network is None:
            self.placed = []
            return
        area = drawing_area(self.network, QRectF(self.rect()), QFontMetricsF(self.font()))
        self.placed = place_members(self.network, area)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def shown(self) -> Network | None:
        """The network as drawn: in native names when asked."""
        if self.network is None or not self.native:
            return self.network
        return self.network.in_native_names()

    def set_native(self, native: bool) -> None:
        self.native = native
        self.update()

    def focus_id(self) -> str | None:
        if self.network is None or self.focus is None:
            return None
        return self.network.members[self.focus].id

    def set_tie(self, tie: tuple[int, int] | None) -> None:
        self.tie = tie
        self.update()

    def set_focus(self, member: int | None) -> None:
        if member != self.focus:
            self.focus = member
            self.focus_changed.emit(-1 if member is None else member)
        self.update()

    def empty_message(self) -> str:
        """What the canvas says instead of a network; "" when it draws one."""
        if self.network is None:  # the first one is being read beside the window
            return "Counting the participants of these events…"
        return "" if self.network.members else "No participants in these events."

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        area = QRectF(self.rect())
        ink = ink_for(self.palette())
        message = self.empty_message()
        if message:
            painter.fillRect(area, ink.paper)
            painter.setPen(ink.muted)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, message)
            self.placed = []
        else:
            shown = self.shown()
            assert shown is not None
            self.placed = paint_network(painter, shown, area, focus=self.focus, tie=self.tie,
                                        ink=ink)
        if self.hasFocus():
            painter.setPen(self.palette().highlight().color())
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(area.adjusted(0.5, 0.5, -1.5, -1.5))
        painter.end()

    def member_at(self, point: QPointF) -> int | None:
        return member_at(self.placed, point)

    def tie_at(self, point: QPointF) -> int | None:
        if self.network is None or not self.placed:
            return None
        return tie_at(self.network, self.placed, point)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        member = self.member_at(event.position())
        tie = self.tie_at(event.position()) if member is None else None
        self.tie = None
        if tie is not None:  # a line: it stands out, and is chosen in the table
            self.set_focus(None)
            self.tie_clicked.emit(tie)
        else:
            self.set_focus(None if member == self.focus else member)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        member = self.member_at(event.position())
        if member is not None:
            self.set_focus(member)
            self.member_activated.emit(member)
        elif (tie := self.tie_at(event.position())) is not None:
            self.tie_activated.emit(tie)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        count = len(self.network.members) if self.network else 0
        key = event.key()
        if count and key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.set_focus(0 if self.focus is None else (self.focus + 1) % count)
        elif count and key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.set_focus(count - 1 if self.focus is None else (self.focus - 1) % count)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focus is not None:
            self.member_activated.emit(self.focus)
        elif key == Qt.Key.Key_Escape and (self.focus is not None or self.tie is not None):
            self.tie = None
            self.set_focus(None)
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            member = self.member_at(QPointF(event.pos()))
            if member is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip(member), self)
            return True
        return super().event(event)

    def tooltip(self, number: int) -> str:
        """What the member is, and whom it shares the most events with."""
        assert self.network is not None
        network = self.network
        member = network.members[number]
        lines = [f"<b>{html.escape(member.label)}</b>", html.escape(member.summary())]
        ties = network.ties_of(number)
        for tie in ties[:TIES_IN_TOOLTIP]:
            other = network.members[tie.second if tie.first == number else tie.first]
            lines.append(f"with {html.escape(other.name)}: {tie.shared:,} shared")
        if len(ties) > TIES_IN_TOOLTIP:
            lines.append(f"… and {len(ties) - TIES_IN_TOOLTIP:,} more")
        elif not ties:
            lines.append("shares no events with the others shown")
        return "<br>".join(lines)
