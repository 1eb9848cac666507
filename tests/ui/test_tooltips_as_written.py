"""A title or name that looks like markup ("<b>R&D</b> Lab opening") reads as
written in the tooltips of the lists, the form's participants and its History,
not as bold text; other tooltips are as they were."""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QApplication, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow

TITLE = "<b>R&D</b> Lab opening"
NAME = "<i>AI</i> Lab &lt;Vientiane&gt;"


def _tooltip_seen(widget: QWidget, point: QPoint) -> str:
    """The tooltip shown on hovering ``point``, as its reader sees it."""
    QToolTip.hideText()
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, point,
                                              widget.mapToGlobal(point)))
    assert QToolTip.isVisible()
    shown = QToolTip.text()
    if not QtGui.Qt.mightBeRichText(shown):  # as QToolTip decides
        return shown
    document = QTextDocument()
    document.setHtml(shown)
    return document.toPlainText()


def _cell_tooltip(view: QAbstractItemView, text: str) -> str:
    model = view.model()
    index = next(model.index(row, column) for row in range(model.rowCount())
                 for column in range(model.columnCount())
                 if model.index(row, column).data() == text)
    view.scrollTo(index)
    return _tooltip_seen(view.viewport(), view.visualRect(index).center())


def test_markup_like_titles_and_names_read_as_written_in_tooltips(
        qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    window.events_view.selectRow(0)
    event_id = window.form.record_id
    assert event_id is not None
    link = window.form.links.links[0]
    window.editor.apply(lambda ops: ops.update_event(event_id, {"title": TITLE}), "Title")
    window.editor.apply(lambda ops: ops.update_participant(link.participant_id,
                                                           {"name": NAME}), "Name")
    qtbot.waitUntil(lambda: window.form.links.links[0].name == NAME)

    # the title, its native title under it
    assert _cell_tooltip(window.events_view, TITLE).split("\n") == [TITLE, "世界人工智能大会"]
    qtbot.keyClick(window.events_view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert _cell_tooltip(window.participants_view, NAME) == NAME
    table = window.form.links.table
    assert _cell_tooltip(table, table.item(0, 0).text()).startswith(NAME)
    window.details.setCurrentWidget(window.history)
    assert _cell_tooltip(window.history, TITLE) == TITLE

    # A tooltip with nothing like markup is as it always was: plain text.
    window.events_view.selectRow(0)
    date = window.events_model.index(0, 0).data()
    index = window.events_model.index(0, 0)
    centre = window.events_view.visualRect(index).center()
    assert _tooltip_seen(window.events_view.viewport(), centre) == date
    assert QToolTip.text() == date
