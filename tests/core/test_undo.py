"""Undo and redo of every kind of edit restore the exact previous state."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select, text

from desktop.core.changes import ChangeReport
from desktop.core.db import Store
from desktop.core.models import (
    Event,
    EventParticipant,
    Participant,
    Source,
    Tag,
    VocabularyTerm,
)
from desktop.core.operations import Operations
from desktop.core.undo import CannotUndo, invert

# What an analyst could tell apart; not the log, the edit stamps or row numbers.
_DUMPS = {
    "events": "SELECT id, seq, title, category_id, event_type_id, date_edtf, date_start, "
              "date_end, date_precision, date_note, place, country, summary, attendance, "
              "attendance_qualifier, status, notes, created_at FROM events",
    "participants": "SELECT id, kind, name, native_name, country, position, affiliation_id, "
                    "parent_id, org_type_id, notes, created_at FROM participants",
    "aliases": "SELECT participant_id, alias, sort_order FROM participant_aliases",
    "links": "SELECT id, event_id, participant_id, role_id, note, sort_order, created_at "
             "FROM event_participants",
    "sources": "SELECT id, event_id, publisher, title, url, published, accessed, note, "
               "sort_order FROM sources",
    "figures": "SELECT id, event_id, value, qualifier, unit, note, sort_order FROM event_figures",
    # the tag's id too: a saved search on a tag holds it by its id
    "tags": "SELECT event_tags.event_id, tags.id, tags.name FROM event_tags JOIN tags "
            "ON tags.id = event_tags.tag_id",
    "terms": "SELECT id, vocabulary, value FROM vocabulary_terms",
    "saved": "SELECT id, name, definition FROM saved_searches",
    "search": "SELECT rowid, event_id, body FROM event_search",
    "participant_search": "SELECT participant_id, body FROM participant_search",
}


def dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    with store.session() as session:
        return {name: sorted(map(tuple, session.execute(text(sql))), key=repr)
                for name, sql in _DUMPS.items()}


def _first(store: Store, model: type, **where: object) -> str:
    with store.session() as session:
        query = select(model.id)  # type: ignore[attr-defined]
        for key, value in where.items():
            query = query.where(getattr(model, key) == value)
        return str(session.scalars(query).first())


def _forum(store: Store) -> str:
    return _first(store, Event, title="2025 ASEAN-China Media Cooperation Forum")


EDITS: dict[str, Callable[[Operations], ChangeReport]] = {
    "update event fields and tags": lambda ops: ops.update_event(_forum(ops.store), {
        "title": "Forum, renamed", "date": "2025-05", "country": "LA", "tags": ["media"],
        "event_type": "summit", "attendance": None, "status": "draft"}),
    "create event": lambda ops: ops.create_event({"title": "新活动", "date": "2025-09",
                                                  "tags": ["new tag"]}),
    "delete event with links, sources, figures": lambda ops: ops.delete_event(
        _first(ops.store, Event, title="8th World Artificial Intelligence Conference "
                                       "(WAIC 2025)")),
    "create participant": lambda ops: ops.create_participant(
        {"kind": "person", "name": "Wang Wei", "native_name": "王伟", "aliases": ["W. Wei"]}),
    "update participant": lambda ops: ops.update_participant(
        _first(ops.store, Participant, name="Shi Zhongjun"),
        {"position": "Former Secretary General", "aliases": [], "affiliation": None}),
    "delete participant with dependants": lambda ops: _delete_unlinked_parent(ops),
    "link": lambda ops: ops.link(_forum(ops.store), _first(ops.store, Participant,
                                                           name="Wang Yi"),
                                 {"role": "speaker", "note": "via video"}),
    "unlink": lambda ops: ops.unlink(_first(ops.store, EventParticipant,
                                            event_id=_forum(ops.store))),
    "update link": lambda ops: ops.update_link(
        _first(ops.store, EventParticipant, event_id=_forum(ops.store)),
        {"role": "host", "note": "changed"}),
    "reorder links": lambda ops: ops.move_link(
        _first(ops.store, EventParticipant, event_id=_forum(ops.store)), 5),
    "add source": lambda ops: ops.add_source(_forum(ops.store), {
        "publisher": "Xinhua", "url": "https://example.org/x", "accessed": "2025-06-01"}),
    "remove source": lambda ops: ops.remove_source(_first(ops.store, Source,
                                                          publisher="Reuters")),
    "add vocabulary term": lambda ops: ops.add_term("role", "moderator"),
    "rename vocabulary term": lambda ops: ops.rename_term(
        _first(ops.store, VocabularyTerm, value="forum"), "Forum (public)"),
    "remove vocabulary term": lambda ops: ops.remove_term(
        _first(ops.store, VocabularyTerm, value="visit")),
    "save search": lambda ops: ops.save_search("mine", '{"text": "ASEAN"}'),
    "change several events": lambda ops: ops.change_events(
        _all_events(ops.store), {"status": "needs_review", "country": "TH", "place": "Bangkok"},
        add_tags=["batch"], remove_tags=["Exhibition"]),
    "delete several events": lambda ops: ops.delete_events(_all_events(ops.store)[:3]),
    "add a participant to several events": lambda ops: ops.link_events(
        _all_events(ops.store), _first(ops.store, Participant, name="Wang Yi"),
        {"role": "speaker", "note": "by letter"}),
    "remove a participant from several events": lambda ops: ops.unlink_events(
        _all_events(ops.store),
        _first(ops.store, Participant, name="National Development and Reform Commission")),
    "change several participants": lambda ops: ops.change_participants(
        [_first(ops.store, Participant, name="Chinese Academy of Sciences"),
         _first(ops.store, Participant, name="Ministry of Science and Technology")],
        {"country": "CN", "kind": "group", "org_type": None}),
    "find and replace in several events": lambda ops: ops.replace_in_events(
        _all_events(ops.store), ["title", "summary", "place"], "china", "PRC"),
    "delete several participants": lambda ops: _delete_two_unlinked(ops),
    "make places one": lambda ops: ops.rename_places(["Shanghai", "Vientiane"], "Beijing"),
    "make publishers one": lambda ops: ops.rename_publishers(["Reuters", "CNN"], "REUTERS"),
    "rename tag": lambda ops: ops.rename_tag(_first(ops.store, Tag, name="AI governance"),
                                             "AI policy"),
    "rename tag to another's name": lambda ops: ops.rename_tag(
        _first(ops.store, Tag, name="AI governance"), "asean"),
    "merge a role into another": lambda ops: ops.merge_terms(
        _first(ops.store, VocabularyTerm, vocabulary="role", value="attendee"),
        _first(ops.store, VocabularyTerm, vocabulary="role", value="participant")),
    "merge an event type into another": lambda ops: ops.merge_terms(
        _first(ops.store, VocabularyTerm, vocabulary="event_type", value="forum"),
        _first(ops.store, VocabularyTerm, vocabulary="event_type", value="conference")),
    "merge an organisation type into another": lambda ops: ops.merge_terms(
        _first(ops.store, VocabularyTerm, vocabulary="org_type", value="academic"),
        _first(ops.store, VocabularyTerm, vocabulary="org_type", value="think tank")),
    "give several links a role": lambda ops: _roles_of_the_forum(ops),
}


def _roles_of_the_forum(ops: Operations) -> ChangeReport:
    """Each of the forum's participants a speaker but the first, who has none."""
    with ops.store.session() as session:
        links = list(session.scalars(select(EventParticipant.id).where(
            EventParticipant.event_id == _forum(ops.store)).order_by(
            EventParticipant.sort_order)))
    return ops.set_link_roles({link: (None if n == 0 else "speaker")
                               for n, link in enumerate(links)})


def _all_events(store: Store) -> list[str]:
    with store.session() as session:
        return list(session.scalars(select(Event.id).order_by(Event.seq)))


def _delete_two_unlinked(ops: Operations) -> ChangeReport:
    """Two participants in no event, one the other's parent, deleted at once."""
    parent = ops.create_participant({"kind": "organization", "name": "Old Ministry"}).ids(
        "participant").pop()
    child = ops.create_participant({"kind": "organization", "name": "Old Bureau",
                                    "parent": parent}).ids("participant").pop()
    return ops.delete_participants([parent, child])


def _delete_unlinked_parent(ops: Operations) -> ChangeReport:
    parent = ops.create_participant({"kind": "organization", "name": "Parent Org"})
    parent_id = parent.ids("participant").pop()
    ops.update_participant(_first(ops.store, Participant, name="Donghao Lansheng Group"),
                           {"parent": parent_id})
    return ops.delete_participant(parent_id)


@pytest.mark.parametrize("edit", list(EDITS), ids=list(EDITS))
def test_undo_restores_and_redo_reapplies_exactly(sample_store: Store, edit: str) -> None:
    ops = Operations(sample_store, "Analyst")
    if edit in ("delete participant with dependants", "delete several participants"):
        report = EDITS[edit](ops)
        # The set-up edits before the deletion are not part of this step.
        before_delete = None
    else:
        before_delete = dump(sample_store)
        report = EDITS[edit](ops)
    after = dump(sample_store)
    assert report.changes
    inverse = invert(ops, report)
    if before_delete is not None:
        assert dump(sample_store) == before_delete
    redo = invert(ops, inverse)
    assert dump(sample_store) == after
    invert(ops, redo)
    if before_delete is not None:
        assert dump(sample_store) == before_delete


def test_undo_of_a_deleted_participant_restores_references_to_it(sample_store: Store) -> None:
    ops = Operations(sample_store, "Analyst")
    parent = ops.create_participant({"kind": "organization", "name": "Parent Org"})
    parent_id = parent.ids("participant").pop()
    donghao = _first(sample_store, Participant, name="Donghao Lansheng Group")
    ops.update_participant(donghao, {"parent": parent_id})
    before = dump(sample_store)
    invert(ops, ops.delete_participant(parent_id))
    assert dump(sample_store) == before
    with sample_store.session() as session:
        restored = session.get(Participant, donghao)
        assert restored is not None and restored.parent_id == parent_id


def test_bulk_imports_are_not_undone_step_by_step(ops: Operations) -> None:
    report = ops.bulk_import([], [{"title": "One"}])
    with pytest.raises(CannotUndo, match="backup"):
        invert(ops, report)
