"""A person named by title and family name ("President Putin", "Premier Li",
"Mr. Gref", 李总理) is found as the known person of that family name, when only
one has it; a family name without a title finds no one."""

from __future__ import annotations

from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from desktop.core.models import Event
from desktop.core.name_finding import find_mentions
from desktop.core.operations import Operations


def _named(store: Store, text: str) -> list[str]:
    with store.session() as session:
        return [name for _id, name, _native in propose_event(session, text).participants]


def test_a_title_and_a_family_name_name_the_one_person_of_that_name(
        sample_store: Store) -> None:
    # the seed's Sberbank item: "President Putin’s January directive"
    assert "Vladimir Putin" in _named(
        sample_store, "The collaboration follows President Putin’s January directive.")
    # a Chinese name's family name comes first: Li Qiang, 李強
    assert _named(sample_store, "Premier Li opened the forum; Mr. Gref spoke.") == [
        "Li Qiang", "German Gref"]
    # no title: a word that happens to be a family name is no one
    assert _named(sample_store, "Putin-era reforms; a Gref-like plan; Li is a river.") == []


def test_a_chinese_family_name_before_a_title_names_the_one_person_of_that_name(
        sample_store: Store) -> None:
    """李总理 and 王外长 (in either character set) are the sample's 李強 and 王毅;
    李 in a word of its own (李子) or before no title is no one."""
    assert _named(sample_store, "李總理出席开幕式，王外长致辞。") == ["Li Qiang", "Wang Yi"]
    assert _named(sample_store, "李子和王府井") == []


def test_a_family_name_two_people_share_names_neither(sample_store: Store) -> None:
    Operations(sample_store, "Analyst").create_participant(
        {"kind": "person", "name": "Li Hua", "native_name": "李华"})
    assert _named(sample_store, "Premier Li opened the forum.") == []
    assert _named(sample_store, "李总理出席。") == []
    assert _named(sample_store, "Premier Li Qiang opened the forum.") == ["Li Qiang"]


def test_find_mentions_finds_a_person_named_by_title_and_family_name(
        sample_store: Store) -> None:
    ops = Operations(sample_store, "Analyst")
    with sample_store.session() as session:
        event_id = session.scalars(select(Event.id).where(
            Event.title.like("2025 ASEAN-China Media%"))).one()
    ops.update_event(event_id, {"summary": "Messages were read from President Putin."})
    with sample_store.session() as session:
        found = {m.participant_name: m.found for m in find_mentions(session, [event_id])}
    assert found.get("Vladimir Putin") == "Putin"
