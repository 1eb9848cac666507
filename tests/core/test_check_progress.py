"""Tools ▸ Check database / ``curator check`` say how far they are and stop
when asked, within SQLite's own long statements too."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core import integrity
from desktop.core.bootstrap import create_database
from desktop.core.integrity import check_database


class Stop(Exception):
    """What a progress dialog's Cancel raises from a report."""


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "checked.sqlite"
    create_database(path, sample=True).close()
    return path


def test_each_check_is_reported_in_turn(database: Path) -> None:
    reports: list[tuple[int, int]] = []
    assert check_database(database, lambda done, total: reports.append((done, total))) == []
    assert sorted(set(reports)) == [(step, 6) for step in range(6)]
    assert reports == sorted(reports)  # never backwards


def test_a_report_that_raises_stops_the_checks(database: Path) -> None:
    reports: list[int] = []

    def cancel_at_the_search_index(done: int, _total: int) -> None:
        reports.append(done)
        if done == 3:
            raise Stop

    with pytest.raises(Stop):
        check_database(database, cancel_at_the_search_index)
    assert max(reports) == 3
    assert check_database(database) == []  # the database is as it was


def test_cancel_interrupts_sqlites_own_integrity_check(
        database: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first report comes before the statement; the next ones from inside
    it (SQLite's progress handler), where raising stops the statement."""
    monkeypatch.setattr(integrity, "REPORT_EVERY", 0.0)
    reports: list[int] = []

    def cancel_inside(done: int, _total: int) -> None:
        reports.append(done)
        if len(reports) == 2:
            raise Stop

    with pytest.raises(Stop):
        check_database(database, cancel_inside)
    assert reports == [0, 0]  # stopped within the first check, not after it
