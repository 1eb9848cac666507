"""Start-up to an interactive window on the 100k database, and its memory,
beside a bare PySide6 window process measured in the same run."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.benchmarks.common import Result, result

RUNS = 7


def _probe(settings: Path, *args: str) -> tuple[float, float, float]:
    """Seconds from the probe's first line to its first paint and to the
    store being attached (the same Python start-up and exit costs are left out
    of both sides), and peak MiB."""
    env = {**os.environ, "XDG_CONFIG_HOME": str(settings)}
    output = subprocess.run([sys.executable, "-m", "tests.benchmarks.startup_probe", *args],
                            capture_output=True, text=True, check=True, timeout=120,
                            env=env).stdout
    painted, ready, peak = output.split()
    return float(painted), float(ready), float(peak)


def run(db: Path) -> list[Result]:
    # An installed app runs from byte-compiled modules (pip compiles them); a
    # checkout run with PYTHONDONTWRITEBYTECODE would recompile on every start.
    import compileall

    compileall.compile_dir(Path(__file__).resolve().parents[2] / "desktop", quiet=1)
    with tempfile.TemporaryDirectory(prefix="curator-settings-") as folder:
        settings = Path(folder)
        subprocess.run(
            [sys.executable, "-m", "tests.benchmarks.startup_probe", "settings"], check=True,
            env={**os.environ, "XDG_CONFIG_HOME": str(settings)}, timeout=60)
        _probe(settings, "app", str(db))  # makes the day's on-opening backup, if due
        # Taken in turns, so that the machine's drift during the runs weighs on
        # both sides alike.
        app, bare = [], []
        for _ in range(RUNS):
            app.append(_probe(settings, "app", str(db)))
            bare.append(_probe(settings, "bare"))
    bare_paint = statistics.median(p for p, _, _ in bare)
    return [
        result("list_startup_window_100k_s", statistics.median(p for p, _, _ in app),
               bare_paint, note="first line of the program to the first paint of the "
               "window with the list (scrolls, sorts, takes typing); baseline: bare "
               "PySide6 window"),
        result("list_startup_ready_100k_s", statistics.median(r for _, r, _ in app),
               bare_paint, note="to the store attached (filters, forms, timeline, "
               "editing); baseline: bare PySide6 window's first paint"),
        result("list_memory_100k_mib", statistics.median(m for _, _, m in app),
               statistics.median(m for _, _, m in bare), unit="MiB",
               note="peak resident memory; baseline: bare PySide6 window"),
    ]
