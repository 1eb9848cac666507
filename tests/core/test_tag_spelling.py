"""A tag is one tag whatever its case; the case an analyst types wins where
no other event has the tag, and undo gives back the very tags an event had.
A vocabulary's value, too, is found in any case of any script."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from desktop.core.changes import ValidationError
from desktop.core.db import Store
from desktop.core.operations import Operations
from desktop.core.tag_spelling import split_typed_tags
from desktop.core.undo import invert
from tests.core.test_batch_edits import _events_tagged, _ids, _tag_id
from tests.core.test_undo import dump

FORUM = "2025 ASEAN-China Media Cooperation Forum"
WAIC = "8th World Artificial Intelligence Conference (WAIC 2025)"


def _tags(store: Store, event_id: str) -> list[str]:
    with store.session() as session:
        return list(session.execute(text(
            "SELECT tags.name FROM event_tags JOIN tags ON tags.id = event_tags.tag_id "
            "WHERE event_tags.event_id = :e ORDER BY tags.name"), {"e": event_id}).scalars())


def _tag_rows(store: Store) -> list[tuple[str, str]]:
    with store.session() as session:
        return [(tag_id, name) for tag_id, name in
                session.execute(text("SELECT id, name FROM tags ORDER BY name"))]


def test_the_case_of_a_tag_on_its_one_event_is_corrected_in_the_form(
        sample_store: Store) -> None:
    ops = Operations(sample_store, "Analyst")
    waic, = _ids(sample_store, WAIC)
    exhibition = _tag_id(sample_store, "exhibition")  # WAIC's alone
    typed = [name if name != "exhibition" else "Exhibition" for name in _tags(sample_store, waic)]
    report = ops.update_event(waic, {"tags": typed})
    assert "Exhibition" in _tags(sample_store, waic)
    assert _tag_id(sample_store, "Exhibition") == exhibition  # the same tag: saved searches hold
    assert report.ids("event") == {waic}
    assert report.ids("tag") == {exhibition}


def test_a_tag_of_other_events_keeps_its_spelling(sample_store: Store) -> None:
    ops = Operations(sample_store, "Analyst")
    forum, waic = _ids(sample_store, FORUM, WAIC)
    assert len(_events_tagged(sample_store, "ASEAN")) > 1
    ops.update_event(waic, {"tags": ["asean"]})
    assert _tags(sample_store, waic) == ["ASEAN"]
    report = ops.update_event(forum, {"tags": [name.lower() for name in
                                               _tags(sample_store, forum)]})
    assert "ASEAN" in _tags(sample_store, forum)
    assert report.ids("tag") == set()


def test_a_tag_no_event_has_any_more_comes_back_as_typed(sample_store: Store) -> None:
    ops = Operations(sample_store, "Analyst")
    waic, forum = _ids(sample_store, WAIC, FORUM)
    exhibition = _tag_id(sample_store, "exhibition")
    ops.change_events([waic], remove_tags=["exhibition"])
    created = ops.create_event({"title": "Expo", "tags": ["EXHIBITION"]}).ids("event").pop()
    assert _tags(sample_store, created) == ["EXHIBITION"]
    assert _tag_id(sample_store, "EXHIBITION") == exhibition
    ops.update_event(created, {"tags": []})
    ops.change_events([forum], add_tags=["Exhibition"])  # Edit ▸ Change selected events…
    assert "Exhibition" in _tags(sample_store, forum)
    assert _tag_id(sample_store, "Exhibition") == exhibition


def test_tags_differing_only_in_the_case_of_accented_or_greek_letters_are_one(
        sample_store: Store) -> None:
    ops = Operations(sample_store, "Analyst")
    forum, waic = _ids(sample_store, FORUM, WAIC)
    ops.update_event(forum, {"tags": ["Ärzte", "ΑΣΕΑΝ"]})
    ops.update_event(waic, {"tags": ["ärzte", "ασεαν"]})
    assert set(_tags(sample_store, waic)) == {"Ärzte", "ΑΣΕΑΝ"}
    assert len(_events_tagged(sample_store, "Ärzte")) == 2
    assert {name for _id, name in _tag_rows(sample_store)
            if name.casefold() in ("ärzte", "ασεαν")} == {"Ärzte", "ΑΣΕΑΝ"}


def test_a_tag_renamed_to_the_name_of_a_tag_no_event_has_keeps_its_events_and_id(
        sample_store: Store) -> None:
    ops = Operations(sample_store, "Analyst")
    waic, = _ids(sample_store, WAIC)
    ops.change_events([waic], remove_tags=["exhibition"])  # "exhibition" is kept, unused
    governance = _events_tagged(sample_store, "AI governance")
    tag_id = _tag_id(sample_store, "AI governance")
    before = dump(sample_store), _tag_rows(sample_store)
    report = ops.rename_tag(tag_id, "Exhibition")
    assert _events_tagged(sample_store, "Exhibition") == governance
    assert _tag_id(sample_store, "Exhibition") == tag_id
    assert [name for _id, name in _tag_rows(sample_store)
            if name.casefold() == "exhibition"] == ["Exhibition"]
    after = dump(sample_store), _tag_rows(sample_store)
    inverse = invert(ops, report)
    assert (dump(sample_store), _tag_rows(sample_store)) == before
    invert(ops, inverse)
    assert (dump(sample_store), _tag_rows(sample_store)) == after


def test_undo_gives_back_a_tags_case_and_id(sample_store: Store) -> None:
    """Undoing a rename onto a tag no event has: the events get their own tag back,
    not the unused one in its spelling."""
    ops = Operations(sample_store, "Analyst")
    forum, waic = _ids(sample_store, FORUM, WAIC)
    asean = _tag_id(sample_store, "ASEAN")
    renamed = ops.rename_tag(asean, "Southeast Asia")
    ops.update_event(waic, {"tags": [*_tags(sample_store, waic), "asean"]})
    ops.change_events([waic], remove_tags=["asean"])  # a tag "asean" now, unused
    invert(ops, renamed)
    assert "ASEAN" in _tags(sample_store, forum)
    assert _tag_id(sample_store, "ASEAN") == asean


def test_an_imported_event_writes_a_tag_no_event_has_as_it_has_it(sample_store: Store) -> None:
    ops = Operations(sample_store, "Analyst")
    waic, = _ids(sample_store, WAIC)
    exhibition = _tag_id(sample_store, "exhibition")
    ops.change_events([waic], remove_tags=["exhibition"])
    ops.bulk_import([], [{"title": "Expo", "tags": ["Exhibition", "ASEAN", "asean"]},
                         {"title": "Fair", "tags": ["EXHIBITION", "Ärzte"]},
                         {"title": "Clinic", "tags": ["ärzte"]}])
    assert _events_tagged(sample_store, "Exhibition") == {"Expo", "Fair"}
    assert _tag_id(sample_store, "Exhibition") == exhibition
    assert {"Expo", "Forum"} <= {title.split()[-1] for title in
                                 _events_tagged(sample_store, "ASEAN")}
    assert _events_tagged(sample_store, "Ärzte") == {"Fair", "Clinic"}


def test_a_vocabulary_value_is_found_in_any_case_of_any_script(sample_store: Store) -> None:
    """SQLite's lower() folds A-Z alone: "éxpo" was not a known type beside
    "Éxpo", and "ärzte" could be added beside "Ärzte"."""
    ops = Operations(sample_store, "Analyst")
    ops.add_term("event_type", "Éxpo")
    created = ops.create_event({"title": "Expo", "event_type": "éxpo"}).ids("event").pop()
    with sample_store.session() as session:
        assert session.execute(text(
            "SELECT vocabulary_terms.value FROM events JOIN vocabulary_terms "
            "ON vocabulary_terms.id = events.event_type_id WHERE events.id = :e"),
            {"e": created}).scalar_one() == "Éxpo"
    with pytest.raises(ValidationError, match="already in the event type vocabulary"):
        ops.add_term("event_type", "ÉXPO")


@pytest.mark.parametrize(("typed", "tags"), [
    ("AI; Science, technology; Belt; Road", ["AI", "Science, technology", "Belt; Road"]),
    ("ai ,science,technology；belt ;road", ["ai", "Science, technology", "Belt; Road"]),
    ("x, y; z", ["x", "y", "z"]),  # none known: each part a tag
    ("人工智能，东盟、媒体", ["人工智能", "东盟", "媒体"]),  # as Chinese lists are written
    ("Science; technology", ["Science", "technology"]),  # not written as the known tag
    (" ; , ", []),
])
def test_a_line_of_tags_keeps_a_known_tag_that_holds_a_separator_whole(
        typed: str, tags: list[str]) -> None:
    assert split_typed_tags(typed, ["Science, technology", "Belt; Road", "AI"]) == tags
