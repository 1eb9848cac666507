"""The buttons under the form's participants, sources and related events act
on the row chosen: greyed while there is none, or while it is not for them."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget
from sqlalchemy import func, select

from desktop.core.models import Event, EventParticipant
from desktop.ui.main_window import MainWindow


def _button(editor: QWidget, text: str) -> QPushButton:
    (button,) = [b for b in editor.findChildren(QPushButton) if b.text() == text]
    return button


def _most_linked_event(window: MainWindow) -> str:
    with window.store.session() as session:
        return session.scalars(
            select(EventParticipant.event_id).group_by(EventParticipant.event_id)
            .order_by(func.count().desc(), EventParticipant.event_id)).first() or ""


def test_participant_buttons_follow_the_chosen_row(window: MainWindow) -> None:
    window.show_event(_most_linked_event(window))
    links = window.form.links
    count = links.table.rowCount()
    assert count >= 3
    remove, up, down = (_button(links, text) for text in ("Remove", "Move up", "Move down"))
    links.table.setCurrentCell(-1, -1)
    assert not (remove.isEnabled() or up.isEnabled() or down.isEnabled())
    links.table.setCurrentCell(0, 0)
    assert remove.isEnabled() and down.isEnabled() and not up.isEnabled()
    links.table.setCurrentCell(count - 1, 0)
    assert remove.isEnabled() and up.isEnabled() and not down.isEnabled()
    down_from = count - 2
    links.table.setCurrentCell(down_from, 0)
    down.click()  # now the last: it can go no further down
    assert links.table.currentRow() == count - 1 and not down.isEnabled()
    remove.click()
    assert links.table.rowCount() == count - 1
    while links.table.rowCount():  # every participant removed, one after another
        links.table.setCurrentCell(0, 0)
        remove.click()
    assert not (remove.isEnabled() or up.isEnabled() or down.isEnabled())


def test_source_buttons_need_an_address_or_a_copy(window: MainWindow) -> None:
    with window.store.session() as session:
        event_id = session.scalars(select(Event.id).order_by(Event.title)).first()
    assert event_id is not None
    window.show_event(event_id)
    sources = window.form.sources
    open_link, save_page, open_copy, remove = (
        _button(sources, text) for text in ("Open link", "Save page", "Open copy", "Remove"))
    sources.add()  # a new, empty source
    row = sources.table.rowCount() - 1
    sources.table.setCurrentCell(row, 0)
    assert remove.isEnabled()
    assert not (open_link.isEnabled() or save_page.isEnabled() or open_copy.isEnabled())
    url = sources.table.item(row, 2)
    assert url is not None
    url.setText("https://news.example.org/forum")  # typed in the URL cell
    assert open_link.isEnabled() and save_page.isEnabled() and not open_copy.isEnabled()
    url.setText("an archive box in the basement")  # no web address to open
    assert not open_link.isEnabled() and save_page.isEnabled()
