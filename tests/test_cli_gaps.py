"""``curator fill-countries``: the countries the events' places give (or the
participants' affiliations and parents), filled in from a terminal, each
printed with why."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.core.db import open_store
from desktop.core.history import record_history
from desktop.core.place_countries import prepare
from tests.test_cli import curator


def _new_database_with(tmp_path: Path, table: str) -> tuple[Path, list[str]]:
    """A new database with ``table`` (a CSV table's text) imported, and what
    the import said."""
    prepare()  # the towns, read once for the whole run
    db = tmp_path / "new.sqlite"
    assert curator("init", "--db", str(db)).returncode == 0
    written = tmp_path / "theirs.csv"
    written.write_text(table, encoding="utf-8")
    done = curator("import", str(written), "--db", str(db))
    assert done.returncode == 0, done.stderr
    return db, done.stdout.splitlines()


def _table_without_countries(tmp_path: Path) -> Path:
    db, said = _new_database_with(tmp_path, "title,date,place,participants\n"
                                            "Forum A,2025-05-01,Davos,NDRC (organizer)\n"
                                            "Forum B,2025-05-02,Kunming,\n"
                                            "Forum C,2025-05-03,Cambridge,\n"
                                            "Forum D,2025-05-04,Lancang Hall,\n"
                                            "Forum E,2025-06-01,Davos,\n")
    assert said[-1] == (
        "3 events imported have no country though their places give one: Tools ▸ Gaps in the"
        f" data… ▸ Fill in from their places (or `curator fill-countries --db {db}`).")
    return db


def _countries(db: Path) -> dict[str, str | None]:
    exported = db.with_suffix(".json")
    assert curator("export", str(exported), "--db", str(db)).returncode == 0
    return {event["title"]: event.get("country")
            for event in json.loads(exported.read_text(encoding="utf-8"))["events"]}


def test_the_places_give_their_countries_each_said_with_why(tmp_path: Path) -> None:
    db = _table_without_countries(tmp_path)
    tried = curator("fill-countries", "--db", str(db), "--dry-run")
    assert tried.returncode == 0, tried.stderr
    assert tried.stdout.splitlines() == [
        "Davos\tCH\tDavos is in Switzerland\t2",
        "Kunming\tCN\tKunming is in China\t1",
        "left: 1 event at Cambridge: several countries have it (United Kingdom, Canada,"
        " United States and 1 other); give them their country in the form",
        "left: 1 event at places that give no country",
        "3 events would be given a country; nothing changed"]
    assert set(_countries(db).values()) == {None}
    # Kunming left out as asked; the rest filled in, and logged as an edit.
    done = curator("fill-countries", "--db", str(db), "--leave", "Kunming")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "Country filled in for 2 events, from their places."
    assert _countries(db) == {"Forum A": "CH", "Forum B": None, "Forum C": None,
                              "Forum D": None, "Forum E": "CH"}
    store = open_store(db)
    try:
        with store.session() as session:
            from desktop.core.models import Event

            forum_a = session.query(Event).filter(Event.title == "Forum A").one()
            assert any(entry.what == "country" for entry in record_history(session, forum_a.id))
    finally:
        store.close()
    again = curator("fill-countries", "--db", str(db))
    assert again.stdout.splitlines()[0] == "Kunming\tCN\tKunming is in China\t1"
    assert _countries(db)["Forum B"] == "CN"


def test_a_place_to_leave_that_gives_nothing_is_named(tmp_path: Path) -> None:
    db = _table_without_countries(tmp_path)
    refused = curator("fill-countries", "--db", str(db), "--leave", "Kunmin")
    assert refused.returncode == 1
    assert refused.stderr.strip() == (
        "curator: --leave Kunmin: no country to fill in is given by that place")
    assert set(_countries(db).values()) == {None}


def test_participants_take_their_organisations_country(tmp_path: Path) -> None:
    db = tmp_path / "sample.sqlite"
    assert curator("init", "--sample", "--db", str(db)).returncode == 0
    store = open_store(db)
    try:
        from desktop.core.operations import Operations

        ops = Operations(store, "Tester")
        ndrc = next(iter(ops.create_participant({"kind": "organization", "name": "NDRC",
                                                 "country": "CN"}).ids("participant")))
        ops.create_participant({"kind": "person", "name": "Li Wei", "affiliation": ndrc})
    finally:
        store.close()
    done = curator("fill-countries", "--participants", "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert "Li Wei\tCN\tits affiliation, NDRC, is in China\t1" in done.stdout.splitlines()
    assert done.stdout.splitlines()[-1].startswith("Country filled in for ")
    assert done.stdout.splitlines()[-1].endswith(", from their affiliations and parents.")
    nothing = curator("fill-countries", "--participants", "--db", str(db))
    assert nothing.stdout.splitlines() == ["No participant with no country to fill in."]


def test_an_import_names_the_events_whose_place_is_in_another_country(
        tmp_path: Path) -> None:
    db, said = _new_database_with(
        tmp_path, "title,date,place,country\n"
                  "Forum A,2025-05-01,Kunming,South Africa\n"  # a slip in their table
                  "Forum B,2025-05-02,Kunming,China\n"
                  "Forum C,2025-05-03,\"Lancang Hall, Laos\",Thailand\n"
                  "Forum D,2025-05-04,Cambridge,Laos\n")
    assert said[-1] == (
        "2 events imported have a place in another country than theirs: Tools ▸ Gaps in the"
        " data… ▸ Events whose place is in another country.")
    # A later import of events all in order says nothing of those already here.
    table = tmp_path / "again.csv"
    table.write_text("title,date,place,country\nForum E,2025-06-01,Davos,Switzerland\n",
                     encoding="utf-8")
    again = curator("import", str(table), "--db", str(db))
    assert again.returncode == 0, again.stderr
    assert "another country" not in again.stdout


def test_the_gaps_are_counted_and_one_kind_listed(tmp_path: Path) -> None:
    db = tmp_path / "sample.sqlite"
    assert curator("init", "--sample", "--db", str(db)).returncode == 0
    table = tmp_path / "theirs.csv"
    table.write_text("title,place,country\nUndated forum,Kunming,South Africa\n",
                     encoding="utf-8")
    assert curator("import", str(table), "--db", str(db)).returncode == 0
    counted = curator("gaps", "--db", str(db))
    assert counted.returncode == 0, counted.stderr
    lines = {line.split("\t")[0]: line.split("\t")[1:]
             for line in counted.stdout.splitlines()}
    assert lines["no_date"] == ["1 of 9", "Events with no date"]
    assert lines["place_elsewhere"] == ["1 of 9", "Events whose place is in another country"]
    assert lines["participant_unlinked"][0].endswith(" of 55")
    shown = curator("gaps", "--show", "place_elsewhere", "--db", str(db))
    assert shown.returncode == 0, shown.stderr
    (line,) = shown.stdout.splitlines()
    event_id, date, title = line.split("\t")
    assert (date, title) == ("", "Undated forum") and len(event_id) == 36
    people = curator("gaps", "--show", "participant_unlinked", "--db", str(db))
    assert all(line.split("\t")[1] in ("person", "organization", "country", "group")
               for line in people.stdout.splitlines())
    unknown = curator("gaps", "--show", "no_dates", "--db", str(db))
    assert unknown.returncode == 1
    assert unknown.stderr.strip() == ("curator: --show no_dates: no such kind of gap;"
                                      " `curator gaps` lists them, each with its key")
