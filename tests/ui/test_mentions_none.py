"""Find mentions in this event with nothing to link says so in a small dialog,
not over an empty table beside "0 mentions"."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.mentions_dialog import MentionsDialog


def test_an_event_naming_no_one_unlinked_is_said_in_a_small_dialog(
        qtbot: QtBot, window: MainWindow) -> None:
    event = next(iter(window.editor.ops.create_event(
        {"title": "Quiet meeting", "summary": "Nobody known is named here."}).events_touched()))
    dialog = MentionsDialog(window.editor, [event], window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.mentions == []
    assert dialog.intro.text() == ("No known participant is named in this event's title, "
                                   "summary or saved copies without being linked to it: "
                                   "nothing to link.")
    assert not dialog.table.isVisible() and not dialog.link_button.isVisible()
    assert dialog.width() < 600 and dialog.height() < 200
