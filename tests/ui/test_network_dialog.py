"""Tools ▸ Who works with whom…: the network of the current events, driven as
an analyst drives it — pointer and keyboard — and saved as a picture."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QGuiApplication, QImage
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desktop.core.network import member_events
from desktop.ui.main_window import MainWindow
from desktop.ui.network_dialog import NetworkDialog
from tests.ui.conftest import participant_menu, search


def _open(qtbot: QtBot, window: MainWindow) -> NetworkDialog:
    qtbot.waitUntil(lambda: window.is_ready)
    action = next(action for action in window.findChildren(QAction)
                  if action.text() == "&Who works with whom…")
    assert action.shortcut().toString() == "Ctrl+Shift+W"
    action.trigger()
    dialog = window.findChild(NetworkDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: bool(dialog.canvas.placed))  # drawn once
    return dialog


def _centre(dialog: NetworkDialog, name: str) -> QPoint:
    network = dialog.current
    assert network is not None
    number = next(n for n, m in enumerate(network.members) if m.name == name)
    return dialog.canvas.placed[number].centre.toPoint()


def _table(dialog: NetworkDialog) -> list[list[str]]:
    model = dialog.ties
    return [[model.index(row, column).data() for column in range(3)]
            for row in range(model.rowCount())]


def test_the_sample_drawn_with_its_ties(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open(qtbot, window)
    network = dialog.current
    assert network is not None
    assert dialog.scope.text() == "All 8 events"
    assert len(network.members) == 40 and "(of 53)" in dialog.note.text()
    assert dialog.ties_label.text() == f"{len(network.ties):,} ties, the strongest first"
    assert dialog.ties.rowCount() == len(network.ties)
    dialog.kind.setCurrentIndex(dialog.kind.findText("Countries"))
    network = dialog.current
    assert {member.kind for member in network.members} == {"country"}
    assert network.members[0].name == "China"
    # Every mark is inside the drawing and no two members share a place.
    inside = dialog.canvas.rect()
    centres = {(p.centre.x(), p.centre.y()) for p in dialog.canvas.placed}
    assert len(centres) == len(network.members)
    assert all(inside.contains(p.centre.toPoint()) for p in dialog.canvas.placed)


def test_clicking_a_participant_lists_its_ties_and_double_click_chooses_its_events(
        qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open(qtbot, window)
    dialog.kind.setCurrentIndex(dialog.kind.findText("Countries"))
    china = _centre(dialog, "China")
    qtbot.mouseClick(dialog.canvas, Qt.MouseButton.LeftButton, pos=china)
    assert dialog.canvas.focus == 0
    assert dialog.ties_label.text().startswith("China: country, China; in 2 events")
    assert dialog.table.isColumnHidden(0)
    # China's other event (FOCAC) has no other country among its participants.
    assert [line[1:] for line in _table(dialog)] == [["Brazil", "1"]]
    assert "shares" not in dialog.canvas.tooltip(0) and "with Brazil: 1 shared" \
        in dialog.canvas.tooltip(0)
    qtbot.mouseDClick(dialog.canvas, Qt.MouseButton.LeftButton, pos=china)
    with window.store.session() as session:
        expected = member_events(session, window.events_model.event_filter,
                                 [dialog.current.members[0].id])  # type: ignore[union-attr]
    assert len(expected) == 2
    assert window.batch.selected_ids() == expected
    assert window.statusBar().currentMessage() == "2 events of China chosen in the list"
    # Clicking the background lets go of the focus: every tie is listed again.
    qtbot.mouseClick(dialog.canvas, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert dialog.canvas.focus is None and not dialog.table.isColumnHidden(0)
    assert dialog.ties.rowCount() == len(dialog.current.ties)  # type: ignore[union-attr]


def test_the_keyboard_reaches_every_participant_and_tie(qtbot: QtBot,
                                                         window: MainWindow) -> None:
    dialog = _open(qtbot, window)
    dialog.kind.setCurrentIndex(dialog.kind.findText("Countries"))
    dialog.canvas.setFocus()
    qtbot.keyClick(dialog.canvas, Qt.Key.Key_Right)
    assert dialog.canvas.focus == 0
    qtbot.keyClick(dialog.canvas, Qt.Key.Key_Right)
    assert dialog.canvas.focus == 1
    qtbot.keyClick(dialog.canvas, Qt.Key.Key_Escape)
    assert dialog.canvas.focus is None
    # A tie in the table: chosen as the current row it stands out on the
    # canvas, and Enter chooses the events the two share.
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.ties.index(0, 0))
    first, second = dialog.ties.ends(0)
    assert dialog.canvas.tie == (first, second)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    network = dialog.current
    assert network is not None
    with window.store.session() as session:
        shared = member_events(session, window.events_model.event_filter,
                               [network.members[first].id, network.members[second].id])
    assert shared and window.batch.selected_ids() == shared
    assert len(shared) == network.ties[0].shared


def test_the_network_follows_the_search_and_keeps_its_picture(qtbot: QtBot,
                                                              window: MainWindow) -> None:
    dialog = _open(qtbot, window)
    dialog.kind.setCurrentIndex(dialog.kind.findText("Countries"))
    before = {m.id: p for m, p in zip(dialog.current.members,  # type: ignore[union-attr]
                                      dialog.current.positions, strict=True)}  # type: ignore[union-attr]
    search(qtbot, window, "ASEAN")
    shown = window.events_model.rowCount()
    qtbot.waitUntil(lambda: dialog.scope.text()
                    == f"The {shown} events of the current search and filters")
    assert "Brazil" not in {m.name for m in dialog.current.members}  # type: ignore[union-attr]
    search(qtbot, window, "")
    qtbot.waitUntil(lambda: dialog.scope.text() == "All 8 events")
    after = dict(zip((m.id for m in dialog.current.members),  # type: ignore[union-attr]
                     dialog.current.positions, strict=True))  # type: ignore[union-attr]
    assert after.keys() == before.keys()
    moved = sorted(abs(after[k][0] - before[k][0]) + abs(after[k][1] - before[k][1])
                   for k in before)
    assert moved[len(moved) // 2] < 0.2  # the same data, about the same picture


def test_the_ties_are_copied_and_the_picture_saved(qtbot: QtBot, window: MainWindow,
                                                   tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _open(qtbot, window)
    dialog.copy()
    lines = QGuiApplication.clipboard().text().split("\n")
    assert lines[0] == "Participant\tParticipant\tShared events"
    assert len(lines) == 1 + len(dialog.current.ties)  # type: ignore[union-attr]
    folder = tmp_path / "pictures"
    png, svg = folder / "network.png", folder / "network.svg"
    assert dialog.save_picture(png) and dialog.save_picture(svg)
    image = QImage(str(png))
    assert image.width() == 1600 and image.height() >= 800
    colours = {image.pixel(x, y) for x in range(0, 1600, 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20  # marks, lines, names and legend, not a blank picture
    assert "<svg" in svg.read_text(encoding="utf-8")
    warned: list[str] = []
    monkeypatch.setattr("desktop.ui.network_dialog.QMessageBox.warning",
                        lambda _parent, _title, text: warned.append(text))
    monkeypatch.setattr("desktop.ui.picture_file.QImageWriter.write", lambda *_: False)
    failed = folder / "failed.png"
    assert not dialog.save_picture(failed)
    assert warned and str(failed) in warned[0]
    assert sorted(p.name for p in folder.iterdir()) == ["network.png", "network.svg"]


def test_the_network_saved_for_gephi(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _open(qtbot, window)
    # A name without an ending takes the one of the kind of file chosen.
    monkeypatch.setattr("desktop.ui.network_dialog.QFileDialog.getSaveFileName",
                        lambda *_args: (str(tmp_path / "for gephi"),
                                        "GraphML (Gephi, Cytoscape) (*.graphml)"))
    button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Save &network…")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "for gephi.graphml"
    assert saved.exists() and "<graphml" in saved.read_text(encoding="utf-8")
    assert window.statusBar().currentMessage() == f"Saved {saved}"
    assert dialog.save_network(tmp_path / "ties.csv")
    lines = (tmp_path / "ties.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 1 + len(dialog.current.ties)  # type: ignore[union-attr]


def test_a_participant_chosen_in_its_list_is_shown_with_whom_it_works(
        qtbot: QtBot, window: MainWindow) -> None:
    # The right-click menu offers it for the one participant chosen.
    offered = participant_menu(qtbot, window, "National Development and Reform Commission")
    assert ("Who works with this participant…", True) in offered
    window.batch.participants.show_network()
    dialog = window.findChild(NetworkDialog)
    assert dialog is not None and dialog.isVisible()
    network = dialog.current
    assert network is not None and network.events == 2  # its events: Brazil and WAIC
    assert dialog.scope.text() == "The 2 events of the current search and filters"
    focus = dialog.canvas.focus
    assert focus is not None
    assert network.members[focus].name == "National Development and Reform Commission"
    # Everyone in its events shares one with it: it is tied to all the others.
    assert dialog.ties.rowCount() == len(network.members) - 1


def test_native_names_for_a_report_in_chinese(qtbot: QtBot, window: MainWindow,
                                              tmp_path: Path) -> None:
    dialog = _open(qtbot, window)
    dialog.kind.setCurrentIndex(dialog.kind.findText("Organisations"))
    network = dialog.current
    assert network is not None
    ndrc = next(m for m in network.members if m.name.startswith("National Development"))
    assert ndrc.native_name  # the sample gives it
    english = tmp_path / "english.png"
    assert dialog.save_picture(english)
    dialog.native.setChecked(True)  # as the analyst ticks it
    shown = dialog.canvas.shown()
    assert shown is not None
    names = {m.id: m.name for m in shown.members}
    assert names[ndrc.id] == ndrc.native_name
    # Those without a native name keep theirs.
    assert all(names[m.id] == (m.native_name or m.name) for m in network.members)
    native = tmp_path / "native.png"
    assert dialog.save_picture(native)
    assert QImage(str(native)) != QImage(str(english))  # the names drawn differ
    # The table keeps both names.
    assert f"{ndrc.name} ({ndrc.native_name})" in {cell for line in _table(dialog)
                                                   for cell in line[:2]}


def test_a_line_clicked_is_the_tie_and_a_double_click_chooses_its_events(
        qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open(qtbot, window)
    dialog.kind.setCurrentIndex(dialog.kind.findText("Organisations"))
    network, canvas = dialog.current, dialog.canvas
    assert network is not None
    # The middle of a line that no mark covers.
    for number, tie in enumerate(network.ties):
        a, b = canvas.placed[tie.first].centre, canvas.placed[tie.second].centre
        middle = QPoint(round((a.x() + b.x()) / 2), round((a.y() + b.y()) / 2))
        if canvas.member_at(middle.toPointF()) is None and canvas.tie_at(
                middle.toPointF()) == number:
            break
    else:
        raise AssertionError("every line is under a mark")
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=middle)
    assert dialog.table.currentIndex().row() == number
    assert canvas.tie == (tie.first, tie.second)
    qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=middle)
    with window.store.session() as session:
        shared = member_events(session, window.events_model.event_filter,
                               [network.members[tie.first].id, network.members[tie.second].id])
    assert shared and window.batch.selected_ids() == shared
    # Away from every line and mark, a click lets go.
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert canvas.tie is None and canvas.focus is None


def test_the_picture_says_which_events_it_is_drawn_from(qtbot: QtBot, window: MainWindow,
                                                        tmp_path: Path) -> None:
    from datetime import date

    from desktop.core.date_text import span_in_words

    dialog = _open(qtbot, window)
    today = span_in_words(date.today(), date.today(), "day")
    assert dialog.picture_caption() == (
        f"Who works with whom in 8 events, all events. From demo.sqlite, {today}.")
    search(qtbot, window, "ASEAN")
    qtbot.waitUntil(lambda: "3 events" in dialog.picture_caption())
    assert dialog.picture_caption().startswith(
        "Who works with whom in 3 events: search “ASEAN”. From demo.sqlite")
    svg = tmp_path / "network.svg"
    assert dialog.save_picture(svg)
    assert "Who works with whom in 3 events: search “ASEAN”." in svg.read_text(
        encoding="utf-8")
