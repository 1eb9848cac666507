"""A JSON list of records from anywhere, read as a table of events.

A colleague's script or notebook writes its events as a list of objects
(``pandas.DataFrame.to_json(orient="records")``), as JSON Lines, one object a
line, or inside an object ({"data": [...]}, as an API answers).  None is the
app's own document (an object with ``"format": "engagement-curator"``, which
keeps its ids and children).  Such a file is written out as a CSV table, as a
workbook's sheet is, and goes through the same steps: columns guessed and
mapped, each value checked, the rows that cannot be read listed by their
place in the list ("row 3" is the third record, or the third line).

A record's keys are the columns, in the order they first appear.  A list of
values is one cell, its values parted by "; " as the app writes participants
and tags, and so is a list of objects that each give a name, with its role in
brackets ("NDRC (host)"); an object inside a record gives a column for each of
its keys ("location.city"); anything deeper is kept as its JSON text.
"""

from __future__ import annotations

import csv
import re
from array import array
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import orjson

from desktop.core.changes import Problem, ValidationError
from desktop.core.exchange.workbook_table import (
    SheetTable,
    file_key,
    new_scratch_file,
    safe_stem,
    scratch_folder,
)

_BOM = b"\xef\xbb\xbf"
_SPACE = b" \t\r\n"
_PEEK = 1 << 16  # bytes read to tell a list of records from the app's document
MAX_LISTED = 20  # records named in a refusal


def is_records_json(path: Path) -> bool:
    """A JSON list of objects, JSON Lines of objects, or an object without a
    "format" holding one such list ({"data": [...]}, as an API answers): not
    the app's document, an object with its "format" (and never a list)."""
    try:
        with path.open("rb") as handle:
            start = handle.read(_PEEK)
    except OSError:
        return False
    start = start.removeprefix(_BOM).lstrip(_SPACE)
    if start[:1] == b"[":
        return start[1:].lstrip(_SPACE)[:1] in (b"{", b"]")
    if start[:1] != b"{":
        return False
    lines = [line for line in start.splitlines() if line.strip()]
    if len(lines) >= 2 and lines[1].lstrip(_SPACE).startswith(b"{"):
        try:
            first = orjson.loads(lines[0])
        except orjson.JSONDecodeError:
            first = None
        if isinstance(first, dict):
            return "format" not in first  # JSON Lines
    if _FORMAT_FIRST.match(start):
        return False  # the app's document, as it writes it: read no further
    return _records_in_object(path) is not None


# The app's document begins with its "format" (json_export).
_FORMAT_FIRST = re.compile(rb'\{\s*"format"\s*:')


def _records_in_object(path: Path) -> list[Any] | None:
    """The one list of objects an object without a "format" holds, if it
    holds one (read once per state of the file)."""
    key = file_key(path)
    if key not in _IN_OBJECT:
        found = None
        try:
            whole = orjson.loads(path.read_bytes().removeprefix(_BOM))
        except (OSError, orjson.JSONDecodeError):
            whole = None
        if isinstance(whole, dict) and "format" not in whole:
            lists = [value for value in whole.values() if isinstance(value, list) and value
                     and all(isinstance(item, dict) for item in value)]
            found = lists[0] if len(lists) == 1 else None
        _IN_OBJECT.clear()  # one file's records held at a time
        _IN_OBJECT[key] = found
    return _IN_OBJECT[key]


_IN_OBJECT: dict[tuple[Path, int, int], list[Any] | None] = {}


_TABLES: dict[tuple[Path, int, int], SheetTable] = {}


def records_table(path: Path) -> SheetTable:
    """The file's records as a CSV table, written the first time it is asked
    for and again whenever the file changes."""
    key = file_key(path)
    table = _TABLES.get(key)
    if table is None or not table.csv.exists():
        table = _TABLES[key] = _write_table(path)
    return table


def _records(path: Path) -> Callable[[], Iterator[Any]]:
    """The file's records, as often as asked: a list is read whole (JSON has
    no way to read a list a part at a time); JSON Lines a line at a time, from
    the file each time, however long it is."""
    with path.open("rb") as handle:
        first = handle.read(_PEEK).removeprefix(_BOM).lstrip(_SPACE)[:1]
    if first == b"{" and (inside := _records_in_object(path)) is not None:
        return lambda: iter(inside)
    if first == b"[":
        try:
            records = orjson.loads(path.read_bytes().removeprefix(_BOM))
        except orjson.JSONDecodeError as exc:
            raise ValidationError.single(path.name, f"cannot be read as JSON: {exc}") from exc
        return lambda: iter(records)

    def lines() -> Iterator[Any]:
        with path.open("rb") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    yield orjson.loads(line.removeprefix(_BOM) if number == 1 else line)
                except orjson.JSONDecodeError as exc:
                    raise ValidationError.single(f"{path.name} line {number}",
                                                 f"cannot be read as JSON: {exc}") from exc
    return lines


def _cells(record: dict[str, Any]) -> Iterator[tuple[str, str]]:
    for key, value in record.items():
        if isinstance(value, dict):
            for inner, deeper in value.items():
                yield f"{key}.{inner}", _cell(deeper)
        else:
            yield str(key), _cell(value)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list) and all(
            item is None or isinstance(item, str | int | float) for item in value):
        return "; ".join(_cell(item) for item in value if item is not None)
    if isinstance(value, list) and value and all(
            isinstance(item, dict) and _named(item) for item in value):
        return "; ".join(_named(item) for item in value)
    return orjson.dumps(value).decode()


# The keys an object in a list names its thing by, and its role by: a
# participants list written as [{"name": "NDRC", "role": "host"}, …].
_NAME_KEYS = ("name", "title", "label", "participant", "organisation", "organization",
              "person", "名称", "姓名")
_ROLE_KEYS = ("role", "roles", "capacity", "角色")


def _named(item: dict[str, Any]) -> str:
    """An object of a list as one value: its name, with its role in brackets
    as a cell writes it ("NDRC (host)"); "" when it has no name."""
    keys = {str(key).casefold(): value for key, value in item.items()}
    name = next((keys[key] for key in _NAME_KEYS
                 if isinstance(keys.get(key), str) and keys[key].strip()), None)
    if name is None:
        return ""
    role = next((keys[key] for key in _ROLE_KEYS
                 if isinstance(keys.get(key), str) and keys[key].strip()), None)
    return f"{name.strip()} ({role.strip()})" if role else name.strip()


def _write_table(path: Path) -> SheetTable:
    records = _records(path)
    misshapen = [Problem(f"{path.name} row {number}", "is not an object of named values")
                 for number, record in enumerate(records(), start=1)
                 if not isinstance(record, dict)]
    if misshapen:
        raise ValidationError(misshapen[:MAX_LISTED])
    headers = list(dict.fromkeys(name for record in records() for name, _ in _cells(record)))
    if not headers:
        raise ValidationError.single(path.name, "holds no records")
    target = new_scratch_file(scratch_folder(), safe_stem(path.stem))
    numbers = array("l")  # each row's place in the list (a record of empty values is passed over)
    with target.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(headers)
        for number, record in enumerate(records(), start=1):
            row = dict(_cells(record))
            if any(row.values()):
                writer.writerow([row.get(name, "") for name in headers])
                numbers.append(number)
    return SheetTable(target, path.name, numbers, 1)
