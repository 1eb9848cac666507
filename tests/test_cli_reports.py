"""``curator counts`` and ``curator network``: the reports' figures for a
script, the same as the window's."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import igraph
import pytest

from desktop.core.db import open_store
from desktop.core.filters import EventFilter
from desktop.core.network import network
from desktop.core.tallies import tally
from tests.test_cli import curator


def _sample(tmp_path: Path) -> Path:
    db = tmp_path / "mine.sqlite"
    assert curator("init", "--db", str(db), "--sample").returncode == 0
    return db


def test_counts_printed_or_written_as_the_window_counts_them(tmp_path: Path) -> None:
    db = _sample(tmp_path)
    shown = curator("counts", "--db", str(db), "--by", "participant_country", "--per", "year")
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert lines[0].split() == ["Participants'", "country", "2024", "2025", "Total"]
    assert lines[1].split()[-4:] == ["(CN)", "2", "6", "8"]
    assert lines[-1].split() == ["All", "events", "2", "6", "8"]
    table = tmp_path / "counts.csv"
    done = curator("counts", str(table), "--db", str(db), "--by", "tag", "--per", "quarter",
                   "--country", "Laos")
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader(io.StringIO(table.read_bytes().decode("utf-8-sig"))))
    store = open_store(db)
    try:
        with store.session() as session:
            expected = tally(session, EventFilter(country=frozenset({"LA"})), "tag", "quarter")
    finally:
        store.close()
    assert rows == expected.as_table()
    assert done.stdout == f"Wrote the counts of 1 event to {table}\n"
    book = tmp_path / "counts.xlsx"
    assert curator("counts", str(book), "--db", str(db), "--by", "tag", "--per", "quarter",
                   "--country", "Laos").returncode == 0
    from openpyxl import load_workbook

    cells = [list(row) for row in load_workbook(book)["Counts"].iter_rows(values_only=True)]
    # the counts are numbers in the workbook, for a chart or a sum
    assert cells == [[label, *(int(c) if c.isdigit() else (c or None) for c in rest)]
                     for label, *rest in expected.as_table()]
    wrong = curator("counts", str(tmp_path / "counts.ods"), "--db", str(db))
    assert wrong.returncode != 0 and "name the file .csv or .xlsx" in wrong.stderr


def test_the_network_written_for_gephi_from_the_command_line(tmp_path: Path) -> None:
    db = _sample(tmp_path)
    out = tmp_path / "who.graphml"
    done = curator("network", str(out), "--db", str(db), "--kind", "organization",
                   "--query", "AI", "--limit", "10")
    assert done.returncode == 0, done.stderr
    graph = igraph.Graph.Read_GraphML(str(out))
    store = open_store(db)
    try:
        with store.session() as session:
            expected = network(session, EventFilter(text="AI"), kind="organization",
                               limit=10)
    finally:
        store.close()
    assert graph.vcount() == 10 and graph.ecount() == len(expected.ties)
    assert set(graph.vs["label"]) == {member.name for member in expected.members}
    assert done.stdout.startswith(f"Wrote 10 participants (of {expected.participants}) and "
                                  f"{len(expected.ties)} ties from {expected.events} events")
    ties = tmp_path / "ties.csv"
    assert curator("network", str(ties), "--db", str(db)).returncode == 0
    assert ties.read_bytes().startswith(b"\xef\xbb\xbfparticipant,")
    bad = curator("network", str(tmp_path / "x.graphml"), "--db", str(db), "--limit", "3")
    assert bad.returncode != 0 and bad.stderr == "curator: --limit: between 5 and 150\n"
    assert not (tmp_path / "x.graphml").exists()


def test_two_periods_compared_printed_or_written_as_the_window_compares_them(
        tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from desktop.core.network_change import compare_periods, read_period

    db = _sample(tmp_path)
    shown = curator("compare", "2024", "2025", "--db", str(db), "--kind", "country")
    assert shown.returncode == 0, shown.stderr
    summary, header, first, *_rest = shown.stdout.splitlines()
    assert summary.startswith("2024: 2 events; 2025: 6 events. Ties: 46 new, 0 gone")
    assert header.split("\t") == ["Participant", "Participant", "Shared 2024", "Shared 2025"]
    assert first.split("\t") == ["Brazil", "China", "0", "1"]
    book = tmp_path / "newcomers.xlsx"
    done = curator("compare", "2024", "2025", str(book), "--db", str(db), "--show",
                   "newcomers", "--kind", "organization")
    assert done.returncode == 0, done.stderr
    store = open_store(db)
    try:
        with store.session() as session:
            expected = compare_periods(session, EventFilter(), read_period("2024"),
                                       read_period("2025"), kind="organization")
    finally:
        store.close()
    cells = [list(row) for row in load_workbook(book)["Comparison"].iter_rows(values_only=True)]
    # the events counted are numbers in the workbook
    assert cells == [expected.table("newcomers")[0]] + [
        [name, int(before), int(after)] for name, before, after
        in expected.table("newcomers")[1:]]
    assert done.stdout.endswith(f"Wrote {len(cells) - 1} rows to {book}\n")
    for wrong, message in ((("2024", "2025-13"), "month 13 does not exist"),
                           (("2024", "2025", "--from", "2020"), "the two periods take their "
                                                                "place"),
                           (("2024", "2025", str(tmp_path / "x.ods")), "name the file .csv"),
                           # the wrong way round, every new tie was said to be gone
                           (("2025", "2024"), "the later period (“2024”) starts before the "
                                              "earlier one (“2025”): give the earlier first"),
                           (("2024", "2025", "--to", "2023"), "the two periods take")):
        refused = curator("compare", *wrong, "--db", str(db))
        assert refused.returncode != 0 and message in refused.stderr


def test_counts_line_up_on_a_terminal_with_chinese_names(
        capsys: pytest.CaptureFixture[str]) -> None:
    """A Chinese character takes two columns of a terminal: padded by the
    count of characters, every column after such a name stood too far left."""
    from wcwidth import wcswidth

    from desktop.cli_reports import print_columns

    print_columns([["Participant", "2024", "Total"], ["中国外文局", "1", "1"],
                   ["National Development and Reform Commission", "12", "12"]])
    lines = capsys.readouterr().out.splitlines()
    assert len({wcswidth(line) for line in lines}) == 1
    # each line without its last cell ends where the year column ends
    assert len({wcswidth(line.rsplit(" ", 1)[0].rstrip()) for line in lines}) == 1
