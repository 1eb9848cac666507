"""What an import brought to the saved searches the analyst follows."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.db import Store
from desktop.core.filters import EventFilter
from desktop.core.operations import Operations
from desktop.core.saved_search_news import news_note, saved_search_counts


def test_the_saved_searches_that_gained_events_are_named_the_most_first() -> None:
    before = {"Laos AI": 2, "BRICS": 5, "Media": 1}
    after = {"Laos AI": 5, "BRICS": 6, "Media": 1, "New one": 1}
    assert news_note(before, after) == ("New in saved searches: Laos AI (+3), BRICS (+1), "
                                        "New one (+1).")
    assert news_note(after, after) == ""


def test_an_import_says_what_it_brought_to_the_saved_searches(
        sample_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ops = Operations(sample_store, "Tester")
    ops.save_search("Laos", EventFilter(country=frozenset({"LA"})).to_json())
    ops.save_search("Robots", EventFilter(text="robot").to_json())
    with sample_store.session() as session:
        assert saved_search_counts(session) == {"Laos": 1, "Robots": 1}  # WAIC's robots
    table = tmp_path / "laos.csv"
    table.write_text("Title,Date,Country\r\n"
                     "Lao AI skills workshop,2025-09,Laos\r\n"
                     "Mekong data forum,2025-10-02,LA\r\n"
                     "Robot games,2025-08,CN\r\n", encoding="utf-8")
    assert main(["import", str(table), "--db", str(sample_store.path)]) == 0
    out = capsys.readouterr().out
    assert "New in saved searches: Laos (+2), Robots (+1)." in out.splitlines()
