"""Find duplicates compares two records' values as the forms show them: a
status "Needs review", a country "China (CN)", a kind "Organisation" — not
the keys and codes the store keeps."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.models import Event
from desktop.ui.identity_dialogs import DuplicatesDialog
from desktop.ui.main_window import MainWindow

FORUM = "2025 ASEAN-China Media Cooperation Forum"


def _compared(dialog: DuplicatesDialog, name: str) -> dict[str, tuple[str, str]]:
    """Each field's two values, the pair naming ``name`` chosen."""
    row = next(i for i in range(dialog.pairs.count()) if name in dialog.pairs.item(i).text())
    dialog.pairs.setCurrentRow(row)
    fields = dialog.fields
    return {fields.item(r, 0).text(): (fields.item(r, 1).text(), fields.item(r, 2).text())
            for r in range(fields.rowCount())}


def test_the_comparison_shows_status_country_and_kind_as_the_forms_do(
        qtbot: QtBot, window: MainWindow) -> None:
    ops = window.editor.ops
    copy = ops.create_event({"title": "ASEAN-China Media Cooperation Forum 2025",
                             "date": "2025-05-25", "country": "CN",
                             "status": "needs_review"}).ids("event").pop()
    ops.create_participant({"kind": "organization", "country": "CN",
                            "name": "National Development & Reform Commission"})
    with window.store.session() as session:
        forum, status = session.execute(
            select(Event.id, Event.status).where(Event.title == FORUM)).one()
        assert status == "verified" and copy

    events = DuplicatesDialog(window.editor, "event", window)
    qtbot.addWidget(events)
    values = _compared(events, FORUM)
    assert sorted(values["Status"]) == ["Needs review", "Verified"]
    assert values["Country"] == ("China (CN)", "China (CN)")
    # What the analyst ticks is still taken: their status, in the store's words.
    theirs = 1 if values["Status"][0] == "Needs review" else 2
    keep_ours = events.keep_second if theirs == 1 else events.keep_first
    keep_ours.click()
    status_row = next(r for r in range(events.fields.rowCount())
                      if events.fields.item(r, 0).text() == "Status")
    events.fields.item(status_row, theirs).setCheckState(Qt.CheckState.Checked)
    events.merge_button.click()
    with window.store.session() as session:
        # (which title it keeps depends on the ticks, the pair's order on the ids)
        kept = session.get(Event, forum)
        assert kept is not None and kept.status == "needs_review"
        assert session.get(Event, copy) is None
    events.close()

    people = DuplicatesDialog(window.editor, "participant", window)
    qtbot.addWidget(people)
    values = _compared(people, "National Development & Reform Commission")
    assert values["Kind"] == ("Organisation", "Organisation")
    assert "China (CN)" in values["Country"]
    people.close()


def test_only_a_value_to_keep_has_a_tick_box_never_an_empty_one(
        qtbot: QtBot, window: MainWindow) -> None:
    """An empty value beside one that differs showed an empty tick box once the
    other was ticked (ticking it took nothing)."""
    window.editor.ops.create_participant({"kind": "organization", "country": "CN",
                                          "name": "National Development & Reform Commission"})
    dialog = DuplicatesDialog(window.editor, "participant", window)
    qtbot.addWidget(dialog)
    _compared(dialog, "National Development & Reform Commission")
    fields = dialog.fields
    boxes = {(fields.item(row, 0).text(), column):
             fields.item(row, column).data(Qt.ItemDataRole.CheckStateRole) is not None
             for row in range(fields.rowCount()) for column in (1, 2)}
    values = {(fields.item(row, 0).text(), column): fields.item(row, column).text()
              for row in range(fields.rowCount()) for column in (1, 2)}
    native = {column for column in (1, 2) if values["Native name", column]}
    assert len(native) == 1  # the sample's NDRC has one, the new one none
    assert {column for column in (1, 2) if boxes["Native name", column]} == native
    assert not any(boxes[key] for key, text in values.items() if not text)
    dialog.close()
