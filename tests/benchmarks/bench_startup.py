"""Start-up to an interactive window on the 100k database, and its memory,
beside a bare PySide6 window process measured in the same run."""

from __future__ import annotations

import statistics
import subprocess
import sys
from pathlib import Path

from tests.benchmarks.common import Result, result


def _probe(*args: str) -> tuple[float, float]:
    """Seconds from the probe's first line to its first paint (the same Python
    start-up and exit costs are left out of both sides), and peak MiB."""
    output = subprocess.run([sys.executable, "-m", "tests.benchmarks.startup_probe", *args],
                            capture_output=True, text=True, check=True, timeout=120).stdout
    inside, peak = output.split()
    return float(inside), float(peak)


def run(db: Path) -> list[Result]:
    # An installed app runs from byte-compiled modules (pip compiles them); a
    # checkout run with PYTHONDONTWRITEBYTECODE would recompile on every start.
    import compileall

    compileall.compile_dir(Path(__file__).resolve().parents[2] / "desktop", quiet=1)
    app = [_probe("app", str(db)) for _ in range(3)]
    bare = [_probe("bare") for _ in range(3)]
    return [
        result("list_startup_window_100k_s", statistics.median(w for w, _ in app),
               statistics.median(w for w, _ in bare),
               note="first line of the program to first paint; baseline: bare PySide6 window"),
        result("list_memory_100k_mib", statistics.median(m for _, m in app),
               statistics.median(m for _, m in bare), unit="MiB",
               note="peak resident memory; baseline: bare PySide6 window"),
    ]
