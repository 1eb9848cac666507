"""The main window opened on the sample, as an analyst sees it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.app import open_for_window
from desktop.ui.main_window import MainWindow


def _titles(window: MainWindow) -> list[str]:
    model = window.events_view.model()
    return [model.data(model.index(row, 1)) for row in range(model.rowCount())]


def test_window_on_the_sample_lists_its_eight_events(qtbot: QtBot, tmp_path: Path) -> None:
    store, note = open_for_window(tmp_path / "demo.sqlite", "sample")
    window = MainWindow(store, note=note)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    titles = _titles(window)
    assert len(titles) == 8
    assert "2025 ASEAN-China Media Cooperation Forum" in titles
    assert window.count_label.text() == "8 events"
    assert "sample" in window.statusBar().currentMessage()
    menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert menus == ["File", "Edit", "View", "Tools", "Help"]
    store.close()


def test_list_shows_dates_as_written_newest_first(qtbot: QtBot, tmp_path: Path) -> None:
    store, note = open_for_window(tmp_path / "demo.sqlite", "sample")
    window = MainWindow(store, note=note)
    qtbot.addWidget(window)
    model = window.events_view.model()
    dates = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert dates[0] == "2025-07-26/2025-07-30"
    assert "2025-02" in dates and dates[-1] == "2024-09-05"
    event_id = model.data(model.index(0, 0), Qt.ItemDataRole.UserRole)
    assert len(event_id) == 36
    store.close()


def test_first_run_of_the_default_database_starts_with_the_sample(
        qtbot: QtBot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import desktop.cli as cli
    from desktop.core.db import default_db_path

    shown: list[MainWindow] = []

    def fake_run(path: Path, create: str | None, **_options: object) -> int:
        store, note = open_for_window(path, create)  # type: ignore[arg-type]
        window = MainWindow(store, note=note)
        qtbot.addWidget(window)
        shown.append(window)
        store.close()
        return 0

    monkeypatch.setattr("desktop.ui.app.run_window", fake_run)
    assert cli.main([]) == 0
    assert default_db_path().exists()
    assert shown[0].events_model.rowCount() == 8


def test_selecting_an_event_shows_its_participants_in_their_own_script(
        qtbot: QtBot, tmp_path: Path) -> None:
    store, note = open_for_window(tmp_path / "demo.sqlite", "sample")
    window = MainWindow(store, note=note)
    qtbot.addWidget(window)
    window.show()
    row = _titles(window).index("2025 ASEAN-China Media Cooperation Forum")
    window.events_view.setFocus()
    window.events_view.selectRow(row)
    form = window.form
    links = form.links.table
    rows = {links.item(r, 0).text(): (links.cellWidget(r, 1).currentText(),
                                      links.item(r, 2).text()) for r in range(links.rowCount())}
    assert rows["Shi Zhongjun (石中軍)"] == ("speaker", "key participant")
    assert rows["San Lwin"] == ("participant", "via video")
    assert form.attendance.text() == "150"
    assert form.qualifier.currentData() == "approximately"
    assert form.place.text() == "Luoyang, Henan Province"
    assert form.country.currentText() == "China (CN)"
    assert "25 May 2025" in form.date.feedback.text()
    assert not form.is_dirty()
    store.close()


def test_a_second_window_on_the_same_database_is_refused_clearly(
        tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.app import lock_database, run_window

    db = tmp_path / "shared.sqlite"
    first = lock_database(db)
    assert first is not None
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text: (
        shown.append(text), QMessageBox.StandardButton.No)[1])
    assert run_window(db, "empty") == 1
    assert "already open in another Engagement Curator window" in shown[0]
    assert not db.exists()  # nothing was created or touched
    first.unlock()
    assert lock_database(db) is not None


def test_a_lock_left_by_a_crashed_window_is_taken_over(tmp_path: Path) -> None:
    import subprocess
    import sys

    from desktop.ui.app import lock_database

    db = tmp_path / "crashed.sqlite"
    crash = ("import os, sys; from desktop.ui.app import lock_database; from pathlib import "
             f"Path; lock = lock_database(Path({str(db)!r})); assert lock; os._exit(0)")
    subprocess.run([sys.executable, "-c", crash], check=True, timeout=60)
    assert (tmp_path / "crashed.sqlite.lock").exists()
    assert lock_database(db) is not None


def test_the_list_has_the_keys_when_the_window_opens(qtbot: QtBot, window: MainWindow) -> None:
    """Not the tab bar above it, the first in the window's focus chain, whose
    arrows turned to the Participants tab."""
    qtbot.waitUntil(lambda: window.focusWidget() is window.events_view)
    assert window.selection.current is None  # nothing chosen until the analyst asks
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Down)
    assert window.tabs.currentWidget() is window.events_view
    assert window.form.title.text() == _titles(window)[0]


def test_tab_from_the_search_goes_to_the_first_filter(qtbot: QtBot, window: MainWindow) -> None:
    """Not to the filters' scrolling pane first, a stop where no key did anything."""
    window.search_box.setFocus()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Tab)
    assert window.focusWidget() is window.filter_panel.date_from


def test_ctrl_1_and_2_from_the_form_put_the_keys_on_the_list(qtbot: QtBot,
                                                             window: MainWindow) -> None:
    """They showed the tab but left the keys in the form: ↓ moved nothing."""
    window.activateWindow()
    window.events_view.selectRow(0)
    window.form.title.setFocus()
    qtbot.keyClick(window.form.title, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.events_view
    qtbot.keyClick(window.events_view, Qt.Key.Key_Down)
    assert window.form.title.text() == _titles(window)[1]
    window.form.summary.setFocus()
    qtbot.keyClick(window.form.summary, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.participants_view
    assert window.focusWidget() is window.participants_view
    window.search_box.setFocus()  # from the search box, the keys stay for the search
    qtbot.keyClick(window.search_box, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.events_view
    assert window.focusWidget() is window.search_box
