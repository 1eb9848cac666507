"""Build the one-folder application with PyInstaller and check it runs.

``python packaging/build.py`` (``make package``) writes
``dist/engagement-curator/`` — the ``curator`` program with everything it
needs — then runs ``curator --version`` and ``curator --smoke`` from the
bundle, from another folder, and prints the bundle's size.  The same command
builds a windowed application on Windows (``curator.exe``) and macOS
(``Engagement Curator.app``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "engagement-curator.spec"


def bundle_size(folder: Path) -> int:
    """Bytes on disk (links to libraries inside the bundle counted once)."""
    return sum(path.stat().st_size for path in folder.rglob("*")
               if path.is_file() and not path.is_symlink())


def build(dist: Path, work: Path) -> Path:
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
                   check=True, cwd=ROOT)
    return dist / "engagement-curator"


def program(bundle: Path) -> Path:
    name = "curator.exe" if sys.platform == "win32" else "curator"
    return bundle / name


def check(bundle: Path) -> None:
    """Run the bundle from a folder far from the checkout, as an analyst would."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as elsewhere:
        for args in (["--version"], ["--smoke"]):
            result = subprocess.run([str(program(bundle)), *args], cwd=elsewhere, env=env,
                                    capture_output=True, text=True, timeout=300)
            if result.returncode != 0:
                raise SystemExit(f"curator {' '.join(args)} failed in the bundle:\n"
                                 f"{result.stdout}{result.stderr}")
            print(result.stdout.strip())


def main() -> int:
    bundle = build(ROOT / "dist", ROOT / "build" / "pyinstaller")
    check(bundle)
    print(f"{bundle}: {bundle_size(bundle) / 1024 / 1024:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
