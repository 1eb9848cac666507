"""Creating a database: the schema, the default vocabularies, the sample."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from desktop.core.db import Store, StoreError, open_store
from desktop.core.exchange.json_document import read_document
from desktop.core.exchange.json_import import apply_import, plan_import
from desktop.core.operations import Operations
from desktop.core.resources import sample_path
from desktop.core.vocabularies import DEFAULT_TERMS, add_missing_terms

SAMPLE_ANALYST = "Engagement Curator sample"
# Who the log names for the vocabularies every new database starts with (it
# named no one: "—" in View ▸ Activity, "(no name)" among whose steps to show).
DEFAULTS_ANALYST = "Engagement Curator defaults"


def create_database(path: Path, *, sample: bool = False, analyst: str = "") -> Store:
    """Create a new database at ``path`` (which must not exist yet).

    It is built in a temporary file beside the target and moved into place
    when complete, so a failure never leaves a half-made database behind.
    """
    if path.exists():
        raise StoreError(f"{path} already exists; choose another file or open it")
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=path.parent, prefix=".curator-new-") as scratch:
        draft = Path(scratch) / path.name
        store = open_store(draft, create=True)
        try:
            add_missing_terms(Operations(store, analyst or DEFAULTS_ANALYST), DEFAULT_TERMS)
            if sample:
                with store.session() as session:
                    plan = plan_import(session, read_document(sample_path()))
                apply_import(Operations(store, SAMPLE_ANALYST), plan, "fail")
            with store.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            store.close()
        _forget_stale_journals(path)
        shutil.move(draft, path)
    return open_store(path)


def _forget_stale_journals(path: Path) -> None:
    """Remove the write-ahead log, its index and a rollback journal left
    beside a database file that is no longer there (deleted after a crash
    left them).  SQLite reads them as the new file's own: a new database of
    that name came out as "not an Engagement Curator one", or with the old
    file's pages written into it."""
    for suffix in ("-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
