"""PySide6's import hook, made to read a module's file rather than keep it.

Once PySide6 is loaded, shiboken looks at every module imported after it for
the word "PySide6" (to know which modules may use its ``__feature__``
switches), through ``inspect.getsource``: the whole source of each, SQLAlchemy
and the app's own included, stays in ``linecache`` for the life of the
process — 600 files, ~23 MiB of the window's ~184 MiB at 100 000 events.  The
same question is answered here from the file's bytes, and nothing is kept.
Where shiboken has no such function (another version), nothing is changed.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6  # noqa: F401  (shiboken installs its import hook with it)


def read_sources_without_keeping_them() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original) or getattr(original, "reads_file", False):
        return

    def mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(original(module))  # a built-in or compiled module: as shiboken asks
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(original(module))

    mod_uses_pyside.reads_file = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = mod_uses_pyside  # type: ignore[attr-defined]
