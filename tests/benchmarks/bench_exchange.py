"""Export and import of the 100k dataset beside ``sqlite-utils`` on the same data.

Each side runs as its own process; wall time and peak resident memory (polled
from /proc while it runs) are recorded for both.  ``sqlite-utils`` dumps or
loads one flat table; the project writes and reads the whole dataset (events
with participants, roles, tags, sources) and checks every value on import.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.common import Result, result

SQLITE_UTILS = Path(sys.executable).with_name("sqlite-utils")


def _run(command: list[str], output: Path | None = None) -> tuple[float, float]:
    """Wall seconds and peak resident MiB of a command."""
    out = output.open("wb") if output else subprocess.DEVNULL
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=out, stderr=subprocess.PIPE)
    peak = 0
    while process.poll() is None:
        try:
            for line in Path(f"/proc/{process.pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]))
        except (FileNotFoundError, ProcessLookupError):
            pass
        time.sleep(0.02)
    wall = time.perf_counter() - start
    if output:
        out.close()  # type: ignore[union-attr]
    if process.returncode != 0:
        assert process.stderr is not None
        raise RuntimeError(f"{command[:3]} failed: {process.stderr.read().decode()[-500:]}")
    return wall, peak / 1024


def _curator(*args: str) -> list[str]:
    return [sys.executable, "-m", "desktop", *args]


def run(db: Path) -> list[Result]:
    if not SQLITE_UTILS.exists():
        print("sqlite-utils is not installed: exchange benchmarks skipped", flush=True)
        return []
    results = []
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        exports = {}
        for kind, flag in (("json", "--nl"), ("csv", "--csv")):
            ours_file = work / f"ours.{kind}"
            theirs_file = work / f"theirs.{kind}"
            ours = _run(_curator("export", str(ours_file), "--db", str(db)))
            theirs = _run([str(SQLITE_UTILS), "rows", str(db), "events", flag], theirs_file)
            exports[kind] = (ours_file, theirs_file)
            results += [
                result(f"export_{kind}_100k_s", ours[0], theirs[0],
                       note=f"sqlite-utils rows {flag}: the events table alone"),
                result(f"export_{kind}_100k_peak_mib", ours[1], theirs[1], unit="MiB")]
        for kind, flag in (("json", "--nl"), ("csv", "--csv")):
            target = work / f"import-{kind}.sqlite"
            subprocess.run(_curator("init", "--db", str(target)), check=True,
                           capture_output=True)
            ours = _run(_curator("import", str(exports[kind][0]), "--db", str(target)))
            plain = work / f"plain-{kind}.sqlite"
            theirs = _run([str(SQLITE_UTILS), "insert", str(plain), "events",
                           str(exports[kind][1]), flag])
            results += [
                result(f"import_{kind}_100k_s", ours[0], theirs[0],
                       note=f"sqlite-utils insert {flag}: one flat table, no checks"),
                result(f"import_{kind}_100k_peak_mib", ours[1], theirs[1], unit="MiB")]
            shutil.rmtree(work / "backups", ignore_errors=True)
    return results
