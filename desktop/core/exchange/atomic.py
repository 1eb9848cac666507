"""Writing a file so that a failure or a cancel leaves no half-written file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """Write to a temporary file beside ``path``; rename it into place only when
    the block finishes without an error.  The file is binary: the exports
    write UTF-8 that SQLite has already encoded."""
    if path.is_dir():
        raise IsADirectoryError(f"{path} is a folder: choose a file name")
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.",
                                             suffix=".partial")
    except OSError as exc:
        # Named by the file asked for, not the temporary name beside it
        # (".events.json.u_iqpma_.partial"), which the analyst never chose.
        raise type(exc)(exc.errno, exc.strerror, str(path)) from exc
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        # mkstemp makes the file private; give it the permissions any new file gets.
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
