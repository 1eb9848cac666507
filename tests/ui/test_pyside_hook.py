"""Modules imported after PySide6 are not kept in memory as source text (600
files, ~23 MiB of the window at 100 000 events), and PySide6 still knows which
of them use it."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

import pytest

import desktop.ui  # noqa: F401  (installs the reading)


def test_a_module_imported_later_is_read_but_not_kept(qapp: object, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    plain = tmp_path / "plain_module_for_hook.py"
    plain.write_text("VALUE = 1\n", encoding="utf-8")
    qt = tmp_path / "qt_module_for_hook.py"
    qt.write_text("from PySide6.QtCore import QObject\n\nVALUE = QObject\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    # An import statement, as the app's are (shiboken's hook is on __import__).
    modules = {name: __import__(name) for name in ("plain_module_for_hook", "qt_module_for_hook")}
    for name in modules:
        monkeypatch.delitem(sys.modules, name)
    assert str(plain) not in linecache.cache and str(qt) not in linecache.cache
    # PySide6 still tells the module that uses it from the one it may ignore.
    uses_pyside = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    assert uses_pyside(modules["qt_module_for_hook"])
    assert not uses_pyside(modules["plain_module_for_hook"])
