"""Run as a separate process: open a window, wait for it to be drawn, report.

``python -m tests.benchmarks.startup_probe settings`` records the analyst's
name in the settings first.  ``... app DB`` starts the app's window on
DB the way ``curator`` does (``app.start_window``); ``... bare`` opens an empty
QMainWindow.  Prints the seconds from the probe's first line to the first
paint, the seconds to the window being ready (the store attached: filters,
forms, timeline, editing; the same as the first paint for the bare window),
and the peak resident memory in MiB.  Settings go to a folder of the caller's
choosing (XDG_CONFIG_HOME), so the analyst's own are neither read nor changed.
"""

from __future__ import annotations

import importlib.util
import resource
import sys
import time
from pathlib import Path
from typing import Any

STARTED = time.perf_counter()


def _peak_resident_mib() -> float:
    """VmHWM of this process (ru_maxrss would carry the parent's peak across exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _first_paint_helper() -> Any:
    """``desktop.ui.first_paint.after_first_paint``, the same mark on both
    sides, loaded from its file: importing it as ``desktop.ui.first_paint``
    would load the ``desktop.ui`` package and charge its imports to the bare
    window."""
    path = Path(__file__).resolve().parents[2] / "desktop" / "ui" / "first_paint.py"
    spec = importlib.util.spec_from_file_location("first_paint", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.after_first_paint


def main() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    after_first_paint = _first_paint_helper()

    marks: list[float] = []

    def report() -> None:
        marks.append(time.perf_counter() - STARTED)
        if len(marks) == 2:
            print(f"{marks[0]:.4f} {marks[1]:.4f} {_peak_resident_mib():.1f}", flush=True)
            app.quit()

    if sys.argv[1] == "app":
        from desktop.ui.app import application, start_window

        app = application()
        started = start_window(Path(sys.argv[2]), None)
        assert started is not None
        window: QMainWindow = started.window
        started.window.ready.connect(lambda: QTimer.singleShot(0, report))
    else:
        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.resize(1400, 820)
        window.show()
        after_first_paint(window, report)
    # The mark is set once the first frame's paint is over (the window's own
    # work waiting for that moment comes a turn later).
    after_first_paint(window, report)
    app.exec()
    if sys.argv[1] == "app":
        started.close()


def prepare_settings() -> None:
    """Run once before the probes: the analyst's name is known (as on any
    start but the first), so no question holds the window up."""
    from desktop.ui.app import application
    from desktop.ui.preferences import set_analyst_name

    application()
    set_analyst_name("Benchmark")


if __name__ == "__main__":
    if sys.argv[1] == "settings":
        prepare_settings()
    else:
        main()
