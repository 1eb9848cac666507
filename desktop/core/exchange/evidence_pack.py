"""A chronology with its evidence, to hand over: one zip holding
``chronology.html`` and the saved copies of the sources it cites in
``files/``, each source's entry linking to its copy, so the report reads and
its articles open offline, on any computer.

A copy named by a source but not on this computer (it came with a JSON file,
which names copies without carrying them) is listed in ``files/MISSING.txt``
rather than silently left out.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.core.copy_texts import saved_copies_named
from desktop.core.exchange.atomic import atomic_file
from desktop.core.exchange.chronology import COPIES, kept_by, write_chronology
from desktop.core.exchange.json_export import connection_of, exported_event_ids
from desktop.core.filters import ExportScope
from desktop.core.progress import Progress
from desktop.core.saved_copies import SavedCopies, package_name

CHRONOLOGY = "chronology.html"


def write_evidence_pack(session: Session, path: Path, event_filter: ExportScope,
                        database: Path, *, progress: Progress | None = None) -> int:
    """Write the pack of every event, or of those the filter keeps; return the
    number of events.  Written whole or not at all."""
    filtered = event_filter is not None and not event_filter.is_empty()
    ids = exported_event_ids(session, event_filter) if filtered else None
    copies = SavedCopies(database)
    with atomic_file(path) as out, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as pack:
        with pack.open(CHRONOLOGY, "w") as page:
            count = write_chronology(connection_of(session), page, ids, kind="html",
                                     progress=progress, link_copies=True,
                                     kept_by=kept_by(session, event_filter))
        missing = []
        for sha256, name in saved_copies_named(session, ids):
            found = copies.find(sha256, name)
            if found is None:
                missing.append(f"{package_name(sha256, name)}  ({name})")
            else:
                pack.write(found, f"{COPIES}/{package_name(sha256, name)}")
        if missing:
            pack.writestr(f"{COPIES}/MISSING.txt", (
                "Saved copies the sources name that were not on the computer that wrote "
                "this pack:\n" + "\n".join(sorted(missing)) + "\n").encode("utf-8"))
    return count
