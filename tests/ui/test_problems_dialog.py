"""A refused import lists every problem in a dialog the analyst can copy
them from: a message box showed the first 30 and said nothing of the rest."""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from desktop.core.exchange.datapackage import write_datapackage
from desktop.ui.exchange_dialogs import ImportDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.problems_dialog import ProblemsDialog
from tests.ui.conftest import titles


def _shown(monkeypatch: pytest.MonkeyPatch,
           look: Callable[[ProblemsDialog], None] = lambda _dialog: None) -> list[str]:
    """The titles of the problem lists shown, each ``look``ed at while it is
    open (it is deleted once closed)."""
    shown: list[str] = []

    def exec_(dialog: ProblemsDialog) -> int:
        look(dialog)
        shown.append(dialog.windowTitle())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ProblemsDialog, "exec", exec_)
    return shown


def test_a_package_s_problems_are_listed_whole_and_copied(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    package = tmp_path / "colleague"
    with window.store.session() as session:
        write_datapackage(session, package)
    links = package / "event_participants.csv"
    with links.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows[:40]:
        row["role"] = "sponsor"
    with links.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    before = titles(window)
    monkeypatch.setattr(ImportDialog, "exec", lambda _dialog: QDialog.DialogCode.Accepted)

    def look(dialog: ProblemsDialog) -> None:
        # Each link, named by its event's title and id and its place in the
        # event's list (a message box named the first)
        heading = dialog.findChild(QLabel, "problems_heading")
        assert heading.text() == "Nothing was imported from colleague. 40 problems:"
        lines = dialog.findChild(QPlainTextEdit, "problems").toPlainText().splitlines()
        assert Counter(line.split("), participants[")[0].rsplit("(", 1)[1]
                       for line in lines) == Counter(row["event_id"] for row in rows[:40])
        assert len({row["event_id"] for row in rows[:40]}) > 1
        assert all(line.endswith("role: 'sponsor' is not a known role; add it to the role "
                                 "vocabulary first") for line in lines)
        dialog.findChild(QPushButton, "copy_problems").click()
        assert QGuiApplication.clipboard().text().splitlines() == lines

    shown = _shown(monkeypatch, look)
    window.exchange.import_path(package)
    assert len(shown) == 1
    assert titles(window) == before


def test_a_file_refused_for_one_problem_says_it_in_a_message(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "engagement-curator", "format_version": 1, '
                      '"vocabularies": {"role": [null]}, "participants": [], "events": []}',
                      encoding="utf-8")
    shown = _shown(monkeypatch)
    told: list[str] = []
    monkeypatch.setattr("desktop.ui.problems_dialog.QMessageBox.warning",
                        lambda _parent, _title, text: told.append(text))
    window.exchange.import_path(broken)
    assert not shown
    assert told == ["broken.json: vocabularies.role[0]: must be a text, not null"]
