"""The timeline with dates far from the rest: a year typed with a wrong century
(0205 for 2025) or a placeholder such as 9999-12-31 must be found by "Fit all",
not hidden outside a view of the empty centuries between them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from desktop.core.operations import Operations
from desktop.core.timeline_layout import ticks
from desktop.ui.timeline_panel import TimelinePanel


def _button(panel: TimelinePanel, text: str) -> QToolButton:
    return next(button for button in panel.findChildren(QToolButton) if button.text() == text)


def test_fit_all_shows_the_first_and_the_last_day_a_date_can_have(
        qtbot: QtBot, ops: Operations) -> None:
    titles = {"Year one": "0001-01-01", "Typed 0205": "0205-03-01",
              "Summit": "2025-05-25", "Placeholder": "9999-12-31"}
    for title, edtf in titles.items():
        ops.create_event({"title": title, "date": edtf})
    panel = TimelinePanel(ops.store)
    qtbot.addWidget(panel)
    panel.resize(1400, 500)  # wide: a decade a pixel would reach past the year 9999
    panel.show()
    qtbot.waitExposed(panel)
    canvas = panel.canvas
    canvas.zoom(40.0)  # anywhere else first
    qtbot.mouseClick(_button(panel, "Fit all"), Qt.MouseButton.LeftButton)
    frame = canvas.current_frame()
    drawn = {item.event.title for lane in frame.lanes for item in lane.placed}
    assert frame.in_view == 4 and drawn == set(titles)
    viewport = frame.viewport
    assert viewport.start >= date(1, 1, 1).toordinal()
    assert viewport.end <= date(9999, 12, 31).toordinal() + 1
    # The axis names the millennia by their years ("2000s" would read as a decade).
    assert "2000" in [tick.label for tick in ticks(viewport)[0]]
    # Zooming out further shows no more: the whole calendar is as far as it goes.
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    assert canvas.current_viewport() == viewport
