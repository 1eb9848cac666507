"""Our events a colleague's copy lacks, from the window: named before the
import, and chosen in the list when the analyst asks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QCheckBox, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.ui.exchange_dialogs import ImportDialog
from desktop.ui.main_window import MainWindow


def _copy_without(qtbot: QtBot, window: MainWindow, folder: Path, left_out: int, *,
                  retitle: bool) -> tuple[Path, list[str]]:
    """copy.json, our export without its first ``left_out`` events (the next
    retitled, if asked), once the window is ready; with the ids left out."""
    qtbot.waitUntil(lambda: window.is_ready)
    path = folder / "copy.json"
    window.exchange.export_to(path, "json", None)
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    gone = [event["id"] for event in document["events"][:left_out]]
    del document["events"][:left_out]
    if retitle:
        document["events"][0]["title"] += " (revised)"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path, gone


def _chosen(window: MainWindow) -> set[str]:
    return set(window.batch.selected_ids())


def test_the_events_a_copy_lacks_are_chosen_once_imported_if_asked(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path, gone = _copy_without(qtbot, window, tmp_path, 2, retitle=True)
    seen: dict[str, object] = {}

    def tick_and_import(dialog: ImportDialog) -> QDialog.DialogCode:
        box = dialog.findChild(QCheckBox, "choose_named")
        assert box is not None
        seen["shown"], seen["text"] = box.isVisibleTo(dialog), box.text()
        box.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", tick_and_import)
    window.exchange.import_path(path)
    assert seen == {"shown": True, "text": "Choose in the list, once imported, the 2 events "
                                           "named above"}
    assert _chosen(window) == set(gone)
    assert window.statusBar().currentMessage() == (
        "2 events chosen: named by the import of copy.json")


def test_a_copy_only_lacking_events_asks_to_choose_them(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path, gone = _copy_without(qtbot, window, tmp_path, 1, retitle=False)
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.exchange.import_path(path)
    assert asked[0].startswith("copy.json holds")
    assert "nothing to import." in asked[0]
    assert "1 of our events was here when copy.json was written but is not in it" in asked[0]
    assert asked[0].endswith("It stays here.\n\nChoose them in the list?")
    assert _chosen(window) == set(gone)


def test_a_part_sent_back_is_told_without_offering_to_choose_the_rest(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The events of a search sent back unchanged: the window says the file
    is a part of the dataset, and asks nothing of the events it never held."""
    path, _gone = _copy_without(qtbot, window, tmp_path, 6, retitle=False)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: pytest.fail("asked"))
    window.exchange.import_path(path)
    assert len(told) == 1 and "each as it is here: nothing to import.\n\n" in told[0]
    assert told[0].endswith(
        "\n\ncopy.json holds 2 of our events, a part of the dataset (the events of a search, "
        "say) rather than a copy of it: the 6 others that were here when it was written stay "
        "here as they are.")
    assert _chosen(window) == set()
