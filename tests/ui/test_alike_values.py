"""A value added to a vocabulary, or renamed, that looks like one already
there ("cohost" beside "co-host") is asked about: use the one there (merge
into it), add or rename it anyway, or neither."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.models import VocabularyTerm
from desktop.ui.main_window import MainWindow
from desktop.ui.vocabulary_dialog import VocabularyDialog
from tests.ui.conftest import choose_value, shown_values, titles

FORUM = "2025 ASEAN-China Media Cooperation Forum"


def _values(window: MainWindow, vocabulary: str) -> list[str]:
    with window.store.session() as session:
        return sorted(session.scalars(select(VocabularyTerm.value).where(
            VocabularyTerm.vocabulary == vocabulary)))


def _answer(monkeypatch: pytest.MonkeyPatch, starting: str, asked: list[str]) -> None:
    """Answer the question by the button whose text starts so; note what it said."""
    def exec_(box: QMessageBox) -> int:
        asked.append(f"{box.text()} {box.informativeText()}")
        buttons: list[QAbstractButton] = box.buttons()
        next(button for button in buttons if button.text().startswith(starting)).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)


def test_the_forms_plus_offers_the_type_a_new_one_looks_like(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    window.events_view.setFocus()
    window.events_view.selectRow(titles(window).index(FORUM))
    form = window.form
    before = _values(window, "event_type")
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: ("Joint  center", True))
    asked: list[str] = []

    _answer(monkeypatch, "Use", asked)
    form._add_term("event_type", form.event_type)
    assert asked == ["“Joint center” looks like the event type “joint centre”, already there. "
                     "Use “joint centre”, or add “Joint center” as another event type?"]
    assert form.event_type.currentText() == "joint centre"
    assert _values(window, "event_type") == before  # nothing added

    _answer(monkeypatch, "Cancel", asked)
    form.event_type.setCurrentText("forum")
    form._add_term("event_type", form.event_type)
    assert form.event_type.currentText() == "forum" and _values(window, "event_type") == before

    _answer(monkeypatch, "Add", asked)
    form._add_term("event_type", form.event_type)
    assert form.event_type.currentText() == "Joint center"
    assert _values(window, "event_type") == sorted([*before, "Joint center"])

    # a value like none there is added without a question
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: ("hackathon", True))
    form._add_term("event_type", form.event_type)
    assert len(asked) == 3 and form.event_type.currentText() == "hackathon"


def _roles_dialog(qtbot: QtBot, window: MainWindow) -> VocabularyDialog:
    """Tools ▸ Vocabularies…, on the roles."""
    dialog = VocabularyDialog(window.editor, window)
    qtbot.addWidget(dialog)
    dialog.vocabulary.setCurrentIndex(dialog.vocabulary.findData("role"))
    return dialog


def test_vocabularies_add_offers_the_role_a_new_one_looks_like(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _roles_dialog(qtbot, window)
    before = _values(window, "role")
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kw: ("Cohost", True))
    asked: list[str] = []
    _answer(monkeypatch, "Use", asked)
    dialog.add_button.click()
    assert asked and asked[0].startswith("“Cohost” looks like the role “co-host”, already there.")
    assert dialog.values.currentItem().text().startswith("co-host  (")
    assert dialog.message.text() == "“co-host” kept; nothing added."
    assert _values(window, "role") == before
    assert not dialog.undo_button.isEnabled()  # there is nothing to take back

    _answer(monkeypatch, "Add", asked)
    dialog.add_button.click()
    assert _values(window, "role") == sorted([*before, "Cohost"])
    assert dialog.values.currentItem().text().startswith("Cohost  (")


def test_a_value_renamed_as_another_offers_to_merge_into_it(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _roles_dialog(qtbot, window)
    before = shown_values(dialog)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kw: ("Host", True))
    asked: list[str] = []
    _answer(monkeypatch, "Cancel", asked)
    choose_value(dialog, "co-host")
    dialog.rename_button.click()
    assert asked == ["“host” is already a role. Merge “co-host” into “host”, so that what "
                     "has either has “host”?"]
    assert shown_values(dialog) == before

    _answer(monkeypatch, "Merge", asked)
    dialog.rename_button.click()
    assert not any(text.startswith("co-host  (") for text in shown_values(dialog))
    assert dialog.values.currentItem().text().startswith("host  (")
    assert dialog.message.text().startswith("“co-host” merged into “host” on ")
    dialog.undo_button.click()
    assert shown_values(dialog) == before


def test_a_value_renamed_like_another_is_asked_about(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _roles_dialog(qtbot, window)
    before = _values(window, "role")
    asked: list[str] = []
    _answer(monkeypatch, "Rename", asked)
    # its own spelling corrected is no question
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kw: ("Witness", True))
    choose_value(dialog, "witness")
    dialog.rename_button.click()
    assert asked == []
    assert dialog.values.currentItem().text().startswith("Witness  (2 ")
    # "Witness" renamed "Co host": like "co-host", already there
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kw: ("Co  host", True))
    dialog.rename_button.click()
    assert asked == ["“Co host” looks like the role “co-host”, already there. Merge "
                     "“Witness” into “co-host”, so that what has either has “co-host”, or "
                     "rename it “Co host” anyway?"]
    assert _values(window, "role") == sorted({*before, "Co host"} - {"witness"})
