"""The sources that give a web address, and work over many addresses at once.

Checking the sources' links and saving their pages both start from the same
rows (a source with an http or https address, and the event citing it) and
both ask many addresses over the network, a few at a time, with Cancel.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.core.exchange.document_sql import chunks_of

T = TypeVar("T")


@dataclass(frozen=True)
class WebSource:
    """A source's web address, with the event that cites it."""

    source_id: str
    event_id: str
    event_title: str
    publisher: str
    url: str
    has_copy: bool


def web_sources(session: Session, event_ids: list[str] | None, *,
                without_copy: bool = False) -> list[WebSource]:
    """The sources of these events (all when None) with an http(s) address —
    only those without a saved copy, if asked — in the events' order."""
    sql = ("SELECT s.id, e.id, e.title, s.publisher, s.url, s.copy_sha256 IS NOT NULL "
           "FROM sources AS s JOIN events AS e ON e.id = s.event_id "
           "WHERE (s.url LIKE 'http://%' OR s.url LIKE 'https://%') {copy} {events} "
           "ORDER BY e.seq, s.sort_order")
    copy = "AND s.copy_sha256 IS NULL" if without_copy else ""
    if event_ids is None:
        rows = list(session.execute(text(sql.format(copy=copy, events=""))))
    else:
        chosen = sql.format(copy=copy, events="AND e.id IN (SELECT value FROM json_each(:ids))")
        rows = [row for chunk in chunks_of(event_ids)
                for row in session.execute(text(chosen), {"ids": json.dumps(chunk)})]
    return [WebSource(source_id, event_id, title, publisher, url.strip(), bool(has_copy))
            for source_id, event_id, title, publisher, url, has_copy in rows]


def for_each_address(urls: Iterable[str], work: Callable[[str], T],
                     progress: Callable[[int, int], None] | None, workers: int
                     ) -> dict[str, T]:
    """``work(url)`` for each distinct address, ``workers`` at a time.
    ``progress(done, total)`` follows; what it raises (Cancel) stops the
    addresses not begun, and is raised once those under way have ended."""
    distinct = list(dict.fromkeys(urls))
    done_by: dict[str, T] = {}
    with ThreadPoolExecutor(max_workers=workers) as pool:
        pending: set[Future[tuple[str, T]]] = {
            pool.submit(_paired, url, work) for url in distinct}
        try:
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    url, outcome = future.result()
                    done_by[url] = outcome
                if progress is not None:
                    progress(len(done_by), len(distinct))
        except BaseException:
            for future in pending:
                future.cancel()
            raise
    return done_by


def _paired(url: str, work: Callable[[str], T]) -> tuple[str, T]:
    return url, work(url)
