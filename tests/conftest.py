"""Shared fixtures: every test runs offscreen with its own data folders."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_EXIT_STATUS: list[int] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _EXIT_STATUS.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """End the process with the run's status once it is reported, before the
    interpreter tears itself down: PySide6 then destroys the QApplication
    the tests shared, and now and again crashes doing it (a segmentation
    fault after "N passed", which made a passing run fail; PYSIDE-2254).
    The app's own windows are closed, and their data written, in the tests."""
    if _EXIT_STATUS:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS[-1])


@pytest.fixture(autouse=True, scope="session")
def scratch_in_basetemp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The app's temporary folders (a spreadsheet's sheets, a package's
    index) under pytest's own base folder: they are removed at the
    interpreter's exit, which ``pytest_unconfigure`` skips, and pytest keeps
    only its last few base folders."""
    import tempfile

    folder = tmp_path_factory.mktemp("scratch")
    before = tempfile.tempdir
    tempfile.tempdir = str(folder)
    yield folder
    tempfile.tempdir = before


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache folder for the run: what is cached there (the towns read
    for a place's country) is the same for every test and read once."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, shared_cache: Path,
                  monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point the per-user data and settings folders at a fresh directory."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(shared_cache))
    monkeypatch.delenv("CURATOR_DB", raising=False)
    yield home


@pytest.fixture
def sample_store(tmp_path: Path):  # type: ignore[no-untyped-def]
    from desktop.core.bootstrap import create_database

    store = create_database(tmp_path / "sample.sqlite", sample=True)
    yield store
    store.close()


@pytest.fixture
def empty_store(tmp_path: Path):  # type: ignore[no-untyped-def]
    from desktop.core.bootstrap import create_database

    store = create_database(tmp_path / "empty.sqlite")
    yield store
    store.close()


@pytest.fixture
def ops(empty_store):  # type: ignore[no-untyped-def]
    from desktop.core.operations import Operations

    return Operations(empty_store, "Test Analyst")


@pytest.fixture
def web_page(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A local web server serving ``site/``; its address."""
    import functools
    import http.server

    site = tmp_path / "site"
    (site / "news").mkdir(parents=True)
    (site / "news" / "waic.html").write_text("<html>WAIC opens — 世界人工智能大会</html>",
                                             encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    yield from _serve(handler)


class _Site(BaseHTTPRequestHandler):
    """A news site as found after a while: an article there, one removed,
    one redirected to the front page, one for browsers only, and a server
    that refuses HEAD."""

    def do_HEAD(self) -> None:
        if self.path == "/no-head":
            self._answer(405)
        else:
            self._route()

    def do_GET(self) -> None:
        self._route()

    def _route(self) -> None:
        if self.path in ("/news/waic.html", "/no-head", "/"):
            self._answer(200)
        elif self.path == "/old-article":
            self.send_response(301)
            self.send_header("Location", "/")
            self.end_headers()
        elif self.path == "/robots-only":
            self._answer(403)
        else:
            self._answer(404)

    def _answer(self, code: int) -> None:
        self.send_response(code)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def news_site() -> Iterator[str]:
    """A local news site (``_Site``) for checking links; its address."""
    yield from _serve(_Site)


def _serve(handler: Any) -> Iterator[str]:
    """A local web server answering with ``handler`` while the test runs; its address."""
    import http.server
    import threading

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
