"""A status line cut to a character or two and "…" says nothing: it is left
blank, its tooltip holding the whole."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.ui.eliding_label import ElidingLabel


def test_a_cut_to_fewer_than_three_characters_is_left_blank(qtbot: QtBot) -> None:
    label = ElidingLabel()
    qtbot.addWidget(label)
    whole, years = "1 January 1995 – 31 December 2026 · 18 events", "1995 – 2026"
    label.setText(whole, years)
    label.show()
    metrics = label.fontMetrics()
    label.resize(metrics.horizontalAdvance("1…") + 2, 20)
    assert label.shown_text() == "" and label.toolTip() == whole
    label.resize(metrics.horizontalAdvance("1995…") + 2, 20)
    assert label.shown_text() == "1995…"
