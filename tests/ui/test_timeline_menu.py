"""The timeline's context menu, on an event and on a lane, as an analyst uses it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.participant_chooser import ParticipantChooser
from desktop.ui.timeline_canvas import TimelineCanvas
from desktop.ui.timeline_frame import AXIS_H, HEADER_W
from desktop.ui.timeline_paint import lane_top
from tests.ui.conftest import titles, type_text
from tests.ui.test_timeline import _open_timeline, _placed


@pytest.fixture
def menus(monkeypatch: pytest.MonkeyPatch) -> list[QMenu]:
    """The menus the timeline opens, instead of showing them."""
    opened: list[QMenu] = []

    class Recorded(QMenu):
        def exec(self, *_args: object) -> None:  # type: ignore[override]
            opened.append(self)

        def deleteLater(self) -> None:  # kept for the test to read and choose from
            pass

    monkeypatch.setattr("desktop.ui.timeline_actions.QMenu", Recorded)
    return opened


def _right_click(canvas: TimelineCanvas, position: QPointF) -> None:
    point = position.toPoint()
    QApplication.sendEvent(canvas, QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, canvas.mapToGlobal(point)))


def _choose(menu: QMenu, text: str) -> None:
    action = next(a for a in menu.actions() if a.text().replace("&", "") == text)
    assert action.isEnabled(), text
    action.trigger()


def _texts(menu: QMenu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def _header_of(canvas: TimelineCanvas, lane_label: str) -> QPointF:
    box = next(b for b in canvas.current_frame().lanes if b.lane.label == lane_label)
    return QPointF(HEADER_W / 2, lane_top(box, canvas.scroll_y) + 8)


def test_an_events_menu_selects_it_and_acts_on_it(qtbot: QtBot, window: MainWindow,
                                                  menus: list[QMenu]) -> None:
    canvas = _open_timeline(qtbot, window)
    item, centre = _placed(canvas, "Sberbank")
    _right_click(canvas, centre)
    assert window.form.heading().startswith("Sberbank")  # made current, as a click does
    (menu,) = menus
    assert _texts(menu)[:5] == ["Edit event", "Show in the list", "Duplicate event",
                                "Copy event for a report", "Delete selected events…"]
    _choose(menu, "Show in the list")
    assert window.tabs.currentWidget() is window.events_view
    assert window.selection.current == item.event.id
    window.tabs.setCurrentWidget(window.timeline)
    _right_click(canvas, _placed(canvas, "Sberbank")[1])
    _choose(menus[-1], "Edit event")
    assert window.form.title.hasFocus()


def test_a_lanes_menu_narrows_the_search_to_it_and_folds_lanes(
        qtbot: QtBot, window: MainWindow, menus: list[QMenu]) -> None:
    canvas = _open_timeline(qtbot, window)
    window.timeline.set_grouping("country")
    _right_click(canvas, _header_of(canvas, "China"))
    (menu,) = menus
    assert _texts(menu) == ["Show only the events of “China”", "Fold “China”",
                            "Fold every other lane", "Copy timeline picture"]
    _choose(menu, "Show only the events of “China”")
    assert window.count_label.text() == "3 of 8 events"
    assert [lane.label for lane in canvas.data.lanes] == ["China"]
    china = window.filter_panel.facet_lists["country"].item(0)
    assert china.text().startswith("China") and china.checkState() == Qt.CheckState.Checked

    window.filter_panel.clear()
    qtbot.waitUntil(lambda: len(titles(window)) == 8)
    _right_click(canvas, _header_of(canvas, "Brazil"))
    _choose(menus[-1], "Fold every other lane")
    assert canvas.data.collapsed == {lane.key for lane in canvas.data.lanes} - {"BR"}
    _right_click(canvas, _header_of(canvas, "India"))
    assert _texts(menus[-1])[1] == "Unfold “India”"
    _choose(menus[-1], "Unfold every lane")
    assert canvas.data.collapsed == set()


def test_a_participant_lanes_menu_narrows_to_the_participant(
        qtbot: QtBot, window: MainWindow, menus: list[QMenu],
        monkeypatch: pytest.MonkeyPatch) -> None:
    canvas = _open_timeline(qtbot, window)

    def choose(chooser: ParticipantChooser) -> int:
        type_text(qtbot, chooser.search, "Shi Zhongjun")
        chooser.list.item(0).setCheckState(Qt.CheckState.Checked)
        return 1

    monkeypatch.setattr(ParticipantChooser, "exec", choose)
    window.timeline.set_grouping("participant")
    (lane,) = canvas.data.lanes
    _right_click(canvas, _header_of(canvas, lane.label))
    _choose(menus[-1], f"Show only the events of “{lane.label}”")
    assert window.filter_panel.event_filter.participant == {lane.key}
    assert window.count_label.text() == f"{lane.count} of 8 events"


def test_the_menu_key_opens_the_selected_events_menu_beside_its_mark(
        qtbot: QtBot, window: MainWindow, menus: list[QMenu]) -> None:
    canvas = _open_timeline(qtbot, window)
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    selected = canvas.selected
    QApplication.sendEvent(canvas, QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), canvas.mapToGlobal(QPoint(5, 5))))
    (menu,) = menus
    assert _texts(menu)[0] == "Edit event" and canvas.selected == selected


def test_no_menu_for_an_event_the_form_would_not_leave_nor_on_the_axis(
        qtbot: QtBot, window: MainWindow, menus: list[QMenu],
        monkeypatch: pytest.MonkeyPatch) -> None:
    canvas = _open_timeline(qtbot, window)
    _, centre = _placed(canvas, "Sberbank")
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    current = window.selection.current
    # unsaved edits the analyst keeps: the event right-clicked does not become
    # current, so the window's actions (delete…) would not be about it
    monkeypatch.setattr(window.form, "confirm_leave", lambda: False)
    _right_click(canvas, _placed(canvas, "India's IT Ministry")[1])
    assert window.selection.current == current == canvas.selected
    assert menus == []
    _right_click(canvas, QPointF(HEADER_W + 100, 10))  # the axis
    assert menus == []


def test_the_timeline_picture_is_copied_for_a_report(qtbot: QtBot, window: MainWindow,
                                                     menus: list[QMenu]) -> None:
    canvas = _open_timeline(qtbot, window)
    window.timeline.set_grouping("country")
    QGuiApplication.clipboard().clear()
    _right_click(canvas, _header_of(canvas, "China"))
    _choose(menus[-1], "Copy timeline picture")
    image = QGuiApplication.clipboard().image()
    # The visible range at the canvas's width, every lane in full, the legend below.
    assert image.width() == canvas.width()
    assert image.height() > AXIS_H + canvas.current_frame().content_height
    colours = {image.pixel(x, y) for x in range(0, image.width(), 5)
               for y in range(0, image.height(), 5)}
    assert len(colours) > 20  # marks, texts and lanes, not a blank picture
    assert window.statusBar().currentMessage().startswith("Copied the timeline picture")
    # Edit ▸ Copy timeline picture does the same from the keyboard's menus.
    QGuiApplication.clipboard().clear()
    window.menus.copy_timeline.trigger()
    assert QGuiApplication.clipboard().image().size() == image.size()
