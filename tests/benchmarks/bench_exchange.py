"""Export and import of the 100k dataset (JSON, events.csv, the Data Package)
beside ``sqlite-utils`` on the same data.

Each side runs as its own process, in turns, ``RUNS`` times; the median wall
time and the highest peak resident memory (polled from /proc while it runs) are
recorded for both.  ``sqlite-utils`` dumps or
loads one flat table; the project writes and reads the whole dataset (events
with participants, roles, tags, sources) and checks every value on import.
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from desktop.core import bulk, search
from tests.benchmarks.common import Result, result

SQLITE_UTILS = Path(sys.executable).with_name("sqlite-utils")
RUNS = 3


def _run(command: list[str], output: Path | None = None) -> tuple[float, float]:
    """Wall seconds and peak resident MiB of a command."""
    out = output.open("wb") if output else subprocess.DEVNULL
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=out, stderr=subprocess.PIPE)
    peak = 0
    while process.poll() is None:
        try:
            for line in Path(f"/proc/{process.pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]))
        except (FileNotFoundError, ProcessLookupError):
            pass
        time.sleep(0.02)
    wall = time.perf_counter() - start
    if output:
        out.close()  # type: ignore[union-attr]
    if process.returncode != 0:
        assert process.stderr is not None
        raise RuntimeError(f"{command[:3]} failed: {process.stderr.read().decode()[-500:]}")
    return wall, peak / 1024


def _median_and_peak(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(wall for wall, _ in runs), max(peak for _, peak in runs)


def _curator(*args: str) -> list[str]:
    return [sys.executable, "-m", "desktop", *args]


def run(db: Path) -> list[Result]:
    if not SQLITE_UTILS.exists():
        print("sqlite-utils is not installed: exchange benchmarks skipped", flush=True)
        return []
    results = []
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        exports = {}
        for kind, flag in (("json", "--nl"), ("csv", "--csv")):
            ours_file = work / f"ours.{kind}"
            theirs_file = work / f"theirs.{kind}"
            ours_runs, theirs_runs = [], []
            for _ in range(RUNS):
                ours_runs.append(_run(_curator("export", str(ours_file), "--db", str(db))))
                theirs_runs.append(_run([str(SQLITE_UTILS), "rows", str(db), "events", flag],
                                        theirs_file))
            ours, theirs = _median_and_peak(ours_runs), _median_and_peak(theirs_runs)
            exports[kind] = (ours_file, theirs_file)
            results += [
                result(f"export_{kind}_100k_s", ours[0], theirs[0],
                       note=f"sqlite-utils rows {flag}: the events table alone; "
                            f"median of {RUNS}"),
                result(f"export_{kind}_100k_peak_mib", ours[1], theirs[1], unit="MiB")]
        for kind, flag in (("json", "--nl"), ("csv", "--csv")):
            ours_runs, theirs_runs = [], []
            for run in range(RUNS):
                target = work / f"import-{kind}-{run}.sqlite"
                subprocess.run(_curator("init", "--db", str(target)), check=True,
                               capture_output=True)
                ours_runs.append(_run(_curator("import", str(exports[kind][0]),
                                               "--db", str(target))))
                plain = work / f"plain-{kind}-{run}.sqlite"
                theirs_runs.append(_run([str(SQLITE_UTILS), "insert", str(plain), "events",
                                         str(exports[kind][1]), flag]))
                if kind == "json" and run == 0:
                    target.rename(work / "imported.sqlite")
                for leftover in (target, plain):
                    leftover.unlink(missing_ok=True)
                shutil.rmtree(work / "backups", ignore_errors=True)
            ours, theirs = _median_and_peak(ours_runs), _median_and_peak(theirs_runs)
            ours_start, theirs_start = _import_of_a_few(db, work, kind, flag)
            results += [
                result(f"import_{kind}_100k_s", ours[0], theirs[0],
                       note=f"sqlite-utils insert {flag}: one flat table, no checks; "
                            f"median of {RUNS}"),
                result(f"import_{kind}_100k_peak_mib", ours[1], theirs[1], unit="MiB"),
                result(f"import_{kind}_100k_growth_mib", ours[1] - ours_start,
                       theirs[1] - theirs_start, unit="MiB",
                       note=f"the peak less that of importing one event the same way "
                            f"(the process with its modules and caches: {ours_start:.0f} "
                            f"MiB, sqlite-utils {theirs_start:.0f} MiB); target under 150")]
            if kind == "json":
                work_runs = [_database_work(work / "imported.sqlite", work)
                             for _ in range(RUNS)]
                results.append(result(
                    "import_json_100k_database_work_s", statistics.median(work_runs), theirs[0],
                    note="SQLite's own share of the import, with no Python per row: the "
                         "imported rows copied by INSERT ... SELECT, the trigram index and "
                         "the dropped indexes built, the commit; baseline: sqlite-utils insert "
                         f"--nl; median of {RUNS}"))
        results += _package_import(db, work)
        results.append(_merge(db, work, *exports["json"]))
    return results


FEW = 1  # events in the file whose import tells what a process holds before any row


def _import_of_a_few(db: Path, work: Path, kind: str, flag: str) -> tuple[float, float]:
    """Peak MiB of each side importing a file of FEW events, as it imports the
    whole dataset: what the process holds before the rows (the interpreter,
    the modules, SQLite's caches), for the memory an import grows by."""
    # An event with a participant's Chinese name, like many in the dataset: its
    # import loads pypinyin's tables too (~55 MiB, to match names written in
    # pinyin), as the whole dataset's does, so what is left grows with the rows.
    with sqlite3.connect(db) as connection:
        title = connection.execute(
            "SELECT title FROM events WHERE id IN (SELECT event_id FROM event_participants "
            "JOIN participants ON participants.id = participant_id "
            "WHERE participants.native_name != '') ORDER BY seq LIMIT 1").fetchone()[0]
    ours_file, theirs_file = work / f"few.{kind}", work / f"few-theirs.{kind}"
    # The synthetic titles end in a number of their own: a search finds the one event.
    wrote = subprocess.run(_curator("export", str(ours_file), "--db", str(db), "--query",
                                    f'"{title}"'), check=True, capture_output=True, text=True)
    assert wrote.stdout.startswith(f"Wrote {FEW} event"), wrote.stdout
    with theirs_file.open("wb") as out:
        subprocess.run([str(SQLITE_UTILS), "rows", str(db), "events", flag,
                        "--limit", str(FEW)], check=True, stdout=out)
    target, plain = work / "few.sqlite", work / "few-plain.sqlite"
    subprocess.run(_curator("init", "--db", str(target)), check=True, capture_output=True)
    ours = _run(_curator("import", str(ours_file), "--db", str(target)))[1]
    theirs = _run([str(SQLITE_UTILS), "insert", str(plain), "events", str(theirs_file),
                   flag])[1]
    for leftover in (target, plain, ours_file, theirs_file):
        leftover.unlink()
    shutil.rmtree(work / "backups", ignore_errors=True)
    return ours, theirs


# The tables an import of the app's JSON document fills, parents first (with
# the vocabularies, whose ids the events name).
_IMPORTED_TABLES = ("vocabulary_terms", "participants", "participant_aliases",
                    "participant_search", "tags", "events", "event_tags",
                    "event_participants", "sources", "event_figures", "event_relations",
                    "change_log", "event_search")


def _database_work(imported: Path, work: Path) -> float:
    """Seconds SQLite spends storing what an import stored in ``imported``,
    into an empty database, the way the import does it (indexes dropped and
    built again, the bulk index buffer, one transaction, the app's pragmas),
    with the rows handed over by SQLite itself: the part of an import no
    Python code can make shorter."""
    target = work / "database-work.sqlite"
    target.unlink(missing_ok=True)
    subprocess.run(_curator("init", "--db", str(target)), check=True, capture_output=True)
    connection = sqlite3.connect(target, isolation_level=None)
    try:
        for pragma in ("foreign_keys = ON", "journal_mode = WAL", "synchronous = FULL",
                       "cache_size = -32768"):
            connection.execute(f"PRAGMA {pragma}")
        connection.execute("ATTACH ? AS imported", (str(imported),))
        cursor = connection.cursor()
        start = time.perf_counter()
        rebuild = bulk.drop_indexes(cursor)
        search.set_index_buffer(cursor, larger=True)
        for table in reversed(_IMPORTED_TABLES):
            cursor.execute(f"DELETE FROM main.{table}")
        for table in _IMPORTED_TABLES:
            cursor.execute(f"INSERT INTO main.{table} SELECT * FROM imported.{table}")
        search.index_event_range(cursor, 0, 1 << 62)
        for statement in rebuild:
            cursor.execute(statement)
        search.set_index_buffer(cursor, larger=False)
        cursor.execute("COMMIT")
        seconds = time.perf_counter() - start
        assert connection.execute("SELECT count(*) FROM event_fts('forum')").fetchone()[0]
    finally:
        connection.close()
    target.unlink()
    for suffix in ("-wal", "-shm"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    return seconds


def _package_import(db: Path, work: Path) -> list[Result]:
    """The Data Package of the whole dataset imported into an empty database
    (read a chunk at a time, its child tables indexed by event in a scratch
    file), beside ``sqlite-utils insert`` of its events.csv."""
    package = work / "package"
    subprocess.run(_curator("export", str(package), "--db", str(db)), check=True,
                   capture_output=True)
    ours_runs, theirs_runs = [], []
    for run in range(RUNS):
        target = work / f"import-package-{run}.sqlite"
        subprocess.run(_curator("init", "--db", str(target)), check=True, capture_output=True)
        ours_runs.append(_run(_curator("import", str(package), "--db", str(target))))
        plain = work / f"plain-package-{run}.sqlite"
        theirs_runs.append(_run([str(SQLITE_UTILS), "insert", str(plain), "events",
                                 str(package / "events.csv"), "--csv"]))
        for leftover in (target, plain):
            leftover.unlink()
        shutil.rmtree(work / "backups", ignore_errors=True)
    ours, theirs = _median_and_peak(ours_runs), _median_and_peak(theirs_runs)
    return [result("import_datapackage_100k_s", ours[0], theirs[0],
                   note="sqlite-utils insert --csv of the package's events.csv: one flat "
                        f"table, no checks; median of {RUNS}"),
            result("import_datapackage_100k_peak_mib", ours[1], theirs[1], unit="MiB")]


MERGED = 5000  # events a colleague changed (their titles), merged back taking theirs


def _with_changed_titles(source: Path, target: Path, marker: bytes) -> None:
    """``source`` with the first MERGED lines holding ``marker`` retitled."""
    changed = 0
    with source.open("rb") as lines, target.open("wb") as out:
        for line in lines:
            if changed < MERGED and marker in line:
                line = line.replace(marker, marker + b"Revised: ", 1)
                changed += 1
            out.write(line)


def _merge(db: Path, work: Path, ours_export: Path, theirs_rows: Path) -> Result:
    """A colleague's copy of the whole dataset with 5 000 events changed,
    merged back with ``--on-conflict theirs`` (the file read and compared,
    a backup, the changed events rewritten with their change log and search
    text), beside ``sqlite-utils upsert`` of the 5 000 changed rows into the
    events table alone.  Each run starts from a fresh copy of the database."""
    changed = work / "changed.json"
    _with_changed_titles(ours_export, changed, b'"title":"')
    changed_rows = work / "changed-rows.nl"
    with theirs_rows.open("rb") as lines, changed_rows.open("wb") as out:
        out.writelines(line.replace(b'"title": "', b'"title": "Revised: ', 1)
                       for line, _ in zip(lines, range(MERGED), strict=False))
    ours_runs, theirs_runs = [], []
    for _ in range(RUNS):
        target = work / "merge.sqlite"
        shutil.copyfile(db, target)
        ours_runs.append(_run(_curator("import", str(changed), "--db", str(target),
                                       "--on-conflict", "theirs")))
        shutil.copyfile(db, target)
        theirs_runs.append(_run([str(SQLITE_UTILS), "upsert", str(target), "events",
                                 str(changed_rows), "--nl", "--pk", "id"]))
        target.unlink()
        shutil.rmtree(work / "backups", ignore_errors=True)
    ours, theirs = _median_and_peak(ours_runs), _median_and_peak(theirs_runs)
    return result("import_merge_5000_changed_s", ours[0], theirs[0],
                  note="a colleague's copy of the 100k dataset with 5000 events changed, "
                       "--on-conflict theirs; baseline: sqlite-utils upsert of the 5000 rows "
                       f"into the events table alone; median of {RUNS}")
