"""The window fits a small screen: 1 000 pixels wide (a 1 366-pixel laptop
screen at 125 %, or a 1 920-pixel screen's half), on every tab."""

from __future__ import annotations

from PySide6.QtWidgets import QToolBar
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow

NARROW = 1000


def test_the_window_can_be_made_1000_pixels_wide_on_every_tab(
        qtbot: QtBot, window: MainWindow) -> None:
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        window.resize(NARROW, 700)
        qtbot.waitUntil(lambda: window.width() == NARROW)
    # The timeline's tools that have no room wait under the tool bar's » button.
    (tools,) = window.timeline.findChildren(QToolBar)
    assert tools.width() <= window.timeline.width()
    assert window.timeline.canvas.width() >= 380
