"""A participant's History tells when it was added to an event, its role
there changed and it was taken out again — by the event's title — beside its
own changes; the order an event keeps its participants in is the event's."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.history import record_history
from desktop.core.models import Event, EventParticipant, Participant
from desktop.core.operations import Operations
from tests.core.test_undo import _first

FORUM = "2025 ASEAN-China Media Cooperation Forum"
SEMINAR = "China-ASEAN AI Development and Governance Cooperation Seminar"


def _shown(store: Store, record_id: str) -> list[tuple[str, str, str]]:
    with store.session() as session:
        return [(entry.what, entry.old, entry.new) for entry in record_history(session, record_id)]


def test_a_participants_history_lists_its_events_added_changed_and_removed(
        sample_store: Store) -> None:
    ops = Operations(sample_store, "Li Wei")
    forum = _first(sample_store, Event, title=FORUM)
    seminar = _first(sample_store, Event, title=SEMINAR)
    zhou = ops.create_participant({"kind": "person", "name": "Zhou Min"}).ids(
        "participant").pop()
    ops.link(forum, zhou, {"role": "speaker", "note": "via video"})
    ops.link(seminar, zhou, {"role": "co-host"})
    link = _first(sample_store, EventParticipant, event_id=forum, participant_id=zhou)
    ops.update_link(link, {"role": "host"})
    ops.move_link(link, 0)  # first among the forum's participants
    ops.unlink(_first(sample_store, EventParticipant, event_id=seminar, participant_id=zhou))
    ops.update_participant(zhou, {"name": "Zhou Min (MOFA)"})

    shown = _shown(sample_store, zhou)
    assert shown[:5] == [
        ("name", "Zhou Min", "Zhou Min (MOFA)"),
        ("event (removed)", f"{SEMINAR} (co-host)", ""),
        (f"role of {FORUM}", "speaker", "host"),
        ("event (added)", "", f"{SEMINAR} (co-host)"),
        ("event (added)", "", f"{FORUM} (speaker; via video)"),
    ]
    assert not [row for row in shown if "order" in row[0]]
    # The event's own History is as it was: who was added, and the order.
    forum_shown = _shown(sample_store, forum)
    assert ("participant (added)", "", "Zhou Min (MOFA) (speaker; via video)") in forum_shown
    assert any(what == "order of participants" for what, _old, _new in forum_shown)


def test_a_participant_with_no_events_changed_has_its_own_history_alone(
        sample_store: Store) -> None:
    ops = Operations(sample_store, "Li Wei")
    wang = _first(sample_store, Participant, name="Wang Yi")
    ops.update_participant(wang, {"position": "Minister of Foreign Affairs"})
    assert [what for what, _old, _new in _shown(sample_store, wang)][:1] == ["position"]
