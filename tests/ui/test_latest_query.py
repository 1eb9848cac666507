"""A read beside the window whose asker is gone before it ends (a widget
deleted, the app at its end) ends quietly: no one is left to want it."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from desktop.core.bootstrap import create_database
from desktop.ui.latest_query import LatestQuery


def test_a_read_whose_asker_is_deleted_ends_quietly(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = create_database(tmp_path / "reads.sqlite")
    failures: list[Any] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: failures.append(args.exc_value))
    asker = QObject()
    query = LatestQuery(store, asker)
    started, release = threading.Event(), threading.Event()

    def read(_session: Session) -> int:
        started.set()
        release.wait(5)
        return 1

    answers: list[object] = []
    query.ready.connect(answers.append)
    query.request(read)
    assert started.wait(5)
    shiboken6.delete(asker)  # and the query with it, while its read runs
    release.set()
    for thread in threading.enumerate():
        if thread.name == "latest-query":
            thread.join(5)
    qtbot.wait(20)
    assert failures == []
    assert answers == []
    store.close()
