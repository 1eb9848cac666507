"""The built wheel carries everything: resources, migrations, the sample.

Builds the wheel, installs it into a fresh virtual environment and runs the
installed ``curator`` from a folder far from the checkout.  The fresh
environment borrows the already installed third-party packages through a
``.pth`` line (so the test needs no network), but not the project itself.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True,
                          timeout=300, check=False)


def test_wheel_installs_and_runs_init_and_stats(tmp_path: Path) -> None:
    # Build from a copy: setuptools reuses a build/ folder, which in a checkout
    # may hold modules that no longer exist.
    source = tmp_path / "source"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("desktop", "resources"):
        shutil.copytree(ROOT / name, source / name, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    dist = tmp_path / "dist"
    built = _run(sys.executable, "-m", "build", "--wheel", "--no-isolation",
                 "--outdir", dist, source, cwd=tmp_path)
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = dist.glob("engagement_curator-*.whl")

    fresh = tmp_path / "fresh"
    venv.create(fresh, with_pip=False)
    python = fresh / "bin" / "python"
    site = Path(_run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                     cwd=tmp_path).stdout.strip())
    (site / "borrowed-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    installed = _run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps",
                     "--no-index", wheel, cwd=tmp_path)
    assert installed.returncode == 0, installed.stderr[-2000:]

    work = tmp_path / "elsewhere"
    work.mkdir()
    where = _run(python, "-c", "import desktop; print(desktop.__file__)", cwd=work)
    assert where.stdout.startswith(str(fresh)), where.stdout + where.stderr
    curator = fresh / "bin" / "curator"
    init = _run(curator, "init", "--db", work / "d.sqlite", "--sample", cwd=work)
    assert init.returncode == 0, init.stderr[-2000:]
    stats = _run(curator, "stats", "--db", work / "d.sqlite", cwd=work)
    assert stats.returncode == 0, stats.stderr[-2000:]
    assert "Events: 8" in stats.stdout.splitlines()
    smoke = subprocess.run([str(curator), "--smoke"], cwd=work, capture_output=True, text=True,
                           timeout=300, check=False,
                           env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert smoke.returncode == 0, smoke.stderr[-2000:]
    assert "Smoke test passed" in smoke.stdout and "Timeline" in smoke.stdout
    assert "Who works with whom" in smoke.stdout  # igraph installed with the wheel
    # openpyxl, python-calamine, pypdf and trafilatura installed with the wheel
    assert "a workbook, a spreadsheet, a PDF's text and a web page's article read" in smoke.stdout
    modules = ("import pkgutil, desktop; print(sorted(m.name for m in "
               "pkgutil.walk_packages(desktop.__path__, 'desktop.')))")
    assert _run(python, "-c", modules, cwd=work).stdout == _run(
        sys.executable, "-c", modules, cwd=ROOT).stdout
    for name in ("icons/engagement-curator.svg", "schema/engagement-curator-1.schema.json",
                 "sample/sample.json"):
        found = _run(python, "-c", "from desktop.core.resources import resource; "
                     f"print(resource({name!r}).is_file())", cwd=work)
        assert found.stdout.strip() == "True", name
