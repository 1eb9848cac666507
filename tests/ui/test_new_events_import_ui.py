"""Their new events, from the window: named in the import dialog before
anything is written, and chosen in the list once imported when asked."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QListWidget
from pytestqt.qtbot import QtBot

from desktop.core.exchange import import_plan
from desktop.ui.exchange_dialogs import ImportDialog
from desktop.ui.main_window import MainWindow

NEW = (("2025-09-18", "中国—东盟人工智能合作论坛在南宁举行，双方签署多项合作备忘录"),
       ("", "Joint laboratory opens in Kuala Lumpur"))


def _copy_with_new_events(qtbot: QtBot, window: MainWindow, folder: Path) -> tuple[Path, list[str]]:
    """copy.json: our export with one event retitled and two new ones (the
    second with no date); with the new ones' ids."""
    qtbot.waitUntil(lambda: window.is_ready)
    path = folder / "copy.json"
    window.exchange.export_to(path, "json", None)
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    document["events"][0]["title"] += " (revised)"
    added = []
    for day, title in NEW:
        event = dict(document["events"][1], id=str(uuid.uuid4()), title=title, date=day,
                     participants=[], sources=[], figures=[], related=[])
        document["events"].append(event)
        added.append(event["id"])
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path, added


def _answer(monkeypatch: pytest.MonkeyPatch, seen: dict[str, object], *, tick: bool) -> None:
    def look_and_import(dialog: ImportDialog) -> QDialog.DialogCode:
        listed = dialog.findChild(QListWidget, "new_events")
        box = dialog.findChild(QCheckBox, "choose_new")
        assert listed is not None and box is not None
        seen["heading"] = [label.text() for label in dialog.findChildren(QLabel)
                           if label.text().startswith("Their new events")]
        seen["listed"] = [listed.item(row).text() for row in range(listed.count())]
        seen["offered"] = box.isVisibleTo(dialog) and box.text()
        box.setChecked(tick)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", look_and_import)


def test_the_new_events_are_named_before_the_import_and_chosen_once_imported_if_asked(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path, added = _copy_with_new_events(qtbot, window, tmp_path)
    seen: dict[str, object] = {}
    _answer(monkeypatch, seen, tick=True)
    window.exchange.import_path(path)
    assert seen["heading"] == ["Their new events:"]
    assert seen["listed"] == [f"2025-09-18   {NEW[0][1]}", f"(no date)   {NEW[1][1]}"]
    assert seen["offered"] == "Choose in the list, once imported, the 2 new events"
    assert sorted(window.batch.selected_ids()) == sorted(added)
    assert window.statusBar().currentMessage() == (
        "2 events chosen: added by the import of copy.json")


def test_many_new_events_are_named_in_part_and_not_offered_past_thousands(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_plan, "LISTED_NEW_EVENTS", 1)
    monkeypatch.setattr(import_plan, "CHOSEN_NEW_EVENTS", 1)  # as with a whole dataset
    path, _added = _copy_with_new_events(qtbot, window, tmp_path)
    chosen_before = window.batch.selected_ids()
    seen: dict[str, object] = {}
    _answer(monkeypatch, seen, tick=False)
    window.exchange.import_path(path)
    assert seen["heading"] == ["Their new events (the first 1 of 2):"]
    assert seen["listed"] == [f"2025-09-18   {NEW[0][1]}"]
    assert seen["offered"] is False
    assert window.count_label.text().startswith("10 events")
    assert window.batch.selected_ids() == chosen_before
