"""The History tab and Activity name what the log holds by id: the
participant added to an event, a vocabulary value, a tag, a saved search,
the two records of a "not duplicates" decision — never by a bare id."""

from __future__ import annotations

import re

from sqlalchemy import select

from desktop.core.activity import operation_changes, operations
from desktop.core.db import Store
from desktop.core.history import record_history
from desktop.core.models import Event, EventParticipant, Participant, Tag, VocabularyTerm
from desktop.core.operations import Operations
from desktop.core.wording import field_in_words
from tests.core.test_undo import _first

FORUM = "2025 ASEAN-China Media Cooperation Forum"
SEMINAR = "China-ASEAN AI Development and Governance Cooperation Seminar"
_AN_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def test_an_events_history_names_the_participants_added_and_removed(
        sample_store: Store) -> None:
    ops = Operations(sample_store, "Li Wei")
    forum = _first(sample_store, Event, title=FORUM)
    zhou = ops.create_participant({"kind": "person", "name": "Zhou Min"}).ids(
        "participant").pop()
    ops.link(forum, zhou, {"role": "speaker", "note": "via video"})
    ops.unlink(_first(sample_store, EventParticipant, event_id=forum, participant_id=zhou))
    ops.delete_participant(zhou)
    with sample_store.session() as session:
        shown = [(entry.what, entry.old, entry.new) for entry in record_history(session, forum)]
    # a part added or removed is one row: who, in which role, with the note
    assert shown[:2] == [("participant (removed)", "Zhou Min (deleted) (speaker; via video)", ""),
                         ("participant (added)", "", "Zhou Min (deleted) (speaker; via video)")]
    assert not [row for row in shown if _AN_ID.search(" ".join(row))]


def test_a_participant_still_linked_is_named_as_it_is_called_now(sample_store: Store) -> None:
    ops = Operations(sample_store, "Li Wei")
    forum = _first(sample_store, Event, title=FORUM)
    wang = _first(sample_store, Participant, name="Wang Yi")
    ops.link(forum, wang, {"role": "speaker"})
    ops.update_participant(wang, {"name": "Wang Yi (FM)"})
    with sample_store.session() as session:
        shown = [(entry.what, entry.new) for entry in record_history(session, forum)]
        step = next(op for op in operations(session) if "participant link" in op.summary())
        changes = operation_changes(session, step.operation_id)
    assert ("participant (added)", "Wang Yi (FM) (speaker)") in shown
    assert {change.record for change in changes} == {f"Wang Yi (FM) in {FORUM}"}
    assert ("participant", "Wang Yi (FM)") in {(field_in_words(c.field), c.new) for c in changes}


def test_activity_names_vocabulary_values_tags_saved_searches_and_decisions(
        sample_store: Store) -> None:
    ops = Operations(sample_store, "Li Wei")
    ops.add_term("role", "moderator")
    ops.rename_tag(_first(sample_store, Tag, name="AI governance"), "AI policy")
    ops.save_search("Laos AI", '{"text": "Laos"}')
    ops.mark_not_duplicates("participant", _first(sample_store, Participant, name="Wang Yi"),
                            _first(sample_store, Participant, name="Shi Zhongjun"))
    ops.remove_term(_first(sample_store, VocabularyTerm, vocabulary="role", value="moderator"))
    with sample_store.session() as session:
        steps = operations(session)[:5]
        records = [{c.record for c in operation_changes(session, step.operation_id)
                    if c.entity not in ("event",)} for step in steps]
        every = [(c.record, c.field, c.old, c.new) for step in steps
                 for c in operation_changes(session, step.operation_id)]
    removed, decision, saved, renamed, added = records
    assert removed == {"role “moderator” (deleted)"}
    assert decision == {"“not duplicates” decision"}
    assert saved == {"saved search “Laos AI”"}
    assert renamed == {"tag “AI policy”"}
    assert added == {"role “moderator” (deleted)"}
    assert ("“not duplicates” decision", "first", "", "Shi Zhongjun") in every or \
        ("“not duplicates” decision", "second", "", "Shi Zhongjun") in every
    assert not [row for row in every if _AN_ID.search(" ".join(row))]


def test_a_source_added_is_one_row_and_a_role_changed_names_its_participant(
        sample_store: Store) -> None:
    ops = Operations(sample_store, "Li Wei")
    forum = _first(sample_store, Event, title=FORUM)
    ops.add_source(forum, {"publisher": "Xinhua", "url": "https://example.org/x",
                           "accessed": "2025-06-01"})
    centre = _first(sample_store, Participant, name="ASEAN-China Centre")
    ops.update_link(_first(sample_store, EventParticipant, event_id=forum, participant_id=centre),
                    {"role": "host", "note": ""})
    with sample_store.session() as session:
        shown = [(entry.what, entry.old, entry.new) for entry in record_history(session, forum)]
    assert shown[:2] == [
        ("role of ASEAN-China Centre", "co-host", "host"),
        ("source (added)", "", "Xinhua; URL https://example.org/x; accessed 2025-06-01")]


def test_participants_moved_are_one_row_and_a_renumbering_is_none(sample_store: Store) -> None:
    ops = Operations(sample_store, "Li Wei")
    forum = _first(sample_store, Event, title=FORUM)
    with sample_store.session() as session:
        links = session.execute(select(EventParticipant.id, Participant.name)
                                .join(Participant).where(EventParticipant.event_id == forum)
                                .order_by(EventParticipant.sort_order)).all()
    names = [name for _link, name in links]
    ops.move_link(links[0][0], 2)  # the first to the third place
    ops.unlink(links[1][0])  # the second taken out: those after it renumbered
    with sample_store.session() as session:
        shown = [(entry.what, entry.old, entry.new) for entry in record_history(session, forum)]
    assert shown[0][0] == "participant (removed)"
    assert shown[1] == ("order of participants", ", ".join(names[:3]),
                        ", ".join([names[1], names[2], names[0]]))
    assert shown[2][0] == "event (added)"


def test_a_figure_and_a_source_put_back_read_as_the_form_shows_them(sample_store: Store) -> None:
    from desktop.core.undo import invert

    ops = Operations(sample_store, "Li Wei")
    waic = _first(sample_store, Event,
                  title="8th World Artificial Intelligence Conference (WAIC 2025)")
    invert(ops, ops.delete_event(waic))  # deleted, and undone: every part added again
    with sample_store.session() as session:
        added = {entry.new for entry in record_history(session, waic)
                 if entry.what in ("figure (added)", "source (added)")}
    assert "more than 40 countries represented" in added
    assert "CNN; published 2025-07; note on the robot demonstrations" in added


def test_a_new_databases_vocabularies_are_logged_as_the_apps_defaults(
        empty_store: Store) -> None:
    with empty_store.session() as session:
        steps = operations(session)
        assert len(steps) == 1 and steps[0].summary().endswith(" vocabulary values added")
        assert steps[0].by == "Engagement Curator defaults"  # not "—", "(no name)"


def test_a_status_and_a_country_changed_read_as_the_form_shows_them(
        sample_store: Store) -> None:
    ops = Operations(sample_store, "Li Wei")
    forum = _first(sample_store, Event, title=FORUM)
    ops.update_event(forum, {"status": "needs_review", "country": "LA"})
    with sample_store.session() as session:
        shown = {entry.what: (entry.old, entry.new)
                 for entry in record_history(session, forum)[:2]}
        step = operations(session)[0]
        logged = {c.field: (c.old, c.new) for c in operation_changes(session, step.operation_id)}
    assert shown["status"][1] == logged["status"][1] == "Needs review"
    assert shown["country"] == logged["country"] == ("China (CN)", "Laos (LA)")


def test_a_change_to_a_source_figure_or_relation_says_which(sample_store: Store) -> None:
    from desktop.core.models import EventFigure, EventRelation, Source

    ops = Operations(sample_store, "Li Wei")
    waic = _first(sample_store, Event,
                  title="8th World Artificial Intelligence Conference (WAIC 2025)")
    ops.update_source(_first(sample_store, Source, event_id=waic, publisher="CNN"),
                      {"url": "https://edition.cnn.com/waic"})
    ops.update_figure(_first(sample_store, EventFigure, event_id=waic, unit="companies"),
                      {"value": 820})
    forum = _first(sample_store, Event, title=FORUM)
    ops.update_relation(_first(sample_store, EventRelation, event_id=forum),
                        {"note": "same partners"})
    with sample_store.session() as session:
        at_waic = {entry.what: entry.new for entry in record_history(session, waic)[:2]}
        at_forum = record_history(session, forum)[0]
    assert at_waic == {"URL of source CNN": "https://edition.cnn.com/waic",
                       "value of figure companies": "820"}
    assert (at_forum.what, at_forum.new) == (f"note of related event {SEMINAR}", "same partners")


def test_a_participants_kind_changed_reads_as_the_form_names_it(sample_store: Store) -> None:
    ops = Operations(sample_store, "Li Wei")
    centre = _first(sample_store, Participant, name="ASEAN-China Centre")
    ops.change_participants([centre], {"kind": "group"})
    with sample_store.session() as session:
        entry = record_history(session, centre)[0]
    assert (entry.what, entry.old, entry.new) == ("kind", "Organisation", "Group")
