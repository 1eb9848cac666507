"""The colours the pictures share (the timeline, the network, the chart of
the counts), so that a report's figures look like one family.

A picture's paper and ink (``Ink``) are light paper and dark ink in a picture
saved or copied for a report, and on screen under a light theme.  Under a
dark theme the screen's pictures take the theme's own colours
(``ink_for``): a white timeline in a dark window glared, and dark text on a
dark canvas would not read.  The colours that stand for lanes and values
(``PALETTE``) are the same on both.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QColor, QPalette, QPen

TEXT = QColor("#202124")
MUTED = QColor("#5f6368")  # axis labels, legends, counts
GRID = QColor("#e3e5e8")
NEUTRAL = QColor("#8a9bb0")  # counts that no colour of the palette stands for
# Distinguishable colours for lanes, groups and lines (the Tableau 10 palette).
PALETTE = tuple(QColor(value) for value in (
    "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1",
    "#ff9da7", "#9c755f", "#bab0ac"))


@dataclass(frozen=True, eq=False)
class Ink:
    """The colours a picture is drawn on and written in."""

    paper: QColor  # the lanes, the axis
    shade: QColor  # every other lane
    panel: QColor  # the lane headers, the overview strip
    legend: QColor  # under the legend
    text: QColor
    muted: QColor  # axis ticks, counts, the legend's words
    grid: QColor
    quiet: QColor  # the bars of the counts' chart, behind its coloured lines
    current: QColor  # the outline of the current event's mark, of a participant's
    on_solid: QColor = field(default_factory=lambda: QColor("white"))  # a title inside a bar
    current_pen: QPen = field(init=False)

    def __post_init__(self) -> None:
        # Made once: a frame outlines the current mark at every repaint.
        object.__setattr__(self, "current_pen", QPen(self.current, 2.5))


LIGHT_INK = Ink(paper=QColor("white"), shade=QColor("#f6f7f9"), panel=QColor("#eef0f3"),
                legend=QColor("#fafafa"), text=TEXT, muted=MUTED, grid=GRID,
                quiet=QColor("#c9d3df"), current=QColor("#1a1a1a"))
_DARK_INKS: dict[int, Ink] = {}


def _mix(ink: QColor, paper: QColor, share: float) -> QColor:
    """``share`` of ``ink`` over ``paper``, opaque."""
    return QColor.fromRgbF(*(share * a + (1 - share) * b for a, b in (
        (ink.redF(), paper.redF()), (ink.greenF(), paper.greenF()),
        (ink.blueF(), paper.blueF()))))


def ink_for(palette: QPalette) -> Ink:
    """The ink of a picture on screen under ``palette``: ``LIGHT_INK`` under a
    light theme (as before, and as the reports' pictures); under a dark one,
    the theme's base and text colours, and shades between them."""
    paper, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    if paper.lightness() >= 128 or text.lightness() <= paper.lightness():
        return LIGHT_INK
    key = palette.cacheKey()
    ink = _DARK_INKS.get(key)
    if ink is None:
        if len(_DARK_INKS) > 8:
            _DARK_INKS.clear()
        ink = _DARK_INKS[key] = Ink(
            paper=QColor(paper), shade=_mix(text, paper, 0.05), panel=_mix(text, paper, 0.09),
            legend=_mix(text, paper, 0.03), text=QColor(text), muted=_mix(text, paper, 0.68),
            grid=_mix(text, paper, 0.17), quiet=_mix(text, paper, 0.3), current=QColor(text))
    return ink
