"""Where the bundled resources (sample dataset, schema, icons) live.

In a checkout they are in ``resources/`` beside the package; an installed
wheel carries the same folder as the package ``desktop.resources``.
"""

from __future__ import annotations

from pathlib import Path

import desktop

_PACKAGE_DIR = Path(desktop.__file__).resolve().parent
_MARKER = Path("sample") / "sample.json"


def resources_dir() -> Path:
    for candidate in (_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"):
        if (candidate / _MARKER).is_file():
            return candidate
    raise FileNotFoundError("the app's resources folder is missing from this installation")


def resource(relative: str) -> Path:
    return resources_dir() / relative


def sample_path() -> Path:
    return resources_dir() / _MARKER
