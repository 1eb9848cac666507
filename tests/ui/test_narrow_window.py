"""The window fits a small screen: 1 000 pixels wide (a 1 366-pixel laptop
screen at 125 %, or a 1 920-pixel screen's half), on every tab."""

from __future__ import annotations

from PySide6.QtWidgets import QToolBar
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.ui.conftest import narrow_form

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


def test_a_narrow_participant_form_puts_fields_under_long_labels(
        qtbot: QtBot, window: MainWindow) -> None:
    """At the pane's least width the participant's fields are all in it: no
    field runs past its edge to a scroll bar ("Parent organisation" beside a
    country chooser was wider than the pane)."""
    window.tabs.setCurrentIndex(1)
    window.participants_view.selectRow(0)
    narrow_form(window, 300)
    form = window.participant_form
    qtbot.waitUntil(lambda: form.width() <= 310)
    inner = form.widget()
    assert inner.width() <= form.viewport().width()
    for field in (form.country, form.org_type, form.parent_org, form.name):
        right = field.mapTo(inner, field.rect().topRight()).x()
        assert right <= form.viewport().width(), field


def test_the_mentions_dialog_fits_a_small_screen(qtbot: QtBot, window: MainWindow) -> None:
    """Its explanation wraps: on one line it made the dialog 970 pixels wide
    at least, wider than a small screen leaves beside the window's edge."""
    from desktop.ui.mentions_dialog import MentionsDialog

    dialog = MentionsDialog(window.editor, [], window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.minimumSizeHint().width() <= 700
    dialog.resize(640, 400)
    qtbot.waitUntil(lambda: dialog.width() == 640)
