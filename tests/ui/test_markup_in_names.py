"""Names that look like markup ("<b>R&D</b> Lab") are shown as written where
a label mixes them with bold text: the participant the list is filtered by,
and why two participants may be one."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from desktop.ui.identity_dialogs import DuplicatesDialog
from desktop.ui.main_window import MainWindow

NAME = "<b>R&D</b> <i>Lab</i>"


def _as_read(html: str) -> str:
    """What a rich-text label shows of ``html``."""
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def test_the_participant_filtered_by_is_named_as_written(qtbot: QtBot,
                                                          window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    window.editor.apply(lambda ops: ops.create_participant({"kind": "organization",
                                                             "name": NAME}))
    window.tabs.setCurrentIndex(1)  # the Participants list
    window.search_box.setText("R&D Lab")
    window.search_box.flush()
    model = window.participants_model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.index(0, 1).data() == NAME
    window.participants_view.selectRow(0)
    label = window.filter_panel.participant_label
    assert _as_read(label.text()) == f"Participant: {NAME}"


def test_why_two_may_be_one_names_them_as_written(qtbot: QtBot, window: MainWindow) -> None:
    ops = window.editor.ops
    for name in (NAME, "R&D Lab"):
        ops.create_participant({"kind": "organization", "name": name,
                                "native_name": "<u>研发</u>"})
    dialog = DuplicatesDialog(window.editor, "participant", window)
    qtbot.addWidget(dialog)
    row = next(i for i in range(dialog.pairs.count()) if "R&D Lab" in dialog.pairs.item(i).text())
    dialog.pairs.setCurrentRow(row)
    assert "same native name (<u>研发</u> = <u>研发</u>" in _as_read(dialog.reasons.text())


def test_the_participant_filtered_by_is_named_as_it_is_renamed(qtbot: QtBot,
                                                                window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    created = window.editor.apply(lambda ops: ops.create_participant(
        {"kind": "organization", "name": "Research Lab"}))
    lab = created.ids("participant").pop()
    window.tabs.setCurrentIndex(1)
    window.search_box.setText("Research Lab")
    window.search_box.flush()
    qtbot.waitUntil(lambda: window.participants_model.rowCount() == 1)
    window.participants_view.selectRow(0)
    label = window.filter_panel.participant_label
    assert _as_read(label.text()) == "Participant: Research Lab"
    window.editor.apply(lambda ops: ops.update_participant(lab, {"name": "AI Research Lab"}))
    assert _as_read(label.text()) == "Participant: AI Research Lab"
    window.menus.undo.trigger()
    assert _as_read(label.text()) == "Participant: Research Lab"
