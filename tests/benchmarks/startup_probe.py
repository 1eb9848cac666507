"""Run as a separate process: open a window, wait for it to be drawn, report.

``python -m tests.benchmarks.startup_probe app DB`` opens the app's main window
on DB; ``... bare`` opens an empty QMainWindow.  Prints the seconds from process
start to the first paint, and the peak resident memory in MiB.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

STARTED = time.perf_counter()


def _peak_resident_mib() -> float:
    """VmHWM of this process (ru_maxrss would carry the parent's peak across exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    if sys.argv[1] == "app":
        from desktop.core.db import open_store
        from desktop.ui.main_window import MainWindow

        window: QMainWindow = MainWindow(open_store(Path(sys.argv[2])))
    else:
        window = QMainWindow()
        window.resize(1400, 820)
    window.show()

    def report() -> None:
        seconds = time.perf_counter() - STARTED
        peak_mib = _peak_resident_mib()
        print(f"{seconds:.4f} {peak_mib:.1f}", flush=True)
        app.quit()

    QTimer.singleShot(0, report)  # runs once the first paint events are processed
    app.exec()


if __name__ == "__main__":
    main()
