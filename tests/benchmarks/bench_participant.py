"""A participant in half of 100 000 events (a country, a ministry) shown in
the participant form, beside filling a table widget with an item per cell,
as the form did; and its country changed, beside the same change with its
50 000 events' search texts computed and written again, as it was stored.

The links are added to a copy of the benchmark database, which is left as
it is for the other benchmarks.
"""

from __future__ import annotations

import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem
from sqlalchemy import select

from desktop.core.db import Store, open_store
from desktop.core.models import EventParticipant
from desktop.core.operations import Operations
from desktop.core.participant_form_data import load_participant
from desktop.core.search import event_text, write_event_text
from desktop.ui.change_bus import Editor
from desktop.ui.participant_form import ParticipantForm
from tests.benchmarks.common import Result, median_seconds, result

LINKED = 50_000  # every second event


def _copy_with_a_busy_participant(store: Store, folder: Path) -> tuple[Path, str]:
    target = folder / "busy.sqlite"
    with closing(sqlite3.connect(store.path)) as source, \
            closing(sqlite3.connect(target)) as copy:
        source.backup(copy)
        participant = copy.execute("SELECT id FROM participants ORDER BY id LIMIT 1"
                                   ).fetchone()[0]
        role = copy.execute("SELECT id FROM vocabulary_terms WHERE vocabulary = 'role' "
                            "LIMIT 1").fetchone()[0]
        copy.execute(
            "INSERT INTO event_participants (event_id, participant_id, role_id, note, "
            "sort_order, id, created_at, updated_at, updated_by) "
            "SELECT e.id, ?, ?, '', 1000, 'busy-' || e.seq, '2026-01-01T00:00:00Z', "
            "'2026-01-01T00:00:00Z', 'bench' FROM events AS e WHERE e.seq % 2 = 0 "
            "AND NOT EXISTS (SELECT 1 FROM event_participants AS l "
            "WHERE l.event_id = e.id AND l.participant_id = ?)",
            (participant, role, participant))
        copy.commit()
    return target, participant


def run(store: Store) -> list[Result]:
    with tempfile.TemporaryDirectory(dir=store.path.parent) as scratch:
        path, participant = _copy_with_a_busy_participant(store, Path(scratch))
        busy = open_store(path)
        try:
            form = ParticipantForm(Editor(Operations(busy, "bench")))
            widget = QTableWidget(0, 3)

            def show_in_form() -> None:
                form.load(participant)

            def fill_widget_items() -> None:
                with busy.session() as session:
                    data = load_participant(session, participant)
                assert data is not None
                widget.setRowCount(len(data.events))
                for row, item in enumerate(data.events):
                    for column, text in enumerate((item.date, item.title, item.role)):
                        widget.setItem(row, column, QTableWidgetItem(text))

            shown = median_seconds(show_in_form, 5)
            assert form.events.model().rowCount() >= LINKED * 0.9
            baseline = median_seconds(fill_widget_items, 3)
            ops = Operations(busy, "bench")
            countries = iter(["LA", "KH"] * 10)

            def change_country() -> None:
                ops.update_participant(participant, {"country": next(countries)})

            def change_country_and_reindex() -> None:
                with ops.batch():
                    ops.update_participant(participant, {"country": next(countries)})
                    assert ops._work is not None
                    session = ops._work.session
                    write_event_text(session, event_text(session, session.scalars(
                        select(EventParticipant.event_id).where(
                            EventParticipant.participant_id == participant)).all()))

            changed = median_seconds(change_country, 3)
            reindexed = median_seconds(change_country_and_reindex, 3)
        finally:
            busy.close()
    return [result("list_participant_in_50k_events_ms", shown * 1000, baseline * 1000,
                   unit="ms", note="the participant form of one in every second event; "
                                   "baseline: its events as a table widget item per cell"),
            result("list_participant_country_in_50k_events_s", changed, reindexed,
                   note="its country changed; baseline: the same with its events' search "
                        "texts written again")]
