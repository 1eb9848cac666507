"""Saved copies of sources: the article as the analyst read it (a PDF, a
saved web page, a screenshot), kept beside the database because the page may
change or vanish, and the analyst often works without a network.

A copy is stored once under the SHA-256 of its bytes in ``files/`` beside
the database (``files/<sha256>.pdf``): the same file attached twice, or by
two databases in one folder, is one file, and a name can never point at other
bytes.  A source names its copy by that hash and the name the file had.  No
copy is ever removed by the app, so a restored backup still finds its copies.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from pathlib import Path

_SHA256 = re.compile(r"[0-9a-f]{64}")
_CHUNK = 1 << 20
MAX_COPY_BYTES = 512 * 1024 * 1024  # a saved page or a report, not a video archive


class CopyError(OSError):
    pass


def copies_folder(database: Path) -> Path:
    return database.parent / "files"


def is_sha256(text: str) -> bool:
    return bool(_SHA256.fullmatch(text))


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _suffix(name: str) -> str:
    """The file's ending, kept so the system opens it with the right program;
    only letters and digits ("report.PDF" → ".pdf")."""
    suffix = Path(name).suffix.lower()
    return suffix if re.fullmatch(r"\.[a-z0-9]{1,10}", suffix) else ""


class SavedCopies:
    """The ``files/`` folder of one database."""

    def __init__(self, database: Path) -> None:
        self.folder = copies_folder(database)

    def path_of(self, sha256: str, name: str) -> Path:
        return self.folder / f"{sha256}{_suffix(name)}"

    def find(self, sha256: str, name: str) -> Path | None:
        """The stored copy, if this computer has it."""
        path = self.path_of(sha256, name)
        return path if is_sha256(sha256) and path.is_file() else None

    def add(self, source: Path) -> tuple[str, str]:
        """Store a copy of the file ``source``; its (sha256, name).  Written
        to a temporary name and renamed when whole and checked."""
        size = source.stat().st_size
        if size > MAX_COPY_BYTES:
            raise CopyError(f"{source.name} is larger than "
                            f"{MAX_COPY_BYTES // (1024 * 1024)} MiB: keep it elsewhere and "
                            "write where in the source's note")
        self.folder.mkdir(parents=True, exist_ok=True)
        handle, scratch = tempfile.mkstemp(dir=self.folder, prefix=".adding-")
        os.close(handle)
        try:
            shutil.copyfile(source, scratch)
            sha = sha256_of(Path(scratch))
            target = self.path_of(sha, source.name)
            if target.is_file():
                Path(scratch).unlink()
            else:
                os.replace(scratch, target)
        except BaseException:
            Path(scratch).unlink(missing_ok=True)
            raise
        return sha, source.name

    def add_checked(self, source: Path, sha256: str, name: str) -> bool:
        """Store ``source`` as the copy ``sha256`` (a colleague's package):
        False, storing nothing, when its bytes are not that copy's."""
        if self.find(sha256, name) is not None:
            return True
        if not is_sha256(sha256) or sha256_of(source) != sha256:
            return False
        stored, _ = self.add(source)
        return stored == sha256


def store_copies(folder: Path, database: Path) -> int:
    """Store the copies a package carries (``files/<sha256>.ext``) beside
    ``database``; how many.  A file whose bytes are not the copy its name
    says refuses the import, naming it (a damaged or altered package)."""
    from desktop.core.changes import ValidationError

    if not folder.is_dir():
        return 0
    copies = SavedCopies(database)
    stored = 0
    for path in sorted(folder.iterdir()):
        sha = path.name.split(".", 1)[0]
        if not path.is_file() or not is_sha256(sha):
            continue
        if not copies.add_checked(path, sha, path.name):
            raise ValidationError.single(f"files/{path.name}",
                                         "its bytes are not the saved copy its name says: "
                                         "the package is damaged or was altered")
        stored += 1
    return stored


def package_name(sha256: str, name: str) -> str:
    """A copy's file name in a package's ``files/``."""
    return f"{sha256}{_suffix(name)}"


def copies_stored_text(count: int) -> str:
    """" N saved copies … stored beside the database." after an import, when
    it stored any."""
    return (f" {count:,} saved cop{'y' if count == 1 else 'ies'} of sources stored beside "
            "the database." if count else "")


_TYPES = {"text/html": ".html", "application/pdf": ".pdf", "image/png": ".png",
          "image/jpeg": ".jpg", "text/plain": ".txt", "application/xhtml+xml": ".html"}
FETCH_TIMEOUT_S = 30


def fetch_copy(url: str, database: Path, timeout: float = FETCH_TIMEOUT_S) -> tuple[str, str]:
    """Save the page at ``url`` (http or https) as a saved copy beside
    ``database``; its (sha256, name).  The name is the page's last path part,
    or its host, with the ending its type calls for.  CopyError says why a
    page could not be saved (no network, refused, too large)."""
    import urllib.error
    import urllib.request
    from urllib.parse import urlparse

    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise CopyError(f"{url!r} is not a web address (http:// or https://)")
    request = urllib.request.Request(url, headers={"User-Agent": "EngagementCurator/0.1"})
    with tempfile.TemporaryDirectory(prefix="curator-fetch-") as scratch:
        try:
            # an http(s) address only (checked above): no file: or ftp: here
            with urllib.request.urlopen(request, timeout=timeout) as response:
                kind = response.headers.get_content_type()
                last = Path(parsed.path).name
                name = last if last and _suffix(last) else (
                    (last or parsed.netloc) + _TYPES.get(kind, ".html"))
                target = Path(scratch) / name
                size = 0
                with target.open("wb") as out:
                    while chunk := response.read(_CHUNK):
                        size += len(chunk)
                        if size > MAX_COPY_BYTES:
                            raise CopyError(f"{url} is larger than "
                                            f"{MAX_COPY_BYTES // (1024 * 1024)} MiB")
                        out.write(chunk)
        except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
            reason = getattr(exc, "reason", exc)
            if isinstance(exc, urllib.error.HTTPError):
                exc.close()  # the answer's connection, which it holds open
            raise CopyError(f"{url} could not be saved: {reason}") from None
        return SavedCopies(database).add(target)
