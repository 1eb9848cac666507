"""Two participants or two events chosen in a list, merged through the same
comparison Find duplicates shows: a pair it does not propose (a name and its
transliteration, say) is the analyst's to merge."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.core.models import Event, EventParticipant, Participant
from desktop.ui.identity_dialogs import DuplicatesDialog
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import menu_offered, titles

SBERBANK = "Sberbank"
LAOS = "China and Laos Build AI Innovation Cooperation Center"
BRAZIL = "China Signs AI Cooperation Pact with Brazil"


def _links(window: MainWindow, participant_id: str) -> int:
    with window.store.session() as session:
        return session.scalar(select(func.count()).select_from(EventParticipant).where(
            EventParticipant.participant_id == participant_id)) or 0


def test_two_participants_chosen_in_the_list_are_merged(
        qtbot: QtBot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.is_ready)
    ops = window.editor.ops
    with window.store.session() as session:
        sberbank = session.scalars(select(Participant.id).where(
            Participant.name == SBERBANK)).one()
    twin = ops.create_participant({"kind": "organization", "name": "Сбербанк России",
                                   "country": "RU"}).ids("participant").pop()
    event = ops.create_event({"title": "Moscow AI talks", "date": "2025-03-03"}).ids(
        "event").pop()
    ops.link(event, twin, {"role": "co-host"})
    before = _links(window, sberbank)

    qtbot.keyClick(window.events_view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    view, model = window.participants_view, window.participants_model
    names = [model.index(row, 1).data() for row in range(model.rowCount())]
    view.select_rows(sorted([names.index(SBERBANK), names.index("Сбербанк России")]))
    participants = window.batch.participants
    offered = dict(menu_offered(lambda: participants._context_menu(QPoint(5, 5))))
    assert offered["Merge the 2 selected participants…"] is True

    seen: list[str] = []

    def review(dialog: DuplicatesDialog) -> int:
        seen.append(dialog.windowTitle())
        # no name, alias or acronym in common: Find duplicates would not propose them
        assert "Nothing but your choice says they are one" in dialog.reasons.text()
        assert dialog.pairs.isHidden()  # the names are beside Keep
        assert dialog.skip_button.isHidden()
        keep = (dialog.keep_first if dialog.keep_first.accessibleName().startswith(SBERBANK)
                else dialog.keep_second)
        keep.click()
        dialog.merge_button.click()
        assert "Done" in dialog.reasons.text() and dialog.pairs.count() == 0
        return 0

    monkeypatch.setattr(DuplicatesDialog, "exec", review)
    participants.merge_selected()
    assert seen == ["Merge two participants"]
    with window.store.session() as session:
        assert session.get(Participant, twin) is None
        kept = session.get(Participant, sberbank)
        # both names kept: one its name (which, the ticks say; the pair's order is
        # the ids'), the other an alias
        assert kept is not None
        assert {kept.name, *(a.alias for a in kept.aliases)} >= {SBERBANK, "Сбербанк России"}
    assert _links(window, sberbank) == before + 1

    # one chosen, or three: there is no pair to merge
    view.select_rows([0])
    offered = dict(menu_offered(lambda: participants._context_menu(QPoint(5, 5))))
    assert offered["Merge the 2 selected participants…"] is False


def test_two_events_chosen_in_the_list_are_merged(
        qtbot: QtBot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.is_ready)
    shown = titles(window)
    window.events_view.select_rows(sorted([shown.index(LAOS), shown.index(BRAZIL)]))
    offered = dict(menu_offered(lambda: window.batch._context_menu(QPoint(5, 5))))
    assert offered["Merge the 2 chosen events…"] is True

    def review(dialog: DuplicatesDialog) -> int:
        assert dialog.windowTitle() == "Merge two events"
        # the dates do not overlap: nothing else says they are one
        assert dialog.reasons.text().startswith("<b>Nothing but your choice says they are one")
        dialog.merge_button.click()
        return 0

    monkeypatch.setattr(DuplicatesDialog, "exec", review)
    window.batch.merge_chosen()
    with window.store.session() as session:
        left = set(session.scalars(select(Event.title).where(Event.title.in_([LAOS, BRAZIL]))))
    assert len(left) == 1
    window.editor.undo_stack.undo()
    with window.store.session() as session:
        assert session.scalar(select(func.count()).select_from(Event).where(
            Event.title.in_([LAOS, BRAZIL]))) == 2


def test_what_two_chosen_share_is_said_as_find_duplicates_says_it(
        qtbot: QtBot, window: MainWindow) -> None:
    ops = window.editor.ops
    first = ops.create_participant({"kind": "organization", "name": "Laos Digital Agency",
                                    "country": "LA"}).ids("participant").pop()
    second = ops.create_participant({"kind": "organization", "name": "Lao Digital Agency",
                                     "country": "LA"}).ids("participant").pop()
    dialog = DuplicatesDialog(window.editor, "participant", window, chosen=(first, second))
    qtbot.addWidget(dialog)
    said = dialog.reasons.text()
    assert said.startswith("<b>What the two share:</b>")
    assert "close romanised names" in said and "same country (Laos)" in said
    dialog.close()


def test_the_dialogs_undo_takes_back_its_merge_and_nothing_before_it(
        qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    made = [window.editor.apply(lambda ops, n=n: ops.create_participant(
        {"kind": "organization", "name": f"Lao Digital Agency {n}", "country": "LA"}),
        "New").ids("participant").pop() for n in (1, 2)]
    dialog = DuplicatesDialog(window.editor, "participant", window,
                              chosen=(made[0], made[1]))
    qtbot.addWidget(dialog)
    assert not dialog.undo_button.isEnabled()  # the steps before it are the window's
    dialog.merge_button.click()
    with window.store.session() as session:
        assert sum(session.get(Participant, pid) is not None for pid in made) == 1
    assert dialog.undo_button.isEnabled()
    dialog.undo_button.click()
    with window.store.session() as session:
        assert all(session.get(Participant, pid) is not None for pid in made)
    assert dialog.pairs.count() == 1 and not dialog.merge_button.isHidden()
    assert not dialog.undo_button.isEnabled()
    dialog.close()
