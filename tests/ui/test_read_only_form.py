"""A read-only window's forms show the record but take no typing: only the
buttons that open something stay pressable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.bootstrap import create_database
from desktop.core.db import open_store
from desktop.core.models import Event
from desktop.core.operations import Operations
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import titles

WAIC = "8th World Artificial Intelligence Conference (WAIC 2025)"


def _buttons(widget) -> dict[str, bool]:  # type: ignore[no-untyped-def]
    return {button.text(): button.isEnabled() for button in widget.findChildren(QPushButton)}


def _read_only_window(qtbot: QtBot, path: Path) -> MainWindow:
    """A window on ``path`` opened read-only, ready."""
    main = MainWindow(open_store(path, read_only=True), analyst="Reader",
                      read_only_reason="opened read-only")
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.is_ready)
    return main


def test_a_read_only_window_shows_the_form_without_taking_edits(qtbot: QtBot,
                                                                tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite"
    writable = create_database(path, sample=True)
    with writable.session() as session:
        waic = session.scalars(select(Event.id).where(Event.title == WAIC)).one()
    Operations(writable).add_source(waic, {"publisher": "Xinhua",
                                           "url": "https://english.news.cn/waic"})
    writable.close()
    main = _read_only_window(qtbot, path)
    store = main.store
    main.events_view.selectRow(titles(main).index(WAIC))
    form = main.form
    assert form.title.text() == WAIC
    form.title.setFocus()
    qtbot.keyClicks(form.title, " (edited)")
    assert form.title.text() == WAIC and not form.is_dirty()
    assert not form.category.isEnabled()
    # The participants: roles and rows as they are, Delete removes none.
    links = form.links.table
    rows = links.rowCount()
    links.setCurrentCell(1, 0)
    assert not links.cellWidget(1, 1).isEnabled()
    qtbot.keyClick(links, Qt.Key.Key_Delete)
    assert links.rowCount() == rows
    buttons = _buttons(form.links)
    assert not buttons["Remove"] and not buttons["Move up"] and not buttons["Move down"]
    # A source's link still opens; nothing adds or saves a source.
    sources = form.sources.table
    sources.setCurrentCell(next(row for row in range(sources.rowCount())
                                if sources.item(row, 0).text() == "Xinhua"), 0)
    buttons = _buttons(form.sources)
    assert buttons["Open link"]
    assert not any(buttons[text] for text in ("Remove", "Add source", "Save page"))
    assert not form.save_button.isEnabled() and not form.revert_button.isEnabled()
    # Another event, its form made afresh, is as locked.
    main.events_view.selectRow(titles(main).index(WAIC) + 1)
    qtbot.waitUntil(lambda: form.title.text() != WAIC)
    assert form.title.isReadOnly()
    assert all(not links.cellWidget(row, 1).isEnabled() for row in range(links.rowCount()))
    main.close()
    store.close()


def test_a_read_only_window_offers_no_command_that_would_edit(qtbot: QtBot,
                                                             tmp_path: Path) -> None:
    from PySide6.QtGui import QAction

    from desktop.ui.identity_dialogs import DuplicatesDialog
    from desktop.ui.mentions_dialog import MentionsDialog

    path = tmp_path / "shared.sqlite"
    writable = create_database(path, sample=True)
    ops = Operations(writable)
    for title in ("China-Laos digital forum opens in Vientiane",
                  "China Laos digital forum opens in Vientiane"):
        ops.create_event({"title": title, "date": "2025-06-18", "country": "LA",
                          "summary": "国家发展改革委 sent a delegate."})
    writable.close()
    main = _read_only_window(qtbot, path)
    store = main.store
    actions = {action.text(): action.isEnabled() for action in main.findChildren(QAction)}
    assert not actions["New event from te&xt…"]
    assert not actions["&Verify and go to the next event"]
    # The pairs and the mentions can be read; nothing merges or links them.
    pairs = DuplicatesDialog(main.editor, "event", main)
    qtbot.addWidget(pairs)
    assert pairs.pairs.count() >= 1
    assert not pairs.merge_button.isEnabled() and not pairs.distinct_button.isEnabled()
    assert pairs.skip_button.isEnabled()
    mentions = MentionsDialog(main.editor, None, main)
    qtbot.addWidget(mentions)
    assert mentions.mentions and not mentions.link_button.isEnabled()
    main.close()
    store.close()


def test_the_timeline_menu_of_a_read_only_window_shows_rather_than_edits(
        qtbot: QtBot, tmp_path: Path) -> None:
    from desktop.ui.timeline_actions import TimelineActions

    path = tmp_path / "shared.sqlite"
    create_database(path, sample=True).close()
    main = _read_only_window(qtbot, path)
    main.events_view.selectRow(0)
    event_id = main.selection.current
    assert event_id is not None
    actions = main.findChild(TimelineActions)
    assert actions is not None
    menu = actions.build(event_id, "")
    texts = {action.text(): action.isEnabled() for action in menu.actions()}
    assert "Show in the form" in texts and "Edit event" not in texts
    assert not texts["&Delete selected events…"]
    main.close()
    main.store.close()
