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

import json
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.core.changes import ChangeReport
from desktop.core.exchange.document_sql import chunks_of
from desktop.core.operations import Operations
from desktop.core.saved_copies import CopyError, fetch_copy

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
    sql = ("SELECT s.id, e.title, s.url FROM sources AS s JOIN events AS e ON e.id = "
           "s.event_id WHERE s.copy_sha256 IS NULL AND (s.url LIKE 'http://%' OR s.url "
           "LIKE 'https://%') {where} ORDER BY e.seq, s.sort_order")
    if event_ids is None:
        rows = list(session.execute(text(sql.format(where=""))))
    else:
        rows = [row for chunk in chunks_of(event_ids) for row in session.execute(
            text(sql.format(where="AND e.id IN (SELECT value FROM json_each(:ids))")),
            {"ids": json.dumps(chunk)})]
    return [PageToSave(source_id, title, url.strip()) for source_id, title, url in rows]


def fetch_pages(pages: list[PageToSave], database: Path,
                progress: Callable[[int, int], None] | None = None, *,
                workers: int = WORKERS) -> SavedPages:
    """Fetch each distinct address once, ``workers`` at a time, into the saved
    copies beside ``database``.  ``progress(done, total)`` follows; what it
    raises (Cancel) stops the fetches not begun, and is raised once those
    under way have ended (their copies stay in ``files/``, named by no source
    until saved again: harmless, and found again by their SHA-256)."""
    urls = list(dict.fromkeys(page.url for page in pages))
    fetched: dict[str, tuple[str, str]] = {}
    result = SavedPages()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        pending: set[Future[tuple[str, tuple[str, str] | str]]] = {
            pool.submit(_fetched, url, database) for url in urls}
        try:
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    url, outcome = future.result()
                    if isinstance(outcome, str):
                        result.failed[url] = outcome
                    else:
                        fetched[url] = outcome
                if progress is not None:
                    progress(len(fetched) + len(result.failed), len(urls))
        except BaseException:
            for future in pending:
                future.cancel()
            raise
    result.copies = {page.source_id: fetched[page.url] for page in pages if page.url in fetched}
    return result


def keep_copies(ops: Operations, copies: dict[str, tuple[str, str]]) -> ChangeReport:
    """Give each source its copy, as one operation (one undo step)."""
    with ops.batch() as report:
        own = ChangeReport(report.operation_id)
        for source_id, (sha256, name) in copies.items():
            own.merge(ops.update_source(source_id, {"copy_sha256": sha256, "copy_name": name}))
    return own


def _fetched(url: str, database: Path) -> tuple[str, tuple[str, str] | str]:
    try:
        return url, fetch_copy(url, database)
    except CopyError as exc:
        return url, str(exc)
