"""A table's columns on the command line (``--map`` beside the guess) and its
source cells checked as its rows are read."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.core.db import Store
from desktop.core.models import Event, Source


def _table(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "colleague.csv"
    path.write_text(text, encoding="utf-8")
    return path


def _events(store: Store) -> dict[str, tuple[str | None, list[str]]]:
    with store.session() as session:
        return {event.title: (event.date_edtf, sorted(tag.name for tag in event.tags))
                for event in session.scalars(select(Event))}


def test_a_column_mapped_on_the_command_line_leaves_the_others_guessed(
        empty_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _table(tmp_path, "Title,Keywords (Chinese),Date,Notes\r\n"
                            "Joint lab opening,人工智能,2025-05-25,kept\r\n")
    assert main(["import", str(path), "--db", str(empty_store.path),
                 "--map", "tags=Keywords (Chinese)", "--map", "notes="]) == 0
    said = capsys.readouterr().out
    assert ("colleague.csv: read: title from 'Title', tags from 'Keywords (Chinese)', "
            "date from 'Date'; left out: 'Notes'") in said
    assert _events(empty_store) == {"Joint lab opening": ("2025-05-25", ["人工智能"])}
    with empty_store.session() as session:
        assert session.scalars(select(Event.notes)).one() in (None, "")


def test_a_column_mapped_to_a_field_is_no_longer_the_guess_of_another(
        empty_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # "Date" is the date by its header; mapped to the title, it is the title alone,
    # and the date is guessed among the other columns.
    path = _table(tmp_path, "Date,When\r\nOpening of the lab,2025-05-25\r\n")
    assert main(["import", str(path), "--db", str(empty_store.path),
                 "--map", "title=Date"]) == 0
    assert "read: title from 'Date', date from 'When'" in capsys.readouterr().out
    assert _events(empty_store) == {"Opening of the lab": ("2025-05-25", [])}


def test_a_source_address_that_is_no_web_address_is_named_by_its_row_and_can_be_skipped(
        empty_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _table(tmp_path, "Title,Source URL,Publisher\r\n"
                            "Forum A,see the ministry's site,Xinhua\r\n"
                            "Forum B,https://example.org/b,Reuters\r\n")
    assert main(["import", str(path), "--db", str(empty_store.path)]) == 1
    said = capsys.readouterr().err
    assert ("colleague.csv row 2, source_url: 'see the ministry's site' is not a web address"
            in said)
    assert "--skip-bad-rows" in said
    assert _events(empty_store) == {}
    assert main(["import", str(path), "--db", str(empty_store.path), "--skip-bad-rows"]) == 0
    assert "skipped: colleague.csv row 2, source_url" in capsys.readouterr().err
    with empty_store.session() as session:
        assert [(source.url, source.publisher) for source in session.scalars(select(Source))] == [
            ("https://example.org/b", "Reuters")]
    assert list(_events(empty_store)) == ["Forum B"]
