"""Reviewing duplicates and mentions as an analyst does, through the dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.models import EventParticipant, Participant
from desktop.ui.identity_dialogs import DuplicatesDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.mentions_dialog import NAMED_IN, ROLE, MentionsDialog

NDRC = "National Development and Reform Commission"


def _id(window: MainWindow, name: str) -> str:
    with window.store.session() as session:
        return session.scalars(select(Participant.id).where(Participant.name == name)).one()


def _links(window: MainWindow, participant_id: str) -> int:
    with window.store.session() as session:
        return len(session.scalars(select(EventParticipant.id).where(
            EventParticipant.participant_id == participant_id)).all())


def test_merging_a_duplicate_moves_its_links_and_undo_restores_both(
        qtbot: QtBot, window: MainWindow) -> None:
    ops = window.editor.ops
    twin = next(iter(ops.create_participant(
        {"kind": "organization", "name": "國家發展和改革委員會",
         "native_name": "國家發展和改革委員會", "country": "CN",
         "notes": "from a colleague"}).ids("participant")))
    event = next(iter(ops.create_event({"title": "Energy talks", "date": "2025-03-03"})
                      .events_touched()))
    ops.link(event, twin, {"role": "co-host"})
    ndrc = _id(window, NDRC)
    before = _links(window, ndrc)

    dialog = DuplicatesDialog(window.editor, "participant", window)
    qtbot.addWidget(dialog)
    row = next(i for i in range(dialog.pairs.count())
               if "國家發展和改革委員會" in dialog.pairs.item(i).text()
               and NDRC in dialog.pairs.item(i).text())
    dialog.pairs.setCurrentRow(row)
    assert "simplified/traditional folding" in dialog.reasons.text()
    keep_ndrc = (dialog.keep_first if dialog.keep_first.text().startswith(NDRC)
                 else dialog.keep_second)
    keep_ndrc.click()
    # Take the colleague's notes: tick them in the twin's column.
    twin_column = 2 if keep_ndrc is dialog.keep_first else 1
    notes_row = next(r for r in range(dialog.fields.rowCount())
                     if dialog.fields.item(r, 0).text() == "Notes")
    dialog.fields.item(notes_row, twin_column).setCheckState(Qt.CheckState.Checked)
    dialog.merge_button.click()
    assert _links(window, ndrc) == before + 1
    with window.store.session() as session:
        assert session.get(Participant, twin) is None
        kept = session.get(Participant, ndrc)
        assert kept is not None and kept.notes == "from a colleague"
    assert window.editor.undo_stack.text(window.editor.undo_stack.count() - 1).startswith(
        "Merge into")
    window.editor.undo_stack.undo()
    assert _links(window, ndrc) == before and _links(window, twin) == 1
    dialog.close()


def test_a_colleagues_event_titled_in_chinese_is_paired_and_merged_by_its_native_title(
        qtbot: QtBot, window: MainWindow) -> None:
    from sqlalchemy import select

    from desktop.core.models import Event

    seminar = "China-ASEAN AI Development and Governance Cooperation Seminar"
    ops = window.editor.ops
    theirs = ops.create_event({"title": "中国-东盟人工智能发展与治理合作研讨会",
                               "date": "2024-12-09", "summary": "来自同事"}).ids("event").pop()
    with window.store.session() as session:
        seminar_id = session.scalars(select(Event.id).where(Event.title == seminar)).one()
    dialog = DuplicatesDialog(window.editor, "event", window)
    qtbot.addWidget(dialog)
    row = next(i for i in range(dialog.pairs.count()) if seminar in dialog.pairs.item(i).text())
    dialog.pairs.setCurrentRow(row)
    assert "same first day (2024-12-09)" in dialog.reasons.text()
    ours = (dialog.keep_first if dialog.keep_first.accessibleName() == seminar
            else dialog.keep_second)
    ours.click()
    native = next(r for r in range(dialog.fields.rowCount())
                  if dialog.fields.item(r, 0).text() == "Native title")
    column = 1 if ours is dialog.keep_first else 2
    assert dialog.fields.item(native, column).text() == "中國-東盟人工智能發展與治理合作研討會"
    dialog.merge_button.click()
    with window.store.session() as session:
        assert session.get(Event, theirs) is None
        # (which title it keeps is the analyst's tick; the pair's order varies)
        kept = session.get(Event, seminar_id)
        assert kept is not None and kept.native_title == "中國-東盟人工智能發展與治理合作研討會"
    dialog.close()


def test_not_duplicates_is_not_proposed_again(qtbot: QtBot, window: MainWindow) -> None:
    ops = window.editor.ops
    ops.create_participant({"kind": "organization", "name": "NDRC", "country": "CN"})
    dialog = DuplicatesDialog(window.editor, "participant", window)
    qtbot.addWidget(dialog)
    texts = [dialog.pairs.item(i).text() for i in range(dialog.pairs.count())]
    row = next(i for i, text in enumerate(texts) if "NDRC" in text and NDRC in text)
    dialog.pairs.setCurrentRow(row)
    dialog.distinct_button.click()
    again = DuplicatesDialog(window.editor, "participant", window)
    qtbot.addWidget(again)
    assert not any("NDRC" in again.pairs.item(i).text() and NDRC in again.pairs.item(i).text()
                   for i in range(again.pairs.count()))


def test_mentions_are_linked_with_a_role_in_one_step(qtbot: QtBot, window: MainWindow) -> None:
    ops = window.editor.ops
    event = next(iter(ops.create_event({
        "title": "Media dialogue", "summary": "石中军 opened it; 国家发展改革委 sent a delegate."})
        .events_touched()))
    dialog = MentionsDialog(window.editor, [event], window)
    qtbot.addWidget(dialog)
    dialog.show()
    table, model = dialog.table, dialog.table.model()
    named = {model.index(r, 1).data(): r for r in range(model.rowCount())}
    assert {"Shi Zhongjun", NDRC} <= set(named)
    assert model.index(named[NDRC], NAMED_IN).data() == "titles or summary"
    for name, row in named.items():
        if name not in ("Shi Zhongjun", NDRC):  # untick by clicking the box
            rect = table.visualRect(model.index(row, 0))
            box = rect.topLeft() + QPoint(table.style().pixelMetric(
                table.style().PixelMetric.PM_IndicatorWidth) // 2 + 4, rect.height() // 2)
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=box)
            assert model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == (
                Qt.CheckState.Unchecked)
    # the role from the keyboard: go to its cell, F2 opens the vocabulary's list
    role_cell = model.index(named["Shi Zhongjun"], ROLE)
    table.setCurrentIndex(role_cell)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.indexWidget(role_cell) or table.focusWidget()
    assert isinstance(editor, QComboBox)
    editor.setCurrentText("speaker")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert role_cell.data() == "speaker"
    steps = window.editor.undo_stack.count()
    dialog.link_button.click()
    assert window.editor.undo_stack.count() == steps + 1
    with window.store.session() as session:
        linked = {p.name: link.role_id for link, p in session.execute(
            select(EventParticipant, Participant).join(
                Participant, Participant.id == EventParticipant.participant_id)
            .where(EventParticipant.event_id == event))}
    assert set(linked) == {"Shi Zhongjun", NDRC} and linked["Shi Zhongjun"] is not None
    assert model.rowCount() == len(named) - 2


def test_the_participants_a_saved_copy_names_are_mentions_too(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from desktop.core.saved_copies import SavedCopies

    ops = window.editor.ops
    event = next(iter(ops.create_event({"title": "AI cooperation talks"}).events_touched()))
    article = tmp_path / "talks.html"
    article.write_text("<html><body><p>Premier 李強 and Wang Yi met the delegation; "
                       "<script>var NDRC = 1;</script></p></body></html>", encoding="utf-8")
    sha256, name = SavedCopies(window.store.path).add(article)
    ops.add_source(event, {"publisher": "Xinhua", "copy_sha256": sha256, "copy_name": name})
    dialog = MentionsDialog(window.editor, [event], window)
    qtbot.addWidget(dialog)
    model = dialog.table.model()
    found = {model.index(row, 1).data(): model.index(row, NAMED_IN).data()
             for row in range(model.rowCount())}
    # named in the article's text, in either character set; not in its script
    assert found == {"Li Qiang": "a saved copy", "Wang Yi": "a saved copy"}


def test_the_tools_menu_opens_each_review(qtbot: QtBot, window: MainWindow,
                                          monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []
    monkeypatch.setattr(DuplicatesDialog, "exec", lambda self: opened.append(self.kind) or 0)
    monkeypatch.setattr(MentionsDialog, "exec",
                        lambda self: opened.append(f"mentions {self.event_ids}") or 0)
    window.events_view.selectRow(0)
    tools = next(action.menu() for action in window.menuBar().actions()
                 if action.text() == "&Tools")
    for action in tools.actions():
        if action.text().startswith("Find"):
            action.trigger()
    assert opened == ["participant", "event", "mentions None",
                      f"mentions {[window.selection.current]}"]


def test_with_no_pair_to_review_the_dialog_says_so_without_empty_panes(
        qtbot: QtBot, window: MainWindow) -> None:
    dialog = DuplicatesDialog(window.editor, "participant", window)
    qtbot.addWidget(dialog)
    assert dialog.pairs.count() == 0
    assert dialog.reasons.text() == ("No likely duplicate participants were found: nothing "
                                     "to review.")
    assert dialog.comparison.isHidden() and dialog.pairs.isHidden()
    assert dialog.count.text() == "0 pairs"
    window.editor.ops.create_participant({"kind": "organization", "name": "NDRC",
                                          "country": "CN"})
    dialog.refresh()
    assert dialog.pairs.count() == 1 and not dialog.comparison.isHidden()
    assert dialog.count.text() == "1 pair"
    dialog.distinct_button.click()
    assert dialog.reasons.text() == "No more likely duplicates."
    assert dialog.comparison.isHidden()
