"""How the columns of a form's small tables share the table's width.

A form's tables (an event's participants and sources, a participant's events)
live in a pane the analyst can make narrow.  With fixed widths for the short
columns (role, date), the one that matters, the names or titles, was left a
few letters ("ASE…"); with every column stretched, seven columns of sources
were each a letter or two ("Pub…", "20…").  Each policy here sets the widths
again whenever the table is resized; a column can still be dragged wider
until the next resize.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
)


class _OnResize(QObject):
    """Calls ``fit`` with the table's width each time its viewport is resized."""

    def __init__(self, view: QTableView) -> None:
        viewport = view.viewport()
        super().__init__(viewport)  # goes with the viewport it watches
        self.view = view
        viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The type is asked first: while the view is destroyed, its viewport
        # still gets other events, and the view must not be touched then.
        if event.type() == QEvent.Type.Resize and watched is self.parent():
            self.fit(self.view.viewport().width())
        return super().eventFilter(watched, event)

    def fit(self, width: int) -> None:
        raise NotImplementedError


class ColumnShares(_OnResize):
    """The short columns get a share of the width, within bounds; one column,
    the names or titles, stretches over the rest."""

    def __init__(self, view: QTableView, stretched: int,
                 shares: dict[int, tuple[float, int, int]]) -> None:
        """``shares``: column -> (share of the width, least and most pixels)."""
        super().__init__(view)
        self.shares = shares
        self.least_of: dict[int, int] = {}  # the least widths given, before any choice
        header = view.horizontalHeader()
        header.setSectionResizeMode(stretched, QHeaderView.ResizeMode.Stretch)
        for column in shares:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)

    def fit(self, width: int) -> None:
        for column, (share, least, most) in self.shares.items():
            self.view.setColumnWidth(column, max(least, min(most, int(width * share))))

    def show_choices_whole(self, column: int) -> None:
        """Widen ``column`` (up to its most) to show the choice of each of its
        combo boxes whole: a combo box cuts its text without an ellipsis, and
        a share of a narrow pane showed "co-organizer" as "co-organize"."""
        combos = [self.view.indexWidget(self.view.model().index(row, column))
                  for row in range(self.view.model().rowCount())]
        self.at_least(column, max((_width_showing(combo) for combo in combos
                                   if isinstance(combo, QComboBox)), default=0))

    def at_least(self, column: int, widest: int) -> None:
        """Widen ``column`` to ``widest`` pixels, up to its most and never
        below the least it was given; narrower again as ``widest`` shrinks."""
        share, least, most = self.shares[column]
        self.least_of.setdefault(column, least)
        self.shares[column] = (share, max(self.least_of[column], min(widest, most)), most)
        self.fit(self.view.viewport().width())


def _width_showing(combo: QComboBox) -> int:
    """The width a combo box needs to show its current text whole."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    metrics = combo.fontMetrics()
    text = QSize(metrics.horizontalAdvance(combo.currentText()), metrics.height())
    return combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text,
                                          combo).width()


class ReadableWidths(_OnResize):
    """Each column at a width it can be read at, all grown in proportion to
    fill a wide table; a table narrower than their sum scrolls sideways."""

    def __init__(self, view: QTableView, widths: tuple[int, ...]) -> None:
        super().__init__(view)
        self.widths = widths
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)

    def fit(self, width: int) -> None:
        grow = max(1.0, width / sum(self.widths))
        for column, readable in enumerate(self.widths):
            self.view.setColumnWidth(column, int(readable * grow))
