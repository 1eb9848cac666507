"""The application bundle and the Linux desktop integration."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from types import ModuleType

import pytest

from desktop import __version__

ROOT = Path(__file__).resolve().parents[1]


def _load_build_script() -> ModuleType:
    """packaging/build.py (a script, not a module of the app)."""
    spec = importlib.util.spec_from_file_location("build_script", ROOT / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_script = _load_build_script()
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.engagementcurator.EngagementCurator"


def test_the_bundle_builds_and_runs_from_anywhere(tmp_path: Path) -> None:
    bundle = build_script.build(tmp_path / "dist", tmp_path / "work")
    build_script.check(bundle)  # --version and --smoke from another folder; raises on failure
    version = subprocess.run([str(bundle / "curator"), "--version"], capture_output=True,
                             text=True, timeout=120, cwd=tmp_path, check=True)
    assert version.stdout.strip() == f"curator {__version__}"
    # what loads only when needed is bundled too: the code-page guess for a CSV table
    sheet = tmp_path / "gbk.csv"
    sheet.write_bytes("标题,日期\r\n论坛,2025\r\n".encode("gb18030"))
    subprocess.run([str(bundle / "curator"), "init", "--db", str(tmp_path / "d.sqlite")],
                   capture_output=True, timeout=120, check=True)
    guessed = subprocess.run([str(bundle / "curator"), "import", str(sheet), "--db",
                              str(tmp_path / "d.sqlite")], capture_output=True, text=True,
                             timeout=120, check=False)
    assert "is not UTF-8 text: it reads as GB18030" in guessed.stderr, guessed.stderr
    assert (bundle / "_internal" / "desktop" / "resources" / "sample" / "sample.json").is_file()
    assert not list(bundle.rglob("libQt6Network*")) and not list(bundle.rglob("libQt6Qml*"))
    # ~310 MiB: numpy ~42 of it, GeoNames' towns ~28 (the package's other lists left
    # out), reading a web page's article ~18 (lxml, trafilatura; Babel's locales left out)
    assert build_script.bundle_size(bundle) < 320 * 1024 * 1024
    assert [path.name for path in bundle.rglob("cities*.json")] == ["cities5000.json"]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-utils is not installed")
def test_the_desktop_entry_is_valid() -> None:
    result = subprocess.run(["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream is not installed")
def test_the_appstream_metainfo_is_valid() -> None:
    result = subprocess.run(["appstreamcli", "validate", "--no-net",
                             str(LINUX / f"{APP_ID}.metainfo.xml")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_files_agree_with_the_app() -> None:
    entry = (LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert "Exec=curator --open %f" in entry and "Icon=engagement-curator" in entry
    assert "application/x-engagement-curator+json" in entry
    meta = ElementTree.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.find("releases/release").get("version") == __version__  # type: ignore[union-attr]
    for image in meta.iterfind("screenshots/screenshot/image"):
        assert (ROOT / "resources" / "screenshots" / Path(image.text or "").name).is_file()
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert (ROOT / "resources" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
                / "engagement-curator.png").is_file()
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## {__version__}" in changelog


def test_the_mime_magic_recognises_an_export(tmp_path: Path) -> None:
    from desktop.cli import main

    database, export = tmp_path / "d.sqlite", tmp_path / "colleague.json"
    assert main(["init", "--sample", "--db", str(database)]) == 0
    assert main(["export", str(export), "--db", str(database)]) == 0
    mime = ElementTree.parse(LINUX / f"{APP_ID}.mime.xml").getroot()
    match = next(mime.iter("{http://www.freedesktop.org/standards/shared-mime-info}match"))
    first, last = (int(part) for part in match.get("offset", "0:0").split(":"))
    head = export.read_bytes()[: last + 64]
    assert head.find(match.get("value", "").encode(), first) != -1
