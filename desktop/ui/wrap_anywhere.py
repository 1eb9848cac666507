"""Table cells whose text wraps at words and, where a word is wider than its
cell, inside the word, instead of cutting it.

Qt wraps an item's text at words and cuts a word too wide for its cell with
"…": in the History tab of a narrow pane, "China-ASEAN AI Development and
Governance Cooperation Seminar" read "China- ASEAN AI Develop… and Governan…
Cooperati… Seminar" — what the tab is for, a value whole, was lost.  Here the
text is laid out by a ``QTextLayout`` that breaks a word where it must, for
painting and for the row's height alike.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex


def wrapped_lines(text: str, font: QFont, width: float) -> list[str]:
    """``text`` in the lines it takes in ``width`` pixels: broken at words,
    and inside a word only where it is wider than the width."""
    layout = _laid_out(text, font, width)
    return [layout.text()[line.textStart():line.textStart() + line.textLength()].rstrip()
            for line in (layout.lineAt(number) for number in range(layout.lineCount()))]


def _laid_out(text: str, font: QFont, width: float) -> QTextLayout:
    layout = QTextLayout(text.replace("\n", "\u2028"), font)  # a line break as Qt lays one out
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    top = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1.0, width))
        line.setPosition(QPointF(0, top))
        top += line.height()
    layout.endLayout()
    return layout


def _height(layout: QTextLayout) -> float:
    count = layout.lineCount()
    return 0.0 if not count else layout.lineAt(count - 1).rect().bottom()


class WrapAnywhereDelegate(QStyledItemDelegate):
    """Paints an item's text wrapped as ``wrapped_lines`` says, its row as tall
    as the lines need; background, selection and focus as the style draws them."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        text, widget = shown.text, shown.widget
        shown.text = ""
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, shown, painter, widget)
        margin = _text_margin(style, widget)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, shown, widget)
        area.adjust(margin, 0, -margin, 0)
        layout = _laid_out(text, shown.font, area.width())
        top = float(area.top())
        if shown.displayAlignment & Qt.AlignmentFlag.AlignVCenter:
            top += max(0.0, (area.height() - _height(layout)) / 2)
        painter.save()
        painter.setPen(shown.palette.color(_colour_group(shown), (
            QPalette.ColorRole.HighlightedText if shown.state & QStyle.StateFlag.State_Selected
            else QPalette.ColorRole.Text)))
        painter.setClipRect(area)
        layout.draw(painter, QPointF(area.left(), top))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        base = super().sizeHint(option, index)
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        widget = shown.widget
        style = widget.style() if widget is not None else QApplication.style()
        width = shown.rect.width() - 2 * _text_margin(style, widget)
        if width <= 0 or not shown.text:
            return base
        height = int(_height(_laid_out(shown.text, shown.font, width)) + 0.999)
        return QSize(base.width(), max(base.height(), height))


def _text_margin(style: QStyle, widget: QWidget | None) -> int:
    """The room the style leaves each side of an item's text."""
    return style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1


def _colour_group(option: QStyleOptionViewItem) -> QPalette.ColorGroup:
    if not option.state & QStyle.StateFlag.State_Enabled:
        return QPalette.ColorGroup.Disabled
    if not option.state & QStyle.StateFlag.State_Active:
        return QPalette.ColorGroup.Inactive
    return QPalette.ColorGroup.Normal
