"""New event from text on meetings held by video: "A and B met via video link
on Monday" names both as taking part, and each — new or ours — by video; so
does "joined via video" and 举行视频会晤; a country named in that sentence
keeps no such note (the people its side sent took part)."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def _remote(store: Store, text: str) -> list[str]:
    with store.session() as session:
        proposal = propose_event(session, text)
    names = {pid: name for pid, name, _native in proposal.participants}
    return sorted(names[pid] for pid in proposal.remote)


def test_both_sides_of_a_video_meeting_took_part_by_video(empty_store: Store) -> None:
    text = ("Chinese President Xi Jinping and Indonesian President Joko Widodo met via video "
            "link on Monday.")
    assert new_proposed(empty_store, text, "name", "role", "remote") == [
        ("Xi Jinping", "participant", True), ("Joko Widodo", "participant", True)]


def test_who_was_met_by_video_too_but_not_one_named_in_another_sentence(
        empty_store: Store) -> None:
    text = ("Chinese President Xi Jinping met via video link with Indonesian President Joko "
            "Widodo on Monday. Ambassador Li Wei attended the signing that followed.")
    assert new_proposed(empty_store, text, "name", "remote") == [
        ("Xi Jinping", True), ("Joko Widodo", True), ("Li Wei", False)]


def test_one_who_joined_via_video(empty_store: Store) -> None:
    text = "John Smith joined via video, and Li Wei attended the forum."
    assert new_proposed(empty_store, text, "name", "role", "remote") == [
        ("John Smith", "participant", True), ("Li Wei", "attendee", False)]


def test_a_chinese_video_meeting_marks_the_people_not_the_country(
        sample_store: Store) -> None:
    text = "5月6日，王毅同泰国外长敦举行视频会晤。"
    assert _remote(sample_store, text) == ["Wang Yi"]


def test_talks_in_person_are_not_by_video(sample_store: Store) -> None:
    text = "Chinese Foreign Minister Wang Yi met with John Smith in Beijing on Monday."
    assert _remote(sample_store, text) == []
    assert new_proposed(sample_store, text, "name", "remote") == [("John Smith", False)]
