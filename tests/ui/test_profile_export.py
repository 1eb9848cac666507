"""The Participants list's Profile for a report…: the profile of the one
participant chosen, saved where the analyst says."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.profile_export import file_stem
from tests.ui.conftest import participant_menu

NDRC = "National Development and Reform Commission"


def test_the_participants_list_saves_the_profile_of_the_one_chosen(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert file_stem("中国外文局 / CICG") == "profile-中国外文局-CICG"
    target = tmp_path / "profile.html"
    monkeypatch.setattr("desktop.ui.profile_export.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(target), "Web page (*.html)"))
    offered = participant_menu(qtbot, window, NDRC)
    assert ("Profile for a report…", True) in offered
    window.batch.participants.save_profile()
    assert window.statusBar().currentMessage() == (
        f"Wrote the profile of {NDRC} to {target}")
    assert f"<h1>{NDRC}</h1>" in target.read_text(encoding="utf-8")
