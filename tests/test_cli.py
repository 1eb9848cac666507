"""The command line, run as a user runs it: a real process, exit codes, output."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

from desktop import __version__
from desktop.core.db import open_store
from desktop.core.operations import Operations
from desktop.core.store_file import HEAD_REVISION


def curator(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, timeout=120, check=False)


def test_version() -> None:
    result = curator("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"curator {__version__}"


def test_init_with_sample_then_stats(tmp_path: Path) -> None:
    db = tmp_path / "team.sqlite"
    created = curator("init", "--db", str(db), "--sample")
    assert created.returncode == 0, created.stderr
    result = curator("stats", "--db", str(db))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "Events: 8" in lines
    assert "Event-participant links: 56" in lines
    assert "Relations between events: 3" in lines
    assert "  AI Engagement Activity: 8" in lines
    assert "  2024: 2" in lines and "  2025: 6" in lines
    # each kind as the window names it, not as the store keeps it ("organization")
    assert ("Participants: 55 (12 countries, 2 groups, 28 organisations, 13 people)"
            in lines)


def test_database_from_environment_variable(tmp_path: Path) -> None:
    db = tmp_path / "from-env.sqlite"
    assert curator("init", env={"CURATOR_DB": str(db)}).returncode == 0
    assert db.exists()
    result = curator("stats", env={"CURATOR_DB": str(db)})
    assert "Events: 0" in result.stdout.splitlines()


def test_db_given_before_the_command_is_the_database_used(
        tmp_path: Path, isolated_home: Path) -> None:
    """``curator --db copy.sqlite import …`` writes into copy.sqlite, not into the
    per-user database (the command's own --db, left out, set it back to none)."""
    own = curator("init")  # the analyst's own database, in the per-user folder
    assert own.returncode == 0, own.stderr
    copy = tmp_path / "copy.sqlite"
    assert curator("--db", str(copy), "init").returncode == 0 and copy.exists()
    table = tmp_path / "visits.csv"
    table.write_text("Title,Date\nVisit to Vientiane,2025/7\n", encoding="utf-8")
    imported = curator("--db", str(copy), "import", str(table))
    assert imported.returncode == 0, imported.stderr
    assert "Events: 1" in curator("--db", str(copy), "stats").stdout.splitlines()
    assert "Events: 0" in curator("stats").stdout.splitlines()
    # Given after the command too, the later one stands, as options do.
    both = curator("--db", str(tmp_path / "nope.sqlite"), "stats", "--db", str(copy))
    assert both.returncode == 0 and f"Database: {copy}" in both.stdout.splitlines()


def test_what_cannot_be_read_or_cannot_hold_an_event_is_said_so(tmp_path: Path) -> None:
    """A missing file, a folder that is no Data Package, a date range the wrong
    way round: said in the words of the mistake, and nothing written."""
    db = tmp_path / "mine.sqlite"
    assert curator("init", "--db", str(db), "--sample").returncode == 0
    missing = curator("--db", str(db), "import", str(tmp_path / "nosuch.json"))
    assert missing.returncode != 0
    assert missing.stderr == f"curator: {tmp_path / 'nosuch.json'}: No such file or directory\n"
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "notes.txt").write_text("not a package", encoding="utf-8")
    refused = curator("--db", str(db), "import", str(folder))
    assert refused.returncode != 0 and refused.stderr == (
        f"curator: {folder}: a folder without datapackage.json: not a Data Package the app "
        "can import\n")
    out = tmp_path / "out.json"
    backwards = curator("--db", str(db), "export", str(out), "--from", "2026", "--to", "2025")
    assert backwards.returncode != 0 and not out.exists()
    assert backwards.stderr == ("curator: --from/--to: no event can be in this range: it starts "
                                "on 1 January 2026, after it ends (31 December 2025)\n")
    one_month = curator("--db", str(db), "export", str(out), "--from", "2025-05",
                        "--to", "May 2025")
    assert one_month.returncode == 0 and one_month.stdout == f"Wrote 1 event to {out}\n"


def test_failures_are_one_line_on_stderr_with_nonzero_status(tmp_path: Path) -> None:
    missing = curator("stats", "--db", str(tmp_path / "nope.sqlite"))
    assert missing.returncode != 0
    assert missing.stderr.count("\n") == 1 and "does not exist" in missing.stderr
    db = tmp_path / "twice.sqlite"
    assert curator("init", "--db", str(db)).returncode == 0
    again = curator("init", "--db", str(db))
    assert again.returncode != 0 and "already exists" in again.stderr
    junk = tmp_path / "junk.sqlite"
    junk.write_text("not a database")
    broken = curator("stats", "--db", str(junk))
    assert broken.returncode != 0 and "Traceback" not in broken.stderr
    assert junk.read_text() == "not a database"


def test_check_reports_a_healthy_database(tmp_path: Path) -> None:
    db = tmp_path / "ok.sqlite"
    curator("init", "--db", str(db), "--sample")
    result = curator("check", "--db", str(db))
    assert result.returncode == 0 and "no problems found" in result.stdout


def test_check_finds_date_bounds_that_do_not_match(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "bad.sqlite"
    curator("init", "--db", str(db), "--sample")
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE events SET date_end = '1999-01-01' WHERE date_edtf = '2025-02'")
    connection.close()
    result = curator("check", "--db", str(db))
    assert result.returncode != 0
    assert "do not match '2025-02'" in result.stdout


def test_check_finds_a_stale_search_index(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "stale.sqlite"
    curator("init", "--db", str(db), "--sample")
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE event_search SET body = 'nothing' WHERE rowid = 2")
    connection.close()
    result = curator("check", "--db", str(db))
    assert result.returncode != 0 and "search index: event" in result.stdout


def test_a_query_leaving_out_or_joining_terms_is_read_as_the_window_reads_it(
        tmp_path: Path) -> None:
    db = tmp_path / "mine.sqlite"
    curator("init", "--db", str(db), "--sample")
    out = tmp_path / "rest.csv"

    def written(query: str) -> int:
        result = curator("export", str(out), "--db", str(db), "--query", query)
        assert result.returncode == 0, result.stderr
        return int(result.stdout.split()[1])

    asean, brazil, laos = written("ASEAN"), written("Brazil"), written("Laos")
    assert 0 < asean < 8 and brazil and laos
    # a search that begins with a dash is the search, not an option
    assert written("-ASEAN") == 8 - asean
    assert written("Brazil OR Laos") == brazil + laos  # no event names both


def test_export_filtered_json_and_csv_then_import_into_another_database(
        tmp_path: Path) -> None:
    import csv
    import json

    db = tmp_path / "mine.sqlite"
    curator("init", "--db", str(db), "--sample")
    out = tmp_path / "asean.json"
    result = curator("export", str(out), "--db", str(db), "--query", "ASEAN",
                     "--from", "2025-01", "--to", "December 2025")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Wrote 2 events to {out}"
    document = json.loads(out.read_text(encoding="utf-8"))
    assert {e["title"] for e in document["events"]} == {
        "2025 ASEAN-China Media Cooperation Forum",
        "China and Laos Build AI Innovation Cooperation Center"}
    table = tmp_path / "events.csv"
    assert curator("export", str(table), "--db", str(db), "--excel").returncode == 0
    with table.open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == 8

    theirs = tmp_path / "theirs.sqlite"
    curator("init", "--db", str(theirs))
    result = curator("import", str(out), "--db", str(theirs))
    assert result.returncode == 0, result.stderr
    assert "2 new events" in result.stdout
    assert "Events: 2" in curator("stats", "--db", str(theirs)).stdout.splitlines()
    assert list((tmp_path / "backups").glob("theirs-*-before-import.sqlite"))


def _sample_and_a_renamed_copy(tmp_path: Path, *, renamed_here: bool = True
                               ) -> tuple[Path, Path]:
    """A sample database, and its JSON export with one event renamed (and,
    ``renamed_here``, the same event renamed otherwise in the database since)."""
    db = tmp_path / "mine.sqlite"
    curator("init", "--db", str(db), "--sample")
    copy = tmp_path / "copy.json"
    curator("export", str(copy), "--db", str(db))
    document = json.loads(copy.read_text(encoding="utf-8"))
    document["events"][0]["title"] = "Renamed by a colleague"
    copy.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    if renamed_here:
        store = open_store(db)
        Operations(store, "Me").update_event(document["events"][0]["id"],
                                             {"title": "Renamed here"})
        store.close()
    return db, copy


def test_a_copy_only_the_colleague_changed_is_taken_without_asking(tmp_path: Path) -> None:
    db, copy = _sample_and_a_renamed_copy(tmp_path, renamed_here=False)
    done = curator("import", str(copy), "--db", str(db))  # no --on-conflict: nothing to ask
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{copy}: 0 new events, 0 new participants, 62 unchanged, "
                                  "1 changed (only in the file, taken)")
    again = tmp_path / "again.json"
    curator("export", str(again), "--db", str(db))
    assert "Renamed by a colleague" in again.read_text(encoding="utf-8")


def test_import_refuses_a_changed_copy_until_told_how(tmp_path: Path) -> None:
    db, copy = _sample_and_a_renamed_copy(tmp_path)
    refused = curator("import", str(copy), "--db", str(db))
    assert refused.returncode != 0
    said, record = refused.stderr.splitlines()  # a line each, the record named
    assert said.startswith("curator: 1 record differs from this database")
    assert record.startswith("curator: event “") and "changed on both sides" in record
    taken = curator("import", str(copy), "--db", str(db), "--on-conflict", "theirs")
    assert taken.returncode == 0, taken.stderr
    again = tmp_path / "again.json"
    curator("export", str(again), "--db", str(db))
    assert "Renamed by a colleague" in again.read_text(encoding="utf-8")


def test_an_import_says_when_places_and_tags_are_now_written_two_ways(
        tmp_path: Path) -> None:
    db, copy = _sample_and_a_renamed_copy(tmp_path)
    document = json.loads(copy.read_text(encoding="utf-8"))
    document["events"].append({"id": "0c000000-0000-4000-8000-000000000009",
                               "title": "Their meeting", "place": "Beijing, China",
                               "tags": ["ai-governance"]})
    copy.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    done = curator("import", str(copy), "--db", str(db), "--on-conflict", "ours")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-2:] == [
        "1 place and 1 tag may be written more than one way now (Tools ▸ Tidy places…, "
        "Tidy tags… and Tidy publishers… show them).",
        # their meeting has no country, and its place names one
        "1 event imported has no country though its place gives one: Tools ▸ Gaps in the"
        f" data… ▸ Fill in from their places (or `curator fill-countries --db {db}`)."]
    # A later file that only retitles their meeting brings no new spelling: no word on
    # the variants the database already has.
    document["events"][-1]["title"] = "Their meeting, renamed"
    copy.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    again = curator("import", str(copy), "--db", str(db), "--on-conflict", "theirs")
    assert again.returncode == 0, again.stderr
    assert "2 changed" in again.stdout and "more than one way" not in again.stdout
    exported = tmp_path / "after.json"
    curator("export", str(exported), "--db", str(db))
    theirs = next(event for event in json.loads(exported.read_text(encoding="utf-8"))["events"]
                  if event["id"] == document["events"][-1]["id"])
    # Taken from their file; what it leaves out (the status) is kept as it was.
    assert theirs["title"] == "Their meeting, renamed" and theirs["status"] == "draft"


def test_export_to_an_unwritable_place_fails_cleanly(tmp_path: Path) -> None:
    db = tmp_path / "mine.sqlite"
    curator("init", "--db", str(db), "--sample")
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    result = curator("export", str(blocked / "out.json"), "--db", str(db))
    assert result.returncode != 0 and result.stderr.startswith("curator: ")
    assert "Traceback" not in result.stderr
    folder = tmp_path / "out.json"
    folder.mkdir()
    result = curator("export", str(folder), "--db", str(db))
    assert result.returncode != 0
    assert result.stderr == f"curator: {folder} is a folder: choose a file name\n"
    assert list(tmp_path.glob(".*partial")) == [] and list(folder.iterdir()) == []


def test_data_package_export_and_import_by_content(tmp_path: Path) -> None:
    db = tmp_path / "mine.sqlite"
    curator("init", "--db", str(db), "--sample")
    folder = tmp_path / "dataset"
    result = curator("export", str(folder), "--db", str(db))
    assert result.returncode == 0 and (folder / "datapackage.json").is_file()
    other = tmp_path / "other.sqlite"
    curator("init", "--db", str(other))
    result = curator("import", str(folder), "--db", str(other))
    assert result.returncode == 0, result.stderr
    assert "8 new events, 55 new participants" in result.stdout


def test_the_files_ending_picks_the_format_and_an_unknown_one_is_refused(
        tmp_path: Path) -> None:
    db = tmp_path / "mine.sqlite"
    curator("init", "--db", str(db), "--sample")
    zipped = curator("export", str(tmp_path / "dataset.zip"), "--db", str(db))
    assert zipped.returncode == 0, zipped.stderr
    assert (tmp_path / "dataset.zip").is_file()
    other = tmp_path / "other.sqlite"
    curator("init", "--db", str(other))
    result = curator("import", str(tmp_path / "dataset.zip"), "--db", str(other))
    assert "8 new events, 55 new participants" in result.stdout, result.stderr
    refused = curator("export", str(tmp_path / "report.txt"), "--db", str(db))
    assert refused.returncode != 0
    assert refused.stderr.startswith("curator: report.txt: the ending .txt says no format")
    assert not (tmp_path / "report.txt").exists()
    chosen = curator("export", str(tmp_path / "report.txt"), "--format", "csv", "--db", str(db))
    assert chosen.returncode == 0 and (tmp_path / "report.txt").read_text().startswith("id,")


def test_a_package_export_never_replaces_a_folder_of_other_files(tmp_path: Path) -> None:
    db = tmp_path / "mine.sqlite"
    curator("init", "--db", str(db), "--sample")
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "thesis.docx").write_text("months of work")
    result = curator("export", str(documents), "--db", str(db))
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "not a Data Package's (thesis.docx); it is left as it is" in result.stderr
    assert [p.name for p in documents.iterdir()] == ["thesis.docx"]


def test_import_a_foreign_csv_with_mapping_and_bad_rows(tmp_path: Path) -> None:
    db = tmp_path / "mine.sqlite"
    curator("init", "--db", str(db), "--sample")
    sheet = tmp_path / "colleague.csv"
    sheet.write_text("Activity,Held on,Parties\r\n"
                     "Joint lab opening,\"May 25, 2025\",石中军 (speaker)\r\n"
                     "Broken row,2025-02-30,,Hanoi\r\n", encoding="utf-8")
    refused = curator("import", str(sheet), "--db", str(db), "--map", "title=Activity",
                      "--map", "date=Held on", "--map", "participants=Parties")
    assert refused.returncode != 0
    lines = refused.stderr.splitlines()
    assert len(lines) == 3 and all(line.startswith("curator: colleague.csv row 3")
                                   for line in lines[:2])
    assert "colleague.csv row 3, date" in lines[1]
    assert lines[2] == "curator: 2 problems in 1 row: fix them or use --skip-bad-rows"
    taken = curator("import", str(sheet), "--db", str(db), "--map", "title=Activity",
                    "--map", "date=Held on", "--map", "participants=Parties",
                    "--skip-bad-rows")
    assert taken.returncode == 0, taken.stderr
    assert "1 participant name matched" in taken.stdout
    assert "skipped: colleague.csv row 3" in taken.stderr
    assert "Events: 9" in curator("stats", "--db", str(db)).stdout.splitlines()


def test_backup_and_restore(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "mine.sqlite"
    curator("init", "--db", str(db), "--sample")
    made = curator("backup", "--db", str(db))
    assert made.returncode == 0, made.stderr
    backup = Path(made.stdout.strip().removeprefix("Backed up to "))
    assert backup.parent == tmp_path / "backups" and backup.exists()
    with sqlite3.connect(db) as connection:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("DELETE FROM events WHERE title LIKE '%Brazil%'")
    connection.close()
    assert "Events: 7" in curator("stats", "--db", str(db)).stdout.splitlines()
    junk = tmp_path / "junk.sqlite"
    junk.write_text("not a database")
    refused = curator("restore", str(junk), "--db", str(db))
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    assert "Events: 7" in curator("stats", "--db", str(db)).stdout.splitlines()
    restored = curator("restore", str(backup), "--db", str(db))
    assert restored.returncode == 0, restored.stderr
    assert "Events: 8" in curator("stats", "--db", str(db)).stdout.splitlines()
    assert list((tmp_path / "backups").glob("mine-*-before-restore.sqlite"))


def test_the_command_an_import_prints_takes_it_back(tmp_path: Path) -> None:
    import shlex

    db = tmp_path / "mine copy.sqlite"  # a name a shell must be given quoted
    curator("init", "--db", str(db), "--sample")
    (tmp_path / "theirs.json").write_text(json.dumps({
        "format": "engagement-curator", "format_version": 1, "participants": [],
        "events": [{"id": "0c000000-0000-4000-8000-000000000007", "title": "Their forum",
                    "date": "2025-05"}]}), encoding="utf-8")
    imported = curator("import", str(tmp_path / "theirs.json"), "--db", str(db))
    assert imported.returncode == 0, imported.stderr
    assert "Events: 9" in curator("stats", "--db", str(db)).stdout.splitlines()
    said = imported.stdout.split("`")
    assert said[2].startswith(" takes the import back)")
    command = shlex.split(said[1])
    assert command[:2] == ["curator", "restore"]
    restored = curator(*command[1:])
    assert restored.returncode == 0, restored.stderr
    assert "Events: 8" in curator("stats", "--db", str(db)).stdout.splitlines()


def test_a_full_disk_during_export_or_backup_leaves_no_file(tmp_path: Path,
                                                            monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import errno
    import io
    from contextlib import redirect_stderr

    from desktop.cli import main

    db = tmp_path / "mine.sqlite"
    assert main(["init", "--db", str(db), "--sample"]) == 0
    out = tmp_path / "out"
    out.mkdir()

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("desktop.core.exchange.atomic.os.fsync", full)
    for name in ("events.json", "events.csv"):
        errors = io.StringIO()
        with redirect_stderr(errors):
            assert main(["export", str(out / name), "--db", str(db)]) == 1
        assert "No space left on device" in errors.getvalue()
    monkeypatch.setattr("desktop.core.backup._copy", lambda _source, target: (
        target.write_bytes(b"half"), full())[1])
    errors = io.StringIO()
    with redirect_stderr(errors):
        assert main(["backup", "--db", str(db)]) == 1
    assert "No space left on device" in errors.getvalue()
    assert list(out.iterdir()) == [] and list((tmp_path / "backups").iterdir()) == []


def test_a_whole_export_reads_the_file_alone_and_writes_what_the_window_writes(
        tmp_path: Path) -> None:
    """``curator export`` of every event opens a plain read-only connection
    (no SQLAlchemy, a sixth of the time at 100 000 events); its files are the
    window's, byte for byte but for the export time."""
    from desktop.core.db import open_store
    from desktop.core.exchange.csv_export import write_events_csv
    from desktop.core.exchange.json_export import write_json
    from desktop.core.operations import Operations

    db = tmp_path / "mine.sqlite"
    assert curator("init", "--db", str(db), "--sample").returncode == 0
    store = open_store(db)
    ops = Operations(store, "Analyst")
    odd = ops.create_event({"title": "=HYPERLINK(\"x\"), 北京", "date": "2025-03?"})
    twin = ops.create_event({"title": "Twin"})
    ops.mark_not_duplicates("event", *odd.ids("event"), *twin.ids("event"))
    with store.session() as session:
        with (tmp_path / "window.json").open("wb") as out:
            write_json(session, out, exported_at="2026-01-01T00:00:00Z")
        with (tmp_path / "window.csv").open("wb") as out:
            write_events_csv(session, out, excel=True)
    store.close()

    script = ("import sys; from desktop.cli import main; "
              f"main(['export', {str(tmp_path / 'cli.json')!r}, '--db', {str(db)!r}]); "
              f"main(['export', {str(tmp_path / 'cli.csv')!r}, '--excel', '--db', {str(db)!r}]); "
              "print('sqlalchemy' in sys.modules)")
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         timeout=120, check=True)
    assert run.stdout.splitlines() == ["Wrote 10 events to " + str(tmp_path / "cli.json"),
                                       "Wrote 10 events to " + str(tmp_path / "cli.csv"),
                                       "False"]
    assert (tmp_path / "cli.csv").read_bytes() == (tmp_path / "window.csv").read_bytes()
    cli_json = json.loads((tmp_path / "cli.json").read_text(encoding="utf-8"))
    window_json = json.loads((tmp_path / "window.json").read_text(encoding="utf-8"))
    assert cli_json.pop("exported_at") != window_json.pop("exported_at")
    assert cli_json == window_json and cli_json["not_duplicates"]
    assert (tmp_path / "cli.json").read_bytes().split(b"\n")[1:] == (
        tmp_path / "window.json").read_bytes().split(b"\n")[1:]


def test_a_whole_export_of_an_older_database_upgrades_it_first(tmp_path: Path) -> None:
    from tests.core.old_schema import database_at

    db = database_at(tmp_path / "old.sqlite", "0004")
    result = curator("export", str(tmp_path / "out.json"), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert json.loads((tmp_path / "out.json").read_text())["events"] == []
    assert sqlite3.connect(db).execute("SELECT version_num FROM alembic_version").fetchone() == (
        HEAD_REVISION,)
    assert list((tmp_path / "backups").glob("old-*-before-migration.sqlite"))


def _on_a_terminal(*args: str) -> tuple[int, str]:
    """Run ``curator`` with standard error on a pseudo-terminal, as in a shell;
    its exit status and what the terminal showed."""
    import pty

    primary, secondary = pty.openpty()
    try:
        process = subprocess.run([sys.executable, "-m", "desktop", *args],
                                 stdout=subprocess.DEVNULL, stderr=secondary, timeout=120,
                                 check=False)
    finally:
        os.close(secondary)
    shown = b""
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:  # the terminal's other end is closed: all is read
            break
        if not chunk:
            break
        shown += chunk
    os.close(primary)
    return process.returncode, shown.decode()


def test_long_commands_show_progress_on_a_terminal_and_nothing_in_a_pipe(
        tmp_path: Path) -> None:
    db = tmp_path / "mine.sqlite"
    assert curator("init", "--db", str(db), "--sample").returncode == 0
    status, shown = _on_a_terminal("export", str(tmp_path / "all.json"), "--db", str(db))
    assert status == 0 and "Exporting 8 of 8 events" in shown
    status, shown = _on_a_terminal("export", str(tmp_path / "some.csv"), "--query", "ASEAN",
                                   "--db", str(db))
    assert status == 0 and "Exporting 3 of 3 events" in shown
    status, shown = _on_a_terminal("export", str(tmp_path / "package"), "--db", str(db))
    assert status == 0 and "Exporting 8 of 8 events" in shown

    other = tmp_path / "other.sqlite"
    assert curator("init", "--db", str(other)).returncode == 0
    status, shown = _on_a_terminal("import", str(tmp_path / "all.json"), "--db", str(other))
    assert status == 0
    assert "Reading 55 records" in shown and "Reading 63 records" in shown
    assert "Importing 63 of 63 records; finishing…" in shown
    assert shown.endswith("\r\x1b[K")  # the line is cleared when done

    piped = curator("export", str(tmp_path / "again.json"), "--db", str(db))
    assert piped.returncode == 0 and piped.stderr == ""


def test_import_names_their_participants_stored_as_ours(tmp_path: Path) -> None:
    from tests.exchange.test_json import _colleague_with_own_participants

    db = tmp_path / "mine.sqlite"
    assert curator("init", "--db", str(db), "--sample").returncode == 0
    from desktop.core.db import open_store

    store = open_store(db)
    document = _colleague_with_own_participants(store)
    store.close()
    theirs = tmp_path / "theirs.json"
    theirs.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    result = curator("import", str(theirs), "--db", str(db))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "3 new participants (2 of them named as participants here)" in lines[0]
    assert lines[1:3] == [
        "  stored as the participant here: China Intl. Communications Group  →  "
        "China International Communications Group",
        "  stored as the participant here: 國家發展和改革委員會  →  "
        "National Development and Reform Commission"]
    stats = curator("stats", "--db", str(db)).stdout.splitlines()
    assert stats[2].startswith("Participants: 56 ")  # the sample's 55 and someone new


def test_a_file_holding_nothing_imports_nothing_and_makes_no_backup(tmp_path: Path) -> None:
    db = tmp_path / "mine.sqlite"
    curator("init", "--db", str(db), "--sample")
    sheet = tmp_path / "headers-only.csv"
    sheet.write_text("Title,Date\r\n", encoding="utf-8")
    result = curator("import", str(sheet), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "headers-only.csv: read: title from 'Title', date from 'Date'",
        f"{sheet} holds no events or participants: nothing to import"]
    assert not (tmp_path / "backups").exists()
    own = tmp_path / "own.json"
    curator("export", str(own), "--db", str(db))
    again = curator("import", str(own), "--db", str(db))
    assert again.stdout == f"{own} holds 63 records, each as it is here: nothing to import\n"
    assert not (tmp_path / "backups").exists()


def test_the_row_of_a_tables_column_names_can_be_given(tmp_path: Path) -> None:
    db = tmp_path / "mine.sqlite"
    curator("init", "--db", str(db))
    sheet = tmp_path / "visits.csv"
    sheet.write_text("Visits, 2024\r\n\r\nTitle,Date\r\n论坛,2024-05-01\r\nSummit,2024\r\n",
                     encoding="utf-8")
    found = curator("import", str(sheet), "--db", str(db))
    assert found.stderr == ("curator: visits.csv: no column is mapped to the title (its "
                            "columns: Visits, 2024)\n")
    given = curator("import", str(sheet), "--db", str(db), "--header-row", "3")
    assert given.returncode == 0, given.stderr
    assert "2 new events," in given.stdout
    beyond = curator("import", str(sheet), "--db", str(db), "--header-row", "7")
    assert beyond.stderr == "curator: visits.csv: ends before row 7\n"


def test_a_file_that_is_not_the_apps_says_what_it_is_instead(tmp_path: Path) -> None:
    db = tmp_path / "mine.sqlite"
    curator("init", "--db", str(db))
    files = {
        "empty.json": ("", "empty.json: is empty"),
        "empty.csv": ("", "empty.csv: is empty"),
        "no-format.json": ('{"format_version": 1, "events": []}',
                           f"{tmp_path / 'no-format.json'}: is not an Engagement Curator JSON "
                           'document: it has no "format" field; the app\'s own files begin '
                           'with "format": "engagement-curator"'),
        "zotero.json": ('{"format": "zotero", "items": []}',
                        f"{tmp_path / 'zotero.json'}: is not an Engagement Curator JSON "
                        'document: its "format" is "zotero"; the app\'s own files begin '
                        'with "format": "engagement-curator"'),
        # a list of records is a table (test_import_reads_a_json_list_of_records_as_a_table)
        "list.json": ("\n  []", "list.json: holds no records"),
        "value.json": ('{"title": "Forum"}\n"not a record"',
                       "value.json line 2: cannot be read as JSON: "),
    }
    for name, (text, message) in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        result = curator("import", str(tmp_path / name), "--db", str(db))
        assert result.returncode != 0
        assert result.stderr.startswith(f"curator: {message}"), (name, result.stderr)
    assert not (tmp_path / "backups").exists()


def test_a_table_in_a_code_page_is_imported_once_its_encoding_is_confirmed(
        tmp_path: Path) -> None:
    db = tmp_path / "mine.sqlite"
    curator("init", "--db", str(db), "--sample")
    sheet = tmp_path / "gbk.csv"
    sheet.write_bytes("标题,日期\r\n中国—东盟人工智能合作论坛,2025年5月25日\r\n".encode("gb18030"))
    asked = curator("import", str(sheet), "--db", str(db))
    assert asked.returncode != 0
    assert asked.stderr == ("curator: gbk.csv line 1 is not UTF-8 text: it reads as GB18030 "
                            "(Chinese, simplified): import it with --encoding gb18030, or save "
                            "it as “CSV UTF-8”\n")
    wrong = curator("import", str(sheet), "--db", str(db), "--encoding", "big5")
    assert wrong.stderr == ("curator: gbk.csv line 1: cannot be read as Big5 (Chinese, "
                            "traditional)\n")
    done = curator("import", str(sheet), "--db", str(db), "--encoding", "gb18030")
    assert done.returncode == 0, done.stderr
    assert "1 new event," in done.stdout
    export = tmp_path / "all.json"
    curator("export", str(export), "--db", str(db))
    assert "中国—东盟人工智能合作论坛" in export.read_text(encoding="utf-8")


def test_nothing_is_written_under_an_open_window(tmp_path: Path) -> None:
    """A window's lists, forms and undo steps would no longer be the file's."""
    from PySide6.QtCore import QLockFile

    db = tmp_path / "mine.sqlite"
    curator("init", "--db", str(db), "--sample")
    own = tmp_path / "own.json"
    curator("export", str(own), "--db", str(db))
    backup = curator("backup", "--db", str(db)).stdout.split()[-1]
    window = QLockFile(str(tmp_path / "mine.sqlite.lock"))  # as the window takes it
    assert window.tryLock(0)
    try:
        for args in (("import", str(own)), ("restore", backup)):
            refused = curator(*args, "--db", str(db))
            assert refused.returncode != 0
            assert refused.stderr.startswith(
                f"curator: mine.sqlite is open in an Engagement Curator window (process "
                f"{os.getpid()}): "), refused.stderr
        assert curator("export", str(tmp_path / "read.json"), "--db", str(db)).returncode == 0
    finally:
        window.unlock()
    # the lock of a window that crashed holds nothing back
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    (tmp_path / "mine.sqlite.lock").write_text(f"{gone}\ncurator\n{socket.gethostname()}\n")
    assert curator("import", str(own), "--db", str(db)).returncode == 0


def test_export_a_saved_search_a_country_or_a_source(tmp_path: Path) -> None:
    """The filters set up in the window, saved by name, for a script to export."""
    from desktop.core.db import open_store
    from desktop.core.filters import EventFilter
    from desktop.core.operations import Operations

    db = tmp_path / "mine.sqlite"
    curator("init", "--db", str(db), "--sample")
    store = open_store(db)
    Operations(store, "Analyst").save_search(
        "Laos and Cambodia", EventFilter(country=frozenset({"LA", "KH"})).to_json())
    store.close()

    def titles(path: Path) -> list[str]:
        return sorted(event["title"] for event in json.loads(path.read_text())["events"])

    saved = tmp_path / "saved.json"
    assert curator("export", str(saved), "--saved", "Laos and Cambodia",
                   "--db", str(db)).returncode == 0
    laos = tmp_path / "laos.json"
    assert curator("export", str(laos), "--country", "老挝", "--db", str(db)).returncode == 0
    assert titles(laos) == ["China and Laos Build AI Innovation Cooperation Center"]
    assert len(titles(saved)) == 2 and set(titles(laos)) < set(titles(saved))
    narrowed = tmp_path / "narrowed.json"
    assert curator("export", str(narrowed), "--saved", "Laos and Cambodia", "--country", "LA",
                   "--db", str(db)).returncode == 0
    assert titles(narrowed) == titles(laos)
    unknown = curator("export", str(tmp_path / "x.json"), "--saved", "Nope", "--db", str(db))
    assert unknown.stderr == ("curator: --saved: no saved search is called 'Nope' (there "
                              "are: Laos and Cambodia)\n")
    reported = tmp_path / "reported.json"  # a publisher in any case, two of them
    assert curator("export", str(reported), "--source", "reuters", "--source", "CNN",
                   "--db", str(db)).returncode == 0
    assert titles(reported) == ["8th World Artificial Intelligence Conference (WAIC 2025)",
                                "Sberbank Cooperates with China on AI Projects"]
    nobody = curator("export", str(tmp_path / "y.json"), "--source", "Pravda", "--db", str(db))
    assert nobody.returncode != 0 and nobody.stderr == (
        "curator: --source: no source is from 'Pravda'\n")
    assert not (tmp_path / "y.json").exists()


def test_a_dry_run_says_what_an_import_would_do_and_writes_nothing(tmp_path: Path) -> None:
    from PySide6.QtCore import QLockFile

    db, copy = _sample_and_a_renamed_copy(tmp_path)
    before = db.read_bytes()
    window = QLockFile(str(tmp_path / "mine.sqlite.lock"))  # reading is fine under a window
    assert window.tryLock(0)
    try:
        result = curator("import", str(copy), "--db", str(db), "--dry-run")
    finally:
        window.unlock()
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"{copy}: 0 new events, 0 new participants, 62 unchanged, 1 changed"
    assert lines[1].startswith("  changed: event “Renamed by a colleague”")
    assert lines[-1] == "Nothing was written (--dry-run)"
    assert db.read_bytes() == before and not (tmp_path / "backups").exists()


def test_a_dry_run_names_the_new_events(tmp_path: Path) -> None:
    db, copy = _sample_and_a_renamed_copy(tmp_path, renamed_here=False)
    document = json.loads(copy.read_text(encoding="utf-8"))
    document["events"].append(dict(document["events"][1], id="0b1c2d3e-0000-4000-8000-000000000001",
                                   title="中老人工智能联合实验室揭牌", date="2025-10-13",
                                   participants=[], sources=[], figures=[], related=[]))
    copy.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    result = curator("import", str(copy), "--db", str(db), "--dry-run")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{copy}: 1 new event, 0 new participants")
    assert "  new: event “中老人工智能联合实验室揭牌” (2025-10-13)" in lines
    assert lines[-1] == "Nothing was written (--dry-run)"


def test_import_reads_a_json_list_of_records_as_a_table(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite"
    assert curator("init", "--db", str(db)).returncode == 0
    records = tmp_path / "from_pandas.json"
    records.write_text(json.dumps([{"title": "Forum A", "date": "2025-05-01", "place": "北京"},
                                   {"title": "Forum B", "date": "not a date"}],
                                  ensure_ascii=False), encoding="utf-8")
    refused = curator("import", str(records), "--db", str(db))
    assert refused.returncode != 0
    assert "from_pandas.json row 2, date: 'not a date'" in refused.stderr
    done = curator("import", str(records), "--db", str(db), "--skip-bad-rows")
    assert done.returncode == 0, done.stderr
    assert "from_pandas.json: 1 new event," in done.stdout
