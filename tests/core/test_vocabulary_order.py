"""A vocabulary's values in the order the analyst gives them: the forms offer
them so, and one step of undo puts each back."""

from __future__ import annotations

from desktop.core.event_form_data import vocabulary_values
from desktop.core.operations import Operations
from desktop.core.undo import invert


def _types(ops: Operations) -> list[str]:
    with ops.store.session() as session:
        return vocabulary_values(session, "event_type")


def _id(ops: Operations, value: str) -> str:
    from desktop.core.fields import term_named

    with ops.store.session() as session:
        found = term_named(session, "event_type", value)
    assert found is not None
    return found


def test_a_value_moved_is_offered_in_its_new_place(ops: Operations) -> None:
    before = _types(ops)
    assert before[:3] == ["forum", "summit", "conference"]
    report = ops.move_term(_id(ops, "conference"), -2)
    assert _types(ops) == ["conference", "forum", "summit", *before[3:]]
    # the three moved are logged, each with its place before and after
    moved = {change.record_id: change.fields[0] for change in report.changes}
    assert len(moved) == 3 and all(field.field == "sort_order" for field in moved.values())
    # as the analyst counts: the third became the first
    assert (moved[_id(ops, "conference")].old, moved[_id(ops, "conference")].new) == ("3", "1")

    ops.move_term(_id(ops, "visit"), 1)  # the last stays the last
    ops.move_term(_id(ops, "forum"), 100)  # as far as the end, no further
    assert _types(ops)[-2:] == ["visit", "forum"]



def test_undoing_every_move_gives_the_first_order_back(ops: Operations) -> None:
    before = _types(ops)
    reports = [ops.move_term(_id(ops, "seminar"), -3), ops.move_term(_id(ops, "visit"), -9),
               ops.move_term(_id(ops, "forum"), 4)]
    assert _types(ops) != before
    for report in reversed(reports):
        invert(ops, report)
    assert _types(ops) == before


def test_a_value_removed_comes_back_in_its_place_on_undo(ops: Operations) -> None:
    before = _types(ops)
    report = ops.remove_term(_id(ops, "conference"))
    assert "conference" not in _types(ops)
    invert(ops, report)
    assert _types(ops) == before
