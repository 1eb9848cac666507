"""A name typed bare in a save dialog ("sources 2025") takes the ending of
the kind of file being saved: it was written without one, which no program
opens it by, or refused for a picture though the dialog's type was chosen."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.tally_dialog import show_tally
from tests.ui.conftest import export_through_dialogs


@pytest.mark.parametrize(("file_format", "ending"),
                         [("ris", ".ris"), ("json", ".json"), ("markdown", ".md")])
def test_an_export_named_bare_takes_its_formats_ending(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        file_format: str, ending: str) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    out = tmp_path / "out"
    out.mkdir()
    export_through_dialogs(window, monkeypatch, file_format, out / "for Li Wei 2025")
    assert [path.name for path in out.iterdir()] == [f"for Li Wei 2025{ending}"]


def test_a_chart_named_bare_is_saved_as_the_type_chosen(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    tally = show_tally(window)
    qtbot.addWidget(tally)
    qtbot.waitUntil(lambda: tally.counts is not None)
    monkeypatch.setattr("desktop.ui.tally_dialog.QFileDialog.getSaveFileName",
                        lambda *_args: (str(tmp_path / "chart"), "SVG picture (*.svg)"))
    tally.ask_and_save_chart()
    saved = tmp_path / "chart.svg"
    assert saved.is_file() and saved.read_text(encoding="utf-8").lstrip().startswith("<?xml")
