"""events.csv and the JSON document built by this process and a helper, each
every other block of events: the same bytes as one process writes, from one
snapshot, and nothing left running when the export is cancelled."""

from __future__ import annotations

import io
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.exchange import two_readers
from desktop.core.exchange.csv_export import write_events_csv
from desktop.core.filters import ChosenEvents
from desktop.core.models import Event
from desktop.core.operations import Operations
from tests.exchange.test_csv import _expected_lines


class _Stop(Exception):
    pass


@pytest.fixture
def helpers(monkeypatch: pytest.MonkeyPatch) -> list[subprocess.Popen[bytes]]:
    """Blocks of one event, so that the sample's eight are shared out; the
    helpers started, for the tests to look at."""
    monkeypatch.setattr(two_readers, "BLOCK", 1)
    started: list[subprocess.Popen[bytes]] = []
    popen = subprocess.Popen

    def recording(*args: Any, **kwargs: Any) -> subprocess.Popen[bytes]:
        started.append(popen(*args, **kwargs))
        return started[-1]

    monkeypatch.setattr(two_readers.subprocess, "Popen", recording)
    return started


def _export(store: Store, scope: Any = None, progress: Any = None) -> bytes:
    out = io.BytesIO()
    with store.session() as session:
        write_events_csv(session, out, scope, progress=progress)
    return out.getvalue()


def _ids(store: Store) -> list[str]:
    with store.session() as session:
        return list(session.scalars(select(Event.id).order_by(Event.seq)))


def test_the_helper_and_this_process_write_the_table_one_process_writes(
        sample_store: Store, helpers: list[subprocess.Popen[bytes]]) -> None:
    ops = Operations(sample_store, "Test Analyst")
    ops.delete_events([_ids(sample_store)[3]])  # a gap in the order
    written = _export(sample_store)
    assert len(helpers) == 1 and helpers[0].returncode == 0
    assert written == _expected_lines(sample_store)
    assert written.count(b"\r\n") == 1 + 7


def test_chosen_events_are_shared_out_too(sample_store: Store,
                                          helpers: list[subprocess.Popen[bytes]]) -> None:
    every = _ids(sample_store)
    chosen = [every[7], every[0], every[2], every[4], every[5], every[6]]
    written = _export(sample_store, ChosenEvents(tuple(chosen)))
    assert len(helpers) == 1
    in_order = [event_id for event_id in every if event_id in chosen]
    assert written == _expected_lines(sample_store, in_order)


def test_an_edit_saved_during_the_export_is_not_in_it(
        sample_store: Store, helpers: list[subprocess.Popen[bytes]]) -> None:
    """Both sides read the file as it was when the export began."""
    before = _expected_lines(sample_store)
    last = _ids(sample_store)[-1]
    ops = Operations(sample_store, "Test Analyst")

    def edit_once(done: int, _total: int) -> None:
        if done == 1:
            ops.update_event(last, {"title": "Renamed while exporting"})

    written = _export(sample_store, progress=edit_once)
    assert len(helpers) == 1
    assert written == before and b"Renamed while exporting" not in written
    assert b"Renamed while exporting" in _export(sample_store)


def test_a_cancelled_export_leaves_no_helper_and_the_file_free(
        sample_store: Store, helpers: list[subprocess.Popen[bytes]]) -> None:
    def cancel(done: int, _total: int) -> None:
        if done >= 2:
            raise _Stop

    with pytest.raises(_Stop):
        _export(sample_store, progress=cancel)
    assert len(helpers) == 1 and helpers[0].returncode is not None  # ended, and waited for
    ops = Operations(sample_store, "Test Analyst")
    ops.update_event(_ids(sample_store)[0], {"title": "Edited after the cancel"})
    assert b"Edited after the cancel" in _export(sample_store)


def test_while_another_program_writes_this_process_writes_alone(
        sample_store: Store, helpers: list[subprocess.Popen[bytes]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(two_readers, "_LOCK_WAIT_S", 0.05)
    path = Path(sample_store.path)
    writer = sqlite3.connect(path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        written = _export(sample_store)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert helpers == []
    assert written == _expected_lines(sample_store)


def test_a_helper_that_cannot_start_leaves_its_blocks_to_this_process(
        sample_store: Store, helpers: list[subprocess.Popen[bytes]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(*_args: Any, **_kwargs: Any) -> subprocess.Popen[bytes]:
        raise FileNotFoundError("no such program")

    monkeypatch.setattr(two_readers.subprocess, "Popen", missing)
    assert _export(sample_store) == _expected_lines(sample_store)


def test_the_json_document_is_the_one_one_process_writes(
        sample_store: Store, helpers: list[subprocess.Popen[bytes]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from desktop.core.exchange.document_sql import write_document

    path = Path(sample_store.path)

    def document() -> bytes:
        out = io.BytesIO()
        with sqlite3.connect(path) as connection:
            assert write_document(connection, out, None, exported_at="2026-11-29T12:00:00Z"
                                  )[0] == 8
        return out.getvalue()

    shared = document()
    assert len(helpers) == 1 and helpers[0].returncode == 0
    monkeypatch.setattr(two_readers, "BLOCK", 1000)
    alone = document()
    assert len(helpers) == 1
    assert shared == alone
    assert len(json.loads(shared)["events"]) == 8


def test_a_helper_that_stops_midway_leaves_the_rest_of_its_blocks_to_this_process(
        sample_store: Store, helpers: list[subprocess.Popen[bytes]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A helper that says it is ready, hands over one block and dies (as one
    killed for want of memory would): the file is still whole and right."""
    import sys

    with sample_store.session() as session:
        seqs = list(session.scalars(select(Event.seq).order_by(Event.seq)))
    first = next(number for number, seq in enumerate(seqs) if seq % 2)  # the helper's first

    def dying(*_args: Any) -> subprocess.Popen[bytes]:
        line = b'"one line of its first block"'
        script = ("import struct, sys; out = sys.stdout.buffer; out.write(b'R'); "
                  f"out.write(struct.pack('<qqq', {seqs[first]}, 1, {len(line)}) + {line!r}); "
                  "out.flush(); sys.exit(3)")
        return subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)

    monkeypatch.setattr(two_readers, "_start_helper", dying)
    written = _export(sample_store)
    assert written.count(b"one line of its first block") == 1  # what it handed over stays
    lines = written.split(b"\r\n")
    expected = _expected_lines(sample_store).split(b"\r\n")
    assert len(lines) == len(expected) and lines[1 + first] == b'"one line of its first block"'
    assert lines[:1 + first] + lines[2 + first:] == expected[:1 + first] + expected[2 + first:]
