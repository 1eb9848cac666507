"""A facet's row in the side panel, cut short at the end of its name, never
in its count.

A row reads "Education and Research (16,781)".  Cut in the middle, as a list
cuts a row too long for it, a narrow panel showed "Education a…ch (16,781)",
"Russian Fed…RU) (3,742)": neither the name nor which of two alike it was.
Cut at the end of the name, it reads "Education and Re… (16,781)", the count
whole; the tooltip holds the whole row.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetricsF, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from desktop.ui.tag_actions import NAME_ROLE


def name_cut_before_count(name: str, count: str, metrics: QFontMetricsF, width: float) -> str:
    """``name`` followed by ``count``, the name cut with an ellipsis so that
    both fit ``width`` pixels (the count whole, whatever room is left)."""
    whole = name + count
    if metrics.horizontalAdvance(whole) <= width:
        return whole
    room = max(0.0, width - metrics.horizontalAdvance(count))
    return metrics.elidedText(name, Qt.TextElideMode.ElideRight, room) + count


class FacetDelegate(QStyledItemDelegate):
    """Paints a facet row with its name cut before its count (``shown_text``)."""

    def shown_text(self, option: QStyleOptionViewItem,
                   index: QModelIndex | QPersistentModelIndex) -> str:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        name = str(index.data(NAME_ROLE) or "")
        if not name or not text.startswith(name):
            return text
        style = option.widget.style() if option.widget else QApplication.style()
        shown = QStyleOptionViewItem(option)
        if isinstance(option.widget, QAbstractItemView):
            # A list's rows are as wide as its widest: the part in view has the room.
            shown.rect = option.rect.intersected(option.widget.viewport().rect())
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, shown,
                                    option.widget).width()
        # The style's own margin inside the text's rectangle, both sides.
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                        option.widget) + 1)
        return name_cut_before_count(name, text[len(name):], QFontMetricsF(option.font),
                                     room - margin)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        styled = QStyleOptionViewItem(option)
        self.initStyleOption(styled, index)
        styled.text = self.shown_text(styled, index)
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, styled, painter, option.widget)

    def row_text(self, index: QModelIndex | QPersistentModelIndex) -> str:
        """The text the row shows in its list as it is now."""
        view = self.parent()
        assert isinstance(view, QAbstractItemView)
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.rect = view.visualRect(index)
        self.initStyleOption(option, index)
        option.widget = view
        return self.shown_text(option, index)
