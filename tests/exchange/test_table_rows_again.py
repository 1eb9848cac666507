"""A table of events without ids imported again, and the rows it skips: rows
alike stay as many events as the table has rows, and a skipped row adds
nothing, not even its participants."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.cli import main
from desktop.core.db import Store
from desktop.core.models import Event, Participant


def _table(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "meetings.csv"
    path.write_text(text, encoding="utf-8")
    return path


def _import(store: Store, path: Path, *more: str) -> int:
    return main(["import", str(path), "--db", str(store.path), "--skip-bad-rows", *more])


def _titles(store: Store) -> list[tuple[str, str | None]]:
    with store.session() as session:
        return sorted((title, place) for title, place in
                      session.execute(select(Event.title, Event.place)))


def test_two_rows_alike_imported_again_are_the_two_events_they_made(
        empty_store: Store, tmp_path: Path) -> None:
    path = _table(tmp_path, "Title,Place\r\n"
                            "Working group meeting,Beijing\r\n"
                            "Joint lab opening,Hanoi\r\n"
                            "Working group meeting,Vientiane\r\n")
    assert _import(empty_store, path) == 0
    made = _titles(empty_store)
    assert made == [("Joint lab opening", "Hanoi"), ("Working group meeting", "Beijing"),
                    ("Working group meeting", "Vientiane")]
    assert _import(empty_store, path) == 0
    assert _titles(empty_store) == made
    # The list grown by a row alike: one event more, not three.
    path.write_text(path.read_text(encoding="utf-8") + "Working group meeting,Phnom Penh\r\n",
                    encoding="utf-8")
    assert _import(empty_store, path) == 0
    assert _titles(empty_store) == sorted([*made, ("Working group meeting", "Phnom Penh")])


def test_a_skipped_row_does_not_take_the_event_of_the_row_alike_after_it(
        empty_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _table(tmp_path, "Title,Country\r\nForum on trade,Laos\r\n")
    assert _import(empty_store, path) == 0
    # A row alike with a country that cannot be read, before the row that is our event.
    path.write_text("Title,Country\r\nForum on trade,Atlantis\r\nForum on trade,Laos\r\n",
                    encoding="utf-8")
    assert _import(empty_store, path) == 0
    said = capsys.readouterr()
    assert "skipped: meetings.csv row 2, country" in said.err
    assert "nothing to import" in said.out
    assert _titles(empty_store) == [("Forum on trade", "")]


def test_a_skipped_row_adds_no_participant(empty_store: Store, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    path = _table(tmp_path, "Title,Date,Participants\r\n"
                            "Forum A,someday,Brand New Person\r\n"
                            "Forum B,2025,Other Person\r\n")
    assert _import(empty_store, path) == 0
    assert "skipped: meetings.csv row 2, date" in capsys.readouterr().err
    with empty_store.session() as session:
        assert list(session.scalars(select(Participant.name))) == ["Other Person"]
        assert session.scalar(select(func.count()).select_from(Event)) == 1


def test_a_row_skipped_for_a_name_too_long_does_not_take_the_event_after_it(
        empty_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _table(tmp_path, "Title,Participants\r\nForum on trade,NDRC\r\n")
    assert _import(empty_store, path) == 0
    path.write_text("Title,Participants\r\n"
                    f"Forum on trade,{'Committee ' * 120}\r\n"
                    "Forum on trade,NDRC\r\n", encoding="utf-8")
    assert _import(empty_store, path) == 0
    said = capsys.readouterr()
    assert "skipped: meetings.csv row 2, participants: a name is longer than 1000" in said.err
    assert "nothing to import" in said.out
    assert _titles(empty_store) == [("Forum on trade", "")]


def test_a_title_written_on_two_lines_is_unchanged_when_imported_again(
        empty_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _table(tmp_path, 'Title,Place\r\n'
                            '"China–ASEAN forum\non the digital economy",Nanning\r\n')
    assert _import(empty_store, path) == 0
    assert _titles(empty_store) == [("China–ASEAN forum on the digital economy", "Nanning")]
    capsys.readouterr()
    assert _import(empty_store, path) == 0
    assert "nothing to import" in capsys.readouterr().out


@pytest.mark.parametrize("rows", [("abc-1,Forum A", ",Forum A"), (",Forum A", "abc-1,Forum A")])
def test_rows_alike_one_with_an_id_imported_again_add_nothing(
        empty_store: Store, tmp_path: Path, rows: tuple[str, str],
        capsys: pytest.CaptureFixture[str]) -> None:
    path = _table(tmp_path, "id,Title\r\n" + "\r\n".join(rows) + "\r\n")
    assert _import(empty_store, path) == 0
    capsys.readouterr()
    assert _import(empty_store, path) == 0
    assert "nothing to import" in capsys.readouterr().out
    assert _titles(empty_store) == [("Forum A", ""), ("Forum A", "")]


def test_a_row_giving_the_id_of_the_event_a_row_alike_before_it_is_is_named(
        empty_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _import(empty_store, _table(tmp_path, "id,Title\r\nabc-1,Forum A\r\n")) == 0
    path = _table(tmp_path, "id,Title,Place\r\n,Forum A,Hanoi\r\nabc-1,Forum A,Hue\r\n")
    capsys.readouterr()
    assert _import(empty_store, path) == 0
    assert ("skipped: meetings.csv row 3, id: abc-1 is the event row 2 already is (the same "
            "title and date, without an id)") in capsys.readouterr().err
    assert _titles(empty_store) == [("Forum A", "Hanoi")]
