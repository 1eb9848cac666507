"""Whether the web addresses of the sources still answer.

Pages that an event rests on move or vanish; the analyst, back on a network,
wants to know which before a report cites them, and to save a copy of those
still there (see saved_copies).  Each address is asked once however many
sources give it (a HEAD request, then a GET for servers that refuse HEAD),
several at a time, and its answer sorted into:

- ``ok``: the page answers;
- ``moved``: it answers from another address (not merely https for http, or
  a trailing slash): often a site's front page standing in for a removed
  article;
- ``gone``: 404 or 410, the page is no longer there;
- ``failing``: another error (403 for robots, 500…): it may answer a browser;
- ``unreachable``: no such host, refused, or no answer in time.
"""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urlparse

from sqlalchemy.orm import Session

from desktop.core.web_sources import WebSource, for_each_address, web_sources

TIMEOUT_S = 15.0
WORKERS = 8
_AGENT = "EngagementCurator/0.1 (link check)"
STATES = ("gone", "unreachable", "moved", "failing", "ok")
FAILING = frozenset(("gone", "unreachable", "moved", "failing"))


@dataclass(frozen=True)
class LinkState:
    state: str  # one of STATES
    detail: str  # "404 Not Found", "moved to https://…", "no answer in 15 s"


def source_links(session: Session, event_ids: list[str] | None) -> list[WebSource]:
    """The http(s) addresses of the sources of these events (all when None),
    in the events' order."""
    return web_sources(session, event_ids)


def check_link(url: str, timeout: float = TIMEOUT_S) -> LinkState:
    """Ask the address once and sort its answer (see the module's words)."""
    try:
        final = _ask(url, "HEAD", timeout)
    except urllib.error.HTTPError as exc:
        if exc.code not in (405, 501):  # HEAD refused: ask as a browser does
            return _http_error(exc)
        try:
            final = _ask(url, "GET", timeout)
        except urllib.error.HTTPError as again:
            return _http_error(again)
        except (urllib.error.URLError, OSError) as again:
            return _unreachable(again, timeout)
    except (urllib.error.URLError, OSError) as exc:
        return _unreachable(exc, timeout)
    if _same_page(url, final):
        return LinkState("ok", "answers")
    return LinkState("moved", f"moved to {final}")


def check_links(urls: Iterable[str], progress: Callable[[int, int], None] | None = None,
                *, timeout: float = TIMEOUT_S, workers: int = WORKERS) -> dict[str, LinkState]:
    """Each distinct address checked, ``workers`` at a time (Cancel through
    ``progress``, see ``web_sources.for_each_address``)."""
    return for_each_address(urls, lambda url: check_link(url, timeout), progress, workers)


def _ask(url: str, method: str, timeout: float) -> str:
    """The address the page answered from (after redirects)."""
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise urllib.error.URLError("not a web address")
    request = urllib.request.Request(url, method=method, headers={"User-Agent": _AGENT})
    # an http(s) address only (checked above): no file: or ftp: here
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return str(response.geturl())


def _same_page(asked: str, answered: str) -> bool:
    """The same page, but for http becoming https or a trailing slash."""
    def key(url: str) -> tuple[str, str, str]:
        parsed = urlparse(url)
        return (parsed.netloc.lower().removeprefix("www."), parsed.path.rstrip("/"),
                parsed.query)
    return key(asked) == key(answered)


def _http_error(exc: urllib.error.HTTPError) -> LinkState:
    detail = f"{exc.code} {exc.reason}".strip()
    return LinkState("gone" if exc.code in (404, 410) else "failing", detail)


def _unreachable(exc: BaseException, timeout: float) -> LinkState:
    reason = getattr(exc, "reason", exc)
    if isinstance(reason, TimeoutError | socket.timeout):
        return LinkState("unreachable", f"no answer in {timeout:g} s")
    if isinstance(reason, socket.gaierror):
        return LinkState("unreachable", "no such host (or no network)")
    if isinstance(reason, ConnectionRefusedError):
        return LinkState("unreachable", "refused")
    return LinkState("unreachable", str(reason))
