"""Property-based fuzzing of the importers: whatever the file holds, the import
ends with a message (or a clean import), never an uncaught exception, and a
refused import changes nothing in the database."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import sqlite3
import tempfile
import zipfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.cli import main
from desktop.core.bootstrap import create_database
from desktop.core.exchange.csv_export import EVENT_COLUMNS

FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
TABLES = ("events", "participants", "event_participants", "sources", "event_tags", "tags")


def _digest(path: Path) -> str:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        for table in TABLES:
            for row in connection.execute(f"SELECT * FROM {table} ORDER BY 1"):
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        connection.close()


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One sample database for every example of the module: a refused import
    leaves it unchanged, which is what every example checks."""
    path = tmp_path_factory.mktemp("fuzz") / "fuzz.sqlite"
    create_database(path, sample=True).close()
    return path


def _import(database: Path, name: str, content: bytes) -> tuple[int, str]:
    """Run ``curator import`` on a file with this content; return the status
    and what it printed on stderr.  A refused import must leave the database
    exactly as it was."""
    before = _digest(database)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(content)
        errors, output = io.StringIO(), io.StringIO()
        with redirect_stderr(errors), redirect_stdout(output):
            status = main(["import", str(path), "--db", str(database), "--on-conflict", "ours"])
    if status != 0:
        assert errors.getvalue().startswith("curator: "), errors.getvalue()
        assert _digest(database) == before
    return status, errors.getvalue()


def _json_value() -> st.SearchStrategy[Any]:
    scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
    return st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                        | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)


@FUZZ
@given(st.binary(max_size=2000), st.sampled_from(["data.json", "data.csv", "data.zip"]))
def test_random_bytes_are_refused_with_a_message(database: Path, content: bytes,
                                                 name: str) -> None:
    _import(database, name, content)


@FUZZ
@given(st.dictionaries(st.sampled_from(["format_version", "events", "participants",
                                         "vocabularies", "exported_at", "app"]),
                       _json_value(), max_size=6),
       st.sampled_from(["", "\ufeff", "  \n"]))
def test_random_json_documents_are_refused_with_a_message(database: Path,
                                                          document: dict[str, Any],
                                                          prefix: str) -> None:
    content = (prefix + json.dumps(document, ensure_ascii=False)).encode("utf-8")
    _import(database, "document.json", content)


@FUZZ
@given(st.lists(st.dictionaries(st.sampled_from(["id", "title", "date", "country", "seq",
                                                  "participants", "links", "sources"]),
                                _json_value(), max_size=8), max_size=5),
       st.lists(st.dictionaries(st.sampled_from(["id", "name", "kind", "aliases"]),
                                _json_value(), max_size=4), max_size=3))
def test_json_with_malformed_records_is_refused_whole(database: Path, events: list[Any],
                                                      participants: list[Any]) -> None:
    document = {"format_version": 1, "events": events, "participants": participants}
    _import(database, "records.json", json.dumps(document).encode())


@pytest.fixture(scope="module")
def sample_document(database: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample dataset as the app exports it: a document that imports
    (its path: a failing example's report shows it)."""
    path = tmp_path_factory.mktemp("document") / "sample.json"
    with redirect_stdout(io.StringIO()):
        assert main(["export", str(path), "--db", str(database)]) == 0
    return path


def _places(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON value, as the keys and indexes that reach it."""
    inner = (node.items() if isinstance(node, dict)
             else enumerate(node) if isinstance(node, list) else ())
    return [path, *(place for key, value in inner for place in _places(value, (*path, key)))]


_LEFT_OUT = object()


@FUZZ
@given(st.lists(st.tuples(st.integers(min_value=1), st.just(_LEFT_OUT) | _json_value()),
                min_size=1, max_size=3),
       st.booleans())
def test_a_document_changed_in_a_few_places_is_refused_or_imported(
        database: Path, sample_document: Path, tmp_path_factory: pytest.TempPathFactory,
        changes: list[tuple[int, Any]], into_ours: bool) -> None:
    """The app's own document with a value replaced or left out here and
    there (a script's or a hand's slip), imported into the database it came
    from (every record one of ours) or into an empty one (every record new)."""
    document = json.loads(sample_document.read_text(encoding="utf-8"))
    for number, value in changes:
        places = _places(document)[1:]
        *above, last = places[number % len(places)]
        parent = document
        for key in above:
            parent = parent[key]
        if value is _LEFT_OUT:
            parent.pop(last)
        else:
            parent[last] = value
    target = tmp_path_factory.mktemp("target") / "target.sqlite"
    if into_ours:
        shutil.copyfile(database, target)
    else:
        create_database(target).close()
    _import(target, "document.json", json.dumps(document, ensure_ascii=False).encode())


_CELL = st.text(alphabet=st.characters(codec="utf-8"), max_size=40)


@FUZZ
@given(st.lists(st.sampled_from([*EVENT_COLUMNS, "标题", "日期", "x", ""]),
                min_size=1, max_size=8),
       st.lists(st.lists(_CELL, max_size=9), max_size=6),
       st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1"]),
       st.sampled_from(["\r\n", "\n", "\r"]))
def test_random_csv_tables_never_crash(database: Path, headers: list[str],
                                       rows: list[list[str]],
                                       encoding: str, newline: str) -> None:
    def line(cells: list[str]) -> str:
        return ",".join('"' + cell.replace('"', '""') + '"' for cell in cells)

    text = newline.join([line(headers), *(line(row) for row in rows)])
    try:
        content = text.encode(encoding)
    except UnicodeEncodeError:
        content = text.encode("utf-8", "surrogatepass")
    _import(database, "table.csv", content)


@pytest.fixture(scope="module")
def sent_files(database: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """A workbook of each kind the app reads, as Excel, LibreOffice and an
    office of 2003 save them, and a zipped Data Package."""
    from tests.exchange.test_other_spreadsheets import old_workbook, opendocument

    folder = tmp_path_factory.mktemp("sent")
    with redirect_stdout(io.StringIO()):
        for name in ("events.xlsx", "events.zip"):
            assert main(["export", str(folder / name), "--db", str(database)]) == 0
    old_workbook(folder / "events.xls")
    opendocument(folder / "events.ods")
    return {path.suffix: path.read_bytes() for path in folder.iterdir()}


@FUZZ
@given(st.sampled_from([".xlsx", ".xls", ".ods", ".zip"]),
       st.sampled_from([".xlsx", ".xls", ".zip", ".dat"]),
       st.floats(min_value=0, max_value=1),
       st.lists(st.tuples(st.floats(min_value=0, max_value=1), st.integers(0, 255)),
                max_size=12))
def test_a_damaged_workbook_or_package_is_refused_with_a_message(
        database: Path, sent_files: dict[str, bytes], kind: str, name: str, kept: float,
        changed: list[tuple[float, int]]) -> None:
    """A download cut short or a byte changed on the way, under its own name
    or another ("report.xls" that is an .xlsx); python-calamine's reader
    panicked on some damaged .xls files, openpyxl's on many .xlsx, and a
    package's part that did not unzip stopped the import."""
    content = bytearray(sent_files[kind])
    for place, value in changed:
        content[int(place * (len(content) - 1))] = value
    _import(database, f"events{name}", bytes(content[:max(1, int(kept * len(content)))]))


_PARTICIPANT_CELL = (st.sampled_from(["", "person", "organization", "country", "group",
                                       "NDRC", "国家发展和改革委员会", "CN", "China", "=1+1",
                                       "ASEAN; 东盟", "a (b)", "government", "Minister"])
                     | _CELL)


@FUZZ
@given(st.lists(st.sampled_from(["name", "native name", "aliases", "kind", "type", "parent",
                                 "affiliation", "country", "position", "org type", "notes",
                                 "id", "姓名", "别名", ""]), min_size=2, max_size=7),
       st.lists(st.lists(_PARTICIPANT_CELL, max_size=8), max_size=6))
def test_random_participant_tables_never_crash(database: Path, headers: list[str],
                                               rows: list[list[str]]) -> None:
    def line(cells: list[str]) -> str:
        return ",".join('"' + cell.replace('"', '""') + '"' for cell in cells)

    text = "\n".join([line(headers), *(line(row) for row in rows)])
    path_name = "people.csv"
    content = text.encode("utf-8", "surrogatepass")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / path_name
        path.write_bytes(content)
        target = Path(folder) / "target.sqlite"
        shutil.copyfile(database, target)
        errors = io.StringIO()
        with redirect_stderr(errors), redirect_stdout(io.StringIO()):
            status = main(["import", str(path), "--participants", "--db", str(target),
                           "--on-conflict", "theirs"])
        assert status == 0 or errors.getvalue().startswith("curator: "), errors.getvalue()


@FUZZ
@given(st.dictionaries(st.sampled_from(["datapackage.json", "events.csv", "participants.csv",
                                         "event_participants.csv", "sources.csv",
                                         "../../escape.txt", "/abs.txt"]),
                       st.binary(max_size=300), max_size=6))
def test_random_data_package_zips_never_crash_nor_write_outside(database: Path,
                                                               files: dict[str, bytes]
                                                               ) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    _import(database, "package.zip", buffer.getvalue())
    assert not (database.parent.parent / "escape.txt").exists()
    assert not Path("/abs.txt").exists()
