"""The spreadsheet import dialog shows its lists of unreadable rows and of
matched names only when they have something in them, not as empty boxes."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.ui.csv_import_dialog import CsvImportDialog
from desktop.ui.main_window import MainWindow


def test_the_lists_show_only_with_something_in_them(qtbot: QtBot, window: MainWindow,
                                                    tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("Title,Date,Participants\n"
                     "Digital ministers meet,2025-01-10,\n", encoding="utf-8")
    dialog = CsvImportDialog(window, window.store, sheet)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.summary.text().startswith("1 event can be read")
    assert not dialog.problems.isVisible() and not dialog.problems_heading.isVisible()
    assert not dialog.matches.isVisible() and not dialog.matches_heading.isVisible()
    # A bad row, and a name known here: each list comes with its heading.
    sheet.write_text("Title,Date,Participants\n"
                     "Digital ministers meet,2025-13-10,\n"
                     "Media forum,2025-05-25,NDRC\n", encoding="utf-8")
    dialog.preview()
    assert dialog.problems.isVisible() and dialog.problems_heading.isVisible()
    assert dialog.problems.item(0).text().startswith("sheet.csv row 2, date")
    assert dialog.matches.isVisible() and dialog.matches_heading.isVisible()
