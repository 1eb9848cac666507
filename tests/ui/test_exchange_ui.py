"""File ▸ Export… and File ▸ Import… as the analyst uses them."""

from __future__ import annotations

import json
import threading
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QProgressDialog,
    QPushButton,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.exchange.import_plan import Conflict, ImportPlan
from desktop.core.filters import EventFilter
from desktop.core.models import Event, Participant
from desktop.ui.conflict_table import CHANGED, KEEP, OURS, THEIRS, ConflictModel
from desktop.ui.exchange_dialogs import ImportDialog
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import export_through_dialogs, retitled_copy, search, titles


def test_export_the_current_search_as_json_through_the_dialogs(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    search(qtbot, window, "ASEAN")
    target = tmp_path / "asean.json"

    def run_dialog(dialog):  # type: ignore[no-untyped-def]
        assert dialog.current.isChecked() and "3 events" in dialog.current.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("desktop.ui.exchange_dialogs.ExportDialog.exec", run_dialog)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    window.exchange.ask_and_export(window.events_model.event_filter,
                                   window.events_model.rowCount(), window.events_model.total)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert len(document["events"]) == 3
    assert window.statusBar().currentMessage() == f"Exported 3 events to {target}."


def test_the_current_search_exported_as_a_chronology_for_a_report(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import date

    search(qtbot, window, "ASEAN")
    offered: list[str] = []

    def run_dialog(dialog):  # type: ignore[no-untyped-def]
        dialog.format.setCurrentIndex(dialog.format.findData("html"))
        assert not dialog.excel.isEnabled()
        return QDialog.DialogCode.Accepted

    def save_dialog(_parent, _title, proposed, _filter):  # type: ignore[no-untyped-def]
        offered.append(Path(proposed).name)
        return str(tmp_path / "brief.html"), ""

    monkeypatch.setattr("desktop.ui.exchange_dialogs.ExportDialog.exec", run_dialog)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    window.exchange.ask_and_export(window.events_model.event_filter,
                                   window.events_model.rowCount(), window.events_model.total)
    assert offered == [f"chronology-{date.today():%Y-%m-%d}.html"]
    page = (tmp_path / "brief.html").read_text(encoding="utf-8")
    assert page.count("<article>") == 3 and "<h2>2024</h2>" in page


def test_the_save_dialog_offers_a_dated_name_in_the_folder_last_used(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import date

    offered: list[str] = []
    folder = tmp_path / "to colleagues"
    folder.mkdir()

    def save_dialog(_parent, _title, proposed, _filter):  # type: ignore[no-untyped-def]
        offered.append(proposed)
        return str(folder / "events.json"), ""

    monkeypatch.setattr("desktop.ui.exchange_dialogs.ExportDialog.exec",
                        lambda _dialog: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    for _ in range(2):
        window.exchange.ask_and_export(window.events_model.event_filter,
                                       window.events_model.rowCount(),
                                       window.events_model.total)
    first, second = (Path(name) for name in offered)
    assert first.name == second.name == f"events-{date.today():%Y-%m-%d}.json"
    assert first.parent != folder and first.parent.is_dir()  # never the working directory
    assert second.parent == folder  # where the last export went
    assert (folder / "events.json").is_file()


def test_import_shows_the_merge_and_applies_the_choices(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "copy.json"
    window.exchange.export_to(copy, "json", None)
    document = json.loads(copy.read_text(encoding="utf-8"))
    document["events"][0]["title"] = "Taken from the colleague"
    document["events"][1]["title"] = "Not taken"
    document["events"].append({"id": "0c000000-0000-4000-8000-000000000003",
                               "title": "新的活动", "date": "2025-12", "place": "北京"})
    copy.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    # a topic the analyst follows, which the colleague's new event is about
    window.editor.apply(lambda ops: ops.save_search(
        "Held in Beijing", EventFilter(text="北京").to_json()), "Save search")
    plan = window.exchange.plan(copy)
    assert plan is not None
    dialog = ImportDialog(window, copy.name, plan)
    qtbot.addWidget(dialog)
    assert "1 new event," in plan.summary() and len(dialog.chosen()) == 2
    first = document["events"][0]["id"]
    # Neither was edited here since: theirs is offered for both, though their
    # copy keeps our edit times.
    title = frozenset({"title"})
    assert dialog.chosen() == {first: title, document["events"][1]["id"]: title}
    model = dialog.conflicts
    assert {model.index(row, CHANGED).data() for row in range(model.rowCount())} == {
        "in their file"}
    dialog.choose_all(False)
    # Theirs for the first one only, ticked as an analyst does: its row
    # current, then Space.
    view, model = dialog.table, dialog.conflicts
    row = next(r for r, (number, field) in enumerate(model.rows)
               if field == 0 and model.conflicts[number].record_id == first)
    view.setFocus()
    view.setCurrentIndex(model.index(row, KEEP))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert dialog.chosen() == {first: title, document["events"][1]["id"]: frozenset()}
    assert model.index(row, KEEP).data() == "theirs"
    backup = window.exchange.import_plan(plan, dialog.chosen())
    assert backup is not None and backup.exists()
    assert window.statusBar().currentMessage() == (
        f"Imported copy.json: {plan.summary()} (1 taken from theirs). New in saved searches: "
        f"Held in Beijing (+1). Edit ▸ Undo takes it back; the database as it was is also "
        f"kept in {backup}. 1 place may be "
        "written more than one way now (Tools ▸ Tidy places…, Tidy tags… and Tidy "
        "publishers… show them). 1 event imported has no country though its place gives "
        "one: Tools ▸ Gaps in the data… ▸ Fill in from their places.")  # their 北京, our Beijing
    shown = titles(window)
    assert "Taken from the colleague" in shown and "新的活动" in shown
    assert "Not taken" not in shown
    assert window.count_label.text() == "9 events"


def test_a_broken_file_is_explained_and_changes_nothing(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "engagement-curator", "format_version": 1, '
                      '"participants": [], "events": [{"id": "x", "title": ""}]}')
    shown: list[str] = []
    monkeypatch.setattr("desktop.ui.problems_dialog.QMessageBox.warning",
                        lambda _parent, _title, text: shown.append(text))
    plan = window.exchange.plan(broken)
    assert plan is not None
    assert window.exchange.import_plan(plan, {}) is None
    assert shown == ["Nothing was imported:\nbroken.json: events[0].title: is required"]
    assert len(titles(window)) == 8


def test_a_csv_table_is_mapped_matches_confirmed_and_mapping_remembered(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from desktop.ui.csv_import_dialog import CsvImportDialog

    sheet = tmp_path / "sheet.csv"
    sheet.write_text("Activity,Held on,Parties\n"
                     "Joint lab opening,\"May 25, 2025\",\"石中军 (speaker); NDRC; "
                     "Shi Zhongjun\"\n"
                     "Broken,2025-13,\n", encoding="utf-8")
    assert window.exchange.is_table(sheet)
    dialog = CsvImportDialog(window, window.store, sheet)
    qtbot.addWidget(dialog)
    dialog.columns["title"].setCurrentText("Activity")
    dialog.columns["date"].setCurrentText("Held on")
    dialog.columns["participants"].setCurrentText("Parties")
    assert dialog.summary.text().startswith("1 event can be read")
    assert dialog.problems.item(0).text().startswith("sheet.csv row 3, date")
    matched = [dialog.matches.item(i).text() for i in range(dialog.matches.count())]
    assert "石中军  →  Shi Zhongjun" in matched
    assert "NDRC  →  National Development and Reform Commission" in matched
    # A name written exactly as ours has nothing to confirm: counted, not listed.
    assert matched[-1] == ("… and 1 more written exactly as a known participant's "
                           "(nothing to confirm)")
    assert len(matched) == 3
    ndrc = next(i for i in range(dialog.matches.count())
                if dialog.matches.item(i).text().startswith("NDRC"))
    dialog.matches.item(ndrc).setCheckState(Qt.CheckState.Unchecked)  # someone else
    assert dialog.refused() == {"NDRC"}
    rows = dialog.final_rows()
    assert [p["name"] for p in rows.participants] == ["NDRC"]
    with window.store.session() as session:
        from desktop.core.exchange.json_import import plan_import

        # the table's names are matched as it is read (and this one was refused)
        plan = plan_import(session, rows.document(), match_names=False)
    window.exchange.import_plan(plan, {})
    assert "Joint lab opening" in titles(window)
    with window.store.session() as session:
        assert session.query(Participant).filter_by(name="NDRC").count() == 1
    again = CsvImportDialog(window, window.store, sheet)
    qtbot.addWidget(again)
    assert again.columns["date"].currentText() == "Held on"  # remembered


def test_the_mapping_dialog_shows_each_columns_first_value_and_a_code_page_read(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """Excel's plain "CSV" on Chinese Windows is GBK: read, and said so."""
    from desktop.ui.csv_import_dialog import CsvImportDialog

    sheet = tmp_path / "活动.csv"
    sheet.write_bytes("标题,日期,地点\r\n中国—东盟人工智能合作论坛,2025年5月25日,洛阳\r\n"
                      ",2025-02,北京\r\n".encode("gb18030"))
    dialog = CsvImportDialog(window, window.store, sheet)
    qtbot.addWidget(dialog)
    assert dialog.encoding_note.text().startswith("活动.csv is not UTF-8.")
    assert dialog.encoding.currentText() == "GB18030 (Chinese, simplified)"
    assert dialog.columns["title"].currentText() == "标题"  # guessed from the header
    assert dialog.sample_labels["title"].text() == "中国—东盟人工智能合作论坛"
    assert dialog.sample_labels["place"].text() == "洛阳"
    dialog.columns["place"].setCurrentText("日期")
    assert dialog.sample_labels["place"].text() == "2025年5月25日"
    assert dialog.summary.text().startswith("1 event can be read")  # a row has no title
    # another encoding is read at once: here it garbles the names, so no column is guessed
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("big5"))
    assert "标题" not in dialog.headers and dialog.columns["title"].currentText() == "—"
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("gb18030"))
    assert dialog.columns["title"].currentText() == "标题"
    assert dialog.sample_labels["title"].text() == "中国—东盟人工智能合作论坛"


def test_the_mapping_dialog_fits_a_laptop_screen_and_reads_two_date_columns(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """Its twenty fields made it ~840 pixels tall: on a 1366×768 screen the
    buttons were below its edge.  The fields scroll instead."""
    from desktop.ui.csv_import_dialog import CsvImportDialog

    sheet = tmp_path / "events.csv"
    sheet.write_text("Event name,Start date,End date\r\nForum,25/05/2025,27/05/2025\r\n",
                     encoding="utf-8")
    dialog = CsvImportDialog(window, window.store, sheet)
    qtbot.addWidget(dialog)
    assert dialog.minimumSizeHint().height() <= 768 - 80  # a taskbar and a title bar
    assert dialog.columns["end_date"].currentText() == "End date"
    assert dialog.sample_labels["end_date"].text() == "27/05/2025"
    assert dialog.summary.text().startswith("1 event can be read")


def test_the_mapping_dialog_offers_a_column_for_each_role_a_list_keeps(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """A Chinese list's 承办 and 协办 columns are guessed as the executive
    organisers and co-organisers, each field named as the form names it."""
    from PySide6.QtWidgets import QFormLayout, QLabel

    from desktop.ui.csv_import_dialog import CsvImportDialog

    sheet = tmp_path / "活动.csv"
    sheet.write_text("活动名称,日期,主办单位,承办单位,协办单位,联合主办单位,发言嘉宾\r\n"
                     "论坛,2025年9月18日,中国外文局,国家发展改革委,工业和信息化部,"
                     "中国—东盟中心,王毅\r\n", encoding="utf-8")
    dialog = CsvImportDialog(window, window.store, sheet)
    qtbot.addWidget(dialog)
    guessed = {name: dialog.columns[name].currentText()
               for name in ("hosts", "co_hosts", "executive_organizers", "co_organizers",
                            "speakers", "signatories")}
    assert guessed == {"hosts": "主办单位", "co_hosts": "联合主办单位",
                       "executive_organizers": "承办单位", "co_organizers": "协办单位",
                       "speakers": "发言嘉宾", "signatories": "—"}
    assert dialog.sample_labels["executive_organizers"].text() == "国家发展改革委"
    labels = set()
    for form in dialog.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                labels.add(item.widget().text())
    assert {"Co-hosts", "Executive organizers", "Co-organizers", "Signatories",
            "Witnesses", "Speakers", "Native title"} <= labels
    assert dialog.summary.text().startswith("1 event can be read")


def test_file_import_of_a_csv_table_goes_through_the_mapping_dialog(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("Activity;Parties\r\nWorkshop in Kunming;\"Wang Yi; 中国外文局\"\r\n",
                     encoding="utf-8-sig")
    monkeypatch.setattr("desktop.ui.csv_import_dialog.CsvImportDialog.exec",
                        lambda self: QDialog.DialogCode.Accepted)
    summaries: list[str] = []

    def merge_dialog(dialog: ImportDialog) -> QDialog.DialogCode:
        summaries.append(dialog.findChild(QLabel).text())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", merge_dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(sheet), ""))
    window.exchange.ask_and_import()
    assert "1 new event," in summaries[0]  # the summary came before anything was stored
    assert "Workshop in Kunming" in titles(window)
    window.events_view.selectRow(titles(window).index("Workshop in Kunming"))
    names = [link.name for link in window.form.links.links]
    assert names == ["Wang Yi", "China International Communications Group"]


def _document_of(window: MainWindow, tmp_path: Path, events: int) -> Path:
    """The sample's participants and ``events`` new events, as a colleague's file."""
    copy = tmp_path / "sample.json"
    window.exchange.export_to(copy, "json", None)
    document = json.loads(copy.read_text(encoding="utf-8"))
    people = [p["id"] for p in document["participants"]]
    document["events"] = [
        {"id": str(uuid.UUID(int=number + 1, version=4)), "title": f"Regional forum {number}",
         "date": f"2024-{number % 12 + 1:02d}",
         "participants": [{"participant": people[number % len(people)], "role": "speaker"}]}
        for number in range(events)]
    path = tmp_path / "colleague.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


class _Watcher:
    """Ticks on the window's thread while long work runs, noting what the
    progress dialog says; presses its Cancel when asked to."""

    def __init__(self, window: MainWindow, cancel_when: str | None = None) -> None:
        self.window = window
        self.cancel_when = cancel_when
        self.ticks = 0
        self.labels: list[str] = []
        self.pressed = threading.Event()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        self.ticks += 1
        for dialog in self.window.findChildren(QProgressDialog):
            if not dialog.isVisible():
                continue
            self.labels.append(dialog.labelText())
            if (self.cancel_when and self.cancel_when in dialog.labelText()
                    and not self.pressed.is_set()):
                button = next(b for b in dialog.findChildren(QPushButton) if b.isVisible())
                QTest.mouseClick(button, Qt.MouseButton.LeftButton)
                self.pressed.set()


def test_a_long_import_runs_beside_a_live_window_with_its_progress(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui import background, exchange_actions

    monkeypatch.setattr(background, "SHOW_AFTER_MS", 0)
    path = _document_of(window, tmp_path, 5000)
    original = exchange_actions.apply_import
    seen: dict[str, int] = {}

    def watched(*args: Any, **kwargs: Any) -> Any:
        seen["thread"] = threading.get_ident()
        seen["ticks before"] = watcher.ticks
        try:
            return original(*args, **kwargs)
        finally:
            seen["ticks after"] = watcher.ticks

    monkeypatch.setattr(exchange_actions, "apply_import", watched)
    watcher = _Watcher(window)
    plan = window.exchange.plan(path)
    assert plan is not None and plan.new_events == 5000
    assert window.exchange.import_plan(plan, {}) is not None
    watcher.timer.stop()
    assert seen["thread"] != threading.get_ident()  # not the window's thread
    assert seen["ticks after"] > seen["ticks before"]  # the window ran meanwhile
    assert any(label.startswith("Reading colleague.json…") for label in watcher.labels)
    assert any("5,055 records" in label for label in watcher.labels)
    assert window.count_label.text() == "5,008 events"


def test_cancel_stops_an_import_with_nothing_stored_and_an_export_with_no_file(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui import background, exchange_actions

    monkeypatch.setattr(background, "SHOW_AFTER_MS", 0)
    path = _document_of(window, tmp_path, 5000)
    plan = window.exchange.plan(path)
    assert plan is not None
    original_import = exchange_actions.apply_import

    def held_after_the_first_chunk(*args: Any, progress: Any, **kwargs: Any) -> Any:
        def gated(done: int, total: int) -> None:
            progress(done, total)
            watcher.pressed.wait(10)  # until the analyst has pressed Cancel
        return original_import(*args, progress=gated, **kwargs)

    monkeypatch.setattr(exchange_actions, "apply_import", held_after_the_first_chunk)
    watcher = _Watcher(window, cancel_when=" of ")
    assert window.exchange.import_plan(plan, {}) is None
    assert watcher.pressed.is_set()
    assert window.count_label.text() == "8 events"
    with window.store.session() as session:
        assert session.query(Event).count() == 8

    original_export = exchange_actions.write_json

    def held_export(*args: Any, progress: Any, **kwargs: Any) -> Any:
        def gated(done: int, total: int) -> None:
            progress(done, total)
            watcher.pressed.wait(10)
            progress(done, total)  # the next chunk's report sees the Cancel
        return original_export(*args, progress=gated, **kwargs)

    monkeypatch.setattr(exchange_actions, "write_json", held_export)
    watcher.pressed.clear()
    target = tmp_path / "out" / "events.json"
    target.parent.mkdir()
    assert window.exchange.export_to(target, "json", None) is None
    watcher.timer.stop()
    assert watcher.pressed.is_set() and list(target.parent.iterdir()) == []


def test_the_table_preview_counts_every_unreadable_row_and_lists_the_first(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui import csv_import_dialog
    from desktop.ui.csv_import_dialog import CsvImportDialog

    monkeypatch.setattr(csv_import_dialog, "SHOWN_PROBLEMS", 3)
    sheet = tmp_path / "sheet.csv"
    rows = [f"Talk {n},2025-0{n % 9 + 1}-02" if n % 500 else f"Talk {n},someday"
            for n in range(3000)]
    rows[0] += ",Hanoi"  # a second problem in the same row: a cell past the header's
    sheet.write_text("Title,Date\n" + "\n".join(rows) + "\n", encoding="utf-8")
    dialog = CsvImportDialog(window, window.store, sheet)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == ("2,994 events can be read; 0 new participants; "
                                     "6 rows cannot be read.")
    listed = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert listed[0].startswith("sheet.csv row 2: has cells past")
    assert listed[1].startswith("sheet.csv row 2, date") and len(listed) == 4
    assert listed[-1] == "… and 4 more"
    dialog.columns["date"].setCurrentText("—")  # dates not mapped: the others read
    assert dialog.summary.text() == ("2,999 events can be read; 0 new participants; "
                                     "1 row cannot be read.")
    assert dialog.problems.count() == 1


def test_the_merge_lists_their_participants_named_as_ours_for_the_analyst_to_confirm(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.exchange.test_json import _colleague_with_own_participants

    path = tmp_path / "colleague.json"
    path.write_text(json.dumps(_colleague_with_own_participants(window.store),
                               ensure_ascii=False), encoding="utf-8")
    shown: list[list[str]] = []

    def run_dialog(dialog: ImportDialog) -> QDialog.DialogCode:
        listed = [dialog.matches.item(i) for i in range(dialog.matches.count())]
        shown.append([item.text() for item in listed])
        listed[0].setCheckState(Qt.CheckState.Unchecked)  # theirs is someone else
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", run_dialog)
    window.exchange.import_path(path)
    assert shown == [[
        "China Intl. Communications Group  →  China International Communications Group",
        "國家發展和改革委員會  →  National Development and Reform Commission"]]
    with window.store.session() as session:
        names = set(session.scalars(select(Participant.name)))
    assert "China Intl. Communications Group" in names  # refused: added as new
    assert "國家發展和改革委員會" not in names  # confirmed: stored as ours
    assert "Joint workshop" in titles(window)


def test_an_edited_events_csv_merges_back_with_the_choice_of_theirs(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A colleague edits two titles of our events.csv in a spreadsheet; the
    window shows the two changes, the analyst takes one, and nothing else of
    either event changes."""
    import csv

    table = tmp_path / "events.csv"
    window.exchange.export_to(table, "csv", None, excel=True)
    with table.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    rows[0]["title"], rows[1]["title"] = "Taken from the colleague", "Not taken"
    with table.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    with window.store.session() as session:
        from desktop.core.exchange.json_export import event_records

        before = {r["id"]: r for r in event_records(session, [rows[0]["id"], rows[1]["id"]])}
    monkeypatch.setattr("desktop.ui.csv_import_dialog.CsvImportDialog.exec",
                        lambda self: QDialog.DialogCode.Accepted)
    compared: list[list[str]] = []

    def merge_dialog(dialog: ImportDialog) -> QDialog.DialogCode:
        compared.append(sorted(dialog.chosen()))
        dialog.choose_all(False)
        dialog.choose(rows[0]["id"], True)  # theirs for the first only
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", merge_dialog)
    window.exchange.import_path(table)
    assert compared == [sorted([rows[0]["id"], rows[1]["id"]])]
    shown = titles(window)
    assert "Taken from the colleague" in shown and "Not taken" not in shown
    with window.store.session() as session:
        from desktop.core.exchange.json_export import event_records

        after = {r["id"]: r for r in event_records(session, list(before))}
    for event_id, record in before.items():
        changed = {k for k in record if record[k] != after[event_id][k]}
        assert changed <= {"title", "updated_at", "updated_by"}
        assert after[event_id]["figures"] == record["figures"]
        assert after[event_id]["sources"] == record["sources"]


def test_the_merge_says_which_texts_a_code_page_table_could_not_hold(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Our events.csv saved again by a Western Excel holds "??" for Chinese:
    the merge keeps ours and says why, rather than offering "??" as an edit."""
    import csv

    table = tmp_path / "events.csv"
    window.exchange.export_to(table, "csv", None, excel=True)
    with table.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    with table.open("w", encoding="cp1252", errors="replace", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    native_titles = sum(1 for row in rows if row["native_title"])
    monkeypatch.setattr("desktop.ui.csv_import_dialog.CsvImportDialog.exec",
                        lambda self: QDialog.DialogCode.Accepted)
    shown: list[tuple[str, list[str]]] = []

    def merge_dialog(dialog: ImportDialog) -> QDialog.DialogCode:
        shown.append((dialog.findChild(QLabel).text(), sorted(dialog.chosen())))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportDialog, "exec", merge_dialog)
    window.exchange.import_path(table)
    [(summary, changed)] = shown
    assert "0 new events, 0 new participants, 8 unchanged, 0 changed." in summary
    assert (f"Kept as they are here: native title ({native_titles} events). The table is in "
            "Windows-1252 (Western European)") in summary
    assert changed == []


def test_the_merge_table_of_thousands_of_changed_records_is_one_model(
        qtbot: QtBot, window: MainWindow) -> None:
    """Every changed field a row, every record one choice, without a widget per
    record; a long value is cut in its cell and whole in its tooltip."""
    from desktop.core.exchange.json_import import Conflict

    long_summary = "A summary that runs on. " * 200
    conflicts = [(Conflict("event", f"id-{n}", f"Event {n}",
                           (("title", f"Event {n}", f"Event {n}, revised"),
                            ("summary", "", long_summary)),
                           "2025-01-01T00:00:00Z", "2025-02-01T00:00:00Z"), {})
                 for n in range(20_000)]
    plan = ImportPlan(lambda: iter(()), conflicts=conflicts)
    dialog = ImportDialog(window, "copy.json", plan)
    qtbot.addWidget(dialog)
    model = dialog.conflicts
    assert model.rowCount() == 40_000 and len(dialog.chosen()) == 20_000
    # theirs were edited later: offered, both fields of each
    assert set(dialog.chosen().values()) == {frozenset({"title", "summary"})}
    assert dialog.table.findChildren(QComboBox) == []
    summary = model.index(1, THEIRS)
    assert summary.data(Qt.ItemDataRole.ToolTipRole).startswith("A summary that runs on.")
    assert model.index(1, 0).data() == "" and model.index(0, 0).data() == "event: Event 0"
    # The current row's values are shown whole below the table.
    dialog.table.setCurrentIndex(model.index(1, OURS))
    assert dialog.values[THEIRS].toPlainText() == long_summary
    dialog.table.setCurrentIndex(model.index(0, OURS))
    assert dialog.values[THEIRS].toPlainText() == "Event 0, revised"
    dialog.choose_all(False)
    assert not any(dialog.chosen().values())


def test_changed_participants_and_figures_are_shown_by_name(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    copy = tmp_path / "copy.json"
    window.exchange.export_to(copy, "json", None)
    document = json.loads(copy.read_text(encoding="utf-8"))
    event = next(e for e in document["events"] if e["participants"] and e["figures"])
    dropped = event["participants"].pop(0)
    event["figures"][0]["value"] += 1
    event["date_note"] = "The sources give two dates"
    copy.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    # a topic the analyst follows, which the colleague's new event is about
    window.editor.apply(lambda ops: ops.save_search(
        "Held in Beijing", EventFilter(text="北京").to_json()), "Save search")
    plan = window.exchange.plan(copy)
    assert plan is not None
    dialog = ImportDialog(window, copy.name, plan)
    qtbot.addWidget(dialog)
    model = dialog.conflicts
    shown = {model.index(row, 1).data(): (model.index(row, OURS).data(),
                                          model.index(row, THEIRS).data())
             for row in range(model.rowCount())}
    with window.store.session() as session:
        name = session.get(Participant, dropped["participant"]).name
    ours, theirs = shown["Participants"]
    assert ours.startswith(f"{name} ({dropped['role']}); ") and name not in theirs
    figure = event["figures"][0]
    assert str(figure["value"] - 1) in shown["Figures"][0]
    assert str(figure["value"]) in shown["Figures"][1] and figure["unit"] in shown["Figures"][1]
    # fields are named in words, as the form names them
    assert shown["Date note"][1] == "The sources give two dates"


def _drag(window: MainWindow, *paths: Path, text: str = "") -> tuple[bool, QDropEvent]:
    """Drag ``paths`` (or ``text``) onto the window and drop them; whether
    the window took the drag, and the drop."""
    from PySide6.QtCore import QMimeData, QPoint, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent
    from PySide6.QtWidgets import QApplication

    mime = QMimeData()
    if paths:
        mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    if text:
        mime.setText(text)
    where = window.events_view.viewport().mapTo(window, QPoint(40, 40))
    enter = QDragEnterEvent(where, Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    drop = QDropEvent(QPointF(where), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    return enter.isAccepted(), drop


def test_a_file_dropped_on_the_window_is_imported(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    sheet = tmp_path / "colleague.csv"
    sheet.write_text("Title,Date\nDropped onto the window,2025-03\n", encoding="utf-8")
    shown: list[str] = []

    def accept_mapping(dialog):  # type: ignore[no-untyped-def]
        shown.append(dialog.windowTitle())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("desktop.ui.csv_import_dialog.CsvImportDialog.exec", accept_mapping)
    monkeypatch.setattr(ImportDialog, "exec", lambda _dialog: QDialog.DialogCode.Accepted)
    taken, drop = _drag(window, sheet)
    assert taken and drop.isAccepted()
    qtbot.waitUntil(lambda: "Dropped onto the window" in titles(window))
    assert shown == ["Import colleague.csv"]
    # several files, or text, are not taken
    assert not _drag(window, sheet, sheet)[0]
    assert not _drag(window, text="Dropped onto the window")[0]


def test_a_picture_dropped_on_the_window_is_named_for_what_it_is(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A screenshot dropped by mistake: the warning says it is an image, not
    that it should be saved as CSV UTF-8."""
    picture = tmp_path / "forum.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01")
    shown: list[str] = []
    monkeypatch.setattr("desktop.ui.exchange_actions.QMessageBox.warning",
                        lambda _parent, _title, text: shown.append(text))
    taken, drop = _drag(window, picture)
    assert taken and drop.isAccepted()
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == ["forum.png: is a PNG image, not a file of events or participants: "
                     "import a CSV table, an Excel workbook, a JSON document or a Data Package"]
    assert len(titles(window)) == 8


def test_a_read_only_window_takes_no_dropped_file(qtbot: QtBot, tmp_path: Path) -> None:
    from desktop.ui.app import open_for_window

    path = tmp_path / "demo.sqlite"
    open_for_window(path, "sample")[0].close()
    store, _note = open_for_window(path, None, read_only=True)
    main = MainWindow(store, analyst="Reader")
    qtbot.addWidget(main)
    sheet = tmp_path / "colleague.csv"
    sheet.write_text("Title\nNot for a read-only file\n", encoding="utf-8")
    assert not _drag(main, sheet)[0]
    store.close()


def test_a_file_holding_nothing_says_so_instead_of_importing(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "empty.json"
    empty.write_text('{"format": "engagement-curator", "format_version": 1, '
                     '"participants": [], "events": []}', encoding="utf-8")
    told: list[str] = []
    monkeypatch.setattr("desktop.ui.exchange_actions.QMessageBox.information",
                        lambda _parent, _title, text: told.append(text))
    window.exchange.import_path(empty)
    assert told == ["empty.json holds no events or participants: nothing to import."]
    assert not (tmp_path / "backups").exists()
    warned: list[str] = []
    monkeypatch.setattr("desktop.ui.exchange_actions.QMessageBox.warning",
                        lambda _parent, _title, text: warned.append(text))
    window.exchange.import_path(tmp_path)  # a folder dropped on the window, say
    assert warned == [f"{tmp_path.name} is a folder without datapackage.json: not a Data "
                      "Package the app can import."]


def test_the_mapping_dialog_says_which_categories_and_types_the_table_adds(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from desktop.ui.csv_import_dialog import CsvImportDialog

    sheet = tmp_path / "sheet.csv"
    sheet.write_text("Title,Type\nRound table on AI,Roundtable\nAI forum,論壇\n",
                     encoding="utf-8")
    dialog = CsvImportDialog(window, window.store, sheet)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == ("2 events can be read; 0 new participants; new event "
                                     "types to add: Roundtable.")


def test_the_sources_are_exported_for_a_reference_manager(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    target = tmp_path / "sources.ris"
    offered = export_through_dialogs(window, monkeypatch, "ris", target)
    assert offered.startswith("sources") and offered.endswith(".ris")
    text = target.read_text(encoding="utf-8")
    assert text.count("ER  - ") == 4 and "T2  - Reuters" in text
    assert window.statusBar().currentMessage() == f"Exported 4 sources to {target}."


def test_a_title_above_the_table_is_passed_over_and_the_dialog_says_so(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from desktop.ui.csv_import_dialog import CsvImportDialog

    sheet = tmp_path / "visits.csv"
    sheet.write_text("中国—东盟交流活动 2024,,\n,,\nTitle,Date,Place\n"
                     "人工智能合作论坛,2024-05-01,南宁\n", encoding="utf-8")
    dialog = CsvImportDialog(window, window.store, sheet)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.header_note.isVisible()
    assert dialog.header_note.text() == ("The column names are on row 3 of visits.csv; the "
                                         "rows above them are left out.")
    assert [dialog.columns[name].currentText() for name in ("title", "date", "place")] == [
        "Title", "Date", "Place"]
    assert dialog.summary.text() == "1 event can be read; 0 new participants."
    plain = tmp_path / "plain.csv"
    plain.write_text("Title,Date\nForum,2024\n", encoding="utf-8")
    other = CsvImportDialog(window, window.store, plain)
    qtbot.addWidget(other)
    other.show()
    assert not other.header_note.isVisible() and other.header_row.value() == 1


def test_the_row_of_the_column_names_can_be_chosen_when_a_title_looks_like_one(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui.csv_import_dialog import CsvImportDialog

    sheet = tmp_path / "visits.csv"
    sheet.write_text("Visits, 2024\n\nTitle,Date,Place\n人工智能合作论坛,2024-05-01,南宁\n"
                     "Summit on trade,2024-06-01,Hanoi\n", encoding="utf-8")
    seen: list[tuple[int, str, str]] = []

    def choose_row_three(dialog: CsvImportDialog) -> QDialog.DialogCode:
        dialog.show()
        seen.append((dialog.header_row.value(), dialog.columns["title"].currentText(),
                     dialog.summary.text()))
        dialog.header_row.setFocus()
        for key in (Qt.Key.Key_Up, Qt.Key.Key_Up, Qt.Key.Key_Up):  # row 4: a row of values
            qtbot.keyClick(dialog.header_row, key)
        seen.append((dialog.header_row.value(), dialog.columns["title"].currentText(), ""))
        qtbot.keyClick(dialog.header_row, Qt.Key.Key_Down)
        seen.append((dialog.header_row.value(), dialog.columns["title"].currentText(),
                     dialog.summary.text()))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CsvImportDialog, "exec", choose_row_three)
    monkeypatch.setattr(ImportDialog, "exec", lambda _dialog: QDialog.DialogCode.Accepted)
    window.exchange.import_path(sheet)
    assert seen == [
        (1, "—", "visits.csv: no column is mapped to the title (its columns: Visits, 2024)"),
        (4, "—", ""),
        (3, "Title", "2 events can be read; 0 new participants.")]
    shown = titles(window)
    assert "人工智能合作论坛" in shown and "Summit on trade" in shown


def test_the_row_of_a_sheets_column_names_can_be_chosen_too(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from openpyxl import Workbook

    from desktop.ui.csv_import_dialog import CsvImportDialog

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (["China–ASEAN engagements", None, "as of November"], [],
                ["Title", "Date", "Place"], ["中老人工智能合作论坛", "2025-07-28", "万象"],
                ["Digital Silk Road seminar", "2025-02", "Nanning"]):
        sheet.append(row)
    path = tmp_path / "engagements.xlsx"
    book.save(path)
    dialog = CsvImportDialog(window, window.store, path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.header_row.value() == 1 and not dialog.header_note.isVisible()
    dialog.header_row.setFocus()
    qtbot.keyClick(dialog.header_row, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.header_row, Qt.Key.Key_Up)
    assert dialog.header_row.value() == 3
    assert dialog.header_note.text() == ("The column names are on row 3 of "
                                         "engagements.xlsx; the rows above them are left out.")
    assert [dialog.columns[name].currentText() for name in ("title", "date", "place")] == [
        "Title", "Date", "Place"]
    assert dialog.summary.text() == "2 events can be read; 0 new participants."


def test_a_long_text_changed_at_its_end_shows_where_it_differs(qtbot: QtBot) -> None:
    """A cell cut at its end showed both summaries alike; it starts a few words
    before their difference instead, and the panes below show them whole."""
    summary = ("A one-day forum in Luoyang on using AI to strengthen media exchange "
               "between China and ASEAN.")
    conflict = Conflict("event", "e1", "Forum", (
        ("summary", summary, summary + " 合作进一步扩大。"), ("title", "Forum", "Forum II")),
        "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z")
    model = ConflictModel([conflict])
    ours, theirs = model.index(0, OURS).data(), model.index(0, THEIRS).data()
    assert ours.startswith("…") and ours.endswith("China and ASEAN.")
    assert theirs.startswith("…") and theirs.endswith("合作进一步扩大。")
    assert len(theirs) < 40
    assert model.whole_value(0, THEIRS) == summary + " 合作进一步扩大。"
    # short values are shown as they are
    assert (model.index(1, OURS).data(), model.index(1, THEIRS).data()) == ("Forum", "Forum II")


def test_records_changed_on_both_sides_are_listed_first(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    copy = tmp_path / "copy.json"
    last = retitled_copy(window, copy, 4)[3]["id"]  # the last of the four in the file
    window.editor.apply(lambda ops: ops.update_event(last, {"title": "Ours"}), "Retitle")
    plan = window.exchange.plan(copy)
    assert plan is not None
    dialog = ImportDialog(window, copy.name, plan)
    qtbot.addWidget(dialog)
    model = dialog.conflicts
    assert [conflict.asked for conflict in model.conflicts] == [True, False, False, False]
    assert model.conflicts[0].record_id == last
    assert model.index(0, CHANGED).data() == "on both sides"
    assert dialog.chosen()[last] == frozenset()  # ours was edited later: ours offered


def test_each_field_is_ticked_for_theirs_on_its_own(qtbot: QtBot, window: MainWindow,
                                                     tmp_path: Path) -> None:
    """A title both sides changed and a summary their file alone changed:
    their summary is ticked though our title is kept, and each row takes
    Space on its own.  A title changed here alone offers no choice."""
    copy = tmp_path / "copy.json"
    window.exchange.export_to(copy, "json", None)
    document = json.loads(copy.read_text(encoding="utf-8"))
    event, other = document["events"][:2]
    event["title"], event["summary"] = "Their title", "Their summary."
    copy.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    for changed, title in ((event, "Our title"), (other, "Our new title")):
        window.editor.apply(lambda ops, c=changed, t=title: ops.update_event(
            c["id"], {"title": t}), "Retitle")
    plan = window.exchange.plan(copy)
    assert plan is not None
    dialog = ImportDialog(window, copy.name, plan)
    qtbot.addWidget(dialog)
    view, model = dialog.table, dialog.conflicts
    keep = {(model.conflicts[number].record_id, model.index(row, 1).data()):
            model.index(row, KEEP) for row, (number, _field) in enumerate(model.rows)}
    assert {key: cell.data() for key, cell in keep.items()} == {
        (event["id"], "Title"): "ours",  # both changed it, ours later
        (event["id"], "Summary"): "theirs",  # their file alone
        (other["id"], "Title"): "ours"}  # changed here alone
    assert not keep[(other["id"], "Title")].flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert dialog.chosen() == {event["id"]: frozenset({"summary"}), other["id"]: frozenset()}
    # Where both changed a field, theirs at a click, then ours again: the rest stays ticked.
    both_theirs = dialog.findChild(QPushButton, "both_theirs")
    both_ours = dialog.findChild(QPushButton, "both_ours")
    assert both_theirs is not None and both_ours is not None
    qtbot.mouseClick(both_theirs, Qt.MouseButton.LeftButton)
    assert dialog.chosen()[event["id"]] == frozenset({"title", "summary"})
    qtbot.mouseClick(both_ours, Qt.MouseButton.LeftButton)
    assert dialog.chosen()[event["id"]] == frozenset({"summary"})
    view.setFocus()
    view.setCurrentIndex(keep[(event["id"], "Title")])
    qtbot.keyClick(view, Qt.Key.Key_Space)  # their title after all
    view.setCurrentIndex(keep[(event["id"], "Summary")])
    qtbot.keyClick(view, Qt.Key.Key_Space)  # and our summary
    dialog.choose(other["id"], True)  # nothing of theirs to take there
    assert dialog.chosen() == {event["id"]: frozenset({"title"}), other["id"]: frozenset()}
    assert window.exchange.import_plan(plan, dialog.chosen()) is not None
    with window.editor.ops.store.session() as session:
        stored, kept = session.get(Event, event["id"]), session.get(Event, other["id"])
        assert stored is not None and stored.title == "Their title"
        assert stored.summary != "Their summary."
        assert kept is not None and kept.title == "Our new title"


def test_the_table_survey_says_which_rows_are_events_already_here(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from desktop.ui.csv_import_dialog import CsvImportDialog

    with window.store.session() as session:
        ours = session.scalars(select(Event).where(Event.date_edtf.is_not(None))).first()
        assert ours is not None
        title, day = ours.title, ours.date_edtf
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(f"Title,Date\n\"{title.upper()}\",{day}\nA new forum,2025-06-01\n",
                     encoding="utf-8")
    dialog = CsvImportDialog(window, window.store, sheet)
    qtbot.addWidget(dialog)
    assert dialog.summary.text().startswith(
        "2 events can be read (1 of them already here, by title and date); ")


def test_a_json_list_of_records_opens_the_mapping_dialog(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from desktop.ui.csv_import_dialog import CsvImportDialog

    records = tmp_path / "records.json"
    records.write_text(json.dumps([{"活动名称": "中老人工智能合作论坛", "日期": "2025年5月12日",
                                    "地点": "万象"}], ensure_ascii=False), encoding="utf-8")
    assert window.exchange.is_table(records)
    ours = tmp_path / "ours.json"
    window.exchange.export_to(ours, "json", None)
    assert not window.exchange.is_table(ours)
    dialog = CsvImportDialog(window, window.store, records)
    qtbot.addWidget(dialog)
    assert dialog.columns["title"].currentText() == "活动名称"
    assert dialog.columns["date"].currentText() == "日期"
    assert dialog.summary.text().startswith("1 event can be read")
    assert not dialog.header_row.isVisibleTo(dialog)  # its records name their columns
