"""Starting on an existing database: the list first, the rest once loaded."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui import app as app_module
from desktop.ui.app import open_for_window
from tests.ui.conftest import type_text


@pytest.fixture
def sample_file(tmp_path: Path) -> Path:
    store, _ = open_for_window(tmp_path / "sample.sqlite", "sample")
    store.close()
    return tmp_path / "sample.sqlite"


@pytest.fixture
def starting(sample_file: Path, monkeypatch: pytest.MonkeyPatch
             ) -> Iterator[app_module.StartedWindow]:
    """The window as ``curator`` starts it on an existing file, just shown."""
    monkeypatch.setattr("desktop.ui.preferences.analyst_name", lambda: "Tester")
    started = app_module.start_window(sample_file, None)
    assert started is not None and started.reader is not None  # the quick path
    yield started
    started.window.close()
    started.close()


def _titles(window: app_module.MainWindow) -> list[str]:
    model = window.events_model
    return [str(model.index(row, 1).data()) for row in range(model.rowCount())]


def test_the_list_shows_before_the_store_and_stays_the_same_after(
        qtbot: QtBot, starting: app_module.StartedWindow) -> None:
    window = starting.window
    assert not window.is_ready
    assert "Loading…" in window.tabs.widget(2).text()  # the timeline comes with the store
    before = _titles(window)
    assert len(before) == 8 and window.count_label.text() == "8 events"
    window.events_view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # sorts already
    assert _titles(window) == sorted(before, key=str.lower)
    window.tabs.setCurrentIndex(1)  # the participants, chosen while loading
    with qtbot.waitSignal(window.ready, timeout=20000):
        pass
    assert window.is_ready and window.tabs.currentWidget() is window.participants_view
    assert window.participants_model.rowCount() == 55  # filled in once there
    assert window.tabs.widget(2) is window.timeline
    window.tabs.setCurrentIndex(0)
    assert _titles(window) == sorted(before, key=str.lower)  # same rows, same order
    assert window.filter_panel.isVisible()
    assert window.editor.ops.analyst == "Tester"


def test_a_search_typed_while_loading_is_run_once_the_store_is_there(
        qtbot: QtBot, starting: app_module.StartedWindow) -> None:
    window = starting.window
    type_text(qtbot, window.search_box, "中國外文局")
    with qtbot.waitSignal(window.ready, timeout=20000):
        pass
    qtbot.waitUntil(lambda: window.events_model.rowCount() < 8, timeout=5000)
    assert _titles(window) == ["2025 ASEAN-China Media Cooperation Forum"]
    assert window.count_label.text() == "1 of 8 events"


def test_a_new_database_takes_the_full_path(qtbot: QtBot, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("desktop.ui.preferences.analyst_name", lambda: "Tester")
    started = app_module.start_window(tmp_path / "new.sqlite", "sample")
    assert started is not None
    try:
        assert started.window.is_ready and started.reader is None
        assert started.window.events_model.rowCount() == 8
    finally:
        started.window.close()
        started.close()


def test_the_first_frame_is_drawn_before_sqlalchemy_is_loaded(sample_file: Path,
                                                              tmp_path: Path) -> None:
    """What makes the window appear at once: nothing on the way to the first
    frame imports SQLAlchemy (checked in a fresh process)."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from desktop.ui.app import application, start_window\n"
        "from desktop.ui.first_paint import after_first_paint\n"
        "app = application()\n"
        "started = start_window(Path(sys.argv[1]), None)\n"
        "def painted():\n"
        "    rows = started.window.events_model.rowCount()\n"
        "    print(rows, 'sqlalchemy' in sys.modules, started.window.is_ready, flush=True)\n"
        "    app.quit()\n"
        "after_first_paint(started.window, painted)\n"
        "app.exec()\n"
        "started.close()\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    setup = ("from desktop.ui.app import application\n"
             "from desktop.ui.preferences import set_analyst_name\n"
             "application(); set_analyst_name('Tester')\n")
    subprocess.run([sys.executable, "-c", setup], env=env, check=True, timeout=60)
    output = subprocess.run([sys.executable, "-c", script, str(sample_file)], env=env,
                            capture_output=True, text=True, timeout=60, check=True).stdout
    assert output.split() == ["8", "False", "False"]


def test_only_a_sound_file_at_this_schema_is_shown_before_the_store(
        sample_file: Path, tmp_path: Path) -> None:
    """Anything else takes the full path, with its questions (upgrade with a
    backup, restore a damaged file, refuse a newer one)."""
    from tests.core.old_schema import database_at

    reader = app_module.quick_reader(sample_file)
    assert reader is not None and reader.total() == 8
    reader.connection.close()
    not_a_database = tmp_path / "notes.sqlite"
    not_a_database.write_text("minutes of the meeting\n" * 100)
    older = database_at(tmp_path / "older.sqlite", "0003")
    damaged = tmp_path / "damaged.sqlite"
    data = bytearray(sample_file.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page overwritten
    damaged.write_bytes(bytes(data))
    for path in (tmp_path / "missing.sqlite", not_a_database, older, damaged):
        assert app_module.quick_reader(path) is None, path.name
