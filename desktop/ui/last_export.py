"""The day the dataset was last exported for a colleague (a JSON document or
a Data Package, from the window), remembered per database in the settings:
"Changed here since" offers it, so that the next file sent holds what
changed since the last one."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings

_KEY = "exchange/last_export"
_KEPT = 50  # databases remembered; the oldest are forgotten past it
LOSSLESS = frozenset(("json", "datapackage"))  # what a colleague merges back


def _remembered() -> dict[str, list[str]]:
    try:
        data = json.loads(str(QSettings().value(_KEY, "") or "{}"))
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def remember_export(database: Path, file: Path) -> None:
    data = _remembered()
    key = str(database.resolve())
    data.pop(key, None)  # to the end: the most recent last
    data[key] = [date.today().isoformat(), file.name]
    kept = dict(list(data.items())[-_KEPT:])
    QSettings().setValue(_KEY, json.dumps(kept, ensure_ascii=False))


def last_export(database: Path) -> tuple[date, str] | None:
    """The day of the last export from ``database`` and the file's name."""
    found = _remembered().get(str(database.resolve()))
    try:
        return date.fromisoformat(found[0]), str(found[1])  # type: ignore[index]
    except (TypeError, ValueError, IndexError):
        return None
