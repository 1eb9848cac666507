"""The colours the pictures share (the timeline, the network, the chart of
the counts), so that a report's figures look like one family."""

from __future__ import annotations

from PySide6.QtGui import QColor

TEXT = QColor("#202124")
MUTED = QColor("#5f6368")  # axis labels, legends, counts
GRID = QColor("#e3e5e8")
NEUTRAL = QColor("#8a9bb0")  # counts that no colour of the palette stands for
# Distinguishable colours for lanes, groups and lines (the Tableau 10 palette).
PALETTE = tuple(QColor(value) for value in (
    "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1",
    "#ff9da7", "#9c755f", "#bab0ac"))
