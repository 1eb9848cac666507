"""The merge's comparison shows a status, country or kind as the forms do,
not as the file holds it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.core.exchange.import_plan import Conflict
from desktop.ui.conflict_table import OURS, THEIRS, ConflictModel


def test_keys_and_codes_read_as_the_forms_show_them(qtbot: QtBot) -> None:
    event = Conflict("event", "e1", "Forum", (
        ("status", "needs_review", "verified"), ("country", "LA", "IR"),
        ("place", "Vientiane", "Tehran")), "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z")
    person = Conflict("participant", "p1", "Lab", (("kind", "person", "organization"),),
                      "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z")
    model = ConflictModel([event, person])
    shown = [(model.index(row, OURS).data(), model.index(row, THEIRS).data())
             for row in range(model.rowCount())]
    assert shown == [("Needs review", "Verified"), ("Laos (LA)", "Iran (IR)"),
                     ("Vientiane", "Tehran"), ("Person", "Organisation")]
    assert model.whole_value(1, THEIRS) == "Iran (IR)"
