"""An import's chunks, read and checked once.

An import reads its file twice: once to plan (new, unchanged, changed) and
again to store.  For a table that must be parsed and checked a row at a time
(a CSV table, a Data Package) the second reading cost as much as the first.
The first complete reading keeps each chunk as it goes, as a line of JSON in
a temporary file, and later readings give the chunks kept: reading them back
takes about a fifth of the time, and the import stores exactly the records
the analyst was shown, even if the file or the database's participants
change meanwhile.
"""

from __future__ import annotations

import tempfile
import weakref
from collections.abc import Callable, Iterator
from typing import IO, Any

import orjson

Chunk = tuple[str, list[dict[str, Any]]]


class KeptChunks:
    """``read``'s chunks, from the file read once it has been read whole."""

    def __init__(self, read: Callable[[], Iterator[Chunk]]) -> None:
        self._read = read
        self._kept: IO[bytes] | None = None

    def __call__(self) -> Iterator[Chunk]:
        if self._kept is not None:
            self._kept.seek(0)
            for line in self._kept:
                key, records = orjson.loads(line)
                yield key, records
            return
        kept = tempfile.TemporaryFile()  # noqa: SIM115 - kept as long as this object
        try:
            for key, records in self._read():
                kept.write(orjson.dumps([key, records]) + b"\n")  # before the caller sees them
                yield key, records
        except BaseException:  # a problem, or a caller that stopped early: not kept
            kept.close()
            raise
        self._kept = kept
        weakref.finalize(self, kept.close)
