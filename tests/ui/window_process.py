"""A window in a process of its own, for what can crash the whole process
(``closed_dialog_worker``, ``modal_dialogs_worker``, ``menu_monkey_worker``):
the worker's side opens the sample and ends without PySide6's own teardown;
the test's side runs a worker and gives what it printed."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.ui.app import application, open_for_window
from desktop.ui.main_window import MainWindow


def open_sample(folder: Path) -> tuple[QApplication, MainWindow]:
    """The app and its window on a new copy of the sample in ``folder``, ready."""
    app = application()
    store, note = open_for_window(folder / "sample.sqlite", "sample")
    window = MainWindow(store, note=note, analyst="Tester")
    window.show()
    while not window.is_ready:
        app.processEvents()
    return app, window


def run_events(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def close_and_end(window: MainWindow) -> None:
    """Close the window, say ``survived`` and end the process."""
    window.form.revert()
    window.participant_form.revert()
    window.close()
    print("survived", flush=True)
    sys.stdout.flush()
    os._exit(0)  # as the test run does: PySide6's own teardown is not what is tested


def run_worker(worker: str, folder: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    """``python -m tests.ui.WORKER FOLDER ARGUMENTS…``, run to its end, which
    must be a good one."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run([sys.executable, "-m", f"tests.ui.{worker}", str(folder), *arguments],
                         capture_output=True, text=True, timeout=300, env=environment,
                         cwd=Path(__file__).resolve().parents[2])
    assert run.returncode == 0, run.stderr[-2000:]
    return run


def printed_by(worker: str, folder: Path) -> list[str]:
    """The lines ``python -m tests.ui.WORKER FOLDER`` printed; it must end well."""
    return run_worker(worker, folder).stdout.split("\n")
