"""The Participants list's Profile for a report…: the profile of the one
participant chosen, saved where the analyst says."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.profile_export import file_stem

NDRC = "National Development and Reform Commission"


def test_the_participants_list_saves_the_profile_of_the_one_chosen(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert file_stem("中国外文局 / CICG") == "profile-中国外文局-CICG"
    target = tmp_path / "profile.html"
    monkeypatch.setattr("desktop.ui.profile_export.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(target), "Web page (*.html)"))
    view, model = window.participants_view, window.participants_model
    window.tabs.setCurrentWidget(view)
    names = [model.index(row, 1).data() for row in range(model.rowCount())]
    view.selectRow(names.index(NDRC))
    offered: list[tuple[str, bool]] = []

    def read_and_choose() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        offered.extend((action.text(), action.isEnabled()) for action in menu.actions())
        menu.close()

    QTimer.singleShot(50, read_and_choose)
    window.batch.participants._context_menu(view.visualRect(view.currentIndex()).center())
    assert ("Profile for a report…", True) in offered
    window.batch.participants.save_profile()
    assert window.statusBar().currentMessage() == (
        f"Wrote the profile of {NDRC} to {target}")
    assert f"<h1>{NDRC}</h1>" in target.read_text(encoding="utf-8")
