"""Painting the network of who works with whom: lines for shared events, a
mark per participant, names where they fit, and a legend.

A mark's size says how many events the participant is in, its shape what
kind of participant it is (a circle a person, a square an organisation, a
diamond a country, a triangle a group) and its colour the group of members
that often take part together.  A line's width says how many events two
members share.  When a member is in focus, its ties are drawn dark and the
rest faded.  Names never overlap one another or another mark: the most
active members (and those in focus) are named first, the rest when there is
room.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from desktop.core.models import PARTICIPANT_KINDS
from desktop.core.network import Network
from desktop.ui.colours import LIGHT_INK, PALETTE, Ink
from desktop.ui.legend_layout import legend_places

LINE = QColor("#8a9096")
OTHER = QColor("#9aa0a6")  # a member in a group of its own, or past the palette
MIN_R, MAX_R = 5.0, 18.0
MARGIN = 14.0
LABEL_CHARS = 30
LEGEND_ROW_H = 22
NAMED_GROUPS = len(PALETTE) - 1  # the groups given a colour of their own


@dataclass(frozen=True)
class Placed:
    """Where a member is drawn on a canvas."""

    centre: QPointF
    radius: float


def _group_colours(network: Network) -> dict[int, QColor]:
    """A colour for each group of two members or more, the most active groups
    first; the others are grey."""
    sizes: dict[int, int] = {}
    for member in network.members:
        sizes[member.group] = sizes.get(member.group, 0) + 1
    groups = [group for group in dict.fromkeys(m.group for m in network.members)
              if sizes[group] > 1]
    return {group: PALETTE[number] for number, group in enumerate(groups[:NAMED_GROUPS])}


def place_members(network: Network, area: QRectF) -> list[Placed]:
    """Each member's centre and radius within ``area``, leaving room at the
    edges for the largest mark."""
    most = max((member.events for member in network.members), default=1)
    inner = area.adjusted(MARGIN + MAX_R, MARGIN + MAX_R, -MARGIN - MAX_R, -MARGIN - MAX_R)
    xs = _spread([x for x, _ in network.positions])
    ys = _spread([y for _, y in network.positions])
    placed = []
    for member, x, y in zip(network.members, xs, ys, strict=True):
        radius = MIN_R + (MAX_R - MIN_R) * math.sqrt(member.events / most)
        placed.append(Placed(QPointF(inner.left() + x * inner.width(),
                                     inner.top() + y * inner.height()), radius))
    return placed


def _spread(values: list[float]) -> list[float]:
    """Positions stretched over 0…1 (the middle when they are all one)."""
    low, high = min(values, default=0.0), max(values, default=0.0)
    if high - low < 1e-9:
        return [0.5] * len(values)
    return [(value - low) / (high - low) for value in values]


def drawing_area(network: Network, area: QRectF, metrics: QFontMetricsF,
                 legend: bool = True) -> QRectF:
    """What ``area`` leaves for the members above the legend."""
    legend_h = legend_height(network, metrics, area.width()) if legend else 0.0
    return QRectF(area.left(), area.top(), area.width(), area.height() - legend_h)


def member_at(placed: list[Placed], point: QPointF) -> int | None:
    """The member whose mark is under ``point`` (the nearest, with a little
    slack), or None."""
    best: tuple[float, int] | None = None
    for number, place in enumerate(placed):
        distance = math.hypot(place.centre.x() - point.x(), place.centre.y() - point.y())
        if distance <= place.radius + 3 and (best is None or distance < best[0]):
            best = (distance, number)
    return None if best is None else best[1]


def tie_at(network: Network, placed: list[Placed], point: QPointF,
           slack: float = 4.0) -> int | None:
    """The tie (an index into ``network.ties``) whose line passes nearest
    ``point``, within ``slack`` pixels of it, or None."""
    best: tuple[float, int] | None = None
    for number, tie in enumerate(network.ties):
        a, b = placed[tie.first].centre, placed[tie.second].centre
        dx, dy = b.x() - a.x(), b.y() - a.y()
        length = dx * dx + dy * dy
        along = 0.0 if length == 0 else max(0.0, min(1.0, (
            (point.x() - a.x()) * dx + (point.y() - a.y()) * dy) / length))
        distance = math.hypot(a.x() + along * dx - point.x(), a.y() + along * dy - point.y())
        if distance <= slack and (best is None or distance < best[0]):
            best = (distance, number)
    return None if best is None else best[1]


def paint_network(painter: QPainter, network: Network, area: QRectF, *,
                  focus: int | None = None, tie: tuple[int, int] | None = None,
                  legend: bool = True, ink: Ink = LIGHT_INK) -> list[Placed]:
    """Paint the network in ``area`` (the legend at its foot); return where
    the members were drawn.  ``focus``: the member whose ties stand out;
    ``tie``: a pair of members whose line stands out; ``ink``: the paper and
    the text's colours (a report's by default)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(area, ink.paper)
    metrics = QFontMetricsF(painter.font())
    drawing = drawing_area(network, area, metrics, legend)
    placed = place_members(network, drawing)
    near = _near(network, focus, tie)
    _paint_ties(painter, network, placed, focus, tie, ink)
    colours = _group_colours(network)
    for number in sorted(range(len(placed)), key=lambda n: -placed[n].radius):
        member = network.members[number]
        faded = near is not None and number not in near
        _paint_mark(painter, member.kind, placed[number],
                    colours.get(member.group, OTHER), ink, faded=faded,
                    stressed=number in (focus, *(tie or ())))
    _paint_names(painter, network, placed, drawing, metrics, near, focus, ink)
    if legend:
        paint_legend(painter, network, QRectF(area.left(), drawing.bottom(), area.width(),
                                              area.bottom() - drawing.bottom()), metrics, ink)
    return placed


def _near(network: Network, focus: int | None, tie: tuple[int, int] | None) -> set[int] | None:
    """The members left unfaded: the focus and those tied to it, or a tie's
    two; None when nothing is in focus."""
    if tie is not None:
        return set(tie)
    if focus is None:
        return None
    return {focus} | {other for t in network.ties_of(focus) for other in (t.first, t.second)}


def _paint_ties(painter: QPainter, network: Network, placed: list[Placed],
                focus: int | None, tie: tuple[int, int] | None, ink: Ink) -> None:
    strongest = max((t.shared for t in network.ties), default=1)
    chosen = set(tie) if tie is not None else None
    for t in sorted(network.ties, key=lambda t: t.shared):  # the strongest on top
        # One shared event is the thinnest line, the most shared the thickest:
        # where every tie is one event, none looks strong.
        strength = math.sqrt((t.shared - 1) / max(strongest - 1, 1))
        width = 1.2 + 4.8 * strength
        ends = {t.first, t.second}
        stressed = ends == chosen if chosen is not None else focus in ends
        colour = QColor(ink.current if stressed else LINE)
        quiet = (focus is not None or chosen is not None) and not stressed
        colour.setAlpha(25 if quiet else 210 if stressed else int(90 + 100 * strength))
        painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(placed[t.first].centre, placed[t.second].centre)


def _paint_mark(painter: QPainter, kind: str, place: Placed, colour: QColor, ink: Ink, *,
                faded: bool = False, stressed: bool = False) -> None:
    fill = QColor(colour)
    if faded:
        fill.setAlpha(60)
    painter.setBrush(fill)
    # A rim of the paper's colour parts a mark from the lines under it.
    painter.setPen(ink.current_pen if stressed else QPen(ink.paper, 1.5))
    painter.drawPath(_shape(kind, place.centre, place.radius))


def _shape(kind: str, centre: QPointF, radius: float) -> QPainterPath:
    """A circle for a person, a square for an organisation, a diamond for a
    country, a triangle for a group: each about as large as the circle."""
    path = QPainterPath()
    x, y = centre.x(), centre.y()
    if kind == "organization":
        side = radius * 1.75
        path.addRoundedRect(QRectF(x - side / 2, y - side / 2, side, side), 2.5, 2.5)
    elif kind == "country":
        r = radius * 1.2
        path.addPolygon(QPolygonF([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r),
                                   QPointF(x - r, y), QPointF(x, y - r)]))
    elif kind == "group":
        r = radius * 1.3
        path.addPolygon(QPolygonF([QPointF(x, y - r), QPointF(x + r * 0.87, y + r / 2),
                                   QPointF(x - r * 0.87, y + r / 2), QPointF(x, y - r)]))
    else:
        path.addEllipse(centre, radius, radius)
    return path


def _paint_names(painter: QPainter, network: Network, placed: list[Placed], area: QRectF,
                 metrics: QFontMetricsF, near: set[int] | None, focus: int | None,
                 ink: Ink) -> None:
    """Names beside their marks (right, left, above or below) where they
    overlap no other name or mark; the focus and its ties first, then the
    most active.  The focus is always named, on top of the rest."""
    marks = [QRectF(p.centre.x() - p.radius, p.centre.y() - p.radius, 2 * p.radius,
                    2 * p.radius) for p in placed]
    order = sorted(range(len(placed)), key=lambda n: (
        n != focus, near is not None and n not in near, -network.members[n].events, n))
    taken: list[tuple[int, QRectF]] = []
    for number in order:
        box = _name_box(number, placed[number], _short(network.members[number].name),
                        metrics, area, marks, [box for _, box in taken])
        if box is not None:
            taken.append((number, box))
    for number, box in reversed(taken):  # the focus last, over anything it touches
        faded = near is not None and number not in near
        painter.setPen(Qt.PenStyle.NoPen)
        paper, text = QColor(ink.paper), QColor(ink.text)
        paper.setAlpha(90 if faded else 235 if number == focus else 200)
        if faded:
            text.setAlpha(90)
        painter.setBrush(paper)
        painter.drawRoundedRect(box, 3, 3)
        painter.setPen(text)
        painter.drawText(QPointF(box.left() + 3, box.top() + metrics.ascent()),
                         _short(network.members[number].name))


def _name_box(number: int, place: Placed, name: str, metrics: QFontMetricsF, area: QRectF,
              marks: list[QRectF], taken: list[QRectF]) -> QRectF | None:
    """Where the name fits beside its mark, or None; the first member (the
    focus) is named even where it must cover something."""
    width, height = metrics.horizontalAdvance(name) + 6, metrics.height()
    x, y, r = place.centre.x(), place.centre.y(), place.radius
    candidates = [QRectF(x + r + 3, y - height / 2, width, height),
                  QRectF(x - r - 3 - width, y - height / 2, width, height),
                  QRectF(x - width / 2, y - r - 2 - height, width, height),
                  QRectF(x - width / 2, y + r + 2, width, height)]
    inside = [box for box in candidates if area.contains(box)]
    for box in inside:
        if not any(box.intersects(other) for other in taken) and not any(
                box.intersects(mark) for other, mark in enumerate(marks) if other != number):
            return box
    return inside[0] if inside and not taken else None


def _short(name: str) -> str:
    return name if len(name) <= LABEL_CHARS else name[:LABEL_CHARS - 1].rstrip() + "…"


def _legend_entries(network: Network, ink: Ink = LIGHT_INK) -> list[tuple[str, str, QColor]]:
    """(text, mark kind, colour) of each entry: the kinds present, then the
    coloured groups, then the line."""
    present = set(member.kind for member in network.members)
    entries = [(kind, kind, ink.muted) for kind in PARTICIPANT_KINDS if kind in present]
    names = network.group_names()
    sizes: dict[int, int] = {}
    for member in network.members:
        sizes[member.group] = sizes.get(member.group, 0) + 1
    for group, colour in _group_colours(network).items():
        entries.append((f"around {_short(names[group])} ({sizes[group]})", "swatch", colour))
    entries.append(("shared events (the thicker, the more)", "line", LINE))
    return entries


def _legend_places(network: Network, metrics: QFontMetricsF,
                   width: float) -> list[tuple[int, float]]:
    return legend_places(((26 if kind == "line" else 14) + 5 + metrics.horizontalAdvance(text)
                          for text, kind, _ in _legend_entries(network)), width)


def legend_height(network: Network, metrics: QFontMetricsF, width: float) -> float:
    places = _legend_places(network, metrics, width)
    return (places[-1][0] + 1) * LEGEND_ROW_H + 8 if places else 0.0


def paint_legend(painter: QPainter, network: Network, rect: QRectF,
                 metrics: QFontMetricsF, ink: Ink = LIGHT_INK) -> None:
    painter.fillRect(rect, ink.legend)
    painter.setPen(QPen(ink.grid, 1))
    painter.drawLine(rect.topLeft(), rect.topRight())
    for (text, kind, colour), (line, x) in zip(
            _legend_entries(network, ink), _legend_places(network, metrics, rect.width()),
            strict=True):
        middle = rect.top() + 4 + line * LEGEND_ROW_H + LEGEND_ROW_H / 2
        left = rect.left() + x
        if kind == "line":
            painter.setPen(QPen(colour, 3.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawLine(QPointF(left + 2, middle), QPointF(left + 24, middle))
            sample = 26.0
        elif kind == "swatch":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(left + 7, middle), 6, 6)
            sample = 14.0
        else:
            _paint_mark(painter, kind, Placed(QPointF(left + 7, middle), 5.5), colour, ink)
            sample = 14.0
        painter.setPen(ink.muted)
        painter.drawText(QPointF(left + sample + 5, middle + metrics.ascent() / 2 - 1), text)
