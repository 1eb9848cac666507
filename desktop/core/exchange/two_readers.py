"""An export's lines built by two processes at once, each every other block.

SQLite builds each line of ``events.csv`` (``csv_rows_sql``); at 100 000
events that keeps one core busy for about two seconds.  A helper process
(this module, run with ``python -m``) builds every other block of events (by
``seq``) on a connection of its own while this process builds the others,
and the blocks are written in order.  Two threads would not do: SQLite's
allocator takes one lock for every connection of a process, and two threads
building lines together took longer than one.  The helper hands each block
over a pipe, which holds little, so neither process runs more than a block
ahead and memory stays flat.

Both read one snapshot of the file.  While they start their read
transactions, a third connection holds the write lock, so no edit can be
committed between their starts; once started, a reader keeps its snapshot
(WAL) or keeps writers out (rollback journal) until it is done.  When that
lock cannot be had soon (a long write under way), or the database is not a
file, the caller builds the lines on its own connection; when the helper
cannot start (a frozen build), this process builds its blocks too.
"""

from __future__ import annotations

import importlib
import json
import os
import sqlite3
import struct
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

# Events a block: about 1.5 MB of CSV.
BLOCK = 2048
# The blocks of a query: the number of a line's block, and the blocks a side keeps.
BLOCK_NUMBER = "e.seq / :block"
A_SIDES_BLOCKS = "e.seq / :block % 2 = :side"
_LOCK_WAIT_S = 2.0
# Before each block the helper writes its number, its count of lines and its
# length in bytes; a block number of -1 ends the stream.
_HEADER = struct.Struct("<qqq")
_READY = b"R"

# (lines in the block, the lines joined)
Block = tuple[int, bytes]


def database_file(connection: sqlite3.Connection) -> Path | None:
    """The file behind the connection's main database; None in memory."""
    for _number, name, file in connection.execute("PRAGMA database_list"):
        if name == "main":
            return Path(file) if file else None
    return None


def shared_blocks(connection: sqlite3.Connection, total: int, query: str,
                  parameters: dict[str, Any],
                  prepare: Callable[[sqlite3.Connection], None] | None = None, *,
                  separator: bytes) -> Iterator[Block] | None:
    """``blocks_in_order`` of the file behind ``connection``; None when the
    caller had better build them alone on it: a database in memory, too few
    events (starting the helper takes about a tenth of a second, won back from
    about ten thousand events), or a write under way."""
    path = database_file(connection) if total > 4 * BLOCK else None
    if path is None:
        return None
    return blocks_in_order(path, query, parameters, prepare, separator=separator)


def blocks_in_order(path: Path, query: str, parameters: dict[str, Any],
                    prepare: Callable[[sqlite3.Connection], None] | None = None, *,
                    separator: bytes = b"\r\n") -> Iterator[Block] | None:
    """The first column of ``query``, a block at a time in order, built by this
    process and a helper; None when the write lock cannot be had soon.

    ``query`` yields (line, BLOCK_NUMBER) in block order, keeping the blocks
    A_SIDES_BLOCKS names, beside its own ``parameters``;
    ``prepare``, a function at the top of its module, registers the query's
    functions on a connection; ``separator`` goes between a block's lines."""
    guard = None
    if os.access(path.parent, os.W_OK):  # else nobody can be writing the file
        guard = sqlite3.connect(path, timeout=_LOCK_WAIT_S, isolation_level=None)
        try:
            guard.execute("BEGIN IMMEDIATE")
        except sqlite3.Error:
            guard.close()
            return None
    try:
        helper = None if getattr(sys, "frozen", False) else _start_helper(
            path, query, _side(parameters, 1), prepare, separator)
        own = _reader(path, prepare)
    except BaseException:
        _release(guard)
        raise
    return _merged(own, helper, guard, query, parameters, separator)


def _release(guard: sqlite3.Connection | None) -> None:
    if guard is not None:
        if guard.in_transaction:
            guard.execute("ROLLBACK")  # writers may go on
        guard.close()


def _reader(path: Path,
            prepare: Callable[[sqlite3.Connection], None] | None) -> sqlite3.Connection:
    """A read-only connection, prepared, inside a read transaction that holds
    its snapshot."""
    options = "mode=ro" + ("" if os.access(path.parent, os.W_OK) else "&immutable=1")
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?{options}", uri=True,
                                 isolation_level=None)
    if prepare is not None:
        prepare(connection)
    connection.execute("BEGIN")
    connection.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot
    return connection


def _side(parameters: dict[str, Any], side: int) -> dict[str, Any]:
    return {**parameters, "block": BLOCK, "side": side}


def _start_helper(path: Path, query: str, parameters: dict[str, Any],
                  prepare: Callable[[sqlite3.Connection], None] | None,
                  separator: bytes) -> subprocess.Popen[bytes] | None:
    """The helper, told what to build (it says when it holds its snapshot)."""
    try:
        helper = subprocess.Popen([sys.executable, "-m", __name__], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError:
        return None
    assert helper.stdin is not None
    helper.stdin.write(json.dumps({
        "path": str(path), "query": query, "parameters": parameters,
        "separator": separator.decode(),
        "prepare": f"{prepare.__module__}:{prepare.__name__}" if prepare else None}).encode())
    helper.stdin.close()
    return helper


def _merged(own: sqlite3.Connection, helper: subprocess.Popen[bytes] | None,
            guard: sqlite3.Connection | None, query: str, parameters: dict[str, Any],
            separator: bytes) -> Iterator[Block]:
    """Both sides' blocks in order.  The write lock is let go once the helper
    holds its snapshot, which it takes while this side builds its first
    block; a helper that cannot start, or stops, leaves its blocks to this
    side (which reads the same snapshot)."""
    mine = _own_blocks(own, query, _side(parameters, 0), separator)
    try:
        heads = [next(mine, None)]
        theirs = _own_blocks(own, query, _side(parameters, 1), separator)
        if helper is not None and _ready(helper):
            theirs = _helper_or_own(_helper_blocks(helper), theirs)
        _release(guard)
        guard = None
        heads.append(next(theirs, None))
        while heads[0] is not None or heads[1] is not None:
            side = min((head[0], side) for side, head in enumerate(heads) if head is not None)[1]
            _number, count, data = heads[side]  # type: ignore[misc]
            yield count, data
            heads[side] = next(mine if side == 0 else theirs, None)
    finally:
        _release(guard)
        if helper is not None:
            _stop(helper)
        own.close()


def _helper_or_own(helper: Iterator[tuple[int, int, bytes]],
                   own: Iterator[tuple[int, int, bytes]]) -> Iterator[tuple[int, int, bytes]]:
    """The helper's blocks; should it stop (killed, out of memory), the rest
    of them built on this side's connection."""
    last = -1
    try:
        for block in helper:
            last = block[0]
            yield block
        return
    except (RuntimeError, OSError):
        pass
    yield from (block for block in own if block[0] > last)


def _ready(helper: subprocess.Popen[bytes]) -> bool:
    assert helper.stdout is not None
    if helper.stdout.read(1) == _READY:
        return True
    _stop(helper)
    return False


def _stop(helper: subprocess.Popen[bytes]) -> None:
    if helper.poll() is None:  # stopped early: cancelled, or this side failed
        helper.kill()
    helper.wait()
    for stream in (helper.stdout, helper.stderr):
        if stream is not None:
            stream.close()


def _own_blocks(connection: sqlite3.Connection, query: str,
                parameters: dict[str, Any], separator: bytes
                ) -> Iterator[tuple[int, int, bytes]]:
    """(block number, lines, the lines joined) of this side's blocks."""
    lines: list[bytes] = []
    current = -1
    for line, block in connection.execute(query, parameters):
        if block != current:
            if lines:
                yield current, len(lines), separator.join(lines)
            lines, current = [], block
        lines.append(line)
    if lines:
        yield current, len(lines), separator.join(lines)


def _helper_blocks(helper: subprocess.Popen[bytes]) -> Iterator[tuple[int, int, bytes]]:
    """(block number, lines, the lines joined) of the helper's blocks."""
    assert helper.stdout is not None
    while True:
        header = helper.stdout.read(_HEADER.size)
        if len(header) < _HEADER.size:
            helper.wait()
            raise RuntimeError(_failure(helper))
        number, count, size = _HEADER.unpack(header)
        if number < 0:
            if helper.wait() != 0:
                raise RuntimeError(_failure(helper))
            return
        data = helper.stdout.read(size)
        if len(data) < size:
            helper.wait()
            raise RuntimeError(_failure(helper))
        yield number, count, data


def _failure(helper: subprocess.Popen[bytes]) -> str:
    said = helper.stderr.read().decode(errors="replace").strip() if helper.stderr else ""
    return "the export's helper stopped" + (f": {said.splitlines()[-1]}" if said else "")


def _serve(order: dict[str, Any], out: IO[bytes]) -> None:
    """The helper's side: take the snapshot, say so, then write each block."""
    prepare = None
    if order["prepare"]:
        module, name = order["prepare"].split(":")
        prepare = getattr(importlib.import_module(module), name)
    connection = _reader(Path(order["path"]), prepare)
    out.write(_READY)
    out.flush()
    for number, count, data in _own_blocks(connection, order["query"], order["parameters"],
                                           order["separator"].encode()):
        out.write(_HEADER.pack(number, count, len(data)))
        out.write(data)
    out.write(_HEADER.pack(-1, 0, 0))
    out.flush()


if __name__ == "__main__":
    _serve(json.loads(sys.stdin.buffer.read()), sys.stdout.buffer)
