"""Saving the pages of many sources at once, while there is a network.

A source with a web address and no saved copy rests on a page that may
change or vanish (Gaps in the data counts them).  Back online, the analyst
saves them all: each address is fetched once (``saved_copies.fetch_copy``:
http or https, 30 s, the size limit), a few at a time, and every source
giving it keeps the copy — one step of Edit ▸ Undo, logged source by source.
An address that cannot be fetched is named with the reason and its sources
are left as they were.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.core.changes import ChangeReport
from desktop.core.operations import Operations
from desktop.core.saved_copies import CopyError, fetch_copy
from desktop.core.web_sources import for_each_address, web_sources

WORKERS = 4


@dataclass(frozen=True)
class PageToSave:
    source_id: str
    event_title: str
    url: str


@dataclass
class SavedPages:
    """What fetching gave: each source's copy (sha256, name), and each
    address that failed with the reason."""

    copies: dict[str, tuple[str, str]] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)


def pages_to_save(session: Session, event_ids: list[str] | None) -> list[PageToSave]:
    """The sources of these events (all when None) with a web address and no
    saved copy, in the events' order."""
    return [PageToSave(source.source_id, source.event_title, source.url)
            for source in web_sources(session, event_ids, without_copy=True)]


def fetch_pages(pages: list[PageToSave], database: Path,
                progress: Callable[[int, int], None] | None = None, *,
                workers: int = WORKERS) -> SavedPages:
    """Fetch each distinct address once, ``workers`` at a time, into the saved
    copies beside ``database`` (Cancel through ``progress``: the fetches under
    way end, and their copies stay in ``files/``, named by no source until
    saved again: harmless, and found again by their SHA-256)."""
    outcomes = for_each_address((page.url for page in pages),
                                lambda url: _fetched(url, database), progress, workers)
    result = SavedPages(failed={url: outcome for url, outcome in outcomes.items()
                                if isinstance(outcome, str)})
    result.copies = {page.source_id: outcome for page in pages
                     if not isinstance(outcome := outcomes[page.url], str)}
    return result


def keep_copies(ops: Operations, copies: dict[str, tuple[str, str]]) -> ChangeReport:
    """Give each source its copy, as one operation (one undo step)."""
    with ops.batch() as report:
        own = ChangeReport(report.operation_id)
        for source_id, (sha256, name) in copies.items():
            own.merge(ops.update_source(source_id, {"copy_sha256": sha256, "copy_name": name}))
    return own


def _fetched(url: str, database: Path) -> tuple[str, str] | str:
    """The copy (sha256, name), or why it could not be saved."""
    try:
        return fetch_copy(url, database)
    except CopyError as exc:
        return str(exc)
